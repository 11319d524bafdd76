"""The continuing-education ledger: every attended session of a person across programmes, walk-ins
merged into them included, within the registration period, against the 72 h / 90 h requirement."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from stationdesk.domain.continuing_education import Level, registration_period
from stationdesk.domain.errors import ValidationError
from stationdesk.services import enrolment, people, training
from stationdesk.services.ce_ledger import ce_ledger
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import SessionDraft
from stationdesk.store.models import Enrolment, SessionAttendance
from training_camp import make_camp

NOW = datetime(2026, 11, 29, 12)


def _mark(ctx: ServiceContext, session_id: str, enrolment_id: str, status: str, at: datetime) -> None:
    with ctx.transaction() as session:
        session.add(
            SessionAttendance(session_id=session_id, enrolment_id=enrolment_id, status=status,
                              signed_in_at=at if status == "present" else None, signed_out_at=None,
                              method="paper", recorded_by=ctx.actor.user_id, recorded_at=at, deleted=False)
        )  # fmt: skip


def _walk_in_merged_into(ctx: ServiceContext, programme: str, target: str) -> str:
    with ctx.transaction() as session:
        row = Enrolment(programme_id=programme, person_id=None, walk_in_name="张伟", walk_in_phone="",
                        unit="", target_group="", signin_code="WALK01", source="walk_in",
                        enrolled_at=datetime(2024, 3, 19, 9), withdrawn=False, merged_into=target,
                        deleted=False)  # fmt: skip
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def history(ctx: ServiceContext) -> dict[str, object]:
    """张伟 across two programmes; the sessions he is credited with, worked out by hand."""
    person = people.create(ctx, PersonDraft(name="张伟", phone="13912340001", id_number="330482194803151314"))
    others = {"王芳": people.create(ctx, PersonDraft(name="王芳", phone="13912340003"))}
    camp = make_camp(ctx, {"张伟": [0, 1, 3], "王芳": [0, 1, 2, 3]}, persons={"张伟": person, **others})
    _mark(ctx, camp.sessions[2], camp.enrolments["张伟"], "excused", datetime(2025, 11, 18, 9))
    training.cancel_session(ctx, camp.sessions[3])  # came, but the session was cancelled after all
    older = make_camp(ctx, {"张伟": [0, 1], "王芳": [2]}, name="2024年社区工作者培训", first=date(2024, 3, 5),
                      minutes=120, persons={"张伟": person, **others})  # fmt: skip
    walk_in = _walk_in_merged_into(ctx, older.programme, older.enrolments["张伟"])
    _mark(ctx, older.sessions[2], walk_in, "present", datetime(2024, 3, 19, 8, 58))
    extra = training.add_session(
        ctx,
        older.programme,
        SessionDraft(date(2024, 4, 2), time(14), time(15, 30), topic="结业分享", minutes=90),
    )
    enrolment.sign_in_participant(ctx, extra, older.enrolments["张伟"], datetime(2024, 4, 2, 13, 50))
    expected = [
        (date(2024, 3, 12), 120),  # 3-05 lies before the period from 2024-03-10
        (date(2024, 3, 19), 120),  # signed in as a walk-in, merged into his enrolment
        (date(2024, 4, 2), 90),  # the session's own minutes, not the programme's 120
        (date(2025, 11, 4), 180),
        (date(2025, 11, 11), 180),  # 11-18 excused, 11-25 cancelled
    ]
    return {"person": person, "expected": expected, "camp": camp.programme}


def test_credited_sessions_and_total_across_programmes(
    ctx: ServiceContext, history: dict[str, object]
) -> None:
    ledger = ce_ledger(ctx, history["person"], first_day=date(2024, 3, 10), now=NOW)
    assert [(e.starts_at.date(), e.minutes) for e in ledger.entries] == history["expected"]
    total = sum(minutes for _day, minutes in history["expected"])  # type: ignore[attr-defined]
    assert ledger.total_minutes == total == 690
    assert (ledger.period.first_day, ledger.period.last_day) == (date(2024, 3, 10), date(2027, 3, 9))
    assert ledger.required_minutes == 72 * 60 and ledger.missing_minutes == 72 * 60 - 690
    assert ledger.id_masked == "330482********1314"
    assert {e.programme_name for e in ledger.entries} == {
        "2024年社区工作者培训",
        "2025年平湖市社工站运营团队智创营",
    }


def test_the_default_period_is_the_three_years_ending_today(
    ctx: ServiceContext, history: dict[str, object]
) -> None:
    ledger = ce_ledger(ctx, history["person"], level=Level.SOCIAL_WORKER, now=NOW)
    assert (ledger.period.first_day, ledger.period.last_day) == (date(2023, 11, 30), date(2026, 11, 29))
    assert ledger.total_minutes == 120 + 120 + 120 + 90 + 180 + 180  # 2024-03-05 now inside
    assert ledger.missing_minutes == 90 * 60 - 810
    early = ce_ledger(ctx, history["person"], now=datetime(2024, 3, 15))  # later sessions not held yet
    assert [e.starts_at.date() for e in early.entries] == [date(2024, 3, 5), date(2024, 3, 12)]


def test_periods_and_bad_input(ctx: ServiceContext, history: dict[str, object]) -> None:
    assert registration_period(date(2024, 2, 29), NOW.date()).last_day == date(2027, 2, 28)
    leap = registration_period(None, date(2028, 2, 29))
    assert (leap.first_day, leap.last_day) == (date(2025, 3, 1), date(2028, 2, 29))
    with pytest.raises(ValidationError) as bad:
        ce_ledger(ctx, history["person"], level="expert")
    assert bad.value.code == "ce.bad_level"
    with pytest.raises(NotFound):
        ce_ledger(ctx, "nobody")
