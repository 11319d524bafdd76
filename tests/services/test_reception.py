from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select, text

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, audit_query, follow_ups, needs, partners, people, reception
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.reception import WalkInDraft
from stationdesk.services.referrals import ReferralDraft
from stationdesk.store.models import (
    AuditEvent,
    ChangeLog,
    FollowUp,
    Partner,
    Referral,
    User,
    WalkIn,
    WalkInNeed,
)

TODAY = date.today()
DAY = TODAY - timedelta(days=3)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm))


@dataclass(frozen=True)
class Env:
    users: dict[str, str]  # username -> id
    cats: dict[str, str]  # category name -> id
    wang: str
    li: str


@pytest.fixture
def env(ctx: ServiceContext) -> Env:
    with ctx.reading() as s:
        users = {name: id_ for name, id_ in s.execute(select(User.username, User.id))}
    cats = {c.name: c.id for c in needs.list_categories(ctx)}
    wang = people.create(ctx, people.PersonDraft(name="王芳", phone="13957312345"))
    li = people.create(ctx, people.PersonDraft(name="李强"))
    return Env(users, cats, wang, li)


def draft(env: Env, *names: str, **changes: object) -> WalkInDraft:
    base = WalkInDraft(
        person_id=env.wang,
        category_ids=[env.cats[n] for n in names or ("政策咨询",)],
        note="问低保申请",
        outcome="resolved",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _writes(ctx: ServiceContext) -> dict[str, int]:
    """Row counts; the change log without the audit log's own rows, so it also catches updates."""
    tables = {"walk_in": WalkIn, "walk_in_need": WalkInNeed, "follow_up": FollowUp, "audit": AuditEvent}
    with ctx.reading() as s:
        counts = {name: s.scalar(select(func.count()).select_from(t)) or 0 for name, t in tables.items()}
        changes = select(func.count()).where(ChangeLog.table_name != "audit_event")
        counts["change_log"] = s.scalar(changes) or 0
        return counts


def _follow_ups(ctx: ServiceContext, walk_in_id: str) -> list[FollowUp]:
    with ctx.reading() as s:
        return list(s.scalars(select(FollowUp).where(FollowUp.walk_in_id == walk_in_id)))


# --- recording -------------------------------------------------------------------------------


def test_a_walk_in_shows_in_todays_list(ctx: ServiceContext, env: Env) -> None:
    walk_in_id = reception.record_walk_in(ctx, draft(env, "政策咨询", "心理疏导"))
    (row,) = reception.today(ctx)
    assert row.id == walk_in_id and row.person_id == env.wang and row.person_name == "王芳"
    assert row.categories == "心理疏导、政策咨询"  # the list's order, not the order picked
    assert (row.outcome, row.owner_name) == ("resolved", "王站长")  # the signed-in user owns it
    assert (row.anonymous_sex, row.anonymous_age_band) == ("", "")
    assert datetime.now() - row.arrived_at < timedelta(minutes=1)
    assert _follow_ups(ctx, walk_in_id) == []
    with ctx.reading() as s:
        walk_in = s.get(WalkIn, walk_in_id)
        assert walk_in is not None
        assert walk_in.recorded_by == env.users["admin"] and walk_in.note == "问低保申请"


def test_an_anonymous_walk_in(ctx: ServiceContext, env: Env) -> None:
    reception.record_walk_in(ctx, draft(env, person_id=None, anonymous_sex="F", anonymous_age_band="60-79"))
    (row,) = reception.today(ctx)
    assert (row.person_id, row.person_name, row.anonymous_sex, row.anonymous_age_band) == (
        None, "", "F", "60-79",
    )  # fmt: skip


def test_anonymous_fields_are_dropped_when_a_person_is_picked(ctx: ServiceContext, env: Env) -> None:
    reception.record_walk_in(ctx, draft(env, anonymous_sex="M", anonymous_age_band="18-34"))
    (row,) = reception.today(ctx)
    assert (row.person_name, row.anonymous_sex, row.anonymous_age_band) == ("王芳", "", "")


def test_age_bands_cover_every_age_once() -> None:
    assert reception.AGE_BANDS == ("0-13", "14-17", "18-34", "35-59", "60-79", "80+")


def test_another_owner_and_an_earlier_arrival(ctx: ServiceContext, env: Env) -> None:
    reception.record_walk_in(ctx, draft(env, owner_id=env.users["staff"], arrived_at=at(DAY, 9, 30)))
    (row,) = reception.today(ctx, DAY)
    assert (row.owner_name, row.arrived_at) == ("staff user", at(DAY, 9, 30))
    assert reception.today(ctx) == []


def test_a_follow_up_outcome_creates_exactly_one_follow_up(ctx: ServiceContext, env: Env) -> None:
    due = TODAY + timedelta(days=7)
    walk_in_id = reception.record_walk_in(
        ctx,
        draft(env, outcome="follow_up", follow_up_owner_id=env.users["staff"], follow_up_due=due,
              follow_up_note=" 上门核实家庭情况 "),
    )  # fmt: skip
    (follow_up,) = _follow_ups(ctx, walk_in_id)
    assert (follow_up.owner_id, follow_up.due_on, follow_up.note, follow_up.person_id) == (
        env.users["staff"], due, "上门核实家庭情况", env.wang,
    )  # fmt: skip
    assert (follow_up.status, follow_up.created_by, follow_up.deleted) == ("open", env.users["admin"], False)
    with ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(FollowUp)) == 1


