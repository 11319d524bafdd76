"""The streamed one-sheet .xlsx: what openpyxl (as Excel and WPS would) reads back from it."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from stationdesk.reports.xlsx_stream import XlsxStream, column_letter


def _write(path: Path, fill, **kw) -> Path:  # type: ignore[no-untyped-def]
    with open(path, "wb") as fh:
        sheet = XlsxStream(fh, kw.pop("title", "台账"), kw.pop("widths", [6, 12, 20]), **kw)
        fill(sheet)
        sheet.close(kw.get("titles", (2, 2)), "第 &P 页 共 &N 页")
    return path


def test_column_letters() -> None:
    assert [column_letter(i) for i in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]


def test_values_styles_merges_and_print_setup(tmp_path: Path) -> None:
    def fill(sheet: XlsxStream) -> None:
        title = sheet.style(size=16, bold=True, box=False)
        head = sheet.style(bold=True, fill="E8EEF4")
        day = sheet.style(align="left", fmt="yyyy-mm-dd")
        moment = sheet.style(fmt="yyyy-mm-dd hh:mm")
        plain = sheet.style(align="left")
        sheet.append([("接待登记台账", title)], height=30, merges=[(0, 2)])
        sheet.append([("序号", head), ("日期", head), ("姓名 & <备注>", head)], height=22)
        sheet.append([(1, plain), (date(2026, 3, 5), day), ("  王芳  ", plain)])
        sheet.append([(2.5, plain), (datetime(2026, 3, 5, 9, 30), moment), (None, plain)])
        sheet.append([(True, plain), None, ("a\x01b", plain)])

    ws = load_workbook(_write(tmp_path / "s.xlsx", fill, landscape=True, frozen_rows=2)).active
    assert ws.title == "台账"
    assert [[c.value for c in row] for row in ws.iter_rows(min_row=2)] == [
        ["序号", "日期", "姓名 & <备注>"],
        [1, datetime(2026, 3, 5), "  王芳  "],
        [2.5, datetime(2026, 3, 5, 9, 30), None],
        [True, None, "ab"],
    ]
    assert ws["B3"].number_format == "yyyy-mm-dd" and ws["B4"].number_format == "yyyy-mm-dd hh:mm"
    assert ws["A1"].font.b and ws["A1"].font.sz == 16 and ws["A2"].fill.fgColor.rgb == "FFE8EEF4"
    assert ws["C3"].border.left.style == "thin" and ws["A1"].border.left.style is None
    assert ws["C3"].alignment.horizontal == "left" and ws["C3"].alignment.wrap_text
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:C1"}
    assert ws.row_dimensions[1].height == 30
    assert ws.column_dimensions["C"].width == 20
    assert ws.freeze_panes == "A3"
    assert ws.print_title_rows == "$2:$2"
    assert "$A$1:$C$5" in str(ws.print_area)
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"


def test_the_parts_are_a_valid_package(tmp_path: Path) -> None:
    path = _write(tmp_path / "p.xlsx", lambda sheet: sheet.append([("x", sheet.style())]))
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        assert {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/styles.xml"} <= set(
            package.namelist()
        )


def test_a_sheet_name_with_a_quote_keeps_its_print_titles(tmp_path: Path) -> None:
    path = _write(tmp_path / "q.xlsx", lambda s: s.append([("x", s.style())]), title="王's 台账")
    ws = load_workbook(path).active
    assert ws.title == "王's 台账" and ws.print_title_rows == "$2:$2"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=3))
def test_any_text_reads_back_without_control_characters(tmp_path_factory: pytest.TempPathFactory,
                                                         texts: list[str]) -> None:  # fmt: skip
    path = tmp_path_factory.mktemp("t") / "t.xlsx"
    _write(path, lambda sheet: sheet.append([(t, sheet.style()) for t in texts]))
    got = [c.value for c in next(load_workbook(path).active.iter_rows())]
    legal = [
        "".join(ch for ch in t if ch in "\t\n\r" or not (ord(ch) < 32 or ch in "\ufffe\uffff")) for t in texts
    ]
    assert [g or "" for g in got] == [t.replace("\r\n", "\n").replace("\r", "\n") for t in legal][: len(got)]
