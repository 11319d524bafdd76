"""The teams tab (志愿者队伍): teams with their member counts and leaders; new, rename (F2), retire;
below, the chosen team's members: add volunteers (several at once), remove (they leave the team
on a day, the history stays), make or unmake a leader. A viewer reads only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.services import volunteers
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.volunteers import Membership, TeamDraft, TeamRow
from stationdesk.ui.form_dialog import FormDialog, date_edit, day_of
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models import volunteer_tables as columns
from stationdesk.ui.models.row_list import row_object, sorting_proxy
from stationdesk.ui.models.volunteer_tables import MemberTableModel, TeamTableModel
from stationdesk.ui.search_keys import page_shortcut, search_box, select_row
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt
from stationdesk.ui.training_sessions import tool_button

CHOSEN_ROWS = 10


class TeamDialog(FormDialog):
    """New team (``team`` None) or rename/describe one; ``saved(team id)``."""

    def __init__(
        self, ctx: ServiceContext, team: TeamRow | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("New team") if team is None else fmt(self.tr("Edit %1"), team.name)
        super().__init__(title, self.tr("Save"), parent)
        self.setObjectName("teamDialog")
        self._ctx = ctx
        self._team = team
        self.name = QLineEdit(objectName="name")
        self.name.setMaxLength(volunteers.TEAM_NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. 嘉兴学院公益巴士服务队"))
        self.add_field(fmt(self.tr("%1 *"), self.tr("Name")), self.name, ("team.bad_name", "team.exists"))
        self.organisation = QLineEdit(objectName="organisation")
        self.organisation.setMaxLength(volunteers.ORGANISATION_MAX)
        self.add_field(self.tr("Organisation"), self.organisation, ("team.organisation_too_long",))
        self.description = QPlainTextEdit(objectName="description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.add_field(self.tr("Description"), self.description)
        if team is not None:
            self.name.setText(team.name)
            self.organisation.setText(team.organisation)
            self.description.setPlainText(team.description)
        self.resize(560, self.sizeHint().height())
        self.name.setFocus()

    def call_service(self) -> str:
        draft = TeamDraft(self.name.text(), self.organisation.text(), self.description.toPlainText())
        if self._team is None:
            return volunteers.create_team(self._ctx, draft)
        volunteers.update_team(self._ctx, self._team.id, draft)
        return self._team.id


class AddMembersDialog(FormDialog):
    """Tick volunteers (type to narrow the list) to add them to a team from a day."""

    def __init__(
        self, ctx: ServiceContext, team: TeamRow, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(fmt(self.tr("Add members to %1"), team.name), self.tr("Add"), parent)
        self.setObjectName("addMembersDialog")
        self._ctx = ctx
        self._team = team
        members = {m.volunteer_id for m in volunteers.team_members(ctx, team.id)}
        self.filter = search_box(
            "memberFilter", self.tr("Narrow the list: name, initials, code or organisation")
        )
        self.list = QListWidget(objectName="volunteerChoices")
        self.list.setMinimumHeight((self.fontMetrics().height() + 8) * CHOSEN_ROWS)
        for row in volunteers.list_volunteers(ctx, status=volunteers.ACTIVE):
            if row.id in members:
                continue
            text = "  ".join(part for part in (row.name, row.code, row.organisation) if part)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.count_label = QLabel(objectName="tickedCount")
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.filter, self.list, self.count_label):
            box.addWidget(widget)
        holder = QWidget()
        holder.setLayout(box)
        self.add_field(
            self.tr("Volunteers"), holder, ("team.none_chosen", "volunteer.not_found"), focus=self.filter
        )
        self.joined_on = date_edit(today or date.today(), "joinedOn")
        self.add_field(self.tr("Joined on"), self.joined_on, ("team.joined_in_future",))
        self.filter.textChanged.connect(self._narrow)
        self.list.itemChanged.connect(lambda *_: self._count())
        self._count()
        self.resize(560, self.sizeHint().height())
        self.filter.setFocus()

    def _narrow(self, text: str) -> None:
        typed = text.strip().lower()
        for number in range(self.list.count()):
            item = self.list.item(number)
            item.setHidden(bool(typed) and typed not in item.text().lower())

    def tick(self, volunteer_id: str) -> None:
        for number in range(self.list.count()):
            item = self.list.item(number)
            if item.data(Qt.ItemDataRole.UserRole) == volunteer_id:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen_ids(self) -> list[str]:
        items = (self.list.item(number) for number in range(self.list.count()))
        return [
            str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        self.count_label.setText(fmt(self.tr("Ticked: %1"), len(self.chosen_ids())))

    def call_service(self) -> str:
        ids = self.chosen_ids()
        if not ids:
            raise ValidationError("team.none_chosen", "tick the volunteers to add")
        added = volunteers.add_members(self._ctx, self._team.id, ids, day_of(self.joined_on))
        return added[0] if added else ""


class TeamsPanel(QWidget):
    """``changed`` after a write here (the volunteers tab follows)."""

    changed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clock = clock
        self.dialog: QDialog | None = None
        self.model = TeamTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.members_model = MemberTableModel(self)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.new_button = tool_button(
            "new", self.tr("New team…"), "newTeam", self.tr("Set up a team (Ctrl+N)")
        )
        self.edit_button = tool_button(
            "rename", self.tr("Rename…"), "editTeam", self.tr("Rename or describe the team (F2)")
        )
        self.retire_button = tool_button(
            "retire",
            self.tr("Retire"),
            "retireTeam",
            self.tr("Take the team out of the lists; nothing is removed"),
        )
        self.show_retired = QCheckBox(self.tr("Show retired"), objectName="showRetired")
        self.count_label = QLabel(objectName="teamCount")
        top = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.retire_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(self.show_retired)
        self.table = list_table("teams", self.proxy, sortable=True)
        size_columns(
            self.table,
            {columns.T_NAME: 14, columns.T_ORGANISATION: 12, columns.T_LEADERS: 8},
            {columns.T_MEMBERS: 8},
            stretch=columns.T_LEADERS,
        )
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)

        self.add_button = tool_button(
            "add", self.tr("Add members…"), "addMembers", self.tr("Tick volunteers to add")
        )
        self.remove_button = tool_button(
            "withdraw", self.tr("Remove"), "removeMember", self.tr("The volunteer leaves the team today")
        )
        self.leader_button = tool_button(
            "users", self.tr("Make leader"), "makeLeader", self.tr("Make the member a team leader, or not")
        )
        self.show_past = QCheckBox(self.tr("Show those who left"), objectName="showPast")
        self.members_title = QLabel(objectName="membersTitle")
        bottom = QHBoxLayout()
        bottom.addWidget(self.members_title)
        bottom.addSpacing(12)
        for button in (self.add_button, self.remove_button, self.leader_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.show_past)
        self.members = list_table("teamMembers", self.members_model)
        size_columns(
            self.members,
            {columns.M_NAME: 6, columns.M_ROLE: 4},
            {columns.M_CODE: 9, columns.M_JOINED: 11, columns.M_LEFT: 11},
            stretch=columns.M_LEFT,
        )
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(bottom)
        lower_layout.addWidget(self.members, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.message = InlineMessage(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        self.edit_buttons = (
            self.new_button,
            self.edit_button,
            self.retire_button,
            self.add_button,
            self.remove_button,
            self.leader_button,
        )

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._team_chosen())
        self.members.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda *_: self.edit_team())
        self.show_retired.toggled.connect(lambda *_: self.reload())
        self.show_past.toggled.connect(lambda *_: self._load_members())
        self.new_button.clicked.connect(self.new_team)
        self.edit_button.clicked.connect(self.edit_team)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.add_button.clicked.connect(self.add_members)
        self.remove_button.clicked.connect(self.remove_member)
        self.leader_button.clicked.connect(self.toggle_leader)
        self._new_shortcut = page_shortcut(self, QKeySequence.StandardKey.New, self.new_team)
        self._edit_shortcut = page_shortcut(self, "F2", self.edit_team)

    # -- public ------------------------------------------------------------------------

    def selected_team(self) -> TeamRow | None:
        return row_object(self.table.currentIndex(), TeamRow)

    def selected_member(self) -> Membership | None:
        return row_object(self.members.currentIndex(), Membership)

    def refresh(self) -> None:
        self._editable = self._may(Action.VOLUNTEER_EDIT)
        for button in self.edit_buttons:
            button.setVisible(self._editable)
        self._new_shortcut.setEnabled(self._editable)
        self._edit_shortcut.setEnabled(self._editable)
        self.reload()

    def reload(self) -> None:
        keep = self.selected_team()
        try:
            rows = volunteers.list_teams(self._ctx, include_retired=self.show_retired.isChecked())
        except ServiceError as error:
            self.message.show_problem(error)
            rows = []
        self.model.set_rows(rows)
        if not (keep and self.select_team(keep.id)) and rows:
            select_row(self.table, 0)
        self.count_label.setText(fmt(self.tr("%1 teams"), len(rows)))
        self._team_chosen()

    def select_team(self, team_id: str) -> bool:
        row = self.model.row_of(team_id)
        if row is None:
            return False
        select_row(self.table, self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def new_team(self) -> TeamDialog | None:
        if not self._may(Action.VOLUNTEER_EDIT):
            return None
        return self._open(TeamDialog(self._ctx, None, self), self.tr("Team created."))

    def edit_team(self) -> TeamDialog | None:
        team = self.selected_team()
        if team is None or not self._may(Action.VOLUNTEER_EDIT):
            return None
        return self._open(TeamDialog(self._ctx, team, self), self.tr("Team saved."))

    def add_members(self) -> AddMembersDialog | None:
        team = self.selected_team()
        if team is None or team.retired or not self._may(Action.VOLUNTEER_EDIT):
            return None
        dialog = AddMembersDialog(self._ctx, team, self, today=self._clock().date())
        return self._open(dialog, self.tr("Members added."))

    def toggle_retired(self) -> None:
        team = self.selected_team()
        if team is None:
            return
        template = self.tr("%1 is back.") if team.retired else self.tr("%1 is retired.")
        self._write(lambda: volunteers.retire_team(self._ctx, team.id, not team.retired),
                    fmt(template, team.name))  # fmt: skip

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None or member.left_on is not None:
            return
        self._write(lambda: volunteers.remove_member(self._ctx, member.id, self._clock().date()),
                    fmt(self.tr("%1 has left the team."), member.name))  # fmt: skip

    def toggle_leader(self) -> None:
        member = self.selected_member()
        if member is None or member.left_on is not None:
            return
        template = self.tr("%1 is no longer a leader.") if member.leader else self.tr("%1 leads the team.")
        self._write(lambda: volunteers.set_leader(self._ctx, member.id, not member.leader),
                    fmt(template, member.name))  # fmt: skip

    # -- inside ------------------------------------------------------------------------

    def _write(self, call: Callable[[], object], confirmation: str) -> None:
        if not self._may(Action.VOLUNTEER_EDIT):
            return
        try:
            call()
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return
        self.reload()
        self.message.show_info(confirmation)
        self.changed.emit()

    def _open(self, dialog: FormDialog, confirmation: str) -> FormDialog:
        self.message.clear_message()
        self.dialog = dialog

        def saved(record_id: str) -> None:
            self.reload()
            if isinstance(dialog, TeamDialog) and record_id:
                self.select_team(record_id)
            self.message.show_info(confirmation)
            self.changed.emit()

        dialog.saved.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _team_chosen(self) -> None:
        team = self.selected_team()
        self.members_title.setText(
            fmt(self.tr("Members of %1"), team.name) if team else self.tr("No team chosen")
        )
        self._load_members()

    def _load_members(self) -> None:
        team = self.selected_team()
        rows: list[Membership] = []
        if team is not None:
            try:
                rows = volunteers.team_members(self._ctx, team.id, include_past=self.show_past.isChecked())
            except ServiceError as error:
                self.message.show_problem(error)
        self.members_model.set_rows(rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        team = self.selected_team()
        member = self.selected_member()
        self.edit_button.setEnabled(team is not None)
        self.retire_button.setEnabled(team is not None)
        retired = team is not None and team.retired
        self.retire_button.setText(self.tr("Restore") if retired else self.tr("Retire"))
        self.add_button.setEnabled(team is not None and not retired)
        current = member is not None and member.left_on is None
        self.remove_button.setEnabled(current)
        self.leader_button.setEnabled(current)
        leader = member is not None and member.leader
        self.leader_button.setText(self.tr("Not a leader") if leader else self.tr("Make leader"))

    def _may(self, action: Action) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, action)
