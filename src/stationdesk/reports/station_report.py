"""The station report (社工站工作月报 / 季报) as a PDF: A4 portrait on the shared letterhead.

A cover block (station, period, prepared by, printed on), the headline figures compared with the
previous period and the same period last year, then one section per area: its table of figures
(the same lines as the .xlsx, reports/station_report_data.py) and vector charts drawn with
reportlab.graphics (bar charts, a pie, a rate against its 100% goal line). Long lists (partners,
missed visits) are tables that split over pages with their header repeated. Every page carries the
station, the period and "第 x 页 共 y 页" (pdf_base). Plain data in; no database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from pathlib import Path

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from stationdesk.domain.counts import Count
from stationdesk.reports import pdf_base
from stationdesk.reports.pdf_base import Letterhead, font_name, paragraph, printed_line, styles, table
from stationdesk.reports.station_report_data import (
    Line as FigureLine,
)
from stationdesk.reports.station_report_data import (
    PeriodData,
    ReportData,
    Section,
    all_sections,
    breakdown,
    change_direction,
    change_text,
    code_word,
    headline,
    percent_text,
    period_text,
    stations_text,
    value_text,
)
from stationdesk.reports.station_report_words import WORDS, ReportWords

WIDTH = A4[0] - 2 * pdf_base.MARGIN
HALF = WIDTH / 2
CHART_HEIGHT = 150
TOP_ITEMS = 10  # bars of a breakdown chart; the rest is summed as "others"

INK = colors.HexColor("#1F2933")
NAVY = colors.HexColor("#1F4E79")
PERIOD_COLOURS = (NAVY, colors.HexColor("#7F9DB9"), colors.HexColor("#C9D5E2"))
SLICE_COLOURS = tuple(
    colors.HexColor(c) for c in ("#1F4E79", "#4A7AA7", "#86A8C8", "#BFD0E1", "#6B6B6B", "#A6A6A6", "#D4D4D4")
)
GOAL = colors.HexColor("#B00020")
SHORT = colors.HexColor("#D98880")
RULE = colors.HexColor("#9AA5B1")
HEAD_FILL = colors.HexColor("#E8EEF4")
SUB_FILL = colors.HexColor("#F4F6F8")

_TABLE_STYLE = [
    ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
    ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
    ("LINEBELOW", (0, -1), (-1, -1), 0.8, NAVY),
    ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#D5DBE1")),
    ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("FONTSIZE", (0, 0), (-1, -1), 9),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
]


def _styles() -> dict[str, ParagraphStyle]:
    sheet = styles()
    body = sheet["body"]
    return {
        "body": ParagraphStyle("report-body", parent=body, fontSize=10, leading=15, textColor=INK),
        "cell": ParagraphStyle("report-cell", parent=body, fontSize=9, leading=12, textColor=INK),
        "note": ParagraphStyle("report-note", parent=body, fontSize=8.5, leading=12, textColor=colors.grey),
        "section": ParagraphStyle(
            "report-section",
            parent=body,
            fontSize=13.5,
            leading=19,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "sub": ParagraphStyle(
            "report-sub",
            parent=body,
            fontSize=10.5,
            leading=15,
            textColor=NAVY,
            spaceBefore=6,
            spaceAfter=3,
        ),
    }


# --- charts --------------------------------------------------------------------------------------


def _canvas(width: float, height: float = CHART_HEIGHT, caption: str = "") -> Drawing:
    """A drawing in the embedded font (else reportlab starts each one in an unembedded Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = font_name()
    if caption:
        drawing.add(String(4, height - 11, caption, fontName=font_name(), fontSize=9, fillColor=NAVY))
    return drawing


def _nice_scale(top: float) -> tuple[float, float]:
    """An axis maximum and step: at most five steps of 1, 2, 2.5 or 5 times a power of ten (at least 1)."""
    if top <= 0:
        return 1.0, 1.0
    magnitude = 1.0
    while magnitude * 10 <= top:
        magnitude *= 10
    for factor in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= 1 and top / step <= 5:
            return step * -(-top // step), step
    return top, top


def _empty(width: float, caption: str, text: str) -> Drawing:
    """An honest empty chart: a light dashed frame saying "no data"."""
    drawing = _canvas(width, CHART_HEIGHT, caption)
    drawing.add(
        Rect(
            4,
            4,
            width - 8,
            CHART_HEIGHT - 22,
            strokeColor=colors.HexColor("#D5DBE1"),
            fillColor=None,
            strokeDashArray=[2, 2],
        )
    )
    drawing.add(
        String(
            width / 2,
            CHART_HEIGHT / 2 - 8,
            text,
            fontName=font_name(),
            fontSize=9,
            fillColor=colors.grey,
            textAnchor="middle",
        )
    )
    return drawing


def _axes(chart: BarChart, top: float, step: float, size: float = 8) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font_name()
        axis.labels.fontSize = size
        axis.labels.fillColor = INK
        axis.strokeColor = RULE
        axis.strokeWidth = 0.5
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E4E8EC")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.visibleTicks = False
    chart.bars.strokeColor = None
    chart.barLabels.fontName = font_name()
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = INK


def fit(text: str, width: float, size: float = 8) -> str:
    """``text`` cut with an ellipsis to ``width`` points in the embedded font at ``size``."""
    if stringWidth(text, font_name(), size) <= width:
        return text
    while text and stringWidth(text + "…", font_name(), size) > width:
        text = text[:-1]
    return text + "…"


def top_items(items: Sequence[Count], others: str, size: int = TOP_ITEMS) -> list[Count]:
    """The items with a count; past ``size``, the ``size - 1`` largest and the rest summed as one."""
    shown = [item for item in items if item.count > 0]
    if len(shown) <= size:
        return shown
    rest = shown[size - 1 :]
    return [*shown[: size - 1], Count(others.format(count=len(rest)), sum(item.count for item in rest))]


def breakdown_chart(caption: str, items: Sequence[Count], words: ReportWords, width: float = HALF) -> Drawing:
    """Horizontal bars of a breakdown, the largest on top."""
    shown = top_items(items, words.others)
    if not shown:
        return _empty(width, caption, words.no_data)
    drawing = _canvas(width, CHART_HEIGHT, caption)
    chart = HorizontalBarChart()
    chart.x, chart.y = 84, 14
    chart.width, chart.height = width - chart.x - 24, CHART_HEIGHT - 34
    chart.data = [[item.count for item in reversed(shown)]]
    chart.categoryAxis.categoryNames = [fit(item.label, chart.x - 8) for item in reversed(shown)]
    _axes(chart, *_nice_scale(max(item.count for item in shown)))
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = NAVY
    chart.barWidth = 6
    chart.barLabelFormat = "%d"
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def pie_chart(caption: str, items: Sequence[Count], words: ReportWords, width: float = HALF) -> Drawing:
    """A pie of a breakdown; the legend gives each slice's word, count and share."""
    shown = top_items(items, words.others, len(SLICE_COLOURS))
    if not shown:
        return _empty(width, caption, words.no_data)
    drawing = _canvas(width, CHART_HEIGHT, caption)
    pie = Pie()
    size = CHART_HEIGHT - 42
    pie.x, pie.y, pie.width, pie.height = 12, 12, size, size
    pie.data = [item.count for item in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    pie.direction, pie.startAngle = "clockwise", 90
    for i in range(len(shown)):
        pie.slices[i].fillColor = SLICE_COLOURS[i]
    drawing.add(pie)
    total = sum(item.count for item in shown)
    legend = Legend()
    legend.x, legend.y = pie.x + size + 14, pie.y + size - 6
    legend.fontName, legend.fontSize = font_name(), 8
    legend.alignment = "right"
    legend.dx, legend.dy, legend.deltay = 7, 7, 13
    legend.columnMaximum = len(shown)
    legend.strokeColor = None
    legend.colorNamePairs = [
        (
            SLICE_COLOURS[i],
            f"{fit(item.label, width - legend.x - 70)}  {item.count} · {share(item.count, total)}",
        )
        for i, item in enumerate(shown)
    ]
    drawing.add(legend)
    return drawing


def share(count: int, total: int) -> str:
    return percent_text(Fraction(count, total))


def _period_legend(drawing: Drawing, words: ReportWords) -> None:
    legend = Legend()
    legend.x, legend.y = drawing.width - 4, drawing.height - 18
    legend.boxAnchor = "ne"
    legend.alignment = "right"
    legend.fontName, legend.fontSize = font_name(), 7.5
    legend.dx, legend.dy = 7, 7
    legend.columnMaximum = 1
    legend.deltax = 8
    legend.autoXPadding = 8
    legend.strokeColor = None
    legend.colorNamePairs = list(
        zip(PERIOD_COLOURS, (words.this_period, words.previous, words.last_year), strict=True)
    )
    drawing.add(legend)


def compare_chart(
    caption: str, lines: Sequence[FigureLine], words: ReportWords, width: float = HALF
) -> Drawing:
    """Grouped columns: each figure in this period, the previous one and last year."""
    values = [[float(line.values[i] or 0) for line in lines] for i in range(3)]
    if not any(any(row) for row in values):
        return _empty(width, caption, words.no_data)
    drawing = _canvas(width, CHART_HEIGHT, caption)
    chart = VerticalBarChart()
    chart.x, chart.y = 32, 18
    chart.width, chart.height = width - chart.x - 8, CHART_HEIGHT - 56
    chart.data = values
    chart.categoryAxis.categoryNames = [fit(line.label, chart.width / len(lines) - 4, 7.5) for line in lines]
    _axes(chart, *_nice_scale(max(max(row) for row in values)), size=7.5)
    chart.valueAxis.labelTextFormat = "%d"
    for i, colour in enumerate(PERIOD_COLOURS):
        chart.bars[i].fillColor = colour
    chart.groupSpacing, chart.barSpacing = 12, 1
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[value_text(line.values[i], line.kind) for line in lines] for i in range(3)]
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    chart.barLabels.fontSize = 6.5
    drawing.add(chart)
    _period_legend(drawing, words)
    return drawing


def goal_chart(
    caption: str,
    bars: Sequence[tuple[str, float, str, Color]],
    *,
    goal_label: str,
    top: float = 100,
    width: float = HALF,
) -> Drawing:
    """Horizontal bars (name, percent, label, colour), the first on top, against a dashed line at
    100% (a rate's goal, a standard); the labels stand right of the plot, clear of the line."""
    drawing = _canvas(width, CHART_HEIGHT, caption)
    chart = HorizontalBarChart()
    chart.x, chart.y = 84, 16
    chart.width, chart.height = width - chart.x - 62, CHART_HEIGHT - 46
    chart.data = [[max(0.0, min(value, top)) for _, value, _, _ in reversed(bars)]]
    chart.categoryAxis.categoryNames = [fit(name, chart.x - 8) for name, _, _, _ in reversed(bars)]
    _axes(chart, top, 20 if top <= 100 else 50)
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.barWidth = 9
    for i, (_, _, _, colour) in enumerate(reversed(bars)):
        chart.bars[(0, i)].fillColor = colour
    chart.barLabelFormat = None
    drawing.add(chart)
    band = chart.height / len(bars)
    for i, (_, _, label, _) in enumerate(reversed(bars)):
        drawing.add(
            String(
                chart.x + chart.width + 8,
                chart.y + band * (i + 0.5) - 3,
                label,
                fontName=font_name(),
                fontSize=8,
                fillColor=INK,
            )
        )
    x = chart.x + chart.width * 100 / top
    drawing.add(
        Line(
            x,
            chart.y - 2,
            x,
            chart.y + chart.height + 4,
            strokeColor=GOAL,
            strokeWidth=1,
            strokeDashArray=[3, 2],
        )
    )
    drawing.add(
        String(
            x,
            chart.y + chart.height + 7,
            goal_label,
            fontName=font_name(),
            fontSize=7.5,
            fillColor=GOAL,
            textAnchor="middle",
        )
    )
    return drawing


def _rate_bars(words: ReportWords, rates: Sequence[Fraction | None]) -> list[tuple[str, float, str, Color]]:
    names = (words.this_period, words.previous, words.last_year)
    return [
        (name, float(rate * 100) if rate is not None else 0.0, percent_text(rate), colour)
        for name, rate, colour in zip(names, rates, PERIOD_COLOURS, strict=True)
    ]


def _rate_chart(
    caption: str, rates: Sequence[Fraction | None], goal_label: str, words: ReportWords, width: float
) -> Drawing:
    if all(rate is None for rate in rates):
        return _empty(width, caption, words.no_data)
    return goal_chart(caption, _rate_bars(words, rates), goal_label=goal_label, width=width)


def visit_rate_chart(data: ReportData, words: ReportWords, width: float = HALF) -> Drawing:
    """The visit rate of this period, the previous one and last year against the 100% goal."""
    rates = [p.visit_rate for p in (data.current, data.previous, data.last_year)]
    return _rate_chart(words.visit_rate, rates, words.goal, words, width)


def attendance_chart(data: ReportData, words: ReportWords, width: float = HALF) -> Drawing:
    rates = [p.attendance_rate for p in (data.current, data.previous, data.last_year)]
    return _rate_chart(words.attendance_rate, rates, "100%", words, width)


def staffing_chart(data: ReportData, words: ReportWords, width: float = HALF) -> Drawing:
    """Each 6430 figure as a share of its standard (met: navy, short: red), against the 100% line."""
    bars = [
        (
            code_word(f.measure.value, words.measures),
            f.count * 100 / f.target,
            f"{f.count} / {f.target}",
            NAVY if f.met else SHORT,
        )
        for f in data.current.staffing.figures
    ]
    return goal_chart(words.staffing_chart, bars, goal_label="100%", top=150, width=width)


# --- tables --------------------------------------------------------------------------------------


def _cover(data: ReportData, words: ReportWords, sheet: dict[str, ParagraphStyle]) -> Flowable:
    rows = [
        [words.station, stations_text(data, words)],
        [words.period, period_text(data.current, words)],
        [words.prepared_by, data.prepared_by],
        [words.printed, words.date_text(data.printed_on)],
    ]
    cells = [[paragraph(a, sheet["cell"]), paragraph(b, sheet["body"])] for a, b in rows]
    return table(
        cells,
        [0.2 * WIDTH, 0.8 * WIDTH],
        [
            ("BOX", (0, 0), (-1, -1), 0.8, NAVY),
            ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
            ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ],
    )


def _arrow(now: object, before: object) -> str:
    return {1: "▲ ", -1: "▼ ", 0: ""}[change_direction(now, before)]  # type: ignore[arg-type]


def summary_table(data: ReportData, words: ReportWords, sheet: dict[str, ParagraphStyle]) -> Flowable:
    """This period, the previous one, the change, last year, the change, for the headline figures."""
    head = [words.this_period, words.previous, words.change, words.last_year, words.change]
    rows: list[list[object]] = [[paragraph(words.figure, sheet["cell"]), *head]]
    for line in headline(data, words):
        now, before, year = line.values
        rows.append(
            [
                paragraph(line.label, sheet["cell"]),
                value_text(now, line.kind),
                value_text(before, line.kind),
                _arrow(now, before) + change_text(now, before, line.kind, words),
                value_text(year, line.kind),
                _arrow(now, year) + change_text(now, year, line.kind, words),
            ]
        )
    widths = [0.27, 0.12, 0.12, 0.185, 0.12, 0.185]
    return table(rows, [w * WIDTH for w in widths], _TABLE_STYLE, repeatRows=1)


def figures_table(section: Section, words: ReportWords, sheet: dict[str, ParagraphStyle]) -> Flowable:
    """A section's lines in the three periods; a breakdown's heading line shaded, its lines indented."""
    head = [words.this_period, words.previous, words.last_year]
    rows: list[list[object]] = [[paragraph(words.figure, sheet["cell"]), *head]]
    shaded = []
    for n, line in enumerate(section.lines, start=1):
        if line.heading:
            shaded.append(n)
            rows.append([paragraph(line.label, sheet["cell"]), "", "", ""])
            continue
        rows.append(
            [paragraph(line.label, sheet["cell"]), *(value_text(value, line.kind) for value in line.values)]
        )
    commands = [*_TABLE_STYLE]
    commands += [
        ("LEFTPADDING", (0, n), (0, n), 18) for n, line in enumerate(section.lines, start=1) if line.indented
    ]
    for n in shaded:
        commands += [("BACKGROUND", (0, n), (-1, n), SUB_FILL), ("SPAN", (0, n), (-1, n))]
    widths = [0.46, 0.18, 0.18, 0.18]
    return table(rows, [w * WIDTH for w in widths], commands, repeatRows=1)


def misses_table(data: ReportData, words: ReportWords, sheet: dict[str, ParagraphStyle]) -> Flowable:
    rows: list[list[object]] = [[paragraph(text, sheet["cell"]) for text in words.miss_columns]]
    for miss in data.misses:
        texts = (
            miss.person,
            miss.grid,
            miss.worker,
            code_word(miss.tier, words.tiers),
            miss.period,
            code_word(miss.reason, words.reasons),
        )
        rows.append([paragraph(text, sheet["cell"]) for text in texts])
    widths = [0.18, 0.22, 0.16, 0.11, 0.14, 0.19]
    return table(
        rows, [w * WIDTH for w in widths], [*_TABLE_STYLE, ("ALIGN", (0, 0), (-1, -1), "LEFT")], repeatRows=1
    )


def staffing_table(data: ReportData, words: ReportWords, sheet: dict[str, ParagraphStyle]) -> Flowable:
    measure, *head = words.staffing_columns
    rows: list[list[object]] = [[paragraph(measure, sheet["cell"]), *head]]
    marks = []
    for n, figure in enumerate(data.current.staffing.figures, start=1):
        rows.append(
            [
                paragraph(code_word(figure.measure.value, words.measures), sheet["cell"]),
                str(figure.count),
                str(figure.target),
                words.met if figure.met else words.not_met,
            ]
        )
        if not figure.met:
            marks.append(("TEXTCOLOR", (3, n), (3, n), GOAL))
    widths = [0.46, 0.18, 0.18, 0.18]
    return table(rows, [w * WIDTH for w in widths], [*_TABLE_STYLE, *marks])


def _pair(left: Drawing, right: Drawing) -> Flowable:
    return table(
        [[left, right]],
        [HALF, HALF],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ],
    )


# --- the story -----------------------------------------------------------------------------------


def _heading(text: str, sheet: dict[str, ParagraphStyle], room: float = 70 * mm) -> list[Flowable]:
    """A section's heading, on a new page when less than ``room`` is left (with a table under it that
    may split, keepWithNext would carry the whole table over instead)."""
    return [CondPageBreak(room), paragraph(text, sheet["section"])]


def _block(text: str, sheet: dict[str, ParagraphStyle], *parts: Flowable) -> list[Flowable]:
    """A short section kept on one page."""
    return [KeepTogether([paragraph(text, sheet["section"]), *parts])]


def _codes(
    data: ReportData, pick: Callable[[PeriodData], tuple[Count, ...]], words_of: Mapping[str, str]
) -> list[Count]:
    """This period's breakdown by a code, in words, in the codes' order."""
    return [
        Count(code_word(code, words_of), now) for code, (now, _, _) in breakdown(data, pick, tuple(words_of))
    ]


def _reception(data: ReportData, words: ReportWords, section: Section, sheet: dict) -> list[Flowable]:
    visitors = [
        line for line in section.lines if line.label in (words.first_time, words.returning, words.anonymous)
    ]
    outcomes = _codes(data, lambda p: p.by_outcome, words.outcomes)
    return [
        *_heading(section.title, sheet),
        figures_table(section, words, sheet),
        Spacer(1, 4 * mm),
        _pair(
            breakdown_chart(words.by_need, data.current.by_need, words),
            pie_chart(words.by_outcome, outcomes, words),
        ),
        Spacer(1, 2 * mm),
        compare_chart(words.visitors, visitors, words, WIDTH * 0.6),
    ]


def _referrals(data: ReportData, words: ReportWords, section: Section, sheet: dict) -> list[Flowable]:
    statuses = _codes(data, lambda p: p.by_status, words.statuses)
    return [
        *_heading(section.title, sheet),
        figures_table(section, words, sheet),
        Spacer(1, 4 * mm),
        _pair(
            pie_chart(words.by_status, statuses, words),
            breakdown_chart(words.by_partner, data.current.by_partner, words),
        ),
    ]


def _visits(data: ReportData, words: ReportWords, section: Section, sheet: dict) -> list[Flowable]:
    if data.current.visits_due is None:
        return _block(section.title, sheet, paragraph(words.visits_not_for_days, sheet["body"]))
    parts: list[Flowable] = [figures_table(section, words, sheet)]
    if not data.current.visits_due:
        parts += [Spacer(1, 2 * mm), paragraph(words.visits_nobody_due, sheet["body"])]
    parts += [Spacer(1, 3 * mm), visit_rate_chart(data, words, WIDTH * 0.7)]
    story = _block(section.title, sheet, *parts)
    if data.misses:
        story += [
            CondPageBreak(40 * mm),
            paragraph(words.misses.format(count=len(data.misses)), sheet["sub"]),
            misses_table(data, words, sheet),
        ]
    elif data.current.visits_due:
        story.append(paragraph(words.no_misses, sheet["body"]))
    return story


def _paragraphs(text: str, words: ReportWords, sheet: dict) -> list[Flowable]:
    """A highlights text a paragraph per line, or "none written"."""
    parts = [paragraph(part, sheet["body"]) for part in text.split("\n") if part.strip()]
    return parts or [paragraph(words.no_highlights, sheet["body"])]


def _highlights(data: ReportData, words: ReportWords, sheet: dict) -> list[Flowable]:
    """The manager's highlights; in a report on several stations, each station's under its name."""
    if data.by_station:
        story = _heading(words.highlights, sheet, 30 * mm)
        for each in data.by_station:
            name = paragraph(each.station, sheet["sub"])
            first, *rest = _paragraphs(each.text, words, sheet)
            story += [KeepTogether([name, first]), *rest]
        return story
    text = data.highlights.strip()
    if not text:
        return _block(words.highlights, sheet, paragraph(words.no_highlights, sheet["body"]))
    return [*_heading(words.highlights, sheet, 30 * mm), *_paragraphs(text, words, sheet)]


def report_story(data: ReportData, words: ReportWords) -> list[Flowable]:
    """The flowables of the report; its charts are the :class:`Drawing` flowables among them."""
    sheet = _styles()
    reception, referrals, follow_ups, visits, volunteers, training, _staffing = all_sections(data, words)
    compared = words.compared_with.format(
        previous=period_text(data.previous, words), last_year=period_text(data.last_year, words)
    )
    staffing_on = words.staffing_on.format(date=words.date_text(min(data.current.last_day, data.printed_on)))
    return [
        _cover(data, words, sheet),
        Spacer(1, 4 * mm),
        paragraph(words.summary_title, sheet["section"]),
        summary_table(data, words, sheet),
        Spacer(1, 1.5 * mm),
        paragraph(compared, sheet["note"]),
        PageBreak(),
        *_reception(data, words, reception, sheet),
        *_referrals(data, words, referrals, sheet),
        *_block(
            follow_ups.title,
            sheet,
            figures_table(follow_ups, words, sheet),
            Spacer(1, 3 * mm),
            compare_chart(words.follow_up_chart, follow_ups.lines, words, WIDTH * 0.6),
        ),
        *_visits(data, words, visits, sheet),
        *_block(
            volunteers.title,
            sheet,
            figures_table(volunteers, words, sheet),
            Spacer(1, 3 * mm),
            _pair(
                compare_chart(words.volunteer_hours, volunteers.lines[:1], words),
                compare_chart(words.volunteer_people, volunteers.lines[1:], words),
            ),
        ),
        *_block(
            training.title,
            sheet,
            figures_table(training, words, sheet),
            Spacer(1, 3 * mm),
            _pair(
                compare_chart(words.training_chart, [training.lines[0], training.lines[2]], words),
                attendance_chart(data, words),
            ),
        ),
        *_block(
            words.staffing,
            sheet,
            paragraph(staffing_on, sheet["note"]),
            staffing_table(data, words, sheet),
            Spacer(1, 3 * mm),
            staffing_chart(data, words, WIDTH * 0.7),
        ),
        *_highlights(data, words, sheet),
    ]


def _letterhead(data: ReportData, words: ReportWords) -> Letterhead:
    return Letterhead(
        station_name=data.station_name,
        title=words.title(data.current.kind),
        logo_png=data.logo_png,
        subtitle=period_text(data.current, words),
        printed_on=printed_line(words.printed_on, words.date_text(data.printed_on)),
        page_label=words.page_label,
    )


def write_station_report(path: Path, data: ReportData, lang: str = "zh_CN") -> Path:
    """Write the report of ``data`` in ``lang`` (a key of station_report_words.WORDS) to ``path``."""
    words = WORDS[lang]
    return pdf_base.write(path, _letterhead(data, words), report_story(data, words))
