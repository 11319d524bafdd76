"""The training page (培训): programmes, their sessions and their participants.

Above, the programme list (the latest first) with its search box (Ctrl+F) and the "show
archived" toggle; New programme (Ctrl+N), Edit (F2) and Archive for the roles that may edit.
Below, the chosen programme's sessions (today's, else the next, stands out and is chosen) and its
participants. Each tab has a button row that other actions join (``sessions.add_tool``,
``participants.add_tool``): printing, taking sign-ins, importing a roster. A viewer reads only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.roles import Action, may
from stationdesk.services import training
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.training import ProgrammeInfo
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models import training_tables as columns
from stationdesk.ui.models.row_list import row_object, sorting_proxy
from stationdesk.ui.models.training_tables import ProgrammeTableModel
from stationdesk.ui.programme_dialog import ProgrammeDialog
from stationdesk.ui.search_keys import SearchListKeys, page_shortcut, search_box, select_row, typing_pause
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt
from stationdesk.ui.training_door import TrainingDoor
from stationdesk.ui.training_participants import ParticipantsPanel
from stationdesk.ui.training_printing import TrainingPrinting
from stationdesk.ui.training_sessions import SessionsPanel, tool_button
from stationdesk.ui.training_words import group_label, hours_text, kind_label, rule_text

SESSIONS_TAB, PARTICIPANTS_TAB = 0, 1


def programme_summary(info: ProgrammeInfo) -> str:
    """One line under the programme's name: type, organiser, trainers, groups, rule, hours."""
    parts = [kind_label(info.kind), info.organiser, info.trainers]
    parts.append("、".join(group_label(group) for group in info.target_groups))
    parts.append(rule_text(info.rule))
    per_session = QCoreApplication.translate("TrainingPage", "%1 per session")
    parts.append(fmt(per_session, hours_text(info.minutes_per_session)))
    return " · ".join(part for part in parts if part)


