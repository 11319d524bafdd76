"""A small form dialog whose refusals appear next to the field they concern.

The layout is the one every form dialog shares (``settings_common.lay_out_form_dialog``); here each
field also gets its own message line. A subclass adds its fields with the error codes that belong
to each (``add_field``) and says in ``call_service()`` what the service is to do. Save, Enter or
Ctrl+Enter save; a refusal from the service (a ``ValidationError`` or ``ServiceError``) is shown
under its field, or under the form when no field owns its code, and nothing is saved. On success
``saved`` carries ``call_service()``'s result and the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QRadioButton,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.services.errors import ServiceError
from stationdesk.ui.field_messages import FieldMessages
from stationdesk.ui.settings_common import InlineMessage, lay_out_form_dialog, with_message

_SAVE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

FIELD_WIDTH = 400
"""The least width of a field, so that hints and refusals under it read on one or two lines."""

Clock = Callable[[], date]
"""Today's date (``date.today``; tests pass a fixed day)."""


class FormDialog(QDialog):
    """``add_field`` the fields, implement ``call_service``; ``save`` is what Save does."""

    saved = Signal(str)

    def __init__(self, title: str, accept_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = FieldMessages()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = lay_out_form_dialog(self, self.form, accept_text)
        self.problem.setObjectName("formProblem")

    def add_field(
        self,
        label: str,
        field: QWidget | QLayout,
        codes: Iterable[str] = (),
        *,
        focus: QWidget | None = None,
        form: QFormLayout | None = None,
    ) -> InlineMessage:
        """A labelled row (in ``form``, the dialog's own by default) with a message line under the
        field for the refusals in ``codes``; ``focus`` is where the cursor goes on one of them."""
        message = InlineMessage()
        box = with_message(field, message)
        box.setMinimumWidth(FIELD_WIDTH)
        target = focus if focus is not None else field
        assert isinstance(target, QWidget), "a layout field needs a focus widget"
        self.fields.own(codes, message, target)
        (form or self.form).addRow(label, box)
        return message

    def call_service(self) -> str:
        """Ask the service; let its refusal propagate. Returns what ``saved`` carries (an id, or "")."""
        raise NotImplementedError

    def save(self) -> None:
        self.clear_problems()
        try:
            result = self.call_service()
        except (ValidationError, ServiceError) as error:
            self.show_refusal(error)
            return
        self.saved.emit(result)
        self.accept()

    def show_refusal(self, error: BaseException) -> None:
        if not self.fields.show(error):
            self.problem.show_problem(error)

    def clear_problems(self) -> None:
        self.problem.clear_message()
        self.fields.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter saves from any field, the multi-line ones included."""
        if event.key() in _SAVE_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save()
            return
        super().keyPressEvent(event)


def date_edit(day: date, name: str) -> QDateEdit:
    """A date field with a calendar, showing ``day``; no bounds, so the service judges the date."""
    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    set_day(edit, day)
    return edit


def set_day(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def day_of(edit: QDateEdit) -> date:
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


class RadioChoices(QButtonGroup):
    """One radio button per code, side by side in ``row`` (their ids in the order of the codes),
    ``checked`` chosen at first; ``buttons`` by code, ``chosen()`` the code of the checked one."""

    def __init__(
        self,
        parent: QWidget,
        codes: Sequence[str],
        label: Callable[[str], str],
        name: Callable[[str], str],
        checked: str,
    ) -> None:
        super().__init__(parent)
        self._checked = checked
        self.buttons: dict[str, QRadioButton] = {}
        self.row = QHBoxLayout()
        for number, code in enumerate(codes):
            button = QRadioButton(label(code), objectName=name(code))
            self.addButton(button, number)
            self.buttons[code] = button
            self.row.addWidget(button)
        self.row.addStretch(1)
        self.buttons[checked].setChecked(True)

    def chosen(self) -> str:
        return next((code for code, button in self.buttons.items() if button.isChecked()), self._checked)
