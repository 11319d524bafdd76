from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, audit_query, follow_ups, needs, people, reception
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.store.models import AuditEvent, ChangeLog, FollowUp, User

TODAY = date.today()


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


@dataclass(frozen=True)
class Env:
    users: dict[str, str]
    wang: str
    li: str


@pytest.fixture
def env(ctx: ServiceContext) -> Env:
    with ctx.reading() as s:
        users = {name: id_ for name, id_ in s.execute(select(User.username, User.id))}
    wang = people.create(ctx, people.PersonDraft(name="王芳"))
    li = people.create(ctx, people.PersonDraft(name="李强"))
    return Env(users, wang, li)


def _writes(ctx: ServiceContext) -> tuple[int, int, int]:
    with ctx.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(FollowUp)) or 0,
            s.scalar(select(func.count()).where(ChangeLog.table_name != "audit_event")) or 0,
            s.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def _get(ctx: ServiceContext, follow_up_id: str) -> FollowUp:
    with ctx.reading() as s:
        follow_up = s.get(FollowUp, follow_up_id)
        assert follow_up is not None
        return follow_up


def test_the_queue_is_by_due_date_with_overdue_flags_and_days_left(ctx: ServiceContext, env: Env) -> None:
    later = follow_ups.create(ctx, env.wang, env.users["staff"], days(10), "送慰问品")
    soon = follow_ups.create(ctx, env.li, env.users["admin"], days(3), "电话回访")
    due = follow_ups.create(ctx, env.wang, env.users["staff"], days(5), "核实材料")
    rows = follow_ups.queue(ctx, today=days(5))  # seen five days from now
    assert [r.id for r in rows] == [soon, due, later]
    assert [(r.overdue, r.days_left) for r in rows] == [(True, -2), (False, 0), (False, 5)]
    first = rows[0]
    assert (first.person_id, first.person_name, first.due_on, first.note) == (
        env.li,
        "李强",
        days(3),
        "电话回访",
    )
    assert (first.owner_id, first.owner_name, first.status) == (env.users["admin"], "王站长", "open")
    assert [(r.overdue, r.days_left) for r in follow_ups.queue(ctx)] == [(False, 3), (False, 5), (False, 10)]


def test_the_queue_of_one_owner_and_mine(ctx: ServiceContext, env: Env) -> None:
    follow_ups.create(ctx, env.wang, env.users["staff"], days(10), "送慰问品")
    follow_ups.create(ctx, env.li, env.users["admin"], days(3), "电话回访")
    follow_ups.create(ctx, env.wang, env.users["staff"], days(1), "核实材料")
    assert [r.note for r in follow_ups.queue(ctx, owner_id=env.users["staff"])] == ["核实材料", "送慰问品"]
    assert [r.note for r in follow_ups.mine(ctx)] == ["电话回访"]
    sign_in_as(ctx, Role.STAFF)
    mine = follow_ups.mine(ctx, today=days(4))
    assert [(r.note, r.overdue, r.days_left) for r in mine] == [
        ("核实材料", True, -3),
        ("送慰问品", False, 6),
    ]


def test_done_ones_show_only_when_asked_and_are_never_overdue(ctx: ServiceContext, env: Env) -> None:
    done = follow_ups.create(ctx, env.wang, env.users["admin"], days(1), "电话回访")
    follow_ups.complete(ctx, done, "已回访，情况稳定")
    open_one = follow_ups.create(ctx, env.wang, env.users["admin"], days(2), "上门")
    assert [r.id for r in follow_ups.queue(ctx)] == [open_one]
    rows = follow_ups.queue(ctx, include_done=True, today=days(9))
    assert [(r.id, r.status, r.overdue, r.days_left) for r in rows] == [
        (done, "done", False, -8),
        (open_one, "open", True, -7),
    ]


