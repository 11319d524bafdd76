"""A trainer laptop or hub holds other sites' data only as its audience filter let it through, so it
never passes it on: its bundles carry its own changes only, and an import from it refuses the other
sites' changes. Otherwise a second station PC would hold station X's stamps without X's ID numbers,
and X's incremental exports would skip them for ever."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_exchange import enrol_both_ways, keys_of, site_id, snapshot
from sync_sites import ADMIN_PASSWORD, Site, copy_site

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import accounts, enrolment, people, settings, sync, training
from stationdesk.store.models import SessionAttendance
from stationdesk.sync.bundle import read_bundle
from stationdesk.sync.changes import knowledge_vector, own_origins
from stationdesk.sync.changeset import Change, decode

ID_NUMBER = "11010519491231002X"


@pytest.fixture
def xty(seed_db: Path, tmp_path: Path) -> Iterator[tuple[Site, Site, Site, Path]]:
    """Station PC X, trainer laptop T, a second station PC Y: copies of one station, all enrolled."""
    made = [copy_site(seed_db, tmp_path, name) for name in ("x", "t", "y")]
    for site, role in zip(made, ("station", "trainer", "station"), strict=True):
        accounts.login(site.ctx, "admin", ADMIN_PASSWORD)
        settings.set_values(site.ctx, {"site.role": role})
    stick = tmp_path / "stick"
    stick.mkdir()
    x, t, y = made
    for a, b in ((x, t), (t, y), (x, y)):
        enrol_both_ways(a, b, stick)
    yield x, t, y, stick
    for site in made:
        site.close()


def _course(x: Site) -> tuple[str, str, str]:
    """A person with an ID number, enrolled in a programme with a session today: (person, session,
    enrolment)."""
    person = people.create(x.ctx, people.PersonDraft(name="张伟", phone="13912345678", id_number=ID_NUMBER))
    programme = training.create_programme(
        x.ctx, training.ProgrammeDraft("沙龙", "salon", CompletionRule(RuleKind.COUNT, 1))
    )
    session = training.add_session(x.ctx, programme, training.SessionDraft(date.today(), time(9), time(11)))
    [enrolled] = enrolment.enrol_persons(x.ctx, programme, [person])
    return person, session, enrolled


def _carried(bundle: Path, reader: Site, sender: Site) -> list[Change]:
    _manifest, payload = read_bundle(
        bundle,
        known_key=lambda s: keys_of(sender).public.signing_key if s == site_id(sender) else None,
        identity=keys_of(reader),
    )
    return list(decode(payload).changes)


def _send(sender: Site, receiver: Site, stick: Path) -> sync.ImportResult:
    """A bundle from sender to receiver, and the receipt back."""
    bundle = sync.export_bundle(sender.ctx, stick, peer_site_id=site_id(receiver))
    result = sync.import_bundle(receiver.ctx, bundle.path)
    assert result.receipt_path is not None
    sync.import_receipt(sender.ctx, result.receipt_path)
    return result


def _vector(site: Site) -> dict[str, int]:
    with site.engine.connect() as conn:
        return knowledge_vector(conn)


def _signed_in(site: Site, session: str) -> list[str]:
    with site.ctx.reading() as s:
        return list(
            s.scalars(select(SessionAttendance.enrolment_id).where(SessionAttendance.session_id == session))
        )


def test_a_trainer_laptop_passes_on_only_its_own_changes(xty) -> None:
    x, t, y, stick = xty
    person, session, enrolled = _course(x)
    assert _send(x, t, stick).counts["refused"] == 0
    assert t.value("person", person, "name") == "张伟" and t.value("person", person, "id_number") is None

    for_y = sync.export_bundle(t.ctx, stick, peer_site_id=site_id(y))
    carried = _carried(for_y.path, y, t)
    with t.engine.connect() as conn:
        own = own_origins(conn)
    assert carried and {c.site_id for c in carried} <= set(own)
    assert site_id(x) not in own and not any(c.site_id == site_id(x) for c in carried)
    assert not any(c.row_id in (person, session, enrolled) for c in carried)
    result = sync.import_bundle(y.ctx, for_y.path)
    sync.import_receipt(t.ctx, result.receipt_path)  # type: ignore[arg-type]
    assert result.counts["refused"] == 0 and result.counts["conflicts"] == 0
    assert y.value("person", person, "name") is None  # nothing of X's came through T
    assert site_id(x) not in _vector(y)

    # Y then syncs with X: X learns what Y holds from Y's bundle and sends all it lacks
    _send(y, x, stick)
    _send(x, y, stick)
    assert y.value("person", person, "id_number") == ID_NUMBER

    # T's own sign-ins still reach both station PCs
    enrolment.sign_in_participant(t.ctx, session, enrolled, datetime.combine(date.today(), time(9, 5)))
    for station in (y, x):
        result = _send(t, station, stick)
        assert result.counts["refused"] == 0 and result.counts["new"] >= 1
        assert _signed_in(station, session) == [enrolled]


def test_sign_ins_before_the_sessions_they_point_at_are_refused_cleanly(xty) -> None:
    x, t, y, stick = xty
    _person, session, enrolled = _course(x)
    _send(x, t, stick)
    enrolment.sign_in_participant(t.ctx, session, enrolled, datetime.combine(date.today(), time(9, 5)))
    bundle = sync.export_bundle(t.ctx, stick, peer_site_id=site_id(y))
    before = snapshot(y)
    with pytest.raises(ValidationError) as info:
        sync.import_bundle(y.ctx, bundle.path)
    assert info.value.code == "bundle.missing_records"
    assert snapshot(y) == before
    _send(x, y, stick)  # the station PC's file first: then the trainer's goes in
    assert sync.import_bundle(y.ctx, bundle.path).counts["refused"] == 0
    assert _signed_in(y, session) == [enrolled]


def test_an_import_from_a_trainer_laptop_refuses_other_sites_changes(xty) -> None:
    x, t, y, stick = xty
    person, _session, _enrolled = _course(x)
    _send(x, t, stick)
    settings.set_values(t.ctx, {"site.role": "station"})  # T now relays; Y enrolled it as a trainer
    bundle = sync.export_bundle(t.ctx, stick, peer_site_id=site_id(y))
    assert any(c.site_id == site_id(x) for c in _carried(bundle.path, y, t))
    preview = sync.preview_import(y.ctx, bundle.path)
    assert preview.relayed > 0 and preview.counts["refused"] >= preview.relayed
    result = sync.import_bundle(y.ctx, bundle.path)
    assert result.relayed == preview.relayed and result.counts == preview.counts
    assert y.value("person", person, "name") is None
    assert site_id(x) not in _vector(y)
    # from a sender enrolled as a station PC the same changes are taken
    assert _send(x, y, stick).relayed == 0
    assert y.value("person", person, "id_number") == ID_NUMBER


def test_a_copys_earlier_site_id_counts_as_its_own_up_to_the_copy(xty) -> None:
    x, t, _y, _stick = xty
    with t.engine.connect() as conn:
        own = own_origins(conn)
        seed = conn.exec_driver_sql("SELECT site_id FROM site_history").scalar_one()
        first_own = conn.exec_driver_sql(
            "SELECT min(hlc) FROM change_log WHERE site_id = ?", (site_id(t),)
        ).scalar_one()
        seed_newest = conn.exec_driver_sql(
            "SELECT max(hlc) FROM change_log WHERE site_id = ?", (seed,)
        ).scalar_one()
    assert set(own) == {site_id(t), seed}
    assert seed_newest <= own[seed] < first_own
    assert site_id(x) not in own
