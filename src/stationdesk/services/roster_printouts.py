"""The volunteer roster of a month or a week as a PDF (needs the right to print) or an .xlsx (to
export), by the file's suffix; each written file names volunteers and goes on the audit log.

Drawn from the roster read model (services/roster.py), so the paper shows what the screen shows.
The writers (reportlab, openpyxl) load when a roster is first printed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import audit, printouts, roster
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.roster import RosterShift
from stationdesk.services.training_printouts import FORMATS

if TYPE_CHECKING:
    from stationdesk.reports.volunteer_roster import RosterData, ShiftLine


def _line(shift: RosterShift) -> ShiftLine:
    from stationdesk.reports.volunteer_roster import RoleLine, ShiftLine

    return ShiftLine(
        day=shift.starts_at.date(),
        start=shift.starts_at.time(),
        end=shift.ends_at.time(),
        activity=shift.activity,
        place=shift.place,
        roles=tuple(RoleLine(r.name, r.capacity, tuple(p.name for p in r.people)) for r in shift.roles),
        cancelled=shift.cancelled,
        moved_from=shift.planned_on if shift.moved else None,
        note=shift.note,
    )


def roster_data(
    ctx: ServiceContext, *, month: tuple[int, int] | None = None, week_of: date | None = None
) -> RosterData:
    """The printable roster of a month (year, month) or of the week of a day (give exactly one)."""
    from stationdesk.reports.volunteer_roster import RosterData

    if (month is None) == (week_of is None):
        raise ValidationError("roster.month_or_week", "give a month or a week")
    period = roster.month(ctx, *month) if month is not None else roster.week(ctx, week_of)  # type: ignore[arg-type]
    name, logo, _phone, _address = printouts.station(ctx)
    return RosterData(
        station_name=name,
        first=period.first,
        last=period.last,
        month=month,
        shifts=[_line(shift) for shift in period.shifts],
        logo_png=logo,
        printed_on=date.today().isoformat(),
    )


def write_roster(
    ctx: ServiceContext, *, month: tuple[int, int] | None = None, week_of: date | None = None, out: Path
) -> Path:
    """The roster of a month or a week as ``out`` (.pdf or .xlsx), audited."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("printout.bad_format", "write a .pdf or an .xlsx file", {"suffix": out.suffix})
    action = Action.PRINT if suffix == ".pdf" else Action.EXPORT
    require(ctx, action)
    data = roster_data(ctx, month=month, week_of=week_of)
    from stationdesk.reports import volunteer_roster

    write = volunteer_roster.write_roster_pdf if suffix == ".pdf" else volunteer_roster.write_roster_xlsx
    written = write(out, data)
    actor = require(ctx, action)
    with ctx.transaction() as session:
        audit.record(
            session,
            actor,
            "roster.print" if suffix == ".pdf" else "roster.export",
            record_type="roster",
            detail=f"{data.first.isoformat()}..{data.last.isoformat()}",
        )
    return written
