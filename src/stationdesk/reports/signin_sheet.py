"""The pre-filled sign-in sheet of a session (签到表): who is expected, in roster order, with the row
number and sign-in code that the paper reconciliation jumps by, a blank time and a signature box
tall enough to sign; blank rows for walk-ins; the trainer's and the station's signatures at the end.

The header row repeats on every page and every page names the programme and the session, so a
loose page of a 500-name sheet still says where it belongs.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from stationdesk.reports import pdf_base
from stationdesk.reports.pdf_base import Letterhead, font_name, paragraph, printed_line, styles, table
from stationdesk.reports.training_data import (
    ProgrammeHead,
    SessionHead,
    SessionRecordData,
    SigninSheetData,
    TrainingLabels,
    day_text,
    session_subtitle,
    span_text,
)

CONTENT_WIDTH = A4[0] - 2 * pdf_base.MARGIN - 12
# 序号, 姓名, 单位, 类别, 签到码, 签到时间, 签名 (the rest)
_FIXED = [10 * mm, 22 * mm, 34 * mm, 19 * mm, 21 * mm, 19 * mm]
WIDTHS = [*_FIXED, CONTENT_WIDTH - sum(_FIXED)]
ROW_HEIGHT = 9 * mm  # room to sign
HEAD_HEIGHT = 7 * mm
NOTE_HEIGHT = 5.5 * mm
BODY_SIZE = 9.5
CELL_PADDING = 3
HEAD_FILL = colors.HexColor("#E8EEF4")
RULE = colors.HexColor("#888888")


def session_block(
    programme: ProgrammeHead,
    lines: list[tuple[str, str]],
    labels: TrainingLabels,
    width: float = CONTENT_WIDTH,
) -> Table:
    """The programme (and organiser) over ``lines`` of (label, value) two to a row, as a field table."""
    body = styles()["body"]
    label = ParagraphStyle("training-label", parent=body, textColor=colors.HexColor("#444444"))
    quarter = width / 4
    widths = [quarter * 0.55, quarter * 1.45, quarter * 0.55, quarter * 1.45]
    heads = [(labels.programme, programme.name)]
    if programme.organiser:
        heads.append((labels.organiser, programme.organiser))
    rows: list[list[object]] = [[paragraph(k, label), paragraph(v, body), "", ""] for k, v in heads]
    pairs = [lines[i : i + 2] for i in range(0, len(lines), 2)]
    for pair in pairs:
        rows.append([cell for k, v in pair for cell in (paragraph(k, label), paragraph(v, body))])
    wide = [i for i, row in enumerate(rows) if len(row) == 2 or row[2] == ""]
    for i in wide:
        rows[i] = [*rows[i][:2], "", ""]
    return table(
        rows,
        widths,
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
            ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#F2F2F2")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *[("SPAN", (1, i), (3, i)) for i in wide],
        ],
    )


def session_lines(head: SessionHead, labels: TrainingLabels) -> list[tuple[str, str]]:
    """Date, time (and which session of how many), venue, trainer, topic."""
    when = span_text(head)
    if head.number and head.of:
        when += "　" + labels.session_of.format(number=head.number, of=head.of)
    lines = [(labels.date, day_text(head.starts_at)), (labels.time, when)]
    lines += [(labels.venue, head.venue), (labels.trainer, head.trainer)]
    if head.topic:
        lines.append((labels.topic, head.topic))
    return lines


def signature_block(left: str, right: str, date_label: str, body: ParagraphStyle) -> Table:
    """Two signature lines side by side, each with a date line under it."""
    half = CONTENT_WIDTH / 2
    return table(
        [
            [paragraph(left, body), paragraph(right, body)],
            [paragraph(date_label, body), paragraph(date_label, body)],
        ],
        [half, half],
        [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        rowHeights=[14 * mm, 9 * mm],
    )


@cache
def _cell_style(size: float) -> ParagraphStyle:
    return ParagraphStyle(f"signin-cell-{size}", parent=styles()["body"], fontSize=size, leading=size * 1.2)


def fitted(text: str, width: float, size: float = 9.5, smallest: float = 7.5) -> object:
    """``text`` on one line of a cell ``width`` wide in the table's font ``size`` (as plain text), in a
    smaller size if need be; else on two lines of the smallest size, cut with "…" beyond them (a row
    keeps its height for signing)."""
    inner = width - 2 * CELL_PADDING
    font = font_name()
    if stringWidth(text, font, size) <= inner:
        return text  # in the table's own font size
    while (size := size - 1) >= smallest:
        if stringWidth(text, font, size) <= inner:
            return paragraph(text, _cell_style(size))
    room = 2 * inner - stringWidth("…", font, smallest)
    cut = text
    while cut and stringWidth(cut, font, smallest) > room:
        cut = cut[:-1]
    return paragraph(cut if cut == text else cut + "…", _cell_style(smallest))


def _roster_table(data: SigninSheetData, labels: TrainingLabels) -> Table:
    heads = (labels.number, labels.name, labels.unit, labels.group, labels.code, labels.signin_time,
             labels.signature)  # fmt: skip
    rows: list[list[object]] = [list(heads)]
    for p in data.participants:
        rows.append([str(p.number), fitted(p.name, WIDTHS[1]), fitted(p.unit, WIDTHS[2]),
                     fitted(labels.group_of(p.group), WIDTHS[3]), p.code, "", ""])  # fmt: skip
    heights = [HEAD_HEIGHT] + [ROW_HEIGHT] * len(data.participants)
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (3, 1), (4, -1), "CENTER"),
        ("FONTSIZE", (4, 1), (4, -1), 11),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if data.blank_rows:
        note = len(rows)
        rows.append([labels.walk_in_note, "", "", "", "", "", ""])
        heights.append(NOTE_HEIGHT)
        commands += [
            ("SPAN", (0, note), (-1, note)),
            ("BACKGROUND", (0, note), (-1, note), colors.HexColor("#F2F2F2")),
            ("FONTSIZE", (0, note), (-1, note), 9),
            ("ALIGN", (0, note), (-1, note), "CENTER"),
        ]
        last = max((p.number for p in data.participants), default=0)
        rows += [[str(last + i), "", "", "", "", "", ""] for i in range(1, data.blank_rows + 1)]
        heights += [ROW_HEIGHT] * data.blank_rows
    return table(rows, WIDTHS, commands, repeatRows=1, rowHeights=heights)


def _story(data: SigninSheetData, labels: TrainingLabels) -> list[Flowable]:
    body = styles()["body"]
    closing = [
        paragraph(labels.expected.format(count=len(data.participants)), body),
        Spacer(1, 2 * mm),
        signature_block(labels.trainer_signature, labels.station_signature, labels.sign_date, body),
    ]
    return [
        session_block(data.programme, session_lines(data.session, labels), labels),
        Spacer(1, 4 * mm),
        _roster_table(data, labels),
        Spacer(1, 5 * mm),
        KeepTogether(closing),
    ]


def session_letterhead(
    data: SigninSheetData | SessionRecordData, title: str, labels: TrainingLabels
) -> Letterhead:
    """The header of a printout about one session (the sheet, the session's record)."""
    return Letterhead(
        station_name=data.station_name,
        title=title,
        logo_png=data.logo_png,
        subtitle=session_subtitle(data.programme, data.session),
        printed_on=printed_line(labels.printed_on, data.printed_on),
        page_label=labels.page_label,
    )


def write_signin_sheet(path: Path, data: SigninSheetData, labels: TrainingLabels | None = None) -> Path:
    """Write the sheet safely (temporary file, then renamed over ``path``)."""
    labels = labels or TrainingLabels()
    return pdf_base.write(path, session_letterhead(data, labels.sheet_title, labels), _story(data, labels))
