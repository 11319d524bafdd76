"""What the station report (月报) shows, as plain data, and its tables of figures in words.

One module for the PDF writer (reports/station_report.py) and the .xlsx writer
(reports/station_report_xlsx.py), without reportlab or openpyxl, so both files of a period show
the same lines, words and figures. The service (services/report_printouts.py) fills
:class:`ReportData` from services/station_report.StationFigures; codes stay codes here and the
words (reports/station_report_words.py) turn them into the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from stationdesk.domain.counts import Count
from stationdesk.domain.staffing import Staffing
from stationdesk.domain.training import attendance_rate as attended_share
from stationdesk.domain.visits import rate_of
from stationdesk.reports.station_report_words import ReportWords

COUNT, HOURS, RATE = "count", "hours", "rate"


@dataclass(frozen=True)
class PeriodData:
    kind: str  # "month", "quarter" or "days"
    first_day: date
    last_day: date
    walk_ins: int
    new_persons: int
    first_time: int
    returning: int
    anonymous: int
    by_need: tuple[Count, ...]
    by_outcome: tuple[Count, ...]
    referrals_sent: int
    by_status: tuple[Count, ...]
    by_partner: tuple[Count, ...]
    follow_ups_opened: int
    follow_ups_done: int
    follow_ups_overdue: int
    visits_due: int | None  # None: not a whole month or quarter, no visit rate
    visits_visited: int
    visits_pending: int
    volunteer_minutes: int
    volunteers_served: int
    volunteers_active: int
    training_sessions: int
    training_programmes: int
    training_participants: int
    training_attended: int
    training_expected: int
    staffing: Staffing

    @property
    def visit_rate(self) -> Fraction | None:
        return None if self.visits_due is None else rate_of(self.visits_visited, self.visits_due)

    @property
    def volunteer_hours(self) -> Fraction:
        return Fraction(self.volunteer_minutes, 60)

    @property
    def attendance_rate(self) -> Fraction | None:
        return attended_share(self.training_attended, self.training_expected)


@dataclass(frozen=True)
class Miss:
    person: str
    grid: str
    worker: str
    tier: str  # a code
    period: str  # the cadence period missed: 2026-W45, 2026-11, 2026-Q4
    reason: str  # a code (visits.NOT_VISITED or an exemption reason) or the station's own words


@dataclass(frozen=True)
class StationText:
    """One station's highlights in a report over several stations (a hub's roll-up)."""

    station: str  # the station's name
    text: str  # "" when it wrote none


@dataclass(frozen=True)
class ReportData:
    station_name: str
    prepared_by: str
    printed_on: date
    current: PeriodData
    previous: PeriodData
    last_year: PeriodData
    misses: Sequence[Miss]
    highlights: str
    logo_png: bytes | None = None
    stations: tuple[str, ...] = ()  # the names of the stations covered, when not just this station's own
    roll_up: bool = False  # a district hub's report over all its stations (``stations`` names them)
    by_station: tuple[StationText, ...] = ()  # each station's highlights, in a report on several


def stations_text(data: ReportData, words: ReportWords) -> str:
    """Whose report it is, for the cover: the station, the chosen stations, or the district's roll-up."""
    if data.roll_up:
        return words.roll_up.format(n=len(data.stations))
    return words.stations_joiner.join(data.stations) or data.station_name


Value = int | Fraction | None


@dataclass(frozen=True)
class Line:
    """One figure in three periods: this, the previous and the same period last year."""

    label: str
    values: tuple[Value, Value, Value]
    kind: str = COUNT  # COUNT, HOURS or RATE
    heading: bool = False  # a breakdown's title line, without figures
    indented: bool = False  # a line of a breakdown

    @property
    def current(self) -> Value:
        return self.values[0]


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[Line, ...]


def _three(data: ReportData, pick: Callable[[PeriodData], Value]) -> tuple[Value, Value, Value]:
    return pick(data.current), pick(data.previous), pick(data.last_year)


def _line(data: ReportData, label: str, pick: Callable[[PeriodData], Value], kind: str = COUNT) -> Line:
    return Line(label, _three(data, pick), kind)


def period_text(period: PeriodData, words: ReportWords) -> str:
    return words.period_text(period.kind, period.first_day, period.last_day)


