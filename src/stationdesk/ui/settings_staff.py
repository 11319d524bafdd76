"""The station's staff list (for the 6430 panel): who is full-time, who is a certified social
worker and at which level, since and until when. The administrator keeps it; others see it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.services import staffing
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.staffing import CERT_LEVELS, StaffDraft, StaffRow
from stationdesk.ui.form_dialog import date_edit, day_of, set_day
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt

NO_DATE = date(2000, 1, 1)
"""A date field at its minimum shows "not set" (its special value text)."""


def level_label(level: str) -> str:
    return {
        "": QCoreApplication.translate("StaffTab", "—"),
        "assistant": QCoreApplication.translate("StaffTab", "Assistant social worker"),
        "social_worker": QCoreApplication.translate("StaffTab", "Social worker"),
        "senior": QCoreApplication.translate("StaffTab", "Senior social worker"),
    }.get(level, level)


class StaffModel(RowListModel[StaffRow]):
    NAME, FULL_TIME, CERTIFIED, SINCE, UNTIL = range(5)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Full-time"),
            self.tr("Certified"),
            self.tr("Since"),
            self.tr("Until"),
        )

    def _display(self, row: StaffRow, column: int) -> str:
        yes, no = self.tr("yes"), self.tr("no")
        values = (
            row.name,
            yes if row.full_time else no,
            level_label(row.cert_level)
            if row.certified and row.cert_level
            else (yes if row.certified else no),
            row.since.isoformat() if row.since else "",
            row.until.isoformat() if row.until else "",
        )
        return values[column]


class StaffTab(QWidget):
    """The list above, the selected member's form below; New, Save, Remove."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        actor = ctx.actor
        self._editable = actor is not None and may(actor.role, Action.STATION_EDIT)
        self.model = StaffModel(self)
        self.table = list_table("staffTable", self.model)
        size_columns(self.table, {0: 6, 1: 3, 2: 7}, {3: 10, 4: 10})
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.name = QLineEdit(objectName="staffName")
        self.name.setMaxLength(staffing.NAME_MAX)
        self.full_time = QCheckBox(self.tr("Full-time"), objectName="staffFullTime")
        self.certified = QCheckBox(self.tr("Certified social worker (持证社工)"), objectName="staffCertified")
        self.level = QComboBox(objectName="staffLevel")
        for level in CERT_LEVELS:
            self.level.addItem(level_label(level), level)
        self.since = date_edit(NO_DATE, "staffSince")
        self.until = date_edit(NO_DATE, "staffUntil")
        for edit in (self.since, self.until):
            edit.setMinimumDate(edit.date())
            edit.setSpecialValueText(self.tr("not set"))
        self.notes = QLineEdit(objectName="staffNotes")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.full_time)
        form.addRow("", self.certified)
        form.addRow(self.tr("Certificate level"), self.level)
        form.addRow(self.tr("Since"), self.since)
        form.addRow(self.tr("Until"), self.until)
        form.addRow(self.tr("Notes"), self.notes)
        self.new_button = QPushButton(icon("add"), self.tr("New staff member"), objectName="newStaff")
        self.save_button = QPushButton(icon("save"), self.tr("Save"), objectName="saveStaff")
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove"), objectName="removeStaff")
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.remove_button):
            button.setVisible(self._editable)
            buttons.addWidget(button)
        buttons.addStretch(1)
        for field in (self.name, self.notes):
            field.setReadOnly(not self._editable)
        for widget in (self.full_time, self.certified, self.level, self.since, self.until):
            widget.setEnabled(self._editable)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        try:
            rows = staffing.list_staff(self._ctx)
        except (ServiceError, ValidationError) as error:
            rows = []
            self.message.show_problem(error)
        self.model.set_rows(rows)
        number = self.model.row_of(select_id) if select_id else None
        self.table.selectRow(number if number is not None else 0)
        self._show_selected()

    def selected(self) -> StaffRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _show_selected(self) -> None:
        row = self.selected()
        self.name.setText(row.name if row else "")
        self.full_time.setChecked(row.full_time if row else True)
        self.certified.setChecked(row.certified if row else False)
        self.level.setCurrentIndex(max(0, self.level.findData(row.cert_level if row else "")))
        set_day(self.since, row.since if row and row.since else NO_DATE)
        set_day(self.until, row.until if row and row.until else NO_DATE)
        self.notes.setText(row.notes if row else "")
        self.remove_button.setEnabled(row is not None)

    def start_new(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, 0))
        self._show_selected()
        self.message.clear_message()
        self.name.setFocus()

    def _day(self, edit: QDateEdit) -> date | None:
        day = day_of(edit)
        return None if day == NO_DATE else day

    def draft(self) -> StaffDraft:
        return StaffDraft(
            self.name.text(),
            self.full_time.isChecked(),
            self.certified.isChecked(),
            str(self.level.currentData() or ""),
            self._day(self.since),
            self._day(self.until),
            self.notes.text(),
        )

    def save(self) -> bool:
        row = self.selected()
        try:
            if row is None:
                saved = staffing.add_staff(self._ctx, self.draft())
            else:
                staffing.update_staff(self._ctx, row.id, self.draft())
                saved = row.id
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return False
        self.reload(saved)
        self.message.show_info(fmt(self.tr("%1 has been saved."), self.name.text()))
        return True

    def remove(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            staffing.remove_staff(self._ctx, row.id)
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return
        self.reload()
