from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from conftest import sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.services import ledgers, needs, people, reception
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import PermissionDenied
from stationdesk.services.reception import WalkInDraft
from stationdesk.store.models import AuditEvent

ID = "330482198001011238"
PHONE = "13957312345"


@pytest.fixture
def month(ctx: ServiceContext) -> ServiceContext:
    cats = {c.name: c.id for c in needs.list_categories(ctx)}
    wang = people.create(ctx, people.PersonDraft(name="王芳", phone=PHONE, id_number=ID))
    for arrived, person, note in (
        (datetime(2026, 3, 9, 14, 5), wang, "问低保申请"),
        (datetime(2026, 3, 2, 9, 30), None, "问养老补贴"),
        (datetime(2026, 4, 1, 9, 0), wang, "next month"),
    ):
        reception.record_walk_in(ctx, WalkInDraft(
            person_id=person, anonymous_sex="" if person else "M", anonymous_age_band="" if person else "80+",
            category_ids=[cats["政策咨询"]], note=note, outcome="resolved", arrived_at=arrived,
        ))  # fmt: skip
    return ctx


def test_rows_in_time_order_masked(month: ServiceContext) -> None:
    lines = list(ledgers.reception_rows(month, date(2026, 3, 1), date(2026, 3, 31)))
    got = [
        (x.arrived_at, x.name, x.sex, x.age_band, x.phone, x.id_number, x.note, x.categories) for x in lines
    ]
    assert got == [
        (datetime(2026, 3, 2, 9, 30), "", "M", "80+", "", "", "问养老补贴", "政策咨询"),
        (datetime(2026, 3, 9, 14, 5), "王芳", "M", "35-59", "139****2345", "330482********1238", "问低保申请",
         "政策咨询"),
    ]  # fmt: skip


def _audit(ctx: ServiceContext) -> list[tuple[str, str]]:
    with ctx.reading() as s:
        return list(s.execute(select(AuditEvent.action, AuditEvent.record_type)))


def test_reveal_needs_the_right_and_is_audited(month: ServiceContext) -> None:
    lines = list(ledgers.reception_rows(month, date(2026, 3, 1), date(2026, 3, 31), reveal=True))
    assert lines[1].id_number == ID and lines[1].phone == PHONE
    assert ("reveal", "ledger") in _audit(month)
    sign_in_as(month, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        ledgers.reception_rows(month, date(2026, 3, 1), date(2026, 3, 31), reveal=True)


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_printout_masked_and_audited(month: ServiceContext, tmp_path: Path, suffix: str) -> None:
    out = ledgers.write_ledger(
        month, "reception", date(2026, 3, 1), date(2026, 3, 31), tmp_path / f"l{suffix}"
    )
    if suffix == ".pdf":
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    else:
        sheet = load_workbook(out).active
        text = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
    assert "王芳" in text and "问低保申请" in text and "next month" not in text
    assert ID not in text and PHONE not in text
    assert "330482********1238" in text
    assert ("ledger.print" if suffix == ".pdf" else "ledger.export", "ledger") in _audit(month)


def test_age_band() -> None:
    assert ledgers.age_band(date(2000, 6, 2), date(2014, 6, 1)) == "0-13"
    assert ledgers.age_band(date(2000, 6, 1), date(2014, 6, 1)) == "14-17"
    assert ledgers.age_band(date(1940, 1, 1), date(2026, 1, 1)) == "80+"
    assert ledgers.age_band(None, date(2026, 1, 1)) == ""
