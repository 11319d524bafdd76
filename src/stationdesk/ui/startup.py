"""The start-up sequence: login dialog first, the heavy modules and the database behind it.

Imported before the login dialog appears: nothing here may import SQLAlchemy, the services or
qtawesome at module level. They are imported inside functions, the slow ones on a worker thread
while the user types.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from stationdesk.ui.i18n import install_translators
from stationdesk.ui.login import LoginDialog
from stationdesk.ui.messages import describe
from stationdesk.ui.tasks import run_task
from stationdesk.ui.text import fmt

if TYPE_CHECKING:
    from stationdesk.services.context import ServiceContext
    from stationdesk.services.database import OpenedDatabase

LOAD_FALLBACK_MS = 1000
"""Start loading this long after showing the login dialog even if it was never painted (minimised)."""


def open_and_warm(db_url: str) -> OpenedDatabase:
    """Runs on a worker thread: open (and migrate) the database, import what the main window needs."""
    from stationdesk.services.database import open_station

    opened = open_station(db_url)
    # The main window and its start page (the reception desk), so that sign-in only builds them.
    for module in (
        "stationdesk.services.accounts",
        "stationdesk.ui.main_window",
        "stationdesk.ui.pages.reception",
    ):
        importlib.import_module(module)
    return opened


class Startup(QObject):
    """Drives login / first-start wizard / main window / sign-out; ``finished`` carries the exit code."""

    finished = Signal(int)

    def __init__(
        self, db_url: str, db_label: str, language_known: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._db_url = db_url
        self._language_known = language_known
        self._db_label = db_label
        self.ctx: ServiceContext | None = None
        self._backup_note: str | None = None
        self.login: LoginDialog | None = None
        self.window: QWidget | None = None
        self.wizard: QWidget | None = None
        self.exit_code: int | None = None
        self.error_box: QWidget | None = None
        self._loading = False

    # the two ways in

    def begin_with_login(self, station_name: str, logo_png: bytes | None) -> None:
        """A known station: the login dialog now, the database in the background."""
        self._show_login(station_name, logo_png)
        assert self.login is not None
        # Once the dialog is on screen, let that frame out before the worker competes for the GIL.
        self.login.first_painted.connect(lambda: QTimer.singleShot(0, self._load_in_background))
        QTimer.singleShot(LOAD_FALLBACK_MS, self._load_in_background)

    def begin_in_foreground(self) -> None:
        """First start, or a database server: open it here, then the wizard or the login dialog."""
        from stationdesk.services import accounts
        from stationdesk.services.database import open_station

        try:
            opened = open_station(self._db_url)
        except Exception as error:
            # store.migrate.DatabaseError (and any other coded error): ui/ may not import store/.
            if not isinstance(getattr(error, "code", None), str):
                raise
            self._fail(error)
            return
        self._opened(opened)
        assert self.ctx is not None
        if accounts.needs_setup(self.ctx):
            self._show_wizard()
            return
        self._show_station_login()

    # loading

    def _load_in_background(self) -> None:
        if self._loading:
            return
        self._loading = True
        run_task(lambda: open_and_warm(self._db_url), self._loaded, self._fail)

    def _loaded(self, opened: OpenedDatabase) -> None:
        self._opened(opened)
        if self.login is not None:
            self.login.set_authenticator(self._authenticate)

    def _opened(self, opened: OpenedDatabase) -> None:
        self.ctx = opened.ctx
        if not self._language_known:  # a database server: its saved language is read once it is open
            from stationdesk.services import settings

            install_translators(settings.language(self.ctx))
        if opened.backup is not None:
            self._backup_note = fmt(
                self.tr(
                    "StationDesk has upgraded this database to its new version. "
                    "A copy of the database as it was before is kept at: %1"
                ),
                str(opened.backup),
            )

    def _authenticate(self, username: str, password: str) -> object:
        from stationdesk.services import accounts

        assert self.ctx is not None
        return accounts.login(self.ctx, username, password)

    def refuse(self, error: BaseException) -> None:
        """The caller found the database unusable before anything was shown (e.g. too new)."""
        self._fail(error)

    def _fail(self, error: BaseException) -> None:
        """The database cannot be used: say why, then end (the file has not been changed)."""
        if not isinstance(getattr(error, "code", None), str):
            traceback.print_exception(error, file=sys.stderr)
        from PySide6.QtWidgets import QMessageBox

        if self.login is not None:
            self.login.hide()
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("StationDesk cannot start"), describe(error))
        box.setObjectName("startupError")
        box.finished.connect(lambda _result: self._finish(1))
        self.error_box = box
        box.open()

    # windows

    def _show_login(self, station_name: str, logo_png: bytes | None) -> None:
        dialog = LoginDialog(station_name, logo_png)
        dialog.signed_in.connect(lambda _actor: self._open_main_window())
        dialog.rejected.connect(lambda: self._finish(0))
        if self.ctx is not None:
            dialog.set_authenticator(self._authenticate)
        self.login = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _show_station_login(self) -> None:
        """The login dialog under the open database's station name and logo."""
        from stationdesk.services import station

        assert self.ctx is not None
        profile = station.get_profile(self.ctx)
        self._show_login(profile.name if profile else "", profile.logo_png if profile else None)

    def _show_wizard(self) -> None:
        from stationdesk.ui.wizard import SetupWizard

        assert self.ctx is not None
        wizard = SetupWizard(self.ctx)
        wizard.completed.connect(lambda _actor: QTimer.singleShot(0, self._open_main_window))
        wizard.joined.connect(self._joined)
        wizard.rejected.connect(lambda: self._finish(0))
        self.wizard = wizard
        wizard.show()

    def _joined(self, opened: OpenedDatabase) -> None:
        """This PC took over the station PC's backup: its users sign in with their own passwords."""
        self._opened(opened)
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None
        self._show_station_login()

    def _open_main_window(self) -> None:
        from stationdesk.ui.main_window import MainWindow

        assert self.ctx is not None
        window = MainWindow(self.ctx, self._db_label)
        window.signed_out.connect(self._signed_out)
        window.closed.connect(lambda: self._finish(0))
        self.window = window
        window.show()
        for dialog in (self.login, self.wizard):
            if dialog is not None:
                dialog.deleteLater()
        self.login = self.wizard = None
        if self._backup_note:
            from PySide6.QtWidgets import QMessageBox

            note = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Database upgraded"), self._backup_note, parent=window
            )
            note.open()
            self._backup_note = None

    def _signed_out(self) -> None:

        assert self.ctx is not None
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        self._show_station_login()

    def _finish(self, code: int) -> None:
        """The application should end with ``code`` (the caller connects ``finished`` to exit)."""
        if self.exit_code is None:
            self.exit_code = code
            self.finished.emit(code)