def code_word(code: str, table: Mapping[str, str]) -> str:
    """The word of a code, or the code itself when the station recorded its own (a miss reason)."""
    return table.get(code, code)


def breakdown(
    data: ReportData, pick: Callable[[PeriodData], tuple[Count, ...]], order: Sequence[str] = ()
) -> list[tuple[str, tuple[int, int, int]]]:
    """A breakdown (by need, outcome, status, partner) with this period's, the previous period's and
    last year's count of each label seen in any of them: the codes of ``order`` first in that order,
    then by this period's count, most first."""
    counts: dict[str, list[int]] = {}
    for i, period in enumerate((data.current, data.previous, data.last_year)):
        for item in pick(period):
            counts.setdefault(item.label, [0, 0, 0])[i] = item.count
    place = {code: n for n, code in enumerate(order)}
    labels = sorted(counts, key=lambda k: (place.get(k, len(place)), -counts[k][0], -counts[k][1], k))
    return [(label, (counts[label][0], counts[label][1], counts[label][2])) for label in labels]


def headline(data: ReportData, words: ReportWords) -> tuple[Line, ...]:
    """The figures of the comparison table."""
    lines = [
        _line(data, words.walk_ins, lambda p: p.walk_ins),
        _line(data, words.new_persons, lambda p: p.new_persons),
        _line(data, words.first_time, lambda p: p.first_time),
        _line(data, words.returning, lambda p: p.returning),
        _line(data, words.referrals_sent, lambda p: p.referrals_sent),
        _line(data, words.follow_ups_opened, lambda p: p.follow_ups_opened),
        _line(data, words.follow_ups_done, lambda p: p.follow_ups_done),
        _line(data, words.follow_ups_overdue, lambda p: p.follow_ups_overdue),
    ]
    if data.current.visits_due is not None:
        lines.append(_line(data, words.visit_rate, lambda p: p.visit_rate, RATE))
    lines += [
        _line(data, words.volunteer_hours, lambda p: p.volunteer_hours, HOURS),
        _line(data, words.volunteers_served, lambda p: p.volunteers_served),
        _line(data, words.training_sessions, lambda p: p.training_sessions),
        _line(data, words.training_participants, lambda p: p.training_participants),
        _line(data, words.attendance_rate, lambda p: p.attendance_rate, RATE),
    ]
    return tuple(lines)


def _breakdown(
    data: ReportData,
    title: str,
    pick: Callable[[PeriodData], tuple[Count, ...]],
    words_of: Mapping[str, str] | None = None,
) -> tuple[Line, ...]:
    """A breakdown's title line, then one indented line per label (a code in words, or a name)."""
    order = tuple(words_of) if words_of else ()
    lines = [
        Line(code_word(label, words_of) if words_of else label, values, indented=True)
        for label, values in breakdown(data, pick, order)
    ]
    return (Line(title, (None, None, None), heading=True), *lines)


def reception_section(data: ReportData, words: ReportWords) -> Section:
    return Section(
        words.reception,
        (
            _line(data, words.walk_ins, lambda p: p.walk_ins),
            _line(data, words.new_persons, lambda p: p.new_persons),
            _line(data, words.first_time, lambda p: p.first_time),
            _line(data, words.returning, lambda p: p.returning),
            _line(data, words.anonymous, lambda p: p.anonymous),
            *_breakdown(data, words.by_need, lambda p: p.by_need),
            *_breakdown(data, words.by_outcome, lambda p: p.by_outcome, words.outcomes),
        ),
    )


def referral_section(data: ReportData, words: ReportWords) -> Section:
    return Section(
        words.referrals,
        (
            _line(data, words.referrals_sent, lambda p: p.referrals_sent),
            *_breakdown(data, words.by_status, lambda p: p.by_status, words.statuses),
            *_breakdown(data, words.by_partner, lambda p: p.by_partner),
        ),
    )


def follow_up_section(data: ReportData, words: ReportWords) -> Section:
    return Section(
        words.follow_ups,
        (
            _line(data, words.follow_ups_opened, lambda p: p.follow_ups_opened),
            _line(data, words.follow_ups_done, lambda p: p.follow_ups_done),
            _line(data, words.follow_ups_overdue, lambda p: p.follow_ups_overdue),
        ),
    )


