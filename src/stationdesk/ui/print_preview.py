"""Print a PDF from the app (打印预览): show every page of a file a service wrote, then print it,
save a copy, or close.

The services write PDFs (slips, notices, reports) with reportlab; this dialog only shows and
prints them, so what is printed is the very file that was previewed. Pages go to the printer as
images rendered by QtPdf, which needs no PDF support in the printer driver. ``preview_pdf`` is the
one entry point pages use.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageLayout, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.services.errors import ServiceError
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.text import fmt

MAX_RENDER_DPI = 300
"""Pages are rendered at the printer's resolution up to this: an A4 page at 300 dpi is a 35 MB
image, at 1200 dpi (what a PDF printer reports) it would be 550 MB. 300 dpi prints text sharp."""
POINTS_PER_INCH = 72.0

ChoosePrinter = Callable[[QPrinter, QWidget, int], bool]
"""Asks where and how to print (printer, page range, copies); False when the user cancelled."""


def ask_printer(printer: QPrinter, parent: QWidget, page_count: int) -> bool:
    """The system print dialog, with the document's page range offered."""
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, page_count))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 0-based pages the printer's range asks for: all, a range such as 1-3,5, or the current."""
    every = list(range(page_count))
    chosen = printer.printRange()
    if chosen == QPrinter.PrintRange.CurrentPage:
        return [current_page] if 0 <= current_page < page_count else []
    if chosen == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [page for page in every if ranges.contains(page + 1)]
    return every


def print_document(document: QPdfDocument, printer: QPrinter, current_page: int = 0) -> int:
    """Paint the chosen pages onto the printer, each scaled to fit the paper (an A4 page on A4
    paper prints at its own size); returns how many pages were sent. Raises OSError when the
    printer cannot be started."""
    pages = pages_to_print(printer, document.pageCount(), current_page)
    if not pages:
        return 0
    # Where the printer cannot make the copies itself (rare: no CUPS on X11), repeat the pages.
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    sent = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for _copy in range(copies):
            for page in pages:
                if sent and not printer.newPage():
                    raise OSError("the printer refused a new page")
                _paint_page(painter, printer, document, page)
                sent += 1
    finally:
        painter.end()
    return sent


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    paper = QRectF(painter.viewport())
    points = document.pagePointSize(page)
    if points.isEmpty() or paper.isEmpty():
        return
    device_dpi = printer.resolution()
    natural = QSizeF(
        points.width() * device_dpi / POINTS_PER_INCH, points.height() * device_dpi / POINTS_PER_INCH
    )
    scale = min(1.0, paper.width() / natural.width(), paper.height() / natural.height())
    target = QRectF(0, 0, natural.width() * scale, natural.height() * scale)
    target.moveCenter(paper.center())
    render_dpi = min(device_dpi, MAX_RENDER_DPI)
    pixels = QSize(
        max(1, round(points.width() * render_dpi / POINTS_PER_INCH)),
        max(1, round(points.height() * render_dpi / POINTS_PER_INCH)),
    )
    painter.fillRect(target, Qt.GlobalColor.white)
    painter.drawImage(target, document.render(page, pixels))


