"""The certificate, the register and the public notice list as written by the services: what the
paper says (pdftotext), fonts embedded, .xlsx cells, rights and the audit log."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import hours_certificates, station, volunteer_printouts
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import PermissionDenied
from stationdesk.store.models import AuditEvent
from volunteer_hours import BUS, HOME, Season, add_entry, make_season

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture
def season(ctx: ServiceContext) -> Season:
    profile = station.get_profile(ctx)
    assert profile is not None
    station.update_profile(ctx, replace(profile, person_in_charge="张主任", phone="0573-85123456"))
    return make_season(ctx)


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.replace(" ", "").replace("\n", "")


def _fonts_embedded(path: Path) -> None:
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert rows.splitlines()[2:] and all(" yes yes yes " in row for row in rows.splitlines()[2:]), rows


def _audited(ctx: ServiceContext, action: str) -> list[str]:
    with ctx.reading() as session:
        return list(session.scalars(select(AuditEvent.detail).where(AuditEvent.action == action)))


def test_the_certificate_says_who_how_long_what_and_who_issues(
    ctx: ServiceContext, season: Season, tmp_path: Path
) -> None:
    issued = hours_certificates.issue(ctx, season.volunteer, season.first, season.last, on=date(2026, 6, 2))
    pdf = volunteer_printouts.write_hours_certificate(ctx, issued.id, tmp_path / "certificate.pdf")
    text = _text(pdf)
    total = sum(season.counted.values())  # 495 minutes
    assert total == 495
    for expected in (
        "志愿服务记录证明",
        "李志愿",
        "330482********1232",
        "ZJ330402001",
        "2026年3月1日至2026年5月31日",
        "服务时长共计8.25小时",
        "捌点贰伍小时",
        "编号：ZY2026-0001",
        "当湖街道社会工作站",
        "负责人：张主任",
        "经办人：王站长",
        "联系电话：0573-85123456",
        "二〇二六年六月二日",
        "盖章处",
        BUS,
        HOME,
        "陪伴聊天",
    ):
        assert expected in text, expected
    assert "330482199001011232" not in text
    assert "6.75" in text and "1.5" in text  # the bus and the home's hours, each counted once
    _fonts_embedded(pdf)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89" in info and "Pages:           1" in info  # A4 portrait
    assert _audited(ctx, "volunteer.hours_certificate_print") == ["ZY2026-0001"]


def test_a_certificate_whose_hours_changed_or_that_is_void_is_not_printed(
    ctx: ServiceContext, season: Season, tmp_path: Path
) -> None:
    issued = hours_certificates.issue(ctx, season.volunteer, season.first, season.last)
    add_entry(ctx, season.volunteer, date(2026, 5, 20), 60, activity=season.bus, content="司机")
    out = tmp_path / "certificate.pdf"
    with pytest.raises(ValidationError) as changed:
        volunteer_printouts.write_hours_certificate(ctx, issued.id, out)
    assert changed.value.code == "hours_certificate.hours_changed"
    hours_certificates.void(ctx, issued.id, "时长有更正")
    with pytest.raises(ValidationError) as void:
        volunteer_printouts.write_hours_certificate(ctx, issued.id, out)
    assert void.value.code == "certificate.already_voided"
    assert not out.exists() and _audited(ctx, "volunteer.hours_certificate_print") == []


def test_the_register_as_pdf_and_xlsx(ctx: ServiceContext, season: Season, tmp_path: Path) -> None:
    first = hours_certificates.issue(ctx, season.volunteer, season.first, season.last)
    hours_certificates.void(ctx, first.id, "期间写错")
    second = hours_certificates.issue(ctx, season.volunteer, date(2026, 3, 1), date(2026, 3, 31))
    pdf = volunteer_printouts.write_hours_register(ctx, tmp_path / "register.pdf")
    text = _text(pdf)
    for expected in (
        "志愿服务记录证明登记簿",
        first.number,
        second.number,
        "作废：期间写错",
        "有效",
        "李志愿",
    ):
        assert expected in text, expected
    assert "共登记证明2份，其中有效1份，作废1份。" in text
    _fonts_embedded(pdf)
    xlsx = volunteer_printouts.write_hours_register(
        ctx, tmp_path / "register.xlsx", year=second.issued_on.year
    )
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    rows = [row for row in sheet.iter_rows(values_only=True) if row[1] in (first.number, second.number)]
    assert [(row[1], row[2], row[6], row[9]) for row in rows] == [
        (first.number, "李志愿", 8.25, "作废：期间写错"),
        (second.number, "李志愿", 6.75, "有效"),
    ]
    assert rows[1][3].date() == date(2026, 3, 1) and rows[1][4].date() == date(2026, 3, 31)
    assert [d.split(" (")[1] for d in _audited(ctx, "volunteer.hours_certificate_print")] == ["pdf)", "xlsx)"]


def test_the_public_notice_list_as_pdf_and_xlsx(ctx: ServiceContext, season: Season, tmp_path: Path) -> None:
    pdf = volunteer_printouts.write_notice_list(
        ctx, season.first, season.last, tmp_path / "notice.pdf", today=date(2026, 6, 1)
    )
    text = _text(pdf)
    for expected in (
        "志愿服务时长公示",
        "服务期间：2026年3月1日至5月31日",
        "艾琳",
        "爱心企业",
        "0.75",
        "李志愿",
        "8.25",
        "合计2人",
        "公示期：6月1日至6月7日，如有异议请联系当湖街道社会工作站，电话：0573-85123456。",
    ):
        assert expected in text, expected
    assert "330482" not in text  # a public list shows no ID numbers
    _fonts_embedded(pdf)
    xlsx = volunteer_printouts.write_notice_list(
        ctx, season.first, season.last, tmp_path / "notice.xlsx", min_minutes=60, today=date(2026, 6, 1)
    )
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert [row[:5] for row in values if row[0] == 1] == [(1, "李志愿", "嘉兴学院青年志愿者协会", 4, 8.25)]
    assert all("艾琳" not in row for row in values)
    assert any(row[0] and str(row[0]).startswith("公示期：6月1日至6月7日") for row in values)
    assert _audited(ctx, "volunteer.hours_notice_print") == [
        "2026-03-01..2026-05-31: 2",
        "2026-03-01..2026-05-31: 1",
    ]


def test_a_viewer_prints_but_does_not_export_and_a_trainer_sees_no_volunteers(
    ctx: ServiceContext, season: Season, tmp_path: Path
) -> None:
    issued = hours_certificates.issue(ctx, season.volunteer, season.first, season.last)
    sign_in_as(ctx, Role.VIEWER)
    volunteer_printouts.write_hours_certificate(ctx, issued.id, tmp_path / "c.pdf")
    volunteer_printouts.write_notice_list(ctx, season.first, season.last, tmp_path / "n.pdf")
    with pytest.raises(PermissionDenied):
        volunteer_printouts.write_hours_register(ctx, tmp_path / "r.xlsx")
    sign_in_as(ctx, Role.TRAINER)
    with pytest.raises(PermissionDenied):
        volunteer_printouts.write_hours_certificate(ctx, issued.id, tmp_path / "t.pdf")
    assert not (tmp_path / "r.xlsx").exists() and not (tmp_path / "t.pdf").exists()
