"""The training page's way to the door and back: take sign-ins (the sign-in screen, with its kiosk
mode), enter a paper sheet afterwards (the reconciliation grid), match the walk-ins to the registry,
and import a roster. Each opens its own window or dialog; the page's lists follow when it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from stationdesk.domain.roles import Action
from stationdesk.services.context import ServiceContext
from stationdesk.ui.icons import icon
from stationdesk.ui.reconcile_grid import ReconcileGrid
from stationdesk.ui.roster_import_dialog import RosterImportDialog
from stationdesk.ui.signin_screen import SignInScreen, show_for_session
from stationdesk.ui.walk_in_match import WalkInMatchDialog


class TrainingView(Protocol):
    def selected_programme_id(self) -> str | None: ...
    def selected_session_id(self) -> str | None: ...
    def refresh(self) -> None: ...


def _button(icon_name: str, text: str, name: str, tip: str, parent: QWidget) -> QPushButton:
    button = QPushButton(icon(icon_name), text, parent, objectName=name)
    button.setToolTip(tip)
    return button


class TrainingDoor(QObject):
    """Buttons for the sessions tab (``session_buttons``) and the participants tab
    (``participant_buttons``); the window or dialog last opened is kept for tests."""

    def __init__(self, ctx: ServiceContext, view: TrainingView, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._view, self._parent = ctx, view, parent
        self.screen: SignInScreen | None = None
        self.dialog: QDialog | None = None
        self.signin_button = _button(
            "scan", self.tr("Take sign-ins…"), "takeSignins",
            self.tr("The sign-in screen for the door: scanner, names, kiosk mode"), parent,
        )  # fmt: skip
        self.paper_button = _button(
            "edit", self.tr("Enter paper sheet…"), "enterPaperSheet",
            self.tr("Mark attendance from the signed paper sheet, row by row"), parent,
        )  # fmt: skip
        self.import_button = _button(
            "roster_file", self.tr("Import roster…"), "importRoster",
            self.tr("Enrol people from an .xlsx roster or a pasted list"), parent,
        )  # fmt: skip
        self.match_button = _button(
            "roster_matched", self.tr("Match walk-ins…"), "matchWalkIns",
            self.tr("Match people signed in on the spot to the registry"), parent,
        )  # fmt: skip
        self.session_buttons = (self.signin_button, self.paper_button)
        self.participant_buttons = (self.import_button, self.match_button)
        self.signin_button.clicked.connect(self.take_signins)
        self.paper_button.clicked.connect(self.enter_paper)
        self.import_button.clicked.connect(self.import_roster)
        self.match_button.clicked.connect(self.match_walk_ins)

    def apply_permissions(self, may: Callable[[Action], bool]) -> None:
        for button in self.session_buttons:
            button.setVisible(may(Action.TRAINING_SIGNIN))
        self.import_button.setVisible(may(Action.TRAINING_EDIT) and may(Action.PERSON_EDIT))
        self.match_button.setVisible(may(Action.TRAINING_EDIT))

    def update_buttons(self) -> None:
        has_session = self._view.selected_session_id() is not None
        for button in self.session_buttons:
            button.setEnabled(has_session)
        has_programme = self._view.selected_programme_id() is not None
        for button in self.participant_buttons:
            button.setEnabled(has_programme)

    def take_signins(self) -> SignInScreen | None:
        if (session_id := self._view.selected_session_id()) is None:
            return None
        self.screen = show_for_session(self._ctx, session_id, self._parent)
        self.screen.destroyed.connect(lambda *_: self._view.refresh())
        return self.screen

    def enter_paper(self) -> QDialog | None:
        if (session_id := self._view.selected_session_id()) is None:
            return None
        return self._open(ReconcileGrid(self._ctx, session_id, self._parent))

    def import_roster(self) -> QDialog | None:
        if (programme_id := self._view.selected_programme_id()) is None:
            return None
        return self._open(RosterImportDialog(self._ctx, programme_id, self._parent))

    def match_walk_ins(self) -> QDialog | None:
        if (programme_id := self._view.selected_programme_id()) is None:
            return None
        return self._open(WalkInMatchDialog(self._ctx, programme_id, self._parent))

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda *_: self._view.refresh())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