class PrintPreviewDialog(QDialog):
    """Every page of one PDF, fit to the width, with Print…, Save as… and Close.

    ``choose_printer`` asks for the printer (the system dialog by default; tests pass their own).
    With ``remove_when_closed`` the file is deleted when the dialog closes: a slip written to a
    temporary file for printing carries a person's data and should not stay behind.
    """

    def __init__(
        self,
        path: Path,
        title: str,
        parent: QWidget | None = None,
        *,
        suggested_name: str | None = None,
        remove_when_closed: bool = False,
        choose_printer: ChoosePrinter = ask_printer,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(title)
        self.path = Path(path)
        self._title = title
        self._suggested_name = suggested_name or self.path.name
        self._remove_when_closed = remove_when_closed
        self._choose_printer = choose_printer
        self._printer: QPrinter | None = None
        self._released = False

        self.document = QPdfDocument(self)
        self._build()
        self._load()
        self.finished.connect(self._release)
        self._fit_to_screen()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self._title, objectName="previewTitle")
        emphasise(heading, 1.2)
        self.page_count_label = QLabel(objectName="pageCount")
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.page_count_label)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)

        self.message = InlineMessage(self)
        self.print_button = QPushButton(icon("print"), self.tr("Print…"), objectName="printButton")
        self.print_button.setToolTip(self.tr("Choose a printer and print (Ctrl+P)"))
        self.save_button = QPushButton(icon("save"), self.tr("Save as…"), objectName="saveAsButton")
        self.save_button.setToolTip(self.tr("Save a copy of the PDF file"))
        self.close_button = QPushButton(self.tr("Close"), objectName="closeButton")
        self.print_button.setDefault(True)
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_pages)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        self._print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self, self.print_pages)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _fit_to_screen(self) -> None:
        """A4-shaped and as tall as the screen allows, so a whole page width is readable."""
        screen = (
            self.parentWidget().screen() if self.parentWidget() else None
        ) or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        height = min(1000, available.height() - 60) if available is not None else 900
        self.resize(max(640, round(height * 0.82)), max(480, height))

    def _load(self) -> None:
        error = self.document.load(str(self.path))
        if error != QPdfDocument.Error.None_:
            self.page_count_label.clear()
            self.print_button.setEnabled(False)
            self._print_shortcut.setEnabled(False)
            self.message.show_error(
                fmt(self.tr("The PDF file %1 cannot be shown (%2)."), self.path.name, error.name)
            )
            return
        self.page_count_label.setText(fmt(self.tr("Pages: %1"), self.page_count()))

    # -- public ------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_pages(self) -> int:
        """Ask for a printer (and range, copies), then print; returns the pages sent (0 if cancelled)."""
        if not self.print_button.isEnabled():
            return 0
        printer = self._printer_for_document()
        if not self._choose_printer(printer, self, self.page_count()):
            return 0
        current = self.view.pageNavigator().currentPage()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = print_document(self.document, printer, current)
        except OSError:
            self.message.show_error(
                self.tr("The printer could not be started: please check it and try again.")
            )
            return 0
        finally:
            QGuiApplication.restoreOverrideCursor()
        if sent:
            self.message.show_info(fmt(self.tr("%1 pages sent to %2."), sent, self._printer_label(printer)))
        else:
            self.message.show_error(self.tr("The chosen page range has no pages of this document."))
        return sent

    def save_as(self) -> Path | None:
        """Copy the file where the user chooses; returns the copy's path (None if cancelled)."""
        start = str(Path.home() / self._suggested_name)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF as"), start, self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            if target.resolve() != self.path.resolve():
                shutil.copyfile(self.path, target)
        except OSError:
            self.message.show_error(fmt(self.tr("The file could not be saved to %1."), str(target)))
            return None
        self.message.show_info(fmt(self.tr("Saved to %1."), str(target)))
        return target

    # -- helpers -----------------------------------------------------------------------

    def _printer_for_document(self) -> QPrinter:
        """One printer per dialog, so a second print keeps the first one's choices."""
        if self._printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self._title)
            printer.setFullPage(True)  # the PDF has its own margins; the page is placed on the paper
            first = self.document.pagePointSize(0)
            if first.width() > first.height():
                printer.setPageOrientation(QPageLayout.Orientation.Landscape)
            self._printer = printer
        return self._printer

    def _printer_label(self, printer: QPrinter) -> str:
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            return printer.outputFileName()
        return printer.printerName()

    def _release(self) -> None:
        """Let go of the file (Windows keeps an open file from being deleted), then remove it if asked."""
        if self._released:
            return
        self._released = True
        self.document.close()
        if self._remove_when_closed:
            self.path.unlink(missing_ok=True)


def preview_pdf(
    parent: QWidget,
    path: Path,
    title: str,
    *,
    suggested_name: str | None = None,
    remove_when_closed: bool = False,
) -> PrintPreviewDialog:
    """Open the preview of ``path`` window-modally (not blocking) and return it; it deletes itself
    when closed (and the file too, with ``remove_when_closed``)."""
    dialog = PrintPreviewDialog(
        path, title, parent, suggested_name=suggested_name, remove_when_closed=remove_when_closed
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def write_and_preview(
    parent: QWidget,
    write: Callable[[Path], object],
    title: str,
    *,
    suggested_name: str,
    show_problem: Callable[[Exception], None],
) -> PrintPreviewDialog | None:
    """Have a service write a printout to a temporary file, then preview it; the file goes with the
    preview (it may hold personal data). A refusal or a disk error goes to ``show_problem`` and
    leaves no file behind."""
    handle, name = tempfile.mkstemp(prefix="stationdesk-", suffix=".pdf")
    os.close(handle)
    path = Path(name)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write(path)
    except (ValidationError, ServiceError, OSError) as error:
        path.unlink(missing_ok=True)
        show_problem(error)
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    return preview_pdf(parent, path, title, suggested_name=suggested_name, remove_when_closed=True)
