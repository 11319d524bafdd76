"""Settings of this installation: the language, and the minutes before the screen locks itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.roles import Action, may
from stationdesk.services import settings
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.ui.i18n import LANGUAGE_NAMES
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_common import InlineMessage


def _may_edit(ctx: ServiceContext) -> bool:
    return ctx.actor is not None and may(ctx.actor.role, Action.SETTINGS_EDIT)


def _admin_note(editable: bool) -> QLabel:
    note = QLabel(QCoreApplication.translate("settings", "Only an administrator can change this setting."))
    note.setWordWrap(True)
    note.setVisible(not editable)
    return note


def _lay_out_setting(
    tab: QWidget, editable: bool, label: str, field: QWidget, note: str
) -> tuple[QPushButton, InlineMessage]:
    """One setting tab: who may change it, the field, what it does, the outcome, and Save
    (which calls ``tab.save``). Returns the Save button and the outcome line."""
    field.setEnabled(editable)
    save_button = QPushButton(icon("save"), QCoreApplication.translate("settings", "Save"))
    save_button.setVisible(editable)
    save_button.clicked.connect(tab.save)
    message = InlineMessage()
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.addRow(label, field)
    explanation = QLabel(note)
    explanation.setWordWrap(True)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(save_button)
    layout = QVBoxLayout(tab)
    layout.addWidget(_admin_note(editable))
    layout.addLayout(form)
    layout.addWidget(explanation)
    layout.addWidget(message)
    layout.addLayout(row)
    layout.addStretch(1)
    return save_button, message


class LanguageTab(QWidget):
    """简体中文, 繁體中文 or English; applied when StationDesk starts the next time."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        editable = _may_edit(ctx)
        self.choice = QComboBox()
        self.choice.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(settings.language(ctx))))
        note = self.tr("A new language applies the next time StationDesk starts.")
        self.save_button, self.message = _lay_out_setting(
            self, editable, self.tr("Language"), self.choice, note
        )

    def save(self) -> None:
        try:
            settings.set_language(self._ctx, self.choice.currentData())
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.message.show_info(self.tr("Saved. Please restart StationDesk to use the new language."))


class IdleLockTab(QWidget):
    """How many minutes without use before the screen locks (0: never)."""

    changed = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        editable = _may_edit(ctx)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("idleMinutes")
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("Never"))
        self.minutes.setValue(settings.idle_lock_minutes(ctx))
        note = self.tr(
            "When nobody has used the keyboard or mouse for this long, StationDesk covers its windows "
            "and asks for the password again. 0 turns the lock off."
        )
        label = self.tr("Lock the screen after")
        self.save_button, self.message = _lay_out_setting(self, editable, label, self.minutes, note)

    def save(self) -> None:
        minutes = self.minutes.value()
        try:
            settings.set_idle_lock_minutes(self._ctx, minutes)
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.message.show_info(self.tr("Saved."))
        self.changed.emit(minutes)
