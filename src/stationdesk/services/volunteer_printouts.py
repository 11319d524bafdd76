"""Volunteer printouts: the service-record certificate (志愿服务记录证明), its register and the public
notice list (公示名单), as PDF (the lists also as .xlsx).

As in services/credential_printouts.py: the data comes from the services under the reader's rights
(the register, the counted hours), the file is written atomically, and since each carries people's
names out of the station, the print goes on the audit log once the file exists. A PDF needs PRINT,
an .xlsx EXPORT. Report writers load on first use (reportlab is slow to import).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import hours_certificates, printouts, volunteers
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.credential_printouts import is_xlsx, record_print, right_for
from stationdesk.services.station import get_profile

if TYPE_CHECKING:
    from stationdesk.reports.badges import BadgeSheet
    from stationdesk.reports.hours_certificate import HoursCertificateData
    from stationdesk.reports.hours_register import HoursRegisterData, NoticeListData

NOTICE_DAYS = 7  # the notice period (公示期) runs a week from the day the list is printed

CARD_TITLE = "志愿者服务卡"
"""The heading of a volunteer card (the printouts are in Chinese, as the training badges)."""


def hours_certificate_data(ctx: ServiceContext, certificate_id: str) -> HoursCertificateData:
    """The certificate as issued, with the service it attests by activity; refused when the hours
    counted for its period no longer add up to what it attests (void it and issue anew)."""
    from stationdesk.reports.hours_certificate import HoursCertificateData, ServiceRow

    issued = hours_certificates.get(ctx, certificate_id)
    record = hours_certificates.service_record(ctx, issued.volunteer_id, issued.period_from, issued.period_to)
    if record.minutes != issued.minutes:
        raise ValidationError(
            "hours_certificate.hours_changed",
            "the counted hours changed since the certificate was issued",
            {"number": issued.number},
        )
    profile = get_profile(ctx)
    return HoursCertificateData(
        number=issued.number,
        holder_name=issued.holder_name,
        id_masked=record.id_masked,
        period_from=issued.period_from,
        period_to=issued.period_to,
        rows=[
            ServiceRow(line.first_day, line.last_day, line.activity, line.content, line.days, line.minutes)
            for line in record.lines
        ],
        days=record.days,
        minutes=issued.minutes,
        issued_on=issued.issued_on,
        station_name=profile.name if profile else "",
        person_in_charge=profile.person_in_charge if profile else "",
        handler=issued.issued_by,
        phone=profile.phone if profile else "",
        platform_number=record.platform_number,
        logo_png=profile.logo_png if profile else None,
    )


def write_hours_certificate(ctx: ServiceContext, certificate_id: str, out: Path) -> Path:
    """The certificate as issued (issue it first with :func:`services.hours_certificates.issue`);
    a voided one is printed only in the register."""
    from stationdesk.reports.hours_certificate import write_hours_certificate as write

    require(ctx, Action.PRINT)
    issued = hours_certificates.get(ctx, certificate_id)
    if issued.voided:
        raise ValidationError("certificate.already_voided", "a void certificate", {"number": issued.number})
    written = write(out, hours_certificate_data(ctx, certificate_id))
    record_print(ctx, "volunteer.hours_certificate_print", "hours_certificate", certificate_id, issued.number)
    return written


def hours_register_data(ctx: ServiceContext, year: int | None = None) -> HoursRegisterData:
    from stationdesk.reports.hours_register import HoursRegisterData, HoursRegisterLine

    lines = [
        HoursRegisterLine(
            c.number,
            c.holder_name,
            c.period_from,
            c.period_to,
            c.content,
            c.minutes,
            c.issued_on,
            c.issued_by,
            c.voided,
            c.void_reason,
        )
        for c in hours_certificates.register(ctx, year)
    ]
    profile = get_profile(ctx)
    return HoursRegisterData(
        profile.name if profile else "",
        lines,
        year=year,
        logo_png=profile.logo_png if profile else None,
        printed_on=date.today().isoformat(),
    )


def write_hours_register(ctx: ServiceContext, out: Path, year: int | None = None) -> Path:
    """The register (of one year of issue) as PDF, or .xlsx by ``out``'s suffix."""
    from stationdesk.reports.hours_register import write_hours_register_pdf, write_hours_register_xlsx

    require(ctx, right_for(out))
    data = hours_register_data(ctx, year)
    written = (write_hours_register_xlsx if is_xlsx(out) else write_hours_register_pdf)(out, data)
    detail = f"register {year or 'all'} ({out.suffix.lstrip('.').lower() or 'pdf'})"
    record_print(ctx, "volunteer.hours_certificate_print", "hours_register", "", detail, right_for(out))
    return written


