"""The sync conventions hold for every write: stamped, logged in the same transaction, never deleted."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DatabaseError as SADatabaseError

from stationdesk.services import people, tags
from stationdesk.services.context import ServiceContext
from stationdesk.store.models import AuditEvent, ChangeLog, Person, travelling_tables


def _log_rows(ctx: ServiceContext, row_id: str) -> list[tuple[str, str | None, int]]:
    with ctx.reading() as s:
        stmt = select(ChangeLog.field, ChangeLog.value, ChangeLog.hlc).where(ChangeLog.row_id == row_id)
        return [tuple(r) for r in s.execute(stmt.order_by(ChangeLog.seq))]


def test_insert_logs_every_set_field_with_the_row_stamp(ctx: ServiceContext) -> None:
    pid = people.create(ctx, people.PersonDraft(name="李秀英", phone="13812345678", community="东湖社区"))
    with ctx.reading() as s:
        person = s.get(Person, pid)
        assert person is not None
        stamp, site = person.hlc, person.site_id
    rows = _log_rows(ctx, pid)
    fields = {f: v for f, v, _ in rows}
    assert fields["name"] == "李秀英"
    assert fields["phone"] == "13812345678"
    assert fields["community"] == "东湖社区"
    assert "birth_date" not in fields  # NULL fields are not logged on insert
    assert {h for _, _, h in rows} == {stamp}
    with ctx.reading() as s:
        sites = set(s.scalars(select(ChangeLog.site_id).where(ChangeLog.row_id == pid)))
    assert sites == {site}


def test_update_logs_only_changed_fields_with_a_newer_stamp(ctx: ServiceContext) -> None:
    pid = people.create(ctx, people.PersonDraft(name="李秀英", community="东湖社区"))
    first = _log_rows(ctx, pid)
    people.update(ctx, pid, people.PersonDraft(name="李秀英", community="西湖社区"))
    new_rows = _log_rows(ctx, pid)[len(first) :]
    changed = {f for f, _, _ in new_rows}
    assert changed == {"community", "updated_at"}
    assert min(h for _, _, h in new_rows) > max(h for _, _, h in first)


def test_raw_sql_write_is_logged_too(ctx: ServiceContext) -> None:
    """Even a write that bypasses the ORM cannot skip the change log: triggers write it."""
    pid = people.create(ctx, people.PersonDraft(name="周敏"))
    before = len(_log_rows(ctx, pid))
    with ctx.engine.begin() as conn:
        conn.execute(text("UPDATE person SET notes = 'x', hlc = hlc + 1 WHERE id = :id"), {"id": pid})
    after = _log_rows(ctx, pid)
    assert len(after) == before + 1
    assert after[-1][:2] == ("notes", "x")


def test_update_without_a_newer_stamp_is_refused(ctx: ServiceContext) -> None:
    pid = people.create(ctx, people.PersonDraft(name="周敏"))
    with pytest.raises(SADatabaseError, match="newer clock stamp"), ctx.engine.begin() as conn:
        conn.execute(update(Person).where(Person.id == pid).values(notes="sneaky"))
    assert people.get(ctx, pid).notes == ""


def test_rollback_leaves_neither_the_write_nor_its_log(ctx: ServiceContext) -> None:
    with ctx.reading() as s:
        log_before = s.scalar(select(func.count()).select_from(ChangeLog))
        people_before = s.scalar(select(func.count()).select_from(Person))

    class Boom(Exception):
        pass

    with pytest.raises(Boom), ctx.transaction() as s:
        now = datetime.now()
        s.add(Person(name="回滚", created_at=now, updated_at=now))
        s.flush()
        assert s.scalar(select(func.count()).select_from(ChangeLog)) > log_before  # written, then...
        raise Boom

    with ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == log_before
        assert s.scalar(select(func.count()).select_from(Person)) == people_before


@pytest.mark.parametrize("table", sorted(travelling_tables()))
def test_travelling_rows_are_never_hard_deleted(ctx: ServiceContext, table: str) -> None:
    tag_id = tags.list_tags(ctx)[0].id
    people.create(ctx, people.PersonDraft(name="周敏", tag_ids=[tag_id]))
    with ctx.engine.connect() as conn:
        trigger = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
            {"n": f"trg_{table}_no_delete"},
        ).scalar()
        has_rows = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
    assert trigger is not None and "BEFORE DELETE" in trigger
    if has_rows:  # tables this fixture fills: the trigger really refuses
        with pytest.raises(SADatabaseError, match="never deleted"), ctx.engine.begin() as conn:
            conn.execute(text(f"DELETE FROM {table}"))


def test_orm_delete_of_a_travelling_record_is_refused(ctx: ServiceContext) -> None:
    pid = people.create(ctx, people.PersonDraft(name="周敏"))
    with pytest.raises(RuntimeError, match="tombstone"), ctx.transaction() as s:
        s.delete(s.get(Person, pid))
    assert people.get(ctx, pid).row.name == "周敏"


def test_insert_only_facts_cannot_change(ctx: ServiceContext) -> None:
    with ctx.reading() as s:
        event_id = s.scalar(select(AuditEvent.id).limit(1))
    with pytest.raises(SADatabaseError, match="never changed"), ctx.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_event SET reason = 'x', hlc = hlc + 1 WHERE id = :id"), {"id": event_id}
        )


def test_change_log_is_append_only(ctx: ServiceContext) -> None:
    for sql in ("UPDATE change_log SET value = 'x'", "DELETE FROM change_log"):
        with pytest.raises(SADatabaseError, match="append-only"), ctx.engine.begin() as conn:
            conn.execute(text(sql))


def test_every_model_field_is_logged(ctx: ServiceContext) -> None:
    """The triggers (frozen in migrations) cover every column the models have now."""
    with ctx.engine.connect() as conn:
        triggers = dict(
            conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all()
        )
    for table, (kind, fields) in travelling_tables().items():
        insert_sql = triggers[f"trg_{table}_log_insert"]
        for field in fields:
            assert f"NEW.{field} AS v" in insert_sql, (table, field)
        if kind == "synced":
            assert all(f"OLD.{f} IS NOT NEW.{f}" in triggers[f"trg_{table}_log_update"] for f in fields)
        else:
            assert f"trg_{table}_no_update" in triggers


def test_stamps_strictly_increase_across_writes(ctx: ServiceContext) -> None:
    ids = [people.create(ctx, people.PersonDraft(name=f"测试{i}")) for i in range(5)]
    with ctx.reading() as s:
        stamps = [s.get(Person, i).hlc for i in ids]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_a_record_stamped_ahead_of_this_clock_can_still_be_edited(ctx: ServiceContext) -> None:
    """A stamp from another site (or another program on this file) may be ahead of our clock."""
    pid = people.create(ctx, people.PersonDraft(name="周敏"))
    with ctx.reading() as s:
        ahead = s.get(Person, pid).hlc + (10**6 << 16)  # about 17 minutes ahead
    with ctx.engine.begin() as conn:
        conn.execute(text("UPDATE person SET hlc = :h WHERE id = :id"), {"h": ahead, "id": pid})
    people.update(ctx, pid, people.PersonDraft(name="周敏", community="东湖社区"))
    with ctx.reading() as s:
        assert s.get(Person, pid).hlc > ahead
    assert people.get(ctx, pid).row.community == "东湖社区"
