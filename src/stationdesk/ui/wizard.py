"""The first-start wizard: the station profile, the first administrator, a summary, then sign-in.

The services own every rule; the wizard only checks that the fields are filled and the two
passwords match, and brings a refused value back to the page where it was typed.

Its first page also offers the other way in (issue 8): a PC of a station that already uses
StationDesk starts from the station PC's backup (services/join.py) instead of creating a station
of its own; ``joined`` then hands the opened database to the start-up, which shows the login.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFileDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from stationdesk.services import accounts, join, station
from stationdesk.services.context import Actor, ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.passwords import check_strength
from stationdesk.ui.confirm import ask
from stationdesk.ui.icons import icon
from stationdesk.ui.save_file import documents_dir
from stationdesk.ui.settings_common import InlineMessage, NewPasswordFields
from stationdesk.ui.settings_station import StationForm
from stationdesk.ui.tasks import Task, run_task
from stationdesk.ui.text import fmt

STATION_PAGE, ADMIN_PAGE, SUMMARY_PAGE = 0, 1, 2


class StationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your station"))
        self.setSubTitle(
            self.tr(
                "Welcome to StationDesk. Its name and logo appear on every screen and every printed page."
            )
        )
        self.form = StationForm()
        self.form.changed.connect(self.completeChanged)
        self.message = InlineMessage()
        self.form.changed.connect(self.message.clear_message)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.join_button = QCommandLinkButton(
            self.tr("This PC joins a station that already uses StationDesk"),
            self.tr(
                "Start from the station PC's backup file… (made there under Settings → Backup). The "
                "station's users then sign in here with their own passwords."
            ),
        )
        self.join_button.setObjectName("joinStation")
        self.join_button.setIcon(icon("join_station"))
        self.join_busy = QProgressBar()
        self.join_busy.setObjectName("joinBusy")
        self.join_busy.setRange(0, 0)
        self.join_busy.setTextVisible(False)
        self.join_busy.hide()
        self.join_message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(rule)
        layout.addWidget(self.join_button)
        layout.addWidget(self.join_busy)
        layout.addWidget(self.join_message)

    def isComplete(self) -> bool:
        return bool(self.form.name.text().strip() and self.form.code.text().strip())

    def validatePage(self) -> bool:
        """Next: a code or logo the service would refuse is explained here, not after Finish."""
        try:
            station.validate_profile(self.form.profile())
        except ServiceError as error:
            self.message.show_problem(error)
            return False
        return True


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr("This person signs in first and can then add the other users of the station.")
        )
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("For signing in, without spaces, e.g. wangfang"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.display_name.setPlaceholderText(self.tr("As shown on screen, e.g. 王芳"))
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Display name"), self.display_name)
        self.password = NewPasswordFields(form)
        self.message = InlineMessage()
        for edit in (self.username, self.password.first, self.password.second):
            edit.textChanged.connect(self.completeChanged)
            edit.textChanged.connect(self.message.clear_message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return bool(
            self.username.text().strip() and self.password.first.text() and self.password.second.text()
        )

    def validatePage(self) -> bool:
        problem = self.password.problem()
        if problem:
            self.message.show_error(problem)
            return False
        try:
            check_strength(self.password.value())
        except ServiceError as error:
            self.message.show_problem(error)
            return False
        return True


class SummaryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Please check. Finish creates the station and signs you in."))
        self.setFinalPage(True)
        self.summary = QFormLayout()
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.addLayout(self.summary)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        while self.summary.rowCount():
            self.summary.removeRow(0)
        profile = self._wizard.station_page.form.profile()
        admin = self._wizard.admin_page
        rows = (
            (self.tr("Station name"), profile.name),
            (self.tr("Station code"), profile.code.strip().upper()),
            (self.tr("District"), profile.district),
            (self.tr("Address"), profile.address),
            (self.tr("Phone"), profile.phone),
            (self.tr("Logo"), self.tr("chosen") if profile.logo_png else self.tr("none")),
            (
                self.tr("Administrator"),
                f"{admin.display_name.text().strip()} ({admin.username.text().strip()})",
            ),
        )
        for label, value in rows:
            field = QLabel(value)
            field.setWordWrap(True)
            self.summary.addRow(label, field)
        self.message.clear_message()

    def validatePage(self) -> bool:
        return self._wizard.create_station()


def choose_backup(parent: QWidget, title: str, file_filter: str) -> Path | None:
    """Ask for the station PC's backup file; None when cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(documents_dir()), file_filter)
    return Path(chosen) if chosen else None


