"""The volunteers tab: every volunteer with code, organisation, teams, status, counted hours and
registration date. Search (Ctrl+F) by name, pinyin initials, phone tail, code or organisation;
filter by status and team. New volunteer… (Ctrl+N) picks a registry person and opens the profile,
Edit… (F2) changes it, a status menu sets active, paused or left, Import roster… reads an .xlsx.
A viewer reads only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QMenu, QVBoxLayout, QWidget

from stationdesk.domain.roles import Action, may
from stationdesk.services import volunteer_printouts, volunteers
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.volunteers import VolunteerRow
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models import volunteer_tables as columns
from stationdesk.ui.models.row_list import row_object, sorting_proxy
from stationdesk.ui.models.volunteer_tables import VolunteerTableModel, status_label
from stationdesk.ui.print_preview import PrintPreviewDialog, write_and_preview
from stationdesk.ui.search_keys import SearchListKeys, page_shortcut, search_box, select_row, typing_pause
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt
from stationdesk.ui.training_printing import menu_button
from stationdesk.ui.training_sessions import tool_button
from stationdesk.ui.volunteer_dialog import VolunteerDialog
from stationdesk.ui.volunteer_import_dialog import VolunteerImportDialog


class VolunteerList(QWidget):
    """``changed`` after a write here (the teams tab follows)."""

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
        self.preview: PrintPreviewDialog | None = None
        self.model = VolunteerTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self._timer = typing_pause(self)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.search = search_box(
            "volunteerSearch",
            self.tr("Search volunteers: name, pinyin initials, phone tail, code or organisation"),
            scale=1.2,
        )
        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in volunteers.STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.team_filter = QComboBox(objectName="teamFilter")
        self.team_filter.setMinimumContentsLength(10)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("Status")))
        top.addWidget(self.status_filter)
        top.addWidget(QLabel(self.tr("Team")))
        top.addWidget(self.team_filter)
        self.new_button = tool_button(
            "add",
            self.tr("New volunteer…"),
            "newVolunteer",
            self.tr("Make a registry person a volunteer (Ctrl+N)"),
        )
        self.edit_button = tool_button(
            "edit", self.tr("Edit…"), "editVolunteer", self.tr("Change the profile (F2)")
        )
        self.status_button = tool_button(
            "tier",
            self.tr("Status"),
            "volunteerStatus",
            self.tr("Active, paused or left (the history stays)"),
        )
        self.status_menu = QMenu(self.status_button)
        for status in volunteers.STATUSES:
            action = self.status_menu.addAction(status_label(status))
            action.setData(status)
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
        self.status_button.setMenu(self.status_menu)
        self.import_button = tool_button(
            "roster_file",
            self.tr("Import roster…"),
            "importVolunteers",
            self.tr("Volunteers from an .xlsx roster: preview first, nothing is written until you confirm"),
        )
        self.edit_buttons = (self.new_button, self.edit_button, self.status_button, self.import_button)
        self.cards_button, cards = menu_button(self.tr("Volunteer cards"), "volunteerCards", self)
        self.cards_button.setToolTip(self.tr("Cards with the QR code the desk's scanner reads, 8 a page"))
        self.chosen_card_action = cards.addAction(self.tr("Card of the chosen volunteer…"), self.print_card)
        cards.addAction(self.tr("Cards of the volunteers shown…"), self.print_cards)
        self.count_label = QLabel(objectName="volunteerCount")
        actions = QHBoxLayout()
        for button in (*self.edit_buttons, self.cards_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        self.table = list_table("volunteers", self.proxy, sortable=True)
        size_columns(
            self.table,
            {columns.V_NAME: 5, columns.V_ORGANISATION: 12, columns.V_TEAMS: 12, columns.V_STATUS: 4},
            {columns.V_CODE: 9, columns.V_HOURS: 8, columns.V_REGISTERED: 11},
            stretch=columns.V_TEAMS,
        )
        self.message = InlineMessage(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda *_: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        self._timer.timeout.connect(self.reload)
        self.keys = SearchListKeys(
            self.search, self.table, has_rows=lambda: self.proxy.rowCount() > 0, pick=self.edit_volunteer
        )
        self.status_filter.currentIndexChanged.connect(lambda *_: self.reload())
        self.team_filter.currentIndexChanged.connect(lambda *_: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda *_: self.edit_volunteer())
        self.new_button.clicked.connect(self.new_volunteer)
        self.edit_button.clicked.connect(self.edit_volunteer)
        self.import_button.clicked.connect(self.import_roster)
        self._new_shortcut = page_shortcut(self, QKeySequence.StandardKey.New, self.new_volunteer)
        self._edit_shortcut = page_shortcut(self, "F2", self.edit_volunteer)

    # -- public ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.keys.back_to_search()

    def selected(self) -> VolunteerRow | None:
        return row_object(self.table.currentIndex(), VolunteerRow)

    def refresh(self) -> None:
        """Permissions, the team filter and the list afresh."""
        editable = self._may(Action.VOLUNTEER_EDIT)
        for button in self.edit_buttons:
            button.setVisible(editable)
        self.cards_button.setVisible(self._may(Action.PRINT))
        self._new_shortcut.setEnabled(editable)
        self._edit_shortcut.setEnabled(editable)
        self._load_teams()
        self.reload()

    def reload(self) -> None:
        self._timer.stop()
        keep = self.selected()
        try:
            rows = volunteers.list_volunteers(
                self._ctx,
                self.search.text(),
                status=self.status_filter.currentData(),
                team_id=self.team_filter.currentData(),
            )
        except ServiceError as error:
            self.message.show_problem(error)
            rows = []
        self.model.set_rows(rows)
        if not (keep and self.select_volunteer(keep.id)) and rows:
            select_row(self.table, 0)
        self.count_label.setText(fmt(self.tr("%1 volunteers"), len(rows)))
        self._update_buttons()

    def select_volunteer(self, volunteer_id: str) -> bool:
        row = self.model.row_of(volunteer_id)
        if row is None:
            return False
        select_row(self.table, self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def new_volunteer(self) -> VolunteerDialog | None:
        if not self._may(Action.VOLUNTEER_EDIT):
            return None
        dialog = VolunteerDialog(self._ctx, None, self, today=lambda: self._clock().date())
        return self._open(dialog, self.tr("%1 is now a volunteer."))

    def edit_volunteer(self) -> VolunteerDialog | None:
        row = self.selected()
        if row is None or not self._may(Action.VOLUNTEER_EDIT):
            return None
        try:
            detail = volunteers.get(self._ctx, row.id)
        except ServiceError as error:
            self.message.show_problem(error)
            return None
        return self._open(VolunteerDialog(self._ctx, detail, self), self.tr("Profile saved: %1."))

    def set_status(self, status: str) -> None:
        row = self.selected()
        if row is None or not self._may(Action.VOLUNTEER_EDIT):
            return
        try:
            volunteers.set_status(self._ctx, row.id, status)
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.reload()
        self.message.show_info(fmt(self.tr("%1: %2."), row.name, status_label(status)))
        self.changed.emit()

    def import_roster(self) -> VolunteerImportDialog | None:
        if not self._may(Action.VOLUNTEER_EDIT):
            return None
        dialog = VolunteerImportDialog(self._ctx, self)
        self.dialog = dialog
        dialog.enrolled.connect(lambda *_: self._imported())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- inside ------------------------------------------------------------------------

    def _imported(self) -> None:
        self._load_teams()
        self.reload()
        self.changed.emit()

    def _open(self, dialog: VolunteerDialog, confirmation: str) -> VolunteerDialog:
        self.message.clear_message()
        self.dialog = dialog

        def saved(volunteer_id: str) -> None:
            self.reload()
            if not self.select_volunteer(volunteer_id):
                self.search.clear()
                self.status_filter.setCurrentIndex(0)
                self.team_filter.setCurrentIndex(0)
                self.reload()
                self.select_volunteer(volunteer_id)
            chosen = self.selected()
            self.message.show_info(fmt(confirmation, chosen.name if chosen else ""))
            self.changed.emit()

        dialog.saved.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _load_teams(self) -> None:
        keep = self.team_filter.currentData()
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("Any team"), None)
        try:
            teams = volunteers.list_teams(self._ctx)
        except ServiceError:
            teams = []
        for team in teams:
            self.team_filter.addItem(team.name, team.id)
        self.team_filter.setCurrentIndex(max(self.team_filter.findData(keep), 0) if keep else 0)
        self.team_filter.blockSignals(False)

    def _search_now(self) -> None:
        self.reload()
        if self.proxy.rowCount():
            self.keys.enter_list()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.status_button.setEnabled(chosen)
        self.chosen_card_action.setEnabled(chosen)

    def print_card(self) -> PrintPreviewDialog | None:
        chosen = self.selected()
        return self._print_cards([chosen.id]) if chosen is not None else None

    def print_cards(self) -> PrintPreviewDialog | None:
        """Cards of the volunteers the list shows (filtered, in its order; those who left get none)."""
        shown = [row_object(self.proxy.index(row, 0), VolunteerRow) for row in range(self.proxy.rowCount())]
        return self._print_cards([row.id for row in shown if row is not None])

    def _print_cards(self, ids: list[str]) -> PrintPreviewDialog | None:
        self.preview = write_and_preview(
            self,
            lambda path: volunteer_printouts.write_volunteer_cards(self._ctx, ids, path),
            self.tr("Volunteer cards"),
            suggested_name=self.tr("volunteer-cards.pdf"),
            show_problem=self.message.show_problem,
        )
        return self.preview

    def _may(self, action: Action) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, action)
