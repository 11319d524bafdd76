"""The official-form ledger (台账) every ledger of the station is printed on, as PDF and as .xlsx.

A ledger is a titled table on A4 (landscape when wide): the unit (the station) and the period in
the header, multi-row column headers whose groups are merged cells (``("来访人", ["姓名", "性别"])``
heads three columns over two rows), a running number (序号) on every row, the rows, then the count,
the signature lines 经办人 / 审核人 / 负责人 and a seal box (盖章). Every page carries the header
rows again and "第 x 页 共 y 页". Plain data in, already-translated words; no database.

Rows come from an iterator. The .xlsx is streamed (reports/xlsx_stream.py), so memory stays flat
however long the period; the PDF lays out the rows it is given (reportlab needs the table), which
suits a month or a quarter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from stationdesk.reports import pdf_base
from stationdesk.reports.files import write_atomically
from stationdesk.reports.pdf_base import Letterhead, paragraph, printed_line, styles, table
from stationdesk.reports.xlsx_stream import Cell, XlsxStream

HeaderItem = tuple[str] | tuple[str, Sequence[str]]
"""A column ``(label,)`` or a group ``(label, [sub-labels])`` merged over its columns."""
Progress = Callable[[int], None]
"""Called with the number of rows written so far, every :data:`PROGRESS_EVERY` rows and at the end."""

PROGRESS_EVERY = 500
WIDE_CHARS = 110  # forms wider than this (in characters, all columns) go landscape
DATE = "yyyy-mm-dd"
HOURS = "0.00"
DATETIME = "yyyy-mm-dd hh:mm"
_GRID = colors.HexColor("#888888")
_HEAD_BACKGROUND = colors.HexColor("#E8EEF4")


@dataclass(frozen=True)
class LedgerLabels:
    unit: str = "填报单位：{unit}"
    period: str = "统计期间：{period}"
    number: str = "序号"
    count: str = "本期共登记 {count} 条。"
    empty: str = "本期无登记记录。"
    signatures: tuple[str, ...] = ("经办人", "审核人", "负责人")
    seal: str = "（盖章）"
    date_line: str = "日期：______年____月____日"
    printed_on: str = "打印日期：{date}"
    page_label: str = "第 {page} 页 共 {pages} 页"


@dataclass(frozen=True)
class LedgerForm:
    """What heads the ledger. ``header`` leaves out the running number (the form adds 序号 first);
    ``widths`` gives every leaf column's width in characters (a Chinese character counts 2)."""

    unit: str
    period: str
    title: str
    header: Sequence[HeaderItem]
    widths: Sequence[float]
    sheet_name: str = ""
    logo_png: bytes | None = None
    printed_on: str = ""

    def __post_init__(self) -> None:
        if len(self.widths) != len(leaves(self.header)):
            raise ValueError("one width per leaf column")


def leaves(header: Sequence[HeaderItem]) -> list[str]:
    """The leaf column labels, left to right."""
    out: list[str] = []
    for item in header:
        out.extend(item[1] if len(item) == 2 else [item[0]])  # type: ignore[misc]
    return out


def header_rows(
    header: Sequence[HeaderItem], number: str
) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """The header as rows of texts ("" under a merge) and its merges ``(top, first, bottom, last)``
    (0-based rows and columns): two rows when a group is present, else one."""
    items: list[HeaderItem] = [(number,), *header]
    two = any(len(item) == 2 for item in items)
    top: list[str] = []
    bottom: list[str] = []
    merges: list[tuple[int, int, int, int]] = []
    for item in items:
        column = len(top)
        if len(item) == 2:
            subs = list(item[1])  # type: ignore[misc]
            top += [item[0]] + [""] * (len(subs) - 1)
            bottom += subs
            if len(subs) > 1:
                merges.append((0, column, 0, column + len(subs) - 1))
        else:
            top.append(item[0])
            bottom.append("")
            if two:
                merges.append((0, column, 1, column))
    return ([top, bottom] if two else [top]), merges


