"""The idle lock: after some minutes without keyboard or mouse, every window is covered and the
signed-in user must type their password again (or hand the desk over with "switch user").

A reception PC stands where residents walk past; a registry left open shows names, ID numbers
and phones. Covering each open window (instead of hiding it) keeps a half-typed form intact.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services import accounts
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import LoginFailed
from stationdesk.ui.i18n import role_label
from stationdesk.ui.icons import icon
from stationdesk.ui.messages import describe
from stationdesk.ui.text import fmt

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


KIOSK_PROPERTY = "kioskMode"
"""A window showing this property true is a self sign-in kiosk: it guards itself with a PIN and must
stay usable, so idleness does not lock the application while one is open."""


def kiosk_open() -> bool:
    return any(w.isVisible() and w.property(KIOSK_PROPERTY) for w in QApplication.topLevelWidgets())


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without user input anywhere in the application."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._paused = False
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.set_interval_ms(interval_ms)

    def interval_ms(self) -> int:
        return self._interval

    def set_interval_ms(self, interval_ms: int) -> None:
        """0 means never lock."""
        self._interval = max(0, interval_ms)
        self._restart()

    def pause(self) -> None:
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        self._paused = False
        self._restart()

    def stop(self) -> None:
        self.pause()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _restart(self) -> None:
        if self._interval and not self._paused:
            self._timer.start(self._interval)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._paused and self._interval and event.type() in _INPUT_EVENTS:
            self._timer.start(self._interval)
        return False


class Curtain(QWidget):
    """An opaque cover over one window's contents while the desk is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        label = QLabel(self.tr("StationDesk is locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture = QLabel(self)
        picture.setPixmap(icon("lock").pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(picture)
        layout.addWidget(label)
        layout.addStretch(1)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        return False

    def lift(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()


class LockDialog(QDialog):
    """Shows who is signed in and asks for their password; cannot be dismissed otherwise."""

    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *, idle: bool = True) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("StationDesk is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        actor = ctx.actor
        self.heading = heading = QLabel(
            self.tr("The screen was locked because nobody used it for a while.")
            if idle
            else self.tr("The screen has been locked.")
        )
        heading.setWordWrap(True)
        self.who = who = QLabel(
            fmt(self.tr("Signed in: %1 (%2)"), actor.display_name, role_label(actor.role)) if actor else ""
        )
        font = QFont(who.font())
        font.setBold(True)
        who.setFont(font)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setMinimumWidth(380)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password"))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()

        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(icon("lock"), self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.switch_button = buttons.addButton(self.tr("Switch user"), QDialogButtonBox.ButtonRole.ActionRole)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button.clicked.connect(self.switch_user)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(heading)
        layout.addWidget(who)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.password.setFocus()

    def try_unlock(self) -> None:
        try:
            if accounts.unlock_screen(self._ctx, self.password.text()):
                self.password.clear()
                self.unlocked.emit()
                return
            text = self.tr("Wrong password. Please try again.")
        except LoginFailed as locked:
            text = describe(locked)
        self.password.clear()
        self.message.setText(text)
        self.message.show()
        self.adjustSize()
        self.password.setFocus()

    def reject(self) -> None:
        """Escape does not unlock."""


class ScreenLock(QObject):
    """Watches for idleness and locks every window of the application until the password is typed."""

    locked = Signal()
    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, ctx: ServiceContext, owner: QWidget, interval_ms: int) -> None:
        super().__init__(owner)
        self._ctx = ctx
        self._owner = owner
        self._curtains: list[Curtain] = []
        self._dialog: LockDialog | None = None
        self.watcher = IdleWatcher(interval_ms, self)
        self.watcher.idle.connect(lambda: self.lock(idle=True))

    @property
    def is_locked(self) -> bool:
        return self._dialog is not None

    @property
    def dialog(self) -> LockDialog | None:
        return self._dialog

    def lock(self, *, idle: bool = False) -> None:
        """Cover every window; ``idle`` says the lock came from inactivity, not from a click."""
        if self._dialog is not None or self._ctx.actor is None:
            return
        if idle and kiosk_open():  # people sign themselves in for hours without touching the PC
            self.watcher.resume()
            return
        self.watcher.pause()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, LockDialog):
                self._curtains.append(Curtain(window))
        self._dialog = LockDialog(self._ctx, self._owner, idle=idle)
        self._dialog.unlocked.connect(self._unlock)
        self._dialog.switch_user.connect(self._switch_user)
        self._dialog.show()
        self._dialog.activateWindow()
        self.locked.emit()

    def _lift(self) -> None:
        for curtain in self._curtains:
            curtain.lift()
        self._curtains.clear()
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _unlock(self) -> None:
        self._lift()
        self.watcher.resume()
        self.unlocked.emit()

    def _switch_user(self) -> None:
        self._lift()
        self.switch_user.emit()

    def stop(self) -> None:
        """The user signs out: no more locking for this window."""
        self._lift()
        self.watcher.stop()
