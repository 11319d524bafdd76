"""Possible duplicates (疑似重复): shown when a save finds people who may be the same person.

The clerk either opens one of them instead (the usual case: the person was registered
before) or saves anyway with a reason, which the service stores and audits.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services.people import DuplicateCandidate
from stationdesk.ui.icons import icon
from stationdesk.ui.text import fmt


def reason_label(reason: str) -> str:
    """Why a candidate is listed, for the "Why" column."""
    if reason == "same_id":
        return QCoreApplication.translate("DuplicatesDialog", "Same ID number")
    if reason == "same_name_phone":
        return QCoreApplication.translate("DuplicatesDialog", "Same name and phone")
    if reason == "same_name_birth":
        return QCoreApplication.translate("DuplicatesDialog", "Same name and birth date")
    return reason


class DuplicatesDialog(QDialog):
    """Lists the candidates; emits ``open_person(id)`` or ``save_anyway(reason)`` and closes."""

    open_person = Signal(str)
    save_anyway = Signal(str)

    def __init__(self, candidates: Sequence[DuplicateCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(860, 360)

        intro = QLabel(
            fmt(
                self.tr(
                    "Possibly the same person, already registered: %1. Open one of them instead, "
                    "or register a new person anyway and say why."
                ),
                len(candidates),
            )
        )
        intro.setWordWrap(True)

        self.candidates = QTreeWidget()
        self.candidates.setObjectName("candidates")
        self.candidates.setRootIsDecorated(False)
        self.candidates.setAlternatingRowColors(True)
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setHeaderLabels(
            [self.tr("Name"), self.tr("ID number"), self.tr("Phone"), self.tr("Community"), self.tr("Why")]
        )
        for candidate in candidates:
            row = candidate.row
            why = "; ".join(reason_label(r) for r in candidate.reasons)
            item = QTreeWidgetItem([row.name, row.id_masked, row.phone_masked, row.community, why])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.candidates.addTopLevelItem(item)
        metrics = self.candidates.fontMetrics()
        char, digit = metrics.horizontalAdvance("中"), metrics.horizontalAdvance("0")
        for column, width in enumerate((char * 5, digit * 19, digit * 12, char * 8)):
            self.candidates.setColumnWidth(column, width + 24)
        self.candidates.header().setStretchLastSection(True)
        if self.candidates.topLevelItemCount():
            self.candidates.setCurrentItem(self.candidates.topLevelItem(0))

        self.open_button = QPushButton(icon("edit"), self.tr("Open this person"))
        self.open_button.setObjectName("openExisting")
        self.reason = QLineEdit()
        self.reason.setObjectName("duplicateReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why is this a different person? (required to save anyway)"))
        self.save_button = QPushButton(icon("save"), self.tr("Save anyway"))
        self.save_button.setObjectName("saveAnyway")
        self.back_button = QPushButton(self.tr("Back to the form"))
        for button in (self.open_button, self.save_button, self.back_button):
            button.setAutoDefault(False)

        self.open_button.clicked.connect(self._open_current)
        self.candidates.itemActivated.connect(lambda *_: self._open_current())
        self.candidates.currentItemChanged.connect(lambda *_: self._update())
        self.save_button.clicked.connect(self._save_anyway)
        self.reason.textChanged.connect(lambda *_: self._update())
        self.reason.returnPressed.connect(self._save_anyway)
        self.back_button.clicked.connect(self.reject)

        anyway = QHBoxLayout()
        anyway.addWidget(QLabel(self.tr("Reason")))
        anyway.addWidget(self.reason, 1)
        anyway.addWidget(self.save_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.candidates, 1)
        layout.addLayout(buttons)
        layout.addLayout(anyway)
        self.candidates.setFocus()
        self._update()

    def _current_id(self) -> str | None:
        item = self.candidates.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def _update(self) -> None:
        self.open_button.setEnabled(self._current_id() is not None)
        self.save_button.setEnabled(bool(self.reason.text().strip()))

    def _open_current(self) -> None:
        person_id = self._current_id()
        if person_id is not None:
            self.accept()
            self.open_person.emit(person_id)

    def _save_anyway(self) -> None:
        reason = self.reason.text().strip()
        if reason:
            self.accept()
            self.save_anyway.emit(reason)
