"""Printouts: gather a document's data under the reader's rights, write the PDF, log it.

The command line and the desktop app both print through here, so a slip printed from either is the
same file and leaves the same audit entry. The app previews the file and sends it to the printer;
the command line leaves it where it was asked to.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from stationdesk.reports.referral_slip import SlipData, consent_text, write_slip
from stationdesk.services import referrals
from stationdesk.services.context import ServiceContext
from stationdesk.services.station import get_profile


def referral_slip_data(ctx: ServiceContext, referral_id: str, today: date | None = None) -> SlipData:
    """What the slip of one referral shows (the person's ID number masked)."""
    info = referrals.get(ctx, referral_id)
    profile = get_profile(ctx)
    return SlipData(
        station_name=profile.name if profile else "",
        logo_png=profile.logo_png if profile else None,
        station_phone=profile.phone if profile else "",
        station_address=profile.address if profile else "",
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
    data = referral_slip_data(ctx, referral_id)
    written = write_slip(out, data)
    referrals.record_print(ctx, referral_id)
    return written
