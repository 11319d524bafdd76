"""Installations created apart (each database migrated and set up on its own, as an installer makes
them) hold their seeded lookups under the same ids, seed site and stamps: a sync finds them held
already, so nothing is refused and nothing doubled (issue 7, "all end with the same data")."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sync_exchange import enrol_both_ways, site_id
from sync_sites import ADMIN_PASSWORD, Site

from stationdesk.domain.ids import SEED_SITE_ID, seed_id
from stationdesk.services import (
    accounts,
    hub,
    needs,
    reception,
    settings,
    site_stations,
    station_report,
    sync,
    tags,
)
from stationdesk.services.database import open_station
from stationdesk.services.station import StationProfile
from stationdesk.store.engine import url_for_path
from stationdesk.sync.changes import knowledge_vector

LOOKUPS = {"need_category": "name", "tier_cadence": "tier", "visit_method": "name", "relief_type": "name",
           "tag": "name"}  # fmt: skip
"""Every seeded table and its natural key."""


@dataclass(frozen=True)
class Install:
    """One installation as its installer left it: a database of its own, set up by its administrator."""

    name: str
    code: str
    username: str
    role: str


STATION = Install("station", "PH-DH", "admin", "station")
SECOND_PC = Install("second", "PH-DH", "reception", "station")  # the same station's second PC
OTHER_STATION = Install("xc", "PH-XC", "xc-admin", "station")
HUB = Install("hub", "PH-QX", "hub-admin", "hub")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each installation created once, apart from the others (copied per test under its own machine,
    so it keeps its site id)."""
    directory = tmp_path_factory.mktemp("installed")
    made = {}
    for install in (STATION, SECOND_PC, OTHER_STATION, HUB):
        path = directory / f"{install.name}.sqlite3"
        ctx = open_station(url_for_path(path), fingerprint=f"machine-{install.name}").ctx
        profile = StationProfile(
            name=f"{install.code} 社会工作站", code=install.code, district="平湖市", address=""
        )
        accounts.setup_station(ctx, profile, install.username, install.username, ADMIN_PASSWORD)
        settings.set_values(ctx, {site_stations.ROLE_KEY: install.role})
        ctx.engine.dispose()
        made[install.name] = path
    return made


@pytest.fixture
def open_site(installed: dict[str, Path], tmp_path: Path) -> Iterator:
    opened: list[Site] = []

    def _open(install: Install) -> Site:
        path = tmp_path / f"{install.name}.sqlite3"
        shutil.copy(installed[install.name], path)
        ctx = open_station(url_for_path(path), fingerprint=f"machine-{install.name}").ctx
        accounts.login(ctx, install.username, ADMIN_PASSWORD)
        opened.append(Site(install.name, path, ctx))
        return opened[-1]

    yield _open
    for site in opened:
        site.close()


def _stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir(exist_ok=True)
    return folder


def _send(sender: Site, recipient: Site, folder: Path, *, full: bool = False) -> dict[str, int]:
    """One bundle from ``sender`` to ``recipient`` through the services, and its receipt back."""
    bundle = sync.export_bundle(sender.ctx, folder, peer_site_id=site_id(recipient), full=full)
    result = sync.import_bundle(recipient.ctx, bundle.path)
    assert result.receipt_path is not None
    sync.import_receipt(sender.ctx, result.receipt_path)
    return result.counts


def _sql(site: Site, sql: str, **params: object) -> list[tuple]:
    with site.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def _seed_rows(site: Site) -> dict[str, list[tuple]]:
    return {table: _sql(site, f"SELECT * FROM {table} ORDER BY id") for table in LOOKUPS}


def _names(site: Site) -> dict[str, dict[str, int]]:
    """Per seeded table: each live row's natural key and how many rows carry it."""
    return {
        table: dict(_sql(site, f"SELECT {key}, count(*) FROM {table} WHERE deleted = 0 GROUP BY {key}"))
        for table, key in LOOKUPS.items()
    }


def _each_once(site: Site) -> None:
    names = _names(site)
    assert all(names[table] for table in LOOKUPS)
    assert {table: {n for n, count in found.items() if count != 1} for table, found in names.items()} == {
        table: set() for table in LOOKUPS
    }


