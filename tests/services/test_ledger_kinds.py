"""The home-visit, referral, volunteer-service and training sign-in ledgers: their rows equal what
the test made, the files carry the form (unit, period, page x of y, merged heads, print setup), and
nothing is printed unmasked without a reveal by someone who may."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from conftest import sign_in_as
from ledger_month import FIRST, LAST, LI_ID, LI_PHONE, SECRETS, TEAM, ZHANG_ID, ZHANG_PHONE, Month, make_month
from stationdesk.domain.masking import mask_id_number, mask_phone
from stationdesk.domain.roles import Role
from stationdesk.services import ledgers
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import PermissionDenied
from stationdesk.store.models import AuditEvent
from volunteer_hours import BUS, ID_NUMBER

KINDS = ("visits", "referrals", "volunteer", "training")
UNIT = "当湖街道社会工作站"
ME = "王站长"


@pytest.fixture
def month(ctx: ServiceContext) -> Month:
    return make_month(ctx)


def _lines(ctx: ServiceContext, kind: str, **kw: object) -> list:
    return list(ledgers.rows(ctx, kind, FIRST, LAST, **kw))  # type: ignore[arg-type]


def test_visit_rows(ctx: ServiceContext, month: Month) -> None:
    got = [
        (v.visited_on, v.name, v.id_number, v.phone, v.grid, v.tier, v.target_reason, v.method, v.visitor,
         v.companions, v.findings, v.risk, v.follow_up_due, v.follow_up_done, v.follow_up_note)
        for v in _lines(ctx, "visits")
    ]  # fmt: skip
    assert got == [
        (date(2026, 3, 10), "李桂英", mask_id_number(LI_ID), mask_phone(LI_PHONE), "东湖社区 第3网格", "key",
         "独居高龄", "上门", ME, "党员 王建国", "血压偏高，独自在家", "raised", date(2026, 3, 13), False,
         "联系家属"),
        (date(2026, 3, 20), "李桂英", mask_id_number(LI_ID), mask_phone(LI_PHONE), "东湖社区 第3网格", "key",
         "独居高龄", "电话", ME, "", "电话问候，身体尚可", "", None, False, ""),
    ]  # fmt: skip


def test_referral_rows(ctx: ServiceContext, month: Month) -> None:
    got = [
        (r.sent_at, r.tracking_code, r.name, r.id_number, r.phone, r.partner, r.need, r.status, r.feedback,
         r.closed_on, r.sent_by)
        for r in _lines(ctx, "referrals")
    ]  # fmt: skip
    masked = (mask_id_number(ZHANG_ID), mask_phone(ZHANG_PHONE))
    assert got == [
        (datetime(2026, 3, 5, 10), month.referral_codes[0], "张桂英", *masked, "平湖市残疾人联合会",
         "申请残疾人两项补贴", "done", "", date(2026, 3, 20), ME),
        (datetime(2026, 3, 9, 9, 30), month.referral_codes[1], "张桂英", *masked, "平湖市残疾人联合会",
         "申请辅具适配", "rejected", "不符合适配条件", date(2026, 3, 12), ME),
    ]  # fmt: skip


def test_volunteer_rows_counted_and_waiting(ctx: ServiceContext, month: Month) -> None:
    """March and April: the corrected entry once (as its approved correction), the rejected one
    left out, the one awaiting review shown as waiting; teams as they were on the service day."""
    lines = list(ledgers.rows(ctx, "volunteer", FIRST, date(2026, 4, 30)))
    got = [(v.service_date, v.name, v.team, v.activity, v.minutes, v.status, v.reviewer) for v in lines]
    assert got == [
        (date(2026, 3, 4), "李志愿", "", BUS, 120, "counted", ""),
        (date(2026, 3, 11), "李志愿", TEAM, BUS, 150, "counted", ""),
        (date(2026, 3, 18), "李志愿", TEAM, BUS, 135, "counted", ME),
        (date(2026, 4, 1), "李志愿", TEAM, BUS, 200, "waiting", ""),
        (date(2026, 4, 8), "李志愿", TEAM, "敬老院陪伴", 90, "counted", ""),
        (date(2026, 4, 15), "艾琳", "", "敬老院陪伴", 45, "counted", ""),
    ]
    first = lines[0]
    assert (first.code, first.id_number, first.starts_at, first.ends_at) == (
        "ABCDEF2",
        mask_id_number(ID_NUMBER),
        datetime(2026, 3, 4, 14),
        datetime(2026, 3, 4, 16),
    )
    from stationdesk.services import ledger_volunteer

    assert ledger_volunteer.minutes(ctx, FIRST, date(2026, 4, 30)) == (120 + 150 + 135 + 90 + 45, 200)


def test_training_rows_every_participant_of_every_session(ctx: ServiceContext, month: Month) -> None:
    lines = _lines(ctx, "training")
    days = month.camp.days
    expected = []
    for index, day in enumerate(days):
        for name, came in (("艾琳", index == 0), ("王芳", False), ("张伟", True)):
            expected.append((datetime.combine(day, time(9)), name, "present" if came else "",
                             datetime.combine(day, time(8, 55)) if came else None))  # fmt: skip
    assert [(t.starts_at, t.name, t.status, t.signed_in_at) for t in lines] == expected
    assert {(t.unit, t.programme) for t in lines} == {(UNIT, "2025年平湖市社工站运营团队智创营")}
    assert {t.phone for t in lines} == {"139****0001", "139****0002", "139****0003"}


@pytest.mark.parametrize("kind", KINDS)
def test_count_is_the_number_of_rows(ctx: ServiceContext, month: Month, kind: str) -> None:
    assert ledgers.count(ctx, kind, FIRST, LAST) == len(_lines(ctx, kind)) > 0


def _pdf_pages(out: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    return [p for p in text.split("\f") if p.strip()]


def _xlsx_text(out: Path) -> str:
    sheet = load_workbook(out).active
    return "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)


@pytest.mark.parametrize("kind", KINDS)
def test_pdf_form_masked_and_audited(ctx: ServiceContext, month: Month, tmp_path: Path, kind: str) -> None:
    seen: list[tuple[int, int]] = []
    out = ledgers.write_ledger(
        ctx, kind, FIRST, LAST, tmp_path / "l.pdf", progress=lambda d, t: seen.append((d, t))
    )
    total = ledgers.count(ctx, kind, FIRST, LAST)
    assert seen[-1] == (total, total)
    pages = _pdf_pages(out)
    for number, page in enumerate(pages, start=1):
        flat = page.replace(" ", "")
        assert f"第{number}页共{len(pages)}页" in flat and UNIT in flat and "2026年3月" in flat
    text = "\n".join(pages)
    assert f"本期共登记 {total} 条" in text and "负责人" in text
    assert not [s for s in SECRETS if s in text.replace(" ", "").replace("\n", "")]
    assert "四月" not in text
    with ctx.reading() as s:
        assert ("ledger.print", kind) in {
            tuple(r) for r in s.execute(select(AuditEvent.action, AuditEvent.record_id))
        }
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in f for f in fonts)


HEADS = {  # a merged group head and its first leaf, as the xlsx must carry them
    "visits": ("走访对象", "C4:H4", "姓名"),
    "referrals": ("服务对象", "D4:F4", "姓名"),
    "volunteer": ("志愿者", "C4:F4", "姓名"),
    "training": ("培训场次", "B4:E4", "日期"),
}


@pytest.mark.parametrize("kind", KINDS)
def test_xlsx_same_values_merged_heads_print_setup(
    ctx: ServiceContext, month: Month, tmp_path: Path, kind: str
) -> None:
    out = ledgers.write_ledger(ctx, kind, FIRST, LAST, tmp_path / "l.xlsx")
    sheet = load_workbook(out).active
    group, merged, leaf = HEADS[kind]
    first_column = merged.split(":")[0]
    assert sheet[first_column].value == group and merged in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet[first_column.replace("4", "5")].value == leaf
    assert "A4:A5" in {str(r) for r in sheet.merged_cells.ranges}  # 序号 over both header rows
    assert sheet.print_title_rows == "$4:$5"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert sheet.page_setup.orientation == "landscape"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=6, max_col=sheet.max_column)]
    data = [r for r in rows if isinstance(r[0], int)]
    from stationdesk.reports import ledger_form

    report = __import__(f"stationdesk.reports.{kind}_ledger", fromlist=["values"])
    words = getattr(report, ledgers._WORDS[kind])()
    expected = [list(report.values(line, words)) for line in _lines(ctx, kind)]
    assert [r[0] for r in data] == list(range(1, len(expected) + 1))
    assert [[_plain(v) for v in r[1 : len(ledger_form.leaves(report.HEADER)) + 1]] for r in data] == [
        [_plain(v) for v in e] for e in expected
    ]
    assert not [s for s in SECRETS if s in _xlsx_text(out)]


def _plain(value: object) -> object:
    """A cell as openpyxl reads it back: dates as datetimes, numbers as floats, blanks as None."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, Decimal):
        return float(value)
    return value if value != "" else None