class TrainingPage(QWidget):
    """The 培训 page. ``selected_programme_id()`` and ``selected_session_id()`` tell what is chosen;
    ``programme_changed`` and ``session_changed`` (an id or None) when that changes."""

    programme_changed = Signal(object)
    session_changed = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown_once = False
        self._current: ProgrammeInfo | None = None
        self.dialog: ProgrammeDialog | None = None
        self.model = ProgrammeTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self._timer = typing_pause(self)
        self.sessions = SessionsPanel(ctx, self, clock=clock)
        self.participants = ParticipantsPanel(ctx, self)
        self._build()
        self.door = TrainingDoor(ctx, self, self)
        self.printing = TrainingPrinting(ctx, self, self)
        for button in self.door.session_buttons:
            self.sessions.add_tool(button)
        self.sessions.add_tool(self.printing.sessions_button)
        for button in self.door.participant_buttons:
            self.participants.add_tool(button)
        self.participants.add_tool(self.printing.participants_button)
        self._connect()
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.search = search_box(
            "programmeSearch", self.tr("Search programmes: name, organiser or trainer"), scale=1.2
        )
        self.show_archived = QCheckBox(self.tr("Show archived"), objectName="showArchived")
        self.new_button = tool_button(
            "new",
            self.tr("New programme…"),
            "newProgramme",
            self.tr("Set up a course, salon, lecture or camp (Ctrl+N)"),
        )
        self.edit_button = tool_button(
            "edit", self.tr("Edit…"), "editProgramme", self.tr("Change the programme (F2)")
        )
        self.archive_button = tool_button(
            "retire",
            self.tr("Archive"),
            "archiveProgramme",
            self.tr("Take a finished programme out of the list; nothing is removed"),
        )
        self.edit_buttons = (self.new_button, self.edit_button, self.archive_button)
        self.count_label = QLabel(objectName="programmeCount")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        actions = QHBoxLayout()
        for button in self.edit_buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.table = list_table("programmes", self.proxy, sortable=True)
        self.table.setToolTip(self.tr("Enter: go to the programme's sessions"))
        size_columns(
            self.table,
            {columns.P_NAME: 20, columns.P_KIND: 6},
            {columns.P_DATES: 25, columns.P_SESSIONS: 6, columns.P_PARTICIPANTS: 6},
            stretch=columns.P_NAME,
        )
        self.no_access_note = QLabel(
            self.tr("Your role may not view training programmes."), objectName="noAccessNote"
        )
        self.message = InlineMessage(self)
        upper = QWidget(objectName="programmeList")
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addLayout(actions)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.message)

        self.title = QLabel(objectName="programmeTitle")
        emphasise(self.title, 1.2)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(objectName="programmeSummary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(objectName="trainingTabs")
        self.tabs.addTab(self.sessions, icon("follow_ups"), self.tr("Sessions"))
        self.tabs.addTab(self.participants, icon("residents"), self.tr("Participants"))
        lower = QWidget(objectName="programmeDetail")
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.title)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_access_note)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda *_: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        self._timer.timeout.connect(self.reload)
        self.keys = SearchListKeys(
            self.search, self.table, has_rows=lambda: self.proxy.rowCount() > 0, pick=self.enter_programme
        )
        self.show_archived.toggled.connect(lambda *_: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._programme_chosen())
        self.table.doubleClicked.connect(lambda *_: self.edit_programme())
        self.new_button.clicked.connect(self.new_programme)
        self.edit_button.clicked.connect(self.edit_programme)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.sessions.changed.connect(self._counts_changed)
        self.participants.changed.connect(self._counts_changed)
        self.sessions.session_changed.connect(self.session_changed)
        self.session_changed.connect(lambda *_: self.door.update_buttons())
        self._new_shortcut = page_shortcut(self, QKeySequence.StandardKey.New, self.new_programme)
        self._edit_shortcut = page_shortcut(self, "F2", self.edit_programme)

    # -- public ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.keys.back_to_search()

    def selected_programme(self) -> ProgrammeInfo | None:
        return row_object(self.table.currentIndex(), ProgrammeInfo)

    def selected_programme_id(self) -> str | None:
        programme = self.selected_programme()
        return programme.id if programme is not None else None

    def selected_session_id(self) -> str | None:
        return self.sessions.selected_session_id()

    def selected_person_id(self) -> str | None:
        """The registry person of the chosen participant (None for an unmatched walk-in)."""
        participant = self.participants.selected()
        return participant.person_id if participant is not None else None

    def show_problem(self, error: Exception) -> None:
        self.message.show_problem(error)

    def show_info(self, text: str) -> None:
        self.message.show_info(text)

    def refresh(self) -> None:
        """Permissions and the list afresh (after a sign-in, an import, another desk's sync)."""
        if not self._apply_permissions():
            return
        self.reload()

    def reload(self) -> None:
        """The programme list with the search text, keeping the chosen programme."""
        self._timer.stop()
        keep = self.selected_programme_id()
        rows = self._programmes() or []
        self.model.set_rows(rows)
        if not (keep and self.select_programme(keep)) and rows:
            select_row(self.table, 0)
        self._programme_chosen()
        archived = sum(1 for row in rows if row.archived)
        text = fmt(self.tr("%1 programmes"), len(rows))
        if archived:
            text += " " + fmt(self.tr("(%1 archived)"), archived)
        self.count_label.setText(text)

    def select_programme(self, programme_id: str) -> bool:
        row = self.model.row_of(programme_id)
        if row is None:
            return False
        select_row(self.table, self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def enter_programme(self) -> None:
        """Enter on a programme: to its sessions (or participants) list."""
        panel = self.tabs.currentWidget()
        table = panel.table if isinstance(panel, SessionsPanel | ParticipantsPanel) else None
        if table is not None:
            if not table.currentIndex().isValid() and table.model().rowCount():
                select_row(table, 0)
            table.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_programme(self) -> ProgrammeDialog | None:
        if not self._may(Action.TRAINING_EDIT):
            return None
        return self._open(ProgrammeDialog(self._ctx, None, self), self.tr("Programme created: %1."))

    def edit_programme(self) -> ProgrammeDialog | None:
        programme = self.selected_programme()
        if programme is None or not self._may(Action.TRAINING_EDIT):
            return None
        return self._open(ProgrammeDialog(self._ctx, programme, self), self.tr("Programme saved: %1."))

    def toggle_archived(self) -> None:
        """Archive the chosen programme, or bring an archived one back."""
        programme = self.selected_programme()
        if programme is None or not self._may(Action.TRAINING_EDIT):
            return
        try:
            training.archive_programme(self._ctx, programme.id, not programme.archived)
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.reload()
        template = self.tr("%1 is back in the list.") if programme.archived else self.tr("%1 is archived.")
        self.message.show_info(fmt(template, programme.name))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once:
            self.refresh()  # sign-ins and imports happen elsewhere meanwhile
        self._shown_once = True
        self.focus_search()

    # -- inside ------------------------------------------------------------------------

    def _open(self, dialog: ProgrammeDialog, confirmation: str) -> ProgrammeDialog:
        self.message.clear_message()
        self.dialog = dialog

        def saved(programme_id: str) -> None:
            self.reload()
            if not self.select_programme(programme_id):
                self.search.clear()  # a new programme the search hides
                self.reload()
                self.select_programme(programme_id)
            chosen = self.selected_programme()
            self.message.show_info(fmt(confirmation, chosen.name if chosen else ""))

        dialog.saved.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _programmes(self) -> list[ProgrammeInfo] | None:
        """The programmes the search and the archive toggle show; None (said) when refused."""
        try:
            return training.list_programmes(
                self._ctx, include_archived=self.show_archived.isChecked(), search=self.search.text()
            )
        except ServiceError as error:
            self.message.show_problem(error)
            return None

    def _counts_changed(self) -> None:
        """A session or participant changed: the list's counts and dates follow."""
        keep = self.selected_programme_id()
        if (rows := self._programmes()) is None:
            return
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        if keep:
            self.select_programme(keep)
        self.table.selectionModel().blockSignals(False)
        self._current = self.selected_programme()
        self._show_programme(self._current)

    def _programme_chosen(self) -> None:
        programme = self.selected_programme()
        same = programme is not None and self._current is not None and programme.id == self._current.id
        self._current = programme
        self._show_programme(programme)
        self.sessions.set_programme(programme)
        self.participants.set_programme(programme)
        self._update_buttons()
        if not same:
            self.programme_changed.emit(programme.id if programme else None)

    def _show_programme(self, programme: ProgrammeInfo | None) -> None:
        self.title.setText(programme.name if programme else self.tr("No programme chosen"))
        self.summary.setText(programme_summary(programme) if programme else "")
        self.tabs.setEnabled(programme is not None)

    def _search_now(self) -> None:
        self.reload()
        if self.proxy.rowCount():
            self.keys.enter_list()

    def _update_buttons(self) -> None:
        programme = self.selected_programme()
        self.edit_button.setEnabled(programme is not None)
        self.archive_button.setEnabled(programme is not None)
        archived = programme is not None and programme.archived
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self.archive_button.setIcon(icon("restore" if archived else "retire"))
        self.door.update_buttons()

    def _may(self, action: Action) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, action)

    def _apply_permissions(self) -> bool:
        """Viewers read only: no editing button or shortcut; a role without TRAINING_VIEW sees a note."""
        allowed = self._may(Action.TRAINING_VIEW)
        self.no_access_note.setVisible(not allowed)
        self.splitter.setVisible(allowed)
        editable = self._may(Action.TRAINING_EDIT)
        for button in self.edit_buttons:
            button.setVisible(editable)
        self._new_shortcut.setEnabled(editable)
        self._edit_shortcut.setEnabled(editable)
        self.sessions.set_editable(editable)
        self.participants.set_editable(editable)
        self.printing.apply_permissions(self._may)
        self.door.apply_permissions(self._may)
        return allowed
