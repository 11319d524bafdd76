"""One referral (转介单): who, to whom, for what, on whose consent; its history; its next steps.

The steps offered are those the domain's state machine allows from the current status, less
what the user's role may not do (only a manager revokes). The service decides: a refusal is
shown in the dialog and nothing is written. "Print slip…" writes the slip through the printouts
service (which puts the print on the audit log) and opens the print preview.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.referrals import TRANSITIONS, ReferralStatus
from stationdesk.domain.roles import Action, may
from stationdesk.services import printouts, referrals
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.referrals import REASON_MAX, ReferralEventInfo, ReferralInfo
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.icons import icon
from stationdesk.ui.models.partner_table import kind_label
from stationdesk.ui.models.referral_table import referral_status_label
from stationdesk.ui.print_preview import PrintPreviewDialog, write_and_preview
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.text import fmt

STEP_ORDER = (ReferralStatus.ACCEPTED, ReferralStatus.DONE, ReferralStatus.REJECTED, ReferralStatus.REVOKED)
_TIME = "%Y-%m-%d %H:%M"


class ReferralDialog(QDialog):
    """Details, history and next steps of one referral; ``changed(id)`` after each step taken."""

    changed = Signal(str)

    def __init__(self, ctx: ServiceContext, info: ReferralInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self._ctx = ctx
        self._info = info
        self.preview: PrintPreviewDialog | None = None
        self.step_buttons: dict[ReferralStatus, QPushButton] = {}
        self._build()
        self._show_info()
        # A returned stub usually comes with the partner's word: the cursor waits for it.
        (self.reason if not self.steps_box.isHidden() else self.close_button).setFocus()
        self.resize(820, 720)

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.code_label = QLabel(objectName="trackingCode")
        big = emphasise(self.code_label, 1.4)
        self.status_label = QLabel(objectName="status")
        self.status_label.setFont(big)
        heading = QHBoxLayout()
        heading.addWidget(self.code_label)
        heading.addStretch(1)
        heading.addWidget(self.status_label)

        details = QGroupBox(self.tr("Details"))
        form = QFormLayout(details)
        self.person_label = self._value("person")
        self.partner_label = self._value("partner")
        self.contact_label = self._value("partnerContact")
        self.need_label = self._value("need")
        self.consent_label = self._value("consent")
        self.sent_label = self._value("sent")
        self.closed_label = self._value("closed")
        self.status_reason_label = self._value("statusReason")
        form.addRow(self.tr("Person"), self.person_label)
        form.addRow(self.tr("Partner"), self.partner_label)
        form.addRow(self.tr("Contact"), self.contact_label)
        form.addRow(self.tr("Need"), self.need_label)
        form.addRow(self.tr("Consent"), self.consent_label)
        form.addRow(self.tr("Sent"), self.sent_label)
        form.addRow(self.tr("Closed"), self.closed_label)
        form.addRow(self.tr("Reason"), self.status_reason_label)
        self._form = form

        history_box = QGroupBox(self.tr("History"))
        self.history = QTableWidget(0, 4, objectName="history")
        self.history.setHorizontalHeaderLabels(
            (self.tr("Time"), self.tr("Step"), self.tr("By"), self.tr("Note"))
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)

        self.steps_box = QGroupBox(self.tr("Next step"), objectName="steps")
        self.reason = QLineEdit(objectName="reason")
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(
            self.tr("The partner's reason when returned, why when revoked; otherwise an optional note")
        )
        self.reason_message = InlineMessage(self)
        self.reason_message.setObjectName("reasonMessage")
        step_row = QHBoxLayout()
        texts = {
            ReferralStatus.ACCEPTED: (self.tr("Mark accepted"), "accept",
                                      self.tr("The partner has taken the referral on")),
            ReferralStatus.DONE: (self.tr("Mark done"), "done",
                                  self.tr("The partner has helped the person: the referral is closed")),
            ReferralStatus.REJECTED: (self.tr("Mark returned"), "reject",
                                      self.tr("The partner sent it back: write down their reason first")),
            ReferralStatus.REVOKED: (self.tr("Revoke"), "revoke",
                                     self.tr("Withdraw the referral (a manager's decision, with a reason)")),
        }  # fmt: skip
        for status in STEP_ORDER:
            text, icon_name, tip = texts[status]
            button = QPushButton(icon(icon_name), text, objectName=f"step_{status.value}")
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, target=status: self.take_step(target))
            step_row.addWidget(button)
            self.step_buttons[status] = button
        step_row.addStretch(1)
        steps_layout = QVBoxLayout(self.steps_box)
        steps_layout.addWidget(QLabel(self.tr("Reason or note")))
        steps_layout.addWidget(self.reason)
        steps_layout.addWidget(self.reason_message)
        steps_layout.addLayout(step_row)
        self.read_only_note = QLabel(
            self.tr("Your role may view referrals but not change them."), objectName="readOnlyNote"
        )

        self.message = InlineMessage(self)
        self.print_button = QPushButton(icon("print"), self.tr("Print slip…"), objectName="printSlip")
        self.print_button.setToolTip(self.tr("The referral slip with its return part, for the partner"))
        self.close_button = QPushButton(self.tr("Close"), objectName="closeButton")
        for button in (self.print_button, self.close_button):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_slip)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.message, 1)
        bottom.addStretch()
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(details)
        layout.addWidget(history_box, 1)
        layout.addWidget(self.steps_box)
        layout.addWidget(self.read_only_note)
        layout.addLayout(bottom)

    @staticmethod
    def _value(name: str) -> QLabel:
        label = QLabel(objectName=name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- showing -----------------------------------------------------------------------

    def info(self) -> ReferralInfo:
        return self._info

    def _show_info(self) -> None:
        info = self._info
        self.setWindowTitle(fmt(self.tr("Referral %1: %2"), info.tracking_code, info.person_name))
        self.code_label.setText(fmt(self.tr("Tracking code %1"), info.tracking_code))
        self.status_label.setText(referral_status_label(info.status))
        self.person_label.setText(
            "  ".join(p for p in (info.person_name, info.person_id_masked, info.person_phone_masked) if p)
        )
        partner = fmt(self.tr("%1 (%2)"), info.partner_name, kind_label(info.partner_kind))
        if info.partner_retired:
            partner = fmt(self.tr("%1, retired from the directory"), partner)
        self.partner_label.setText(partner)
        contact = "  ".join(
            p for p in (info.partner_contact_name, info.partner_phone, info.partner_address) if p
        )
        self.contact_label.setText(contact or self.tr("Not recorded"))
        self.need_label.setText(info.need)
        if info.consent_given:
            self.consent_label.setText(self.tr("The person agreed to share their data with the partner."))
        else:
            self.consent_label.setText(
                fmt(
                    self.tr("Sent without the person's consent on %1's override. Reason: %2"),
                    info.override_by_name,
                    info.override_reason,
                )
            )
        self.sent_label.setText(fmt(self.tr("%1 by %2"), info.sent_at.strftime(_TIME), info.sent_by_name))
        closed = info.closed_at is not None
        self.closed_label.setText(info.closed_at.strftime(_TIME) if info.closed_at else "")
        self._form.setRowVisible(self.closed_label, closed)
        self.status_reason_label.setText(info.status_reason)
        self._form.setRowVisible(self.status_reason_label, bool(info.status_reason))
        self._load_history()
        self._show_steps()

    def _load_history(self) -> None:
        try:
            events = referrals.history(self._ctx, self._info.id)
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.history.setRowCount(len(events))
        for number, event in enumerate(events):
            cells = (event.at.strftime(_TIME), self._step_text(event), event.by_name, event.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(number, column, item)

    def _step_text(self, event: ReferralEventInfo) -> str:
        if event.from_status is None:
            return referral_status_label(event.to_status)
        return fmt(
            self.tr("%1 → %2"),
            referral_status_label(event.from_status),
            referral_status_label(event.to_status),
        )

    def allowed_steps(self) -> list[ReferralStatus]:
        """The next statuses this user may move the referral to, in button order."""
        actor = self._ctx.actor
        if actor is None or not may(actor.role, Action.RECEPTION_RECORD):
            return []
        manager = may(actor.role, Action.REFERRAL_OVERRIDE)
        possible = TRANSITIONS[self._info.status]
        return [s for s in STEP_ORDER if s in possible and (manager or s != ReferralStatus.REVOKED)]

    def _show_steps(self) -> None:
        allowed = self.allowed_steps()
        for status, button in self.step_buttons.items():
            button.setVisible(status in allowed)
        self.steps_box.setVisible(bool(allowed))
        actor = self._ctx.actor
        may_record = actor is not None and may(actor.role, Action.RECEPTION_RECORD)
        self.read_only_note.setVisible(not may_record)
        self.print_button.setVisible(actor is not None and may(actor.role, Action.PRINT))

    # -- acting ------------------------------------------------------------------------

    def take_step(self, target: ReferralStatus) -> bool:
        """Move the referral to ``target`` with the typed reason; False (and why, inline) if refused."""
        self.reason_message.clear_message()
        self.message.clear_message()
        try:
            info = referrals.transition(self._ctx, self._info.id, target, self.reason.text())
        except (ValidationError, ServiceError) as error:
            self._refused(target, error)
            return False
        self._info = info
        self.reason.clear()
        self._show_info()
        self.message.show_info(fmt(self.tr("Now: %1"), referral_status_label(info.status)))
        self.changed.emit(info.id)
        return True

    def _refused(self, target: ReferralStatus, error: ValidationError | ServiceError) -> None:
        if error.code == "referral.reason_required":
            text = (
                self.tr("Please write down why the partner returned the referral.")
                if target == ReferralStatus.REJECTED
                else self.tr("Please say why the referral is revoked.")
            )
            self.reason_message.show_error(text)
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        elif error.code == "referral.reason_too_long":
            self.reason_message.show_problem(error)
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.message.show_problem(error)

    def print_slip(self) -> PrintPreviewDialog | None:
        """Write the slip (audited) and preview it; the temporary file goes with the preview."""
        self.message.clear_message()
        code = self._info.tracking_code
        self.preview = write_and_preview(
            self,
            lambda path: printouts.write_referral_slip(self._ctx, self._info.id, path),
            fmt(self.tr("Referral slip %1"), code),
            suggested_name=fmt(self.tr("referral-slip-%1.pdf"), code),
            show_problem=self._print_problem,
        )
        return self.preview

    def _print_problem(self, error: Exception) -> None:
        if isinstance(error, OSError):
            self.message.show_error(
                fmt(self.tr("The slip could not be written: %1"), error.strerror or error)
            )
        else:
            self.message.show_problem(error)
