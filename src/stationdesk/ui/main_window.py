"""The main window: station header, the left navigation, and one page per area of work.

Pages are built the first time they are shown, so the window opens as fast as its header.
A page may offer ``focus_search()`` (see ``SearchablePage``); Ctrl+F then puts the cursor there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.roles import Action, Role, may
from stationdesk.services import accounts, settings, station
from stationdesk.services.context import ServiceContext
from stationdesk.ui.i18n import role_label
from stationdesk.ui.icons import icon
from stationdesk.ui.idle_lock import ScreenLock
from stationdesk.ui.login import logo_label
from stationdesk.ui.placeholder import PlaceholderPage
from stationdesk.ui.text import fmt

PageFactory = Callable[[ServiceContext, QWidget], QWidget]


START_PAGE = "reception"
"""The page shown after sign-in: the reception desk, the page the station PC shows all day."""


@runtime_checkable
class SearchablePage(Protocol):
    """A page with a search box: Ctrl+F calls ``focus_search``."""

    def focus_search(self) -> None: ...


@dataclass(frozen=True)
class NavEntry:
    key: str
    title: str


RECEPTION_AREA = frozenset({"reception", "follow_ups", "referrals", "key_targets"})
"""Pages of the reception desk's work: shown to the roles that may see reception records."""


def nav_entries(role: Role | None = None) -> list[NavEntry]:
    """The areas of work ``role`` may open, in navigation order (Ctrl+1 .. Ctrl+9, Ctrl+0)."""
    entries = [
        NavEntry("reception", QCoreApplication.translate("MainWindow", "Reception desk")),
        NavEntry("follow_ups", QCoreApplication.translate("MainWindow", "Follow-ups")),
        NavEntry("referrals", QCoreApplication.translate("MainWindow", "Referrals")),
        NavEntry("key_targets", QCoreApplication.translate("MainWindow", "Key targets")),
        NavEntry("residents", QCoreApplication.translate("MainWindow", "Residents")),
        NavEntry("volunteers", QCoreApplication.translate("MainWindow", "Volunteers")),
        NavEntry("training", QCoreApplication.translate("MainWindow", "Training")),
        NavEntry("reports", QCoreApplication.translate("MainWindow", "Reports")),
        NavEntry("sync", QCoreApplication.translate("MainWindow", "Sync")),
        NavEntry("settings", QCoreApplication.translate("MainWindow", "Settings")),
    ]
    if role is not None and not may(role, Action.RECEPTION_VIEW):
        entries = [entry for entry in entries if entry.key not in RECEPTION_AREA]
    return entries


def shortcut_digit(row: int) -> int | None:
    """The digit of a navigation row's Ctrl shortcut: 1..9, then 0 for the tenth, none after."""
    return (row + 1) % 10 if row < 10 else None


def _referrals_page(ctx: ServiceContext, parent: QWidget) -> QWidget:
    from stationdesk.ui.pages.referrals import ReferralsPage  # imported when first shown

    return ReferralsPage(ctx, parent)


def _key_targets_page(ctx: ServiceContext, parent: QWidget) -> QWidget:
    from stationdesk.ui.pages.key_targets import KeyTargetsPage  # imported when first shown

    return KeyTargetsPage(ctx, parent)


def _follow_ups_page(ctx: ServiceContext, parent: QWidget) -> QWidget:
    from stationdesk.ui.pages.follow_ups import FollowUpsPage  # imported when first shown

    return FollowUpsPage(ctx, parent)


def _training_page(ctx: ServiceContext, parent: QWidget) -> QWidget:
    from stationdesk.ui.pages.training import TrainingPage  # imported when first shown

    return TrainingPage(ctx, parent)


def _volunteers_page(ctx: ServiceContext, parent: QWidget) -> QWidget:
    from stationdesk.ui.pages.volunteers import VolunteersPage  # imported when first shown

    return VolunteersPage(ctx, parent)


def _reports_page(ctx: ServiceContext, parent: QWidget) -> QWidget:
    from stationdesk.ui.pages.reports import ReportsPage  # imported when first shown

    return ReportsPage(ctx, parent)


def _sync_page(ctx: ServiceContext, parent: QWidget) -> QWidget:
    from stationdesk.ui.pages.sync import SyncPage  # imported when first shown

    return SyncPage(ctx, parent)


def _registry_page(ctx: ServiceContext, parent: QWidget) -> QWidget:
    from stationdesk.ui.pages.registry import RegistryPage  # imported when first shown

    return RegistryPage(ctx, parent)