def _is_landscape(form: LedgerForm, number_width: float) -> bool:
    return sum(form.widths) + number_width > WIDE_CHARS


def _numbered(
    rows: Iterable[Sequence[object]], progress: Progress | None
) -> Iterable[tuple[int, Sequence[object]]]:
    done = 0
    for done, row in enumerate(rows, start=1):
        yield done, row
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done)
    if progress is not None:
        progress(done)


# --- PDF -----------------------------------------------------------------------------------------

NUMBER_CHARS = 5
FONT_SIZE = 8.5
LEADING = 11
PADDING = 3
TOP_PADDING = 2
BOTTOM_PADDING = 3
FRAME_PADDING = 6  # SimpleDocTemplate's frame pads each side by 6 points


@cache
def centered(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "-centered", parent=style, alignment=TA_CENTER)


@cache
def _char_width(char: str) -> float:
    return stringWidth(char, pdf_base.font_name(), FONT_SIZE)


def wrapped(text: str, width: float) -> str:
    """``text`` broken into lines no wider than ``width`` points, anywhere (CJK) but at spaces
    when it can: plain strings lay out many times faster than paragraphs in a long table."""
    if sum(map(_char_width, text)) <= width:
        return text
    lines: list[str] = []
    for part in text.split("\n"):
        line, used = "", 0.0
        for char in part:
            step = _char_width(char)
            if line and used + step > width:
                lines.append(line.rstrip())
                line = char.lstrip()
                used = _char_width(line) if line else 0.0
            else:
                line += char
                used += step
        lines.append(line)
    return "\n".join(lines)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _signature_block(labels: LedgerLabels, content_width: float) -> Flowable:
    body = styles()["body"]
    seal_side = 32 * mm
    seal = table(
        [[paragraph(labels.seal, body)]],
        [seal_side],
        [
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ],
        rowHeights=[seal_side],
    )
    share = (content_width - seal_side - 8 * mm) / len(labels.signatures)
    lines = [paragraph(f"{name}：______________", body) for name in labels.signatures]
    block = table(
        [[*lines, seal], [paragraph(labels.date_line, body), *[""] * len(lines)]],
        [share] * len(lines) + [seal_side + 8 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("SPAN", (-1, 0), (-1, 1)),
            ("SPAN", (0, 1), (-2, 1)),
            ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
        ],
    )
    return KeepTogether([Spacer(1, 8 * mm), block])


def _row_height(cells: Sequence[str]) -> float:
    return max(cell.count("\n") + 1 for cell in cells) * LEADING + TOP_PADDING + BOTTOM_PADDING


def ledger_story(
    form: LedgerForm,
    rows: Iterable[Sequence[object]],
    labels: LedgerLabels,
    pagesize: tuple[float, float],
    progress: Progress | None = None,
) -> list[Flowable]:
    """One table a page, each with the header rows on top: paginated here, from the rows' line
    counts, since reportlab splits a long spanned table in time growing with its length squared."""
    small = styles()["small"]
    body = styles()["body"]
    content_width = pagesize[0] - 2 * pdf_base.MARGIN - 2
    room = (
        pagesize[1]
        - (pdf_base.MARGIN + pdf_base.HEADER_HEIGHT + 4 * mm)
        - (pdf_base.MARGIN + pdf_base.FOOTER_HEIGHT)
        - 2 * FRAME_PADDING
        - 2
    )
    texts, merges = header_rows(form.header, labels.number)
    chars = [NUMBER_CHARS, *form.widths]
    scale = content_width / sum(chars)
    widths = [c * scale for c in chars]
    inner = [w - 2 * PADDING for w in widths]
    head = [[paragraph(t, centered(small)) if t else "" for t in row] for row in texts]
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
        ("BACKGROUND", (0, 0), (-1, len(head) - 1), _HEAD_BACKGROUND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), LEADING),
        ("TOPPADDING", (0, 0), (-1, -1), TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PADDING),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        *(("SPAN", (first, top), (last, bottom)) for top, first, bottom, last in merges),
    ]
    head_height = table(list(head), widths, commands).wrap(content_width, room)[1]
    story: list[Flowable] = []
    page: list[list[str]] = []
    used = head_height
    count = 0
    for count, row in _numbered(rows, progress):
        cells = [str(count), *(_text(v) for v in row)]
        lines = [wrapped(text, width) for text, width in zip(cells, inner, strict=True)]
        height = _row_height(lines)
        if page and used + height > room:
            story += [table(list(head), widths, commands), _Rows(widths, page), PageBreak()]
            page, used = [], head_height
        page.append(lines)
        used += height
    story += [table(list(head), widths, commands), _Rows(widths, page)]
    story.append(Spacer(1, 3 * mm))
    story.append(paragraph(labels.count.format(count=count) if count else labels.empty, body))
    story.append(_signature_block(labels, content_width))
    return story


