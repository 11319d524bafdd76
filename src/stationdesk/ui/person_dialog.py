"""The person form (登记/编辑居民): register a new person or edit one, keyboard first.

A typed ID number is checked as the clerk types; once valid it fills in the birth date and
the sex and locks them, because the number is the authority. In edit mode the stored ID
number and phone are never loaded: the fields show the masked value as a placeholder, and an
empty field means "unchanged". Nothing is written unless the service accepts the whole form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.idnumber import IdNumberInfo, normalize_id_number, parse_id_number
from stationdesk.domain.phone import normalize_phone
from stationdesk.services import people, tags
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.people import DuplicatesFound, PersonDetail, PersonDraft
from stationdesk.ui.duplicates_dialog import DuplicatesDialog
from stationdesk.ui.icons import icon
from stationdesk.ui.messages import describe
from stationdesk.ui.models.person_table import sex_label
from stationdesk.ui.settings_common import with_message
from stationdesk.ui.text import fmt

ID_LENGTH = 18
_ERROR_STYLE = "color: #b3261e;"
_OK_STYLE = "color: #1b6e20;"
_MIN_BIRTH = QDate(1900, 1, 1)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PersonDialog(QDialog):
    """New (``person_id`` None), edit, or read-only view of one person.

    ``saved(id)`` after a successful save; ``open_person_requested(id)`` when the clerk chose
    an existing duplicate instead (the dialog then closes; ``open_person_dialog`` opens it).
    """

    saved = Signal(str)
    open_person_requested = Signal(str)

    def __init__(
        self,
        ctx: ServiceContext,
        person_id: str | None = None,
        parent: QWidget | None = None,
        *,
        prefill: PersonDraft | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._person_id = person_id
        self._detail: PersonDetail | None = people.get(ctx, person_id) if person_id else None
        self._read_only = read_only
        self._id_info: IdNumberInfo | None = None
        self.saved_id: str | None = None
        self.setMinimumWidth(900)

        self._build()
        self._connect()
        if self._detail is not None:
            self._fill(self._detail)
        elif prefill is not None:
            self._prefill(prefill)
        if read_only:
            self._make_read_only()
        self._title()
        self.name.setFocus()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.name = QLineEdit(objectName="name")
        self.name.setMaxLength(64)
        self.id_number = QLineEdit(objectName="idNumber")
        self.id_number.setMaxLength(24)
        self.id_message = self._message_label("idMessage")
        self.sex = QComboBox(objectName="sex")
        for code in ("M", "F"):
            self.sex.addItem(sex_label(code), code)
        self.sex.addItem(self.tr("Not stated"), "")
        self.sex.setCurrentIndex(2)
        self.birth_date = QDateEdit(objectName="birthDate")
        self.birth_date.setDisplayFormat("yyyy-MM-dd")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDateRange(_MIN_BIRTH, QDate.currentDate())
        self.birth_date.setDate(QDate(1960, 1, 1))
        self.birth_unknown = QCheckBox(self.tr("Unknown"), objectName="birthUnknown")
        self.birth_unknown.setChecked(True)
        self.birth_date.setEnabled(False)
        self.phone = QLineEdit(objectName="phone")
        self.phone.setMaxLength(20)
        self.phone_message = self._message_label("phoneMessage")

        self.community = QComboBox(objectName="community")
        self.community.setEditable(True)
        self.community.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.community.addItems(people.communities(self._ctx))
        self.community.setCurrentIndex(-1)
        self.community.setEditText("")
        completer = self.community.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.grid = QLineEdit(objectName="grid")
        self.grid.setMaxLength(64)
        self.address = QLineEdit(objectName="address")
        self.address.setMaxLength(200)
        self.tags = QListWidget(objectName="tags")
        self.tags.setFlow(QListView.Flow.LeftToRight)
        self.tags.setWrapping(True)
        self.tags.setResizeMode(QListView.ResizeMode.Adjust)
        self.tags.setSpacing(4)
        self.tags.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tags.setFixedHeight((self.fontMetrics().lineSpacing() + 14) * 2 + 14)
        self._fill_tags(())

        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.consent_given = QCheckBox(self.tr("Consent given"), objectName="consentGiven")
        self.consent_date = QDateEdit(objectName="consentDate")
        self.consent_date.setDisplayFormat("yyyy-MM-dd")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDate(QDate.currentDate())
        self.consent_date.setMaximumDate(QDate.currentDate())
        self.consent_scope = QLineEdit(objectName="consentScope")
        self.consent_scope.setMaxLength(200)
        self.consent_scope.setPlaceholderText(
            self.tr("What the person agreed to, e.g. registry and home visits")
        )
        self._set_consent_enabled(False)

        self.error = self._message_label("error")
        self.save_button = QPushButton(icon("save"), self.tr("Save"), objectName="saveButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter or Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelButton")
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)

        birth = QHBoxLayout()
        birth.addWidget(self.birth_date, 1)
        birth.addWidget(self.birth_unknown)
        consent = QHBoxLayout()
        consent.setSpacing(8)
        consent.addWidget(self.consent_given)
        consent.addSpacing(16)
        consent.addWidget(self._label(self.tr("Date"), self.consent_date))
        consent.addWidget(self.consent_date)
        consent.addSpacing(16)
        consent.addWidget(self._label(self.tr("Scope"), self.consent_scope))
        consent.addWidget(self.consent_scope, 1)

        # One grid rather than several form layouts, so that every field lines up.
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setColumnMinimumWidth(2, 90)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        rows: list[tuple[str, QWidget | QHBoxLayout, str, QWidget | None]] = [
            (fmt(self.tr("%1 *"), self.tr("Name")), self.name, self.tr("Community"), self.community),
            (
                self.tr("ID number"),
                with_message(self.id_number, self.id_message),
                self.tr("Grid"),
                self.grid,
            ),
            (self.tr("Sex"), self.sex, self.tr("Address"), self.address),
            (self.tr("Birth date"), birth, self.tr("Tags"), self.tags),
            (self.tr("Phone"), with_message(self.phone, self.phone_message), "", None),
        ]
        for number, (left_text, left_field, right_text, right_field) in enumerate(rows):
            form.addWidget(
                self._label(left_text, self._focus_target(left_field)), number, 0, Qt.AlignmentFlag.AlignTop
            )
            if isinstance(left_field, QHBoxLayout):
                form.addLayout(left_field, number, 1, Qt.AlignmentFlag.AlignTop)
            else:
                form.addWidget(left_field, number, 1, Qt.AlignmentFlag.AlignTop)
            if right_field is self.tags:
                form.addWidget(self._label(right_text, self.tags), number, 2, Qt.AlignmentFlag.AlignTop)
                form.addWidget(self.tags, number, 3, 2, 1, Qt.AlignmentFlag.AlignTop)
            elif right_field is not None:
                form.addWidget(self._label(right_text, right_field), number, 2, Qt.AlignmentFlag.AlignTop)
                form.addWidget(right_field, number, 3, Qt.AlignmentFlag.AlignTop)
        notes_row = len(rows)
        form.addWidget(self._label(self.tr("Notes"), self.notes), notes_row, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.notes, notes_row, 1, 1, 3)
        form.addWidget(self._label(self.tr("Consent"), self.consent_given), notes_row + 1, 0)
        form.addLayout(consent, notes_row + 1, 1, 1, 3)
        form.setColumnMinimumWidth(0, 80)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Down the left column first (name, ID number, sex, birth, phone: what a clerk has in
        hand), then the address column, the notes and consent; the grid alone would go across."""
        chain = [
            self.name,
            self.id_number,
            self.sex,
            self.birth_date,
            self.birth_unknown,
            self.phone,
            self.community,
            self.grid,
            self.address,
            self.tags,
            self.notes,
            self.consent_given,
            self.consent_date,
            self.consent_scope,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _message_label(name: str) -> QLabel:
        label = QLabel(objectName=name)
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A field label as tall as a line edit, so that it lines up with the field's text."""
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setMinimumHeight(self.name.sizeHint().height())
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _focus_target(self, field: QWidget | QHBoxLayout) -> QWidget:
        if field is self.id_message.parentWidget():
            return self.id_number
        if field is self.phone_message.parentWidget():
            return self.phone
        return self.birth_date if isinstance(field, QHBoxLayout) else field

    def _fill_tags(self, checked: tuple[str, ...]) -> None:
        self.tags.clear()
        for tag in tags.list_tags(self._ctx, include_retired=bool(checked)):
            if tag.retired and tag.id not in checked:
                continue
            text = fmt(self.tr("%1 (retired)"), tag.name) if tag.retired else tag.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Checked if tag.id in checked else Qt.CheckState.Unchecked)
            self.tags.addItem(item)

    def _connect(self) -> None:
        self.id_number.textChanged.connect(self._id_changed)
        self.id_number.editingFinished.connect(self._id_finished)
        self.phone.textChanged.connect(lambda *_: self._show(self.phone_message, ""))
        self.phone.editingFinished.connect(self._phone_finished)
        self.birth_unknown.toggled.connect(lambda unknown: self.birth_date.setEnabled(not unknown))
        self.consent_given.toggled.connect(self._set_consent_enabled)
        for edit in (self.name, self.id_number, self.phone, self.grid, self.address, self.consent_scope):
            edit.returnPressed.connect(self.focusNextChild)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"), QKeySequence.StandardKey.Save):
            QShortcut(keys, self, self.save)

    # -- loading -----------------------------------------------------------------------

    def _fill(self, detail: PersonDetail) -> None:
        row = detail.row
        self.name.setText(row.name)
        self._set_sex(row.sex)
        self._set_birth(row.birth_date)
        self.id_number.setPlaceholderText(row.id_masked or self.tr("Not recorded"))
        self.phone.setPlaceholderText(row.phone_masked or self.tr("Not recorded"))
        if detail.has_id_number:
            self.id_number.setToolTip(self.tr("Type a new number only to replace the recorded one."))
        if detail.has_phone:
            self.phone.setToolTip(self.tr("Type a new number only to replace the recorded one."))
        self.community.setEditText(row.community)
        self.grid.setText(row.grid)
        self.address.setText(detail.address)
        self.notes.setPlainText(detail.notes)
        self._fill_tags(detail.tag_ids)
        if detail.consent_date is not None:
            self.consent_given.setChecked(True)
            self.consent_date.setDate(_qdate(detail.consent_date))
        self.consent_scope.setText(detail.consent_scope)
        self._lock_derived(detail.has_id_number)

    def _prefill(self, draft: PersonDraft) -> None:
        self.name.setText(draft.name)
        self.id_number.setText(draft.id_number or "")
        self.phone.setText(draft.phone or "")

    def _make_read_only(self) -> None:
        for widget in (self.name, self.id_number, self.phone, self.grid, self.address, self.consent_scope):
            widget.setReadOnly(True)
        self.notes.setReadOnly(True)
        for widget in (self.sex, self.birth_date, self.birth_unknown, self.community, self.tags,
                       self.consent_given, self.consent_date):  # fmt: skip
            widget.setEnabled(False)
        self.save_button.setVisible(False)
        self.cancel_button.setText(self.tr("Close"))

    def _title(self) -> None:
        if self._detail is None:
            self.setWindowTitle(self.tr("New person"))
        elif self._read_only:
            self.setWindowTitle(self._detail.row.name)
        else:
            self.setWindowTitle(fmt(self.tr("Edit %1"), self._detail.row.name))

    # -- live checks -------------------------------------------------------------------

    def _set_sex(self, sex: str) -> None:
        self.sex.setCurrentIndex(max(0, self.sex.findData(sex)))

    def _set_birth(self, birth: date | None) -> None:
        self.birth_unknown.setChecked(birth is None)
        if birth is not None:
            self.birth_date.setDate(_qdate(birth))

    def _lock_derived(self, locked: bool) -> None:
        """Sex and birth date come from a valid ID number and cannot be typed over."""
        self.sex.setEnabled(not locked)
        self.birth_unknown.setEnabled(not locked)
        self.birth_date.setEnabled(not locked and not self.birth_unknown.isChecked())
        hint = self.tr("Taken from the ID number.") if locked else ""
        for widget in (self.sex, self.birth_date):
            widget.setToolTip(hint)

    def _id_changed(self, text: str) -> None:
        number = normalize_id_number(text)
        self._id_info = None
        if len(number) < ID_LENGTH:
            self._show(self.id_message, "")
            self._restore_derived()
            return
        try:
            info = parse_id_number(number)
        except ValidationError as error:
            self._show(self.id_message, describe(error))
            self._restore_derived()
            return
        self._id_info = info
        self._set_sex(info.sex)
        self._set_birth(info.birth_date)
        self._lock_derived(True)
        self._show(self.id_message, fmt(self.tr("Valid: born %1, %2"), info.birth_date.isoformat(),
                                        sex_label(info.sex)), ok=True)  # fmt: skip

    def _restore_derived(self) -> None:
        """No valid new number: back to the stored person's values, or free to type."""
        stored = self._detail
        if stored is not None and stored.has_id_number:
            self._set_sex(stored.row.sex)
            self._set_birth(stored.row.birth_date)
            self._lock_derived(True)
        else:
            self._lock_derived(False)

    def _id_finished(self) -> None:
        number = normalize_id_number(self.id_number.text())
        if 0 < len(number) < ID_LENGTH:
            try:
                parse_id_number(number)
            except ValidationError as error:
                self._show(self.id_message, describe(error))

    def _phone_finished(self) -> None:
        text = self.phone.text().strip()
        if text:
            try:
                normalize_phone(text)
            except ValidationError as error:
                self._show(self.phone_message, describe(error))

    def _set_consent_enabled(self, given: bool) -> None:
        self.consent_date.setEnabled(given)
        self.consent_scope.setEnabled(given)

    @staticmethod
    def _show(label: QLabel, text: str, *, ok: bool = False) -> None:
        label.setText(text)
        label.setStyleSheet(_OK_STYLE if ok else _ERROR_STYLE)
        label.setVisible(bool(text))

    # -- saving ------------------------------------------------------------------------

    def draft(self) -> PersonDraft:
        """The form as the service wants it (``None`` ID/phone: keep what is recorded)."""
        checked = [
            str(self.tags.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.tags.count())
            if self.tags.item(i).checkState() == Qt.CheckState.Checked
        ]
        given = self.consent_given.isChecked()
        return PersonDraft(
            name=self.name.text(),
            sex=str(self.sex.currentData() or ""),
            birth_date=None if self.birth_unknown.isChecked() else _pydate(self.birth_date.date()),
            id_number=self.id_number.text().strip() or None,
            phone=self.phone.text().strip() or None,
            community=self.community.currentText(),
            grid=self.grid.text(),
            address=self.address.text(),
            notes=self.notes.toPlainText(),
            consent_date=_pydate(self.consent_date.date()) if given else None,
            consent_scope=self.consent_scope.text() if given else "",
            tag_ids=tuple(checked),
        )

    def save(self) -> None:
        if not self._read_only:
            self._submit(None)

    def _submit(self, duplicate_reason: str | None) -> None:
        self._show(self.error, "")
        draft = self.draft()
        try:
            if self._person_id is None:
                person_id = people.create(self._ctx, draft, duplicate_reason)
            else:
                person_id = self._person_id
                people.update(self._ctx, person_id, draft, duplicate_reason)
        except DuplicatesFound as found:
            self._ask_about_duplicates(found)
            return
        except (ValidationError, ServiceError) as error:
            self._refused(error)
            return
        self.saved_id = person_id
        self.saved.emit(person_id)
        self.accept()

    def _refused(self, error: Exception) -> None:
        code = str(getattr(error, "code", ""))
        if code.startswith("id."):
            self._show(self.id_message, describe(error))
            self.id_number.setFocus()
        elif code.startswith("phone."):
            self._show(self.phone_message, describe(error))
            self.phone.setFocus()
        else:
            self._show(self.error, describe(error))
            if code.startswith("person.name"):
                self.name.setFocus()

    def _ask_about_duplicates(self, found: DuplicatesFound) -> None:
        dialog = DuplicatesDialog(found.candidates, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open_person.connect(self._open_instead)
        dialog.save_anyway.connect(self._submit)
        dialog.open()

    def _open_instead(self, person_id: str) -> None:
        self.open_person_requested.emit(person_id)
        self.reject()


def open_person_dialog(
    ctx: ServiceContext,
    parent: QWidget,
    person_id: str | None = None,
    *,
    prefill: PersonDraft | None = None,
    read_only: bool = False,
    on_saved: Callable[[str], object] | None = None,
) -> PersonDialog | None:
    """Open the form window-modally (not blocking); follows "open existing" to the next form.

    ``on_saved`` (a callable taking the person id) is also connected to any form opened from
    the duplicates list. Returns None, after a message box, when the person is gone.
    """
    try:
        dialog = PersonDialog(ctx, person_id, parent, prefill=prefill, read_only=read_only)
    except ServiceError as error:
        box = QMessageBox(QMessageBox.Icon.Warning, parent.window().windowTitle(), describe(error),
                          QMessageBox.StandardButton.Close, parent)  # fmt: skip
        box.finished.connect(box.deleteLater)
        box.open()
        return None
    dialog.finished.connect(dialog.deleteLater)
    if on_saved is not None:
        dialog.saved.connect(on_saved)
    dialog.open_person_requested.connect(
        lambda other: open_person_dialog(ctx, parent, other, read_only=read_only, on_saved=on_saved)
    )
    dialog.open()
    return dialog
