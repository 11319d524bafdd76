"""The key-target coverage (探访覆盖) of a week, month or quarter: who was due, who was visited.

Loads the enrolments, exemptions and counting visits that touch the period and hands them to
domain/visits.py, then puts names on the result. The coverage view, the monthly report and
``stationdesk report coverage`` all come through here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from stationdesk.domain import visits as rules
from stationdesk.domain.roles import Action
from stationdesk.domain.visits import Cadence, Coverage, Period
from stationdesk.services import audit
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.key_targets import grid_text
from stationdesk.services.site_stations import at_sites
from stationdesk.services.visit_settings import cadences_in, counting_method_ids
from stationdesk.store.models import HomeVisit, KeyTarget, KeyTargetExemption, Person, User

HISTORY_PERIODS = 12


@dataclass(frozen=True)
class CoverageLine:
    """One due visit: a target in one cadence period, and how it stands."""

    target_id: str
    person_id: str
    person_name: str
    grid: str
    worker_name: str
    tier: str
    period: Period
    state: str  # "visited", "missed" or "pending"
    visited_on: date | None
    reason: str  # a miss's reason: an exemption reason or visits.NOT_VISITED
    days_left: int  # pending only


@dataclass(frozen=True)
class GroupLine:
    name: str
    due: int
    visited: int

    @property
    def rate(self) -> Fraction | None:
        return rules.rate_of(self.visited, self.due)


@dataclass(frozen=True)
class CoverageReport:
    period: Period
    today: date
    lines: tuple[CoverageLine, ...]
    by_grid: tuple[GroupLine, ...]
    by_worker: tuple[GroupLine, ...]

    @property
    def due(self) -> int:
        return len(self.lines)

    @property
    def visited(self) -> int:
        return sum(1 for line in self.lines if line.state == "visited")

    @property
    def rate(self) -> Fraction | None:
        return rules.rate_of(self.visited, self.due)

    def not_visited(self) -> list[CoverageLine]:
        """Pending (fewest days left first) then missed, the list a manager works through."""
        pending = sorted((line for line in self.lines if line.state == "pending"), key=_pending_order)
        missed = sorted((line for line in self.lines if line.state == "missed"), key=_missed_order)
        return [*pending, *missed]


def _pending_order(line: CoverageLine) -> tuple[int, str, str]:
    return (line.days_left, line.grid, line.person_name)


def _missed_order(line: CoverageLine) -> tuple[str, str]:
    return (line.grid, line.person_name)


@dataclass(frozen=True)
class _Loaded:
    enrolments: list[rules.Enrolment]
    visits: list[rules.Visit]
    exemptions: list[rules.Exemption]
    names: dict[str, tuple[str, str]]  # target id -> (person name, worker name)
    counting: frozenset[str]
    cadence_of: dict[str, Cadence]


def _span(periods: Sequence[Period], cadence_of: dict[str, Cadence]) -> tuple[date, date]:
    """The days any cadence period attributed to any of ``periods`` can cover."""
    spans = [
        (attributed.start, attributed.end)
        for period in periods
        for cadence in set(cadence_of.values())
        for attributed in rules.attributed_periods(period, cadence)
    ]
    spans += [(period.start, period.end) for period in periods]
    return min(s for s, _ in spans), max(e for _, e in spans)


def _load(session: Session, periods: Sequence[Period], sites: frozenset[str] | None = None) -> _Loaded:
    cadence_of = dict(cadences_in(session))
    start, end = _span(periods, cadence_of)
    query = (
        select(
            KeyTarget.id,
            KeyTarget.person_id,
            KeyTarget.tier,
            KeyTarget.start_on,
            KeyTarget.end_on,
            KeyTarget.worker_id,
            Person.grid,
            Person.community,
            Person.name,
            User.display_name,
        )
        .join(Person, Person.id == KeyTarget.person_id)
        .join(User, User.id == KeyTarget.worker_id)
        .where(
            KeyTarget.deleted.is_(False),
            Person.deleted.is_(False),
            KeyTarget.start_on <= end,
            or_(KeyTarget.end_on.is_(None), KeyTarget.end_on >= start),
            *at_sites(KeyTarget.site_id, sites),
        )
    )  # columns, not objects: a ten-year station has hundreds of targets
    enrolments: list[rules.Enrolment] = []
    names: dict[str, tuple[str, str]] = {}
    for (
        target_id,
        person_id,
        tier,
        start_on,
        end_on,
        worker_id,
        grid,
        community,
        name,
        worker,
    ) in session.execute(query):
        grid_name = grid_text(grid, community)
        enrolments.append(rules.Enrolment(target_id, person_id, tier, start_on, end_on, worker_id, grid_name))
        names[target_id] = (name, worker)
    visit_rows = session.execute(
        select(HomeVisit.target_id, HomeVisit.visited_on, HomeVisit.method_id).where(
            HomeVisit.deleted.is_(False), HomeVisit.visited_on >= start, HomeVisit.visited_on <= end
        )
    )
    exemption_rows = session.execute(
        select(KeyTargetExemption.target_id, KeyTargetExemption.reason, KeyTargetExemption.start_on,
               KeyTargetExemption.end_on)
        .where(
            KeyTargetExemption.deleted.is_(False),
            KeyTargetExemption.start_on <= end,
            or_(KeyTargetExemption.end_on.is_(None), KeyTargetExemption.end_on >= start),
        )
    )  # fmt: skip
    return _Loaded(
        enrolments=enrolments,
        visits=[rules.Visit(t, on, m) for t, on, m in visit_rows if t in names],
        exemptions=[rules.Exemption(t, r, s, e) for t, r, s, e in exemption_rows if t in names],
        names=names,
        counting=counting_method_ids(session),
        cadence_of=cadence_of,
    )


def _groups(lines: Sequence[CoverageLine], key: Callable[[CoverageLine], str]) -> tuple[GroupLine, ...]:
    due: dict[str, int] = {}
    visited: dict[str, int] = {}
    for line in lines:
        group = key(line)
        due[group] = due.get(group, 0) + 1
        visited[group] = visited.get(group, 0) + (line.state == "visited")
    return tuple(GroupLine(group, due[group], visited[group]) for group in sorted(due))


def _report(loaded: _Loaded, period: Period, today: date) -> CoverageReport:
    result: Coverage = rules.coverage(
        loaded.enrolments, loaded.visits, loaded.exemptions, loaded.counting, loaded.cadence_of, period, today
    )

    def line(item: rules.Hit | rules.Miss | rules.Pending, state: str) -> CoverageLine:
        target = item.target
        person_name, worker_name = loaded.names[target.target_id]
        return CoverageLine(
            target_id=target.target_id,
            person_id=target.person_id,
            person_name=person_name,
            grid=target.grid,
            worker_name=worker_name,
            tier=target.tier,
            period=item.period,
            state=state,
            visited_on=item.visited_on if isinstance(item, rules.Hit) else None,
            reason=item.reason if isinstance(item, rules.Miss) else "",
            days_left=item.days_left if isinstance(item, rules.Pending) else 0,
        )

    lines = (
        *(line(hit, "visited") for hit in result.hits),
        *(line(miss, "missed") for miss in result.misses),
        *(line(item, "pending") for item in result.pending),
    )
    return CoverageReport(
        period=period,
        today=today,
        lines=lines,
        by_grid=_groups(lines, lambda item: item.grid),
        by_worker=_groups(lines, lambda item: item.worker_name),
    )


def coverage(
    ctx: ServiceContext, period: Period, today: date | None = None, *, sites: frozenset[str] | None = None
) -> CoverageReport:
    """Who was due in ``period`` and how each due visit stands on ``today``; with ``sites``, only the
    key targets recorded at those sites (a hub's stations: services/site_stations.py) and their visits."""
    require(ctx, Action.RECEPTION_VIEW)
    today = today or date.today()
    with ctx.reading() as session:
        return _report(_load(session, [period], sites), period, today)


def history(
    ctx: ServiceContext, cadence: Cadence | str, count: int = HISTORY_PERIODS, today: date | None = None
) -> list[CoverageReport]:
    """The coverage of the last ``count`` periods of ``cadence`` up to the current one, oldest first."""
    require(ctx, Action.RECEPTION_VIEW)
    today = today or date.today()
    periods = [rules.period_of(today, cadence)]
    while len(periods) < count:
        periods.insert(0, rules.period_of(periods[0].start - timedelta(days=1), cadence))
    with ctx.reading() as session:
        loaded = _load(session, periods)
    return [_report(loaded, period, today) for period in periods]


def as_json(report: CoverageReport) -> dict[str, object]:
    """The report as plain data for ``stationdesk report coverage --json`` (rate as a float, 4 places)."""

    def group(line: GroupLine) -> dict[str, object]:
        return {"name": line.name, "due": line.due, "visited": line.visited, "rate": _float(line.rate)}

    def person(line: CoverageLine) -> dict[str, object]:
        out: dict[str, object] = {
            "person": line.person_name,
            "person_id": line.person_id,
            "grid": line.grid,
            "worker": line.worker_name,
            "tier": line.tier,
            "period": line.period.code,
        }
        if line.state == "missed":
            out["reason"] = line.reason
        else:
            out["days_left"] = line.days_left
        return out

    open_lines = report.not_visited()
    return {
        "period": report.period.code,
        "as_of": report.today.isoformat(),
        "due": report.due,
        "visited": report.visited,
        "rate": _float(report.rate),
        "misses": [person(line) for line in open_lines if line.state == "missed"],
        "pending": [person(line) for line in open_lines if line.state == "pending"],
        "by_grid": [group(line) for line in report.by_grid],
        "by_worker": [group(line) for line in report.by_worker],
    }


def _float(rate: Fraction | None) -> float | None:
    return None if rate is None else round(float(rate), 4)


def record_print(ctx: ServiceContext, period: Period) -> None:
    """The report lists people by name: printing it goes on the audit log."""
    actor = require(ctx, Action.PRINT)
    with ctx.transaction() as session:
        audit.record(session, actor, "coverage.print", record_type="coverage", detail=period.code)