class SetupWizard(QWizard):
    """Creates the station and its administrator; ``completed`` carries the signed-in actor.
    Or this PC joins a station from its backup: ``joined`` carries the opened database
    (services.database.OpenedDatabase, nobody signed in) and this wizard's context is spent."""

    completed = Signal(object)
    joined = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Setting up StationDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.station_page = StationPage()
        self.admin_page = AdminPage()
        self.summary_page = SummaryPage(self)
        self.setPage(STATION_PAGE, self.station_page)
        self.setPage(ADMIN_PAGE, self.admin_page)
        self.setPage(SUMMARY_PAGE, self.summary_page)
        self.setMinimumSize(640, 560)
        self.task: Task | None = None
        self.confirm_box: QWidget | None = None
        self.station_page.join_button.clicked.connect(self.join_from_backup)

    # joining a station from its backup (issue 8)

    def join_from_backup(self) -> None:
        """Choose the file, check it (in the background: a large file on a USB stick), confirm."""
        path = choose_backup(
            self,
            self.tr("The station PC's backup"),
            self.tr("StationDesk backup (*.sqlite3);;All files (*)"),
        )
        if path is None:
            return
        self._busy(True)
        self.task = run_task(lambda: join.inspect_backup(path), self._confirm_join, self._join_refused)

    def _confirm_join(self, found: join.StationBackup) -> None:
        self._busy(False)
        question = fmt(
            self.tr(
                "The backup holds the station %1 (%2). This PC's database becomes a copy of it, and "
                "the station's users sign in here with their own passwords (user accounts: %3).\n\n"
                "Join this station?"
            ),
            found.station_name,
            found.station_code,
            str(found.users),
        )
        self.confirm_box = ask(
            self, self.tr("Join a station"), question, self.tr("Join"), lambda: self._join(found)
        )

    def _join(self, found: join.StationBackup) -> None:
        self._busy(True)
        ctx = self._ctx
        self.task = run_task(lambda: join.join_station(ctx, found), self._joined, self._join_refused)

    def _joined(self, opened: object) -> None:
        self._busy(False)
        self.joined.emit(opened)

    def _join_refused(self, error: BaseException) -> None:
        self._busy(False)
        self.station_page.join_message.show_problem(error)

    def _busy(self, busy: bool) -> None:
        """While a file is checked or copied, nothing else can start (Cancel included)."""
        page = self.station_page
        page.join_busy.setVisible(busy)
        if busy:
            page.join_message.clear_message()
        for widget in (page.form, page.join_button):
            widget.setEnabled(not busy)
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not busy)
        if not busy:
            page.completeChanged.emit()  # Next follows the form again

    def create_station(self) -> bool:
        """Finish: ask the service; a refused user name or password sends the user back to its page
        (the station page checks its own values on Next)."""
        admin = self.admin_page
        try:
            self.actor = accounts.setup_station(
                self._ctx,
                self.station_page.form.profile(),
                admin.username.text(),
                admin.display_name.text(),
                admin.password.value(),
            )
        except ServiceError as error:
            if error.code.startswith(("user.", "password.")):
                admin.message.show_problem(error)
                page_id = self._id_of(admin)
                QTimer.singleShot(0, lambda: self._back_to(page_id))
            else:
                self.summary_page.message.show_problem(error)
            return False
        self.completed.emit(self.actor)
        return True

    def _id_of(self, page: QWizardPage) -> int:
        return next(page_id for page_id in self.pageIds() if self.page(page_id) is page)

    def _back_to(self, page_id: int) -> None:
        while self.currentId() > page_id:
            self.back()
