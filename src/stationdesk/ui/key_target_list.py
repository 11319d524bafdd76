"""The key-target list (对象名单): who is on it, who still needs this period's visit, and the forms.

Search (name, pinyin initials, grid) and the tier and worker filters narrow the running
enrolments; the rows still due a visit in the period running today stand out. Down steps from
the search box into the list, Enter on a row logs a visit, Ctrl+N enrols someone. The chosen
person's exemptions and visits are shown beside the list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, Role, may
from stationdesk.domain.visits import Tier
from stationdesk.services import follow_ups, key_targets
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.key_targets import ExemptionRow, TargetRow
from stationdesk.ui.form_dialog import Clock, FormDialog
from stationdesk.ui.icons import icon
from stationdesk.ui.key_target_dialogs import (
    ChangeTierDialog,
    EndEnrolmentDialog,
    EndExemptionDialog,
    EnrolDialog,
    ExemptionDialog,
    target_line,
)
from stationdesk.ui.key_target_history import TargetHistoryPanel
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models import key_target_table as columns
from stationdesk.ui.models.key_target_table import KeyTargetTableModel, this_period
from stationdesk.ui.models.row_list import row_object, sorting_proxy
from stationdesk.ui.search_keys import SearchListKeys, page_shortcut, search_box, select_row, typing_pause
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt
from stationdesk.ui.visit_dialog import VisitDialog
from stationdesk.ui.visit_words import tier_label
from stationdesk.ui.worker_picker import EVERYONE, OwnerFilter

_Form = TypeVar("_Form", bound=FormDialog)


def current_exemption(exemptions: list[ExemptionRow], today: date) -> ExemptionRow | None:
    """The exemption covering today (the latest-starting one), else the latest one still open."""
    covering = [e for e in exemptions if e.start_on <= today and (e.end_on is None or e.end_on >= today)]
    open_ended = [e for e in exemptions if e.end_on is None]
    chosen = covering or open_ended
    return max(chosen, key=lambda e: e.start_on) if chosen else None


class TargetsTab(QWidget):
    """``changed`` is emitted after anything is saved, so the coverage can follow."""

    changed = Signal()

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, clock: Clock = date.today
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clock = clock
        self.model = KeyTargetTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self._timer = typing_pause(self)
        self._build()
        self._connect()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.search = search_box("search", self.tr("Search: name, pinyin initials (wf) or grid"), scale=1.4)
        self.tier_filter = QComboBox(objectName="tierFilter")
        self.tier_filter.addItem(self.tr("All tiers"), "")
        for tier in Tier:
            self.tier_filter.addItem(tier_label(tier), tier.value)
        self.worker_filter = OwnerFilter("workerFilter")
        self.count_label = QLabel(objectName="countLabel")

        self.table = list_table("targets", self.proxy, sortable=True)
        self.table.setToolTip(self.tr("Enter or double-click: log a visit"))
        size_columns(
            self.table,
            {columns.PERSON: 4, columns.GRID: 8, columns.TIER: 3, columns.WORKER: 4, columns.EXEMPTION: 4},
            {columns.SINCE: 10, columns.LAST_VISIT: 10, columns.DAYS_SINCE: 3},
        )

        self.history = TargetHistoryPanel(self._ctx, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 380])

        def button(icon_name: str, text: str, name: str, tip: str) -> QPushButton:
            made = QPushButton(icon(icon_name), text, objectName=name)
            made.setToolTip(tip)
            made.setAutoDefault(False)
            return made

        self.visit_button = button("visit", self.tr("Log visit…"), "logVisit", self.tr("Log a visit (Enter)"))
        self.enrol_button = button(
            "enrol", self.tr("Enrol…"), "enrol", self.tr("Put a person on the list (Ctrl+N)")
        )
        self.tier_button = button(
            "tier", self.tr("Change tier…"), "changeTier", self.tr("Visit more or less often")
        )
        self.exempt_button = button(
            "exempt", self.tr("Exempt…"), "exempt", self.tr("In hospital, away, refused, moved or deceased")
        )
        self.end_exemption_button = button(
            "exempt_end", self.tr("End exemption…"), "endExemption", self.tr("The person is back: due again")
        )
        self.end_button = button(
            "end_enrolment",
            self.tr("End enrolment…"),
            "endEnrolment",
            self.tr("Take the person off the list"),
        )
        self.edit_buttons = (
            self.visit_button,
            self.enrol_button,
            self.tier_button,
            self.exempt_button,
            self.end_exemption_button,
            self.end_button,
        )
        self.message = InlineMessage(self)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Tier")))
        filters.addWidget(self.tier_filter)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Worker")))
        filters.addWidget(self.worker_filter)
        filters.addSpacing(12)
        filters.addWidget(self.count_label, 1)
        actions = QHBoxLayout()
        for made in self.edit_buttons:
            actions.addWidget(made)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        self._timer.timeout.connect(self.reload_rows)
        self.keys = SearchListKeys(
            self.search, self.table, has_rows=lambda: self.proxy.rowCount() > 0, pick=self.log_visit
        )
        self.tier_filter.activated.connect(lambda _index: self.reload_rows())
        self.worker_filter.activated.connect(lambda _index: self.reload_rows())
        self.table.doubleClicked.connect(lambda _index: self.log_visit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.history.changed.connect(self._history_changed)
        self.visit_button.clicked.connect(self.log_visit)
        self.enrol_button.clicked.connect(self.enrol)
        self.tier_button.clicked.connect(self.change_tier)
        self.exempt_button.clicked.connect(self.exempt)
        self.end_exemption_button.clicked.connect(self.end_exemption)
        self.end_button.clicked.connect(self.end_enrolment)
        self._new_shortcut = page_shortcut(self, QKeySequence.StandardKey.New, self.enrol)

    # -- public ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.keys.back_to_search()

    def refresh(self) -> None:
        """Fresh permissions, worker list and rows (after a sign-in, a sync, another page's work)."""
        self.apply_permissions()
        self._load_workers()
        self.reload_rows()

    def reload_rows(self) -> None:
        """Re-run the query with the search text and filters, keeping the chosen target."""
        self._timer.stop()
        chosen = self.selected()
        today = self._clock()
        worker_id = self.worker_filter.owner_id()
        try:
            rows = key_targets.list_targets(
                self._ctx,
                today,
                worker_id=worker_id,
                tier=self.tier_filter.currentData() or None,
                search=self.search.text(),
            )
            lines = this_period(self._ctx, today)
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return
        self.model.set_rows(rows, lines, today)
        self._update_count()
        if chosen is None or not self.select_target(chosen.id):
            self._selection_changed()

    def selected(self) -> TargetRow | None:
        return row_object(self.table.currentIndex(), TargetRow)

    def select_target(self, target_id: str) -> bool:
        row = self.model.row_of(target_id)
        if row is None:
            return False
        select_row(self.table, self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def show_target(self, target_id: str) -> bool:
        """Select the target, clearing the search and filters if they hide it."""
        if self.select_target(target_id):
            return True
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.tier_filter.setCurrentIndex(0)
        self.worker_filter.choose(EVERYONE)
        self.reload_rows()
        return self.select_target(target_id)

    def log_visit(self) -> VisitDialog | None:
        target = self.selected()
        if target is None:
            return None
        return self.open_visit(target.id, target_line(target))

    def open_visit(self, target_id: str, who: str) -> VisitDialog | None:
        """The visit form for an enrolment (also from the coverage view's list)."""
        if not self._may_record():
            return None
        return self._open_form(
            lambda: VisitDialog(self._ctx, target_id, who, self, clock=self._clock), target_id
        )

    def enrol(self) -> EnrolDialog | None:
        if not self._may_record():
            return None
        return self._open_form(lambda: EnrolDialog(self._ctx, self, clock=self._clock), None)

    def change_tier(self) -> ChangeTierDialog | None:
        target = self.selected()
        if target is None or not self._may_record():
            return None
        return self._open_form(lambda: ChangeTierDialog(self._ctx, target, self, clock=self._clock), None)

    def exempt(self) -> ExemptionDialog | None:
        target = self.selected()
        if target is None or not self._may_record():
            return None
        return self._open_form(lambda: ExemptionDialog(self._ctx, target, self, clock=self._clock), target.id)

    def end_exemption(self) -> EndExemptionDialog | None:
        target = self.selected()
        if target is None or not self._may_record():
            return None
        exemption = current_exemption(self.history.exemptions(), self._clock())
        if exemption is None:
            self.message.show_error(fmt(self.tr("%1 has no exemption to end."), target.person_name))
            return None
        return self._open_form(
            lambda: EndExemptionDialog(self._ctx, target, exemption, self, clock=self._clock), target.id
        )

    def end_enrolment(self) -> EndEnrolmentDialog | None:
        target = self.selected()
        if target is None or not self._may_record():
            return None
        return self._open_form(lambda: EndEnrolmentDialog(self._ctx, target, self, clock=self._clock), None)

    def apply_permissions(self) -> None:
        can_record = self._may_record()
        for made in self.edit_buttons:
            made.setVisible(can_record)
        self._new_shortcut.setEnabled(can_record)
        self.history.apply_permissions()
        self._update_buttons()

    # -- inside ------------------------------------------------------------------------

    def _open_form(self, make: Callable[[], _Form], keep_target: str | None) -> _Form | None:
        """Open a form window-modally; once saved, reload and choose ``keep_target`` or what it made."""
        self.message.clear_message()
        try:
            dialog = make()
        except ServiceError as error:
            self.message.show_problem(error)
            return None
        dialog.finished.connect(dialog.deleteLater)
        dialog.saved.connect(lambda made_id: self._saved(keep_target or made_id))
        dialog.open()
        return dialog

    def _saved(self, target_id: str) -> None:
        self.reload_rows()
        if target_id:
            self.show_target(target_id)
        self.history.refresh()
        self.changed.emit()

    def _history_changed(self) -> None:
        self.reload_rows()
        self.changed.emit()

    def _search_now(self) -> None:
        self.reload_rows()
        if self.proxy.rowCount():
            self.keys.enter_list()

    def _load_workers(self) -> None:
        try:
            workers = follow_ups.workers(self._ctx)
        except ServiceError as error:
            self.message.show_problem(error)
            return
        actor = self._ctx.actor
        first = self.worker_filter.count() == 0
        self.worker_filter.set_workers(
            workers, actor.user_id if actor is not None and self._may_record() else None
        )
        if first and actor is not None and actor.role == Role.ADMIN:
            self.worker_filter.choose(EVERYONE)  # the station manager looks after everyone's list

    def _update_count(self) -> None:
        total = self.model.rowCount()
        due = self.model.due_count()
        if total == 0:
            text = self.tr("No key targets match.") if self._filtered() else self.tr("No key targets yet.")
        elif due:
            text = fmt(self.tr("%1 targets, %2 still to visit this period"), total, due)
        else:
            text = fmt(self.tr("%1 targets, all visited or not due this period"), total)
        self.count_label.setText(text)

    def _filtered(self) -> bool:
        everyone = self.worker_filter.currentData() == EVERYONE
        return bool(self.search.text().strip() or self.tier_filter.currentData() or not everyone)

    def _selection_changed(self) -> None:
        target = self.selected()
        if target is None or target != self.history.target():
            self.history.show_target(target)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for made in (self.visit_button, self.tier_button, self.exempt_button, self.end_button):
            made.setEnabled(chosen)
        target = self.selected()
        self.end_exemption_button.setEnabled(
            target is not None and current_exemption(self.history.exemptions(), self._clock()) is not None
        )

    def _may_record(self) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, Action.RECEPTION_RECORD)
