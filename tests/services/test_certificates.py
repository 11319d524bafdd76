"""Completion certificates: who gets one, the register's numbers, voiding, rights and the audit."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import certificates, enrolment, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.training import SessionDraft
from stationdesk.store.models import AuditEvent, Certificate
from training_camp import make_camp

ON = date(2025, 12, 1)


def _count(ctx: ServiceContext) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count(Certificate.id))) or 0


def test_the_completion_rule_decides_who_gets_one(ctx: ServiceContext) -> None:
    camp = make_camp(ctx, {"张伟": [0, 1, 3], "艾琳": [0, 2], "王芳": [0, 1, 2, 3]})  # 3 of 4 needed
    issued = certificates.issue_certificates(ctx, camp.programme, on=ON)
    assert [(c.holder_name, c.number) for c in issued] == [("王芳", "ZS2025-0001"), ("张伟", "ZS2025-0002")]
    wang, zhang = issued
    assert (wang.sessions_attended, wang.minutes, zhang.sessions_attended, zhang.minutes) == (4, 720, 3, 540)
    assert all(c.issued_on == ON and c.issued_by == "王站长" and not c.voided for c in issued)
    assert (zhang.person_id, zhang.enrolment_id) == (camp.persons["张伟"], camp.enrolments["张伟"])
    with ctx.reading() as session:
        logged = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "training.certificate_issue")
        ).all()
    assert sorted(logged) == ["ZS2025-0001", "ZS2025-0002"]


def test_completion_is_judged_on_the_sessions_held_by_the_date_of_issue(ctx: ServiceContext) -> None:
    camp = make_camp(ctx, {"张伟": [0, 1], "王芳": [0]})
    # By 12 November two sessions were held: 张伟 came to both (2 of 2), 王芳 to one (1 < 2).
    issued = certificates.issue_certificates(ctx, camp.programme, on=camp.days[1] + timedelta(days=1))
    assert [(c.holder_name, c.sessions_attended, c.minutes) for c in issued] == [("张伟", 2, 360)]


def test_issuing_again_issues_nothing_twice(ctx: ServiceContext) -> None:
    camp = make_camp(ctx, {"张伟": [0, 1, 2], "王芳": [0, 1, 2, 3]})
    assert len(certificates.issue_certificates(ctx, camp.programme, on=ON)) == 2
    assert certificates.issue_certificates(ctx, camp.programme, on=ON) == []
    assert certificates.issue_certificates(ctx, camp.programme) == []  # another day, another year
    assert _count(ctx) == 2


def test_numbers_run_on_over_the_station_and_are_never_reused(ctx: ServiceContext) -> None:
    first = make_camp(ctx, {"张伟": [0, 1, 2], "王芳": [0, 1, 2, 3]})
    issued = certificates.issue_certificates(ctx, first.programme, on=ON)
    voided = certificates.void_certificate(ctx, issued[1].id, "姓名打印有误，重新发证")
    assert (voided.number, voided.voided, voided.void_reason) == (
        "ZS2025-0002",
        True,
        "姓名打印有误，重新发证",
    )
    again = certificates.issue_certificates(ctx, first.programme, on=ON)
    assert [(c.holder_name, c.number) for c in again] == [("张伟", "ZS2025-0003")]  # not 0002 again
    second = make_camp(ctx, {"艾琳": [0, 1, 2]}, name="2025年网格员培训", persons=first.persons)
    later = certificates.issue_certificates(ctx, second.programme, on=ON)
    assert [c.number for c in later] == ["ZS2025-0004"]
    next_year = make_camp(ctx, {"艾琳": [0, 1, 2]}, name="2026年网格员培训", persons=first.persons)
    assert [c.number for c in certificates.issue_certificates(ctx, next_year.programme)] == [
        f"ZS{date.today().year}-0001"
    ]
    register = certificates.certificate_register(ctx, year=2025)
    assert [(c.number, c.voided) for c in register] == [
        ("ZS2025-0001", False), ("ZS2025-0002", True), ("ZS2025-0003", False), ("ZS2025-0004", False)
    ]  # fmt: skip
    assert [c.number for c in certificates.certificate_register(ctx, first.programme)] == [
        "ZS2025-0001", "ZS2025-0002", "ZS2025-0003"
    ]  # fmt: skip
    live = certificates.live_certificates(ctx, first.programme)
    assert [c.number for c in live] == ["ZS2025-0001", "ZS2025-0003"]


def test_voiding_needs_a_reason_and_happens_once(ctx: ServiceContext) -> None:
    camp = make_camp(ctx, {"王芳": [0, 1, 2, 3]})
    (issued,) = certificates.issue_certificates(ctx, camp.programme, on=ON)
    with pytest.raises(ValidationError) as refused:
        certificates.void_certificate(ctx, issued.id, "  ")
    assert refused.value.code == "certificate.reason_required"
    assert not certificates.live_certificates(ctx, camp.programme)[0].voided
    certificates.void_certificate(ctx, issued.id, "重复发放")
    with pytest.raises(ValidationError) as twice:
        certificates.void_certificate(ctx, issued.id, "again")
    assert twice.value.code == "certificate.already_voided"
    with pytest.raises(NotFound):
        certificates.void_certificate(ctx, "no-such-id", "x")
    with ctx.reading() as session:
        voids = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "training.certificate_void")
        ).all()
    assert [(e.reason, e.detail) for e in voids] == [("重复发放", issued.number)]


def test_nothing_is_issued_before_a_session_is_held(ctx: ServiceContext) -> None:
    rule = CompletionRule(RuleKind.COUNT, 1)
    future = training.create_programme(ctx, training.ProgrammeDraft("下月讲座", "lecture", rule))
    training.add_session(ctx, future, SessionDraft(date.today() + timedelta(days=30), time(9), time(11)))
    camp = make_camp(ctx, {})
    enrolment.enrol_persons(ctx, future, camp.persons.values())
    assert certificates.issue_certificates(ctx, future) == []  # nothing held: nobody completed
    assert certificates.issue_certificates(ctx, camp.programme, on=ON) == []  # held, but nobody came
    assert _count(ctx) == 0


def test_a_future_date_of_issue_is_refused(ctx: ServiceContext) -> None:
    camp = make_camp(ctx, {"王芳": [0, 1, 2, 3]})
    with pytest.raises(ValidationError) as refused:
        certificates.issue_certificates(ctx, camp.programme, on=date.today() + timedelta(days=1))
    assert refused.value.code == "certificate.future_date" and _count(ctx) == 0


def test_a_viewer_may_list_but_not_issue_or_void(ctx: ServiceContext) -> None:
    camp = make_camp(ctx, {"王芳": [0, 1, 2, 3]})
    (issued,) = certificates.issue_certificates(ctx, camp.programme, on=ON)
    sign_in_as(ctx, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        certificates.issue_certificates(ctx, camp.programme, on=ON)
    with pytest.raises(PermissionDenied):
        certificates.void_certificate(ctx, issued.id, "x")
    assert [c.number for c in certificates.certificate_register(ctx)] == ["ZS2025-0001"]
    sign_in_as(ctx, Role.TRAINER)  # trainers run the camps: they issue
    assert certificates.void_certificate(ctx, issued.id, "测试").voided


def test_unknown_programme(ctx: ServiceContext) -> None:
    with pytest.raises(NotFound):
        certificates.issue_certificates(ctx, "nope")
    with pytest.raises(NotFound):
        certificates.certificate_register(ctx, "nope")
