"""The sync service end to end: a station PC, its trainer laptop and a district hub exchange bundles
and receipts through services/sync.py; refusals happen before any write."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_exchange import Trio, enrol_both_ways, keys_of, make_trio, site_id, snapshot
from sync_sites import ADMIN_PASSWORD, Site

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import accounts, enrolment, hub, people, settings, sync, training
from stationdesk.services.database import open_station
from stationdesk.services.errors import Cancelled
from stationdesk.store.engine import url_for_path
from stationdesk.store.models import LocalSite, Person, SiteHistory, SyncAck
from stationdesk.sync.bundle import read_bundle
from stationdesk.sync.changeset import decode


@pytest.fixture
def trio(seed_db: Path, tmp_path: Path) -> Iterator[Trio]:
    made = make_trio(seed_db, tmp_path)
    enrol_both_ways(made.station, made.trainer, made.folder)
    enrol_both_ways(made.station, made.hub, made.folder)
    yield made
    made.close()


def _person(site: Site, name: str = "张伟", id_number: str = "11010519491231002X") -> str:
    draft = people.PersonDraft(name=name, phone="13912345678", id_number=id_number)
    return people.create(site.ctx, draft)


def _acks(site: Site, peer: Site) -> dict[str, int]:
    with site.ctx.reading() as s:
        rows = s.execute(
            select(SyncAck.origin_site_id, SyncAck.hlc).where(SyncAck.peer_site_id == site_id(peer))
        )
        return {origin: hlc for origin, hlc in rows}


def _programme_with(site: Site, person: str) -> str:
    programme = training.create_programme(
        site.ctx, training.ProgrammeDraft("沙龙", "salon", CompletionRule(RuleKind.COUNT, 1))
    )
    enrolment.enrol_persons(site.ctx, programme, [person])
    return programme


def _payload(bundle: Path, reader: Site, sender: Site):
    manifest, payload = read_bundle(
        bundle, known_key=lambda s: keys_of(sender).public.signing_key if s == site_id(sender) else None,
        identity=keys_of(reader),
    )  # fmt: skip
    return manifest, decode(payload)


def test_enrolment_lists_the_peers_with_their_fingerprints(trio: Trio) -> None:
    rows = {row.site_id: row for row in sync.peers(trio.station.ctx)}
    assert set(rows) == {site_id(trio.trainer), site_id(trio.hub)}
    assert rows[site_id(trio.hub)].role == "hub" and rows[site_id(trio.hub)].station_code == "PH-QX"
    assert rows[site_id(trio.trainer)].fingerprint == sync.own_fingerprint(trio.trainer.ctx)
    assert rows[site_id(trio.hub)].pending > 0  # nothing acknowledged yet


def test_station_to_trainer_and_back_with_receipts(trio: Trio) -> None:
    station, trainer = trio.station, trio.trainer
    person = _person(station)
    programme = _programme_with(station, person)
    first = sync.export_bundle(station.ctx, trio.folder, peer_site_id=site_id(trainer))
    assert first.audience == "trainer" and first.path.name.endswith("_001.sdbundle")
    preview = sync.preview_import(trainer.ctx, first.path)
    assert preview.sender_station == "PH-DH" and not preview.already
    before = snapshot(trainer)
    assert snapshot(trainer) == before  # the preview wrote nothing
    result = sync.import_bundle(trainer.ctx, first.path)
    assert result.counts == preview.counts and result.receipt_path is not None
    assert result.receipt_path.parent == trio.folder
    assert trainer.value("programme", programme, "name") == "沙龙"
    assert trainer.value("person", person, "name") == "张伟"  # enrolled: its name, sex and phone
    assert trainer.value("person", person, "id_number") is None
    receipt = sync.import_receipt(station.ctx, result.receipt_path)
    assert receipt.moved and _acks(station, trainer)[site_id(station)] >= max(
        hi for _lo, hi in _payload(first.path, trainer, station)[0].clock_ranges.values()
    )
    again = sync.import_receipt(station.ctx, result.receipt_path)
    assert not again.moved  # the acknowledged vector only moves forward
    with pytest.raises(ValidationError) as own:  # the trainer's own receipt, imported on the trainer
        sync.import_receipt(trainer.ctx, result.receipt_path)
    assert own.value.code == "receipt.own"
    # the trainer's bundle to the station carries only what the station does not hold
    back = sync.export_bundle(trainer.ctx, trio.folder, peer_site_id=site_id(station))
    manifest, changeset = _payload(back.path, station, trainer)
    assert manifest.audience == "station" and manifest.recipient_site == site_id(station)
    assert {c.site_id for c in changeset.changes} <= {site_id(trainer)}  # the station's own came from it


def test_hub_import_then_hub_status_shows_the_station_reported(trio: Trio) -> None:
    station, hub_site = trio.station, trio.hub
    person = _person(station)
    bundle = sync.export_bundle(station.ctx, trio.folder, peer_site_id=site_id(hub_site))
    _manifest, changeset = _payload(bundle.path, hub_site, station)
    fields = {(c.table, c.field) for c in changeset.changes}
    assert ("person", "name") in fields and ("person", "id_number") not in fields
    assert not any(table == "audit_event" for table, _ in fields)
    result = sync.import_bundle(hub_site.ctx, bundle.path)
    assert result.counts["new"] > 0 and not result.already
    assert hub_site.value("person", person, "name") == "张伟"
    assert hub_site.value("person", person, "id_number") is None
    status = hub.status(hub_site.ctx)
    row = next(s for s in status.stations if s.code == "PH-DH")
    assert row.last_sync is not None and row.cells[-1].state == hub.REPORTED
    assert [p.last_import_at is not None for p in sync.peers(hub_site.ctx)] == [True]


def test_second_export_carries_only_new_changes_and_reimport_is_a_no_op(trio: Trio) -> None:
    station, hub_site = trio.station, trio.hub
    _person(station)
    first = sync.export_bundle(station.ctx, trio.folder, peer_site_id=site_id(hub_site))
    imported = sync.import_bundle(hub_site.ctx, first.path)
    assert imported.counts["refused"] == 0  # the seeded lookups are held already, not refused
    sync.import_receipt(station.ctx, imported.receipt_path)  # type: ignore[arg-type]
    second_person = _person(station, "王芳", id_number="")
    second = sync.export_bundle(station.ctx, trio.folder, peer_site_id=site_id(hub_site))
    assert second.path != first.path and second.counts == {"person": second.changes}
    assert second.changes < first.changes
    assert sync.import_bundle(hub_site.ctx, second.path).counts["new"] == 1
    assert hub_site.value("person", second_person, "name") == "王芳"
    before = snapshot(hub_site)
    again = sync.import_bundle(hub_site.ctx, second.path)
    assert again.already and again.counts == sync.counts_of({})
    assert snapshot(hub_site) == before
    assert sync.preview_import(hub_site.ctx, first.path).already
    full = sync.export_bundle(station.ctx, trio.folder, peer_site_id=site_id(hub_site), full=True)
    assert full.changes > second.changes
    assert sync.import_bundle(hub_site.ctx, full.path).already  # every clock range held already


def test_trainer_bundle_carries_no_id_numbers_needs_or_visits(trio: Trio) -> None:
    _programme_with(trio.station, _person(trio.station))
    bundle = sync.export_bundle(trio.station.ctx, trio.folder, audience="trainer", full=True)
    _manifest, changeset = _payload(bundle.path, trio.trainer, trio.station)
    tables = {c.table for c in changeset.changes}
    assert not tables & {"walk_in_need", "walk_in", "home_visit", "audit_event", "key_target"}
    assert "id_number" not in {c.field for c in changeset.changes}
    assert "11010519491231002X" not in repr(changeset.changes)
    assert {"programme", "enrolment", "person"} <= tables


def _refused(site: Site, path: Path, code: str, **kw: object) -> None:
    before = snapshot(site)
    with pytest.raises(ValidationError) as info:
        sync.import_bundle(site.ctx, path, **kw)  # type: ignore[arg-type]
    assert info.value.code == code
    assert snapshot(site) == before
    assert not list(path.parent.glob("*.sdreceipt"))


def test_refusals_before_any_write(trio: Trio, monkeypatch: pytest.MonkeyPatch) -> None:
    station, trainer, hub_site = trio.station, trio.trainer, trio.hub
    _person(station)
    # the hub does not know the trainer laptop
    from_trainer = sync.export_bundle(
        trainer.ctx,
        trio.folder,
        peer_site_id=site_id(station),
        recipient=keys_of(hub_site).public.age_recipient,
    )
    _refused(hub_site, from_trainer.path, "bundle.unknown_sender")
    # addressed to the trainer, readable by the hub
    elsewhere = sync.export_bundle(
        station.ctx,
        trio.folder,
        peer_site_id=site_id(trainer),
        recipient=keys_of(hub_site).public.age_recipient,
    )
    _refused(hub_site, elsewhere.path, "bundle.addressed_elsewhere")
    # encrypted to the trainer
    _refused(hub_site, sync.export_bundle(station.ctx, trio.folder, peer_site_id=site_id(trainer)).path,
             "bundle.not_for_us")  # fmt: skip
    # a newer schema
    monkeypatch.setattr(sync, "head_revision", lambda: "0099")
    newer = sync.export_bundle(station.ctx, trio.folder, peer_site_id=site_id(hub_site))
    monkeypatch.undo()
    _refused(hub_site, newer.path, "bundle.newer_schema")
    # tampered: one bit flipped in the middle, or cut short
    good = sync.export_bundle(station.ctx, trio.folder, peer_site_id=site_id(hub_site))
    data = bytearray(good.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped = trio.folder / "flipped.sdbundle"
    flipped.write_bytes(bytes(data))
    _refused(hub_site, flipped, "bundle.damaged")
    cut = trio.folder / "cut.sdbundle"
    cut.write_bytes(good.path.read_bytes()[:-100])
    _refused(hub_site, cut, "bundle.damaged")
    assert sync.import_bundle(hub_site.ctx, good.path).counts["new"] > 0  # the good one still goes in


def test_wrong_passphrase_is_refused(trio: Trio) -> None:
    bundle = sync.export_bundle(trio.station.ctx, trio.folder, audience="hub", passphrase="correct horse 1")
    assert bundle.recipient_site == site_id(trio.hub)  # the only hub enrolled
    _refused(trio.hub, bundle.path, "bundle.wrong_passphrase", passphrase="wrong horse 22")


def test_a_cancelled_import_leaves_nothing(trio: Trio) -> None:
    bundle = sync.export_bundle(trio.station.ctx, trio.folder, peer_site_id=site_id(trio.hub))
    before = snapshot(trio.hub)

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        sync.import_bundle(trio.hub.ctx, bundle.path, progress=cancel)
    assert snapshot(trio.hub) == before


def test_enrolment_refusals(trio: Trio) -> None:
    station, trainer, hub_site = trio.station, trio.trainer, trio.hub
    own = sync.enrolment_file(station.ctx, trio.folder)
    with pytest.raises(ValidationError) as info:
        sync.enrol(station.ctx, own)
    assert info.value.code == "sync.own_site"
    settings.set_values(hub_site.ctx, {"site.role": "station"})  # a PC of another station
    other = sync.enrolment_file(hub_site.ctx, trio.folder)
    with pytest.raises(ValidationError) as info:
        sync.enrol(trainer.ctx, other)
    assert info.value.code == "sync.other_station"
    with hub_site.ctx.transaction() as s:  # the hub reinstalled: a new key under the same site id
        s.get(LocalSite, 1).signing_key = None  # type: ignore[union-attr]
    settings.set_values(hub_site.ctx, {"site.role": "hub"})
    before = snapshot(station)
    with pytest.raises(ValidationError) as info:
        sync.enrol(station.ctx, sync.enrolment_file(hub_site.ctx, trio.folder))
    assert info.value.code == "sync.key_changed"
    assert snapshot(station) == before
    text, png = sync.enrolment_qr(station.ctx)
    assert text.startswith("SDE1*") and png.startswith(b"\x89PNG")
    assert sync.enrol_text(trainer.ctx, text).site_id == site_id(station)  # again, same key: accepted


def test_concurrent_edits_reach_the_conflict_list_and_resolve(trio: Trio) -> None:
    station, trainer = trio.station, trio.trainer
    person = _person(station)
    # a station-wide bundle (as when the laptop is set up), so that both hold the person
    setup = sync.export_bundle(station.ctx, trio.folder, peer_site_id=site_id(trainer), audience="station")
    sync.import_bundle(trainer.ctx, setup.path)
    assert trainer.value("person", person, "phone") == "13912345678"
    station.update("person", person, phone="13900000001")
    trainer.update("person", person, phone="13900000002")
    back = sync.export_bundle(trainer.ctx, trio.folder, peer_site_id=site_id(station))
    assert sync.import_bundle(station.ctx, back.path).counts["conflicts"] == 1
    [row] = sync.conflicts(station.ctx)
    assert (row.table_label, row.field_label, row.record_label) == ("Person", "Phone", "张伟")
    assert {row.kept_value, row.other_value} == {"13900000001", "13900000002"}
    assert {row.kept_site, row.other_site} == {site_id(station), site_id(trainer)}
    assert sync.open_conflict_count(station.ctx) == 1
    sync.resolve_conflict(station.ctx, row.id, "other")
    assert station.value("person", person, "phone") == row.other_value
    assert sync.conflicts(station.ctx) == []
    with pytest.raises(ValidationError) as info:
        sync.resolve_conflict(station.ctx, row.id, "kept")
    assert info.value.code == "sync.conflict_resolved"
    # the resolution travels: the trainer ends with the chosen value
    out = sync.export_bundle(station.ctx, trio.folder, peer_site_id=site_id(trainer), audience="station")
    sync.import_bundle(trainer.ctx, out.path)
    assert trainer.value("person", person, "phone") == row.other_value


def test_copied_database_gets_a_new_site_id_before_its_first_write(trio: Trio, tmp_path: Path) -> None:
    trio.station.close()
    copy = tmp_path / "copied.sqlite3"
    shutil.copy(trio.station.path, copy)
    ctx = open_station(url_for_path(copy), fingerprint="another-machine").ctx
    try:
        accounts.login(ctx, "admin", ADMIN_PASSWORD)
        person = people.create(ctx, people.PersonDraft(name="赵六"))
        with ctx.reading() as s:
            written_by = s.get(Person, person).site_id  # type: ignore[union-attr]
            old = set(s.scalars(select(SiteHistory.site_id)))
        assert written_by != site_id(trio.station) and site_id(trio.station) in old
    finally:
        ctx.engine.dispose()


def test_two_edits_of_a_record_conflict_on_the_field_not_on_its_updated_at(trio: Trio) -> None:
    station, trainer = trio.station, trio.trainer
    person = _person(station)
    setup = sync.export_bundle(station.ctx, trio.folder, peer_site_id=site_id(trainer), audience="station")
    sync.import_bundle(trainer.ctx, setup.path)
    station.update("person", person, phone="13900000001", updated_at="2026-11-02 09:00:00.000000")
    trainer.update("person", person, phone="13900000002", updated_at="2026-11-02 09:05:00.000000")
    back = sync.export_bundle(trainer.ctx, trio.folder, peer_site_id=site_id(station))
    assert sync.import_bundle(station.ctx, back.path).counts["conflicts"] == 1
    assert [row.field_label for row in sync.conflicts(station.ctx)] == ["Phone"]


def test_a_bundle_never_carries_its_recipients_own_changes_back(trio: Trio) -> None:
    station, trainer = trio.station, trio.trainer
    _person(station)
    setup = sync.export_bundle(station.ctx, trio.folder, peer_site_id=site_id(trainer), audience="station")
    sync.import_bundle(trainer.ctx, setup.path)  # no receipt goes back: the station acknowledges nothing
    _person(trainer, "王芳", "110105194912310070")
    back = sync.export_bundle(trainer.ctx, trio.folder, peer_site_id=site_id(station))
    _manifest, changeset = _payload(back.path, station, trainer)
    assert changeset.changes and {c.site_id for c in changeset.changes} == {site_id(trainer)}
