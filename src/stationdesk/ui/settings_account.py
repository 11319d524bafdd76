"""What every user may do for themselves: change their own password."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from stationdesk.services import accounts
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.ui.i18n import role_label
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_common import InlineMessage, NewPasswordFields
from stationdesk.ui.text import fmt


class MyPasswordTab(QWidget):
    """The current password, then the new one twice."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        actor = ctx.actor
        who = QLabel(
            fmt(
                self.tr("Signed in as %1 (%2), user name %3."),
                actor.display_name,
                role_label(actor.role),
                actor.username,
            )
            if actor
            else ""
        )
        who.setWordWrap(True)
        form = QFormLayout()
        self.old_password = QLineEdit()
        self.old_password.setObjectName("oldPassword")
        self.old_password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Current password"), self.old_password)
        self.new_password = NewPasswordFields(form, self.tr("New password"))
        self.message = InlineMessage()
        self.save_button = QPushButton(icon("save"), self.tr("Change password"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addStretch(1)

    def save(self) -> None:
        problem = self.new_password.problem()
        if problem:
            self.message.show_error(problem)
            return
        try:
            accounts.change_own_password(self._ctx, self.old_password.text(), self.new_password.value())
        except ServiceError as error:
            if error.code == "auth.bad_credentials":
                self.message.show_error(self.tr("The current password is not right."))
            else:
                self.message.show_problem(error)
            return
        finally:
            self.old_password.clear()
        self.new_password.clear()
        self.message.show_info(self.tr("Your password has been changed."))