class _Rows(Flowable):
    """A page of ledger rows drawn straight on the canvas: a grid and one text object, the look of
    the header table's cells (reportlab's Table spends most of a month's ledger on per-cell styling)."""

    def __init__(self, widths: Sequence[float], rows: Sequence[Sequence[str]]) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as the header table above it
        self._widths = widths
        self._rows = rows
        self._heights = [_row_height(row) for row in rows]
        self.width, self.height = sum(widths), sum(self._heights)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        lefts = [sum(self._widths[:i]) for i in range(len(self._widths) + 1)]
        tops = [self.height - sum(self._heights[:i]) for i in range(len(self._heights) + 1)]
        canvas.saveState()
        canvas.setStrokeColor(_GRID)
        canvas.setLineWidth(0.5)
        canvas.lines([(x, 0, x, self.height) for x in lefts] + [(0, y, self.width, y) for y in tops])
        text = canvas.beginText()
        font = pdf_base.font_name()
        text.setFont(font, FONT_SIZE, LEADING)
        for row, top, height in zip(self._rows, tops, self._heights, strict=False):
            room = height - TOP_PADDING - BOTTOM_PADDING
            for column, cell in enumerate(row):
                if not cell:
                    continue
                lines = cell.count("\n") + 1
                baseline = top - TOP_PADDING - (room - lines * LEADING) / 2 - FONT_SIZE
                left = lefts[column] + PADDING
                if column == 0:  # the running number, centred
                    left = lefts[0] + (self._widths[0] - stringWidth(cell, font, FONT_SIZE)) / 2
                text.setTextOrigin(left, baseline)
                text.textLines(cell, trim=0)
        canvas.drawText(text)
        canvas.restoreState()


def letterhead(form: LedgerForm, labels: LedgerLabels) -> Letterhead:
    return Letterhead(
        station_name=labels.unit.format(unit=form.unit),
        title=form.title,
        logo_png=form.logo_png,
        subtitle=labels.period.format(period=form.period),
        printed_on=printed_line(labels.printed_on, form.printed_on),
        page_label=labels.page_label,
    )


def write_ledger_pdf(
    path: Path,
    form: LedgerForm,
    rows: Iterable[Sequence[object]],
    labels: LedgerLabels | None = None,
    progress: Progress | None = None,
) -> Path:
    labels = labels or LedgerLabels()
    pagesize = landscape(A4) if _is_landscape(form, NUMBER_CHARS) else A4
    story = ledger_story(form, rows, labels, pagesize, progress)
    return pdf_base.write(path, letterhead(form, labels), story, pagesize)


# --- xlsx ----------------------------------------------------------------------------------------

XLSX_NUMBER_CHARS = 6


XLSX_FONT = "宋体"
HEAD_FILL_RGB = "E8EEF4"


def _value_format(value: object) -> str | None:
    if isinstance(value, datetime):
        return DATETIME
    if isinstance(value, date):
        return DATE
    if isinstance(value, Decimal):
        return HOURS  # hours to two places, as the PDF prints them
    return None


