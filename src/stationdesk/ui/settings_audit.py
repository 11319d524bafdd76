"""The newest entries of the audit log, read-only (administrators only)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services import audit_query
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.text import fmt

LIMIT = 200


class AuditTab(QWidget):
    """Who did what and when: sign-ins, refusals, changes and every revealed ID or phone number."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("audit")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Reason"),
                self.tr("Detail"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.caption = QLabel(fmt(self.tr("The newest %1 entries; the log itself cannot be changed."), LIMIT))
        self.caption.setWordWrap(True)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.message = InlineMessage()
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        try:
            entries = audit_query.recent(self._ctx, LIMIT)
        except ServiceError as error:
            self.message.show_problem(error)
            entries = []
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            record = f"{entry.record_type} {entry.record_id[:8]}".strip()
            cells = (
                entry.at.strftime("%Y-%m-%d %H:%M:%S"),
                entry.actor_name,
                entry.action,
                record,
                entry.reason,
                entry.detail,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
