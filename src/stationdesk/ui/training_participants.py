"""The participants tab of the training page: who is enrolled, their unit, group, sign-in code and
how many sessions they attended.

Search narrows the list (name, pinyin initials, code or unit); "Enrol from registry…" ticks
several registered people and enrols them in one go; Withdraw (asked first) takes one off the
programme, their sign-ins kept. The button row takes more actions (``add_tool``): the roster
import, badges.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from stationdesk.services import enrolment
from stationdesk.services.context import ServiceContext
from stationdesk.services.enrolment import ParticipantRow
from stationdesk.services.errors import ServiceError
from stationdesk.services.training import ProgrammeInfo
from stationdesk.ui.confirm import ask
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models import training_tables as columns
from stationdesk.ui.models.training_tables import ParticipantTableModel
from stationdesk.ui.search_keys import SearchListKeys, search_box, select_row, typing_pause
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt
from stationdesk.ui.training_enrol import EnrolFromRegistryDialog
from stationdesk.ui.training_sessions import ToolRow, tool_button


class ParticipantsPanel(QWidget):
    """``changed`` after people were enrolled or withdrawn (the programme list counts them)."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._programme: ProgrammeInfo | None = None
        self.editable = False
        self.dialog: EnrolFromRegistryDialog | None = None
        self.model = ParticipantTableModel(self)
        self._timer = typing_pause(self)
        self._build()

    def _build(self) -> None:
        self.search = search_box("participantSearch", self.tr("Search: name, pinyin initials, code or unit"))
        self.enrol_button = tool_button(
            "enrol",
            self.tr("Enrol from registry…"),
            "enrolFromRegistry",
            self.tr("Find registered people, tick them and enrol them in one go"),
        )
        self.withdraw_button = tool_button(
            "withdraw",
            self.tr("Withdraw…"),
            "withdrawParticipant",
            self.tr("Take the participant off the programme; their sign-ins stay on record"),
        )
        self.edit_buttons = (self.enrol_button, self.withdraw_button)
        self.show_withdrawn = QCheckBox(self.tr("Show withdrawn"), objectName="showWithdrawn")
        self.count_label = QLabel(objectName="participantCount")
        self.toolbar = ToolRow(self.edit_buttons, self.count_label, self.show_withdrawn)

        self.table = list_table("participants", self.model)
        size_columns(
            self.table,
            {columns.T_NAME: 5, columns.T_UNIT: 10, columns.T_GROUP: 7},
            {columns.T_CODE: 10, columns.T_ATTENDED: 6},
            stretch=columns.T_UNIT,
        )
        self.message = InlineMessage(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

        self.search.textChanged.connect(lambda *_: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        self._timer.timeout.connect(self.reload)
        self.keys = SearchListKeys(
            self.search, self.table, has_rows=lambda: self.model.rowCount() > 0, pick=lambda: None
        )
        self.show_withdrawn.toggled.connect(lambda *_: self.reload())
        self.enrol_button.clicked.connect(self.enrol_from_registry)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

    # -- public ------------------------------------------------------------------------

    def add_tool(self, widget: QWidget) -> None:
        """Another action in the button row, after the editing buttons (import a roster, badges ...)."""
        self.toolbar.add_tool(widget)

    def set_programme(self, programme: ProgrammeInfo | None) -> None:
        if programme is None or self._programme is None or programme.id != self._programme.id:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self._programme = programme
        self.reload()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for button in self.edit_buttons:
            button.setVisible(editable)
        self._update_buttons()

    def reload(self) -> None:
        self._timer.stop()
        keep = self.selected()
        rows: list[ParticipantRow] = []
        if self._programme is not None:
            try:
                withdrawn = self.show_withdrawn.isChecked()
                rows = enrolment.participant_rows(
                    self._ctx, self._programme.id, self.search.text(), include_withdrawn=withdrawn
                )
            except ServiceError as error:
                self.message.show_problem(error)
        self.model.set_rows(rows)
        row = self.model.row_of(keep.id) if keep is not None else None
        if row is not None:
            select_row(self.table, row)
        self.count_label.setText(fmt(self.tr("%1 participants"), len(rows)) if self._programme else "")

    def selected(self) -> ParticipantRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def focus_search(self) -> None:
        self.keys.back_to_search()

    def enrol_from_registry(self) -> EnrolFromRegistryDialog | None:
        if not self.editable or self._programme is None:
            return None
        self.message.clear_message()
        dialog = EnrolFromRegistryDialog(self._ctx, self._programme.id, self._programme.name, self)
        self.dialog = dialog

        def saved(_first: str) -> None:
            self.reload()
            new, chosen = len(dialog.enrolled), dialog.chosen_count
            text = fmt(self.tr("%1 enrolled."), new)
            if chosen > new:
                text += " " + fmt(self.tr("%1 were enrolled already."), chosen - new)
            self.message.show_info(text)
            self.changed.emit()

        dialog.saved.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def withdraw_selected(self) -> None:
        row = self.selected()
        if not self.editable or row is None or row.withdrawn:
            return

        def withdraw() -> None:
            try:
                enrolment.withdraw(self._ctx, row.id)
            except ServiceError as error:
                self.message.show_problem(error)
                return
            self.reload()
            self.message.show_info(fmt(self.tr("%1 is withdrawn."), row.name))
            self.changed.emit()

        question = fmt(
            self.tr(
                "Withdraw %1 from the programme? The sessions attended stay on record, "
                "and the sign-in code %2 no longer works."
            ),
            row.name,
            row.signin_code,
        )
        ask(self, self.tr("Withdraw"), question, self.tr("Withdraw"), withdraw)

    # -- inside ------------------------------------------------------------------------

    def _search_now(self) -> None:
        self.reload()
        if self.model.rowCount():
            self.keys.enter_list()

    def _update_buttons(self) -> None:
        self.enrol_button.setEnabled(self._programme is not None)
        row = self.selected()
        self.withdraw_button.setEnabled(row is not None and not row.withdrawn)
