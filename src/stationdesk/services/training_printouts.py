"""Training printouts: the sign-in sheet of a session and the attendance records of a session or a
programme, as PDF or .xlsx (by the file's suffix); each written file goes on the audit log.

All of them are drawn from the attendance read model (services/attendance.py), so the sheet's row
numbers and sign-in codes are the ones the paper reconciliation jumps by, and the records' rates and
completion are the ones the certificates use. Like services/printouts.py, the writers (reportlab,
openpyxl) load when something is first printed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import attendance, audit, printouts
from stationdesk.services.attendance import ProgrammeAttendance, RosterEntry, SessionColumn
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound

if TYPE_CHECKING:
    from stationdesk.reports.training_data import (
        Participant,
        ProgrammeHead,
        ProgrammeRecordData,
        SessionHead,
        SessionRecordData,
        SigninSheetData,
    )

FORMATS = (".pdf", ".xlsx")


def _format(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("printout.bad_format", "write a .pdf or an .xlsx file", {"suffix": out.suffix})
    return suffix


def _participant(entry: RosterEntry) -> Participant:
    from stationdesk.reports.training_data import Participant

    return Participant(
        entry.number, entry.name, entry.unit, entry.target_group, entry.signin_code, entry.walk_in
    )


def _programme_head(record: ProgrammeAttendance) -> ProgrammeHead:
    from stationdesk.reports.training_data import ProgrammeHead

    info = record.programme
    return ProgrammeHead(
        info.name, info.organiser, info.rule.kind.value, info.rule.value, info.minutes_per_session
    )


def _session_head(record: ProgrammeAttendance, column: SessionColumn) -> SessionHead:
    from stationdesk.reports.training_data import SessionHead

    number = next(i for i, c in enumerate(record.sessions, start=1) if c.id == column.id)
    return SessionHead(column.starts_at, column.ends_at, column.venue, column.trainer, column.topic, number,
                       len(record.sessions))  # fmt: skip


def _session_record(
    ctx: ServiceContext, session_id: str, as_of: datetime | None
) -> tuple[ProgrammeAttendance, SessionColumn]:
    record = attendance.programme_attendance(ctx, attendance.session_programme(ctx, session_id), as_of)
    column = next((c for c in record.sessions if c.id == session_id), None)
    if column is None:  # cancelled between the two reads
        raise NotFound("training.session_not_found")
    return record, column


def signin_sheet_data(ctx: ServiceContext, session_id: str, today: date | None = None) -> SigninSheetData:
    """The sheet of one session: the programme's roster in roster order, with blank rows for walk-ins."""
    from stationdesk.reports.training_data import SigninSheetData, walk_in_rows

    record, column = _session_record(ctx, session_id, None)
    name, logo, _phone, _address = printouts.station(ctx)
    participants = [_participant(row.entry) for row in record.rows]
    return SigninSheetData(
        station_name=name,
        programme=_programme_head(record),
        session=_session_head(record, column),
        participants=participants,
        blank_rows=walk_in_rows(len(participants)),
        logo_png=logo,
        printed_on=(today or date.today()).isoformat(),
    )


def session_record_data(
    ctx: ServiceContext, session_id: str, as_of: datetime | None = None
) -> SessionRecordData:
    """Each participant's mark at one session (none: not recorded), as of ``as_of`` (now)."""
    from stationdesk.reports.training_data import SessionMark, SessionRecordData

    record, column = _session_record(ctx, session_id, as_of)
    name, logo, _phone, _address = printouts.station(ctx)
    marks = []
    for row in record.rows:
        who = _participant(row.entry)
        if (mark := row.marks.get(session_id)) is None:
            marks.append(SessionMark(who))
        else:
            marks.append(SessionMark(who, mark.status, mark.signed_in_at, mark.signed_out_at, mark.method))
    return SessionRecordData(
        station_name=name,
        programme=_programme_head(record),
        session=_session_head(record, column),
        marks=marks,
        held=column.held,
        as_of=record.as_of,
        logo_png=logo,
        printed_on=record.as_of.date().isoformat(),
    )


def programme_record_data(
    ctx: ServiceContext, programme_id: str, as_of: datetime | None = None
) -> ProgrammeRecordData:
    """The grid of participants × sessions with rates, hours and completion, as of ``as_of`` (now)."""
    from stationdesk.reports.training_data import GridRow, ProgrammeRecordData

    record = attendance.programme_attendance(ctx, programme_id, as_of)
    name, logo, _phone, _address = printouts.station(ctx)
    rows = [
        GridRow(
            _participant(row.entry),
            tuple(m.status if (m := row.marks.get(c.id)) else "" for c in record.sessions),
            row.attended,
            row.held,
            row.minutes,
            row.completed,
        )
        for row in record.rows
    ]
    return ProgrammeRecordData(
        station_name=name,
        programme=_programme_head(record),
        sessions=[_session_head(record, c) for c in record.sessions],
        held=[c.held for c in record.sessions],
        rows=rows,
        as_of=record.as_of,
        logo_png=logo,
        printed_on=record.as_of.date().isoformat(),
    )


def _writer(suffix: str, pdf: str, xlsx: str) -> Callable[[Path, Any], Path]:
    """The report writer ("module:function" in stationdesk.reports) for the file's suffix, imported
    when first used."""
    module, name = (pdf if suffix == ".pdf" else xlsx).split(":")
    return getattr(importlib.import_module(f"stationdesk.reports.{module}"), name)


def _audited(ctx: ServiceContext, suffix: str, what: str, record_type: str, record_id: str) -> None:
    """A printed list names people: on the audit log; an .xlsx is an export of their data."""
    action = Action.PRINT if suffix == ".pdf" else Action.EXPORT
    actor = require(ctx, action)
    with ctx.transaction() as session:
        name = "training.print" if suffix == ".pdf" else "training.export"
        audit.record(session, actor, name, record_type=record_type, record_id=record_id, detail=what)


def write_signin_sheet(ctx: ServiceContext, session_id: str, out: Path) -> Path:
    """The session's pre-filled sign-in sheet as a PDF or an .xlsx (by ``out``'s suffix), audited."""
    suffix = _format(out)
    require(ctx, Action.PRINT if suffix == ".pdf" else Action.EXPORT)
    data = signin_sheet_data(ctx, session_id)
    write = _writer(suffix, "signin_sheet:write_signin_sheet", "training_xlsx:write_signin_sheet_xlsx")
    written = write(out, data)
    _audited(ctx, suffix, "signin_sheet", "training_session", session_id)
    return written


def write_attendance(
    ctx: ServiceContext, *, session_id: str | None = None, programme_id: str | None = None, out: Path
) -> Path:
    """The attendance record of one session or of a whole programme (give exactly one), as a PDF or
    an .xlsx by ``out``'s suffix; audited."""
    if (session_id is None) == (programme_id is None):
        raise ValidationError("printout.session_or_programme", "give a session or a programme")
    suffix = _format(out)
    require(ctx, Action.PRINT if suffix == ".pdf" else Action.EXPORT)
    if session_id is not None:
        data = session_record_data(ctx, session_id)
        write = _writer(
            suffix, "attendance_record:write_session_record", "training_xlsx:write_session_record_xlsx"
        )
        written = write(out, data)
        _audited(ctx, suffix, "attendance", "training_session", session_id)
        return written
    assert programme_id is not None
    grid = programme_record_data(ctx, programme_id)
    write = _writer(
        suffix, "attendance_record:write_programme_record", "training_xlsx:write_programme_record_xlsx"
    )
    written = write(out, grid)
    _audited(ctx, suffix, "attendance", "programme", programme_id)
    return written
