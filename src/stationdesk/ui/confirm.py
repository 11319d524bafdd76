"""Asking before a step that cannot simply be taken back (cancel a session, withdraw someone)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget, title: str, question: str, accept_text: str, on_accept: Callable[[], object]
) -> QMessageBox:
    """A window-modal question with ``accept_text`` and Cancel (the default: Enter does not confirm
    by accident); ``on_accept`` runs once the user confirms."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmBox")
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    accept.setObjectName("confirmButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.buttonClicked.connect(lambda button: on_accept() if button is accept else None)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
