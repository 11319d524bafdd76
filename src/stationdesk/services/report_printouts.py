"""The station report (月报, 季报, any period) as a PDF or an .xlsx file, in zh_CN, zh_TW or en.

The figures come from services/station_report.py (this period, the one before, the same one a
year earlier, the manager's highlights); this module turns them into the writers' plain data
(reports/station_report_data.py), writes the file atomically and puts it on the audit log once it
exists: a PDF as a print ("report.print"), an .xlsx as an export ("report.export"), each needing
its right. Report writers load on first use (reportlab is slow to import).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import printouts, station_report
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.credential_printouts import is_xlsx, record_print, right_for
from stationdesk.services.station_report import PeriodFigures, ReportPeriod, StationFigures

if TYPE_CHECKING:
    from stationdesk.reports.station_report_data import PeriodData, ReportData

LANGUAGES = ("zh_CN", "zh_TW", "en")
"""The languages the report prints in (reports/station_report_words.py has a words table for each)."""
STEPS = 5
"""progress(done, STEPS): the three periods figured, the data gathered, the file written."""


def _period_data(figures: PeriodFigures) -> PeriodData:
    from stationdesk.reports.station_report_data import PeriodData

    period, visits = figures.period, figures.visits
    reception, referrals, follow_ups = figures.reception, figures.referrals, figures.follow_ups
    training = figures.training
    return PeriodData(
        kind=period.kind,
        first_day=period.first_day,
        last_day=period.last_day,
        walk_ins=reception.walk_ins,
        new_persons=reception.new_persons,
        first_time=reception.first_time,
        returning=reception.returning,
        anonymous=reception.anonymous,
        by_need=reception.by_need,
        by_outcome=reception.by_outcome,
        referrals_sent=referrals.sent,
        by_status=referrals.by_status,
        by_partner=referrals.by_partner,
        follow_ups_opened=follow_ups.opened,
        follow_ups_done=follow_ups.done,
        follow_ups_overdue=follow_ups.overdue,
        visits_due=visits.due if visits is not None else None,
        visits_visited=visits.visited if visits is not None else 0,
        visits_pending=visits.pending if visits is not None else 0,
        volunteer_minutes=figures.volunteers.counted_minutes,
        volunteers_served=figures.volunteers.served,
        volunteers_active=figures.volunteers.active,
        training_sessions=training.sessions,
        training_programmes=training.programmes,
        training_participants=training.participants,
        training_attended=training.attended,
        training_expected=training.expected,
        staffing=figures.staffing,
    )


def report_data(ctx: ServiceContext, figures: StationFigures) -> ReportData:
    """The writers' data of ``figures``: the station's letterhead, who prepares it, when."""
    from stationdesk.reports.station_report_data import Miss, ReportData, StationText

    name, logo, _phone, _address = printouts.station(ctx)
    visits = figures.current.visits
    misses = () if visits is None else visits.misses
    return ReportData(
        station_name=name,
        logo_png=logo,
        prepared_by=ctx.actor.display_name if ctx.actor else "",
        printed_on=figures.today,
        current=_period_data(figures.current),
        previous=_period_data(figures.previous),
        last_year=_period_data(figures.last_year),
        misses=[Miss(m.person_name, m.grid, m.worker_name, m.tier, m.period_code, m.reason) for m in misses],
        highlights=figures.highlights,
        stations=figures.scope.names,
        roll_up=figures.scope.roll_up,
        by_station=tuple(StationText(each.name, each.text) for each in figures.by_station),
    )


def write_report(
    ctx: ServiceContext,
    period: ReportPeriod,
    out: Path,
    *,
    lang: str = "zh_CN",
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    stations: frozenset[str] | None = None,
) -> Path:
    """The report of ``period`` as of ``today``: an .xlsx when ``out`` ends in .xlsx, else a PDF.
    ``progress(done, total)`` is told after each period is figured and once the file is written.
    ``stations`` (codes) reports on those stations of a hub; None on the whole database (on a hub,
    the district's roll-up); the cover names them."""
    if lang not in LANGUAGES:
        raise ValidationError("report.bad_lang", "the report prints in zh_CN, zh_TW or en", {"lang": lang})
    right = right_for(out)
    require(ctx, right)
    step = progress or (lambda _done, _total: None)
    step(0, STEPS)
    figures = station_report.report_figures(
        ctx, period, today=today, progress=lambda done, _three: step(done, STEPS), stations=stations
    )
    data = report_data(ctx, figures)
    step(STEPS - 1, STEPS)
    if is_xlsx(out):
        from stationdesk.reports.station_report_xlsx import write_station_report_xlsx as write
    else:
        from stationdesk.reports.station_report import write_station_report as write
    written = write(out, data, lang)
    action = "report.export" if right is Action.EXPORT else "report.print"
    codes = figures.scope.codes
    whose = " " + ",".join(codes) if codes is not None else (" all" if figures.scope.roll_up else "")
    record_print(ctx, action, "report", period.code, f"{period.code} {lang}{whose}", right)
    step(STEPS, STEPS)
    return written
