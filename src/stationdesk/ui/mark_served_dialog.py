"""Marking a past shift's volunteers as served afterwards, from its roster (补记到岗): the people
signed up, each ticked by default; those whose hours for the shift are there already are shown as
such and cannot be ticked. Those marked get the scheduled time and wait for a coordinator's review
(services/hours.mark_from_roster)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.services import hours
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.hours import RosterMarks
from stationdesk.services.roster import RosterShift
from stationdesk.ui.form_dialog import FormDialog
from stationdesk.ui.text import fmt
from stationdesk.ui.training_words import day_text, time_span

DIALOG_WIDTH = 560
VOLUNTEER_ID = Qt.ItemDataRole.UserRole


class MarkServedDialog(FormDialog):
    """``marks`` holds what mark_from_roster returned once saved."""

    def __init__(
        self,
        ctx: ServiceContext,
        shift: RosterShift,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Mark served"), self.tr("Mark served"), parent)
        self.setObjectName("markServedDialog")
        self._ctx, self._shift, self._now = ctx, shift, now
        self.marks: RosterMarks | None = None
        heading = fmt(
            self.tr("%1, %2 %3"),
            shift.activity,
            day_text(shift.starts_at.date()),
            time_span(shift.starts_at, shift.ends_at),
        )
        self.form.addRow(QLabel(heading, objectName="markHeading", wordWrap=True))
        self.people = QListWidget(objectName="markPeople")
        self.people.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.add_field(self.tr("Volunteers"), self.people, ("hours.not_on_roster",))
        note = self.tr(
            "Those ticked are credited the shift's scheduled time and wait for a coordinator's review."
        )
        self.form.addRow("", QLabel(note, wordWrap=True))
        self._fill()
        self.accept_button: QPushButton = self.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Save
        )
        self.accept_button.setObjectName("markServed")
        self.people.itemChanged.connect(lambda *_: self._allow())
        self._allow()
        self.resize(DIALOG_WIDTH, self.sizeHint().height())

    def _fill(self) -> None:
        try:
            entered = hours.with_hours(self._ctx, self._shift.id)
        except (ValidationError, ServiceError) as error:
            entered = frozenset()
            self.show_refusal(error)
        seen: set[str] = set()
        for role in self._shift.roles:
            for person in role.people:
                if person.volunteer_id in seen:
                    continue
                seen.add(person.volunteer_id)
                item = QListWidgetItem(fmt(self.tr("%1 (%2)"), person.name, role.name), self.people)
                item.setData(VOLUNTEER_ID, person.volunteer_id)
                if person.volunteer_id in entered:
                    item.setText(fmt(self.tr("%1 — hours already entered"), item.text()))
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)

    def items(self) -> list[QListWidgetItem]:
        return [self.people.item(row) for row in range(self.people.count())]

    def ticked(self) -> list[str]:
        return [
            item.data(VOLUNTEER_ID)
            for item in self.items()
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Checked
        ]

    def _allow(self) -> None:
        self.accept_button.setEnabled(bool(self.ticked()))

    def call_service(self) -> str:
        self.marks = hours.mark_from_roster(self._ctx, self._shift.id, self.ticked(), self._now())
        return self._shift.id
