"""Settings → Backup: a copy of the whole database to a file the administrator chooses (a USB stick is
fine). It keeps the station safe from a broken PC, and a new PC of the station (a second reception
PC, a trainer laptop) starts from it on its first start instead of creating a station of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from stationdesk.services import maintenance
from stationdesk.services.context import ServiceContext
from stationdesk.ui.icons import icon
from stationdesk.ui.save_file import choose_path
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.tasks import Task, run_task
from stationdesk.ui.text import fmt


class BackupTab(QWidget):
    """For the roles with Action.BACKUP (administrators); the service checks again."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task: Task | None = None
        note = QLabel(
            self.tr(
                "A backup is a copy of the whole database of this PC as it is now: every person, record "
                "and user of the station. Keep one to restore the station if this PC breaks.\n\n"
                "A new PC of this station (a second reception PC, a trainer laptop) starts from a "
                "backup: on its first start, choose \u201cThis PC joins a station that already uses "
                "StationDesk\u201d and pick the file. Its users then sign in there with their own "
                "passwords, and the two PCs exchange data on the Sync page."
            )
        )
        note.setWordWrap(True)
        self.button = QPushButton(icon("backup"), self.tr("Back up the database…"))
        self.button.setObjectName("backupButton")
        self.button.clicked.connect(self.back_up)
        self.busy = QProgressBar()
        self.busy.setObjectName("backupBusy")
        self.busy.setRange(0, 0)  # a busy indicator: SQLite's backup reports no progress worth showing
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = InlineMessage()
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.busy, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def back_up(self) -> None:
        path = choose_path(
            self,
            self.tr("Back up the database"),
            suggested_name=maintenance.backup_file_name(self._ctx),
            file_filter=self.tr("StationDesk database (*.sqlite3)"),
        )
        if path is None:
            return
        self.message.clear_message()
        self._set_busy(True)
        ctx = self._ctx
        self.task = run_task(lambda: maintenance.backup(ctx, path), self._written, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.busy.setVisible(busy)

    def _written(self, path: Path) -> None:
        self._set_busy(False)
        self.message.show_info(
            fmt(
                self.tr(
                    "The backup is at: %1\nIt holds every person's data: keep it safe (the USB stick "
                    "locked away, never left in a shared folder), and delete it once it is no longer "
                    "needed."
                ),
                str(path),
            )
        )

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.show_problem(error)
