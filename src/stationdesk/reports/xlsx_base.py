"""The base of every StationDesk .xlsx list: laid out as a station hands a list on.

A sheet has merged title rows (station, title, period), one header row repeated on every printed
page and frozen on screen, the rows with numbers as numbers and dates as dates, optional total
rows, and notes below (signature lines). Print setup: A4, fitted to the page width, "page x of y"
in the footer. Plain data in, already-translated texts; openpyxl only (no reportlab).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from stationdesk.reports.files import write_bytes

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
HOURS_FORMAT = "0.0#"
_THIN = Side(style="thin", color="888888")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # in characters (a Chinese character counts about 2)
    number_format: str | None = None  # default: by value (dates as dates, numbers as they are)
    wrap: bool = False
    align: str | None = None  # "left", "center", "right"


@dataclass(frozen=True)
class SheetSpec:
    name: str  # the tab (at most 31 characters)
    title: str  # the first merged row
    columns: Sequence[Column]
    rows: Sequence[Sequence[object]]
    subtitles: Sequence[str] = ()  # more merged rows under the title (station, period, person)
    totals: Sequence[Sequence[object]] = ()  # bold rows after the data, in the same columns
    notes: Sequence[str] = ()  # merged rows at the end: the summary, signature lines
    landscape: bool = False
    page_label: str = "第 &P 页 共 &N 页"


def _set(cell: object, value: object, column: Column | None) -> None:
    cell.value = value  # type: ignore[attr-defined]
    fmt = column.number_format if column else None
    if fmt is None and isinstance(value, datetime):
        fmt = DATETIME_FORMAT
    elif fmt is None and isinstance(value, date):
        fmt = DATE_FORMAT
    if fmt:
        cell.number_format = fmt  # type: ignore[attr-defined]


def _merged_line(sheet: Worksheet, row: int, width: int, text: str, font: Font, height: float) -> None:
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    cell = sheet.cell(row=row, column=1, value=text)
    cell.font = font
    cell.alignment = Alignment(horizontal="center" if font.b else "left", vertical="center", wrap_text=True)
    sheet.row_dimensions[row].height = height


def fill_sheet(sheet: Worksheet, spec: SheetSpec) -> None:
    width = len(spec.columns)
    row = 1
    _merged_line(sheet, row, width, spec.title, Font(size=16, bold=True), 28)
    for text in spec.subtitles:
        row += 1
        _merged_line(sheet, row, width, text, Font(size=11), 18)
    row += 1
    header_row = row
    for index, column in enumerate(spec.columns, start=1):
        cell = sheet.cell(row=row, column=index, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    for values, bold in [*((r, False) for r in spec.rows), *((r, True) for r in spec.totals)]:
        row += 1
        for index, (value, column) in enumerate(zip(values, spec.columns, strict=True), start=1):
            cell = sheet.cell(row=row, column=index)
            _set(cell, value, column)
            cell.border = _BORDER
            cell.alignment = Alignment(horizontal=column.align, vertical="center", wrap_text=column.wrap)
            if bold:
                cell.font = Font(bold=True)
    if spec.rows:
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(width)}{header_row + len(spec.rows)}"
    row += 1
    for text in spec.notes:
        row += 1
        _merged_line(sheet, row, width, text, Font(size=11), 22)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "landscape" if spec.landscape else "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.oddFooter.center.text = spec.page_label


def workbook_bytes(specs: Sequence[SheetSpec]) -> bytes:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for spec in specs:
        fill_sheet(book.create_sheet(spec.name[:31]), spec)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_workbook(path: Path, specs: Sequence[SheetSpec]) -> Path:
    """Write the workbook safely (temporary file, then renamed over ``path``)."""
    return write_bytes(path, workbook_bytes(specs))
