"""Enrolment and sign-in at the door: by code, name, initials or phone tail; repeats are no-ops."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from conftest import sign_in_as
from stationdesk.domain import codes
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import enrolment, people, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.enrolment import Choices, SignIn
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft
from stationdesk.store.models import SessionAttendance

DAY = date(2026, 11, 24)


@pytest.fixture
def setup(ctx: ServiceContext) -> dict[str, str]:
    programme = training.create_programme(
        ctx, ProgrammeDraft("社区工作者能力提升培训", "training", CompletionRule(RuleKind.SHARE, 80), 120)
    )
    session_id = training.add_session(
        ctx, programme, SessionDraft(DAY, time(9), time(11), late_after_minutes=10)
    )
    persons = {
        name: people.create(ctx, PersonDraft(name=name, phone=phone))
        for name, phone in (("王芳", "13912345678"), ("王方", "13800005678"), ("张三丰", "13700001111"))
    }
    enrolment.enrol_persons(ctx, programme, persons.values(), unit="当湖街道")
    return {"programme": programme, "session": session_id, **persons}


def _attendance(ctx: ServiceContext) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(SessionAttendance))


def _code(ctx: ServiceContext, setup: dict[str, str], name: str) -> str:
    return next(p.signin_code for p in enrolment.participants(ctx, setup["programme"]) if p.name == name)


def test_a_scanned_code_signs_in_at_once_and_a_second_scan_changes_nothing(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    code = _code(ctx, setup, "张三丰")
    first = enrolment.sign_in(ctx, setup["session"], code.lower(), datetime.combine(DAY, time(8, 55)))
    assert isinstance(first, SignIn)
    assert (first.participant.name, first.status, first.already) == ("张三丰", "present", False)
    again = enrolment.sign_in(ctx, setup["session"], code, datetime.combine(DAY, time(9, 30)))
    assert isinstance(again, SignIn)
    assert (again.already, again.signed_in_at.time()) == (True, time(8, 55))  # "already signed in at 08:55"
    assert _attendance(ctx) == 1


def test_after_the_grace_time_a_sign_in_is_late(ctx: ServiceContext, setup: dict[str, str]) -> None:
    result = enrolment.sign_in(ctx, setup["session"], "zsf", datetime.combine(DAY, time(9, 11)))
    assert isinstance(result, SignIn) and result.status == "late"


def test_several_matches_are_offered_to_pick_from(ctx: ServiceContext, setup: dict[str, str]) -> None:
    when = datetime.combine(DAY, time(9))
    by_initials = enrolment.sign_in(ctx, setup["session"], "wf", when)
    assert isinstance(by_initials, Choices)
    assert sorted(p.name for p in by_initials.participants) == ["王方", "王芳"]
    by_phone = enrolment.sign_in(ctx, setup["session"], "5678", when)
    assert isinstance(by_phone, Choices) and len(by_phone.participants) == 2
    assert _attendance(ctx) == 0
    picked = next(p for p in by_initials.participants if p.name == "王芳")
    done = enrolment.sign_in_participant(ctx, setup["session"], picked.enrolment_id, when)
    assert done.participant.name == "王芳"
    assert [p.name for p in enrolment.not_yet_arrived(ctx, setup["session"])] == ["张三丰", "王方"]


def test_a_phone_tail_or_a_full_name_with_one_match_signs_in(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    when = datetime.combine(DAY, time(9))
    assert isinstance(enrolment.sign_in(ctx, setup["session"], "1111", when), SignIn)
    assert isinstance(enrolment.sign_in(ctx, setup["session"], "王芳", when), SignIn)
    assert _attendance(ctx) == 2


@pytest.mark.parametrize(
    ("typed", "when", "error"),
    [
        ("ZZZZZZZ", datetime.combine(DAY, time(9)), ValidationError),  # a code's shape, a wrong check
        ("ZZZZZZ", datetime.combine(DAY, time(9)), NotFound),  # not a code, no such name
        ("李四", datetime.combine(DAY, time(9)), NotFound),
        ("  ", datetime.combine(DAY, time(9)), ValidationError),
        ("zsf", datetime(2026, 11, 25, 9), ValidationError),  # the session is over
    ],
)
def test_refusals_write_nothing(
    ctx: ServiceContext, setup: dict[str, str], typed: str, when: datetime, error: type
) -> None:
    with pytest.raises(error):
        enrolment.sign_in(ctx, setup["session"], typed, when)
    assert _attendance(ctx) == 0


def test_enrolling_twice_keeps_one_enrolment_and_codes_differ(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    again = enrolment.enrol_persons(ctx, setup["programme"], [setup["王芳"]])
    assert again == []
    codes = [p.signin_code for p in enrolment.participants(ctx, setup["programme"])]
    assert len(codes) == len(set(codes)) == 3


def test_a_viewer_cannot_take_sign_ins(ctx: ServiceContext, setup: dict[str, str]) -> None:
    sign_in_as(ctx, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        enrolment.sign_in(ctx, setup["session"], "zsf", datetime.combine(DAY, time(9)))


def test_a_mistyped_code_is_told_apart_from_an_unknown_one(ctx: ServiceContext, setup: dict) -> None:
    code = _code(ctx, setup, "张三丰")
    alphabet = codes.ALPHABET
    typo = code[:2] + alphabet[(alphabet.index(code[2]) + 1) % len(alphabet)] + code[3:]
    with pytest.raises(ValidationError) as refused:
        enrolment.sign_in(ctx, setup["session"], typo, datetime.combine(DAY, time(9)))
    assert refused.value.code == "signin.code_checksum"
    assert _attendance(ctx) == 0
    with pytest.raises(NotFound):
        enrolment.sign_in(ctx, setup["session"], codes.new_code(), datetime.combine(DAY, time(9)))
