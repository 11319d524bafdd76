"""Training credentials: badges and table cards, completion certificates, the certificate register and
a person's continuing-education ledger, as PDF (and the lists as .xlsx).

As in services/printouts.py: the data is gathered under the reader's rights (from the attendance
read model, the register and the ledger query, so every printout agrees with the screens), the
file is written atomically, and, since each carries people's names out of the station, the print
goes on the audit log once the file exists. Report writers load on first use (reportlab is slow
to import). A list is written as .xlsx when ``out`` ends in .xlsx, else as PDF.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from stationdesk.domain.continuing_education import Level
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import audit, certificates, printouts, training
from stationdesk.services.attendance import roster_in
from stationdesk.services.authz import require
from stationdesk.services.ce_ledger import ce_ledger
from stationdesk.services.context import ServiceContext
from stationdesk.services.training import programme_info_in

if TYPE_CHECKING:
    from stationdesk.reports.badges import BadgeSheet
    from stationdesk.reports.ce_ledger import LedgerData
    from stationdesk.reports.certificate_register import RegisterData
    from stationdesk.reports.certificates import CertificateBatch


def _station(ctx: ServiceContext) -> tuple[str, bytes | None]:
    name, logo, _phone, _address = printouts.station(ctx)
    return name, logo


def right_for(out: Path) -> Action:
    """A PDF is a print; an .xlsx leaves the station as data, an export."""
    return Action.EXPORT if is_xlsx(out) else Action.PRINT


def record_print(
    ctx: ServiceContext,
    action: str,
    record_type: str,
    record_id: str,
    detail: str,
    right: Action = Action.PRINT,
) -> None:
    actor = require(ctx, right)
    with ctx.transaction() as session:
        audit.record(session, actor, action, record_type=record_type, record_id=record_id, detail=detail)


def is_xlsx(out: Path) -> bool:
    return out.suffix.lower() == ".xlsx"


# --- badges --------------------------------------------------------------------------------------


def badge_sheet(
    ctx: ServiceContext, programme_id: str, enrolment_ids: Collection[str] | None = None
) -> BadgeSheet:
    """The participants' badges in roster order (or those of ``enrolment_ids``)."""
    from stationdesk.reports.badges import Badge, BadgeSheet

    require(ctx, Action.TRAINING_VIEW)
    with ctx.reading() as session:
        info = programme_info_in(session, programme_id)
        entries = roster_in(session, programme_id)
    wanted = None if enrolment_ids is None else set(enrolment_ids)
    badges = [
        Badge(e.name, e.unit, e.signin_code) for e in entries if wanted is None or e.enrolment_id in wanted
    ]
    return BadgeSheet(station_name=_station(ctx)[0], programme_name=info.name, badges=badges)


def write_badges(
    ctx: ServiceContext,
    programme_id: str,
    out: Path,
    enrolment_ids: Collection[str] | None = None,
    layout: str = "badge",
) -> Path:
    """Badges (``layout`` "badge", 8 a page) or folded table cards ("table_card", 2 a page)."""
    from stationdesk.reports.badges import Layout
    from stationdesk.reports.badges import write_badges as write

    require(ctx, Action.PRINT)
    if layout not in {item.value for item in Layout}:
        raise ValidationError("printout.bad_layout", "a badge or a table card", {"layout": layout})
    sheet = badge_sheet(ctx, programme_id, enrolment_ids)
    if not sheet.badges:
        raise ValidationError("training.nobody_enrolled", "the programme has no participants to print")
    written = write(out, sheet, Layout(layout))
    record_print(ctx, "training.badge_print", "programme", programme_id, f"{layout}: {len(sheet.badges)}")
    return written


# --- certificates --------------------------------------------------------------------------------


def certificate_batch(
    ctx: ServiceContext, programme_id: str, certificate_ids: Collection[str] | None = None
) -> CertificateBatch:
    """The programme's live certificates (or those of ``certificate_ids``), by number, each with the
    span of the sessions held by its date of issue."""
    from stationdesk.reports.certificates import CertificateBatch, CertificateData

    issued = certificates.live_certificates(ctx, programme_id, certificate_ids)
    days = sorted(s.starts_at.date() for s in training.list_sessions(ctx, programme_id))
    with ctx.reading() as session:
        info = programme_info_in(session, programme_id)

    def span(issued_on: date) -> tuple[date | None, date | None]:
        held = [day for day in days if day <= issued_on]
        return (held[0], held[-1]) if held else (None, None)

    station, logo = _station(ctx)
    return CertificateBatch(
        station_name=station,
        organiser=info.organiser,
        logo_png=logo,
        certificates=[
            CertificateData(
                c.number,
                c.holder_name,
                info.name,
                *span(c.issued_on),
                c.sessions_attended,
                c.minutes,
                c.issued_on,
            )
            for c in issued
        ],
    )


