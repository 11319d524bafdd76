"""关于 StationDesk: the version (the one the installer and ``stationdesk --version`` show), where this
PC keeps the database, and the versions of what it runs on, for a district IT worker on the phone."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from stationdesk import __version__
from stationdesk.paths import data_dir
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.text import fmt


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About StationDesk"))
        title = QLabel(fmt(self.tr("StationDesk %1"), __version__))
        title.setObjectName("aboutTitle")
        emphasise(title, 1.4)
        purpose = QLabel(self.tr("The front desk of a township social work station (社工站)."))
        purpose.setWordWrap(True)
        facts = QFormLayout()
        self.version = _selectable(__version__)
        facts.addRow(self.tr("Version"), self.version)
        facts.addRow(self.tr("Database"), _selectable(database or "-"))
        facts.addRow(self.tr("Data folder"), _selectable(str(data_dir())))
        runtime = f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}"
        facts.addRow(self.tr("Runs on"), _selectable(f"{runtime}, {platform.platform(terse=True)}"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addLayout(facts)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
