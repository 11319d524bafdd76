"""The station report's figures as .xlsx, so the manager hands them on without retyping anything.

The first sheet: the title, station, period and who prepared it in merged rows, one header row
(figure, this period, the previous one, the same one last year; repeated on every printed page),
then each section of the PDF as a titled block of lines with numbers as numbers (hours to the
tenth, rates as percentages), the highlights at the end. The second sheet: the missed key-target
visits with their reasons. A4, fitted to the page's width, "第 x 页 共 y 页" in the footer. The
lines and words are the PDF's (reports/station_report_data.py); openpyxl only, written row by row.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

from stationdesk.reports.files import write_atomically
from stationdesk.reports.station_report_data import (
    HOURS,
    RATE,
    Line,
    ReportData,
    Value,
    all_sections,
    code_word,
    period_text,
    stations_text,
)
from stationdesk.reports.station_report_words import WORDS
from stationdesk.reports.training_xlsx import HEAD_FILL, LEFT, PERCENT, StreamSheet

HOURS_FORMAT = "0.0"
_SECTION_FILL = HEAD_FILL


def _number(value: Value, kind: str) -> float | int | None:
    if value is None:
        return None
    if kind == HOURS:
        return round(float(value), 1)
    if kind == RATE:
        return float(Fraction(value))
    return int(value)


def _line_cells(sheet: StreamSheet, line: Line) -> list[object]:
    fmt = PERCENT if line.kind == RATE else (HOURS_FORMAT if line.kind == HOURS else None)
    align = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=2 if line.indented else 0)
    cells: list[object] = [sheet.cell(line.label, align=align, bold=line.heading)]
    cells += [sheet.cell(_number(value, line.kind), fmt=fmt) for value in line.values]
    return cells


def write_station_report_xlsx(path: Path, data: ReportData, lang: str = "zh_CN") -> Path:
    words = WORDS[lang]
    workbook = Workbook(write_only=True)
    title = words.title(data.current.kind)
    first_rows = 5  # title, station, period, prepared by, blank
    sheet = StreamSheet(workbook, words.sheet_figures, [34, 16, 16, 16], f"B{first_rows + 2}")
    sheet.banner(title, size=16, bold=True, height=30)
    sheet.banner(stations_text(data, words), size=11, height=20)
    printed = words.date_text(data.printed_on)
    sheet.line(f"{words.period}{words.colon}{period_text(data.current, words)}")
    sheet.line(f"{words.prepared_by}{words.colon}{data.prepared_by}    {words.printed}{words.colon}{printed}")
    sheet.append([])
    head = sheet.header(
        [
            words.figure,
            f"{words.this_period}\n{period_text(data.current, words)}",
            f"{words.previous}\n{period_text(data.previous, words)}",
            f"{words.last_year}\n{period_text(data.last_year, words)}",
        ],
        height=36,
    )
    for section in all_sections(data, words):
        row = [sheet.cell(section.title, bold=True, fill=_SECTION_FILL, align=LEFT)]
        sheet.append(
            row + [sheet.cell(None, fill=_SECTION_FILL) for _ in range(3)], height=22, merges=[(0, 3)]
        )
        if not section.lines:
            sheet.append(
                [sheet.cell(words.visits_not_for_days, align=LEFT), *[sheet.cell(None)] * 3],
                height=30,
                merges=[(0, 3)],
            )
        for line in section.lines:
            sheet.append(_line_cells(sheet, line), height=18)
    sheet.append(
        [
            sheet.cell(words.highlights, bold=True, fill=_SECTION_FILL, align=LEFT),
            *[sheet.cell(None, fill=_SECTION_FILL) for _ in range(3)],
        ],
        height=22,
        merges=[(0, 3)],
    )
    texts = [(each.station, each.text) for each in data.by_station] or [(None, data.highlights)]
    for station, written in texts:
        if station is not None:
            sheet.append(
                [sheet.cell(station, bold=True, align=LEFT), *[sheet.cell(None)] * 3],
                height=18,
                merges=[(0, 3)],
            )
        text = written.strip() or words.no_highlights
        lines = max(1, text.count("\n") + 1 + len(text) // 45)
        sheet.append(
            [sheet.cell(text, align=LEFT), *[sheet.cell(None)] * 3],
            height=min(400, 16 * lines + 6),
            merges=[(0, 3)],
        )
    sheet.finish((head, head), words.page_label)

    misses = StreamSheet(workbook, words.sheet_misses, [14, 22, 12, 10, 12, 14], "A4")
    misses.banner(words.misses.format(count=len(data.misses)), size=14, bold=True, height=26)
    misses.banner(f"{stations_text(data, words)}  {period_text(data.current, words)}", size=11, height=20)
    miss_head = misses.header(list(words.miss_columns))
    for miss in data.misses:
        misses.append(
            [
                misses.cell(miss.person),
                misses.cell(miss.grid, align=LEFT),
                misses.cell(miss.worker),
                misses.cell(code_word(miss.tier, words.tiers)),
                misses.cell(miss.period),
                misses.cell(code_word(miss.reason, words.reasons)),
            ],
            height=18,
        )
    if not data.misses:
        note = words.visits_not_for_days if data.current.visits_due is None else words.no_misses
        misses.line(note)
    misses.finish((miss_head, miss_head), words.page_label)
    return write_atomically(path, workbook.save)