def write_certificates(
    ctx: ServiceContext, programme_id: str, out: Path, certificate_ids: Collection[str] | None = None
) -> Path:
    """One landscape page per live certificate of the programme, as issued (issue them first with
    :func:`services.certificates.issue_certificates`); none to print is refused."""
    from stationdesk.reports.certificates import write_certificates as write

    require(ctx, Action.PRINT)
    batch = certificate_batch(ctx, programme_id, certificate_ids)
    if not batch.certificates:
        raise ValidationError("certificate.none_to_print", "no live certificate of the programme to print")
    written = write(out, batch)
    numbers = ", ".join(c.number for c in batch.certificates)
    record_print(ctx, "training.certificate_print", "programme", programme_id, numbers)
    return written


def register_data(
    ctx: ServiceContext, programme_id: str | None = None, year: int | None = None
) -> RegisterData:
    from stationdesk.reports.certificate_register import RegisterData, RegisterLine

    lines = [
        RegisterLine(
            c.number,
            c.holder_name,
            c.programme_name,
            c.issued_on,
            c.minutes,
            c.sessions_attended,
            c.issued_by,
            c.voided,
            c.void_reason,
        )
        for c in certificates.certificate_register(ctx, programme_id, year)
    ]
    programme_name = ""
    if programme_id is not None:
        with ctx.reading() as session:
            programme_name = programme_info_in(session, programme_id).name
    station, logo = _station(ctx)
    return RegisterData(
        station,
        lines,
        programme_name=programme_name,
        year=year,
        logo_png=logo,
        printed_on=date.today().isoformat(),
    )


def write_certificate_register(
    ctx: ServiceContext, out: Path, programme_id: str | None = None, year: int | None = None
) -> Path:
    """The register (of one programme and/or year of issue) as PDF, or .xlsx by ``out``'s suffix."""
    from stationdesk.reports.certificate_register import write_register_pdf, write_register_xlsx

    require(ctx, right_for(out))
    data = register_data(ctx, programme_id, year)
    written = (write_register_xlsx if is_xlsx(out) else write_register_pdf)(out, data)
    scope = " ".join(part for part in (programme_id or "", str(year or "")) if part) or "all"
    record_print(
        ctx,
        "training.certificate_print",
        "certificate_register",
        programme_id or "",
        f"register {scope} ({out.suffix.lstrip('.').lower() or 'pdf'})",
        right_for(out),
    )
    return written


# --- continuing education ------------------------------------------------------------------------


def ledger_data(
    ctx: ServiceContext,
    person_id: str,
    *,
    first_day: date | None = None,
    level: Level | str = Level.ASSISTANT,
    now: datetime | None = None,
) -> LedgerData:
    from stationdesk.reports.ce_ledger import LedgerData, LedgerLine

    ledger = ce_ledger(ctx, person_id, first_day=first_day, level=level, now=now)
    station, logo = _station(ctx)
    return LedgerData(
        station_name=station,
        person_name=ledger.name,
        id_masked=ledger.id_masked,
        level=ledger.level.value,
        first_day=ledger.period.first_day,
        last_day=ledger.period.last_day,
        required_minutes=ledger.required_minutes,
        lines=[LedgerLine(e.starts_at.date(), e.programme_name, e.topic, e.minutes) for e in ledger.entries],
        logo_png=logo,
        printed_on=(now or datetime.now()).date().isoformat(),
    )


def write_ce_ledger(
    ctx: ServiceContext,
    person_id: str,
    out: Path,
    *,
    first_day: date | None = None,
    level: Level | str = Level.ASSISTANT,
) -> Path:
    """The person's ledger as PDF proof, or .xlsx by ``out``'s suffix."""
    from stationdesk.reports.ce_ledger import write_ledger_pdf, write_ledger_xlsx

    require(ctx, right_for(out))
    data = ledger_data(ctx, person_id, first_day=first_day, level=level)
    written = (write_ledger_xlsx if is_xlsx(out) else write_ledger_pdf)(out, data)
    record_print(
        ctx,
        "training.ce_ledger_print",
        "person",
        person_id,
        f"{data.first_day.isoformat()}..{data.last_day.isoformat()} {data.level}",
        right_for(out),
    )
    return written
