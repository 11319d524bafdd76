"""The manager's highlights of a report period become a travelling record (issue 7): table
``report_highlight`` (station, period kind, first and last day, text, who wrote it and when) with the
logging triggers, so the district hub's reports show what each station wrote. The highlights kept
until now in local settings (``report_highlights:<period code>``) move into it, written as this
site's records with fresh stamps (so they log and travel), and the settings are deleted.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

import calendar
import time
from collections.abc import Sequence
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

from stationdesk.domain.clock import pack
from stationdesk.domain.highlights import highlight_id
from stationdesk.store.migration_helpers import travelling, user_column
from stationdesk.store.sync_triggers import create_statements, drop_statements

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

TABLE = "report_highlight"
FIELDS = ["deleted", "station_id", "period_kind", "first_day", "last_day", "text", "updated_by", "updated_at"]
KEY_PREFIX = "report_highlights:"  # the settings key of a period's highlights up to schema 0010


def _period(code: str) -> tuple[str, date, date] | None:
    """(kind, first day, last day) of a period code as services/station_report wrote them up to this
    revision: 2026-10, 2026-Q4, 2026-10-01..2026-10-15; None for anything else."""
    try:
        if ".." in code:
            first, last = (date.fromisoformat(part) for part in code.split("..", 1))
            return ("days", first, last) if first <= last else None
        year_text, rest = code.split("-", 1)
        year = int(year_text)
        if rest.startswith("Q"):
            quarter = int(rest[1:])
            if not 1 <= quarter <= 4:
                return None
            last_month = quarter * 3
            end = calendar.monthrange(year, last_month)[1]
            return "quarter", date(year, last_month - 2, 1), date(year, last_month, end)
        month = int(rest)
        return "month", date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None


_OWN_STATION = (
    "SELECT id FROM station WHERE deleted = 0 AND (site_id IN (SELECT site_id FROM local_site) "
    "OR site_id IN (SELECT site_id FROM site_history)) ORDER BY id LIMIT 1"
)


def _local_station(conn: sa.Connection) -> str | None:
    """The station row written here (under this site id or one it had before), else the first."""
    own = conn.execute(sa.text(_OWN_STATION)).scalar()
    first = "SELECT id FROM station WHERE deleted = 0 ORDER BY id LIMIT 1"
    return own or conn.execute(sa.text(first)).scalar()


def upgrade() -> None:
    table = op.create_table(
        TABLE,
        *travelling(),
        sa.Column("station_id", sa.String(36), sa.ForeignKey("station.id"), nullable=False),
        sa.Column("period_kind", sa.String(8), nullable=False),
        sa.Column("first_day", sa.Date, nullable=False),
        sa.Column("last_day", sa.Date, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        user_column("updated_by", nullable=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_report_highlight_period", TABLE, ["first_day", "period_kind", "last_day"])
    for stmt in create_statements(TABLE, "synced", FIELDS, guarded=True):
        op.execute(stmt)

    conn = op.get_bind()
    settings = conn.execute(
        sa.text("SELECT key, value FROM setting WHERE key LIKE :prefix ORDER BY key"),
        {"prefix": KEY_PREFIX + "%"},
    ).all()
    station_id = _local_station(conn) if settings else None
    if station_id is None:
        return  # nothing kept, or no station to hold it (a database never set up)
    site_id = conn.execute(sa.text("SELECT site_id FROM local_site")).scalar_one()
    newest = conn.execute(sa.text("SELECT max(hlc) FROM change_log")).scalar() or 0
    stamp = max(pack(time.time_ns() // 1_000_000, 0), newest + 1)  # fresh: past every stamp held here
    now = datetime.now()
    rows, moved = [], []
    for key, value in settings:
        period = _period(key[len(KEY_PREFIX) :])
        if period is None:
            continue  # not a key this StationDesk wrote: left alone
        moved.append(key)
        if not value.strip():
            continue  # an emptied box: nothing to keep
        kind, first, last = period
        rows.append(
            {
                "id": highlight_id(station_id, kind, first, last),
                "site_id": site_id,
                "hlc": stamp + len(rows),
                "deleted": False,
                "station_id": station_id,
                "period_kind": kind,
                "first_day": first,
                "last_day": last,
                "text": value,
                "updated_by": None,
                "updated_at": now,
            }
        )
    if rows:
        op.bulk_insert(table, rows)
    for key in moved:
        conn.execute(sa.text("DELETE FROM setting WHERE key = :key"), {"key": key})


def downgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            f"SELECT period_kind, first_day, last_day, text FROM {TABLE} "
            "WHERE deleted = 0 AND station_id = :station"
        ),
        {"station": _local_station(conn)},
    ).all()
    for kind, first, last, text in rows:
        first_day, last_day = date.fromisoformat(str(first)), date.fromisoformat(str(last))
        if kind == "month":
            code = f"{first_day.year}-{first_day.month:02d}"
        elif kind == "quarter":
            code = f"{first_day.year}-Q{(first_day.month - 1) // 3 + 1}"
        else:
            code = f"{first_day.isoformat()}..{last_day.isoformat()}"
        conn.execute(
            sa.text("INSERT OR REPLACE INTO setting (key, value) VALUES (:key, :value)"),
            {"key": KEY_PREFIX + code, "value": text},
        )
    for stmt in drop_statements(TABLE):
        op.execute(stmt)
    op.drop_index("ix_report_highlight_period", table_name=TABLE)
    op.drop_table(TABLE)
