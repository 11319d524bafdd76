"""Looking after a programme's participants: the list with attendance, search, withdrawal."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from conftest import sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import enrolment, people, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft
from stationdesk.store.models import Enrolment, SessionAttendance

DAYS = (date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 26))


@pytest.fixture
def camp(ctx: ServiceContext) -> dict[str, str]:
    """A camp of three sessions (the last cancelled) and three participants."""
    programme = training.create_programme(
        ctx, ProgrammeDraft("2026年智创营", "camp", CompletionRule(RuleKind.SHARE, 80), 180)
    )
    sessions = [training.add_session(ctx, programme, SessionDraft(day, time(9), time(11))) for day in DAYS]
    persons = {
        name: people.create(ctx, PersonDraft(name=name, phone=phone))
        for name, phone in (("王芳", "13912345678"), ("李四", "13800005678"), ("张三丰", "13700001111"))
    }
    enrolment.enrol_persons(ctx, programme, [persons["王芳"], persons["李四"]], unit="东湖社区",
                            target_group="grid_worker")  # fmt: skip
    enrolment.enrol_persons(ctx, programme, [persons["张三丰"]], unit="当湖街道社工站")
    return {"programme": programme, "s1": sessions[0], "s2": sessions[1], "s3": sessions[2], **persons}


def _by_name(ctx: ServiceContext, programme: str, **kwargs: object) -> dict[str, enrolment.ParticipantRow]:
    return {row.name: row for row in enrolment.participant_rows(ctx, programme, **kwargs)}


def _sign(ctx: ServiceContext, session_id: str, row: enrolment.ParticipantRow, day: date) -> None:
    enrolment.sign_in(ctx, session_id, row.signin_code, datetime.combine(day, time(8, 55)))


def test_the_list_counts_sessions_attended_and_leaves_out_cancelled_ones(
    ctx: ServiceContext, camp: dict[str, str]
) -> None:
    rows = _by_name(ctx, camp["programme"])
    _sign(ctx, camp["s1"], rows["王芳"], DAYS[0])
    _sign(ctx, camp["s2"], rows["王芳"], DAYS[1])
    _sign(ctx, camp["s3"], rows["王芳"], DAYS[2])
    _sign(ctx, camp["s1"], rows["张三丰"], DAYS[0])
    training.cancel_session(ctx, camp["s3"])

    rows = _by_name(ctx, camp["programme"])
    assert {name: row.attended for name, row in rows.items()} == {"王芳": 2, "李四": 0, "张三丰": 1}
    assert (rows["李四"].unit, rows["李四"].target_group, rows["李四"].source) == (
        "东湖社区",
        "grid_worker",
        "registry",
    )
    assert [row.name for row in enrolment.participant_rows(ctx, camp["programme"])] == [
        "李四",
        "王芳",
        "张三丰",
    ]


def test_a_walk_in_merged_into_a_participant_counts_for_them(
    ctx: ServiceContext, camp: dict[str, str]
) -> None:
    rows = _by_name(ctx, camp["programme"])
    with ctx.transaction() as session:  # what the walk-in merge leaves behind
        walk_in = Enrolment(programme_id=camp["programme"], person_id=None, walk_in_name="王芳",
                            walk_in_phone="13912345678", unit="", target_group="", signin_code="WALKIN1",
                            source="walk_in", enrolled_at=datetime(2026, 11, 24, 9), withdrawn=False,
                            merged_into=rows["王芳"].id, deleted=False)  # fmt: skip
        session.add(walk_in)
        session.flush()
        at = datetime(2026, 11, 24, 9)
        session.add(SessionAttendance(session_id=camp["s1"], enrolment_id=walk_in.id, status="present",
                                      signed_in_at=at, signed_out_at=None, method="name", recorded_at=at,
                                      recorded_by=ctx.actor.user_id, deleted=False))  # fmt: skip
    rows = _by_name(ctx, camp["programme"])
    assert sorted(rows) == ["张三丰", "李四", "王芳"]  # the merged walk-in is not listed apart
    assert rows["王芳"].attended == 1


@pytest.mark.parametrize(
    ("typed", "names"),
    [("王", ["王芳"]), ("ls", ["李四"]), ("东湖", ["李四", "王芳"]), ("无此人", [])],
)
def test_the_list_searches_names_initials_units_and_codes(
    ctx: ServiceContext, camp: dict[str, str], typed: str, names: list[str]
) -> None:
    assert [row.name for row in enrolment.participant_rows(ctx, camp["programme"], typed)] == names


def test_a_code_finds_its_participant(ctx: ServiceContext, camp: dict[str, str]) -> None:
    code = _by_name(ctx, camp["programme"])["张三丰"].signin_code
    assert [row.name for row in enrolment.participant_rows(ctx, camp["programme"], code.lower())] == [
        "张三丰"
    ]


def test_a_withdrawn_participant_keeps_their_sign_ins_but_signs_in_no_more(
    ctx: ServiceContext, camp: dict[str, str]
) -> None:
    rows = _by_name(ctx, camp["programme"])
    _sign(ctx, camp["s1"], rows["李四"], DAYS[0])
    enrolment.withdraw(ctx, rows["李四"].id)
    enrolment.withdraw(ctx, rows["李四"].id)  # twice: nothing more happens

    assert sorted(_by_name(ctx, camp["programme"])) == ["张三丰", "王芳"]
    everyone = _by_name(ctx, camp["programme"], include_withdrawn=True)
    assert (everyone["李四"].withdrawn, everyone["李四"].attended) == (True, 1)
    assert training.get_programme(ctx, camp["programme"]).participants == 2
    with pytest.raises(NotFound):
        enrolment.sign_in(ctx, camp["s2"], rows["李四"].signin_code, datetime.combine(DAYS[1], time(9)))
    assert [row.name for row in enrolment.not_yet_arrived(ctx, camp["s2"])] == ["张三丰", "王芳"]


def test_withdrawing_an_unknown_enrolment_is_refused(ctx: ServiceContext, camp: dict[str, str]) -> None:
    with pytest.raises(NotFound) as refused:
        enrolment.withdraw(ctx, "no-such-enrolment")
    assert refused.value.code == "enrolment.not_found"


def test_viewers_see_the_list_but_may_not_withdraw(ctx: ServiceContext, camp: dict[str, str]) -> None:
    sign_in_as(ctx, Role.VIEWER)
    rows = _by_name(ctx, camp["programme"])
    assert len(rows) == 3
    with pytest.raises(PermissionDenied):
        enrolment.withdraw(ctx, rows["王芳"].id)
    sign_in_as(ctx, Role.ADMIN)
    assert len(_by_name(ctx, camp["programme"])) == 3
