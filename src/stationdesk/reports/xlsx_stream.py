"""A one-sheet .xlsx written as it goes, for sheets of a hundred thousand rows (a ten-year ledger).

openpyxl builds a Python object for every cell and serialises it element by element: about 50 µs a
cell, which puts a ten-year reception ledger (1.6 million cells) past a minute and a half. Here a
row is formatted as XML text and streamed into the zip entry of the sheet at once, a few
microseconds a cell, so memory stays flat and time follows the rows. Everything else a printable
form needs is kept: styles (font, fill, box, alignment, number format), merged cells, column
widths, row heights, frozen header rows, header rows repeated on every printed page, the print
area, A4 fitted to the page width and a "page x of y" footer.

Usage: ``XlsxStream(fh, title, widths, ...)``, ``style(...)`` for each look once, ``append`` rows of
``(value, style)`` pairs, then ``close(...)``. Values: str, int, float, Decimal, Fraction, bool, date,
datetime, None.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import IO
from xml.sax.saxutils import escape, quoteattr

Cell = tuple[object, int] | None
"""A value and its style (from :meth:`XlsxStream.style`); None leaves the cell out."""

_EPOCH = datetime(1899, 12, 30)
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MAX_TEXT = 32767  # Excel's limit for one cell
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_FIRST_CUSTOM_FORMAT = 164
LINE_HEIGHT = 14.25  # points a line of 10.5-point text takes


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: str) -> str:
    value = _ILLEGAL.sub("", value)[:_MAX_TEXT]
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f"<is><t{space}>{escape(value)}</t></is>"


def _display_width(text: str) -> int:
    """Columns ``text`` takes in a spreadsheet: 2 for a Chinese character, 1 for a Latin one (its
    GBK length, counted in C)."""
    return len(text.encode("gbk", errors="replace"))


def _serial(value: date) -> float:
    moment = value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
    delta = moment.replace(tzinfo=None) - _EPOCH
    return delta.days + delta.seconds / 86400


class XlsxStream:
    """One worksheet streamed into ``fh`` (a binary file), ``widths`` in characters per column."""

    def __init__(
        self,
        fh: IO[bytes],
        title: str,
        widths: Sequence[float],
        *,
        font: str = "宋体",
        landscape: bool = False,
        frozen_rows: int = 0,
    ) -> None:
        self.title = title[:31]
        self.width = len(widths)
        self.row = 0
        self._letters = [column_letter(i) for i in range(1, self.width + 1)]
        self._room = [max(1, int(w) - 1) for w in widths]  # characters a line of each column holds
        self._font = font
        self._landscape = landscape
        self._merges: list[str] = []
        self._fonts: list[tuple[float, bool]] = [(10.5, False)]
        self._fills: list[str | None] = [None, None]  # the two fills every workbook starts with
        self._formats: list[str] = []
        self._xfs: list[tuple[int, int, int, str, int]] = [(0, 0, 0, "general", 0)]
        self._zip = zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, compresslevel=5)
        self._sheet = self._zip.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
        self._write(self._sheet_head(widths, frozen_rows))

    # --- looks ---

    def style(
        self,
        *,
        size: float = 10.5,
        bold: bool = False,
        fill: str | None = None,
        box: bool = True,
        align: str = "center",
        fmt: str | None = None,
    ) -> int:
        """The style id of a look (``fill`` an RGB like "E8EEF4", ``align`` "center" or "left";
        text wraps in every style)."""
        font = self._index(self._fonts, (size, bold))
        fill_id = self._index(self._fills, fill) if fill else 0
        number = 0
        if fmt:
            number = _FIRST_CUSTOM_FORMAT + self._index(self._formats, fmt)
        return self._index(self._xfs, (font, fill_id, 1 if box else 0, align, number))

    @staticmethod
    def _index(items: list, item: object) -> int:  # type: ignore[type-arg]
        if item not in items:
            items.append(item)
        return items.index(item)

    # --- rows ---

    def append(self, cells: Sequence[Cell], height: float | None = None,
               merges: Sequence[tuple[int, int]] = (), fit: bool = False) -> int:  # fmt: skip
        """Write the next row, merging the 0-based column spans given; returns its 1-based number.
        ``fit``: as high as its wrapped texts need (spreadsheet programs do not all work it out)."""
        self.row += 1
        row = self.row
        if fit and height is None:
            height = self._fitted_height(cells)
        out = [f'<row r="{row}" ht="{height}" customHeight="1">' if height else f'<row r="{row}">']
        for letter, cell in zip(self._letters, cells, strict=False):
            if cell is None:
                continue
            value, style = cell
            ref = f"{letter}{row}"
            if value is None or value == "":
                out.append(f'<c r="{ref}" s="{style}"/>')
            elif isinstance(value, str):
                out.append(f'<c r="{ref}" s="{style}" t="inlineStr">{_text(value)}</c>')
            elif isinstance(value, bool):
                out.append(f'<c r="{ref}" s="{style}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, (int, float, Decimal)):
                out.append(f'<c r="{ref}" s="{style}"><v>{value}</v></c>')
            elif isinstance(value, Fraction):
                out.append(f'<c r="{ref}" s="{style}"><v>{float(value)}</v></c>')
            elif isinstance(value, date):
                out.append(f'<c r="{ref}" s="{style}"><v>{_serial(value)}</v></c>')
            else:
                out.append(f'<c r="{ref}" s="{style}" t="inlineStr">{_text(str(value))}</c>')
        out.append("</row>")
        self._write("".join(out))
        for first, last in merges:
            self.merge(row, first, row, last)
        return row

    def _fitted_height(self, cells: Sequence[Cell]) -> float | None:
        lines = 1
        for room, cell in zip(self._room, cells, strict=False):
            text = None if cell is None else cell[0]
            if not isinstance(text, str) or (2 * len(text) <= room and "\n" not in text):
                continue  # not text, or too short to wrap
            lines = max(lines, sum(-(-_display_width(part) // room) or 1 for part in text.split("\n")))
        return lines * LINE_HEIGHT if lines > 1 else None

    def merge(self, top: int, first: int, bottom: int, last: int) -> None:
        """Merge rows ``top``..``bottom`` (1-based) over columns ``first``..``last`` (0-based)."""
        self._merges.append(f"{self._letters[first]}{top}:{self._letters[last]}{bottom}")

    # --- the end ---

    def close(self, print_titles: tuple[int, int] | None, footer: str) -> None:
        """Finish the sheet and the workbook: ``print_titles`` the 1-based rows repeated on every
        printed page; ``footer`` Excel's footer text (``&P`` the page, ``&N`` the pages)."""
        self._write(self._sheet_tail(footer))
        self._sheet.close()
        name = "'" + self.title.replace("'", "''") + "'"
        defined = '<definedName name="_xlnm.{}" localSheetId="0">{}!{}</definedName>'
        names = [defined.format("Print_Area", escape(name), f"$A$1:${self._letters[-1]}${max(self.row, 1)}")]
        if print_titles:
            names.append(defined.format("Print_Titles", escape(name), "${}:${}".format(*print_titles)))
        parts = {
            "[Content_Types].xml": _CONTENT_TYPES,
            "_rels/.rels": _ROOT_RELS,
            "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
            "xl/workbook.xml": (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_MAIN}" '
                f'xmlns:r="{_REL}"><bookViews><workbookView/></bookViews><sheets>'
                f'<sheet name={quoteattr(self.title)} sheetId="1" r:id="rId1"/></sheets>'
                f"<definedNames>{''.join(names)}</definedNames></workbook>"
            ),
            "xl/styles.xml": self._styles(),
        }
        for part, text in parts.items():
            self._zip.writestr(part, text)
        self._zip.close()

    def _write(self, text: str) -> None:
        self._sheet.write(text.encode("utf-8"))

    def _sheet_head(self, widths: Sequence[float], frozen_rows: int) -> str:
        view = '<sheetView workbookViewId="0"/>'
        if frozen_rows:
            cell = f"A{frozen_rows + 1}"
            view = (
                f'<sheetView workbookViewId="0"><pane ySplit="{frozen_rows}" topLeftCell="{cell}" '
                f'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="{cell}" '
                f'sqref="{cell}"/></sheetView>'
            )
        columns = "".join(
            f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, start=1)
        )
        return (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}" '
            f'xmlns:r="{_REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews>{view}</sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/><cols>{columns}</cols><sheetData>'
        )

    def _sheet_tail(self, footer: str) -> str:
        merges = "".join(f'<mergeCell ref="{ref}"/>' for ref in self._merges)
        merged = f'<mergeCells count="{len(self._merges)}">{merges}</mergeCells>' if merges else ""
        orientation = "landscape" if self._landscape else "portrait"
        return (
            f'</sheetData>{merged}<printOptions horizontalCentered="1"/>'
            '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            f'<pageSetup paperSize="9" orientation="{orientation}" fitToWidth="1" fitToHeight="0"/>'
            f"<headerFooter><oddFooter>{escape('&C&9' + footer)}</oddFooter></headerFooter></worksheet>"
        )

    def _styles(self) -> str:
        formats = "".join(
            f'<numFmt numFmtId="{_FIRST_CUSTOM_FORMAT + i}" formatCode={quoteattr(code)}/>'
            for i, code in enumerate(self._formats)
        )
        fonts = "".join(
            f'<font>{"<b/>" if bold else ""}<sz val="{size}"/><name val={quoteattr(self._font)}/>'
            f'<charset val="134"/></font>'
            for size, bold in self._fonts
        )
        pattern = '<fill><patternFill patternType="{}">{}</patternFill></fill>'
        fills = pattern.format("none", "") + pattern.format("gray125", "")
        fills += "".join(pattern.format("solid", f'<fgColor rgb="FF{rgb}"/>') for rgb in self._fills[2:])
        side = '<{0} style="thin"><color rgb="FF888888"/></{0}>'
        edges = ("left", "right", "top", "bottom")
        borders = "<border><left/><right/><top/><bottom/><diagonal/></border>"
        borders += "<border>" + "".join(side.format(edge) for edge in edges) + "<diagonal/></border>"
        xfs = "".join(
            f'<xf numFmtId="{number}" fontId="{font}" fillId="{fill}" borderId="{border}" xfId="0" '
            f'applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">'
            f'<alignment horizontal="{align}" vertical="center" wrapText="1"/></xf>'
            for font, fill, border, align, number in self._xfs
        )
        return (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_MAIN}">'
            + (f'<numFmts count="{len(self._formats)}">{formats}</numFmts>' if formats else "")
            + f'<fonts count="{len(self._fonts)}">{fonts}</fonts>'
            f'<fills count="{len(self._fills)}">{fills}</fills>'
            f'<borders count="2">{borders}</borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(self._xfs)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        )


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
)
