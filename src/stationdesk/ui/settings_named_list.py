"""An editable list of names that are retired rather than deleted (tags, need categories ...).

Records point at these names for years, so nothing is removed: a retired name is greyed and
marked, and can be restored. A subclass says which service calls to make and what to write;
the list, the buttons, the rename dialog and the inline errors are the same for every list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.services.errors import ServiceError
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_common import InlineMessage, lay_out_form_dialog
from stationdesk.ui.text import fmt


class NamedItem(Protocol):
    """What the services list: ``TagInfo``, ``CategoryInfo``."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def retired(self) -> bool: ...


@dataclass(frozen=True)
class ListTexts:
    """The words of one list, translated by the subclass in its own context."""

    placeholder: str  # the empty new-name box: "New tag, e.g. 空巢老人"
    add: str  # the add button
    added: str  # the confirmation, %1 the name
    note: str  # under the list for an editor: what retiring means
    read_only_note: str  # under the list for everyone else
    add_icon: QIcon


def fill_list(widget: QListWidget, items: Sequence[NamedItem], label: Callable[[NamedItem], str]) -> None:
    """The items as ``label`` words them, their id kept, the retired ones greyed."""
    widget.clear()
    muted = widget.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    for entry in items:
        item = QListWidgetItem(label(entry))
        item.setData(Qt.ItemDataRole.UserRole, entry.id)
        if entry.retired:
            item.setForeground(muted)
        widget.addItem(item)


class NamedListEditor(QWidget):
    """The list with Add, Rename (when the subclass can), Retire and Restore."""

    NAME_MAX = 32

    def __init__(self, *, editable: bool, can_rename: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts = self.texts()
        self._editable = editable
        self._can_rename = editable and can_rename
        self._items: list[NamedItem] = []
        self.dialog: RenameDialog | None = None
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(texts.placeholder)
        self.new_name.setMaxLength(self.NAME_MAX)
        self.new_name.returnPressed.connect(self.add)
        self.add_button = QPushButton(texts.add_icon, texts.add)
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(icon("rename"), self.tr("Rename..."))
        self.rename_button.clicked.connect(self.rename_selected)
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.clicked.connect(lambda: self.set_retired(True))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(lambda: self.set_retired(False))
        self.list.itemDoubleClicked.connect(lambda _item: self.rename_selected())
        self.message = InlineMessage()
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        actions = QVBoxLayout()
        for button in (self.rename_button, self.retire_button, self.restore_button):
            actions.addWidget(button)
        actions.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(actions)
        note = QLabel(texts.note if editable else texts.read_only_note)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        if editable:
            layout.addLayout(add_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(note)
        for widget in (self.new_name, self.add_button, self.retire_button, self.restore_button):
            widget.setVisible(editable)
        self.rename_button.setVisible(self._can_rename)

    # -- what a subclass provides ----------------------------------------------------------

    def texts(self) -> ListTexts:
        raise NotImplementedError

    def fetch(self) -> Sequence[NamedItem]:
        """Every item, retired ones included, in the list's order."""
        raise NotImplementedError

    def add_name(self, name: str) -> None:
        raise NotImplementedError

    def rename_item(self, item_id: str, name: str) -> None:
        raise NotImplementedError

    def set_item_retired(self, item_id: str, retired: bool) -> None:
        raise NotImplementedError

    def label(self, entry: NamedItem) -> str:
        """How an item is listed; a subclass may add what else it knows."""
        return fmt(self.tr("%1 (retired)"), entry.name) if entry.retired else entry.name

    # -- the editor --------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.selected()
        try:
            self._items = list(self.fetch())
        except ServiceError as error:
            self._items = []
            self.message.show_problem(error)
        fill_list(self.list, self._items, self.label)
        for row, entry in enumerate(self._items):
            if current is not None and entry.id == current.id:
                self.list.setCurrentRow(row)
        self._update_buttons()

    def names(self) -> list[str]:
        """The names as listed (retired ones marked)."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def select_name(self, name: str) -> None:
        for row, entry in enumerate(self._items):
            if entry.name == name:
                self.list.setCurrentRow(row)

    def selected(self) -> NamedItem | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.rename_button.setEnabled(self._can_rename and entry is not None)
        self.retire_button.setEnabled(self._editable and entry is not None and not entry.retired)
        self.restore_button.setEnabled(self._editable and entry is not None and entry.retired)

    def _attempt(self, call: Callable[[], object]) -> bool:
        """Run one service call; a refusal is shown under the list."""
        try:
            call()
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return False
        return True

    def add(self) -> None:
        name = self.new_name.text()
        if not self._attempt(lambda: self.add_name(name)):
            return
        self.new_name.clear()
        self.reload()
        self.message.show_info(fmt(self._texts.added, " ".join(name.split())))

    def set_retired(self, retired: bool) -> None:
        entry = self.selected()
        if entry is None or not self._attempt(lambda: self.set_item_retired(entry.id, retired)):
            return
        self.message.clear_message()
        self.reload()

    def rename_selected(self) -> RenameDialog | None:
        """Open the rename dialog on the selected item (window-modal, not blocking)."""
        entry = self.selected()
        if entry is None or not self._can_rename:
            return None
        self.message.clear_message()
        dialog = RenameDialog(entry.name, lambda name: self.rename_item(entry.id, name), self.NAME_MAX, self)
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog


class RenameDialog(QDialog):
    """A new name for one item; the service's refusal (taken, too long) stays in the dialog."""

    def __init__(
        self, name: str, rename: Callable[[str], None], max_length: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rename = rename
        self.setWindowTitle(fmt(self.tr("Rename %1"), name))
        self.name = QLineEdit(name)
        self.name.setObjectName("name")
        self.name.setMaxLength(max_length)
        self.name.setMinimumWidth(280)
        self.name.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("New name"), self.name)
        self.message = lay_out_form_dialog(self, form)

    def save(self) -> None:
        try:
            self._rename(self.name.text())
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return
        self.accept()
