"""Enrol several registered people in a programme at once (从人员库报名).

The fast person search of the reception desk: type a name, pinyin initials, a phone or an ID
number (or scan it), Enter takes the only match or steps into the list, Enter there adds the
person to the ticked list below, and the cursor is back in the box for the next one. Untick to
leave someone out; Enrol enrols the ticked people in one go (those enrolled already stay as they are).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.training import TargetGroup
from stationdesk.services import enrolment
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.people import PersonRow
from stationdesk.ui.form_dialog import FormDialog
from stationdesk.ui.messages import describe
from stationdesk.ui.models import person_table as columns
from stationdesk.ui.person_search import PersonSearch, SearchTexts, person_line
from stationdesk.ui.text import fmt
from stationdesk.ui.training_words import group_label

RESULT_ROWS = 5
CHOSEN_ROWS = 6
DIALOG_WIDTH = 680


class EnrolFromRegistryDialog(FormDialog):
    """``enrolled`` (new enrolment ids) and ``chosen_count`` once saved."""

    def __init__(
        self, ctx: ServiceContext, programme_id: str, programme_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(fmt(self.tr("Enrol in %1"), programme_name), self.tr("Enrol"), parent)
        self.setObjectName("enrolFromRegistryDialog")
        self._ctx = ctx
        self._programme_id = programme_id
        self.enrolled: list[str] = []
        self.chosen_count = 0
        texts = SearchTexts(
            placeholder=self.tr("Name, pinyin initials, phone or ID number (or scan), then Enter"),
            not_found=self.tr("No one found. Register the person at the reception desk first."),
            clear=self.tr("Clear"),
            clear_tip="",
        )
        hidden = (columns.ID_NUMBER, columns.GRID, columns.TAGS)
        self.finder = PersonSearch(
            ctx,
            self,
            texts,
            on_pick=self.add_person,
            on_error=self._refused,
            result_rows=RESULT_ROWS,
            hidden=hidden,
        )
        self.finder.picked.setParent(self)
        self.finder.picked.hide()  # picking adds to the ticked list instead
        self.search, self.results, self.hint = self.finder.search, self.finder.results, self.finder.hint
        self.hint.setWordWrap(True)
        self.chosen = QListWidget(objectName="chosenPeople")
        self.chosen.setFixedHeight((self.fontMetrics().height() + 8) * CHOSEN_ROWS)
        self.chosen.itemChanged.connect(lambda *_: self._count())
        self.count_label = QLabel(objectName="chosenCount")
        people = QVBoxLayout()
        people.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.results, self.hint, self.count_label, self.chosen):
            people.addWidget(widget)
        holder = QWidget()
        holder.setLayout(people)
        self.add_field(
            self.tr("People"), holder, ("enrolment.none_chosen", "person.not_found"), focus=self.search
        )
        self.unit = QLineEdit(objectName="unit")
        self.unit.setMaxLength(128)
        self.unit.setPlaceholderText(self.tr("For everyone ticked, e.g. 东湖社区 (optional)"))
        self.add_field(self.tr("Unit"), self.unit)
        self.group = QComboBox(objectName="group")
        self.group.addItem(self.tr("Not given"), "")
        for group in TargetGroup:
            self.group.addItem(group_label(group), group.value)
        self.add_field(self.tr("Group"), self.group)
        self.search.installEventFilter(self)
        self._count()
        self.resize(DIALOG_WIDTH, self.sizeHint().height())
        self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the box searches; it must not also press the dialog's Enrol button."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.finder.typing.search_now()
            return True
        return super().eventFilter(watched, event)

    def add_person(self, row: PersonRow) -> None:
        """Tick the person (once), then back to the box for the next one."""
        for number in range(self.chosen.count()):
            item = self.chosen.item(number)
            if item.data(Qt.ItemDataRole.UserRole) == row.id:
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            item = QListWidgetItem(person_line(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.chosen.addItem(item)
        self.finder.typing.stop()
        self.finder.show_results(False)
        self.search.clear()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._count()

    def chosen_ids(self) -> list[str]:
        items = (self.chosen.item(number) for number in range(self.chosen.count()))
        return [
            str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        ]

    def call_service(self) -> str:
        ids = self.chosen_ids()
        if not ids:
            raise ValidationError("enrolment.none_chosen", "tick the people to enrol")
        self.enrolled = enrolment.enrol_persons(
            self._ctx,
            self._programme_id,
            ids,
            unit=self.unit.text(),
            target_group=str(self.group.currentData()),
        )
        self.chosen_count = len(ids)
        return self.enrolled[0] if self.enrolled else ""

    def _count(self) -> None:
        self.count_label.setText(fmt(self.tr("Ticked: %1"), len(self.chosen_ids())))

    def _refused(self, error: ServiceError | ValidationError) -> None:
        self.finder.show_results(False)
        self.hint.setText(describe(error))
        self.hint.setVisible(True)
