"""Schema 0011: the highlights kept in local settings up to 0010 move into report_highlight records
of the local station, written by this site with fresh stamps (so they log and travel); down again,
they go back into settings."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from alembic import command

from conftest import sign_in_as
from stationdesk.domain.highlights import highlight_id
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, station_report
from stationdesk.services.database import open_station
from stationdesk.services.station import StationProfile
from stationdesk.store.engine import url_for_path
from stationdesk.store.migrate import _alembic_config, read_revision_readonly

SETTINGS = {
    "report_highlights:2026-10": "十月：重阳节敬老活动",
    "report_highlights:2026-Q3": "三季度：智创营开班",
    "report_highlights:2026-11-01..2026-11-15": "上半月：走访 30 户",
    "report_highlights:2026-09": "   ",  # emptied: nothing to keep
    "report_highlights:nonsense": "not a period",  # not a key StationDesk wrote: left alone
    "language": "zh_CN",
}


def _at_0010(path: Path) -> tuple[str, str]:
    """A set-up station database taken down to schema 0010 with highlights in its settings;
    (its site id, its station id)."""
    ctx = open_station(url_for_path(path)).ctx
    profile = StationProfile(name="当湖街道社会工作站", code="PH-DH", district="嘉兴市平湖市", address="")
    accounts.setup_station(ctx, profile, "admin", "王站长", "admin-pass-1")
    with ctx.engine.begin() as conn, _alembic_config(conn) as cfg:
        command.downgrade(cfg, "0010")
    ctx.engine.dispose()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executemany("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", SETTINGS.items())
        site = conn.execute("SELECT site_id FROM local_site").fetchone()[0]
        station = conn.execute("SELECT id FROM station").fetchone()[0]
    assert read_revision_readonly(path) == "0010"
    return site, station


def test_highlight_settings_move_into_records_that_log(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    site, station = _at_0010(path)
    with closing(sqlite3.connect(path)) as conn:
        newest_before = conn.execute("SELECT max(hlc) FROM change_log").fetchone()[0]

    ctx = open_station(url_for_path(path)).ctx  # upgrades to 0011
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT id, site_id, hlc, station_id, period_kind, first_day, last_day, text, updated_by "
            "FROM report_highlight ORDER BY first_day"
        ).fetchall()
        left = dict(conn.execute("SELECT key, value FROM setting WHERE key LIKE 'report_highlights:%'"))
        logged = conn.execute(
            "SELECT row_id, value, site_id, hlc FROM change_log "
            "WHERE table_name = 'report_highlight' AND field = 'text'"
        ).fetchall()
    expected = [
        ("quarter", date(2026, 7, 1), date(2026, 9, 30), "三季度：智创营开班"),
        ("month", date(2026, 10, 1), date(2026, 10, 31), "十月：重阳节敬老活动"),
        ("days", date(2026, 11, 1), date(2026, 11, 15), "上半月：走访 30 户"),
    ]
    assert [(r[4], date.fromisoformat(r[5]), date.fromisoformat(r[6]), r[7]) for r in rows] == expected
    assert [r[0] for r in rows] == [highlight_id(station, k, first, last) for k, first, last, _ in expected]
    assert {(r[1], r[3], r[8]) for r in rows} == {(site, station, None)}
    assert all(r[2] > newest_before for r in rows) and len({r[2] for r in rows}) == 3  # fresh, distinct
    assert sorted((row_id, value, origin) for row_id, value, origin, _ in logged) == sorted(
        (r[0], r[7], site) for r in rows
    )
    assert left == {"report_highlights:nonsense": "not a period"}

    sign_in_as(ctx, Role.ADMIN)
    october = station_report.period_of_month(2026, 10)
    assert station_report.highlights(ctx, october) == "十月：重阳节敬老活动"
    assert station_report.highlights(ctx, station_report.period_of_month(2026, 9)) == ""


def test_downgrade_puts_the_highlights_back_into_settings(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    _at_0010(path)
    ctx = open_station(url_for_path(path)).ctx
    with ctx.engine.begin() as conn, _alembic_config(conn) as cfg:
        command.downgrade(cfg, "0010")
    ctx.engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        kept = dict(conn.execute("SELECT key, value FROM setting WHERE key LIKE 'report_highlights:%'"))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "report_highlight" not in tables
    assert kept == {k: v for k, v in SETTINGS.items() if k.startswith("report_") and v.strip()}
