"""Printouts: gather a document's data under the reader's rights, write the PDF, log it.

The command line and the desktop app both print through here, so a slip printed from either is the
same file and leaves the same audit entry. The app previews the file and sends it to the printer;
the command line leaves it where it was asked to.

The report writers (and reportlab, half a second to import) load when something is first printed,
not with the pages that offer printing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from stationdesk.domain.visits import Period
from stationdesk.services import coverage, referrals, relief_types
from stationdesk.services.context import ServiceContext
from stationdesk.services.station import get_profile

if TYPE_CHECKING:
    from stationdesk.reports.coverage_report import CoverageData
    from stationdesk.reports.referral_slip import SlipData


def referral_slip_data(ctx: ServiceContext, referral_id: str, today: date | None = None) -> SlipData:
    """What the slip of one referral shows (the person's ID number masked)."""
    from stationdesk.reports.referral_slip import SlipData, consent_text

    info = referrals.get(ctx, referral_id)
    name, logo, phone, address = station(ctx)
    return SlipData(
        station_name=name,
        logo_png=logo,
        station_phone=phone,
        station_address=address,
        tracking_code=info.tracking_code,
        person_name=info.person_name,
        person_id_masked=info.person_id_masked,
        partner_name=info.partner_name,
        partner_contact=info.partner_contact_name,
        partner_phone=info.partner_phone,
        partner_address=info.partner_address,
        need=info.need,
        consent=consent_text(info.consent_given, info.override_reason, info.override_by_name),
        sent_by=info.sent_by_name,
        sent_on=info.sent_at.date().isoformat(),
        printed_on=(today or date.today()).isoformat(),
    )


def write_referral_slip(ctx: ServiceContext, referral_id: str, out: Path) -> Path:
    """Write the slip to ``out`` (atomically) and put the print on the audit log once the file exists."""
    from stationdesk.reports.referral_slip import write_slip

    data = referral_slip_data(ctx, referral_id)
    written = write_slip(out, data)
    referrals.record_print(ctx, referral_id)
    return written


def station(ctx: ServiceContext) -> tuple[str, bytes | None, str, str]:
    """The letterhead fields every printout takes: the station's name, logo, phone and address."""
    profile = get_profile(ctx)
    if profile is None:
        return "", None, "", ""
    return profile.name, profile.logo_png, profile.phone, profile.address


def write_relief_notice(ctx: ServiceContext, relief_id: str, out: Path, today: date | None = None) -> Path:
    """The one-time notice of one relief type (no personal data: not audited)."""
    from stationdesk.reports.notice import NoticeData, write_notice

    info = relief_types.find(ctx, relief_id)
    name, logo, phone, address = station(ctx)
    data = NoticeData(
        station_name=name,
        logo_png=logo,
        station_phone=phone,
        station_address=address,
        relief_name=info.name,
        documents=info.documents,
        notes=info.notes,
        printed_on=(today or date.today()).isoformat(),
    )
    return write_notice(out, data)


def coverage_data(ctx: ServiceContext, report: coverage.CoverageReport) -> CoverageData:
    from stationdesk.reports.coverage_report import CoverageData, GroupRow, OpenLine

    name, logo, _phone, _address = station(ctx)

    def groups(lines: tuple[coverage.GroupLine, ...]) -> list[GroupRow]:
        return [GroupRow(line.name, line.due, line.visited) for line in lines]

    return CoverageData(
        station_name=name,
        logo_png=logo,
        period=report.period.code,
        due=report.due,
        visited=report.visited,
        open_lines=[
            OpenLine(
                line.person_name,
                line.grid,
                line.worker_name,
                line.tier,
                line.period.code,
                line.state,
                line.reason,
                line.days_left,
            )
            for line in report.not_visited()
        ],
        by_grid=groups(report.by_grid),
        by_worker=groups(report.by_worker),
        printed_on=date.today().isoformat(),
        as_of=report.today.isoformat(),
    )


def write_coverage_report(ctx: ServiceContext, period: Period, out: Path, today: date | None = None) -> Path:
    """The coverage of ``period`` as of ``today`` as a PDF; the print goes on the audit log."""
    from stationdesk.reports.coverage_report import write_coverage

    report = coverage.coverage(ctx, period, today)
    written = write_coverage(out, coverage_data(ctx, report))
    coverage.record_print(ctx, period)
    return written