def test_a_follow_up_may_be_due_today(ctx: ServiceContext, env: Env) -> None:
    walk_in_id = reception.record_walk_in(
        ctx, draft(env, outcome="follow_up", follow_up_owner_id=env.users["admin"], follow_up_due=TODAY)
    )
    assert len(_follow_ups(ctx, walk_in_id)) == 1


def _partner(ctx: ServiceContext) -> str:
    return partners.add_partner(ctx, partners.PartnerDraft(name="平湖市民政局", kind="relief_department"))


def _referral_draft(partner_id: str, consent: bool = True) -> ReferralDraft:
    # person_id and walk_in_id are filled in by record_walk_in
    return ReferralDraft(person_id="", partner_id=partner_id, need="申请低保", consent_given=consent)


def test_a_referred_outcome_sends_its_referral_in_the_same_transaction(ctx: ServiceContext, env: Env) -> None:
    partner_id = _partner(ctx)
    walk_in_id = reception.record_walk_in(
        ctx, draft(env, outcome="referred", referral=_referral_draft(partner_id))
    )
    assert reception.today(ctx)[0].outcome == "referred"
    assert _follow_ups(ctx, walk_in_id) == []
    with ctx.reading() as s:
        (referral,) = s.scalars(select(Referral))
    assert (referral.walk_in_id, referral.person_id, referral.status) == (walk_in_id, env.wang, "sent")


def test_a_refused_referral_leaves_no_walk_in(ctx: ServiceContext, env: Env) -> None:
    partner_id = _partner(ctx)
    sign_in_as(ctx, Role.STAFF)  # staff may not override a missing consent
    before = _writes(ctx)
    with pytest.raises(ValidationError) as info:
        reception.record_walk_in(
            ctx, draft(env, outcome="referred", referral=_referral_draft(partner_id, consent=False))
        )
    assert info.value.code == "referral.consent_required"
    assert _writes(ctx) == before
    with ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Referral)) == 0


def test_repeated_categories_are_stored_once(ctx: ServiceContext, env: Env) -> None:
    walk_in_id = reception.record_walk_in(ctx, draft(env, "政策咨询", "政策咨询"))
    with ctx.reading() as s:
        assert s.scalar(select(func.count()).where(WalkInNeed.walk_in_id == walk_in_id)) == 1


