"""The coverage service over the database: the rules of domain/visits.py with names, groups and history."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from stationdesk.domain.visits import period_of
from stationdesk.services import coverage, key_targets, people, visit_settings
from stationdesk.services.context import ServiceContext
from stationdesk.services.key_targets import EnrolmentDraft, VisitDraft
from stationdesk.services.people import PersonDraft

TODAY = date(2026, 11, 25)
NOVEMBER = period_of(date(2026, 11, 1), "month")


def _enrol(
    ctx: ServiceContext, name: str, grid: str, tier: str = "key", start: date = date(2026, 1, 1)
) -> str:
    person = people.create(ctx, PersonDraft(name=name, sex="F", grid=grid))
    draft = EnrolmentDraft(person, tier, "独居", ctx.actor.user_id, start)
    return key_targets.enrol(ctx, draft, today=TODAY)


def _visit(ctx: ServiceContext, target: str, day: date, method: str = "上门") -> None:
    method_id = next(m.id for m in visit_settings.methods(ctx) if m.name == method)
    key_targets.record_visit(ctx, VisitDraft(target, day, method_id, ctx.actor.user_id), today=TODAY)


@pytest.fixture
def station(ctx: ServiceContext) -> dict[str, str]:
    targets = {
        "甲": _enrol(ctx, "甲", "一网格"),
        "乙": _enrol(ctx, "乙", "一网格"),
        "丙": _enrol(ctx, "丙", "二网格"),
        "丁": _enrol(ctx, "丁", "二网格", start=date(2026, 11, 24)),  # in the last 7 days: not due
        "戊": _enrol(ctx, "戊", "二网格", tier="general"),  # quarterly: due in December, not November
    }
    _visit(ctx, targets["甲"], date(2026, 11, 3))
    _visit(ctx, targets["乙"], date(2026, 11, 4), method="志愿者/党员结对")  # does not count by default
    return targets


def test_a_month_counts_who_is_due_and_who_was_visited(ctx: ServiceContext, station: dict[str, str]) -> None:
    report = coverage.coverage(ctx, NOVEMBER, today=TODAY)
    assert (report.due, report.visited, report.rate) == (3, 1, Fraction(1, 3))
    states = {line.person_name: line.state for line in report.lines}
    assert states == {"甲": "visited", "乙": "pending", "丙": "pending"}
    assert [(g.name, g.due, g.visited) for g in report.by_grid] == [("一网格", 2, 1), ("二网格", 1, 0)]
    assert [line.days_left for line in report.not_visited()] == [6, 6]


def test_counting_a_method_changes_the_rate(ctx: ServiceContext, station: dict[str, str]) -> None:
    pairing = next(m for m in visit_settings.methods(ctx) if m.name == "志愿者/党员结对")
    visit_settings.update_method(ctx, pairing.id, pairing.name, counts_as_visit=True, retired=False)
    assert coverage.coverage(ctx, NOVEMBER, today=TODAY).visited == 2


def test_after_the_month_the_unvisited_are_misses_with_their_reason(
    ctx: ServiceContext, station: dict[str, str]
) -> None:
    key_targets.add_exemption(ctx, station["丙"], "hospital", date(2026, 11, 18), today=TODAY)
    report = coverage.coverage(ctx, NOVEMBER, today=date(2026, 12, 2))
    missed = {line.person_name: line.reason for line in report.lines if line.state == "missed"}
    assert missed == {"乙": "not_visited", "丙": "hospital"}  # exempt after the middle day: still due


def test_history_gives_one_report_per_period_oldest_first(
    ctx: ServiceContext, station: dict[str, str]
) -> None:
    reports = coverage.history(ctx, "month", count=3, today=TODAY)
    assert [r.period.code for r in reports] == ["2026-09", "2026-10", "2026-11"]
    assert [r.due for r in reports] == [4, 3, 3]  # 戊 is due in September, the end of Q3
    assert reports[0].rate == 0


def test_a_weekly_cadence_set_by_the_administrator_applies(
    ctx: ServiceContext, station: dict[str, str]
) -> None:
    visit_settings.set_cadence(ctx, "key", "week")
    report = coverage.coverage(ctx, NOVEMBER, today=date(2026, 12, 5))
    # four weeks whose Thursday lies in November for 甲, 乙 and 丙; 丁 (from Monday the 24th) the last one
    assert report.due == 4 * 3 + 1
    assert visit_settings.cadences(ctx)["key"] == "week"