def notice_list_data(
    ctx: ServiceContext, first_day: date, last_day: date, *, min_minutes: int = 0, today: date | None = None
) -> NoticeListData:
    from stationdesk.reports.hours_register import NoticeEntry, NoticeListData

    entries = [
        NoticeEntry(line.name, line.organisation, line.days, line.minutes)
        for line in hours_certificates.notice_list(ctx, first_day, last_day, min_minutes)
    ]
    profile = get_profile(ctx)
    posted = today or date.today()
    return NoticeListData(
        station_name=profile.name if profile else "",
        first_day=first_day,
        last_day=last_day,
        entries=entries,
        notice_from=posted,
        notice_to=posted + timedelta(days=NOTICE_DAYS - 1),
        phone=profile.phone if profile else "",
        logo_png=profile.logo_png if profile else None,
        printed_on=posted,
    )


def write_notice_list(
    ctx: ServiceContext,
    first_day: date,
    last_day: date,
    out: Path,
    *,
    min_minutes: int = 0,
    today: date | None = None,
) -> Path:
    """The public notice list of the period as PDF, or .xlsx by ``out``'s suffix; its notice period
    runs :data:`NOTICE_DAYS` days from ``today``."""
    from stationdesk.reports.hours_register import write_notice_list_pdf, write_notice_list_xlsx

    require(ctx, right_for(out))
    data = notice_list_data(ctx, first_day, last_day, min_minutes=min_minutes, today=today)
    written = (write_notice_list_xlsx if is_xlsx(out) else write_notice_list_pdf)(out, data)
    detail = f"{first_day.isoformat()}..{last_day.isoformat()}: {len(data.entries)}"
    record_print(ctx, "volunteer.hours_notice_print", "hours_notice", "", detail, right_for(out))
    return written


# --- volunteer cards ------------------------------------------------------------------------------


def volunteer_cards(ctx: ServiceContext, volunteer_ids: Sequence[str]) -> BadgeSheet:
    """Cards for the desk's scanner: each volunteer's name, team (or organisation) and the QR code of
    their check-in code, in the order given (the list's)."""
    from stationdesk.reports.badges import Badge, BadgeSheet

    wanted = list(dict.fromkeys(volunteer_ids))
    rows = {row.id: row for row in volunteers.list_volunteers(ctx) if row.id in set(wanted)}
    cards = [
        Badge(rows[v].name, "、".join(rows[v].teams) or rows[v].organisation, rows[v].code)
        for v in wanted
        if v in rows and rows[v].status != "left"
    ]
    name, _logo, _phone, _address = printouts.station(ctx)
    return BadgeSheet(station_name=name, programme_name=CARD_TITLE, badges=cards)


def write_volunteer_cards(ctx: ServiceContext, volunteer_ids: Sequence[str], out: Path) -> Path:
    """Volunteer cards, 8 an A4 page with cut marks (volunteers who left get none); audited."""
    from stationdesk.reports.badges import write_badges

    require(ctx, Action.PRINT)
    sheet = volunteer_cards(ctx, volunteer_ids)
    if not sheet.badges:
        raise ValidationError("volunteer.none_chosen", "no volunteer to print a card for")
    written = write_badges(out, sheet)
    record_print(ctx, "volunteer.card_print", "volunteer", "", f"{len(sheet.badges)} card(s)")
    return written
