"""The figures of the monthly (quarterly, any-period) station report (月报): plain data, no Qt, no PDF.

:func:`report_figures` gathers, for a period, the same period before it and the same period a year
earlier, what the report writer prints: reception, referrals, follow-ups, the key-target visit rate
(through services/coverage.py, the one rule), volunteer hours (services/hours_count.py, the one
rule), trainings, staffing against 6430 (services/staffing.py) and the manager's highlights.

Every figure is one grouped statement over the period's rows (date ranges on indexed columns where
the schema has the index), so the cost follows the period, not the size of the database.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from fractions import Fraction

from sqlalchemy import and_, distinct, exists, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from stationdesk.domain import visits as rules
from stationdesk.domain.counts import Count
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.highlights import HIGHLIGHTS_MAX, highlight_id
from stationdesk.domain.roles import Action
from stationdesk.domain.staffing import Staffing
from stationdesk.domain.training import ATTENDED, attendance_rate
from stationdesk.services import audit, coverage, site_stations, staffing
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.follow_ups import OPEN
from stationdesk.services.hours_count import counts
from stationdesk.services.site_stations import at_sites
from stationdesk.store.models import (
    Enrolment,
    FollowUp,
    HoursEntry,
    NeedCategory,
    Partner,
    Person,
    Referral,
    ReportHighlight,
    SessionAttendance,
    Station,
    TrainingSession,
    Volunteer,
    WalkIn,
    WalkInNeed,
)

# --- periods ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """Any run of days, ``first_day`` to ``last_day`` inclusive; ``kind`` is "month", "quarter" or "days"."""

    first_day: date
    last_day: date
    kind: str = "days"

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValidationError("report.period_reversed", "the period ends before it starts")

    @property
    def code(self) -> str:
        """2026-10, 2026-Q4, or 2026-10-01..2026-10-15."""
        if self.kind == "month":
            return f"{self.first_day.year}-{self.first_day.month:02d}"
        if self.kind == "quarter":
            return f"{self.first_day.year}-Q{(self.first_day.month - 1) // 3 + 1}"
        return f"{self.first_day.isoformat()}..{self.last_day.isoformat()}"

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.first_day, time.min)

    @property
    def end_before(self) -> datetime:
        """The first moment after the period (timestamps are compared ``< end_before``)."""
        return datetime.combine(self.last_day + timedelta(days=1), time.min)

    def calendar_period(self) -> rules.Period | None:
        """The key-target rules' period (a whole month or quarter), None for a run of days."""
        if self.kind == "month":
            return rules.Period(self.first_day, self.last_day, rules.Cadence.MONTH)
        if self.kind == "quarter":
            return rules.Period(self.first_day, self.last_day, rules.Cadence.QUARTER)
        return None

    def previous(self) -> ReportPeriod:
        """The month or quarter before; for a run of days, as many days just before."""
        if self.kind == "month":
            day = self.first_day - timedelta(days=1)
            return period_of_month(day.year, day.month)
        if self.kind == "quarter":
            day = self.first_day - timedelta(days=1)
            return period_of_quarter(day.year, (day.month - 1) // 3 + 1)
        days = self.last_day - self.first_day
        last = self.first_day - timedelta(days=1)
        return ReportPeriod(last - days, last)

    def year_before(self) -> ReportPeriod:
        """The same month, quarter or days a year earlier (29 February becomes the 28th)."""
        if self.kind == "month":
            return period_of_month(self.first_day.year - 1, self.first_day.month)
        if self.kind == "quarter":
            return period_of_quarter(self.first_day.year - 1, (self.first_day.month - 1) // 3 + 1)
        return ReportPeriod(_year_back(self.first_day), _year_back(self.last_day))


def _year_back(day: date) -> date:
    return day.replace(year=day.year - 1, day=min(day.day, calendar.monthrange(day.year - 1, day.month)[1]))


def period_of_month(year: int, month: int) -> ReportPeriod:
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        raise ValidationError("report.bad_month", "not a month", {"year": year, "month": month})
    return ReportPeriod(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")


def period_of_quarter(year: int, quarter: int) -> ReportPeriod:
    if not 1 <= quarter <= 4 or not 1 <= year <= 9999:
        raise ValidationError("report.bad_quarter", "not a quarter", {"year": year, "quarter": quarter})
    last_month = quarter * 3
    return ReportPeriod(
        date(year, last_month - 2, 1),
        date(year, last_month, calendar.monthrange(year, last_month)[1]),
        "quarter",
    )


# --- figures ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceptionFigures:
    walk_ins: int
    by_need: tuple[Count, ...]  # category name; a walk-in with two needs counts under both
    by_outcome: tuple[Count, ...]  # outcome code (services/reception.py OUTCOMES)
    new_persons: int  # persons registered in the period
    first_time: int  # persons whose first walk-in ever is in the period
    returning: int  # persons who came in the period and had come before it
    anonymous: int  # walk-ins without a person


@dataclass(frozen=True)
class ReferralFigures:
    sent: int
    by_status: tuple[Count, ...]  # status now (domain/referrals.ReferralStatus value)
    by_partner: tuple[Count, ...]  # partner name


@dataclass(frozen=True)
class FollowUpFigures:
    opened: int  # see _follow_ups: the schema keeps no creation date
    done: int  # completed in the period
    overdue: int  # still open at the period's end with the due date on or before its last day


@dataclass(frozen=True)
class VisitMiss:
    person_name: str
    grid: str
    worker_name: str
    tier: str
    period_code: str  # the cadence period missed (a week, month or quarter)
    reason: str  # an exemption reason or visits.NOT_VISITED


@dataclass(frozen=True)
class VisitFigures:
    due: int
    visited: int
    pending: int  # due periods not over yet on ``today``
    misses: tuple[VisitMiss, ...]

    @property
    def rate(self) -> Fraction | None:
        """Against the goal of 100%; None when nobody was due."""
        return rules.rate_of(self.visited, self.due)


@dataclass(frozen=True)
class VolunteerFigures:
    counted_minutes: int  # hours entries of the period that count (hours_count.counts())
    served: int  # volunteers with a counted entry in the period
    active: int  # active volunteers on the period's last day (the 6430 panel's rule)

    @property
    def counted_hours(self) -> Fraction:
        return Fraction(self.counted_minutes, 60)


@dataclass(frozen=True)
class TrainingFigures:
    sessions: int  # sessions held (started, not cancelled) in the period
    programmes: int  # programmes with a session held
    participants: int  # participants who attended at least one of them
    attended: int  # attended marks
    expected: int  # participants of the programme at each session held

    @property
    def attendance_rate(self) -> Fraction | None:
        return attendance_rate(self.attended, self.expected)


@dataclass(frozen=True)
class PeriodFigures:
    period: ReportPeriod
    reception: ReceptionFigures
    referrals: ReferralFigures
    follow_ups: FollowUpFigures
    visits: VisitFigures | None  # None for a run of days that is not a whole month or quarter
    volunteers: VolunteerFigures
    training: TrainingFigures
    staffing: Staffing  # on the period's last day


Sites = frozenset[str] | None
"""The site ids whose rows a figure counts; None: every row of the database."""


@dataclass(frozen=True)
class Scope:
    """Whose figures: the whole database, or some stations of a hub (services/site_stations.py)."""

    codes: tuple[str, ...] | None = None  # the chosen stations; None: the whole database
    names: tuple[str, ...] = ()  # the stations' names: the chosen ones, or for a roll-up all reporting
    sites: Sites = None
    stations: int = 1  # how many stations the figures cover (the 6430 targets scale with it)
    roll_up: bool = False  # the whole database of a hub: the district's roll-up
    listed: tuple[str, ...] = ()  # the codes of ``names``, in the same order


WHOLE = Scope()
"""A station's own report: every row of its database, as before hubs existed."""


@dataclass(frozen=True)
class StationHighlights:
    """One station's highlights in a report over several stations."""

    name: str
    text: str  # "" when the station wrote none for the period


@dataclass(frozen=True)
class StationFigures:
    current: PeriodFigures
    previous: PeriodFigures
    last_year: PeriodFigures
    highlights: str  # the station's own, in a report on one station
    today: date
    scope: Scope = WHOLE
    by_station: tuple[StationHighlights, ...] = ()  # each station's, in a report on several (a roll-up)


def _counts(session: Session, stmt) -> tuple[Count, ...]:  # type: ignore[no-untyped-def]
    rows = [Count(str(label), int(n)) for label, n in session.execute(stmt)]
    return tuple(sorted(rows, key=lambda c: (-c.count, c.label)))


def _in(column, period: ReportPeriod):  # type: ignore[no-untyped-def]
    return and_(column >= period.start_at, column < period.end_before)


def _reception(session: Session, period: ReportPeriod, sites: Sites) -> ReceptionFigures:
    live = and_(WalkIn.deleted.is_(False), _in(WalkIn.arrived_at, period), *at_sites(WalkIn.site_id, sites))
    total, anonymous = session.execute(
        select(func.count(WalkIn.id), func.count(WalkIn.id).filter(WalkIn.person_id.is_(None))).where(live)
    ).one()
    by_outcome = _counts(
        session, select(WalkIn.outcome, func.count(WalkIn.id)).where(live).group_by(WalkIn.outcome)
    )
    by_need = _counts(
        session,
        select(NeedCategory.name, func.count(distinct(WalkIn.id)))
        .join(WalkInNeed, WalkInNeed.walk_in_id == WalkIn.id)
        .join(NeedCategory, NeedCategory.id == WalkInNeed.category_id)
        .where(live, WalkInNeed.deleted.is_(False))
        .group_by(NeedCategory.id, NeedCategory.name),
    )
    earlier = aliased(WalkIn)
    came_before = exists().where(
        earlier.person_id == WalkIn.person_id,
        earlier.deleted.is_(False),
        earlier.arrived_at < period.start_at,
    )
    visitors = (
        select(WalkIn.person_id, came_before.label("came_before"))
        .where(live, WalkIn.person_id.is_not(None))
        .group_by(WalkIn.person_id)
        .subquery()
    )
    first_time, returning = session.execute(
        select(
            func.count().filter(visitors.c.came_before.is_(False)),
            func.count().filter(visitors.c.came_before.is_(True)),
        )
    ).one()
    new_persons = session.scalar(
        select(func.count(Person.id)).where(
            Person.deleted.is_(False), _in(Person.created_at, period), *at_sites(Person.site_id, sites)
        )
    )
    return ReceptionFigures(
        walk_ins=int(total),
        by_need=by_need,
        by_outcome=by_outcome,
        new_persons=int(new_persons or 0),
        first_time=int(first_time or 0),
        returning=int(returning or 0),
        anonymous=int(anonymous),
    )


def _referrals(session: Session, period: ReportPeriod, sites: Sites) -> ReferralFigures:
    """One scan of the period's referrals, grouped by status and partner, summed both ways here."""
    rows = session.execute(
        select(Referral.status, Partner.name, func.count(Referral.id))
        .join(Partner, Partner.id == Referral.partner_id)
        .where(Referral.deleted.is_(False), _in(Referral.sent_at, period), *at_sites(Referral.site_id, sites))
        .group_by(Referral.status, Partner.id, Partner.name)
    ).all()
    by_status: dict[str, int] = {}
    by_partner: dict[str, int] = {}
    for status, partner, n in rows:
        by_status[status] = by_status.get(status, 0) + n
        by_partner[partner] = by_partner.get(partner, 0) + n
    return ReferralFigures(sum(by_status.values()), _sorted(by_status), _sorted(by_partner))


def _sorted(counts: dict[str, int]) -> tuple[Count, ...]:
    return tuple(
        sorted((Count(str(k), int(n)) for k, n in counts.items()), key=lambda c: (-c.count, c.label))
    )


def _follow_ups(session: Session, period: ReportPeriod, sites: Sites) -> FollowUpFigures:
    """``opened``: follow-ups set at a walk-in of the period, and those set apart from a walk-in that
    fall due in the period (the follow-up table keeps no creation date; one cannot be set due in the
    past, so it was opened on or before its due date).

    Four counts, each through its own index (arrival, due date, completion time, status and due
    date), so a month costs what the month holds rather than ten years of follow-ups."""
    live = and_(FollowUp.deleted.is_(False), *at_sites(FollowUp.site_id, sites))

    def count(*where: object) -> int:
        return int(session.scalar(select(func.count(FollowUp.id)).where(live, *where)) or 0)

    at_walk_ins = int(
        session.scalar(
            select(func.count(FollowUp.id))
            .join(WalkIn, WalkIn.id == FollowUp.walk_in_id)
            .where(live, WalkIn.deleted.is_(False), _in(WalkIn.arrived_at, period))
        )
        or 0
    )
    due_in_period = and_(FollowUp.due_on >= period.first_day, FollowUp.due_on <= period.last_day)
    apart = count(FollowUp.walk_in_id.is_(None), due_in_period)
    # A follow-up goes from open to done once, and only then gets its done_at: the done_at index
    # finds the done ones of a time span (asking for the status too, SQLite would walk them all).
    done = count(_in(FollowUp.done_at, period))
    due_by_end = FollowUp.due_on <= period.last_day
    still_open = count(FollowUp.status == OPEN, due_by_end)
    # Most follow-ups are due before a recent period ends: said so, SQLite walks the few done since.
    mostly = func.likelihood(due_by_end, literal_column("0.9"))  # a constant, as likelihood() wants
    done_later = count(FollowUp.done_at >= period.end_before, mostly)
    return FollowUpFigures(opened=at_walk_ins + apart, done=done, overdue=still_open + done_later)


def _volunteers(session: Session, period: ReportPeriod, active: int, sites: Sites) -> VolunteerFigures:
    minutes, served = session.execute(
        select(
            func.coalesce(func.sum(HoursEntry.credited_minutes), 0),
            func.count(distinct(HoursEntry.volunteer_id)),
        )
        .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
        .where(
            HoursEntry.service_date >= period.first_day,
            HoursEntry.service_date <= period.last_day,
            Volunteer.deleted.is_(False),
            counts(),
            *at_sites(HoursEntry.site_id, sites),
        )
    ).one()
    return VolunteerFigures(int(minutes), int(served), active)


def _training(session: Session, period: ReportPeriod, now: datetime, sites: Sites) -> TrainingFigures:
    held_rows = session.execute(
        select(TrainingSession.id, TrainingSession.programme_id).where(
            TrainingSession.deleted.is_(False),
            TrainingSession.cancelled.is_(False),
            _in(TrainingSession.starts_at, period),
            TrainingSession.starts_at <= now,
            *at_sites(TrainingSession.site_id, sites),
        )
    ).all()
    if not held_rows:
        return TrainingFigures(0, 0, 0, 0, 0)
    held_ids = [session_id for session_id, _ in held_rows]
    sessions_of: dict[str, int] = {}
    for _, programme_id in held_rows:
        sessions_of[programme_id] = sessions_of.get(programme_id, 0) + 1
    participant = func.coalesce(Enrolment.merged_into, Enrolment.id)
    marks = (
        select(SessionAttendance.session_id, participant.label("who"))
        .join(Enrolment, Enrolment.id == SessionAttendance.enrolment_id)
        .where(
            SessionAttendance.session_id.in_(held_ids),
            SessionAttendance.deleted.is_(False),
            Enrolment.deleted.is_(False),
            SessionAttendance.status.in_(sorted(ATTENDED)),
        )
        .distinct()
        .subquery()
    )
    attended, participants = session.execute(select(func.count(), func.count(distinct(marks.c.who)))).one()
    enrolled = session.execute(
        select(Enrolment.programme_id, func.count(Enrolment.id))
        .where(
            Enrolment.programme_id.in_(sorted(sessions_of)),
            Enrolment.deleted.is_(False),
            Enrolment.withdrawn.is_(False),
            Enrolment.merged_into.is_(None),
        )
        .group_by(Enrolment.programme_id)
    ).all()
    expected = sum(sessions_of[programme_id] * n for programme_id, n in enrolled)
    return TrainingFigures(len(held_rows), len(sessions_of), int(participants), int(attended), int(expected))


def _visits(ctx: ServiceContext, period: ReportPeriod, today: date, sites: Sites) -> VisitFigures | None:
    calendar_period = period.calendar_period()
    if calendar_period is None:
        return None
    report = coverage.coverage(ctx, calendar_period, today, sites=sites)
    misses = tuple(
        VisitMiss(line.person_name, line.grid, line.worker_name, line.tier, line.period.code, line.reason)
        for line in report.not_visited()
        if line.state == "missed"
    )
    pending = sum(1 for line in report.lines if line.state == "pending")
    return VisitFigures(report.due, report.visited, pending, misses)


def _period_figures(ctx: ServiceContext, period: ReportPeriod, today: date, scope: Scope) -> PeriodFigures:
    sites = scope.sites
    panel = staffing.panel(ctx, min(period.last_day, today), sites=sites, stations=scope.stations)
    now = datetime.combine(today, time.max)
    with ctx.reading() as session:
        reception = _reception(session, period, sites)
        referrals = _referrals(session, period, sites)
        follow_ups = _follow_ups(session, period, sites)
        volunteers = _volunteers(session, period, panel.volunteers.count, sites)
        training = _training(session, period, now, sites)
    return PeriodFigures(
        period=period,
        reception=reception,
        referrals=referrals,
        follow_ups=follow_ups,
        visits=_visits(ctx, period, today, sites),
        volunteers=volunteers,
        training=training,
        staffing=panel,
    )


def scope_of(ctx: ServiceContext, stations: frozenset[str] | None = None) -> Scope:
    """The scope of a report on ``stations`` (codes; None: the whole database, on a hub the district's
    roll-up). An unknown code is refused (``hub.unknown_station``)."""
    with ctx.reading() as session:
        if stations is None:
            if not site_stations.is_hub(session):
                return WHOLE
            reporting = site_stations.reporting_stations(session)
            names = tuple(station.name for station in reporting)
            codes = tuple(station.code for station in reporting)
            return Scope(None, names, None, max(len(reporting), 1), roll_up=True, listed=codes)
        sites = site_stations.sites_of(session, stations)
        chosen = [s for s in site_stations.stations(session) if s.site_ids & sites]
    return Scope(
        codes=tuple(s.code for s in chosen),
        names=tuple(s.name for s in chosen),
        sites=sites,
        stations=len(chosen),
        listed=tuple(s.code for s in chosen),
    )


def report_figures(
    ctx: ServiceContext,
    period: ReportPeriod,
    *,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    stations: frozenset[str] | None = None,
) -> StationFigures:
    """The report's figures for ``period``, the period before it and the same period a year earlier;
    ``progress(done, 3)`` is told after each of the three. ``stations`` (station codes) counts only
    the rows written at those stations' sites; None counts the whole database (on a hub: the roll-up)."""
    require(ctx, Action.RECEPTION_VIEW)
    require(ctx, Action.VOLUNTEER_VIEW)
    require(ctx, Action.TRAINING_VIEW)
    today = today or date.today()
    scope = scope_of(ctx, stations)
    figured = []
    for number, each in enumerate((period, period.previous(), period.year_before()), start=1):
        figured.append(_period_figures(ctx, each, today, scope))
        if progress is not None:
            progress(number, 3)
    current, previous, last_year = figured
    own, by_station = _scope_highlights(ctx, period, scope)
    return StationFigures(
        current=current,
        previous=previous,
        last_year=last_year,
        highlights=own,
        today=today,
        scope=scope,
        by_station=by_station,
    )


# --- highlights ------------------------------------------------------------------------------------
# The manager's free text of a period, one travelling record per station and period (schema 0011,
# store/models.ReportHighlight): written at the station, received by its other PCs and the hub.


def _of_period(period: ReportPeriod):  # type: ignore[no-untyped-def]
    return and_(
        ReportHighlight.deleted.is_(False),
        ReportHighlight.first_day == period.first_day,
        ReportHighlight.period_kind == period.kind,
        ReportHighlight.last_day == period.last_day,
    )


def _texts(session: Session, period: ReportPeriod, codes: tuple[str, ...]) -> dict[str, str]:
    """The highlights of ``period`` written by the stations ``codes`` (station code -> text)."""
    rows = session.execute(
        select(Station.code, ReportHighlight.text)
        .join(Station, Station.id == ReportHighlight.station_id)
        .where(_of_period(period), Station.code.in_(codes))
        .order_by(ReportHighlight.hlc)  # should a station have two rows, the newest wins
    )
    return {code: text for code, text in rows}


def _scope_highlights(
    ctx: ServiceContext, period: ReportPeriod, scope: Scope
) -> tuple[str, tuple[StationHighlights, ...]]:
    """(this station's text, ()) for a report on one station; ("", each station's) for several."""
    if not scope.listed:
        return highlights(ctx, period), ()
    with ctx.reading() as session:
        texts = _texts(session, period, scope.listed)
    if len(scope.listed) == 1 and not scope.roll_up:
        return texts.get(scope.listed[0], ""), ()
    return "", tuple(
        StationHighlights(name, texts.get(code, ""))
        for code, name in zip(scope.listed, scope.names, strict=True)
    )


def highlights(ctx: ServiceContext, period: ReportPeriod) -> str:
    """This station's highlights of the period ("" when none was written)."""
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        station = site_stations.local_station(session)
        if station is None:
            return ""
        row = session.get(
            ReportHighlight, highlight_id(station.id, period.kind, period.first_day, period.last_day)
        )
        return row.text if row is not None and not row.deleted else ""


def set_highlights(ctx: ServiceContext, period: ReportPeriod, text: str) -> None:
    """Store this station's highlights of the period (a manager's: the settings right), audited as
    ``report.highlights``. The record's id is the same at every site (domain/highlights.py), so a
    second PC writing the same period meets it on sync as a conflict of its text, not a second row.
    Writing the same text again writes nothing."""
    actor = require(ctx, Action.SETTINGS_EDIT)
    text = text.strip()
    if len(text) > HIGHLIGHTS_MAX:
        raise ValidationError("report.highlights_too_long", "too long", {"max": HIGHLIGHTS_MAX})
    with ctx.transaction() as session:
        station = site_stations.local_station(session)
        if station is None:
            raise ServiceError("station.missing")
        key = put_highlights(session, station.id, period, text, actor.user_id)
        if key is not None:
            what = {"record_type": "report_highlight", "record_id": key, "detail": period.code}
            audit.record(session, actor, "report.highlights", **what)


def put_highlights(
    session: Session,
    station_id: str,
    period: ReportPeriod,
    text: str,
    by: str | None,
    at: datetime | None = None,
) -> str | None:
    """Write a station's highlights of a period in ``session`` (checked by the caller); the record's
    id when something was written, None when the text was already so (or empty with no record)."""
    key = highlight_id(station_id, period.kind, period.first_day, period.last_day)
    row = session.get(ReportHighlight, key)
    unchanged = row is not None and row.text == text and not row.deleted
    if unchanged or (row is None and not text):
        return None
    if row is None:
        row = ReportHighlight(
            id=key,
            station_id=station_id,
            period_kind=period.kind,
            first_day=period.first_day,
            last_day=period.last_day,
        )
        session.add(row)
    row.text, row.deleted = text, False
    row.updated_by, row.updated_at = by, at or datetime.now()
    return key
