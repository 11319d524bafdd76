"""Showing a person's clear ID number and phone (查看完整号码), once, on purpose, audited.

Lists and forms show masked values only. Revealing asks for an optional reason, fetches each
clear value through ``services.people.reveal`` (which checks the role and writes the audit
log) and shows them in a dialog that closes itself after a minute.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.services import people
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.people import PersonRow
from stationdesk.ui.messages import describe
from stationdesk.ui.reason_dialog import ReasonDialog
from stationdesk.ui.text import fmt

AUTO_CLOSE_MS = 60_000


class RevealDialog(QDialog):
    """The clear values of one person; selectable so they can be copied into another system."""

    def __init__(self, name: str, id_number: str, phone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Full numbers"))
        self.setMinimumWidth(420)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)

        form = QFormLayout()
        self.id_label = self._value(id_number or self.tr("Not recorded"), big, "idNumber")
        self.phone_label = self._value(phone or self.tr("Not recorded"), big, "phone")
        form.addRow(self.tr("Name"), QLabel(name))
        form.addRow(self.tr("ID number"), self.id_label)
        form.addRow(self.tr("Phone"), self.phone_label)
        note = QLabel(
            self.tr("This viewing has been recorded in the audit log. The window closes in a minute.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        QTimer.singleShot(AUTO_CLOSE_MS, self, self.reject)

    @staticmethod
    def _value(text: str, font: QFont, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


def start_reveal(ctx: ServiceContext, row: PersonRow, parent: QWidget) -> ReasonDialog:
    """Ask for a reason, then reveal what ``row`` has on record; returns the (open) reason dialog.

    A refusal (a role that may not reveal, a person removed meanwhile) is shown in a message
    box. Every dialog here deletes itself when closed.
    """
    ask = ReasonDialog(
        QCoreApplication.translate("Reveal", "Show full numbers"),
        fmt(
            QCoreApplication.translate(
                "Reveal",
                "Show the full ID number and phone of %1? Each viewing is recorded in the audit log.",
            ),
            row.name,
        ),
        QCoreApplication.translate("Reveal", "Show"),
        required=False,
        parent=parent,
    )
    ask.setObjectName("revealReason")
    ask.finished.connect(ask.deleteLater)

    def reveal() -> None:
        try:
            id_number = people.reveal(ctx, row.id, "id_number", ask.reason()) if row.id_masked else ""
            phone = people.reveal(ctx, row.id, "phone", ask.reason()) if row.phone_masked else ""
        except (ServiceError, ValidationError) as error:
            box = QMessageBox(QMessageBox.Icon.Warning, ask.windowTitle(), describe(error),
                              QMessageBox.StandardButton.Close, parent)  # fmt: skip
            box.finished.connect(box.deleteLater)
            box.open()
            return
        shown = RevealDialog(row.name, id_number, phone, parent)
        shown.setObjectName("revealDialog")
        shown.finished.connect(shown.deleteLater)
        shown.open()

    ask.accepted.connect(reveal)
    ask.open()
    return ask