def write_ledger_xlsx(
    path: Path,
    form: LedgerForm,
    rows: Iterable[Sequence[object]],
    labels: LedgerLabels | None = None,
    progress: Progress | None = None,
) -> Path:
    """The ledger as a streamed .xlsx: title, unit and period rows, the merged header rows (frozen,
    repeated on every printed page), the rows, the count, signature lines and the seal box."""
    return write_atomically(path, lambda fh: _fill_xlsx(fh, form, rows, labels or LedgerLabels(), progress))


def _fill_xlsx(
    fh: IO[bytes],
    form: LedgerForm,
    rows: Iterable[Sequence[object]],
    labels: LedgerLabels,
    progress: Progress | None,
) -> None:
    texts, merges = header_rows(form.header, labels.number)
    first_header = 4  # title, unit/period, a blank line
    sheet = XlsxStream(
        fh,
        form.sheet_name or form.title,
        [XLSX_NUMBER_CHARS, *form.widths],
        font=XLSX_FONT,
        landscape=_is_landscape(form, XLSX_NUMBER_CHARS),
        frozen_rows=first_header + len(texts) - 1,
    )
    last = sheet.width - 1
    sheet.append([(form.title, sheet.style(size=16, bold=True, box=False))], height=30, merges=[(0, last)])
    half = sheet.width // 2
    plain = sheet.style(box=False, align="left")
    unit, period = labels.unit.format(unit=form.unit), labels.period.format(period=form.period)
    sheet.append([(unit, plain), *[None] * (half - 1), (period, plain)], height=20,
                 merges=[(0, half - 1), (half, last)])  # fmt: skip
    sheet.append([])
    head = sheet.style(bold=True, fill=HEAD_FILL_RGB)
    for row in texts:
        sheet.append([(t, head) for t in row], height=22)
    for top, first, bottom, right in merges:
        sheet.merge(first_header + top, first, first_header + bottom, right)
    number = sheet.style()
    looks = {None: sheet.style(align="left"), DATE: sheet.style(align="left", fmt=DATE),
             DATETIME: sheet.style(align="left", fmt=DATETIME), HOURS: sheet.style(fmt=HOURS)}  # fmt: skip
    count = 0
    for count, row in _numbered(rows, progress):
        sheet.append([(count, number), *((v, looks[_value_format(v)]) for v in row)], fit=True)
    sheet.append([])
    sheet.append([(labels.count.format(count=count) if count else labels.empty, plain)], merges=[(0, last)])
    _xlsx_signatures(sheet, labels)
    footer = labels.page_label.replace("{page}", "&P").replace("{pages}", "&N")
    sheet.close((first_header, first_header + len(texts) - 1), footer)


def _xlsx_signatures(sheet: XlsxStream, labels: LedgerLabels) -> None:
    """The signature lines over the left part, the seal box (three rows high) at the right."""
    seal_columns = 2 if sheet.width >= 6 else 1
    seal_first = sheet.width - seal_columns
    names = labels.signatures
    share = max(1, seal_first // len(names))
    spans = [
        (i * share, seal_first - 1 if i == len(names) - 1 else (i + 1) * share - 1) for i in range(len(names))
    ]
    plain, box = sheet.style(box=False, align="left"), sheet.style()
    sheet.append([])
    top = sheet.row + 1
    cells: list[Cell] = []
    for name, (first, last) in zip(names, spans, strict=True):
        cells += [(f"{name}：____________", plain)] + [None] * (last - first)
    cells += [(labels.seal, box)] + [(None, box)] * (seal_columns - 1)
    sheet.append(cells, height=36, merges=[s for s in spans if s[1] > s[0]])
    date_cells: list[Cell] = [(labels.date_line, plain)] + [None] * (seal_first - 1)
    sheet.append([*date_cells, *[(None, box)] * seal_columns], height=36, merges=[(0, seal_first - 1)])
    sheet.append([None] * seal_first + [(None, box)] * seal_columns, height=36)
    sheet.merge(top, seal_first, top + 2, sheet.width - 1)
