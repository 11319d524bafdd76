"""The conflict list: concurrent writes an import met, and their resolution by a person.

Resolving is a normal stamped local write, so it travels like any edit: ``swap`` writes the other
value with a fresh stamp; ``confirm`` re-asserts the kept value with a fresh stamp (its log row is
written here, since the triggers only log values that change), so every site ends with the value
the person chose, whatever it kept on its own.

A conflict is recorded where it is detected, so two sites may both hold the same one. When the
resolution made on one of them arrives at the other (``settle_resolved``, called at the end of each
import), the other closes its copy (resolution ``remote``, ``resolved_by`` the site whose change
settled it) instead of asking a second person: the field's newest change is newer than both stamps
of the conflict, and the sender held it and knew both values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from stationdesk.store.session import Stamper
from stationdesk.sync.tables import tables

CHOICES = ("confirm", "swap")
SETTLED = "remote"  # the resolution of a conflict closed by a resolution made on another site


@dataclass(frozen=True)
class Conflict:
    id: int
    table_name: str
    row_id: str
    field: str
    kept_value: object
    kept_hlc: int
    kept_site: str
    other_value: object
    other_hlc: int
    other_site: str
    detected_at: str


class ConflictError(ValueError):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


def _cursor(conn):
    return conn.connection.driver_connection.cursor()


_COLUMNS = (
    "id, table_name, row_id, field, kept_value, kept_hlc, kept_site, other_value, other_hlc, other_site, "
    "detected_at"
)


def open_conflicts(engine: Engine, *, limit: int = 500) -> list[Conflict]:
    """Unresolved conflicts, oldest first."""
    with engine.connect() as conn:
        rows = _cursor(conn).execute(
            f"SELECT {_COLUMNS} FROM sync_conflict WHERE resolved_at IS NULL "
            "ORDER BY detected_at, id LIMIT ?",
            (limit,),
        )
        return [Conflict(*r) for r in rows.fetchall()]


def open_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return (
            _cursor(conn)
            .execute("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")
            .fetchone()[0]
        )


def resolve(
    engine: Engine, conflict_id: int, choice: str, stamper: Stamper, *, by: str | None = None
) -> None:
    """Confirm the kept value or swap to the other one, as a stamped write that syncs."""
    if choice not in CHOICES:
        raise ConflictError("sync.conflict_bad_choice", choice=choice)
    with engine.begin() as conn:
        cur = _cursor(conn)
        row = cur.execute(
            f"SELECT {_COLUMNS}, resolved_at FROM sync_conflict WHERE id = ?", (conflict_id,)
        ).fetchone()
        if row is None:
            raise ConflictError("sync.conflict_not_found", id=conflict_id)
        if row[-1] is not None:
            raise ConflictError("sync.conflict_resolved", id=conflict_id)
        c = Conflict(*row[:-1])
        info = tables().get(c.table_name)
        if info is None or c.field not in info.fields:
            raise ConflictError("sync.conflict_unknown_field", table=c.table_name, field=c.field)
        value = c.kept_value if choice == "confirm" else c.other_value
        stamp = stamper.clock.tick()
        current = cur.execute(f"SELECT hlc FROM {c.table_name} WHERE id = ?", (c.row_id,)).fetchone()
        if current is None:
            raise ConflictError("sync.conflict_row_missing", table=c.table_name, id=c.row_id)
        if current[0] >= stamp:
            stamp = stamper.clock.observe(current[0])
        cur.execute(
            f"UPDATE {c.table_name} SET {c.field} = ?, hlc = ?, site_id = ? WHERE id = ?",
            (value, stamp, stamper.site_id, c.row_id),
        )
        logged = cur.execute(
            "SELECT count(*) FROM change_log WHERE table_name = ? AND row_id = ? AND field = ? AND hlc = ?",
            (c.table_name, c.row_id, c.field, stamp),
        ).fetchone()[0]
        if not logged:  # the value did not change: log the re-assertion so it travels
            cur.execute(
                "INSERT INTO change_log (table_name, row_id, field, value, hlc, site_id) "
                "VALUES (?,?,?,?,?,?)",
                (c.table_name, c.row_id, c.field, value, stamp, stamper.site_id),
            )
        cur.execute(
            "UPDATE sync_conflict SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
            (datetime.now().isoformat(" "), by, choice, conflict_id),
        )


def settle_resolved(cur, sender_vector: Mapping[str, int]) -> int:
    """Close the open conflicts the incoming change set settles; returns how many.

    ``cur``: a DBAPI cursor inside the import's transaction, after its log rows are written;
    ``sender_vector``: the sender's knowledge vector. A conflict is settled when the sender knew both
    its values (the vector covers both stamps) and the field's newest change here is newer than both
    and held by the sender too: someone who had seen both values wrote the field again (a person's
    swap or confirm, or a later edit), and every site ends with that value. Open conflicts are few:
    one look-up along ``ix_change_log_field`` per open conflict the sender knew both sides of."""
    rows = cur.execute(
        "SELECT id, table_name, row_id, field, kept_hlc, kept_site, other_hlc, other_site "
        "FROM sync_conflict WHERE resolved_at IS NULL"
    ).fetchall()
    settled = []
    for conflict_id, table, row_id, name, kept_hlc, kept_site, other_hlc, other_site in rows:
        if kept_hlc > sender_vector.get(kept_site, 0) or other_hlc > sender_vector.get(other_site, 0):
            continue
        newest = cur.execute(
            "SELECT hlc, site_id FROM change_log WHERE table_name = ? AND row_id = ? AND field = ? "
            "ORDER BY hlc DESC, site_id DESC LIMIT 1",
            (table, row_id, name),
        ).fetchone()
        if newest is None or tuple(newest) <= max((kept_hlc, kept_site), (other_hlc, other_site)):
            continue
        if newest[0] <= sender_vector.get(newest[1], 0):
            settled.append((newest[1], conflict_id))
    now = datetime.now().isoformat(" ")
    cur.executemany(
        "UPDATE sync_conflict SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
        [(now, site, SETTLED, conflict_id) for site, conflict_id in settled],
    )
    return len(settled)


def settled_count(engine: Engine) -> int:
    """How many conflicts were closed here by a resolution made on another site (all time)."""
    with engine.connect() as conn:
        return (
            _cursor(conn)
            .execute("SELECT count(*) FROM sync_conflict WHERE resolution = ?", (SETTLED,))
            .fetchone()[0]
        )
