"""A small confirm-with-reason dialog: removing a person, revealing a number, saving a duplicate.

The reason goes to the audit log, so the dialog states what will happen and, where the
service requires it, refuses to go on with an empty reason.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class ReasonDialog(QDialog):
    """Asks one question and a reason; ``reason()`` after ``accepted``."""

    def __init__(
        self,
        title: str,
        question: str,
        accept_text: str,
        *,
        required: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._required = required

        question_label = QLabel(question)
        question_label.setWordWrap(True)
        self._reason = QLineEdit()
        self._reason.setObjectName("reason")
        self._reason.setMaxLength(200)
        self._reason.setPlaceholderText(
            self.tr("Reason (required)") if required else self.tr("Reason (optional)")
        )
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self._buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("acceptButton")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._reason.textChanged.connect(self._update)
        self._reason.returnPressed.connect(self._accept_if_ready)

        layout = QVBoxLayout(self)
        layout.addWidget(question_label)
        layout.addWidget(self._reason)
        layout.addWidget(self._buttons)
        self._update()

    def reason(self) -> str:
        return self._reason.text().strip()

    def set_reason(self, text: str) -> None:
        self._reason.setText(text)

    def _update(self) -> None:
        self.accept_button.setEnabled(bool(self.reason()) or not self._required)

    def _accept_if_ready(self) -> None:
        if self.accept_button.isEnabled():
            self.accept()


def ask_reason(
    parent: QWidget,
    name: str,
    title: str,
    question: str,
    accept_text: str,
    then: Callable[[str], None],
    *,
    required: bool = True,
) -> ReasonDialog:
    """Open a ``ReasonDialog`` window-modally (it deletes itself when closed); once accepted,
    ``then`` gets the reason."""
    ask = ReasonDialog(title, question, accept_text, required=required, parent=parent)
    ask.setObjectName(name)
    ask.finished.connect(ask.deleteLater)
    ask.accepted.connect(lambda: then(ask.reason()))
    ask.open()
    return ask
