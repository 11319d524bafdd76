"""The print preview (打印预览): a PDF a service wrote is shown, printed page by page, saved as a copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPageRanges, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from stationdesk.ui import print_preview
from stationdesk.ui.print_preview import PrintPreviewDialog, preview_pdf

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PAGES = 3


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    """A three-page A4 file; page n has n black bars, so a printed page can be told apart."""
    path = tmp_path / "notice.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    for page in range(PAGES):
        if page:
            writer.newPage()
        for bar in range(page + 1):
            painter.fillRect(QRect(60, 80 + bar * 120, 400, 80), Qt.GlobalColor.black)
    painter.end()
    return path


def bars_on(path: Path) -> list[int]:
    """For each page of a printed file, how many black bars it shows (sampled down the left edge)."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    counts = []
    for page in range(document.pageCount()):
        image = document.render(page, QSize(210, 297))
        column = [QColor(image.pixel(60, y)).lightness() < 100 for y in range(image.height())]
        counts.append(sum(1 for y in range(1, len(column)) if column[y] and not column[y - 1]))
    document.close()
    return counts


class FakePrintDialog:
    """Stands in for the system print dialog: prints into a PDF file, optionally a page range."""

    def __init__(self, out: Path, pages: tuple[int, int] | None = None, accept: bool = True) -> None:
        self.out = out
        self.pages = pages
        self.accept = accept
        self.asked_with: int | None = None

    def __call__(self, printer: QPrinter, parent: QWidget, page_count: int) -> bool:
        self.asked_with = page_count
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.out))
        printer.setResolution(96)  # keeps the test quick; a real printer says 300-600
        if self.pages is not None:
            ranges = QPageRanges()
            ranges.addRange(*self.pages)
            printer.setPageRanges(ranges)
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
        return self.accept


def make_dialog(qtbot, path: Path, choose=None, **options) -> PrintPreviewDialog:
    kwargs = {"choose_printer": choose} if choose is not None else {}
    dialog = PrintPreviewDialog(path, "区级通知", **options, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_document_loads_with_its_page_count(qtbot, pdf: Path) -> None:
    dialog = make_dialog(qtbot, pdf)
    assert dialog.page_count() == PAGES
    assert dialog.page_count_label.text() == f"Pages: {PAGES}"
    assert dialog.view.document() is dialog.document
    assert dialog.print_button.isEnabled()
    assert dialog.windowTitle() == "区级通知"


def test_a_missing_file_is_said_inline_and_cannot_be_printed(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path / "gone.pdf")
    assert not dialog.print_button.isEnabled()
    assert "gone.pdf" in dialog.message.text() and not dialog.message.isHidden()
    assert dialog.print_pages() == 0


def test_print_sends_every_page_to_the_printer(qtbot, pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    fake = FakePrintDialog(out)
    dialog = make_dialog(qtbot, pdf, fake)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert fake.asked_with == PAGES
    assert bars_on(out) == [1, 2, 3]
    assert "3 pages sent" in dialog.message.text()


def test_print_respects_the_chosen_page_range(qtbot, pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    dialog = make_dialog(qtbot, pdf, FakePrintDialog(out, pages=(2, 3)))
    assert dialog.print_pages() == 2
    assert bars_on(out) == [2, 3]


def test_a_cancelled_print_dialog_prints_nothing(qtbot, pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    dialog = make_dialog(qtbot, pdf, FakePrintDialog(out, accept=False))
    assert dialog.print_pages() == 0
    assert not out.exists()


def test_save_as_copies_the_bytes(qtbot, pdf: Path, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "copies" / "saved"
    target.parent.mkdir()
    asked: list[str] = []

    def fake_save(_parent, _caption, start, _filter):
        asked.append(start)
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    dialog = make_dialog(qtbot, pdf, suggested_name="通知.pdf")
    saved = dialog.save_as()
    assert saved == target.with_name("saved.pdf")  # the extension is added when left off
    assert saved.read_bytes() == pdf.read_bytes()
    assert asked[0].endswith("通知.pdf")
    assert "saved.pdf" in dialog.message.text()


def test_save_as_cancelled_writes_nothing(qtbot, pdf: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: ("", "")))
    dialog = make_dialog(qtbot, pdf)
    assert dialog.save_as() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notice.pdf"]


def test_preview_pdf_removes_a_temporary_file_when_closed(qtbot, pdf: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = preview_pdf(parent, pdf, "转介单", remove_when_closed=True)
    assert dialog.isVisible() and dialog.page_count() == PAGES
    with qtbot.waitSignal(dialog.destroyed):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not pdf.exists()


def test_pages_to_print_reads_the_printers_range(qapp) -> None:
    printer = QPrinter()
    assert print_preview.pages_to_print(printer, 4) == [0, 1, 2, 3]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert print_preview.pages_to_print(printer, 4, current_page=2) == [2]
    ranges = QPageRanges()
    ranges.addRange(1, 1)
    ranges.addRange(3, 9)
    printer.setPageRanges(ranges)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    assert print_preview.pages_to_print(printer, 4) == [0, 2, 3]


def test_pages_that_print_load_the_pdf_writers_only_when_printing() -> None:
    """reportlab takes half a second to import: not while signing in or opening a page."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import stationdesk.ui.pages.reception, stationdesk.ui.pages.referrals\n"
        "import stationdesk.ui.pages.key_targets, stationdesk.ui.pages.settings\n"
        "import stationdesk.ui.pages.reports\n"
        "print('reportlab' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
