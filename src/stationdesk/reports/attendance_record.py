"""The attendance records (考勤记录): of one session (each participant's status, times and how they
signed in, totals by status, the rate) and of a whole programme (a grid of participants × sessions
with status symbols, each one's sessions attended of those held, rate, hours and completion; a
totals row per session; a legend). A ledger: signature lines for 经办人 / 审核人 / 负责人 at the end.

The programme grid goes landscape beyond a few sessions; a camp with more sessions than fit across
a page is printed in several grids of consecutive sessions (the participant columns repeated), the
totals with the last one.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from stationdesk.reports import pdf_base
from stationdesk.reports.pdf_base import Letterhead, paragraph, printed_line, styles, table
from stationdesk.reports.signin_sheet import (
    HEAD_FILL,
    RULE,
    fitted,
    session_block,
    session_letterhead,
    session_lines,
)
from stationdesk.reports.training_data import (
    ProgrammeRecordData,
    SessionRecordData,
    TrainingLabels,
    hours,
    percent,
    short_day,
)

PORTRAIT_MAX_SESSIONS = 6
"""More sessions than this: the programme grid is printed on landscape pages."""
SESSIONS_PER_GRID = 14
"""Session columns in one grid across a landscape page (wider camps are split)."""

_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def _content_width(pagesize: tuple[float, float]) -> float:
    return pagesize[0] - 2 * pdf_base.MARGIN - 12


def _time(value: object) -> str:
    return f"{value:%H:%M}" if value is not None else ""


def ledger_signatures(labels: TrainingLabels, width: float) -> Table:
    """经办人 / 审核人 / 负责人 (盖章) with room to sign, and the date."""
    body = styles()["body"]
    names = list(labels.ledger_signatures)
    names[-1] += labels.seal
    third = width / 3
    return table(
        [[paragraph(name, body) for name in names], [paragraph(labels.sign_date, body), "", ""]],
        [third, third, third],
        [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        rowHeights=[14 * mm, 9 * mm],
    )


# --- one session ---------------------------------------------------------------------------------


def _session_table(data: SessionRecordData, labels: TrainingLabels, width: float) -> Table:
    fixed = [10 * mm, 22 * mm, 36 * mm, 19 * mm, 16 * mm, 15 * mm, 15 * mm, 15 * mm]
    widths = [*fixed, width - sum(fixed)]
    heads = (labels.number, labels.name, labels.unit, labels.group, labels.code, labels.status,
             labels.signin_time, labels.signout_time, labels.method)  # fmt: skip
    rows: list[list[object]] = [list(heads)]
    absent = []
    for i, mark in enumerate(data.marks, start=1):
        p = mark.participant
        status = labels.statuses.get(mark.status, mark.status) if mark.status else labels.unmarked
        rows.append([str(p.number), fitted(p.name, widths[1], 9), fitted(p.unit, widths[2], 9),
                     fitted(labels.group_of(p.group), widths[3], 9), p.code, status,
                     _time(mark.signed_in_at), _time(mark.signed_out_at),
                     labels.methods.get(mark.method, mark.method)])  # fmt: skip
        if mark.status in ("absent", ""):
            absent.append(i)
    commands = [
        *_GRID,
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (3, 1), (-1, -1), "CENTER"),
        *[("TEXTCOLOR", (5, i), (5, i), colors.HexColor("#B00020")) for i in absent],
    ]
    return table(rows, widths, commands, repeatRows=1)


def _session_totals(data: SessionRecordData, labels: TrainingLabels, width: float) -> Table:
    statuses = list(labels.statuses)
    heads = [labels.statuses[s] for s in statuses] + [labels.unmarked, labels.rate]
    counts = [str(data.count(s)) for s in statuses] + [str(data.count("")), percent(data.rate)]
    return table(
        [heads, counts],
        [width / len(heads)] * len(heads),
        [
            *_GRID,
            ("FONTSIZE", (0, 0), (-1, -1), 9.5),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ],
    )


def _session_story(data: SessionRecordData, labels: TrainingLabels) -> list[Flowable]:
    body = styles()["body"]
    width = _content_width(A4)
    story: list[Flowable] = [
        session_block(data.programme, session_lines(data.session, labels), labels, width),
        Spacer(1, 3 * mm),
    ]
    if data.held:
        summary = labels.summary.format(
            enrolled=len(data.marks), attended=data.attended, rate=percent(data.rate)
        )
        story += [paragraph(summary, body), Spacer(1, 2 * mm), _session_totals(data, labels, width)]
    else:
        story.append(paragraph(labels.not_held.format(as_of=f"{data.as_of:%Y-%m-%d %H:%M}"), body))
    story += [Spacer(1, 4 * mm), _session_table(data, labels, width), Spacer(1, 6 * mm)]
    story.append(KeepTogether([ledger_signatures(labels, width)]))
    return story


def write_session_record(path: Path, data: SessionRecordData, labels: TrainingLabels | None = None) -> Path:
    labels = labels or TrainingLabels()
    head = session_letterhead(data, labels.session_title, labels)
    return pdf_base.write(path, head, _session_story(data, labels))


# --- a programme ---------------------------------------------------------------------------------


def programme_pagesize(sessions: int) -> tuple[float, float]:
    return A4 if sessions <= PORTRAIT_MAX_SESSIONS else landscape(A4)


def _chunks(count: int) -> list[range]:
    """Consecutive sessions per grid, as even as can be (30 sessions: 3 grids of 10, not 14 + 14 + 2)."""
    if count == 0:
        return [range(0)]
    grids = -(-count // SESSIONS_PER_GRID)
    size = -(-count // grids)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _grid(
    data: ProgrammeRecordData, labels: TrainingLabels, columns: range, last: bool, width: float
) -> Table:
    """Participants × the sessions in ``columns``; with the totals columns when ``last``."""
    left = [9 * mm, 20 * mm, 30 * mm if width < 200 * mm else 36 * mm]
    right = [15 * mm, 14 * mm, 11 * mm, 10 * mm] if last else []
    session_width = min(14 * mm, (width - sum(left) - sum(right)) / max(len(columns), 1))
    widths = [*left, *([session_width] * len(columns)), *right]
    first, n = len(left), len(columns)
    heading = labels.sessions_heading
    if len(data.sessions) > len(columns):
        heading = labels.sessions_range.format(first=columns.start + 1, last=columns.stop)
    small = ParagraphStyle("grid-head", parent=styles()["small"], fontSize=8, leading=10, alignment=1)
    right_heads = [labels.attended, labels.rate, labels.hours, labels.completed] if last else []
    top: list[object] = [labels.number, labels.name, labels.unit, paragraph(heading, small)]
    top += [""] * (n - 1) + [paragraph(text, small) for text in right_heads]
    if not n:
        top = [*top[:3], *top[4:]]
    dates = ["", "", "", *[short_day(data.sessions[c].starts_at) for c in columns], *[""] * len(right)]
    rows: list[list[object]] = [top, dates]
    for row in data.rows:
        p = row.participant
        line: list[object] = [
            str(p.number),
            fitted(p.name, widths[1], 8.5, 7),
            fitted(p.unit, widths[2], 8.5, 7),
        ]
        line += [labels.symbols.get(row.statuses[c], row.statuses[c]) for c in columns]
        if last:
            line += [f"{row.attended}/{row.held}", percent(row.rate), f"{hours(row.minutes):g}",
                     labels.yes if row.completed else labels.no]  # fmt: skip
        rows.append(line)
    everyone = len(data.rows)
    counts: list[object] = [labels.attended_row, "", ""]
    rates: list[object] = [labels.rate_row, "", ""]
    for c in columns:
        held = data.held[c]
        counts.append(str(data.attended_at(c)) if held else "")
        rates.append(percent(_share(data.attended_at(c), everyone)) if held else "")
    if last:
        counts += ["", "", "", str(data.completed)]
        rates += ["", "", "", ""]
    rows += [counts, rates]
    foot = len(rows) - 2
    commands: list[tuple[object, ...]] = [
        *_GRID,
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("BACKGROUND", (0, 0), (-1, 1), HEAD_FILL),
        ("BACKGROUND", (0, foot), (-1, -1), colors.HexColor("#F2F2F2")),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("ALIGN", (1, 2), (2, foot - 1), "LEFT"),
        ("FONTSIZE", (first, 1), (first + n - 1, 1), 7.5),
        ("FONTSIZE", (first, foot + 1), (first + n - 1, foot + 1), 6.5),
        ("SPAN", (0, foot), (2, foot)),
        ("SPAN", (0, foot + 1), (2, foot + 1)),
        *[("SPAN", (i, 0), (i, 1)) for i in range(first)],
        *[("SPAN", (i, 0), (i, 1)) for i in range(first + n, len(widths))],
    ]
    if n:
        commands.append(("SPAN", (first, 0), (first + n - 1, 0)))
    for offset, c in enumerate(columns):
        if not data.held[c]:
            commands.append(
                ("TEXTCOLOR", (first + offset, 1), (first + offset, 1), colors.HexColor("#999999"))
            )
    if last:
        no = [i for i, row in enumerate(data.rows, start=2) if not row.completed]
        commands += [
            ("TEXTCOLOR", (len(widths) - 1, i), (len(widths) - 1, i), colors.HexColor("#B00020")) for i in no
        ]
    return table(rows, widths, commands, repeatRows=2)


def _share(part: int, whole: int) -> Fraction | None:
    return Fraction(part, whole) if whole else None


def _programme_story(data: ProgrammeRecordData, labels: TrainingLabels) -> list[Flowable]:
    sheet = styles()
    body, small = sheet["body"], sheet["small"]
    width = _content_width(programme_pagesize(len(data.sessions)))
    lines = [(labels.date, _span(data)), (labels.rule_label, labels.rule(data.programme))]
    summary = labels.programme_summary.format(
        participants=len(data.rows),
        held=sum(data.held),
        sessions=len(data.sessions),
        completed=data.completed,
    )
    story: list[Flowable] = [
        session_block(data.programme, lines, labels, width),
        Spacer(1, 3 * mm),
        paragraph(f"{summary}（{labels.as_of.format(as_of=f'{data.as_of:%Y-%m-%d %H:%M}')}）", body),
        paragraph(labels.legend, small),
        Spacer(1, 2 * mm),
    ]
    chunks = _chunks(len(data.sessions))
    for i, columns in enumerate(chunks):
        story.append(_grid(data, labels, columns, last=i == len(chunks) - 1, width=width))
        story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([Spacer(1, 2 * mm), ledger_signatures(labels, width)]))
    return story


def _span(data: ProgrammeRecordData) -> str:
    days = [s.starts_at for s in data.sessions]
    return f"{days[0]:%Y-%m-%d} – {days[-1]:%Y-%m-%d}" if days else ""


def _programme_letterhead(data: ProgrammeRecordData, labels: TrainingLabels) -> Letterhead:
    return Letterhead(
        station_name=data.station_name,
        title=labels.programme_title,
        logo_png=data.logo_png,
        subtitle=f"{data.programme.name}　{_span(data)}".strip(),
        printed_on=printed_line(labels.printed_on, data.printed_on),
        page_label=labels.page_label,
    )


def write_programme_record(
    path: Path, data: ProgrammeRecordData, labels: TrainingLabels | None = None
) -> Path:
    labels = labels or TrainingLabels()
    return pdf_base.write(
        path,
        _programme_letterhead(data, labels),
        _programme_story(data, labels),
        programme_pagesize(len(data.sessions)),
    )
