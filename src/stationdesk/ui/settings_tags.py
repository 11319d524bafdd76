"""The list of person tags (低保, 特困, 独居老人 ...): add one, retire one, restore a retired one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.roles import Action, may
from stationdesk.services import tags
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.tags import TagInfo
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.text import fmt


class TagsTab(QWidget):
    """Tags are retired rather than removed, so people keep the tags they had."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tags: list[TagInfo] = []
        editable = ctx.actor is not None and may(ctx.actor.role, Action.TAG_EDIT)
        self.list = QListWidget()
        self.list.setObjectName("tags")
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newTag")
        self.new_name.setPlaceholderText(self.tr("New tag, e.g. 空巢老人"))
        self.new_name.setMaxLength(32)
        self.new_name.returnPressed.connect(self.add_tag)
        self.add_button = QPushButton(icon("tag"), self.tr("Add tag"))
        self.add_button.clicked.connect(self.add_tag)
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.clicked.connect(lambda: self.set_retired(True))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(lambda: self.set_retired(False))
        self.message = InlineMessage()
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        actions = QVBoxLayout()
        actions.addWidget(self.retire_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(actions)
        note = QLabel(
            self.tr("A retired tag stays on the people who have it, but cannot be given to anyone new.")
            if editable
            else self.tr("Only an administrator can change the tags.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        if editable:
            layout.addLayout(add_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(note)
        self._editable = editable
        for widget in (self.new_name, self.add_button, self.retire_button, self.restore_button):
            widget.setVisible(editable)
        self.reload()

    def reload(self) -> None:
        current = self.selected_tag()
        self._tags = tags.list_tags(self._ctx, include_retired=True)
        self.list.clear()
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for tag in self._tags:
            text = fmt(self.tr("%1 (retired)"), tag.name) if tag.retired else tag.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            if tag.retired:
                item.setForeground(muted)
            self.list.addItem(item)
            if current is not None and tag.id == current.id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected_tag(self) -> TagInfo | None:
        row = self.list.currentRow()
        return self._tags[row] if 0 <= row < len(self._tags) else None

    def _update_buttons(self) -> None:
        tag = self.selected_tag()
        self.retire_button.setEnabled(self._editable and tag is not None and not tag.retired)
        self.restore_button.setEnabled(self._editable and tag is not None and tag.retired)

    def add_tag(self) -> None:
        name = self.new_name.text()
        try:
            tags.add_tag(self._ctx, name)
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.new_name.clear()
        self.reload()
        self.message.show_info(fmt(self.tr("The tag %1 has been added."), name.strip()))

    def set_retired(self, retired: bool) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        try:
            tags.set_tag_retired(self._ctx, tag.id, retired)
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.message.clear_message()
        self.reload()