def _refusals(env: Env) -> list[tuple[str, dict[str, object]]]:
    follow_up = {"outcome": "follow_up", "follow_up_owner_id": env.users["staff"],
                 "follow_up_due": TODAY + timedelta(days=3)}  # fmt: skip
    return [
        ("walkin.person_or_anonymous", {"person_id": None}),
        ("walkin.person_or_anonymous", {"person_id": None, "anonymous_sex": "M"}),
        ("walkin.person_or_anonymous", {"person_id": None, "anonymous_age_band": "18-34"}),
        (
            "walkin.person_or_anonymous",
            {"person_id": None, "anonymous_sex": "X", "anonymous_age_band": "18-34"},
        ),
        (
            "walkin.person_or_anonymous",
            {"person_id": None, "anonymous_sex": "F", "anonymous_age_band": "18-35"},
        ),
        ("walkin.categories_required", {"category_ids": []}),
        ("walkin.categories_required", {"category_ids": [""]}),
        ("walkin.bad_outcome", {"outcome": "done"}),
        ("walkin.bad_outcome", {"outcome": ""}),
        ("walkin.future", {"arrived_at": datetime.now() + timedelta(hours=1)}),
        ("walkin.owner_required", {"owner_id": env.users["viewer"]}),
        ("walkin.owner_required", {"owner_id": env.users["trainer"]}),
        ("walkin.owner_required", {"owner_id": "no-such-user"}),
        ("followup.owner_required", {**follow_up, "follow_up_owner_id": None}),
        ("followup.owner_required", {**follow_up, "follow_up_owner_id": env.users["viewer"]}),
        ("followup.due_required", {**follow_up, "follow_up_due": None}),
        ("followup.due_in_past", {**follow_up, "follow_up_due": TODAY - timedelta(days=1)}),
        ("walkin.referral_required", {"outcome": "referred"}),
        (
            "walkin.referral_needs_person",
            {"outcome": "referred", "person_id": None, "anonymous_sex": "F", "anonymous_age_band": "60-79"},
        ),
    ]


def test_every_refusal_writes_nothing(ctx: ServiceContext, env: Env) -> None:
    before = _writes(ctx)
    for code, changes in _refusals(env):
        with pytest.raises(ValidationError) as info:
            reception.record_walk_in(ctx, draft(env, **changes))
        assert info.value.code == code, changes
        assert _writes(ctx) == before, code


def test_an_inactive_owner_is_refused(ctx: ServiceContext, env: Env) -> None:
    accounts.update_user(ctx, env.users["staff"], display_name="离职社工", role=Role.STAFF, active=False)
    before = _writes(ctx)
    with pytest.raises(ValidationError) as info:
        reception.record_walk_in(ctx, draft(env, owner_id=env.users["staff"]))
    assert info.value.code == "walkin.owner_required"
    assert _writes(ctx) == before


def test_unknown_or_removed_person_and_unknown_category_are_not_found(ctx: ServiceContext, env: Env) -> None:
    people.remove(ctx, env.li, "重复登记")
    before = _writes(ctx)
    for changes in ({"person_id": env.li}, {"person_id": "nobody"}, {"category_ids": ["nothing"]}):
        with pytest.raises(NotFound):
            reception.record_walk_in(ctx, draft(env, **changes))
    assert _writes(ctx) == before


def test_retired_categories_are_refused_for_new_walk_ins_but_old_ones_keep_them(
    ctx: ServiceContext, env: Env
) -> None:
    old = reception.record_walk_in(ctx, draft(env, "投诉建议", "政策咨询", arrived_at=at(DAY, 10)))
    needs.set_category_retired(ctx, env.cats["投诉建议"], True)
    before = _writes(ctx)
    with pytest.raises(ValidationError) as info:
        reception.record_walk_in(ctx, draft(env, "投诉建议"))
    assert (info.value.code, info.value.params) == ("walkin.retired_category", {"name": "投诉建议"})
    assert _writes(ctx) == before
    assert reception.today(ctx, DAY)[0].categories == "政策咨询、投诉建议"
    # a correction of the old walk-in may keep the retired category, but not add another one
    reception.update_walk_in(ctx, old, draft(env, "投诉建议", note="补充说明"))
    assert reception.today(ctx, DAY)[0].categories == "投诉建议"
    needs.set_category_retired(ctx, env.cats["其他"], True)
    with pytest.raises(ValidationError) as info:
        reception.update_walk_in(ctx, old, draft(env, "投诉建议", "其他"))
    assert info.value.code == "walkin.retired_category"


# --- the day's list --------------------------------------------------------------------------


def test_today_lists_only_that_day_newest_first(ctx: ServiceContext, env: Env) -> None:
    times = {
        "early": at(DAY, 8, 5),
        "late": at(DAY, 16, 45),
        "noon": at(DAY, 12, 0),
        "day before": at(DAY - timedelta(days=1), 23, 59),
        "day after": at(DAY + timedelta(days=1), 0, 0),
        "removed": at(DAY, 14, 0),
    }
    ids = {
        key: reception.record_walk_in(ctx, draft(env, note=key, arrived_at=when))
        for key, when in times.items()
    }
    reception.remove_walk_in(ctx, ids["removed"], "录重了")
    rows = reception.today(ctx, DAY)
    assert [r.id for r in rows] == [ids["late"], ids["noon"], ids["early"]]
    assert [r.arrived_at for r in rows] == [times["late"], times["noon"], times["early"]]