def test_volunteer_closing_line_counts_only_counted_hours(
    ctx: ServiceContext, month: Month, tmp_path: Path
) -> None:
    out = ledgers.write_ledger(ctx, "volunteer", FIRST, date(2026, 4, 30), tmp_path / "v.pdf")
    text = "\n".join(_pdf_pages(out))
    assert "认定服务时长 9.00 小时" in text and "另有 3.33 小时待审核" in text and "待审核" in text


@pytest.mark.parametrize("kind", KINDS)
def test_reveal_by_admin_is_audited(ctx: ServiceContext, month: Month, tmp_path: Path, kind: str) -> None:
    out = ledgers.write_ledger(ctx, kind, FIRST, LAST, tmp_path / "r.xlsx", reveal=True, reason="稽查")
    text = _xlsx_text(out)
    assert [s for s in SECRETS if s in text]
    with ctx.reading() as s:
        events = {
            tuple(r) for r in s.execute(select(AuditEvent.action, AuditEvent.record_id, AuditEvent.reason))
        }
    assert ("reveal", kind, "稽查") in events


@pytest.mark.parametrize("kind", KINDS)
def test_reveal_refused_without_the_right(
    ctx: ServiceContext, month: Month, tmp_path: Path, kind: str
) -> None:
    sign_in_as(ctx, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        ledgers.write_ledger(ctx, kind, FIRST, LAST, tmp_path / "r.pdf", reveal=True)
    assert not list(tmp_path.glob("r*.pdf*"))
    out = ledgers.write_ledger(ctx, kind, FIRST, LAST, tmp_path / "m.pdf")  # masked: allowed
    assert not [s for s in SECRETS if s in "\n".join(_pdf_pages(out)).replace(" ", "")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_empty_month_is_an_honest_empty_ledger(
    ctx: ServiceContext, month: Month, tmp_path: Path, kind: str, suffix: str
) -> None:
    out = ledgers.write_ledger(ctx, kind, date(2025, 1, 1), date(2025, 1, 31), tmp_path / f"e{suffix}")
    if suffix == ".pdf":
        pages = _pdf_pages(out)
        assert len(pages) == 1 and "第1页共1页" in pages[0].replace(" ", "") and "本期无登记记录" in pages[0]
    else:
        assert "本期无登记记录" in _xlsx_text(out)


@pytest.mark.parametrize("kind", KINDS)
def test_a_period_ending_before_it_starts_is_refused(ctx: ServiceContext, tmp_path: Path, kind: str) -> None:
    from stationdesk.domain.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        ledgers.write_ledger(ctx, kind, LAST, FIRST, tmp_path / "x.pdf")
    assert caught.value.code == "ledger.bad_period" and not list(tmp_path.glob("x*.pdf*"))


def test_words_of_the_visit_ledger(ctx: ServiceContext, month: Month, tmp_path: Path) -> None:
    text = _xlsx_text(ledgers.write_ledger(ctx, "visits", FIRST, LAST, tmp_path / "v.xlsx"))
    assert "2026-03-13 前跟进：联系家属" in text and "风险上升" in text and "重点" in text
