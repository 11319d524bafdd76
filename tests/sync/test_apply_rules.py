"""The merge, rule by rule, between copies of one seed station."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sync_sites import Site

from stationdesk.sync.apply import apply_changes
from stationdesk.sync.changes import export_changes, knowledge_vector
from stationdesk.sync.changeset import Change, ChangeSet, decode


def _sql(site: Site, sql: str, **params: object) -> list[tuple]:
    with site.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def test_a_new_row_arrives_with_its_stamp_and_log_rows(sites: list[Site]) -> None:
    a, b, _ = sites
    tag = a.insert("tag", name="低保", sort_order=3)
    result = b.apply(a.export())
    assert result.new >= 1 and result.conflicts == 0 and result.refused == 0
    assert _sql(b, "SELECT name, sort_order, hlc, site_id FROM tag WHERE id = :i", i=tag) == _sql(
        a, "SELECT name, sort_order, hlc, site_id FROM tag WHERE id = :i", i=tag
    )
    log = "SELECT field, value, hlc, site_id FROM change_log WHERE row_id = :i ORDER BY field"
    assert _sql(b, log, i=tag) == _sql(a, log, i=tag)


def test_reimport_changes_nothing_and_says_so(sites: list[Site]) -> None:
    a, b, _ = sites
    a.insert("tag", name="特困")
    payload = a.export()
    b.apply(payload)
    before = b.dump(), _sql(b, "SELECT count(*) FROM change_log")
    again = b.apply(payload)
    assert (again.new, again.updated, again.conflicts) == (0, 0, 0) and again.unchanged > 0
    assert (b.dump(), _sql(b, "SELECT count(*) FROM change_log")) == before


def test_the_later_stamp_wins_whichever_arrives_first(sites: list[Site]) -> None:
    a, b, c = sites
    tag = a.insert("tag", name="v0")
    for s in (b, c):
        s.apply(a.export())
    a.update("tag", tag, name="from-a")
    b.update("tag", tag, name="from-b")  # later stamp
    pa, pb = a.export(), b.export()
    c.apply(pb)
    c.apply(pa)
    a.apply(pb)
    b.apply(pa)
    assert (
        a.value("tag", tag, "name") == b.value("tag", tag, "name") == c.value("tag", tag, "name") == "from-b"
    )


def test_row_stamp_is_the_newest_of_its_fields(sites: list[Site]) -> None:
    a, b, _ = sites
    tag = a.insert("tag", name="x")
    b.apply(a.export())
    a.update("tag", tag, name="y")
    b.update("tag", tag, sort_order=9)
    b.apply(a.export())
    a.apply(b.export())
    row = "SELECT name, sort_order, hlc, site_id FROM tag WHERE id = :i"
    assert _sql(a, row, i=tag) == _sql(b, row, i=tag)
    assert _sql(a, row, i=tag)[0][:2] == ("y", 9)


def test_concurrent_edits_keep_the_winner_and_record_a_conflict(sites: list[Site]) -> None:
    a, b, _ = sites
    tag = a.insert("tag", name="v0")
    b.apply(a.export())
    a.update("tag", tag, name="from-a")
    b.update("tag", tag, name="from-b")
    result = a.apply(b.export())
    assert result.conflicts == 1
    rows = _sql(a, "SELECT field, kept_value, other_value, kept_site FROM sync_conflict")
    assert rows == [("name", "from-b", "from-a", b.stamper.site_id)]


def test_an_edit_the_sender_knew_of_is_no_conflict(sites: list[Site]) -> None:
    a, b, _ = sites
    tag = a.insert("tag", name="v0")
    b.apply(a.export())
    a.update("tag", tag, name="from-a")
    b.apply(a.export())
    b.update("tag", tag, name="from-b, after seeing a")
    result = a.apply(b.export())
    assert result.conflicts == 0 and result.updated == 1
    assert a.value("tag", tag, "name") == "from-b, after seeing a"


def test_an_edit_meeting_a_tombstone_is_a_conflict(sites: list[Site]) -> None:
    a, b, _ = sites
    tag = a.insert("tag", name="v0")
    b.apply(a.export())
    a.update("tag", tag, deleted=1)
    b.update("tag", tag, name="edited")
    result = a.apply(b.export())
    assert result.conflicts == 1
    assert _sql(a, "SELECT field, kept_value, other_value FROM sync_conflict") == [("deleted", "1", "0")]
    other = b.apply(a.export())
    assert other.conflicts == 0 or other.conflicts == 1
    assert a.value("tag", tag, "deleted") == b.value("tag", tag, "deleted") == 1


def test_insert_only_facts_are_unioned_once_via_two_paths(sites: list[Site]) -> None:
    a, b, c = sites
    event = a.insert("audit_event", at="2026-01-01 10:00:00.000000", action="login", detail="x")
    b.apply(a.export())
    c.apply(a.export())
    c.apply(b.export())
    assert _sql(c, "SELECT count(*) FROM audit_event WHERE id = :i", i=event) == [(1,)]
    assert _sql(c, "SELECT count(*) FROM change_log WHERE row_id = :i", i=event) == _sql(
        a, "SELECT count(*) FROM change_log WHERE row_id = :i", i=event
    )


def test_unknown_tables_and_fields_and_forbidden_ones_are_refused(sites: list[Site]) -> None:
    a, b, _ = sites
    vector = knowledge_vector_of(a)
    bad = ChangeSet(
        a.stamper.site_id,
        vector,
        [
            Change("no_such_table", "r", "f", "x", 1, "s"),
            Change("tag", "r9", "no_such_field", "x", 1, "s"),
            Change("local_site", "r", "site_id", "x", 1, "s"),
            Change("change_log", "r", "value", "x", 1, "s"),
        ],
    )
    before = b.dump()
    assert b.apply(bad).refused == 4
    assert b.dump() == before
    person = Change("person", "p1", "id_number", "330482199001011234", 5, a.stamper.site_id)
    walk_in = Change("walk_in", "w1", "note", "x", 5, a.stamper.site_id)
    result = b.apply(ChangeSet(a.stamper.site_id, vector, [person, walk_in]), sender_role="trainer")
    assert result.refused == 2 and b.dump() == before


def knowledge_vector_of(site: Site) -> dict[str, int]:
    with site.engine.connect() as conn:
        return knowledge_vector(conn)


def test_dry_run_classifies_alike_and_writes_nothing(sites: list[Site]) -> None:
    a, b, _ = sites
    tag = a.insert("tag", name="v0")
    b.apply(a.export())
    a.update("tag", tag, name="from-a")
    b.update("tag", tag, name="from-b")
    a.insert("tag", name="new one")
    payload = a.export()
    before = b.dump(), _sql(b, "SELECT count(*) FROM change_log"), _sql(b, "SELECT * FROM sync_conflict")
    dry = b.apply(payload, dry_run=True)
    assert (
        b.dump(),
        _sql(b, "SELECT count(*) FROM change_log"),
        _sql(b, "SELECT * FROM sync_conflict"),
    ) == before
    assert _sql(b, "SELECT applying FROM sync_state") == [(0,)]
    real = b.apply(payload)
    assert dry.counts() == real.counts() and real.new >= 1 and real.conflicts == 1


def test_the_clock_moves_past_what_arrived(sites: list[Site]) -> None:
    a, b, _ = sites
    a.stamper.clock.observe(b.stamper.clock.last + (365 * 24 * 3600 * 1000 << 16))  # a year ahead
    tag = a.insert("tag", name="ahead")
    b.apply(a.export())
    b.update("tag", tag, name="later edit behind the clock")
    a.apply(b.export())
    assert a.value("tag", tag, "name") == "later edit behind the clock"


def test_a_failure_mid_apply_leaves_nothing(sites: list[Site]) -> None:
    a, b, _ = sites
    for i in range(30):
        a.insert("tag", name=f"t{i}")
    changes = list(decode(a.export()).changes)

    def boom():
        yield from changes[: len(changes) // 2]
        raise RuntimeError("stick pulled out")

    before = b.dump(), _sql(b, "SELECT count(*) FROM change_log")
    with pytest.raises(RuntimeError):
        apply_changes(b.engine, ChangeSet(a.stamper.site_id, {}, boom()))
    assert (b.dump(), _sql(b, "SELECT count(*) FROM change_log")) == before
    assert _sql(b, "SELECT applying FROM sync_state") == [(0,)]
    tag = b.insert("tag", name="local write after the failure is logged")
    assert _sql(b, "SELECT count(*) FROM change_log WHERE row_id = :i", i=tag)[0][0] >= 1


def test_incremental_export_carries_only_what_is_new(sites: list[Site]) -> None:
    a, b, _ = sites
    b.apply(a.export())
    ack = knowledge_vector_of(b)
    tag = a.insert("tag", name="only me")
    changes = export_changes(a.engine, ack).changes
    assert {c.row_id for c in changes} == {tag}


def test_the_trainer_audience_gets_no_id_numbers_needs_or_visits(sites: list[Site]) -> None:
    a, b, _ = sites
    enrolled = a.insert(
        "person", name="学员", id_number="330482199001011234", phone="13800000000", notes="秘密"
    )
    a.insert("person", name="旁人", id_number="330482199001015678")
    user = _sql(a, "SELECT id FROM app_user")[0][0]
    prog = a.insert(
        "programme", name="课程", kind="course", rule_kind="share", rule_value=80, created_by=user
    )
    a.insert(
        "enrolment",
        programme_id=prog,
        person_id=enrolled,
        signin_code="ABC123",
        source="registry",
        enrolled_at="2026-01-01 00:00:00.000000",
    )
    a.insert(
        "walk_in", arrived_at="2026-01-01 09:00:00.000000", outcome="done", owner_id=user, recorded_by=user
    )
    cs = export_changes(a.engine, {}, "trainer")
    tables_fields = {(c.table, c.field) for c in cs.changes}
    assert {t for t, _ in tables_fields} <= {
        "station",
        "programme",
        "training_session",
        "enrolment",
        "session_attendance",
        "app_user",
        "person",
    }
    assert ("person", "id_number") not in tables_fields and ("person", "notes") not in tables_fields
    assert ("app_user", "password_hash") not in tables_fields
    assert {c.row_id for c in cs.changes if c.table == "person"} == {enrolled}
    result = b.apply(cs, sender_role="station")
    assert result.refused == 0
    assert b.value("person", enrolled, "name") == "学员" and b.value("person", enrolled, "id_number") is None


def test_an_applied_bundle_is_remembered_with_its_counts(sites: list[Site]) -> None:
    from stationdesk.sync.apply import applied_before

    a, b, _ = sites
    a.insert("tag", name="x")
    assert applied_before(b.engine, "bundle-1") is None
    result = b.apply(a.export(), bundle_id="bundle-1")
    record = applied_before(b.engine, "bundle-1")
    assert record is not None and record["sender_site_id"] == a.stamper.site_id
    assert record["new"] == result.new and record["refused"] == 0
    assert applied_before(b.engine, "bundle-2") is None


def test_a_big_import_rebuilds_the_log_indexes_it_dropped(sites: list[Site], monkeypatch) -> None:
    from stationdesk.sync import apply

    a, b, _ = sites
    for i in range(50):
        a.insert("tag", name=f"t{i}")
    monkeypatch.setattr(apply, "_BULK_AFTER", 10)
    monkeypatch.setattr(apply, "_BULK_SHARE", 0)
    monkeypatch.setattr(apply, "_BATCH", 5)
    result = b.apply(a.export())
    assert result.new >= 50
    names = {
        r[0]
        for r in _sql(b, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'change_log'")
    }
    assert {"ix_change_log_hlc", "ix_change_log_site_hlc", "ix_change_log_field"} <= names
    assert _sql(b, "PRAGMA integrity_check") == [("ok",)]
    assert a.dump()["tag"] == b.dump()["tag"]


def test_a_big_import_meeting_rows_held_before_merges_them_along_the_rebuilt_index(
    sites: list[Site], monkeypatch
) -> None:
    from stationdesk.sync import apply

    a, b, _ = sites
    old = [a.insert("tag", id=f"ffffffff-ffff-4fff-8fff-00000000000{i}", name=f"old{i}") for i in range(3)]
    b.apply(a.export())
    for i in range(50):
        a.insert("tag", name=f"t{i}")  # random ids: they sort before the old ones
    for i, row_id in enumerate(old):
        a.update("tag", row_id, name=f"renamed{i}")
    restored: list[tuple[list[str], bool]] = []
    real_restore = apply._restore

    def spy(ctx, names):
        names = list(names)
        restored.append((names, apply._LOOKUP in ctx.dropped))
        real_restore(ctx, names)

    monkeypatch.setattr(apply, "_restore", spy)
    monkeypatch.setattr(apply, "_BULK_AFTER", 10)
    monkeypatch.setattr(apply, "_BULK_SHARE", 0)
    monkeypatch.setattr(apply, "_BATCH", 5)
    result = b.apply(a.export())
    assert (result.new, result.updated, result.conflicts) == (50, 3, 0)
    assert ([apply._LOOKUP], True) in restored  # dropped, then back before the first merge
    assert {b.value("tag", row_id, "name") for row_id in old} == {"renamed0", "renamed1", "renamed2"}
    assert _sql(b, "PRAGMA integrity_check") == [("ok",)]
    assert a.dump()["tag"] == b.dump()["tag"]


def test_a_unique_value_held_here_by_another_row_is_refused_alone(sites: list[Site]) -> None:
    a, b, _ = sites
    mine = b.insert("app_user", username="clerk", display_name="B's clerk", role="staff")
    theirs = a.insert("app_user", username="clerk", display_name="A's clerk", role="staff")
    result = b.apply(a.export())
    assert result.refused == 1  # the row arrives, its user name stands aside
    assert b.value("app_user", theirs, "username") == theirs
    assert b.value("app_user", mine, "username") == "clerk"
    other = a.insert("app_user", username="typist", display_name="A's typist", role="staff")
    b.apply(a.export())
    a.update("app_user", other, username="clerk2", display_name="A's typist, renamed")
    b.update("app_user", mine, username="clerk2")
    result = b.apply(a.export())
    assert result.refused == 1 and result.updated == 1
    assert b.value("app_user", other, "username") == "typist"  # kept: "clerk2" is taken here
    assert b.value("app_user", other, "display_name") == "A's typist, renamed"