class HeaderBar(QFrame):
    """Logo, station name, who is signed in, and the lock and sign-out buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self.logo = logo_label(None, 40, self)
        self.station_name = QLabel()
        self.station_name.setObjectName("stationName")
        font = QFont(self.station_name.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.station_name.setFont(font)
        self.user = QLabel()
        self.user.setObjectName("signedInUser")
        self.lock_button = QToolButton()
        self.lock_button.setIcon(icon("lock"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the screen (Ctrl+L)"))
        self.logout_button = QToolButton()
        self.logout_button.setIcon(icon("logout"))
        self.logout_button.setText(self.tr("Sign out"))
        self.about_button = QToolButton()
        self.about_button.setIcon(icon("info"))
        self.about_button.setText(self.tr("About"))
        self.about_button.setToolTip(self.tr("Version and where the data is kept"))
        for button in (self.about_button, self.lock_button, self.logout_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
        self._layout.addWidget(self.logo)
        self._layout.addWidget(self.station_name)
        self._layout.addStretch(1)
        self._layout.addWidget(self.user)
        self._layout.addSpacing(12)
        self._layout.addWidget(self.about_button)
        self._layout.addWidget(self.lock_button)
        self._layout.addWidget(self.logout_button)

    def set_station(self, name: str, logo_png: bytes | None) -> None:
        self.station_name.setText(name)
        new_logo = logo_label(logo_png, 40, self)
        self._layout.replaceWidget(self.logo, new_logo)
        self.logo.deleteLater()
        self.logo = new_logo


class MainWindow(QMainWindow):
    """Signed-in work: emits ``signed_out`` when the user signs out or switches user, ``closed``
    when the window is closed (the application then ends)."""

    signed_out = Signal()
    closed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        db_label: str = "",
        idle_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if ctx.actor is None:
            raise ValueError("the main window needs a signed-in user")
        self.ctx = ctx
        self._signing_out = False
        self._entries = nav_entries(ctx.actor.role)
        self._factories: dict[str, PageFactory] = {
            "reception": self._reception_page,
            "follow_ups": _follow_ups_page,
            "referrals": _referrals_page,
            "key_targets": _key_targets_page,
            "residents": _registry_page,
            "volunteers": _volunteers_page,
            "training": _training_page,
            "reports": _reports_page,
            "sync": _sync_page,
            "settings": self._settings_page,
        }
        self._pages: dict[str, QWidget] = {}

        self.header = HeaderBar(self)
        self.header.lock_button.clicked.connect(self.lock)
        self.header.logout_button.clicked.connect(self.sign_out)
        self.header.about_button.clicked.connect(self.show_about)
        self._database = db_label
        actor = ctx.actor
        self.header.user.setText(fmt(self.tr("%1 (%2)"), actor.display_name, role_label(actor.role)))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        self.nav.setUniformItemSizes(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for index, entry in enumerate(self._entries):
            item = QListWidgetItem(icon(entry.key), entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            digit = shortcut_digit(index)
            item.setToolTip(
                entry.title if digit is None else fmt(self.tr("%1 (Ctrl+%2)"), entry.title, digit)
            )
            self.nav.addItem(item)
            slot = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(slot)
        self.nav.setFixedWidth(max(160, self.nav.sizeHintForColumn(0) + 24))
        self.nav.currentRowChanged.connect(self._show_row)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(fmt(self.tr("Database: %1"), db_label) if db_label else "")
        self.db_label.setObjectName("databaseLabel")
        self.statusBar().addWidget(self.db_label, 1)

        self._install_shortcuts()
        self.refresh_station()
        minutes = settings.idle_lock_minutes(ctx)
        self.screen_lock = ScreenLock(ctx, self, minutes * 60_000 if idle_ms is None else idle_ms)
        self.screen_lock.switch_user.connect(self.sign_out)
        self.resize(1280, 800)
        keys = self.page_keys()
        self.nav.setCurrentRow(keys.index(START_PAGE) if START_PAGE in keys else 0)

    # pages

    def page_keys(self) -> list[str]:
        return [entry.key for entry in self._entries]

    def current_page_key(self) -> str:
        return self._entries[self.stack.currentIndex()].key

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if it was not shown yet."""
        if key not in self._pages:
            index = self.page_keys().index(key)
            slot = self.stack.widget(index)
            factory = self._factories.get(key)
            if factory is not None:
                page = factory(self.ctx, slot)
            else:
                page = PlaceholderPage(key, self._entries[index].title, slot)
            slot.layout().addWidget(page)
            self._pages[key] = page
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        """Switch to the page ``key`` (ValueError for an unknown key)."""
        self.nav.setCurrentRow(self.page_keys().index(key))
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.page(self._entries[row].key)
        self.stack.setCurrentIndex(row)

    def _reception_page(self, ctx: ServiceContext, parent: QWidget) -> QWidget:
        from stationdesk.ui.pages.reception import ReceptionPage  # imported when first shown

        page = ReceptionPage(ctx, parent)
        page.my_follow_ups.open_follow_ups.connect(lambda: self.show_page("follow_ups"))
        return page

    def _settings_page(self, ctx: ServiceContext, parent: QWidget) -> QWidget:
        from stationdesk.ui.pages.settings import SettingsPage

        page = SettingsPage(ctx, parent)
        page.station_changed.connect(self.refresh_station)
        page.idle_lock_changed.connect(
            lambda minutes: self.screen_lock.watcher.set_interval_ms(minutes * 60_000)
        )
        return page

    def _install_shortcuts(self) -> None:
        for index in range(len(self._entries)):
            digit = shortcut_digit(index)
            if digit is not None:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{digit}"), self)
                shortcut.activated.connect(lambda row=index: self.nav.setCurrentRow(row))
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.lock)

    def focus_search(self) -> bool:
        """Ctrl+F: the current page's search box gets the cursor, if the page has one."""
        page = self._pages.get(self.current_page_key())
        if isinstance(page, SearchablePage):
            page.focus_search()
            return True
        return False

    # station, lock, sign-out

    def refresh_station(self) -> None:
        profile = station.get_profile(self.ctx)
        name = profile.name if profile else ""
        self.header.set_station(name, profile.logo_png if profile else None)
        self.setWindowTitle(fmt(self.tr("StationDesk — %1"), name) if name else self.tr("StationDesk"))

    def lock(self) -> None:
        self.screen_lock.lock()

    def show_about(self) -> None:
        from stationdesk.ui.about_dialog import AboutDialog

        AboutDialog(self._database, self).exec()

    def sign_out(self) -> None:
        """Sign out (or switch user): the start-up shows the login dialog again."""
        self._signing_out = True
        self.screen_lock.stop()
        self._close_dialogs()
        accounts.logout(self.ctx)
        self.close()
        self.signed_out.emit()

    def _close_dialogs(self) -> None:
        """Cancel the dialogs still open (a half-typed form is not saved under the next user)."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._signing_out:
            self.screen_lock.stop()
            accounts.logout(self.ctx)
            self.closed.emit()
        event.accept()
