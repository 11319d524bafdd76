"""Key targets: enrolment, tier changes, exemptions and visits, and what each refuses (saving nothing)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, follow_ups, key_targets, people, visit_settings
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import PermissionDenied
from stationdesk.services.key_targets import EnrolmentDraft, VisitDraft
from stationdesk.services.people import PersonDraft
from stationdesk.store.models import FollowUp, HomeVisit, KeyTarget, KeyTargetExemption

TODAY = date(2026, 11, 20)


def _count(ctx: ServiceContext, model: type) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))


@pytest.fixture
def person_id(ctx: ServiceContext) -> str:
    return people.create(ctx, PersonDraft(name="李桂英", sex="F", grid="东湖一网格", community="东湖社区"))


def _draft(ctx: ServiceContext, person_id: str, **changes: object) -> EnrolmentDraft:
    values: dict[str, object] = {
        "person_id": person_id,
        "tier": "key",
        "reason": "独居高龄",
        "worker_id": ctx.actor.user_id,
        "start_on": date(2026, 1, 5),
    }
    values.update(changes)
    return EnrolmentDraft(**values)  # type: ignore[arg-type]


@pytest.fixture
def target_id(ctx: ServiceContext, person_id: str) -> str:
    return key_targets.enrol(ctx, _draft(ctx, person_id), today=TODAY)


def _method(ctx: ServiceContext, name: str) -> str:
    return next(m.id for m in visit_settings.methods(ctx) if m.name == name)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"tier": ""}, "keytarget.tier_required"),
        ({"reason": "  "}, "keytarget.reason_required"),
        ({"start_on": None}, "keytarget.start_required"),
        ({"start_on": TODAY + timedelta(days=1)}, "keytarget.start_in_future"),
        ({"end_on": date(2026, 1, 1)}, "keytarget.end_before_start"),
        ({"worker_id": None}, "keytarget.worker_required"),
    ],
)
def test_enrolment_refusals_save_nothing(
    ctx: ServiceContext, person_id: str, changes: dict, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        key_targets.enrol(ctx, _draft(ctx, person_id, **changes), today=TODAY)
    assert refused.value.code == code
    assert _count(ctx, KeyTarget) == 0


def test_a_trainer_cannot_be_the_responsible_worker(ctx: ServiceContext, person_id: str) -> None:
    trainer = next(user for user in accounts.list_users(ctx) if user.role == Role.TRAINER)
    with pytest.raises(ValidationError, match="owner") as refused:
        key_targets.enrol(ctx, _draft(ctx, person_id, worker_id=trainer.id), today=TODAY)
    assert refused.value.code == "keytarget.worker_required"


def test_a_person_is_enrolled_once_at_a_time(ctx: ServiceContext, person_id: str, target_id: str) -> None:
    with pytest.raises(ValidationError) as refused:
        key_targets.enrol(ctx, _draft(ctx, person_id, tier="general", start_on=date(2026, 6, 1)), today=TODAY)
    assert refused.value.code == "keytarget.already_enrolled"
    key_targets.end_enrolment(ctx, target_id, date(2026, 5, 31), "情况好转", today=TODAY)
    again = key_targets.enrol(ctx, _draft(ctx, person_id, start_on=date(2026, 6, 1)), today=TODAY)
    assert {row.id for row in key_targets.enrolments_of(ctx, person_id)} == {target_id, again}
    assert [row.id for row in key_targets.list_targets(ctx, on=date(2026, 3, 1))] == [target_id]
    assert [row.id for row in key_targets.list_targets(ctx, on=date(2026, 7, 1))] == [again]


def test_a_change_of_tier_ends_the_enrolment_and_carries_deceased_over(
    ctx: ServiceContext, person_id: str, target_id: str
) -> None:
    key_targets.add_exemption(ctx, target_id, "hospital", date(2026, 3, 1), date(2026, 3, 10), today=TODAY)
    key_targets.add_exemption(ctx, target_id, "moved", date(2026, 4, 1), date(2026, 4, 30), today=TODAY)
    new_id = key_targets.change_tier(ctx, target_id, "high_risk", date(2026, 5, 1), today=TODAY)
    rows = {row.id: row for row in key_targets.enrolments_of(ctx, person_id)}
    assert rows[target_id].end_on == date(2026, 4, 30)
    assert (rows[new_id].tier, rows[new_id].start_on, rows[new_id].end_on) == (
        "high_risk",
        date(2026, 5, 1),
        None,
    )
    carried = key_targets.exemptions(ctx, new_id)
    assert [(e.reason, e.start_on, e.end_on) for e in carried] == [("moved", date(2026, 5, 1), None)]


def test_change_of_tier_refusals(ctx: ServiceContext, target_id: str) -> None:
    for tier, day, code in [
        ("key", date(2026, 5, 1), "keytarget.same_tier"),
        ("general", date(2026, 1, 5), "keytarget.change_outside"),
        ("general", TODAY + timedelta(days=1), "keytarget.start_in_future"),
        ("", date(2026, 5, 1), "keytarget.tier_required"),
    ]:
        with pytest.raises(ValidationError) as refused:
            key_targets.change_tier(ctx, target_id, tier, day, today=TODAY)
        assert refused.value.code == code
    assert _count(ctx, KeyTarget) == 1


def test_exemptions_for_good_have_no_end_and_others_may_end(ctx: ServiceContext, target_id: str) -> None:
    gone = key_targets.add_exemption(
        ctx, target_id, "deceased", date(2026, 9, 1), date(2026, 9, 5), today=TODAY
    )
    away = key_targets.add_exemption(ctx, target_id, "away", date(2026, 6, 1), today=TODAY)
    key_targets.end_exemption(ctx, away, date(2026, 7, 15))
    ends = {e.id: e.end_on for e in key_targets.exemptions(ctx, target_id)}
    assert ends == {gone: None, away: date(2026, 7, 15)}
    for reason, start, code in [
        ("", date(2026, 6, 1), "keytarget.exemption_reason_required"),
        ("hospital", TODAY + timedelta(days=1), "keytarget.start_in_future"),
        ("hospital", date(2025, 12, 1), "keytarget.exemption_outside"),
    ]:
        with pytest.raises(ValidationError) as refused:
            key_targets.add_exemption(ctx, target_id, reason, start, today=TODAY)
        assert refused.value.code == code
    assert _count(ctx, KeyTargetExemption) == 2


def test_a_visit_with_a_follow_up_is_one_transaction(
    ctx: ServiceContext, target_id: str, person_id: str
) -> None:
    me = ctx.actor.user_id
    visit = VisitDraft(
        target_id=target_id,
        visited_on=date(2026, 11, 18),
        method_id=_method(ctx, "上门"),
        visitor_id=me,
        findings="血压偏高，独自在家",
        companions="党员 王建国",
        risk="raised",
        follow_up_owner_id=me,
        follow_up_due=TODAY + timedelta(days=3),
        follow_up_note="联系家属",
    )
    visit_id = key_targets.record_visit(ctx, visit, today=TODAY)
    rows = key_targets.visits(ctx, person_id=person_id)
    assert [(r.id, r.method, r.counts, r.risk, r.findings) for r in rows] == [
        (visit_id, "上门", True, "raised", "血压偏高，独自在家")
    ]
    assert [f.note for f in follow_ups.queue(ctx, owner_id=me, today=TODAY)] == ["联系家属"]
    assert key_targets.list_targets(ctx, on=TODAY)[0].last_visit_on == date(2026, 11, 18)

    bad_follow_up = VisitDraft(
        target_id, date(2026, 11, 19), _method(ctx, "电话"), me, follow_up_owner_id="nobody",
        follow_up_due=TODAY + timedelta(days=1),
    )  # fmt: skip
    with pytest.raises(ValidationError):
        key_targets.record_visit(ctx, bad_follow_up, today=TODAY)
    assert (_count(ctx, HomeVisit), _count(ctx, FollowUp)) == (1, 1)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"visited_on": None}, "visit.date_required"),
        ({"visited_on": TODAY + timedelta(days=1)}, "visit.date_in_future"),
        ({"visited_on": date(2025, 12, 31)}, "visit.outside_enrolment"),
        ({"method_id": None}, "visit.method_required"),
        ({"visitor_id": None}, "visit.visitor_required"),
        ({"risk": "maybe"}, "visit.bad_risk"),
        ({"follow_up_owner_id": "x", "follow_up_due": None}, "followup.due_required"),
    ],
)
def test_visit_refusals_save_nothing(ctx: ServiceContext, target_id: str, changes: dict, code: str) -> None:
    values: dict[str, object] = {
        "target_id": target_id,
        "visited_on": date(2026, 11, 2),
        "method_id": _method(ctx, "电话"),
        "visitor_id": ctx.actor.user_id,
    }
    values.update(changes)
    with pytest.raises(ValidationError) as refused:
        key_targets.record_visit(ctx, VisitDraft(**values), today=TODAY)  # type: ignore[arg-type]
    assert refused.value.code == code
    assert _count(ctx, HomeVisit) == 0


def test_removing_a_visit_needs_a_reason_and_is_audited(ctx: ServiceContext, target_id: str) -> None:
    visit_id = key_targets.record_visit(
        ctx, VisitDraft(target_id, date(2026, 11, 2), _method(ctx, "电话"), ctx.actor.user_id), today=TODAY
    )
    with pytest.raises(ValidationError):
        key_targets.remove_visit(ctx, visit_id, " ")
    key_targets.remove_visit(ctx, visit_id, "记错了人")
    assert key_targets.visits(ctx, target_id=target_id) == []


def test_a_viewer_sees_the_list_but_cannot_enrol(ctx: ServiceContext, person_id: str, target_id: str) -> None:
    me = ctx.actor.user_id
    sign_in_as(ctx, Role.VIEWER)
    assert [row.person_name for row in key_targets.list_targets(ctx, on=TODAY)] == ["李桂英"]
    with pytest.raises(PermissionDenied):
        key_targets.enrol(ctx, _draft(ctx, person_id, worker_id=me, start_on=date(2026, 11, 1)), today=TODAY)


def test_list_filters_by_worker_tier_and_search(ctx: ServiceContext, target_id: str) -> None:
    other = people.create(ctx, PersonDraft(name="赵大海", sex="M", community="新华社区"))
    key_targets.enrol(ctx, _draft(ctx, other, tier="high_risk"), today=TODAY)
    assert [r.person_name for r in key_targets.list_targets(ctx, on=TODAY, tier="high_risk")] == ["赵大海"]
    assert [r.person_name for r in key_targets.list_targets(ctx, on=TODAY, search="东湖")] == ["李桂英"]
    assert [r.grid for r in key_targets.list_targets(ctx, on=TODAY, search="zdh")] == ["新华社区"]


def test_the_timeline_shows_the_enrolment_and_the_visits(
    ctx: ServiceContext, target_id: str, person_id: str
) -> None:
    from stationdesk.services import reception

    key_targets.record_visit(
        ctx, VisitDraft(target_id, date(2026, 11, 2), _method(ctx, "电话"), ctx.actor.user_id, "精神状态良好",
                        risk="cleared"), today=TODAY
    )  # fmt: skip
    entries = [(e.kind, e.summary, e.status) for e in reception.timeline(ctx, person_id)]
    assert entries == [("visit", "电话：精神状态良好", "cleared"), ("key_target", "独居高龄", "key")]