def _content(site: Site) -> dict[str, list[tuple]]:
    """Every travelling table but the audit trail (each PC audits its own exports and imports)."""
    return {table: rows for table, rows in site.dump().items() if table != "audit_event"}


def _walk_in(site: Site, need: str) -> str:
    category = next(c.id for c in needs.list_categories(site.ctx) if c.name == need)
    return reception.record_walk_in(
        site.ctx,
        reception.WalkInDraft(person_id=None, anonymous_sex="F", anonymous_age_band="60-79",
                              category_ids=[category], outcome="resolved"),
    )  # fmt: skip


def test_databases_created_apart_hold_the_same_seed_rows_under_the_seed_site(open_site) -> None:
    station, hub_site = open_site(STATION), open_site(HUB)
    assert site_id(station) != site_id(hub_site)
    assert _seed_rows(station) == _seed_rows(hub_site)
    for table, key in LOOKUPS.items():
        rows = _sql(station, f"SELECT id, {key}, site_id, hlc FROM {table}")
        assert rows and all(row_id == seed_id(table, name) for row_id, name, _site, _hlc in rows)
        assert {site for _id, _name, site, _hlc in rows} == {SEED_SITE_ID}
    # the triggers logged them with the seed site and stamps: the same log rows everywhere
    log = "SELECT table_name, row_id, field, value, hlc FROM change_log WHERE site_id = :s ORDER BY 1, 2, 3"
    seeded = _sql(station, log, s=SEED_SITE_ID)
    assert {t for t, *_ in seeded} == set(LOOKUPS) and seeded == _sql(hub_site, log, s=SEED_SITE_ID)
    # below every stamp a real clock gives: the first administrator was written after them
    newest_seed = max(hlc for *_, hlc in seeded)
    assert (
        _sql(station, "SELECT min(hlc) FROM change_log WHERE site_id != :s", s=SEED_SITE_ID)[0][0]
        > newest_seed
    )


def test_a_second_pc_installed_apart_exchanges_both_ways_without_refusals_or_doubles(
    open_site, tmp_path: Path
) -> None:
    station, second = open_site(STATION), open_site(SECOND_PC)
    folder = _stick(tmp_path)
    enrol_both_ways(station, second, folder)
    for sender, recipient in ((station, second), (second, station)):
        counts = _send(sender, recipient, folder, full=True)
        assert (counts["refused"], counts["conflicts"]) == (0, 0)
        assert counts["new"] > 0  # the sender's station row, administrator, audit trail...
    for site in (station, second):
        _each_once(site)
    _walk_in(station, "心理疏导")
    _walk_in(second, "政策咨询")
    _send(station, second, folder)
    counts = _send(second, station, folder)
    assert (counts["refused"], counts["conflicts"]) == (0, 0)
    assert _content(station) == _content(second)
    assert len(_content(station)["walk_in"]) == 2
    _each_once(station)


def test_a_hub_installed_apart_holds_each_seeded_lookup_once_and_rolls_needs_up_under_one_name(
    open_site, tmp_path: Path
) -> None:
    hub_site, first, other = open_site(HUB), open_site(STATION), open_site(OTHER_STATION)
    folder = _stick(tmp_path)
    for station in (first, other):
        enrol_both_ways(station, hub_site, folder)
        _walk_in(station, "心理疏导")
        counts = _send(station, hub_site, folder, full=True)
        assert (counts["refused"], counts["conflicts"]) == (0, 0)
    _each_once(hub_site)
    today = date.today()
    figures = station_report.report_figures(
        hub_site.ctx, station_report.period_of_month(today.year, today.month)
    )
    assert figures.scope.roll_up
    by_need = [(c.label, c.count) for c in figures.current.reception.by_need]
    assert by_need == [("心理疏导", 2)]
    # the hub's lists never show the seed site: not a peer, not a station's site
    assert SEED_SITE_ID not in {peer.site_id for peer in sync.peers(hub_site.ctx)}
    status = hub.status(hub_site.ctx)
    assert {row.code for row in status.stations} == {"PH-DH", "PH-XC"}
    assert SEED_SITE_ID not in {site.site_id for row in status.stations for site in row.sites}
    with hub_site.ctx.reading() as session:
        assert SEED_SITE_ID not in {
            s for station in site_stations.stations(session) for s in station.site_ids
        }
    with hub_site.engine.connect() as conn:
        assert SEED_SITE_ID in knowledge_vector(conn)  # an origin like any other


