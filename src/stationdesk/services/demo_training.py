"""The demo station's training: a dozen programmes a year (courses, salons, lectures and the yearly
智创营 camp), their sessions on working days around the holidays, participants from the registry's
working-age people, and their sign-ins for the sessions already held. A step of services/demo.py."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from stationdesk.domain import codes
from stationdesk.domain.training import Attendance, DayKind, HolidaysUnknown, weekly_series
from stationdesk.services import holidays
from stationdesk.services.demo_reception import Rows, flush_if_full
from stationdesk.store.models import Enrolment, Programme, SessionAttendance, TrainingSession

if TYPE_CHECKING:
    from stationdesk.services.demo import _Build

PROGRAMMES_PER_YEAR = 12
TOPICS = (
    "社会工作实务",
    "个案管理",
    "小组工作方法",
    "社区走访技巧",
    "心理危机干预",
    "政策解读",
    "项目设计与评估",
    "志愿者管理",
    "社会救助政策",
    "台账规范",
)
KINDS = (("training", 5), ("salon", 3), ("lecture", 3))
VENUES = ("当湖街道社会工作站三楼会议室", "平湖市社会工作指导中心", "东湖社区党群服务中心")
TRAINERS = ("陆志明", "沈丽娟", "王敏", "外聘讲师 陈老师")
UNITS = ("当湖街道社工站", "东湖社区", "新华社区", "凤凰社区", "南市社区", "梅园社区")
GROUPS = ("certified_sw", "community_worker", "grid_worker", "volunteer")


def demo_calendar(day: date) -> DayKind:
    """The holiday calendar, or weekends alone for a year it does not know yet."""
    try:
        return holidays.day_kind(day)
    except HolidaysUnknown:
        return holidays.ignoring_holidays(day)


def _working_day(day: date) -> date:
    """``day`` or the first working day after it (a series keeps the weekday it starts on)."""
    while demo_calendar(day).day_off:
        day += timedelta(days=1)
    return day


def training(build: _Build, report: Callable[[float], None]) -> None:
    rng = random.Random(f"stationdesk-demo:{build.seed}:training")
    rows = Rows(build, order=(Programme, TrainingSession, Enrolment, SessionAttendance))
    order = sorted(range(len(build.person_ids)), key=lambda i: build.registered_on[i])
    registered = [build.registered_on[i] for i in order]
    trainer = build.user_ids["trainer"]
    scale = len(build.person_ids) / (5000 * max(build.years, 1))
    first_year = build.today.year - build.years + 1
    used_codes: set[str] = set()
    for year in range(first_year, build.today.year + 1):
        plans = [("camp", f"{year}年平湖市社工站运营团队智创营", 6)]
        for _ in range(PROGRAMMES_PER_YEAR - 1):
            kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
            count = {"training": rng.randint(2, 4), "salon": rng.randint(1, 3), "lecture": 1}[kind]
            label = {"training": "培训", "salon": "沙龙", "lecture": "专题讲座"}[kind]
            plans.append((kind, f"{year}年{rng.choice(TOPICS)}{label}", count))
        for kind, name, count in plans:
            start = _working_day(date(year, rng.randint(2, 11), rng.randint(1, 28)))
            if start > build.today + timedelta(days=60):
                continue
            _programme(
                rows, rng, build, trainer, (kind, name, count), start, (order, registered), used_codes, scale
            )
        flush_if_full(build, rows)
        report((year - first_year + 1) / build.years)
    # A course that starts this week: there is always a session to sign in to (and to print for).
    start = _working_day(build.today)
    current = ("training", f"{start.year}年社区工作者能力提升培训", 3)
    _programme(rows, rng, build, trainer, current, start, (order, registered), used_codes, scale)
    flush_if_full(build, rows, force=True)


def _programme(
    rows: Rows,
    rng: random.Random,
    build: _Build,
    trainer: str,
    plan: tuple[str, str, int],
    start: date,
    people: tuple[list[int], list[date]],
    used_codes: set[str],
    scale: float,
) -> None:
    kind, name, count = plan
    share = 80 if kind in ("camp", "training") else 100
    programme_id = rows.add(
        Programme,
        name=name,
        kind=kind,
        organiser="平湖市民政局",
        trainers=rng.choice(TRAINERS),
        target_groups=",".join(rng.sample(GROUPS, 2)),
        rule_kind="share",
        rule_value=share,
        minutes_per_session=180 if kind == "camp" else 120,
        notes="",
        archived=False,
        created_by=trainer,
    )
    days, _skipped = weekly_series(start, count, demo_calendar)
    begin = time(14) if kind == "camp" else time(9)
    sessions = []
    venue = rng.choice(VENUES)
    for day in days:
        starts = datetime.combine(day, begin)
        session_id = rows.add(
            TrainingSession,
            programme_id=programme_id,
            starts_at=starts,
            ends_at=starts + timedelta(hours=3 if kind == "camp" else 2),
            venue=venue,
            trainer=rng.choice(TRAINERS),
            topic=rng.choice(TOPICS),
            capacity=None,
            minutes=None,
            late_after_minutes=10,
            cancelled=False,
        )
        sessions.append((session_id, starts))
    order, registered = people
    known = bisect_right(registered, start)
    size = max(3, round(rng.randint(20, 60) * min(scale, 1.0)))
    if known < size:
        return
    for index in rng.sample(order[:known], size):
        code = codes.new_code(rng.choice)
        while code in used_codes:
            code = codes.new_code(rng.choice)
        used_codes.add(code)
        enrolment_id = rows.add(
            Enrolment,
            programme_id=programme_id,
            person_id=build.person_ids[index],
            walk_in_name="",
            walk_in_phone="",
            unit=rng.choice(UNITS),
            target_group=rng.choice(GROUPS),
            signin_code=code,
            source="xlsx",
            enrolled_at=datetime.combine(start - timedelta(days=7), time(10)),
            withdrawn=False,
            merged_into=None,
        )
        for session_id, starts in sessions:
            if starts.date() >= build.today:
                continue
            roll = rng.random()
            status = (
                Attendance.PRESENT
                if roll < 0.85
                else Attendance.LATE
                if roll < 0.9
                else Attendance.EXCUSED
                if roll < 0.94
                else Attendance.ABSENT
            )
            came = status in (Attendance.PRESENT, Attendance.LATE)
            at = starts + timedelta(
                minutes=rng.randint(-20, 8) if status is Attendance.PRESENT else rng.randint(11, 40)
            )
            rows.add(
                SessionAttendance,
                session_id=session_id,
                enrolment_id=enrolment_id,
                status=status.value,
                signed_in_at=at if came else None,
                signed_out_at=None,
                method="scan" if came else "paper",
                recorded_by=trainer,
                recorded_at=at if came else starts + timedelta(hours=3),
            )
