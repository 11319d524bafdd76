"""The demo station's volunteers: teams (university teams, a caring enterprise, women's and party
members' teams), volunteers drawn from the registry who join, pause and leave over the years, three
repeating activities (the weekly 公益巴士进社区 with the university teams, a weekly meal service for
the elderly, a fortnightly Saturday clean-up), their shifts around the holidays, sign-ups, desk
check-ins and the hours credited, a few forgotten check-outs closed by the rule and reviewed, and
some entries made afterwards that still wait for a coordinator. The station's staff for 6430.
A step of services/demo.py, with its own random stream.
"""

from __future__ import annotations

import json
import random
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from stationdesk.domain import codes
from stationdesk.services.demo_reception import Rows, flush_if_full
from stationdesk.services.demo_training import demo_calendar
from stationdesk.store.models import (
    Activity,
    HoursEntry,
    HoursReview,
    Shift,
    ShiftAssignment,
    ShiftRole,
    ShiftSeries,
    StaffMember,
    TeamMember,
    Volunteer,
    VolunteerCheck,
    VolunteerTeam,
)

if TYPE_CHECKING:
    from stationdesk.services.demo import _Build

VOLUNTEERS_PER_YEAR = 30
"""New volunteers a year at a 5,000-person year of registry (scaled like the other steps)."""

TEAMS = (
    ("嘉兴学院志愿服务队", "嘉兴学院", 3),  # (name, organisation, years a member typically stays)
    ("浙江财经大学东方学院青年志愿者协会", "浙江财经大学东方学院", 3),
    ("平湖爱心企业志愿者联盟", "平湖爱心企业联盟", 6),
    ("当湖街道巾帼志愿服务队", "当湖街道妇联", 8),
    ("社区党员志愿服务队", "当湖街道党工委", 10),
)
SKILLS = ("驾驶", "助老陪伴", "课业辅导", "文艺表演", "摄影宣传", "医疗护理", "理发", "手工", "普通话讲解")


@dataclass(frozen=True)
class Plan:
    name: str
    place: str
    partner: int | None  # index into demo.DEMO_PARTNERS
    weekday: int  # 0 Monday
    every_weeks: int
    start: time
    end: time
    roles: tuple[tuple[str, int], ...]
    teams: tuple[int, ...]  # the teams that serve it, indices into TEAMS
    content: str


PLANS = (
    Plan("公益巴士进社区", "当湖街道各社区", 5, 2, 1, time(13, 30), time(16, 30),
         (("司机", 1), ("讲解", 2), ("帮手", 5)), (0, 1, 2), "公益巴士进社区：政策宣传、义诊、便民服务"),
    Plan("助老助餐", "东湖社区居家养老服务照料中心", None, 1, 1, time(10, 30), time(12, 30),
         (("送餐", 2), ("帮手", 2)), (3, 4), "助老助餐：送餐上门、陪伴就餐"),
    Plan("周末环境整治", "新华社区", None, 5, 2, time(8, 30), time(11, 0),
         (("帮手", 8),), (0, 1, 3, 4), "周末环境整治：清理楼道、垃圾分类宣传"),
)  # fmt: skip

STAFF = (
    ("沈丽娟", True, True, "social_worker"),
    ("王敏", True, True, "assistant"),
    ("周强", True, True, "assistant"),
    ("徐红", True, True, "social_worker"),
    ("陆志明", True, False, ""),
    ("顾建华", True, False, ""),
    ("陈晓燕", False, True, "assistant"),
)
"""(name, full time, certified, level): the demo station meets 6430's staff side."""

SHOW_UP = 0.9
FORGET_CHECKOUT = 0.03
AFTERWARDS = 0.1
"""Of the shifts in the last three weeks, the share entered afterwards (the desk was closed):
those entries still wait for a coordinator's review."""


@dataclass
class _Member:
    volunteer_id: str
    team: int
    joined: date
    left: date | None
    paused: bool
    leader: bool = False

    def serves_on(self, day: date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left) and not self.paused