def test_a_users_edit_of_a_seeded_row_syncs_and_wins_over_the_seed(open_site, tmp_path: Path) -> None:
    station, second = open_site(STATION), open_site(SECOND_PC)
    folder = _stick(tmp_path)
    enrol_both_ways(station, second, folder)
    other = seed_id("need_category", "其他")
    needs.rename_category(station.ctx, other, "其他需求")
    assert station.value("need_category", other, "site_id") == site_id(station)
    counts = _send(station, second, folder)
    assert (counts["refused"], counts["conflicts"], counts["updated"]) == (0, 0, 1)
    assert second.value("need_category", other, "name") == "其他需求"
    names = {c.name for c in needs.list_categories(second.ctx)}
    assert "其他需求" in names and "其他" not in names
    # and back: the second PC's full bundle carries the seed's stamp, which loses everywhere
    counts = _send(second, station, folder, full=True)
    assert (counts["refused"], counts["conflicts"]) == (0, 0)
    assert station.value("need_category", other, "name") == "其他需求"


def test_tags_added_later_are_ordinary_records(open_site) -> None:
    station = open_site(STATION)
    tag_id = tags.add_tag(station.ctx, "新市民")
    site, stamp = _sql(station, "SELECT site_id, hlc FROM tag WHERE id = :i", i=tag_id)[0]
    assert site == site_id(station) and tag_id != seed_id("tag", "新市民")
    assert stamp > max(
        hlc for (hlc,) in _sql(station, "SELECT hlc FROM tag WHERE site_id = :s", s=SEED_SITE_ID)
    )
    assert [t.name for t in tags.list_tags(station.ctx)][: len(tags.DEFAULT_TAGS)] == list(tags.DEFAULT_TAGS)


def test_a_user_name_held_here_by_another_account_does_not_stop_the_import(
    installed: dict[str, Path], open_site, tmp_path: Path
) -> None:
    path = tmp_path / "clash.sqlite3"
    ctx = open_station(url_for_path(path), fingerprint="machine-clash").ctx
    profile = StationProfile(name="平湖市社会工作总站", code="PH-QX", district="平湖市", address="")
    accounts.setup_station(ctx, profile, "admin", "李主任", ADMIN_PASSWORD)
    settings.set_values(ctx, {site_stations.ROLE_KEY: "hub"})
    hub_site = Site("clash", path, ctx)
    try:
        station = open_site(STATION)
        folder = _stick(tmp_path)
        enrol_both_ways(station, hub_site, folder)
        walk_in = _walk_in(station, "心理疏导")  # written by the station's "admin"
        counts = _send(station, hub_site, folder, full=True)
        assert counts["refused"] == 1  # the user name only: the account and what points at it arrive
        station_admin = _sql(station, "SELECT id FROM app_user WHERE username = 'admin'")[0][0]
        assert _sql(hub_site, "SELECT username FROM app_user WHERE id = :i", i=station_admin) == [
            (station_admin,)
        ]
        assert _sql(hub_site, "SELECT count(*) FROM walk_in WHERE id = :i", i=walk_in) == [(1,)]
        hub_admin = _sql(hub_site, "SELECT id FROM app_user WHERE username = 'admin'")
        assert len(hub_admin) == 1 and hub_admin[0][0] != station_admin
        assert accounts.login(hub_site.ctx, "admin", ADMIN_PASSWORD).display_name == "李主任"
        # the next bundle from the station merges into the account as it arrived
        station.ctx.actor = accounts.login(station.ctx, "admin", ADMIN_PASSWORD)
        _walk_in(station, "政策咨询")
        counts = _send(station, hub_site, folder)
        assert counts["refused"] == 0 and _sql(hub_site, "SELECT count(*) FROM walk_in") == [(2,)]
    finally:
        hub_site.close()