def test_an_anonymous_walk_ins_follow_up_has_no_name(ctx: ServiceContext, env: Env) -> None:
    category = needs.list_categories(ctx)[0].id
    reception.record_walk_in(
        ctx,
        reception.WalkInDraft(person_id=None, anonymous_sex="F", anonymous_age_band="80+",
                              category_ids=[category], outcome="follow_up",
                              follow_up_owner_id=env.users["staff"], follow_up_due=days(2)),
    )  # fmt: skip
    (row,) = follow_ups.queue(ctx)
    assert (row.person_id, row.person_name, row.owner_name) == (None, "", "staff user")


def test_create_for_a_walk_in_takes_its_person(ctx: ServiceContext, env: Env) -> None:
    category = needs.list_categories(ctx)[0].id
    walk_in_id = reception.record_walk_in(
        ctx, reception.WalkInDraft(person_id=env.li, category_ids=[category], outcome="resolved")
    )
    follow_up_id = follow_ups.create(ctx, None, env.users["staff"], days(1), "回访", walk_in_id=walk_in_id)
    follow_up = _get(ctx, follow_up_id)
    assert (follow_up.person_id, follow_up.walk_in_id, follow_up.created_by) == (
        env.li, walk_in_id, env.users["admin"],
    )  # fmt: skip
    before = _writes(ctx)
    with pytest.raises(ValidationError) as info:
        follow_ups.create(ctx, env.wang, env.users["staff"], days(1), "回访", walk_in_id=walk_in_id)
    assert info.value.code == "followup.person_mismatch"
    with pytest.raises(NotFound):
        follow_ups.create(ctx, None, env.users["staff"], days(1), "回访", walk_in_id="no-such-walk-in")
    assert _writes(ctx) == before


def test_create_refuses_bad_input_and_writes_nothing(ctx: ServiceContext, env: Env) -> None:
    accounts.update_user(ctx, env.users["staff"], display_name="离职社工", role=Role.STAFF, active=False)
    cases: list[tuple[str, Callable[[], object]]] = [
        ("followup.owner_required", lambda: follow_ups.create(ctx, env.wang, None, days(1), "x")),
        ("followup.owner_required", lambda: follow_ups.create(ctx, env.wang, "nobody", days(1), "x")),
        (
            "followup.owner_required",
            lambda: follow_ups.create(ctx, env.wang, env.users["staff"], days(1), "x"),
        ),
        (
            "followup.owner_required",
            lambda: follow_ups.create(ctx, env.wang, env.users["viewer"], days(1), "x"),
        ),
        (
            "followup.owner_required",
            lambda: follow_ups.create(ctx, env.wang, env.users["trainer"], days(1), "x"),
        ),
        ("followup.due_required", lambda: follow_ups.create(ctx, env.wang, env.users["admin"], None, "x")),
        ("followup.due_in_past", lambda: follow_ups.create(ctx, env.wang, env.users["admin"], days(-1), "x")),
        ("followup.person_required", lambda: follow_ups.create(ctx, None, env.users["admin"], days(1), "x")),
    ]
    before = _writes(ctx)
    for code, call in cases:
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.code == code
        assert _writes(ctx) == before, code
    people.remove(ctx, env.li, "重复登记")
    before = _writes(ctx)
    with pytest.raises(NotFound):
        follow_ups.create(ctx, env.li, env.users["admin"], days(1), "x")
    assert _writes(ctx) == before


def test_complete_needs_a_note_and_happens_once(ctx: ServiceContext, env: Env) -> None:
    follow_up_id = follow_ups.create(ctx, env.wang, env.users["staff"], days(2), "电话回访")
    before = _writes(ctx)
    with pytest.raises(ValidationError) as info:
        follow_ups.complete(ctx, follow_up_id, "  \n")
    assert info.value.code == "followup.note_required"
    assert _writes(ctx) == before
    follow_ups.complete(ctx, follow_up_id, " 已回访，困难已解决 ")
    done = _get(ctx, follow_up_id)
    assert (done.status, done.done_note) == ("done", "已回访，困难已解决")
    assert done.done_at is not None and datetime.now() - done.done_at < timedelta(minutes=1)
    entry = audit_query.recent(ctx, 1)[0]
    assert (entry.action, entry.record_id) == ("follow_up.complete", follow_up_id)
    before = _writes(ctx)
    with pytest.raises(ValidationError) as info:
        follow_ups.complete(ctx, follow_up_id, "再办一次")
    assert info.value.code == "followup.already_done"
    with pytest.raises(ValidationError) as info:
        follow_ups.reassign(ctx, follow_up_id, env.users["admin"])
    assert info.value.code == "followup.already_done"
    assert _writes(ctx) == before
    with pytest.raises(NotFound):
        follow_ups.complete(ctx, "no-such-follow-up", "x")