def _minute(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _series_days(first: date, until: date, every_weeks: int) -> list[date]:
    """The series' days: a working weekday skips the holidays, a weekend day skips make-up workdays."""
    days = []
    day = first
    while day <= until:
        kind = demo_calendar(day)
        if (day.weekday() < 5) != kind.day_off:
            days.append(day)
        day += timedelta(weeks=every_weeks)
    return days


def volunteers(build: _Build, report: Callable[[float], None]) -> None:
    rng = random.Random(f"stationdesk-demo:{build.seed}:volunteers")
    rows = Rows(
        build,
        order=(VolunteerTeam, Volunteer, TeamMember, StaffMember, Activity, ShiftSeries, Shift, ShiftRole,
               ShiftAssignment, VolunteerCheck, HoursEntry, HoursReview),
    )  # fmt: skip
    coordinator = build.user_ids["staff"]
    first_year = build.today.year - build.years + 1
    teams = [
        rows.add(VolunteerTeam, name=name, organisation=organisation, description="", retired=False)
        for name, organisation, _stay in TEAMS
    ]
    for name, full_time, certified, level in STAFF:
        rows.add(StaffMember, name=name, person_id=None, full_time=full_time, certified=certified,
                 cert_level=level, since=date(first_year, 1, 1), until=None, notes="")  # fmt: skip
    members = _volunteers(build, rng, rows, teams, first_year)
    report(0.2)
    activities = [
        rows.add(
            Activity,
            name=plan.name,
            place=plan.place,
            description=plan.content,
            archived=False,
            partner_id=None if plan.partner is None else build.partner_ids[plan.partner],
            created_by=coordinator,
        )
        for plan in PLANS
    ]
    for year in range(first_year, build.today.year + 1):
        for plan, activity_id in zip(PLANS, activities, strict=True):
            _year_of(build, rng, rows, plan, activity_id, year, members, coordinator)
        flush_if_full(build, rows)
        report(0.2 + 0.8 * (year - first_year + 1) / build.years)
    flush_if_full(build, rows, force=True)


def _volunteers(
    build: _Build, rng: random.Random, rows: Rows, teams: list[str], first_year: int
) -> list[_Member]:
    scale = len(build.person_ids) / (5000 * max(build.years, 1))
    order = sorted(range(len(build.person_ids)), key=lambda i: build.registered_on[i])
    registered = [build.registered_on[i] for i in order]
    used_codes: set[str] = set()
    chosen: set[int] = set()
    members: list[_Member] = []
    for year in range(first_year, build.today.year + 1):
        for _ in range(max(2, round(VOLUNTEERS_PER_YEAR * scale))):
            joined = date(year, rng.randint(1, 12), rng.randint(1, 28))
            if joined > build.today:
                continue
            known = bisect_right(registered, joined)
            if known == 0:
                continue
            index = order[rng.randrange(known)]
            if index in chosen:
                continue
            chosen.add(index)
            team = rng.choice(range(len(TEAMS)))
            stay = TEAMS[team][2]
            left = joined + timedelta(days=round(365 * rng.uniform(0.5, 1.5) * stay))
            left_on = left if left <= build.today else None
            paused = left_on is None and rng.random() < 0.08
            status = "left" if left_on else ("paused" if paused else "active")
            code = codes.new_code(rng.choice)
            while code in used_codes:
                code = codes.new_code(rng.choice)
            used_codes.add(code)
            volunteer_id = rows.add(
                Volunteer, person_id=build.person_ids[index], code=code, organisation=TEAMS[team][1],
                skills="、".join(rng.sample(SKILLS, rng.randint(1, 2))), availability=rng.choice(
                    ("周三下午", "周末", "工作日上午", "不定期")), registered_on=joined, status=status,
                platform_number=f"33048{rng.randrange(10**9):09d}" if rng.random() < 0.6 else "", notes="",
            )  # fmt: skip
            # Two leaders a team among those still in it (earlier leaders left with their members).
            leader = left_on is None and sum(1 for m in members if m.team == team and m.leader) < 2
            rows.add(TeamMember, team_id=teams[team], volunteer_id=volunteer_id, leader=leader,
                     joined_on=joined, left_on=left_on)  # fmt: skip
            members.append(_Member(volunteer_id, team, joined, left_on, paused, leader))
    return members


def _year_of(
    build: _Build,
    rng: random.Random,
    rows: Rows,
    plan: Plan,
    activity_id: str,
    year: int,
    members: list[_Member],
    coordinator: str,
) -> None:
    """One activity's series for a year (March to mid-December), its shifts, sign-ups and hours."""
    first = date(year, 3, 1)
    first += timedelta(days=(plan.weekday - first.weekday()) % 7)
    until = date(year, 12, 15)
    roles = [{"name": name, "capacity": capacity} for name, capacity in plan.roles]
    series_id = rows.add(
        ShiftSeries, activity_id=activity_id, first_day=first, until=until, every_weeks=plan.every_weeks,
        start_minute=_minute(plan.start), end_minute=_minute(plan.end),
        roles=json.dumps(roles, ensure_ascii=False), ignore_holidays=False,
    )  # fmt: skip
    horizon = build.today + timedelta(days=28)  # sign-ups run four weeks ahead
    for day in _series_days(first, until, plan.every_weeks):
        if day > horizon:
            break
        starts, ends = datetime.combine(day, plan.start), datetime.combine(day, plan.end)
        shift_id = rows.add(Shift, activity_id=activity_id, series_id=series_id, planned_on=day,
                            starts_at=starts, ends_at=ends, cancelled=False, note="")  # fmt: skip
        pool = [m for m in members if m.team in plan.teams and m.serves_on(day)]
        rng.shuffle(pool)
        for position, (name, capacity) in enumerate(plan.roles):
            role_id = rows.add(ShiftRole, shift_id=shift_id, name=name, capacity=capacity, position=position)
            filled = min(len(pool), capacity if rng.random() < 0.7 else rng.randint(0, capacity))
            for member in pool[:filled]:
                _serve(build, rng, rows, plan, (shift_id, role_id, activity_id), member, (starts, ends),
                       coordinator)  # fmt: skip
            pool = pool[filled:]


def _serve(
    build: _Build,
    rng: random.Random,
    rows: Rows,
    plan: Plan,
    ids: tuple[str, str, str],
    member: _Member,
    span: tuple[datetime, datetime],
    coordinator: str,
) -> None:
    """A sign-up; for a shift already held, the check-in, check-out and the hours credited."""
    shift_id, role_id, activity_id = ids
    starts, ends = span
    rows.add(ShiftAssignment, shift_id=shift_id, role_id=role_id, volunteer_id=member.volunteer_id,
             assigned_by=coordinator, assigned_at=starts - timedelta(days=rng.randint(3, 20)),
             withdrawn=False)  # fmt: skip
    day = starts.date()
    if day >= build.today or rng.random() > SHOW_UP:
        return
    checked_in = starts - timedelta(minutes=rng.randint(0, 20)) + timedelta(minutes=rng.choice((0, 0, 0, 10)))
    rows.add(VolunteerCheck, volunteer_id=member.volunteer_id, shift_id=shift_id, kind="in", at=checked_in,
             method=rng.choice(("scan", "scan", "name")), recorded_by=coordinator)  # fmt: skip
    recent = build.today - day < timedelta(days=21)
    common = {"volunteer_id": member.volunteer_id, "shift_id": shift_id, "activity_id": activity_id,
              "service_date": day, "content": plan.content, "supersedes_id": None,
              "recorded_by": coordinator}  # fmt: skip
    if rng.random() < FORGET_CHECKOUT:
        minutes = int((ends - starts).total_seconds() // 60)
        entry = rows.add(HoursEntry, **common, starts_at=starts, ends_at=ends, credited_minutes=minutes,
                         source="rule", needs_review=True, flag="forgot_checkout",
                         recorded_at=ends + timedelta(hours=6))  # fmt: skip
        if not recent:
            rows.add(HoursReview, entry_id=entry, decision="approved", reviewed_by=build.user_ids["demo"],
                     reviewed_at=ends + timedelta(days=2), note="与排班表核对无误")  # fmt: skip
        return
    checked_out = ends + timedelta(minutes=rng.randint(-15, 20))
    credited_from = max(checked_in, starts)
    minutes = int((checked_out - credited_from).total_seconds() // 60) // 15 * 15
    rows.add(VolunteerCheck, volunteer_id=member.volunteer_id, shift_id=shift_id, kind="out", at=checked_out,
             method="scan", recorded_by=coordinator)  # fmt: skip
    if recent and rng.random() < AFTERWARDS:
        afterwards = ends + timedelta(days=1)
        rows.add(HoursEntry, **common, starts_at=starts, ends_at=ends, credited_minutes=minutes,
                 source="entry", needs_review=True, flag="", recorded_at=afterwards)  # fmt: skip
        return
    rows.add(HoursEntry, **common, starts_at=credited_from, ends_at=checked_out, credited_minutes=minutes,
             source="desk", needs_review=False, flag="", recorded_at=checked_out)  # fmt: skip
