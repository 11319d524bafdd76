"""Relief types (救助类型) and the documents to bring for each: what the one-time notice prints.

The administrator edits the lists (the seeded ones are a starting point to check against the
county's current rules); everyone else sees them and may print a notice.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.services import relief_types
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.relief_types import ReliefTypeDraft, ReliefTypeInfo
from stationdesk.ui.icons import icon
from stationdesk.ui.notice_dialog import print_notice
from stationdesk.ui.print_preview import PrintPreviewDialog
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.settings_named_list import NamedItem, fill_list
from stationdesk.ui.text import fmt


class ReliefTypesTab(QWidget):
    """The list on the left, the selected type's name, documents and notes on the right."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        actor = ctx.actor
        self._editable = actor is not None and may(actor.role, Action.CATEGORY_EDIT)
        self._types: list[ReliefTypeInfo] = []
        self.preview: PrintPreviewDialog | None = None
        self.list = QListWidget(objectName="reliefTypes")
        self.list.currentRowChanged.connect(lambda _row: self._show_selected())
        self.name = QLineEdit(objectName="reliefName")
        self.name.setMaxLength(relief_types.NAME_MAX)
        self.documents = QPlainTextEdit(objectName="reliefDocuments")
        self.documents.setPlaceholderText(self.tr("One document per line, e.g. 身份证原件及复印件"))
        self.notes = QPlainTextEdit(objectName="reliefNotes")
        self.notes.setPlaceholderText(self.tr("Where to apply, how long it takes … (optional)"))
        self.notes.setMaximumHeight(90)
        for field in (self.name, self.documents, self.notes):
            field.setReadOnly(not self._editable)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Documents to bring"), self.documents)
        form.addRow(self.tr("Notes"), self.notes)
        self.new_button = QPushButton(icon("add"), self.tr("New relief type"), objectName="newRelief")
        self.save_button = QPushButton(icon("save"), self.tr("Save"), objectName="saveRelief")
        self.retire_button = QPushButton(self.tr("Retire"), objectName="retireRelief")
        self.print_button = QPushButton(icon("print"), self.tr("Print notice…"), objectName="printRelief")
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.print_button.clicked.connect(self.print_selected)
        for button in (self.new_button, self.save_button, self.retire_button):
            button.setVisible(self._editable)
        self.print_button.setVisible(actor is not None and may(actor.role, Action.PRINT))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        self.message = InlineMessage()
        editor = QVBoxLayout()
        editor.addLayout(form, 1)
        editor.addWidget(self.message)
        editor.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(editor, 2)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        current = self.selected()
        select_id = select_id or (current.id if current else None)
        try:
            self._types = relief_types.list_relief_types(self._ctx, include_retired=True)
        except (ServiceError, ValidationError) as error:
            self._types = []
            self.message.show_problem(error)
        self.list.blockSignals(True)
        fill_list(self.list, self._types, self._label)
        self.list.blockSignals(False)
        rows = [row for row, info in enumerate(self._types) if info.id == select_id]
        self.list.setCurrentRow(rows[0] if rows else 0 if self._types else -1)
        self._show_selected()

    def _label(self, info: NamedItem) -> str:
        return fmt(self.tr("%1 (retired)"), info.name) if info.retired else info.name

    def names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def selected(self) -> ReliefTypeInfo | None:
        row = self.list.currentRow()
        return self._types[row] if 0 <= row < len(self._types) else None

    def _show_selected(self) -> None:
        info = self.selected()
        self.name.setText(info.name if info else "")
        self.documents.setPlainText("\n".join(info.documents) if info else "")
        self.notes.setPlainText(info.notes if info else "")
        self.retire_button.setText(self.tr("Restore") if info and info.retired else self.tr("Retire"))
        self.retire_button.setEnabled(info is not None)
        self.print_button.setEnabled(info is not None and not info.retired)

    def start_new(self) -> None:
        """Clear the form for a new type (saved as new while no type is selected)."""
        self.list.setCurrentRow(-1)
        self._show_selected()
        self.message.clear_message()
        self.name.setFocus()

    def _draft(self) -> ReliefTypeDraft:
        return ReliefTypeDraft(self.name.text(), tuple(self.documents.toPlainText().splitlines()),
                               self.notes.toPlainText())  # fmt: skip

    def save(self) -> bool:
        info = self.selected()
        try:
            if info is None:
                saved_id = relief_types.add_relief_type(self._ctx, self._draft())
            else:
                relief_types.update_relief_type(self._ctx, info.id, self._draft())
                saved_id = info.id
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            field = {
                "relief.bad_name": self.name,
                "relief.exists": self.name,
                "relief.notes_too_long": self.notes,
            }
            field.get(getattr(error, "code", ""), self.documents).setFocus()
            return False
        self.reload(saved_id)
        self.message.show_info(fmt(self.tr("%1 has been saved."), self.name.text()))
        return True

    def toggle_retired(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            relief_types.set_relief_type_retired(self._ctx, info.id, not info.retired)
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return
        self.message.clear_message()
        self.reload(info.id)

    def print_selected(self) -> PrintPreviewDialog | None:
        info = self.selected()
        if info is None:
            return None
        self.message.clear_message()
        self.preview = print_notice(self, self._ctx, info, self.message.show_problem)
        return self.preview
