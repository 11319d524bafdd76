"""The programme form: set up a course, salon, lecture series or camp, or change one.

Name, type, organiser, trainers, target groups, the completion rule (a share of the sessions or
N of them) and the continuing-education time a session counts, in hours by half hours. The
service checks everything; a refusal appears under the field it is about.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from stationdesk.domain.training import MAX_SESSIONS, CompletionRule, ProgrammeType, RuleKind, TargetGroup
from stationdesk.services import training
from stationdesk.services.context import ServiceContext
from stationdesk.services.training import ProgrammeDraft, ProgrammeInfo
from stationdesk.ui.form_dialog import FormDialog, RadioChoices
from stationdesk.ui.text import fmt
from stationdesk.ui.training_words import group_label, kind_label

DEFAULT_SHARE = 80
DEFAULT_HOURS = 3.0
GROUPS_PER_LINE = 3
DIALOG_WIDTH = 720


class ProgrammeDialog(FormDialog):
    """New programme (``programme`` None) or change one; ``saved(id)`` once the service took it."""

    def __init__(
        self, ctx: ServiceContext, programme: ProgrammeInfo | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("New programme") if programme is None else fmt(self.tr("Edit %1"), programme.name)
        super().__init__(title, self.tr("Save"), parent)
        self.setObjectName("programmeDialog")
        self._ctx = ctx
        self._programme = programme
        self._build()
        if programme is not None:
            self._fill(programme)
        self.resize(DIALOG_WIDTH, self.sizeHint().height())
        self.name.setFocus()

    def _build(self) -> None:
        self.name = QLineEdit(objectName="name")
        self.name.setMaxLength(training.NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. 2026年平湖市社工站运营团队智创营"))
        self.add_field(
            fmt(self.tr("%1 *"), self.tr("Name")),
            self.name,
            ("training.name_required", "training.name_too_long"),
        )
        self.kind = QComboBox(objectName="kind")
        for kind in ProgrammeType:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(-1)
        self.kind.setPlaceholderText(self.tr("Choose the type"))
        self.add_field(fmt(self.tr("%1 *"), self.tr("Type")), self.kind, ("training.kind_required",))
        self.organiser = QLineEdit(objectName="organiser")
        self.organiser.setMaxLength(training.TEXT_MAX)
        self.organiser.setPlaceholderText(self.tr("e.g. 平湖市民政局"))
        self.add_field(self.tr("Organiser"), self.organiser, ("training.organiser_too_long",))
        self.trainers = QLineEdit(objectName="trainers")
        self.trainers.setPlaceholderText(self.tr("Names, separated by commas"))
        self.add_field(self.tr("Trainers"), self.trainers, ("training.trainers_too_long",))

        groups = QGridLayout()
        self.groups: dict[str, QCheckBox] = {}
        for number, group in enumerate(TargetGroup):
            box = QCheckBox(group_label(group), objectName=f"group_{group.value}")
            self.groups[group.value] = box
            groups.addWidget(box, number // GROUPS_PER_LINE, number % GROUPS_PER_LINE)
        first_group = next(iter(self.groups.values()))
        self.add_field(self.tr("Target groups"), groups, ("training.bad_target_group",), focus=first_group)

        self.rule_kind = RadioChoices(
            self,
            [RuleKind.SHARE.value, RuleKind.COUNT.value],
            lambda code: (
                self.tr("Share of the sessions") if code == RuleKind.SHARE else self.tr("Number of sessions")
            ),
            lambda code: f"rule_{code}",
            RuleKind.SHARE.value,
        )
        self.rule_value = QSpinBox(objectName="ruleValue")
        self.rule_value.setRange(1, 100)
        self.rule_value.setValue(DEFAULT_SHARE)
        self.rule_kind.row.insertWidget(self.rule_kind.row.count() - 1, self.rule_value)
        self.rule_kind.idToggled.connect(lambda *_: self._rule_changed())
        self._rule_changed()
        rule_codes = ("training.bad_share", "training.bad_count")
        self.add_field(self.tr("Completed by"), self.rule_kind.row, rule_codes, focus=self.rule_value)

        self.hours = QDoubleSpinBox(objectName="hours")
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(2)
        self.hours.setValue(DEFAULT_HOURS)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setToolTip(
            self.tr("Continuing-education hours each session counts (up or down by half hours)")
        )
        self.add_field(self.tr("Hours per session"), self.hours, ("training.bad_minutes",))
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.add_field(self.tr("Notes"), self.notes)

    def _rule_changed(self) -> None:
        share = self.rule_kind.chosen() == RuleKind.SHARE.value
        self.rule_value.setRange(1, 100 if share else MAX_SESSIONS)
        self.rule_value.setSuffix(self.tr(" %") if share else self.tr(" sessions"))

    def _fill(self, programme: ProgrammeInfo) -> None:
        self.name.setText(programme.name)
        self.kind.setCurrentIndex(self.kind.findData(programme.kind))
        self.organiser.setText(programme.organiser)
        self.trainers.setText(programme.trainers)
        for group, box in self.groups.items():
            box.setChecked(group in programme.target_groups)
        self.rule_kind.buttons[programme.rule.kind.value].setChecked(True)
        self.rule_value.setValue(programme.rule.value)
        self.hours.setValue(programme.minutes_per_session / 60)
        self.notes.setPlainText(programme.notes)

    def draft(self) -> ProgrammeDraft:
        """What the form says (CompletionRule refuses a value out of range: shown under the rule)."""
        return ProgrammeDraft(
            name=self.name.text(),
            kind=str(self.kind.currentData() or ""),
            rule=CompletionRule(RuleKind(self.rule_kind.chosen()), self.rule_value.value()),
            minutes_per_session=round(self.hours.value() * 60),
            organiser=self.organiser.text(),
            trainers=self.trainers.text(),
            target_groups=[group for group, box in self.groups.items() if box.isChecked()],
            notes=self.notes.toPlainText(),
        )

    def call_service(self) -> str:
        if self._programme is None:
            return training.create_programme(self._ctx, self.draft())
        training.update_programme(self._ctx, self._programme.id, self.draft())
        return self._programme.id
