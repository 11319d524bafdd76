"""Logging a home visit (探访记录) to a key target, with an optional follow-up.

Date (today), method, visitor (the signed-in worker), companions, findings, the risk after the
visit, and, ticked, a follow-up with owner, due date and note. Enter in a one-line field or
Ctrl+Enter anywhere saves; the service's refusals appear under their fields.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.services import follow_ups, key_targets, visit_settings
from stationdesk.services.context import ServiceContext
from stationdesk.services.key_targets import VisitDraft
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.form_dialog import Clock, FormDialog, RadioChoices, date_edit, day_of
from stationdesk.ui.pages.reception import FOLLOW_UP_DAYS
from stationdesk.ui.visit_words import method_label, risk_label
from stationdesk.ui.worker_picker import WorkerCombo


class VisitDialog(FormDialog):
    """Log one visit to the enrolment ``target_id``; ``who`` is the line naming the person."""

    def __init__(
        self,
        ctx: ServiceContext,
        target_id: str,
        who: str,
        parent: QWidget | None = None,
        *,
        clock: Clock = date.today,
    ) -> None:
        super().__init__(self.tr("Log visit"), self.tr("Save visit"), parent)
        self.setObjectName("visitDialog")
        self._ctx = ctx
        self._target_id = target_id
        self._clock = clock
        today = clock()
        me = ctx.actor.user_id if ctx.actor is not None else None
        workers = follow_ups.workers(ctx)

        self.who = QLabel(who, objectName="who")
        emphasise(self.who, 1.15)
        self.form.addRow(self.who)

        self.visited_on = date_edit(today, "visitDate")
        self.add_field(
            self.tr("Date"),
            self.visited_on,
            ("visit.date_required", "visit.date_in_future", "visit.outside_enrolment"),
        )
        self.method = QComboBox(objectName="method")
        for method in visit_settings.methods(ctx):
            self.method.addItem(method_label(method), method.id)
        self.add_field(self.tr("Method"), self.method, ("visit.method_required",))
        self.visitor = WorkerCombo("visitor")
        self.visitor.set_workers(workers, me)
        self.add_field(self.tr("Visitor"), self.visitor, ("visit.visitor_required",))
        self.companions = QLineEdit(objectName="companions")
        self.companions.setMaxLength(key_targets.COMPANIONS_MAX)
        self.companions.setPlaceholderText(self.tr("Who came along: a grid worker, a volunteer ..."))
        self.add_field(self.tr("Companions"), self.companions, ("visit.companions_too_long",))
        self.findings = QPlainTextEdit(objectName="findings")
        self.findings.setTabChangesFocus(True)
        self.findings.setPlaceholderText(self.tr("What was found: health, home, needs, mood"))
        self.findings.setMinimumHeight(self.findings.fontMetrics().height() * 5)
        self.add_field(self.tr("Findings"), self.findings)

        self.risk_group = RadioChoices(
            self, key_targets.RISKS, risk_label, lambda risk: f"risk_{risk or 'unchanged'}", checked=""
        )
        self.risk_buttons = self.risk_group.buttons
        self.add_field(self.tr("Risk"), self.risk_group.row, ("visit.bad_risk",), focus=self.risk_buttons[""])

        self.follow_up = QGroupBox(self.tr("Follow-up needed"), objectName="followUp")
        self.follow_up.setCheckable(True)
        self.follow_up.setChecked(False)
        follow_form = QFormLayout(self.follow_up)
        self.owner = WorkerCombo("followUpOwner")
        self.owner.set_workers(workers, me)
        self.due = date_edit(today + timedelta(days=FOLLOW_UP_DAYS), "followUpDue")
        self.follow_up_note = QLineEdit(objectName="followUpNote")
        self.follow_up_note.setPlaceholderText(self.tr("What is to be done next"))
        self.add_field(self.tr("Owner"), self.owner, ("followup.owner_required",), form=follow_form)
        self.add_field(
            self.tr("Due"), self.due, ("followup.due_required", "followup.due_in_past"), form=follow_form
        )
        self.add_field(self.tr("To do"), self.follow_up_note, form=follow_form)
        self.form.addRow(self.follow_up)
        self.visited_on.setFocus()

    def draft(self) -> VisitDraft:
        follow_up = self.follow_up.isChecked()
        risk = self.risk_group.chosen()
        return VisitDraft(
            target_id=self._target_id,
            visited_on=day_of(self.visited_on),
            method_id=self.method.currentData(),
            visitor_id=self.visitor.worker_id(),
            findings=self.findings.toPlainText(),
            companions=self.companions.text(),
            risk=risk,
            follow_up_owner_id=self.owner.worker_id() if follow_up else None,
            follow_up_due=day_of(self.due) if follow_up else None,
            follow_up_note=self.follow_up_note.text() if follow_up else "",
        )

    def call_service(self) -> str:
        draft = self.draft()
        if self.follow_up.isChecked() and not draft.follow_up_owner_id:
            # without an owner the service would log the visit and quietly drop the follow-up
            raise ValidationError("followup.owner_required", "a follow-up needs an owner")
        return key_targets.record_visit(self._ctx, draft, today=self._clock())
