"""The follow-ups page (跟进): every promise to come back to someone, by due date.

Mine by default, or everyone's, or one colleague's; overdue ones on top and marked. A row is
closed with a note saying what was done ("Done..."), handed to a colleague ("Reassign..."),
or opened as the person's timeline (double-click or Enter). "New follow-up..." starts one for
a registered person, from the selected row's person or from a search.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.roles import Action, may
from stationdesk.services import follow_ups, people
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.follow_ups import FollowUpRow, Worker
from stationdesk.services.people import PersonRow
from stationdesk.ui import worker_picker
from stationdesk.ui.follow_up_dialogs import CompleteFollowUpDialog, NewFollowUpDialog, ReassignDialog
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models import follow_up_table as columns
from stationdesk.ui.models.follow_up_table import FollowUpTableModel, Urgency, person_label, urgency
from stationdesk.ui.reception_day import TimelineDialog, show_timeline
from stationdesk.ui.search_keys import page_shortcut, select_row
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt
from stationdesk.ui.worker_picker import OwnerFilter

MINE, EVERYONE = worker_picker.MINE, worker_picker.EVERYONE
"""The owner filter's first two choices; the others are user ids."""


class FollowUpsPage(QWidget):
    """The 跟进 page. ``refresh()`` reloads the queue; it also reloads each time the page is shown."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._workers: list[Worker] = []
        self.model = FollowUpTableModel(self)
        self.dialog: QDialog | None = None
        self._build()
        self._connect()
        self._apply_permissions()
        self.reload_workers()
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.owner_filter = OwnerFilter("ownerFilter", texts=(self.tr("Mine"), self.tr("Everyone")))
        owner_label = QLabel(self.tr("Owner"))
        owner_label.setBuddy(self.owner_filter)
        self.include_done = QCheckBox(self.tr("Include done"), objectName="includeDone")
        self.new_button = QPushButton(icon("new"), self.tr("New follow-up..."), objectName="newFollowUp")
        self.new_button.setToolTip(
            self.tr("A follow-up for the selected row's person, or for anyone (Ctrl+N)")
        )
        self.done_button = QPushButton(icon("done"), self.tr("Done..."), objectName="doneButton")
        self.done_button.setToolTip(self.tr("Close the follow-up with a note saying what was done"))
        self.reassign_button = QPushButton(
            icon("reassign"), self.tr("Reassign..."), objectName="reassignButton"
        )
        self.reassign_button.setToolTip(self.tr("Give the follow-up to a colleague"))
        self.timeline_button = QPushButton(icon("timeline"), self.tr("Timeline"), objectName="timelineButton")
        self.timeline_button.setToolTip(self.tr("Everything the station did with this person (Enter)"))
        for button in (self.new_button, self.done_button, self.reassign_button, self.timeline_button):
            button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(owner_label)
        bar.addWidget(self.owner_filter)
        bar.addSpacing(12)
        bar.addWidget(self.include_done)
        bar.addStretch(1)
        for button in (self.new_button, self.done_button, self.reassign_button, self.timeline_button):
            bar.addWidget(button)

        self.summary = QLabel(objectName="summary")
        emphasise(self.summary, 1.15)

        self.table = list_table("followUps", self.model, striped=False)
        self.table.setToolTip(self.tr("Double-click a row (or press Enter) to see the person's timeline"))
        # Widths from the font: everyone's queue with the done ones is thousands of rows.
        widths = {columns.PERSON: 4, columns.OWNER: 4, columns.STATUS: 4}
        size_columns(self.table, widths, {columns.DUE: 10, columns.DAYS_LEFT: 18}, stretch=columns.NOTE)

        self.empty_note = QLabel(objectName="emptyNote")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setVisible(False)
        self.message = InlineMessage(self)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.owner_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.include_done.toggled.connect(lambda _checked: self.refresh())
        self.new_button.clicked.connect(self.new_follow_up)
        self.done_button.clicked.connect(self.complete_selected)
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.timeline_button.clicked.connect(lambda: self.open_timeline(self.table.currentIndex().row()))
        self.table.doubleClicked.connect(lambda index: self.open_timeline(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._new_shortcut = page_shortcut(self, QKeySequence.StandardKey.New, self.new_follow_up)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self.open_timeline(self.table.currentIndex().row()))

    # -- public ------------------------------------------------------------------------

    def focus_search(self) -> None:
        """The page has no search box: Ctrl+F puts the cursor in the list."""
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            select_row(self.table, 0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reload_workers(self) -> None:
        """The owner filter: Mine (for who may own work), Everyone, then each colleague."""
        try:
            self._workers = follow_ups.workers(self._ctx)
        except ServiceError as error:
            self._workers = []
            self.message.show_problem(error)
        owner = self._me() if self._may(Action.RECEPTION_RECORD) else None  # else no "Mine"
        self.owner_filter.set_workers(self._workers, owner)

    def set_owner_filter(self, choice: str) -> None:
        """MINE, EVERYONE or a colleague's user id."""
        self.owner_filter.choose(choice)

    def refresh(self) -> None:
        """Reload the queue, keeping the selected follow-up selected if it is still listed."""
        current = self.selected()
        try:
            owner_id, include_done = self.owner_filter.owner_id(), self.include_done.isChecked()
            rows = follow_ups.queue(self._ctx, owner_id=owner_id, include_done=include_done)
        except ServiceError as error:
            self.message.show_problem(error)
            rows = []
        self.model.set_rows(rows)
        self._show_summary(rows)
        if current is not None:
            self.select(current.id)

    def select(self, follow_up_id: str) -> bool:
        row = self.model.row_of(follow_up_id)
        if row is not None:
            select_row(self.table, row)
        return row is not None

    def selected(self) -> FollowUpRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def complete_selected(self) -> CompleteFollowUpDialog | None:
        row = self._selected_open()
        if row is None:
            return None
        dialog = CompleteFollowUpDialog(self._ctx, row, self)
        self._open(dialog, lambda: fmt(self.tr("Done: %1"), person_label(row)))
        return dialog

    def reassign_selected(self) -> ReassignDialog | None:
        row = self._selected_open()
        if row is None:
            return None
        dialog = ReassignDialog(self._ctx, row, self._workers, self._me(), self)
        self._open(
            dialog,
            lambda: fmt(
                self.tr("%1's follow-up is now with %2."), person_label(row), dialog.owner.currentText()
            ),
        )
        return dialog

    def new_follow_up(self) -> NewFollowUpDialog | None:
        """For the selected row's person when there is one, else the dialog starts with a search."""
        if not self._may(Action.RECEPTION_RECORD):
            return None
        dialog = NewFollowUpDialog(self._ctx, self._workers, self._me(), self._selected_person(), self)

        def added() -> str:
            if dialog.created_id is not None:
                self.select(dialog.created_id)
            picked = dialog.person.person()
            return fmt(
                self.tr("Follow-up added for %1, owned by %2."),
                picked.name if picked is not None else "",
                dialog.owner.currentText(),
            )

        self._open(dialog, added)
        return dialog

    def open_timeline(self, row: int) -> TimelineDialog | None:
        """The timeline of the person on ``row`` (None for an anonymous visitor's follow-up)."""
        follow_up = self.model.row_at(row)
        if follow_up is not None and follow_up.person_id is None:
            self.message.show_info(self.tr("An anonymous visitor has no timeline."))
        return show_timeline(self._ctx, follow_up, self, self.message.show_problem)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_workers()  # the reception desk adds follow-ups, an administrator users,
        self.refresh()  # while this page is hidden

    # -- helpers -------------------------------------------------------------------------

    def _open(self, dialog: QDialog, confirmation: Callable[[], str]) -> None:
        """Open window-modally; once the service took it, reload and say what happened."""
        self.message.clear_message()
        self.dialog = dialog

        def accepted() -> None:
            self.refresh()
            self.message.show_info(confirmation())

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _selected_open(self) -> FollowUpRow | None:
        row = self.selected()
        if row is None or row.status != follow_ups.OPEN or not self._may(Action.RECEPTION_RECORD):
            return None
        return row

    def _selected_person(self) -> PersonRow | None:
        row = self.selected()
        if row is None or row.person_id is None:
            return None
        try:
            return people.get(self._ctx, row.person_id).row
        except ServiceError:
            return None  # removed meanwhile: the dialog starts with a search instead

    def _show_summary(self, rows: list[FollowUpRow]) -> None:
        kinds = [urgency(row) for row in rows]
        open_count = sum(kind is not Urgency.CLOSED for kind in kinds)
        overdue = kinds.count(Urgency.OVERDUE)
        today = kinds.count(Urgency.TODAY)
        self.summary.setText(fmt(self.tr("%1 open: %2 overdue, %3 due today"), open_count, overdue, today))
        self.empty_note.setText(self.tr("No open follow-ups here."))
        self.empty_note.setVisible(not rows)

    def _update_buttons(self) -> None:
        row = self.selected()
        is_open = row is not None and row.status == follow_ups.OPEN
        self.done_button.setEnabled(is_open)
        self.reassign_button.setEnabled(is_open)
        self.timeline_button.setEnabled(row is not None and row.person_id is not None)

    def _me(self) -> str | None:
        actor = self._ctx.actor
        return actor.user_id if actor is not None else None

    def _may(self, action: Action) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, action)

    def _apply_permissions(self) -> None:
        can_record = self._may(Action.RECEPTION_RECORD)
        for button in (self.new_button, self.done_button, self.reassign_button):
            button.setVisible(can_record)
        self._new_shortcut.setEnabled(can_record)
