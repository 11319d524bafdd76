"""The one-time notice (一次性告知单) at the desk: pick a relief type, check its documents, print.

The administrator keeps the lists in Settings → Relief types; printing is for anyone who may print.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.services import printouts, relief_types
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.relief_types import ReliefTypeInfo
from stationdesk.ui.icons import icon
from stationdesk.ui.print_preview import PrintPreviewDialog, write_and_preview
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.text import fmt


def print_notice(
    parent: QWidget, ctx: ServiceContext, relief: ReliefTypeInfo, show_problem: Callable[[Exception], None]
) -> PrintPreviewDialog | None:
    """Write the notice of ``relief`` and open its print preview."""
    return write_and_preview(
        parent,
        lambda path: printouts.write_relief_notice(ctx, relief.id, path),
        fmt(QCoreApplication.translate("Notice", "One-time notice: %1"), relief.name),
        suggested_name=fmt(QCoreApplication.translate("Notice", "notice-%1.pdf"), relief.name),
        show_problem=show_problem,
    )


def documents_text(relief: ReliefTypeInfo) -> str:
    return "\n".join(f"{number}. {document}" for number, document in enumerate(relief.documents, start=1))


class NoticeDialog(QDialog):
    """Choose the relief type the resident asks about; the documents show before printing."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.preview: PrintPreviewDialog | None = None
        self.setWindowTitle(self.tr("One-time notice"))
        self.message = InlineMessage()
        try:
            self._types = relief_types.list_relief_types(ctx)
        except (ServiceError, ValidationError) as error:
            self._types = []
            self.message.show_problem(error)
        self.relief = QComboBox(objectName="reliefType")
        for info in self._types:
            self.relief.addItem(info.name, info.id)
        self.documents = QLabel(objectName="noticeDocuments")
        self.documents.setWordWrap(True)
        self.documents.setMinimumWidth(420)
        self.relief.currentIndexChanged.connect(self._show_documents)
        form = QFormLayout()
        form.addRow(self.tr("Relief type"), self.relief)
        form.addRow(self.tr("Documents to bring"), self.documents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button = QPushButton(icon("print"), self.tr("Print…"), objectName="printNotice")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_notice)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.print_button.setEnabled(bool(self._types))
        self._show_documents()

    def current(self) -> ReliefTypeInfo | None:
        index = self.relief.currentIndex()
        return self._types[index] if 0 <= index < len(self._types) else None

    def _show_documents(self) -> None:
        relief = self.current()
        self.documents.setText(
            documents_text(relief) if relief else self.tr("No relief types are set up yet.")
        )

    def print_notice(self) -> PrintPreviewDialog | None:
        relief = self.current()
        if relief is None:
            return None
        self.message.clear_message()
        self.preview = print_notice(self, self._ctx, relief, self.message.show_problem)
        return self.preview