def visit_section(data: ReportData, words: ReportWords) -> Section:
    if data.current.visits_due is None:
        return Section(words.visits, ())
    return Section(
        words.visits,
        (
            _line(data, words.visits_due, lambda p: p.visits_due),
            _line(data, words.visits_visited, lambda p: p.visits_visited),
            _line(data, words.visits_pending, lambda p: p.visits_pending),
            _line(data, words.visit_rate, lambda p: p.visit_rate, RATE),
        ),
    )


def volunteer_section(data: ReportData, words: ReportWords) -> Section:
    return Section(
        words.volunteers,
        (
            _line(data, words.volunteer_hours, lambda p: p.volunteer_hours, HOURS),
            _line(data, words.volunteers_served, lambda p: p.volunteers_served),
            _line(data, words.volunteers_active, lambda p: p.volunteers_active),
        ),
    )


def training_section(data: ReportData, words: ReportWords) -> Section:
    return Section(
        words.training,
        (
            _line(data, words.training_sessions, lambda p: p.training_sessions),
            _line(data, words.training_programmes, lambda p: p.training_programmes),
            _line(data, words.training_participants, lambda p: p.training_participants),
            _line(data, words.training_attended, lambda p: p.training_attended),
            _line(data, words.training_expected, lambda p: p.training_expected),
            _line(data, words.attendance_rate, lambda p: p.attendance_rate, RATE),
        ),
    )


def staffing_section(data: ReportData, words: ReportWords) -> Section:
    """The 6430 figures on each period's last day (or today, for a period not over)."""
    lines = []
    for i, figure in enumerate(data.current.staffing.figures):
        label = words.staffing_line.format(
            measure=code_word(figure.measure.value, words.measures), target=figure.target
        )
        lines.append(_line(data, label, lambda p, i=i: p.staffing.figures[i].count))
    return Section(words.staffing, tuple(lines))


def all_sections(data: ReportData, words: ReportWords) -> list[Section]:
    """Every section's figures in the report's order (the PDF's tables and the .xlsx sheet)."""
    return [
        make(data, words)
        for make in (
            reception_section,
            referral_section,
            follow_up_section,
            visit_section,
            volunteer_section,
            training_section,
            staffing_section,
        )
    ]


# --- numbers as text -----------------------------------------------------------------------------


def percent_text(rate: Fraction | None) -> str:
    """One decimal, rounded down, so 99.96% never shows as 100.0% while someone is missing."""
    if rate is None:
        return "—"
    tenths = int(rate * 1000)  # floor for a non-negative rate
    return f"{tenths // 10}.{tenths % 10}%"


def hours_text(hours: Fraction) -> str:
    tenths = round(hours * 10)
    return f"{tenths // 10}.{tenths % 10}"


def value_text(value: Value, kind: str) -> str:
    if value is None:
        return "—"
    if kind == RATE:
        return percent_text(Fraction(value))
    if kind == HOURS:
        return hours_text(Fraction(value))
    return str(value)


def change_text(now: Value, before: Value, kind: str, words: ReportWords) -> str:
    """+3 (+25.0%), −2 (−10.0%), 0 (0.0%); the percent is "—" when the base is 0; a rate changes in
    percentage points; "—" when either figure is missing."""
    if now is None or before is None:
        return "—"
    diff = Fraction(now) - Fraction(before)
    sign = "+" if diff > 0 else ("−" if diff < 0 else "")
    if kind == RATE:
        points = round(abs(diff) * 1000)
        return f"{sign}{points // 10}.{points % 10} pt"
    amount = hours_text(abs(diff)) if kind == HOURS else str(abs(int(diff)))
    if before == 0:
        return f"{sign}{amount} ({words.no_base})"
    tenths = round(abs(diff) / Fraction(before) * 1000)
    return f"{sign}{amount} ({sign}{tenths // 10}.{tenths % 10}%)"


def change_direction(now: Value, before: Value) -> int:
    """1 up, -1 down, 0 same or unknown (for the arrow's colour)."""
    if now is None or before is None or now == before:
        return 0
    return 1 if now > before else -1
