"""A second PC joined from the station PC's backup syncs with it without doubling the station:
both enrol each other through the sync service and exchange bundles both ways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_sites import ADMIN_PASSWORD, Site, make_seed

from stationdesk.services import accounts, maintenance, people, sync
from stationdesk.services.database import open_station
from stationdesk.services.join import join_station
from stationdesk.store.engine import url_for_path
from stationdesk.store.models import Person, Station


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Site, Site, Path]]:
    """The station PC (set up on its own machine, in use) and a second PC joined from its backup."""
    (tmp_path / "station-pc").mkdir()
    source_path = make_seed(tmp_path / "station-pc")
    source = Site(
        "station", source_path, open_station(url_for_path(source_path), fingerprint="seed-machine").ctx
    )
    accounts.login(source.ctx, "admin", ADMIN_PASSWORD)
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = maintenance.backup(source.ctx, stick / maintenance.backup_file_name(source.ctx))
    joined_path = tmp_path / "second-pc.sqlite3"
    empty = open_station(url_for_path(joined_path), fingerprint="second-pc").ctx
    joined = Site("second", joined_path, join_station(empty, backup, fingerprint="second-pc").ctx)
    accounts.login(joined.ctx, "admin", ADMIN_PASSWORD)
    yield source, joined, stick
    source.close()
    joined.close()


def _count(site: Site, model: type) -> int:
    with site.ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))  # type: ignore[attr-defined]


def test_the_joined_pc_and_the_station_pc_exchange_without_doubling_the_station(
    pair: tuple[Site, Site, Path],
) -> None:
    source, joined, stick = pair
    assert source.stamper.site_id != joined.stamper.site_id
    sync.enrol(joined.ctx, sync.enrolment_file(source.ctx, stick))
    sync.enrol(source.ctx, sync.enrolment_file(joined.ctx, stick))
    people.create(joined.ctx, people.PersonDraft(name="张伟", phone="13912345678"))
    people.create(source.ctx, people.PersonDraft(name="李娜", phone="13812345678"))

    to_station = sync.export_bundle(joined.ctx, stick, peer_site_id=source.stamper.site_id)
    arrived = sync.import_bundle(source.ctx, to_station.path)
    back = sync.export_bundle(source.ctx, stick, peer_site_id=joined.stamper.site_id)
    returned = sync.import_bundle(joined.ctx, back.path)

    for result in (arrived, returned):
        assert result.counts["refused"] == 0 and result.counts["new"] > 0
    for site in (source, joined):
        assert _count(site, Station) == 1
        assert _count(site, Person) == 2
        assert sync.open_conflict_count(site.ctx) == 0


def test_the_station_pcs_edits_are_not_called_this_pcs_on_the_joined_pc(
    pair: tuple[Site, Site, Path],
) -> None:
    """The joined PC's earlier site id is the station PC's own, which lives on there."""
    source, joined, stick = pair
    sync.enrol(joined.ctx, sync.enrolment_file(source.ctx, stick))
    sync.enrol(source.ctx, sync.enrolment_file(joined.ctx, stick))
    person = people.create(source.ctx, people.PersonDraft(name="周八", address="老街3号"))
    sync.import_bundle(
        joined.ctx, sync.export_bundle(source.ctx, stick, peer_site_id=joined.stamper.site_id).path
    )
    people.update(source.ctx, person, people.PersonDraft(name="周八", address="新街4号"))
    people.update(joined.ctx, person, people.PersonDraft(name="周八", address="南街5号"))
    sync.import_bundle(
        joined.ctx, sync.export_bundle(source.ctx, stick, peer_site_id=joined.stamper.site_id).path
    )
    [row] = [r for r in sync.conflicts(joined.ctx) if r.field == "address"]
    by_site = {row.kept_site: row.kept_here, row.other_site: row.other_here}
    assert by_site == {source.stamper.site_id: False, joined.stamper.site_id: True}
