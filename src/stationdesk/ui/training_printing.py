"""Printing and exporting from the training page: a "Print" menu on the sessions tab (the sign-in
sheet, the attendance of the session or of the whole programme) with the same lists as .xlsx, and
one on the participants tab (badges, table cards, certificates issued to those who completed, the
certificate register, a participant's continuing-education record).

Each PDF opens in the print preview; each .xlsx goes where the user saves it. The services write the
files and put them on the audit log (services/training_printouts.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from stationdesk.domain.continuing_education import Level
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import certificates, credential_printouts, training_printouts
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.ui.icons import icon
from stationdesk.ui.print_preview import PrintPreviewDialog, write_and_preview
from stationdesk.ui.save_file import save_as
from stationdesk.ui.text import fmt

XLSX_FILTER = "Excel (*.xlsx)"


class TrainingView(Protocol):
    """What the printing needs of the training page."""

    def selected_programme_id(self) -> str | None: ...
    def selected_session_id(self) -> str | None: ...
    def selected_person_id(self) -> str | None: ...
    def show_problem(self, error: Exception) -> None: ...
    def show_info(self, text: str) -> None: ...


def menu_button(text: str, name: str, parent: QWidget) -> tuple[QPushButton, QMenu]:
    button = QPushButton(icon("print"), text, parent, objectName=name)
    menu = QMenu(button)
    button.setMenu(menu)
    return button, menu


class TrainingPrinting(QObject):
    """The print menu of the sessions tab. ``preview`` is the last print preview opened."""

    def __init__(self, ctx: ServiceContext, view: TrainingView, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._view = view
        self._parent = parent
        self.preview: PrintPreviewDialog | None = None
        self.sessions_button, menu = menu_button(self.tr("Print"), "printSessions", parent)
        self.sheet_action = menu.addAction(self.tr("Sign-in sheet of the session…"), self.print_signin_sheet)
        self.session_action = menu.addAction(self.tr("Attendance of the session…"), self.print_session)
        self.programme_action = menu.addAction(self.tr("Attendance of the programme…"), self.print_programme)
        menu.addSeparator()
        self.sheet_xlsx_action = menu.addAction(
            self.tr("Sign-in sheet as .xlsx…"), lambda: self.export_signin_sheet()
        )
        self.session_xlsx_action = menu.addAction(
            self.tr("Attendance of the session as .xlsx…"), lambda: self.export_session()
        )
        self.programme_xlsx_action = menu.addAction(
            self.tr("Attendance of the programme as .xlsx…"), lambda: self.export_programme()
        )
        self.session_actions: tuple[QAction, ...] = (
            self.sheet_action, self.session_action, self.sheet_xlsx_action, self.session_xlsx_action
        )  # fmt: skip
        self.pdf_actions = (self.sheet_action, self.session_action, self.programme_action)
        self.xlsx_actions = (self.sheet_xlsx_action, self.session_xlsx_action, self.programme_xlsx_action)
        menu.aboutToShow.connect(self.update_actions)
        self._build_participants_menu(parent)

    def _build_participants_menu(self, parent: QWidget) -> None:
        self.participants_button, menu = menu_button(self.tr("Print"), "printParticipants", parent)
        self.badges_action = menu.addAction(self.tr("Badges with QR codes…"), lambda: self.print_badges())
        self.cards_action = menu.addAction(self.tr("Table cards…"), lambda: self.print_badges("table_card"))
        self.certificates_action = menu.addAction(
            self.tr("Certificates for those who completed…"), self.print_certificates
        )
        self.register_action = menu.addAction(self.tr("Certificate register…"), self.print_register)
        menu.addSeparator()
        self.ce_actions = (
            menu.addAction(self.tr("Continuing-education record (assistant social worker, 72 h)…"),
                           lambda: self.print_ce_ledger(Level.ASSISTANT)),
            menu.addAction(self.tr("Continuing-education record (social worker, 90 h)…"),
                           lambda: self.print_ce_ledger(Level.SOCIAL_WORKER)),
        )  # fmt: skip
        menu.addSeparator()
        self.register_xlsx_action = menu.addAction(
            self.tr("Certificate register as .xlsx…"), lambda: self.export_register()
        )
        self.ce_xlsx_actions = (
            menu.addAction(self.tr("Continuing-education record as .xlsx (assistant social worker)…"),
                           lambda: self.export_ce_ledger(Level.ASSISTANT)),
            menu.addAction(self.tr("Continuing-education record as .xlsx (social worker)…"),
                           lambda: self.export_ce_ledger(Level.SOCIAL_WORKER)),
        )  # fmt: skip
        self.pdf_actions += (self.badges_action, self.cards_action, self.register_action, *self.ce_actions)
        self.xlsx_actions += (self.register_xlsx_action, *self.ce_xlsx_actions)
        menu.aboutToShow.connect(self.update_actions)

    def apply_permissions(self, may: Callable[[Action], bool]) -> None:
        """Printing needs the right to print, an .xlsx the right to export."""
        for actions, action_right in ((self.pdf_actions, Action.PRINT), (self.xlsx_actions, Action.EXPORT)):
            for action in actions:
                action.setVisible(may(action_right))
        self.certificates_action.setVisible(may(Action.PRINT) and may(Action.TRAINING_EDIT))
        for button in (self.sessions_button, self.participants_button):
            button.setVisible(may(Action.PRINT) or may(Action.EXPORT))

    def update_actions(self) -> None:
        has_session = self._view.selected_session_id() is not None
        for action in self.session_actions:
            action.setEnabled(has_session)
        has_person = self._view.selected_person_id() is not None
        for action in (*self.ce_actions, *self.ce_xlsx_actions):
            action.setEnabled(has_person)

    # -- PDFs ----------------------------------------------------------------------------

    def _preview(self, write: Callable[[Path], object], title: str, name: str) -> PrintPreviewDialog | None:
        self.preview = write_and_preview(
            self._parent, write, title, suggested_name=name, show_problem=self._view.show_problem
        )
        return self.preview

    def print_signin_sheet(self) -> PrintPreviewDialog | None:
        if (session_id := self._view.selected_session_id()) is None:
            return None
        return self._preview(
            lambda path: training_printouts.write_signin_sheet(self._ctx, session_id, path),
            self.tr("Sign-in sheet"),
            self.tr("signin-sheet.pdf"),
        )

    def print_session(self) -> PrintPreviewDialog | None:
        if (session_id := self._view.selected_session_id()) is None:
            return None
        return self._preview(
            lambda path: training_printouts.write_attendance(self._ctx, session_id=session_id, out=path),
            self.tr("Attendance of the session"),
            self.tr("session-attendance.pdf"),
        )

    def print_programme(self) -> PrintPreviewDialog | None:
        if (programme_id := self._view.selected_programme_id()) is None:
            return None
        return self._preview(
            lambda path: training_printouts.write_attendance(self._ctx, programme_id=programme_id, out=path),
            self.tr("Attendance of the programme"),
            self.tr("programme-attendance.pdf"),
        )

    def print_badges(self, layout: str = "badge") -> PrintPreviewDialog | None:
        if (programme_id := self._view.selected_programme_id()) is None:
            return None
        return self._preview(
            lambda path: credential_printouts.write_badges(self._ctx, programme_id, path, layout=layout),
            self.tr("Badges") if layout == "badge" else self.tr("Table cards"),
            self.tr("badges.pdf") if layout == "badge" else self.tr("table-cards.pdf"),
        )

    def print_certificates(self) -> PrintPreviewDialog | None:
        """Issue a certificate to each participant who completed and has none yet, then print the
        programme's certificates (the new numbers are said on the page)."""
        if (programme_id := self._view.selected_programme_id()) is None:
            return None
        try:
            issued = certificates.issue_certificates(self._ctx, programme_id)
        except (ValidationError, ServiceError) as error:
            self._view.show_problem(error)
            return None
        preview = self._preview(
            lambda path: credential_printouts.write_certificates(self._ctx, programme_id, path),
            self.tr("Certificates"),
            self.tr("certificates.pdf"),
        )
        if issued:
            numbers = f"{issued[0].number}–{issued[-1].number}" if len(issued) > 1 else issued[0].number
            self._view.show_info(fmt(self.tr("%1 new certificates issued: %2."), len(issued), numbers))
        return preview

    def print_register(self) -> PrintPreviewDialog | None:
        if (programme_id := self._view.selected_programme_id()) is None:
            return None
        return self._preview(
            lambda path: credential_printouts.write_certificate_register(self._ctx, path, programme_id),
            self.tr("Certificate register"),
            self.tr("certificate-register.pdf"),
        )

    def print_ce_ledger(self, level: Level) -> PrintPreviewDialog | None:
        if (person_id := self._view.selected_person_id()) is None:
            return None
        return self._preview(
            lambda path: credential_printouts.write_ce_ledger(self._ctx, person_id, path, level=level),
            self.tr("Continuing-education record"),
            self.tr("continuing-education.pdf"),
        )

    # -- .xlsx ---------------------------------------------------------------------------

    def _export(self, write: Callable[[Path], object], name: str) -> Path | None:
        saved = save_as(
            self._parent, write, self.tr("Save as .xlsx"), suggested_name=name, file_filter=XLSX_FILTER,
            show_problem=self._view.show_problem,
        )  # fmt: skip
        if saved is not None:
            self._view.show_info(fmt(self.tr("Saved: %1"), str(saved)))
        return saved

    def export_signin_sheet(self) -> Path | None:
        if (session_id := self._view.selected_session_id()) is None:
            return None
        return self._export(
            lambda path: training_printouts.write_signin_sheet(self._ctx, session_id, path),
            self.tr("signin-sheet.xlsx"),
        )

    def export_session(self) -> Path | None:
        if (session_id := self._view.selected_session_id()) is None:
            return None
        return self._export(
            lambda path: training_printouts.write_attendance(self._ctx, session_id=session_id, out=path),
            self.tr("session-attendance.xlsx"),
        )

    def export_register(self) -> Path | None:
        if (programme_id := self._view.selected_programme_id()) is None:
            return None
        return self._export(
            lambda path: credential_printouts.write_certificate_register(self._ctx, path, programme_id),
            self.tr("certificate-register.xlsx"),
        )

    def export_ce_ledger(self, level: Level) -> Path | None:
        """The chosen participant's record for the last 3 years against ``level``'s hours."""
        if (person_id := self._view.selected_person_id()) is None:
            return None
        return self._export(
            lambda path: credential_printouts.write_ce_ledger(self._ctx, person_id, path, level=level),
            self.tr("continuing-education.xlsx"),
        )

    def export_programme(self) -> Path | None:
        if (programme_id := self._view.selected_programme_id()) is None:
            return None
        return self._export(
            lambda path: training_printouts.write_attendance(self._ctx, programme_id=programme_id, out=path),
            self.tr("programme-attendance.xlsx"),
        )
