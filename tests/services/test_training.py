"""Training programmes and sessions: set-up, series around holidays, refusals that write nothing."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.domain.training import CompletionRule, HolidaysUnknown, RuleKind
from stationdesk.services import enrolment, people, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft
from stationdesk.store.models import Programme, TrainingSession

CAMP = ProgrammeDraft(
    name="2026年平湖市社工站运营团队智创营",
    kind="camp",
    rule=CompletionRule(RuleKind.SHARE, 80),
    minutes_per_session=180,
    organiser="平湖市民政局",
    trainers="陆志明",
    target_groups=("certified_sw", "community_worker", "certified_sw"),
)
FIRST = SessionDraft(
    date(2026, 9, 22), time(14, 0), time(17, 0), venue="当湖街道社会工作站三楼", topic="项目设计"
)


def _count(ctx: ServiceContext, model: type) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def camp(ctx: ServiceContext) -> str:
    return training.create_programme(ctx, CAMP)


def test_a_camp_with_a_weekly_series_skips_national_day(ctx: ServiceContext, camp: str) -> None:
    result = training.add_series(ctx, camp, FIRST, 6)
    assert result.skipped_holidays == [date(2026, 10, 6)]
    sessions = training.list_sessions(ctx, camp)
    days = [date(2026, 9, 22), date(2026, 9, 29), date(2026, 10, 13), date(2026, 10, 20), date(2026, 10, 27),
            date(2026, 11, 3)]  # fmt: skip
    assert [s.starts_at.date() for s in sessions] == days
    assert {(s.minutes, s.venue, s.starts_at.time()) for s in sessions} == {
        (180, "当湖街道社会工作站三楼", time(14))
    }
    [info] = training.list_programmes(ctx)
    assert (info.sessions, info.first_day, info.last_day) == (6, date(2026, 9, 22), date(2026, 11, 3))
    assert info.target_groups == ("certified_sw", "community_worker")
    assert info.rule.sessions_needed(info.sessions) == 5


def test_a_series_into_an_unannounced_year_is_refused_unless_planned_without_holidays(
    ctx: ServiceContext, camp: str
) -> None:
    later = SessionDraft(date(2026, 12, 29), time(9), time(11))
    with pytest.raises(HolidaysUnknown):
        training.add_series(ctx, camp, later, 4)
    assert _count(ctx, TrainingSession) == 0
    result = training.add_series(ctx, camp, later, 4, ignore_holidays=True)
    assert len(result.session_ids) == 4


def test_a_cancelled_session_leaves_the_list_but_stays_recorded(ctx: ServiceContext, camp: str) -> None:
    first = training.add_session(ctx, camp, FIRST)
    training.add_session(ctx, camp, SessionDraft(date(2026, 9, 29), time(14), time(17), minutes=120))
    training.cancel_session(ctx, first)
    assert [s.minutes for s in training.list_sessions(ctx, camp)] == [120]
    assert len(training.list_sessions(ctx, camp, include_cancelled=True)) == 2


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (ProgrammeDraft(" ", "camp", CompletionRule(RuleKind.COUNT, 3)), "training.name_required"),
        (ProgrammeDraft("沙龙", "party", CompletionRule(RuleKind.COUNT, 3)), "training.kind_required"),
        (ProgrammeDraft("沙龙", "salon", CompletionRule(RuleKind.COUNT, 3), target_groups=("boss",)),
         "training.bad_target_group"),
        (ProgrammeDraft("沙龙", "salon", CompletionRule(RuleKind.COUNT, 3), minutes_per_session=-5),
         "training.bad_minutes"),
    ],
)  # fmt: skip
def test_programme_refusals_write_nothing(ctx: ServiceContext, draft: ProgrammeDraft, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        training.create_programme(ctx, draft)
    assert refused.value.code == code
    assert _count(ctx, Programme) == 0


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (SessionDraft(None, time(9), time(11)), "session.time_required"),
        (SessionDraft(date(2026, 9, 22), time(11), time(9)), "session.ends_before_start"),
        (SessionDraft(date(2026, 9, 22), time(9), time(11), capacity=0), "session.bad_capacity"),
        (SessionDraft(date(2026, 9, 22), time(9), time(11), late_after_minutes=-1), "session.bad_grace"),
    ],
)
def test_session_refusals_write_nothing(
    ctx: ServiceContext, camp: str, draft: SessionDraft, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        training.add_session(ctx, camp, draft)
    assert refused.value.code == code
    assert _count(ctx, TrainingSession) == 0


def test_trainers_set_up_programmes_and_viewers_only_read(ctx: ServiceContext, camp: str) -> None:
    sign_in_as(ctx, Role.TRAINER)
    training.add_session(ctx, camp, FIRST)
    sign_in_as(ctx, Role.VIEWER)
    assert len(training.list_sessions(ctx, camp)) == 1
    with pytest.raises(PermissionDenied):
        training.create_programme(ctx, CAMP)


def test_a_programme_is_changed_and_archived_then_brought_back(ctx: ServiceContext, camp: str) -> None:
    changed = ProgrammeDraft(
        name=" 2026年智创营（秋季） ",
        kind="training",
        rule=CompletionRule(RuleKind.COUNT, 4),
        minutes_per_session=90,
        organiser="当湖街道",
        trainers="沈丽娟",
        target_groups=("grid_worker",),
        notes="第二期",
    )
    training.update_programme(ctx, camp, changed)
    info = training.get_programme(ctx, camp)
    assert (info.name, info.kind, info.rule, info.minutes_per_session) == (
        "2026年智创营（秋季）",
        "training",
        CompletionRule(RuleKind.COUNT, 4),
        90,
    )
    assert (info.organiser, info.trainers, info.target_groups, info.notes) == (
        "当湖街道",
        "沈丽娟",
        ("grid_worker",),
        "第二期",
    )
    training.archive_programme(ctx, camp)
    assert training.list_programmes(ctx) == []
    assert [p.archived for p in training.list_programmes(ctx, include_archived=True)] == [True]
    training.archive_programme(ctx, camp, archived=False)
    assert [p.id for p in training.list_programmes(ctx)] == [camp]


def test_a_refused_change_leaves_the_programme_as_it_was(ctx: ServiceContext, camp: str) -> None:
    with pytest.raises(ValidationError) as refused:
        training.update_programme(ctx, camp, ProgrammeDraft(" ", "camp", CompletionRule(RuleKind.COUNT, 3)))
    assert refused.value.code == "training.name_required"
    assert training.get_programme(ctx, camp).name == CAMP.name
    with pytest.raises(NotFound):
        training.update_programme(ctx, "no-such-programme", CAMP)


def test_the_list_searches_and_counts_participants(ctx: ServiceContext, camp: str) -> None:
    salon = training.create_programme(
        ctx, ProgrammeDraft("社会救助政策沙龙", "salon", CompletionRule(RuleKind.COUNT, 1), trainers="王敏")
    )
    persons = [people.create(ctx, PersonDraft(name=name)) for name in ("王芳", "李四", "张三")]
    enrolment.enrol_persons(ctx, camp, persons)
    withdrawn = enrolment.enrol_persons(ctx, salon, persons[:1])
    enrolment.withdraw(ctx, withdrawn[0])
    counts = {p.id: p.participants for p in training.list_programmes(ctx)}
    assert counts == {camp: 3, salon: 0}
    assert [p.id for p in training.list_programmes(ctx, search="智创")] == [camp]
    assert [p.id for p in training.list_programmes(ctx, search="王敏")] == [salon]
    assert training.list_programmes(ctx, search="无此项目") == []


def test_a_session_is_changed_and_its_time_stays_once_people_signed_in(
    ctx: ServiceContext, camp: str
) -> None:
    session_id = training.add_session(ctx, camp, FIRST)
    moved = SessionDraft(
        date(2026, 9, 23), time(9), time(11), venue="东湖社区", topic="个案管理", capacity=30
    )
    training.update_session(ctx, session_id, moved)
    [row] = training.session_rows(ctx, camp)
    assert (row.info.starts_at, row.info.venue, row.info.capacity, row.signed_in) == (
        datetime(2026, 9, 23, 9),
        "东湖社区",
        30,
        0,
    )
    person = people.create(ctx, PersonDraft(name="王芳"))
    enrolment.enrol_persons(ctx, camp, [person])
    code = enrolment.participants(ctx, camp)[0].signin_code
    enrolment.sign_in(ctx, session_id, code, datetime(2026, 9, 23, 8, 50))
    assert training.session_rows(ctx, camp)[0].signed_in == 1

    later = SessionDraft(date(2026, 9, 23), time(10), time(12), venue="东湖社区")
    with pytest.raises(ValidationError) as refused:
        training.update_session(ctx, session_id, later)
    assert refused.value.code == "session.has_signins"
    assert training.session_rows(ctx, camp)[0].info.starts_at == datetime(2026, 9, 23, 9)
    renamed = SessionDraft(date(2026, 9, 23), time(9), time(11), venue="当湖街道社会工作站", topic="个案管理")
    training.update_session(ctx, session_id, renamed)  # the rest may still change
    assert training.session_rows(ctx, camp)[0].info.venue == "当湖街道社会工作站"


def test_a_cancelled_session_cannot_be_changed_and_is_listed_only_when_asked(
    ctx: ServiceContext, camp: str
) -> None:
    session_id = training.add_session(ctx, camp, FIRST)
    training.cancel_session(ctx, session_id)
    with pytest.raises(ValidationError) as refused:
        training.update_session(ctx, session_id, FIRST)
    assert refused.value.code == "session.cancelled"
    assert training.session_rows(ctx, camp) == []
    [row] = training.session_rows(ctx, camp, include_cancelled=True)
    assert row.info.cancelled


def test_viewers_may_not_change_programmes_or_sessions(ctx: ServiceContext, camp: str) -> None:
    session_id = training.add_session(ctx, camp, FIRST)
    sign_in_as(ctx, Role.VIEWER)
    for call in (
        lambda: training.update_programme(ctx, camp, CAMP),
        lambda: training.archive_programme(ctx, camp),
        lambda: training.update_session(ctx, session_id, FIRST),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert training.get_programme(ctx, camp).archived is False
