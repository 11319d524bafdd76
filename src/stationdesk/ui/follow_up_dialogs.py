"""The three small dialogs of the follow-up queue: a new follow-up, done (with what was done),
and reassign to a colleague. Each makes its one service call on Save and stays open, with the
service's refusal under the form, until the call succeeds."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.services import follow_ups
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.follow_ups import FollowUpRow, Worker
from stationdesk.services.people import PersonRow
from stationdesk.ui.models.follow_up_table import person_label
from stationdesk.ui.pages.reception import FOLLOW_UP_DAYS
from stationdesk.ui.person_picker import PersonPicker
from stationdesk.ui.settings_common import InlineMessage, lay_out_form_dialog
from stationdesk.ui.text import fmt
from stationdesk.ui.worker_picker import WorkerCombo

FIELD_WIDTH = 340


def _about(row: FollowUpRow) -> QFormLayout:
    """A form that starts with whom and what the follow-up is about."""
    form = QFormLayout()
    form.addRow(QCoreApplication.translate("FollowUps", "Person"), QLabel(person_label(row)))
    todo = QLabel(row.note or "-")
    todo.setWordWrap(True)
    form.addRow(QCoreApplication.translate("FollowUps", "To do"), todo)
    return form


class _OneCallDialog(QDialog):
    """Save makes ``call_service()``; a refusal shows in ``self.message`` and the dialog stays open."""

    message: InlineMessage

    def __init__(self, ctx: ServiceContext, name: str, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName(name)
        self.setWindowTitle(title)

    def call_service(self) -> None:
        raise NotImplementedError

    def refused(self) -> None:
        """After a refusal: where the cursor goes (it stays where it was)."""

    def save(self) -> None:
        try:
            self.call_service()
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            self.refused()
            return
        self.accept()


class CompleteFollowUpDialog(_OneCallDialog):
    """Close a follow-up: it ends only with a note saying what was done."""

    def __init__(self, ctx: ServiceContext, row: FollowUpRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "completeFollowUp", fmt(self.tr("Done: %1"), person_label(row)), parent)
        self.follow_up = row
        form = _about(row)
        self.note = QLineEdit(objectName="doneNote")
        self.note.setPlaceholderText(self.tr("What was done (required)"))
        self.note.setMinimumWidth(FIELD_WIDTH)
        form.addRow(self.tr("What was done"), self.note)
        self.message = lay_out_form_dialog(self, form, self.tr("Mark done"))

    def call_service(self) -> None:
        follow_ups.complete(self._ctx, self.follow_up.id, self.note.text())

    def refused(self) -> None:
        self.note.setFocus()


class ReassignDialog(_OneCallDialog):
    """Hand an open follow-up to a colleague (leave, workload)."""

    def __init__(
        self,
        ctx: ServiceContext,
        row: FollowUpRow,
        workers: Sequence[Worker],
        me_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "reassignFollowUp", fmt(self.tr("Reassign: %1"), person_label(row)), parent)
        self.follow_up = row
        form = _about(row)
        form.addRow(self.tr("Owner now"), QLabel(row.owner_name))
        self.owner = WorkerCombo("newOwner")
        self.owner.set_workers([w for w in workers if w.id != row.owner_id], me_id)
        self.owner.setMinimumWidth(FIELD_WIDTH // 2)
        form.addRow(self.tr("Give to"), self.owner)
        self.message = lay_out_form_dialog(self, form, self.tr("Reassign"))
        if not self.owner.count():
            self.message.show_error(self.tr("No colleague may take over this follow-up."))

    def call_service(self) -> None:
        follow_ups.reassign(self._ctx, self.follow_up.id, self.owner.worker_id() or "")


class NewFollowUpDialog(_OneCallDialog):
    """A follow-up for a registered person: what to do, by when, and who does it."""

    def __init__(
        self,
        ctx: ServiceContext,
        workers: Sequence[Worker],
        me_id: str | None,
        person: PersonRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "newFollowUp", self.tr("New follow-up"), parent)
        self.created_id: str | None = None
        self.person = PersonPicker(ctx, self)
        self.person.setMinimumWidth(FIELD_WIDTH)
        self.note = QLineEdit(objectName="followUpNote")
        self.note.setPlaceholderText(self.tr("What is to be done next"))
        self.due = QDateEdit(objectName="followUpDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.currentDate().addDays(FOLLOW_UP_DAYS))
        self.owner = WorkerCombo("followUpOwner")
        self.owner.set_workers(workers, me_id)
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("To do"), self.note)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Owner"), self.owner)
        self.message = lay_out_form_dialog(self, form)
        self.person.picked.connect(lambda _row: self.note.setFocus())
        if person is not None:
            self.person.set_person(person)
        QDialog.setTabOrder(self.note, self.due)
        QDialog.setTabOrder(self.due, self.owner)

    def call_service(self) -> None:
        picked = self.person.person()
        self.created_id = follow_ups.create(
            self._ctx,
            picked.id if picked is not None else None,
            self.owner.worker_id(),
            self.due.date().toPython(),  # type: ignore[arg-type]
            self.note.text(),
        )
