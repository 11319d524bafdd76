from __future__ import annotations

import re
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from stationdesk.reports.ledger_form import LedgerForm, write_ledger_pdf, write_ledger_xlsx

FORM = LedgerForm(
    unit="当湖街道社会工作站",
    period="2026年3月",
    title="接待登记台账",
    header=[("来访人", ["姓名", "性别"]), ("备注",)],
    widths=[10, 6, 30],
)


def _rows(n: int):  # a generator: the writers must not need a list
    return ((f"居民{i}", "男", "备注") for i in range(n))


def test_xlsx_merged_headers_and_print_setup(tmp_path: Path) -> None:
    sheet = load_workbook(write_ledger_xlsx(tmp_path / "l.xlsx", FORM, _rows(3))).active
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A4:A5", "B4:C4", "D4:D5"} <= merged
    assert [sheet.cell(4, c).value for c in (1, 2, 4)] == ["序号", "来访人", "备注"]
    assert [sheet.cell(5, c).value for c in (2, 3)] == ["姓名", "性别"]
    assert [sheet.cell(r, 1).value for r in (6, 7, 8)] == [1, 2, 3]
    assert sheet.print_title_rows == "$4:$5"
    assert sheet.print_area and "$A$1:$D$" in str(sheet.print_area)


def test_pdf_page_x_of_y_and_fonts(tmp_path: Path) -> None:
    out = write_ledger_pdf(tmp_path / "l.pdf", FORM, _rows(120))
    pages = [p for p in subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                                       text=True).stdout.split("\f") if p.strip()]  # fmt: skip
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页共{len(pages)}页" in page.replace(" ", "")
        assert "来访人" in page and "当湖街道社会工作站" in page
    assert "居民119" in pages[-1] and "负责人" in pages[-1] and "盖章" in pages[-1]
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(re.search(r"\byes\s+yes\s+(yes|no)\s+\d+", f) for f in fonts)


def test_empty_ledger_is_honest(tmp_path: Path) -> None:
    out = write_ledger_pdf(tmp_path / "e.pdf", FORM, iter(()))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "本期无登记记录" in text and "第1页共1页" in text.replace(" ", "")
