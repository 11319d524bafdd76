"""Volunteer hours (志愿服务计时) settings: how a check-out is credited — the actual time or the
shift's scheduled time, rounded down to a step, with or without credit for arriving early. The
administrator changes it; everyone else who sees volunteers reads it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.hours import ROUNDING_STEPS, Basis, CreditRule
from stationdesk.domain.roles import Action, may
from stationdesk.services import hours
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.text import fmt


class HoursRuleTab(QWidget):
    """The crediting rule as three fields, a note that it applies from now on, and Save."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.editable = ctx.actor is not None and may(ctx.actor.role, Action.SETTINGS_EDIT)
        admin_note = QLabel(
            QCoreApplication.translate("settings", "Only an administrator can change this setting.")
        )
        admin_note.setWordWrap(True)
        admin_note.setVisible(not self.editable)
        self.actual = QRadioButton(
            self.tr("The actual time between check-in and check-out"), objectName="basisActual"
        )
        self.scheduled = QRadioButton(
            self.tr("The shift's scheduled time (never more than the shift)"), objectName="basisScheduled"
        )
        self.basis = QButtonGroup(self)
        self.basis.addButton(self.actual)
        self.basis.addButton(self.scheduled)
        basis_column = QVBoxLayout()
        basis_column.addWidget(self.actual)
        basis_column.addWidget(self.scheduled)
        self.rounding = QComboBox(objectName="hoursRounding")
        for step in ROUNDING_STEPS:
            text = self.tr("To the minute") if step == 0 else fmt(self.tr("Down to %1 minutes"), step)
            self.rounding.addItem(text, step)
        self.no_early_credit = QCheckBox(
            self.tr("No extra credit for arriving early"), objectName="noEarlyCredit"
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Credited time"), basis_column)
        form.addRow(self.tr("Rounding"), self.rounding)
        form.addRow("", self.no_early_credit)
        explanation = QLabel(
            self.tr(
                "The rule applies to check-outs from now on; hours already credited keep what they "
                "credited. Rounding is always down."
            )
        )
        explanation.setWordWrap(True)
        self.message = InlineMessage()
        self.save_button = QPushButton(
            icon("save"), QCoreApplication.translate("settings", "Save"), objectName="saveHoursRule"
        )
        self.save_button.setVisible(self.editable)
        self.save_button.clicked.connect(self.save)
        for widget in (self.actual, self.scheduled, self.rounding, self.no_early_credit):
            widget.setEnabled(self.editable)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(admin_note)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        try:
            rule = hours.credit_rule(self._ctx)
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return
        (self.scheduled if rule.basis == Basis.SCHEDULED else self.actual).setChecked(True)
        self.rounding.setCurrentIndex(max(0, self.rounding.findData(rule.rounding)))
        self.no_early_credit.setChecked(rule.no_early_credit)

    def rule(self) -> CreditRule:
        basis = Basis.SCHEDULED if self.scheduled.isChecked() else Basis.ACTUAL
        return CreditRule(basis, int(self.rounding.currentData()), self.no_early_credit.isChecked())

    def save(self) -> bool:
        try:
            hours.set_credit_rule(self._ctx, self.rule())
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return False
        self.reload()
        self.message.show_info(self.tr("Saved. Check-outs from now on are credited by the new rule."))
        return True
