"""The forms that change the key-target list: enrol, change tier, exempt, end an exemption, end.

Each is a ``FormDialog``: the service checks everything, and its refusals appear under the field
they concern (the codes each field owns are listed where the field is added).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.visits import Cadence, ExemptionReason, Tier
from stationdesk.services import follow_ups, key_targets, visit_settings
from stationdesk.services.context import ServiceContext
from stationdesk.services.key_targets import EnrolmentDraft, ExemptionRow, TargetRow
from stationdesk.ui.form_dialog import Clock, FormDialog, date_edit, day_of
from stationdesk.ui.person_picker import PersonPicker
from stationdesk.ui.text import fmt
from stationdesk.ui.visit_words import reason_label, tier_label, tier_with_cadence
from stationdesk.ui.worker_picker import WorkerCombo

EXEMPTION_DAYS = 14
"""The end first offered for an exemption that has one (a hospital stay, a trip away)."""

_START_CODES = ("keytarget.start_required", "keytarget.start_in_future")
_END_CODES = ("keytarget.end_required", "keytarget.end_in_future", "keytarget.end_before_start",
              "keytarget.already_ended")  # fmt: skip


def target_line(target: TargetRow) -> str:
    """王芳 · 东湖社区2网格 · Key: who a form is about."""
    return " · ".join(p for p in (target.person_name, target.grid, tier_label(target.tier)) if p)


def _tier_combo(cadences: Mapping[str, Cadence], name: str) -> QComboBox:
    """No tier chosen at first: the worker decides, the service refuses a form left without one."""
    combo = QComboBox(objectName=name)
    combo.addItem(QCoreApplication.translate("KeyTargets", "Choose a tier"), "")
    for tier in Tier:
        combo.addItem(tier_with_cadence(tier, cadences.get(tier)), tier.value)
    return combo


class EnrolDialog(FormDialog):
    """Put a person on the key-target list: who, tier, why, which worker, from when."""

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, clock: Clock = date.today
    ) -> None:
        super().__init__(self.tr("Enrol a key target"), self.tr("Enrol"), parent)
        self.setObjectName("enrolDialog")
        self._ctx = ctx
        self._clock = clock
        self.picker = PersonPicker(ctx, self)
        self.add_field(
            self.tr("Person"),
            self.picker,
            ("keytarget.person_required", "person.not_found", "keytarget.already_enrolled"),
            focus=self.picker.search,
        )
        self.tier = _tier_combo(visit_settings.cadences(ctx), "tier")
        self.add_field(self.tr("Tier"), self.tier, ("keytarget.tier_required",))
        self.reason = QLineEdit(objectName="reason")
        self.reason.setMaxLength(key_targets.REASON_MAX)
        self.reason.setPlaceholderText(self.tr("Why: living alone at 85, serious illness, 低保 ..."))
        self.add_field(
            self.tr("Reason"), self.reason, ("keytarget.reason_required", "keytarget.reason_too_long")
        )
        self.worker = WorkerCombo("worker")
        self.worker.set_workers(follow_ups.workers(ctx), ctx.actor.user_id if ctx.actor else None)
        self.add_field(self.tr("Worker"), self.worker, ("keytarget.worker_required",))
        self.start = date_edit(clock(), "startDate")
        self.add_field(self.tr("From"), self.start, (*_START_CODES, "keytarget.end_before_start"))
        self.picker.picked.connect(lambda _row: self.tier.setFocus())
        self.picker.search.setFocus()

    def draft(self) -> EnrolmentDraft:
        person = self.picker.person()
        return EnrolmentDraft(
            person_id=person.id if person is not None else "",
            tier=self.tier.currentData() or "",
            reason=self.reason.text(),
            worker_id=self.worker.worker_id(),
            start_on=day_of(self.start),
        )

    def call_service(self) -> str:
        if self.picker.person() is None:
            raise ValidationError("keytarget.person_required", "choose the person")
        return key_targets.enrol(self._ctx, self.draft(), today=self._clock())


class _TargetForm(FormDialog):
    """A form about one enrolment: who it is about stands at the top, ``_build`` adds the fields."""

    def __init__(
        self,
        ctx: ServiceContext,
        target: TargetRow,
        parent: QWidget | None = None,
        *,
        clock: Clock = date.today,
    ) -> None:
        title, accept_text, name = self._names()
        super().__init__(title, accept_text, parent)
        self.setObjectName(name)
        self._ctx = ctx
        self._target = target
        self._clock = clock
        self.form.addRow(QLabel(target_line(target)))
        self._build(clock())

    def _names(self) -> tuple[str, str, str]:
        """The window title, the text of the button that saves, and the object name."""
        raise NotImplementedError

    def _build(self, today: date) -> None:
        raise NotImplementedError


class ChangeTierDialog(_TargetForm):
    """A new tier from a day on: the enrolment ends the day before and a new one starts."""

    def _names(self) -> tuple[str, str, str]:
        return self.tr("Change tier"), self.tr("Change tier"), "changeTierDialog"

    def _build(self, today: date) -> None:
        self.tier = _tier_combo(visit_settings.cadences(self._ctx), "tier")
        self.add_field(self.tr("New tier"), self.tier, ("keytarget.tier_required", "keytarget.same_tier"))
        self.start = date_edit(today, "startDate")
        self.add_field(self.tr("From"), self.start, (*_START_CODES, "keytarget.change_outside"))
        self.tier.setFocus()

    def call_service(self) -> str:
        return key_targets.change_tier(
            self._ctx, self._target.id, self.tier.currentData() or "", day_of(self.start), today=self._clock()
        )


class ExemptionDialog(_TargetForm):
    """Excuse the visits for a while (hospital, away, refused) or for good (moved, deceased)."""

    def _names(self) -> tuple[str, str, str]:
        return self.tr("Exempt from visits"), self.tr("Exempt"), "exemptionDialog"

    def _build(self, today: date) -> None:
        self.reason = QComboBox(objectName="exemptionReason")
        self.reason.addItem(self.tr("Choose a reason"), "")
        for reason in ExemptionReason:
            self.reason.addItem(reason_label(reason), reason.value)
        self.add_field(self.tr("Reason"), self.reason, ("keytarget.exemption_reason_required",))
        self.start = date_edit(today, "startDate")
        self.add_field(self.tr("From"), self.start, (*_START_CODES, "keytarget.exemption_outside"))
        self.has_end = QCheckBox(self.tr("Ends on"), objectName="hasEnd")
        self.end = date_edit(today + timedelta(days=EXEMPTION_DAYS), "endDate")
        self.for_good = QLabel(self.tr("For good: no end"), objectName="forGood")
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end)
        end_row.addWidget(self.for_good)
        end_row.addStretch(1)
        self.add_field(self.tr("Until"), end_row, ("keytarget.end_before_start",), focus=self.end)
        self.note = QLineEdit(objectName="note")
        self.note.setMaxLength(key_targets.NOTE_MAX)
        self.note.setPlaceholderText(self.tr("Optional: which hospital, where to, who said so"))
        self.add_field(self.tr("Note"), self.note, ("keytarget.note_too_long",))
        self.reason.currentIndexChanged.connect(lambda _index: self._update_end())
        self.has_end.toggled.connect(lambda _checked: self._update_end())
        self._update_end()
        self.reason.setFocus()

    def _for_good(self) -> bool:
        return self.reason.currentData() in key_targets.FOR_GOOD

    def _update_end(self) -> None:
        for_good = self._for_good()
        self.has_end.setVisible(not for_good)
        self.end.setVisible(not for_good)
        self.end.setEnabled(self.has_end.isChecked())
        self.for_good.setVisible(for_good)

    def call_service(self) -> str:
        end = day_of(self.end) if self.has_end.isChecked() and not self._for_good() else None
        return key_targets.add_exemption(
            self._ctx,
            self._target.id,
            self.reason.currentData() or "",
            day_of(self.start),
            end,
            self.note.text(),
            today=self._clock(),
        )


class EndExemptionDialog(_TargetForm):
    """The person is back (out of hospital, home again): due again from the day after."""

    def __init__(
        self,
        ctx: ServiceContext,
        target: TargetRow,
        exemption: ExemptionRow,
        parent: QWidget | None = None,
        *,
        clock: Clock = date.today,
    ) -> None:
        self._exemption = exemption  # before the base class builds the fields
        super().__init__(ctx, target, parent, clock=clock)

    def _names(self) -> tuple[str, str, str]:
        return self.tr("End exemption"), self.tr("End exemption"), "endExemptionDialog"

    def _build(self, today: date) -> None:
        exemption = self._exemption
        self.form.addRow(
            QLabel(
                fmt(self.tr("%1 since %2"), reason_label(exemption.reason), exemption.start_on.isoformat())
            )
        )
        self.end = date_edit(today, "endDate")
        self.add_field(
            self.tr("Last exempt day"), self.end, ("keytarget.end_required", "keytarget.end_before_start")
        )
        self.end.setFocus()

    def call_service(self) -> str:
        key_targets.end_exemption(self._ctx, self._exemption.id, day_of(self.end))
        return self._exemption.id


class EndEnrolmentDialog(_TargetForm):
    """Take the person off the list after a last day (no longer in difficulty, moved ...)."""

    def _names(self) -> tuple[str, str, str]:
        return self.tr("End enrolment"), self.tr("End enrolment"), "endEnrolmentDialog"

    def _build(self, today: date) -> None:
        self.end = date_edit(today, "endDate")
        self.add_field(self.tr("Last day on the list"), self.end, _END_CODES)
        self.reason = QLineEdit(objectName="reason")
        self.reason.setMaxLength(key_targets.REASON_MAX)
        self.reason.setPlaceholderText(self.tr("Why: no longer in difficulty, moved into a care home ..."))
        self.add_field(self.tr("Reason"), self.reason, ("keytarget.reason_too_long",))
        self.end.setFocus()

    def call_service(self) -> str:
        key_targets.end_enrolment(
            self._ctx, self._target.id, day_of(self.end), self.reason.text(), today=self._clock()
        )
        return self._target.id