def test_today_queries_by_the_arrival_index(empty_ctx: ServiceContext) -> None:
    stmt = reception.today_statement(at(DAY, 0), at(DAY + timedelta(days=1), 0))
    with empty_ctx.engine.connect() as conn:
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = " | ".join(row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
    assert "SEARCH walk_in USING INDEX ix_walk_in_arrived_at" in plan, plan
    assert "SCAN walk_in" not in plan, plan


def test_today_shows_removed_persons_by_name(ctx: ServiceContext, env: Env) -> None:
    reception.record_walk_in(ctx, draft(env, person_id=env.li))
    people.remove(ctx, env.li, "重复登记")
    assert reception.today(ctx)[0].person_name == "李强"  # the history stays


# --- corrections -----------------------------------------------------------------------------


def test_update_replaces_categories_through_tombstones_and_the_change_log(
    ctx: ServiceContext, env: Env
) -> None:
    walk_in_id = reception.record_walk_in(ctx, draft(env, "政策咨询", "心理疏导", arrived_at=at(DAY, 9)))
    with ctx.reading() as s:
        seq = s.scalar(select(func.max(ChangeLog.seq)))
        links = {
            n.category_id: n.id
            for n in s.scalars(select(WalkInNeed).where(WalkInNeed.walk_in_id == walk_in_id))
        }
    reception.update_walk_in(ctx, walk_in_id, draft(env, "政策咨询", "志愿服务"))
    assert reception.today(ctx, DAY)[0].categories == "政策咨询、志愿服务"
    with ctx.reading() as s:
        logged = s.execute(
            select(ChangeLog.row_id, ChangeLog.field, ChangeLog.value)
            .where(ChangeLog.table_name == "walk_in_need", ChangeLog.seq > seq)
        ).all()  # fmt: skip
        rows = {
            n.category_id: n for n in s.scalars(select(WalkInNeed).where(WalkInNeed.walk_in_id == walk_in_id))
        }
    assert (links[env.cats["心理疏导"]], "deleted", "1") in logged  # tombstoned, not deleted
    new_link = rows[env.cats["志愿服务"]].id
    assert {(f, v) for r, f, v in logged if r == new_link} >= {
        ("walk_in_id", walk_in_id), ("category_id", env.cats["志愿服务"]), ("deleted", "0"),
    }  # fmt: skip
    assert not [r for r, _, _ in logged if r == links[env.cats["政策咨询"]]]  # kept, untouched
    # picking the tombstoned category again revives its link instead of adding a row
    reception.update_walk_in(ctx, walk_in_id, draft(env, "心理疏导"))
    with ctx.reading() as s:
        assert s.scalar(select(func.count()).where(WalkInNeed.walk_in_id == walk_in_id)) == 3
    assert reception.today(ctx, DAY)[0].categories == "心理疏导"


def test_update_keeps_owner_and_time_unless_given(ctx: ServiceContext, env: Env) -> None:
    walk_in_id = reception.record_walk_in(ctx, draft(env, owner_id=env.users["staff"], arrived_at=at(DAY, 9)))
    sign_in_as(ctx, Role.STAFF)
    reception.update_walk_in(ctx, walk_in_id, draft(env, person_id=env.li, note="更正：来人是李强"))
    (row,) = reception.today(ctx, DAY)
    assert (row.person_name, row.owner_name, row.arrived_at) == ("李强", "staff user", at(DAY, 9))
    reception.update_walk_in(ctx, walk_in_id, draft(env, owner_id=env.users["admin"], arrived_at=at(DAY, 8)))
    (row,) = reception.today(ctx, DAY)
    assert (row.person_name, row.owner_name, row.arrived_at) == ("王芳", "王站长", at(DAY, 8))


def test_a_refused_update_writes_nothing(ctx: ServiceContext, env: Env) -> None:
    walk_in_id = reception.record_walk_in(ctx, draft(env, "政策咨询", arrived_at=at(DAY, 9)))
    before = _writes(ctx)
    # A correction to "referred" is allowed without a draft: the referral is sent on its own.
    for code, changes in [r for r in _refusals(env) if r[0] != "walkin.referral_required"]:
        with pytest.raises(ValidationError) as info:
            reception.update_walk_in(ctx, walk_in_id, draft(env, "心理疏导", **changes))
        assert info.value.code == code, changes
        assert _writes(ctx) == before, code
    with pytest.raises(NotFound):
        reception.update_walk_in(ctx, "no-such-walk-in", draft(env))
    assert reception.today(ctx, DAY)[0].categories == "政策咨询"


def test_update_moves_outcome_and_follow_ups_along(ctx: ServiceContext, env: Env) -> None:
    walk_in_id = reception.record_walk_in(
        ctx, draft(env, person_id=None, anonymous_sex="M", anonymous_age_band="35-59", arrived_at=at(DAY, 9))
    )
    # the outcome becomes follow-up: one follow-up is added, a second correction adds no other
    due = TODAY + timedelta(days=2)
    to_follow_up = {"outcome": "follow_up", "follow_up_owner_id": env.users["staff"], "follow_up_due": due}
    anonymous = {"person_id": None, "anonymous_sex": "M", "anonymous_age_band": "35-59"}
    reception.update_walk_in(ctx, walk_in_id, draft(env, **anonymous, **to_follow_up))
    reception.update_walk_in(ctx, walk_in_id, draft(env, **anonymous, **to_follow_up))
    (follow_up,) = _follow_ups(ctx, walk_in_id)
    assert (follow_up.person_id, follow_up.owner_id, follow_up.due_on) == (None, env.users["staff"], due)
    # the anonymous visitor registers later: the walk-in and its follow-up move to the person
    reception.update_walk_in(ctx, walk_in_id, draft(env, outcome="follow_up"))
    (follow_up,) = _follow_ups(ctx, walk_in_id)
    assert follow_up.person_id == env.wang
    assert [r.person_name for r in follow_ups.queue(ctx)] == ["王芳"]
    # the follow-up was a mistake: changing the outcome withdraws the open follow-up
    reception.update_walk_in(ctx, walk_in_id, draft(env, outcome="resolved"))
    (follow_up,) = _follow_ups(ctx, walk_in_id)
    assert follow_up.deleted
    assert follow_ups.queue(ctx) == []


def test_a_done_follow_up_stays_when_the_outcome_changes(ctx: ServiceContext, env: Env) -> None:
    walk_in_id = reception.record_walk_in(
        ctx, draft(env, outcome="follow_up", follow_up_owner_id=env.users["admin"], follow_up_due=TODAY)
    )
    (open_one,) = _follow_ups(ctx, walk_in_id)
    follow_ups.complete(ctx, open_one.id, "已电话回访")
    reception.update_walk_in(ctx, walk_in_id, draft(env, outcome="resolved"))
    (done,) = _follow_ups(ctx, walk_in_id)
    assert (done.status, done.deleted) == ("done", False)


def test_remove_tombstones_audits_and_withdraws_open_follow_ups(ctx: ServiceContext, env: Env) -> None:
    walk_in_id = reception.record_walk_in(
        ctx, draft(env, outcome="follow_up", follow_up_owner_id=env.users["admin"], follow_up_due=TODAY)
    )
    before = _writes(ctx)
    with pytest.raises(ValidationError) as info:
        reception.remove_walk_in(ctx, walk_in_id, "  ")
    assert info.value.code == "walkin.reason_required"
    assert _writes(ctx) == before
    reception.remove_walk_in(ctx, walk_in_id, "录重了")
    assert (
        reception.today(ctx) == [] and follow_ups.queue(ctx) == [] and reception.timeline(ctx, env.wang) == []
    )
    with ctx.reading() as s:
        walk_in = s.get(WalkIn, walk_in_id)
        assert walk_in is not None and walk_in.deleted  # still there, tombstoned
    entry = audit_query.recent(ctx, 1)[0]
    assert (entry.action, entry.record_id, entry.reason) == ("walk_in.remove", walk_in_id, "录重了")
    with pytest.raises(NotFound):
        reception.remove_walk_in(ctx, walk_in_id, "再删一次")


# --- timeline --------------------------------------------------------------------------------


def _add_referral(ctx: ServiceContext, env: Env, person_id: str, sent_at: datetime, status: str) -> str:
    """Written straight to the tables: the referrals service is not this module's business."""
    with ctx.transaction() as s:
        partner = Partner(name="平湖市民政局", kind="relief", deleted=False, retired=False)
        s.add(partner)
        s.flush()
        referral = Referral(
            person_id=person_id, partner_id=partner.id, need="低保申请", status=status,
            tracking_code=f"T{sent_at:%d%H%M}", consent_given=True, sent_by=env.users["admin"],
            sent_at=sent_at, status_reason="", override_reason="", deleted=False,
        )  # fmt: skip
        s.add(referral)
        s.flush()
        return referral.id


def test_timeline_lists_everything_of_one_person_newest_first(ctx: ServiceContext, env: Env) -> None:
    first = reception.record_walk_in(ctx, draft(env, "政策咨询", note="问低保", arrived_at=at(DAY, 9)))
    follow_up = {"outcome": "follow_up", "follow_up_owner_id": env.users["staff"],
                 "follow_up_due": TODAY + timedelta(days=5), "follow_up_note": "电话回访"}  # fmt: skip
    second = reception.record_walk_in(
        ctx,
        draft(
            env, "救助申请/转介", "心理疏导", note="", arrived_at=at(DAY + timedelta(days=1), 10), **follow_up
        ),
    )
    referral = _add_referral(ctx, env, env.wang, at(DAY, 9, 20), "accepted")
    done = follow_ups.create(ctx, env.wang, env.users["admin"], TODAY, "送材料")
    follow_ups.complete(ctx, done, "材料已送达")
    reception.record_walk_in(ctx, draft(env, person_id=env.li, arrived_at=at(DAY, 11)))  # someone else
    _add_referral(ctx, env, env.li, at(DAY, 11, 30), "sent")
    removed = reception.record_walk_in(ctx, draft(env, arrived_at=at(DAY, 8)))
    reception.remove_walk_in(ctx, removed, "录错人")

    entries = reception.timeline(ctx, env.wang)
    assert [(e.kind, e.record_id) for e in entries] == [
        ("follow_up", _follow_ups(ctx, second)[0].id),  # open: stands at its due date, ahead
        ("follow_up", done),  # done: stands at its completion, just now
        ("walk_in", second),
        ("referral", referral),
        ("walk_in", first),
    ]
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    assert [(e.summary, e.status) for e in entries] == [
        ("电话回访", "open"),
        ("送材料：材料已送达", "done"),
        ("心理疏导、救助申请/转介", "follow_up"),
        ("平湖市民政局：低保申请", "accepted"),
        ("政策咨询：问低保", "resolved"),
    ]
    assert entries[0].at == datetime.combine(TODAY + timedelta(days=5), time.min)
    assert [e.kind for e in reception.timeline(ctx, env.li)] == ["referral", "walk_in"]


def test_timeline_of_an_unknown_person(ctx: ServiceContext, env: Env) -> None:
    assert reception.timeline(ctx, env.li) == []
    with pytest.raises(NotFound):
        reception.timeline(ctx, "nobody")


# --- permissions -----------------------------------------------------------------------------


def _calls(env: Env, walk_in_id: str) -> dict[str, Callable[[ServiceContext], object]]:
    return {
        "today": lambda c: reception.today(c),
        "timeline": lambda c: reception.timeline(c, env.wang),
        "record": lambda c: reception.record_walk_in(c, draft(env, owner_id=env.users["staff"])),
        "update": lambda c: reception.update_walk_in(c, walk_in_id, draft(env, note="更正")),
        "remove": lambda c: reception.remove_walk_in(c, walk_in_id, "录重了"),
    }


ALLOWED = {
    Role.ADMIN: {"today", "timeline", "record", "update", "remove"},
    Role.STAFF: {"today", "timeline", "record", "update", "remove"},
    Role.VIEWER: {"today", "timeline"},
    Role.TRAINER: set(),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("call", ["today", "timeline", "record", "update", "remove"])
def test_who_may_view_and_who_may_record(ctx: ServiceContext, env: Env, role: Role, call: str) -> None:
    walk_in_id = reception.record_walk_in(ctx, draft(env))
    sign_in_as(ctx, role)
    if call in ALLOWED[role]:
        _calls(env, walk_in_id)[call](ctx)
        return
    before = _writes(ctx)
    with pytest.raises(PermissionDenied) as info:
        _calls(env, walk_in_id)[call](ctx)
    assert info.value.code == "auth.forbidden"
    assert _writes(ctx) == {**before, "audit": before["audit"] + 1}  # only the refusal is logged
