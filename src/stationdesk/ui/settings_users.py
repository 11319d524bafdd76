"""Users and their roles (administrators only): add, edit, reset a password, lift a login lock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.roles import Role
from stationdesk.services import accounts
from stationdesk.services.accounts import UserInfo
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.ui.i18n import role_label
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_common import InlineMessage, NewPasswordFields, lay_out_form_dialog
from stationdesk.ui.text import fmt


def _role_box(current: Role | None = None) -> QComboBox:
    box = QComboBox()
    box.setObjectName("role")
    for role in Role:
        box.addItem(role_label(role), role)
    if current is not None:
        box.setCurrentIndex(box.findData(current))
    return box


class UserDialog(QDialog):
    """Add a user (with a first password), or edit one's display name, role and active flag."""

    def __init__(
        self, ctx: ServiceContext, user: UserInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._user = user
        self.setWindowTitle(self.tr("Add a user") if user is None else self.tr("Edit a user"))
        form = QFormLayout()
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("username")
        self.username.setReadOnly(user is not None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.display_name.setObjectName("displayName")
        self.role = _role_box(user.role if user else Role.STAFF)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        self.active = QCheckBox(self.tr("May sign in"))
        self.active.setChecked(user.active if user else True)
        self.password: NewPasswordFields | None = None
        if user is None:
            self.password = NewPasswordFields(form, self.tr("First password"))
        else:
            form.addRow(self.tr("Active"), self.active)
        self.message = lay_out_form_dialog(self, form)
        self.display_name.setMinimumWidth(300)

    def save(self) -> None:
        role = Role(self.role.currentData())
        try:
            if self._user is None:
                assert self.password is not None
                problem = self.password.problem()
                if problem:
                    self.message.show_error(problem)
                    return
                accounts.create_user(
                    self._ctx, self.username.text(), self.display_name.text(), role, self.password.value()
                )
            else:
                accounts.update_user(
                    self._ctx,
                    self._user.id,
                    display_name=self.display_name.text(),
                    role=role,
                    active=self.active.isChecked(),
                )
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    """An administrator gives a user a new password (the user should change it afterwards)."""

    def __init__(self, ctx: ServiceContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._user = user
        self.setWindowTitle(fmt(self.tr("New password for %1"), user.display_name))
        form = QFormLayout()
        self.password = NewPasswordFields(form, self.tr("New password"))
        self.message = lay_out_form_dialog(self, form)
        self.password.first.setMinimumWidth(300)

    def save(self) -> None:
        problem = self.password.problem()
        if problem:
            self.message.show_error(problem)
            return
        try:
            accounts.reset_password(self._ctx, self._user.id, self.password.value())
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.accept()


class UsersTab(QWidget):
    """The table of users with the administrator's actions on the selected one."""

    changed = Signal()
    COLUMNS = 5

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._users: list[UserInfo] = []
        self.dialog: QDialog | None = None
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("users")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Display name"),
                self.tr("Role"),
                self.tr("Active"),
                self.tr("Locked until"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_user())

        self.add_button = QPushButton(icon("add"), self.tr("Add user..."))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit..."))
        self.reset_button = QPushButton(icon("users"), self.tr("Reset password..."))
        self.unlock_button = QPushButton(icon("lock"), self.tr("Lift login lock"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock_account)
        self.message = InlineMessage()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr("A user locked after repeated wrong passwords can sign in again once the lock is lifted.")
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        self.reload()

    def reload(self) -> None:
        try:
            self._users = accounts.list_users(self._ctx)
        except ServiceError as error:
            self._users = []
            self.message.show_problem(error)
        now = datetime.now()
        self.table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            locked = user.locked_until if user.locked_until and user.locked_until > now else None
            cells = (
                user.username,
                user.display_name,
                role_label(user.role),
                self.tr("Yes") if user.active else self.tr("No"),
                locked.strftime("%Y-%m-%d %H:%M") if locked else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._users[rows[0].row()] if rows else None

    def select_username(self, username: str) -> None:
        for row, user in enumerate(self._users):
            if user.username == username:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.edit_button, self.reset_button):
            button.setEnabled(user is not None)
        self.unlock_button.setEnabled(
            user is not None and user.locked_until is not None and user.locked_until > datetime.now()
        )

    def _open(self, dialog: QDialog) -> None:
        self.message.clear_message()
        self.dialog = dialog
        dialog.accepted.connect(self._after_dialog)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _after_dialog(self) -> None:
        self.reload()
        self.changed.emit()

    def add_user(self) -> None:
        self._open(UserDialog(self._ctx, None, self))

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(UserDialog(self._ctx, user, self))

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(ResetPasswordDialog(self._ctx, user, self))

    def unlock_account(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        try:
            accounts.unlock_account(self._ctx, user.username)
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.reload()
        self.message.show_info(fmt(self.tr("%1 can sign in again."), user.display_name))
