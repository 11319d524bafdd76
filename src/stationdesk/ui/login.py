"""The login dialog: the first window a user sees, so it imports nothing heavy.

It is shown while the database and the main window still load in the background; a sign-in
typed before they are ready waits for ``set_authenticator`` and then goes through by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.ui.messages import describe

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

# Every PySide6 class and enum touched here is built on first use and costs start-up time (the
# first enum of the Qt namespace alone about 40 ms): hence a grid rather than a form layout, plain
# buttons rather than a button box, and Qt enums only once the user acts.

Authenticator = Callable[[str, str], object]
"""Checks a user name and password; returns the signed-in actor or raises an error with a code."""

LOGO_SIZE = 64


def logo_label(logo_png: bytes | None, size: int, parent: QWidget | None = None) -> QLabel:
    """A label showing the station logo within ``size`` x ``size`` pixels (hidden without a logo)."""
    label = QLabel(parent)
    if not logo_png:
        label.hide()
        return label
    from PySide6.QtGui import QImage

    image = QImage()
    if not image.loadFromData(logo_png) or image.isNull():
        label.hide()
        return label
    ratio = label.devicePixelRatioF()
    scale = size * ratio / max(image.width(), image.height())
    image = image.smoothScaled(max(1, round(image.width() * scale)), max(1, round(image.height() * scale)))
    image.setDevicePixelRatio(ratio)
    label.setPixmap(QPixmap.fromImage(image))
    label.setFixedSize(size, size)
    return label


class LoginDialog(QDialog):
    """User name and password under the station's name and logo; Enter signs in."""

    signed_in = Signal(object)
    first_painted = Signal()
    """Emitted once the dialog is on screen: the start-up then begins the heavy loading."""

    def __init__(
        self, station_name: str, logo_png: bytes | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._authenticate: Authenticator | None = None
        self._waiting = False
        self._painted = False
        self.actor: object = None
        self.setWindowTitle(self.tr("Sign in to StationDesk"))

        title = QLabel(station_name or self.tr("StationDesk"))
        title.setObjectName("stationName")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        # No word wrap in the header: the dialog grows to fit it instead of clipping a second line.
        subtitle = QLabel(self.tr("StationDesk: front desk of the social work station"))
        header_text = QVBoxLayout()
        header_text.addWidget(title)
        header_text.addWidget(subtitle)
        header = QHBoxLayout()
        header.addWidget(logo_label(logo_png, LOGO_SIZE, self))
        header.addLayout(header_text, 1)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMinimumWidth(300)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        fields = QGridLayout()
        fields.addWidget(QLabel(self.tr("User name")), 0, 0)
        fields.addWidget(self.username, 0, 1)
        fields.addWidget(QLabel(self.tr("Password")), 1, 0)
        fields.addWidget(self.password, 1, 1)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.setAutoDefault(False)
        quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(quit_button)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(layout.SizeConstraint.SetMinimumSize)
        layout.addLayout(header)
        layout.addSpacing(12)
        layout.addLayout(fields)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.username.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def set_authenticator(self, authenticate: Authenticator) -> None:
        """The database is ready: sign-ins go through now (a waiting one at once)."""
        self._authenticate = authenticate
        if self._waiting:
            self._waiting = False
            self._set_busy(False)
            self.password.setFocus()
            self.submit()

    def _show_message(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.sign_in_button):
            widget.setEnabled(not busy)

    def submit(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self._show_message(self.tr("Please enter your user name."))
            self.username.setFocus()
            return
        if not password:
            self._show_message(self.tr("Please enter your password."))
            self.password.setFocus()
            return
        if self._authenticate is None:
            self._waiting = True
            self._set_busy(True)
            self._show_message(self.tr("Opening the station database, one moment..."), error=False)
            return
        # Checked here on the GUI thread (about a tenth of a second of Argon2): nothing to disable,
        # as disabling would move the focus, and with it the default button, to "Quit".
        from PySide6.QtCore import Qt  # here, not at start-up: see logo_label

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            actor = self._authenticate(username, password)
        except Exception as error:
            if not isinstance(getattr(error, "code", None), str):
                raise
            self._show_message(describe(error))
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.actor = actor
        self._show_message("")
        self.signed_in.emit(actor)
        self.accept()
