"""Small pieces the settings tabs, the wizard and their dialogs share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services.passwords import MIN_LENGTH
from stationdesk.ui.messages import describe
from stationdesk.ui.text import fmt

_ERROR_STYLE = "color: #b00020;"
_INFO_STYLE = "color: #1b5e20;"


class InlineMessage(QLabel):
    """A sentence under a form: an error in red, a confirmation in green, hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, _ERROR_STYLE)

    def show_problem(self, error: BaseException) -> None:
        """A service or validation error, in the user's language."""
        self._show(describe(error), _ERROR_STYLE)

    def show_info(self, text: str) -> None:
        self._show(text, _INFO_STYLE)

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def _show(self, text: str, style: str) -> None:
        self.setStyleSheet(style)
        self.setText(text)
        self.setVisible(bool(text))


def with_message(field: QWidget | QLayout, message: QWidget) -> QWidget:
    """A form cell: the field with its message line right under it."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(field, QLayout):
        column.addLayout(field)
    else:
        column.addWidget(field)
    column.addWidget(message)
    return box


def lay_out_form_dialog(dialog: QDialog, form: QFormLayout, accept_text: str | None = None) -> InlineMessage:
    """The form, a message line under it, Save (or ``accept_text``) and Cancel; the accept button
    calls ``dialog.save``, which closes the dialog only once the service took the form."""
    message = InlineMessage()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    if accept_text is not None:
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(accept_text)
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)
    return message


class NewPasswordFields:
    """A new password typed twice, with the service's minimum length as a hint (added to a form)."""

    def __init__(self, form: QFormLayout, label: str | None = None) -> None:
        self.first = QLineEdit()
        self.first.setObjectName("newPassword")
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassword")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(
            fmt(QCoreApplication.translate("NewPasswordFields", "At least %1 characters."), MIN_LENGTH)
        )
        self.hint.setWordWrap(True)
        self.first.textChanged.connect(self._update_hint)
        form.addRow(label or QCoreApplication.translate("NewPasswordFields", "Password"), self.first)
        form.addRow(QCoreApplication.translate("NewPasswordFields", "Repeat password"), self.second)
        form.addRow("", self.hint)

    def _update_hint(self, text: str) -> None:
        if not text or len(text) >= MIN_LENGTH:
            self.hint.setText(
                fmt(QCoreApplication.translate("NewPasswordFields", "At least %1 characters."), MIN_LENGTH)
            )
        else:
            self.hint.setText(
                fmt(
                    QCoreApplication.translate("NewPasswordFields", "%1 more characters needed."),
                    MIN_LENGTH - len(text),
                )
            )

    def value(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """What is wrong before asking the service: nothing typed, or the two entries differ."""
        if not self.first.text():
            return QCoreApplication.translate("NewPasswordFields", "Please enter a password.")
        if self.first.text() != self.second.text():
            return QCoreApplication.translate("NewPasswordFields", "The two passwords are not the same.")
        return None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
