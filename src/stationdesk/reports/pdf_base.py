"""The base every StationDesk printout shares: A4, an embedded CJK TrueType font, the station's
letterhead (logo, name, title, period) on every page and "page x of y" with the print date.

Qt-free and database-free: callers pass plain data and already-translated labels. The font is
WenQuanYi Micro Hei, shipped in the package (Apache-2.0): reportlab embeds TrueType outlines only,
and a font of our own makes a page print the same on every PC (check with ``pdffonts``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from stationdesk.assets import as_file, resource
from stationdesk.reports.files import write_bytes

FONT = "StationDeskCJK"
MARGIN = 18 * mm
HEADER_HEIGHT = 22 * mm
FOOTER_HEIGHT = 12 * mm


@dataclass(frozen=True)
class Letterhead:
    """What heads and foots every page; every text already in the reader's language."""

    station_name: str
    title: str
    logo_png: bytes | None = None
    subtitle: str = ""
    printed_on: str = ""
    page_label: str = "第 {page} 页 共 {pages} 页"
    """Footer text with ``{page}`` and ``{pages}`` placeholders."""


def printed_line(template: str, printed_on: object) -> str:
    """The footer's "printed on" text (``template`` with ``{date}``), or nothing without a date."""
    return template.format(date=printed_on) if printed_on else ""


@cache
def font_name() -> str:
    """Register the packaged CJK font once per process (about 0.1 s) and return its name."""
    with as_file(resource("fonts", "wqy-microhei.ttc")) as path:
        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    return FONT


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in the embedded font: body, small, heading."""
    font = font_name()
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=12),
        "heading": ParagraphStyle(
            "heading", parent=body, fontSize=13, leading=19, spaceBefore=6, spaceAfter=4
        ),
    }


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text (escaped, line breaks kept) as a paragraph."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def table(
    rows: list[list[object]], widths: list[float], commands: list[tuple[object, ...]], **kw: object
) -> Table:
    """A table whose cells default to the embedded font (Table's own default, Helvetica, is not embedded)."""
    built = Table(rows, colWidths=widths, **kw)  # type: ignore[arg-type]
    built.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font_name()), *commands]))
    return built


def counting_canvas(frame: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so that ``frame(canvas, page, pages)`` can
    draw on each what needs the page count ("page x of y")."""

    class PageCountingCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                frame(self, number, total)
                super().showPage()
            super().save()

    return PageCountingCanvas


def _draw_frame(canvas: Canvas, page: int, pages: int, *, head: Letterhead) -> None:
    width, height = canvas._pagesize
    font = font_name()
    top = height - MARGIN
    text_left = MARGIN
    if head.logo_png:
        size = HEADER_HEIGHT - 4 * mm
        canvas.drawImage(ImageReader(io.BytesIO(head.logo_png)), MARGIN, top - size, size, size, mask="auto")
        text_left += size + 4 * mm
    canvas.setFont(font, 10)
    canvas.drawString(text_left, top - 5 * mm, head.station_name)
    canvas.setFont(font, 15)
    canvas.drawString(text_left, top - 12 * mm, head.title)
    if head.subtitle:
        canvas.setFont(font, 9.5)
        canvas.drawString(text_left, top - 17.5 * mm, head.subtitle)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - HEADER_HEIGHT, width - MARGIN, top - HEADER_HEIGHT)
    bottom = MARGIN - 2 * mm
    canvas.line(MARGIN, bottom + 5 * mm, width - MARGIN, bottom + 5 * mm)
    canvas.setFont(font, 8.5)
    if head.printed_on:
        canvas.drawString(MARGIN, bottom, head.printed_on)
    canvas.drawRightString(width - MARGIN, bottom, head.page_label.format(page=page, pages=pages))


def render(letterhead: Letterhead, story: Sequence[Flowable], pagesize: tuple[float, float] = A4) -> bytes:
    """The PDF of ``story`` on letterheaded A4 pages (``landscape(A4)`` for wide tables)."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT + 4 * mm,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=letterhead.title,
        author=letterhead.station_name,
        creator="StationDesk",
        initialFontName=font_name(),  # else reportlab lists an unembedded Helvetica on every page
    )
    document.build(list(story), canvasmaker=counting_canvas(partial(_draw_frame, head=letterhead)))
    return buffer.getvalue()


def write(
    path: Path, letterhead: Letterhead, story: Sequence[Flowable], pagesize: tuple[float, float] = A4
) -> Path:
    """Render and write safely: a temporary file, flushed to disk, then renamed over ``path``."""
    data = render(letterhead, story, pagesize)
    return write_bytes(path, data)
