"""The attendance read model: roster order, marks per session, rates, time and completion,
with a merged walk-in's sign-ins counted for the participant it turned out to be."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import attendance, enrolment, people, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft
from stationdesk.store.models import Enrolment, SessionAttendance

FIRST = date(2026, 11, 3)  # a Tuesday


@pytest.fixture
def camp(ctx: ServiceContext) -> dict[str, str]:
    programme = training.create_programme(
        ctx, ProgrammeDraft("智创营", "camp", CompletionRule(RuleKind.SHARE, 75), minutes_per_session=180)
    )
    series = training.add_series(ctx, programme, SessionDraft(FIRST, time(9), time(12)), 4)
    ids = {
        name: people.create(ctx, PersonDraft(name=name, phone=phone))
        for name, phone in (("张伟", "13912340001"), ("艾琳", "13912340002"), ("王芳", "13912340003"))
    }
    enrolment.enrol_persons(ctx, programme, ids.values())
    return {"programme": programme, **{f"s{n}": s for n, s in enumerate(series.session_ids)}, **ids}


def _sign(ctx: ServiceContext, camp: dict[str, str], who: str, session: str, minute: int = 55) -> None:
    code = next(p.signin_code for p in enrolment.participants(ctx, camp["programme"]) if p.name == who)
    day = {"s0": 3, "s1": 10, "s2": 17, "s3": 24}[session]
    hour = 8 if minute >= 30 else 9
    enrolment.sign_in(ctx, camp[session], code, datetime(2026, 11, day, hour, minute))


def test_roster_is_in_pinyin_order_with_running_numbers(ctx: ServiceContext, camp: dict[str, str]) -> None:
    entries = attendance.roster(ctx, camp["programme"])
    assert [(e.number, e.name) for e in entries] == [(1, "艾琳"), (2, "王芳"), (3, "张伟")]
    assert all(len(e.signin_code) >= 4 for e in entries)


def test_rates_time_and_completion_count_sessions_held(ctx: ServiceContext, camp: dict[str, str]) -> None:
    for session in ("s0", "s1", "s2"):
        _sign(ctx, camp, "张伟", session)
    _sign(ctx, camp, "艾琳", "s0")
    _sign(ctx, camp, "艾琳", "s1", minute=20)  # 09:20: late, still attended
    record = attendance.programme_attendance(ctx, camp["programme"], as_of=datetime(2026, 11, 20))
    assert [s.held for s in record.sessions] == [True, True, True, False] and record.held == 3
    rows = {r.entry.name: r for r in record.rows}
    assert (rows["张伟"].attended, rows["张伟"].minutes, rows["张伟"].completed) == (3, 540, True)
    assert (rows["艾琳"].attended, rows["艾琳"].completed) == (2, False)  # 2 of 3 < 75 %
    assert rows["艾琳"].marks[camp["s1"]].status == "late"
    assert rows["王芳"].rate == 0 and rows["王芳"].marks == {}
    assert record.session_counts(camp["s1"]) == {"present": 1, "late": 1}


def test_a_merged_walk_in_counts_for_the_participant(ctx: ServiceContext, camp: dict[str, str]) -> None:
    _sign(ctx, camp, "王芳", "s0")
    target = next(e for e in attendance.roster(ctx, camp["programme"]) if e.name == "王芳")
    with ctx.transaction() as session:
        walk_in = Enrolment(programme_id=camp["programme"], person_id=None, walk_in_name="王芳",
                            walk_in_phone="13912340003", unit="", target_group="", signin_code="WALK01",
                            source="walk_in", enrolled_at=datetime(2026, 11, 10, 9), withdrawn=False,
                            merged_into=target.enrolment_id, deleted=False)  # fmt: skip
        session.add(walk_in)
        session.flush()
        session.add(
            SessionAttendance(session_id=camp["s1"], enrolment_id=walk_in.id, status="present",
                              signed_in_at=datetime(2026, 11, 10, 8, 58), signed_out_at=None, method="name",
                              recorded_by=ctx.actor.user_id, recorded_at=datetime(2026, 11, 10, 8, 58),
                              deleted=False)
        )  # fmt: skip
    record = attendance.programme_attendance(ctx, camp["programme"], as_of=datetime(2026, 11, 30))
    assert [r.entry.name for r in record.rows] == ["艾琳", "王芳", "张伟"]  # the walk-in is no row of its own
    wang = next(r for r in record.rows if r.entry.name == "王芳")
    assert set(wang.marks) == {camp["s0"], camp["s1"]} and wang.attended == 2
