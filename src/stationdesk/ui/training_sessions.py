"""The sessions tab of the training page: a programme's sessions with their sign-in counts.

Today's session (else the next one) stands out and is chosen when the programme is. Add one,
add a series around the public holidays, change one (Enter), cancel one (asked first). The
button row takes more actions (``add_tool``): printing the sheet, taking sign-ins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stationdesk.services import training
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.training import ProgrammeInfo, SessionRow
from stationdesk.ui.confirm import ask
from stationdesk.ui.form_dialog import FormDialog
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models import training_tables as columns
from stationdesk.ui.models.training_tables import SessionTableModel
from stationdesk.ui.search_keys import select_row
from stationdesk.ui.session_dialog import SeriesDialog, SessionDialog
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt
from stationdesk.ui.training_words import day_text, time_span


def tool_button(icon_name: str, text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(icon(icon_name), text, objectName=name)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


class ToolRow(QHBoxLayout):
    """A tab's button row: its own buttons, the actions others add after them, then on the right a
    count and a "show …" toggle."""

    def __init__(self, buttons: Sequence[QWidget], count: QLabel, toggle: QCheckBox) -> None:
        super().__init__()
        for button in buttons:
            self.addWidget(button)
        self._tools_end = self.count()
        self.addStretch(1)
        self.addWidget(count)
        self.addSpacing(12)
        self.addWidget(toggle)

    def add_tool(self, widget: QWidget) -> None:
        self.insertWidget(self._tools_end, widget)
        self._tools_end += 1


class SessionsPanel(QWidget):
    """``changed`` after a session was added, changed or cancelled; ``session_changed(id or None)``
    when another session is chosen."""

    changed = Signal()
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
        self._programme: ProgrammeInfo | None = None
        self.editable = False
        self.dialog: FormDialog | None = None
        self.model = SessionTableModel(clock, self)
        self._build()

    def _build(self) -> None:
        self.add_button = tool_button(
            "new", self.tr("Add session…"), "addSession", self.tr("Add one session")
        )
        self.series_button = tool_button(
            "calendar_repeat",
            self.tr("Add series…"),
            "addSeries",
            self.tr("Sessions every week or on working days, public holidays skipped"),
        )
        self.edit_button = tool_button(
            "edit", self.tr("Edit…"), "editSession", self.tr("Change the session (Enter)")
        )
        self.cancel_button = tool_button(
            "revoke", self.tr("Cancel session…"), "cancelSession", self.tr("The session will not take place")
        )
        self.edit_buttons = (self.add_button, self.series_button, self.edit_button, self.cancel_button)
        self.show_cancelled = QCheckBox(self.tr("Show cancelled"), objectName="showCancelled")
        self.count_label = QLabel(objectName="sessionCount")
        self.toolbar = ToolRow(self.edit_buttons, self.count_label, self.show_cancelled)

        self.table = list_table("sessions", self.model)
        size_columns(
            self.table,
            {columns.S_DATE: 10, columns.S_VENUE: 11, columns.S_TRAINER: 7, columns.S_TOPIC: 10},
            {columns.S_TIME: 12, columns.S_CAPACITY: 5, columns.S_SIGNED_IN: 5},
            stretch=columns.S_TOPIC,
        )
        self.message = InlineMessage(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

        self.show_cancelled.toggled.connect(lambda *_: self.reload())
        self.add_button.clicked.connect(self.add_session)
        self.series_button.clicked.connect(self.add_series)
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_selected)

    # -- public ------------------------------------------------------------------------

    def add_tool(self, widget: QWidget) -> None:
        """Another action in the button row, after the editing buttons (print, sign-ins ...)."""
        self.toolbar.add_tool(widget)

    def set_programme(self, programme: ProgrammeInfo | None) -> None:
        changed = programme is None or self._programme is None or programme.id != self._programme.id
        self._programme = programme
        self.reload(choose_highlight=changed)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for button in self.edit_buttons:
            button.setVisible(editable)
        self._update_buttons()

    def reload(self, choose_highlight: bool = False) -> None:
        """The programme's sessions afresh, keeping the chosen one (or choosing today's / the next)."""
        keep = self.selected_session_id()
        rows: list[SessionRow] = []
        if self._programme is not None:
            try:
                rows = training.session_rows(self._ctx, self._programme.id, self.show_cancelled.isChecked())
            except ServiceError as error:
                self.message.show_problem(error)
        self.model.set_rows(rows)
        highlight, _today = self.model.highlighted()
        target = highlight if choose_highlight or keep is None else keep
        row = self.model.row_of(target) if target else None
        if row is None and highlight:
            row = self.model.row_of(highlight)
        if row is None and rows:
            row = len(rows) - 1  # all held: the latest one
        if row is not None:
            select_row(self.table, row)
        live = sum(1 for r in rows if not r.info.cancelled)
        self.count_label.setText(fmt(self.tr("%1 sessions"), live) if self._programme else "")
        self._selection_changed()

    def selected(self) -> SessionRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def selected_session_id(self) -> str | None:
        row = self.selected()
        return row.id if row is not None else None

    def add_session(self) -> SessionDialog | None:
        if not self._can_edit() or self._programme is None:
            return None
        dialog = SessionDialog(
            self._ctx, self._programme.id, self._programme.minutes_per_session, parent=self
        )
        self._open(dialog, lambda: self.tr("Session added."))
        return dialog

    def add_series(self) -> SeriesDialog | None:
        if not self._can_edit() or self._programme is None:
            return None
        dialog = SeriesDialog(self._ctx, self._programme.id, self._programme.minutes_per_session, self)
        self._open(dialog, lambda: self._series_added(dialog))
        return dialog

    def edit_selected(self) -> SessionDialog | None:
        row = self.selected()
        if not self._can_edit() or self._programme is None or row is None or row.info.cancelled:
            return None
        dialog = SessionDialog(self._ctx, self._programme.id, self._programme.minutes_per_session, row, self)
        self._open(dialog, lambda: self.tr("Session saved."))
        return dialog

    def cancel_selected(self) -> None:
        row = self.selected()
        if not self._can_edit() or row is None or row.info.cancelled:
            return
        when = f"{day_text(row.info.starts_at.date())} {time_span(row.info.starts_at, row.info.ends_at)}"
        question = fmt(self.tr("Cancel the session of %1? It stays on record as cancelled."), when)
        if row.signed_in:
            question += " " + fmt(self.tr("%1 people have signed in to it."), row.signed_in)

        def cancel() -> None:
            try:
                training.cancel_session(self._ctx, row.id)
            except ServiceError as error:
                self.message.show_problem(error)
                return
            self.reload()
            self.message.show_info(fmt(self.tr("The session of %1 is cancelled."), when))
            self.changed.emit()

        ask(self, self.tr("Cancel session"), question, self.tr("Cancel session"), cancel)

    # -- inside ------------------------------------------------------------------------

    def _series_added(self, dialog: SeriesDialog) -> str:
        result = dialog.result
        if result is None:
            return ""
        text = fmt(self.tr("%1 sessions added."), len(result.session_ids))
        if result.skipped_holidays:
            days = ", ".join(day_text(day) for day in result.skipped_holidays)
            text += " " + fmt(self.tr("Public holidays skipped: %1."), days)
        if dialog.ignore_holidays.isChecked():
            text += " " + self.tr("Planned without the holiday calendar: check the dates once it is known.")
        return text

    def _open(self, dialog: FormDialog, confirmation: Callable[[], str]) -> None:
        self.message.clear_message()
        self.dialog = dialog

        def saved(session_id: str) -> None:
            self.reload()
            row = self.model.row_of(session_id) if session_id else None
            if row is not None:
                select_row(self.table, row)
            self.message.show_info(confirmation())
            self.changed.emit()

        dialog.saved.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _can_edit(self) -> bool:
        return self.editable

    def _selection_changed(self) -> None:
        self._update_buttons()
        self.session_changed.emit(self.selected_session_id())

    def _update_buttons(self) -> None:
        row = self.selected()
        has_programme = self._programme is not None
        self.add_button.setEnabled(has_programme)
        self.series_button.setEnabled(has_programme)
        live = row is not None and not row.info.cancelled
        self.edit_button.setEnabled(live)
        self.cancel_button.setEnabled(live)