def test_reassign_hands_over_and_is_audited(ctx: ServiceContext, env: Env) -> None:
    follow_up_id = follow_ups.create(ctx, env.wang, env.users["admin"], days(2), "电话回访")
    before = _writes(ctx)
    for owner in (env.users["viewer"], env.users["trainer"], "nobody"):
        with pytest.raises(ValidationError) as info:
            follow_ups.reassign(ctx, follow_up_id, owner)
        assert info.value.code == "followup.owner_required"
    assert _writes(ctx) == before
    follow_ups.reassign(ctx, follow_up_id, env.users["staff"])
    assert [r.owner_name for r in follow_ups.queue(ctx, owner_id=env.users["staff"])] == ["staff user"]
    assert follow_ups.mine(ctx) == []
    entry = audit_query.recent(ctx, 1)[0]
    assert (entry.action, entry.record_id, entry.detail) == (
        "follow_up.reassign",
        follow_up_id,
        "admin -> staff",
    )
    before = _writes(ctx)
    follow_ups.reassign(ctx, follow_up_id, env.users["staff"])  # already theirs: nothing to write
    assert _writes(ctx) == before


def _calls(env: Env, follow_up_id: str) -> dict[str, Callable[[ServiceContext], object]]:
    return {
        "queue": lambda c: follow_ups.queue(c),
        "mine": lambda c: follow_ups.mine(c),
        "create": lambda c: follow_ups.create(c, env.wang, env.users["staff"], days(1), "回访"),
        "complete": lambda c: follow_ups.complete(c, follow_up_id, "已办"),
        "reassign": lambda c: follow_ups.reassign(c, follow_up_id, env.users["admin"]),
    }


ALLOWED = {
    Role.ADMIN: {"queue", "mine", "create", "complete", "reassign"},
    Role.STAFF: {"queue", "mine", "create", "complete", "reassign"},
    Role.VIEWER: {"queue", "mine"},
    Role.TRAINER: set(),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("call", ["queue", "mine", "create", "complete", "reassign"])
def test_who_may_see_and_work_the_queue(ctx: ServiceContext, env: Env, role: Role, call: str) -> None:
    follow_up_id = follow_ups.create(ctx, env.wang, env.users["staff"], days(1), "回访")
    sign_in_as(ctx, role)
    if call in ALLOWED[role]:
        _calls(env, follow_up_id)[call](ctx)
        return
    before = _writes(ctx)
    with pytest.raises(PermissionDenied) as info:
        _calls(env, follow_up_id)[call](ctx)
    assert info.value.code == "auth.forbidden"
    count, changes, audits = before
    assert _writes(ctx) == (count, changes, audits + 1)  # only the refusal is logged


def test_workers_lists_active_users_who_may_record_reception_work(ctx: ServiceContext) -> None:
    names = {worker.display_name for worker in follow_ups.workers(ctx)}
    roles = {user.display_name: user.role for user in accounts.list_users(ctx)}
    assert names == {name for name, role in roles.items() if role in (Role.ADMIN, Role.STAFF)}
    staff = next(user for user in accounts.list_users(ctx) if user.role == Role.STAFF)
    accounts.update_user(ctx, staff.id, display_name=staff.display_name, role=Role.STAFF, active=False)
    assert staff.display_name not in {worker.display_name for worker in follow_ups.workers(ctx)}
