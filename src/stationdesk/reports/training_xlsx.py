"""The training lists as .xlsx, laid out as a station hands them on: the title and the station in
merged rows on top, the programme and session, header rows (merged where they group columns),
column widths, A4 fit to the page's width with the header rows repeated on every printed page and
"第 x 页 共 y 页" in the footer, frozen panes; numbers as numbers, dates and times as dates.

Same data and words as the PDFs (reports/training_data.py). Written in openpyxl's write-only mode,
row by row, so that a sheet of a thousand participants stays small in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from stationdesk.reports.files import write_atomically
from stationdesk.reports.training_data import (
    ProgrammeHead,
    ProgrammeRecordData,
    SessionHead,
    SessionRecordData,
    SigninSheetData,
    TrainingLabels,
    hours,
    span_text,
)

FONT = "宋体"
_THIN = Side(style="thin", color="888888")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEAD_FILL = PatternFill("solid", fgColor="E8EEF4")
_LABEL_FILL = PatternFill("solid", fgColor="F2F2F2")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_PLAIN = Font(name=FONT, size=10.5)
_BOLD = Font(name=FONT, size=10.5, bold=True)
DATE = "yyyy-mm-dd"
TIME = "hh:mm"
PERCENT = "0.0%"
TOP_ROWS = 2  # the title and the station


class StreamSheet:
    """A write-only worksheet written top to bottom, one row at a time, ``width`` columns wide."""

    def __init__(
        self, workbook: Workbook, title: str, widths: Sequence[float], freeze: str, landscape: bool = False
    ) -> None:
        """``freeze``: the top left cell that scrolls (set before the first row is streamed)."""
        self.ws: WriteOnlyWorksheet = workbook.create_sheet(title)
        self.ws.freeze_panes = freeze
        self.width = len(widths)
        self.row = 0
        for i, chars in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = chars
        setup = self.ws.page_setup
        setup.paperSize = Worksheet.PAPERSIZE_A4
        setup.orientation = "landscape" if landscape else "portrait"
        setup.fitToWidth, setup.fitToHeight = 1, 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.print_options.horizontalCentered = True
        self.ws.page_margins.left = self.ws.page_margins.right = 0.5

    def cell(
        self,
        value: Any,
        *,
        bold: bool = False,
        fill: PatternFill | None = None,
        box: bool = True,
        align: Alignment = CENTER,
        fmt: str | None = None,
        size: float | None = None,
    ) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value)
        cell.font = Font(name=FONT, size=size, bold=bold) if size else (_BOLD if bold else _PLAIN)
        cell.alignment = align
        if box:
            cell.border = _BOX
        if fill is not None:
            cell.fill = fill
        if fmt:
            cell.number_format = fmt
        return cell

    def append(self, cells: Sequence[Any], height: float | None = None,
               merges: Sequence[tuple[int, int]] = ()) -> int:  # fmt: skip
        """Write the next row (cells or plain values), merging the 0-based column spans given."""
        self.row += 1
        if height:
            self.ws.row_dimensions[self.row].height = height
        for first, last in merges:
            self.merge(self.row, first, self.row, last)
        self.ws.append(list(cells))
        return self.row

    def merge(self, top: int, first: int, bottom: int, last: int) -> None:
        """Merge rows ``top``..``bottom`` (1-based) over columns ``first``..``last`` (0-based)."""
        span = f"{get_column_letter(first + 1)}{top}:{get_column_letter(last + 1)}{bottom}"
        self.ws.merged_cells.add(span)

    def banner(self, text: str, *, size: float, bold: bool = False, height: float = 0) -> None:
        """A line of text across the whole sheet."""
        cell = self.cell(text, bold=bold, box=False, size=size)
        self.append([cell], height=height or size * 2, merges=[(0, self.width - 1)])

    def line(self, text: str, align: Alignment = LEFT) -> None:
        self.append([self.cell(text, box=False, align=align)], merges=[(0, self.width - 1)])

    def fields(self, rows: Sequence[Sequence[tuple[str, Any, str | None]]]) -> None:
        """Rows of one or two (label, value, number format): a label cell, then the value merged over
        the rest of its half (or of the row)."""
        half = self.width // 2
        for pairs in rows:
            spans = [(0, half - 1), (half, self.width - 1)] if len(pairs) == 2 else [(0, self.width - 1)]
            cells: list[Any] = []
            merges = []
            for (label, value, fmt), (first, last) in zip(pairs, spans, strict=True):
                cells.append(self.cell(label, fill=_LABEL_FILL))
                cells.append(self.cell(value, align=LEFT, fmt=fmt))
                cells += [self.cell(None) for _ in range(last - first - 1)]
                if last > first + 1:
                    merges.append((first + 1, last))
            self.append(cells, height=20, merges=merges)

    def header(self, texts: Sequence[str], height: float = 24) -> int:
        return self.append([self.cell(t, bold=True, fill=HEAD_FILL) for t in texts], height=height)

    def signatures(self, labels: Sequence[str], date_label: str) -> None:
        """Signature lines spread over the width, the date under them."""
        share = self.width // len(labels)
        spans = [(i * share, self.width - 1 if i == len(labels) - 1 else (i + 1) * share - 1)
                 for i in range(len(labels))]  # fmt: skip
        cells: list[Any] = []
        for text, (first, last) in zip(labels, spans, strict=True):
            cells += [self.cell(text, box=False, align=LEFT)] + [None] * (last - first)
        self.append([])
        self.append(cells, height=36, merges=[s for s in spans if s[1] > s[0]])
        self.append([self.cell(date_label, box=False, align=LEFT)], height=22, merges=[spans[0]])

    def finish(self, header_rows: tuple[int, int], page_label: str) -> None:
        assert self.ws.freeze_panes.endswith(str(header_rows[1] + 1)), "freeze under the header rows"
        self.ws.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
        self.ws.print_area = f"A1:{get_column_letter(self.width)}{self.row}"
        footer = page_label.replace("{page}", "&P").replace("{pages}", "&N")
        self.ws.oddFooter.center.text = footer
        self.ws.oddFooter.center.size = 9


def _top(sheet: StreamSheet, station: str, title: str) -> None:
    sheet.banner(title, size=16, bold=True, height=30)
    sheet.banner(station, size=11, height=20)


Field = tuple[str, Any, "str | None"]


def _programme_fields(programme: ProgrammeHead, labels: TrainingLabels) -> list[list[Field]]:
    row: list[Field] = [(labels.programme, programme.name, None)]
    if programme.organiser:
        row.append((labels.organiser, programme.organiser, None))
    return [row]


def _session_fields(
    programme: ProgrammeHead, session: SessionHead, labels: TrainingLabels
) -> list[list[Field]]:
    when = span_text(session)
    if session.number and session.of:
        when += " " + labels.session_of.format(number=session.number, of=session.of)
    return [
        *_programme_fields(programme, labels),
        [(labels.date, session.starts_at.date(), DATE), (labels.time, when, None)],
        [(labels.venue, session.venue, None), (labels.trainer, session.trainer, None)],
        [(labels.topic, session.topic, None)],
    ]


def _save(path: Path, workbook: Workbook) -> Path:
    return write_atomically(path, workbook.save)


# --- the sign-in sheet ---------------------------------------------------------------------------


def write_signin_sheet_xlsx(path: Path, data: SigninSheetData, labels: TrainingLabels | None = None) -> Path:
    labels = labels or TrainingLabels()
    workbook = Workbook(write_only=True)
    fields = _session_fields(data.programme, data.session, labels)
    sheet = StreamSheet(
        workbook, labels.sheet_title, [9, 12, 24, 12, 10, 11, 22], f"A{TOP_ROWS + len(fields) + 3}"
    )
    _top(sheet, data.station_name, labels.sheet_title)
    sheet.fields(fields)
    sheet.append([])
    head = sheet.header([labels.number, labels.name, labels.unit, labels.group, labels.code,
                         labels.signin_time, labels.signature])  # fmt: skip
    for p in data.participants:
        sheet.append([sheet.cell(p.number), sheet.cell(p.name), sheet.cell(p.unit, align=LEFT),
                      sheet.cell(labels.group_of(p.group)), sheet.cell(p.code, size=12), sheet.cell(None),
                      sheet.cell(None)], height=26)  # fmt: skip
    if data.blank_rows:
        note = [sheet.cell(labels.walk_in_note, fill=_LABEL_FILL)] + [sheet.cell(None) for _ in range(6)]
        sheet.append(note, merges=[(0, 6)])
        last = max((p.number for p in data.participants), default=0)
        for i in range(1, data.blank_rows + 1):
            sheet.append([sheet.cell(last + i)] + [sheet.cell(None) for _ in range(6)], height=26)
    sheet.append([])
    sheet.line(labels.expected.format(count=len(data.participants)))
    sheet.signatures([labels.trainer_signature, labels.station_signature], labels.sign_date)
    sheet.finish((head, head), labels.page_label)
    return _save(path, workbook)


# --- the attendance record of a session ----------------------------------------------------------


def write_session_record_xlsx(
    path: Path, data: SessionRecordData, labels: TrainingLabels | None = None
) -> Path:
    labels = labels or TrainingLabels()
    workbook = Workbook(write_only=True)
    fields = _session_fields(data.programme, data.session, labels)
    header = TOP_ROWS + len(fields) + (4 if data.held else 3) + 1
    sheet = StreamSheet(workbook, labels.session_title, [9, 12, 24, 12, 10, 10, 10, 10, 11], f"C{header + 1}")
    _top(sheet, data.station_name, labels.session_title)
    sheet.fields(fields)
    sheet.append([])
    if data.held:
        statuses = list(labels.statuses)
        heads = [labels.statuses[s] for s in statuses] + [labels.unmarked, labels.rate]
        counts: list[Any] = [sheet.cell(data.count(s)) for s in statuses] + [sheet.cell(data.count(""))]
        counts.append(sheet.cell(float(data.rate) if data.rate is not None else None, fmt=PERCENT))
        sheet.header(heads)
        sheet.append(counts)
    else:
        sheet.line(labels.not_held.format(as_of=f"{data.as_of:%Y-%m-%d %H:%M}"))
    sheet.append([])
    head = sheet.header([labels.number, labels.name, labels.unit, labels.group, labels.code, labels.status,
                         labels.signin_time, labels.signout_time, labels.method])  # fmt: skip
    for mark in data.marks:
        p = mark.participant
        status = labels.statuses.get(mark.status, mark.status) if mark.status else labels.unmarked
        sheet.append([sheet.cell(p.number), sheet.cell(p.name), sheet.cell(p.unit, align=LEFT),
                      sheet.cell(labels.group_of(p.group)), sheet.cell(p.code), sheet.cell(status),
                      sheet.cell(mark.signed_in_at, fmt=TIME), sheet.cell(mark.signed_out_at, fmt=TIME),
                      sheet.cell(labels.methods.get(mark.method, mark.method))], height=20)  # fmt: skip
    sheet.signatures(
        [*labels.ledger_signatures[:-1], labels.ledger_signatures[-1] + labels.seal], labels.sign_date
    )
    sheet.finish((head, head), labels.page_label)
    return _save(path, workbook)


# --- the attendance record of a programme --------------------------------------------------------


def write_programme_record_xlsx(
    path: Path, data: ProgrammeRecordData, labels: TrainingLabels | None = None
) -> Path:
    labels = labels or TrainingLabels()
    n = len(data.sessions)
    left = [9, 12, 22]
    right = [8, 8, 9, 7, 7]
    widths = [*left, *([7] * n), *right]
    workbook = Workbook(write_only=True)
    days = [s.starts_at.date() for s in data.sessions]
    fields = _programme_fields(data.programme, labels)
    if days:
        fields.append([(labels.first_day, days[0], DATE), (labels.last_day, days[-1], DATE)])
    fields.append([(labels.rule_label, labels.rule(data.programme), None)])
    first, total = len(left), len(widths)
    freeze = f"{get_column_letter(first + 1)}{TOP_ROWS + len(fields) + 6}"
    sheet = StreamSheet(workbook, labels.programme_title, widths, freeze, landscape=n > 6)
    _top(sheet, data.station_name, labels.programme_title)
    sheet.fields(fields)
    summary = labels.programme_summary.format(
        participants=len(data.rows), held=sum(data.held), sessions=n, completed=data.completed
    )
    sheet.line(f"{summary}（{labels.as_of.format(as_of=f'{data.as_of:%Y-%m-%d %H:%M}')}）")
    sheet.line(labels.legend)
    sheet.append([])
    right_heads = [labels.attended_count, labels.held_count, labels.rate, labels.hours, labels.completed]
    top = (
        [labels.number, labels.name, labels.unit] + [labels.sessions_heading] + [None] * (n - 1) + right_heads
    )
    if not n:
        top = [*top[:3], *top[4:]]
    top_row = sheet.header(top, height=22)
    dates: list[Any] = [sheet.cell(None, fill=HEAD_FILL) for _ in left]
    dates += [sheet.cell(s.starts_at, bold=True, fill=HEAD_FILL, fmt="mm/dd") for s in data.sessions]
    dates += [sheet.cell(None, fill=HEAD_FILL) for _ in right]
    date_row = sheet.append(dates, height=22)
    for column in [*range(first), *range(first + n, total)]:
        sheet.merge(top_row, column, date_row, column)
    if n:
        sheet.merge(top_row, first, top_row, first + n - 1)
    for row in data.rows:
        p = row.participant
        cells = [sheet.cell(p.number), sheet.cell(p.name), sheet.cell(p.unit, align=LEFT)]
        cells += [sheet.cell(labels.symbols.get(s, s)) for s in row.statuses]
        cells += [
            sheet.cell(row.attended),
            sheet.cell(row.held),
            sheet.cell(float(row.rate) if row.rate is not None else None, fmt=PERCENT),
            sheet.cell(hours(row.minutes)),
            sheet.cell(labels.yes if row.completed else labels.no),
        ]
        sheet.append(cells, height=18)
    everyone = len(data.rows)
    counts: list[Any] = [
        sheet.cell(labels.attended_row, fill=_LABEL_FILL),
        sheet.cell(None),
        sheet.cell(None),
    ]
    rates: list[Any] = [sheet.cell(labels.rate_row, fill=_LABEL_FILL), sheet.cell(None), sheet.cell(None)]
    for c in range(n):
        held = data.held[c]
        counts.append(sheet.cell(data.attended_at(c) if held else None))
        share = data.attended_at(c) / everyone if held and everyone else None
        rates.append(sheet.cell(share, fmt=PERCENT))
    counts += [sheet.cell(None) for _ in range(len(right) - 1)] + [sheet.cell(data.completed)]
    rates += [sheet.cell(None) for _ in right]
    sheet.append(counts, merges=[(0, 2)])
    sheet.append(rates, merges=[(0, 2)])
    sheet.signatures(
        [*labels.ledger_signatures[:-1], labels.ledger_signatures[-1] + labels.seal], labels.sign_date
    )
    sheet.finish((top_row, date_row), labels.page_label)
    return _save(path, workbook)
