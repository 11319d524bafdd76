"""The reception desk page (全科接待 / 接待登记): one walk-in after another from the keyboard.

Search (or scan) → Enter picks the person (or Ctrl+N registers one, or "Anonymous") → tick the
needs → a short note → the outcome → Ctrl+Enter saves, and the cursor is back in the search box
for the next person. The day's list beside the form shows who came; a double-click on a row
opens that person's timeline.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.services import follow_ups, needs, partners, people, reception
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.people import PersonRow
from stationdesk.services.reception import WalkInDraft
from stationdesk.services.referrals import ReferralDraft
from stationdesk.ui.field_messages import FieldMessages
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.form_dialog import RadioChoices
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models import person_table as columns
from stationdesk.ui.models.person_table import sex_label
from stationdesk.ui.my_follow_ups import MyFollowUpsPanel
from stationdesk.ui.person_dialog import open_person_dialog
from stationdesk.ui.person_search import PersonSearch, SearchTexts
from stationdesk.ui.reception_day import (
    CATEGORIES,
    OUTCOME,
    OWNER,
    PERSON,
    TIME,
    TimelineDialog,
    WalkInDayModel,
    outcome_label,
    show_timeline,
)
from stationdesk.ui.search_keys import page_shortcut
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.staffing_panel import StaffingPanel
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt
from stationdesk.ui.worker_picker import WorkerCombo

FOLLOW_UP_DAYS = 3
"""The default due date of a follow-up: three days from today."""
RESULT_ROWS = 5
CATEGORY_COLUMNS = 4
_SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class ReceptionPage(QWidget):
    """The 接待 page. ``focus_search()`` puts the cursor in the search box (the shell's Ctrl+F)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._person: PersonRow | None = None
        self._category_boxes: dict[str, QCheckBox] = {}
        self.day_model = WalkInDayModel(self)

        self._build()
        self.field_messages = self._own_refusals()
        self._connect()
        self.reload()

    # -- building ----------------------------------------------------------------------

    def _own_refusals(self) -> FieldMessages:
        """Which field each refusal of the walk-in service is shown under."""
        fields = FieldMessages()
        fields.own(("walkin.person_or_anonymous", "walkin.referral_needs_person", "person.not_found"),
                   self.person_message, self.search)  # fmt: skip
        fields.own(("walkin.categories_required", "walkin.retired_category", "category.not_found"),
                   self.needs_message, self.categories)  # fmt: skip
        fields.own(
            (
                "referral.consent_required",
                "referral.override_reason_required",
                "referral.override_reason_too_long",
                "auth.forbidden",
            ),
            self.referral_message,
            self.consent,
        )
        fields.own(
            ("referral.need_required", "referral.need_too_long"), self.referral_message, self.referral_need
        )
        fields.own(("partner.not_found", "referral.partner_retired", "walkin.referral_required"),
                   self.referral_message, self.partner)  # fmt: skip
        fields.own(("followup.due_required", "followup.due_in_past"), self.follow_up_message, self.due)
        fields.own(("followup.owner_required",), self.follow_up_message, self.owner)
        return fields

    def _build(self) -> None:
        self.form = QWidget(objectName="walkInForm")
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self._build_person())
        form_layout.addWidget(self._build_needs())
        form_layout.addWidget(self._build_outcome())
        form_layout.addStretch(1)

        self.message = InlineMessage(self)
        self.read_only_note = QLabel(
            self.tr("Your role may view the day's walk-ins but not record them."), objectName="readOnlyNote"
        )
        self.read_only_note.setWordWrap(True)
        self.save_button = QPushButton(icon("save"), self.tr("Save"), objectName="saveButton")
        self.save_button.setToolTip(self.tr("Save the walk-in (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)
        self.notice_button = QPushButton(
            icon("notice"), self.tr("One-time notice…"), objectName="noticeButton"
        )
        self.notice_button.setToolTip(self.tr("Print the list of documents to bring for a relief type"))
        self.notice_button.setAutoDefault(False)
        self.notice_button.clicked.connect(self.open_notice)
        save_row = QHBoxLayout()
        save_row.addWidget(self.notice_button, 0, Qt.AlignmentFlag.AlignTop)
        save_row.addWidget(self.message, 1)
        save_row.addStretch(1)  # the buttons keep their size while no message shows
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)

        scroll = QScrollArea(objectName="formScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.read_only_note)
        left_layout.addWidget(scroll, 1)
        left_layout.addLayout(save_row)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self._build_day())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_person(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who came"))
        texts = SearchTexts(
            placeholder=self.tr("Name, pinyin initials, phone or ID number (or scan)"),
            not_found=self.tr("No one found. Press Ctrl+N to register a new person."),
            clear=self.tr("Clear"),
            clear_tip=self.tr("Choose someone else"),
            search_name="search",
            results_name="results",
            hint_name="resultHint",
            picked_name="picked",
            picked_label_name="pickedLabel",
            clear_name="clearPerson",
        )
        self.person_search = PersonSearch(
            self._ctx,
            self,
            texts,
            on_pick=self.pick,
            on_error=lambda error: self.message.show_problem(error),  # the message is built later
            result_rows=RESULT_ROWS,
            hidden=(columns.GRID, columns.TAGS),
            scale=1.4,
            picked_scale=1.2,
        )
        found = self.person_search
        self.results_model = found.model
        self.search, self.results, self.result_hint = found.search, found.results, found.hint
        self.picked, self.picked_label = found.picked, found.picked_label
        self.clear_button = found.clear_button
        self.keys = found.keys
        self.new_button = QPushButton(icon("add"), self.tr("New person"), objectName="newPersonButton")
        self.new_button.setToolTip(self.tr("Register a new person (Ctrl+N)"))
        self.new_button.setAutoDefault(False)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.new_button)

        self.anonymous = QCheckBox(self.tr("Anonymous visitor"), objectName="anonymous")
        self.anonymous.setToolTip(self.tr("Record the visit without a name: sex and age band only"))
        self.anonymous_sex = QComboBox(objectName="anonymousSex")
        for code in reception.ANONYMOUS_SEXES:
            self.anonymous_sex.addItem(sex_label(code), code)
        self.anonymous_band = QComboBox(objectName="anonymousAgeBand")
        for band in reception.AGE_BANDS:
            self.anonymous_band.addItem(band, band)
        self.anonymous_band.setCurrentIndex(reception.AGE_BANDS.index("60-79"))
        anonymous_row = QHBoxLayout()
        anonymous_row.addWidget(self.anonymous)
        self.anonymous_sex_label = QLabel(self.tr("Sex"))
        self.anonymous_band_label = QLabel(self.tr("Age"))
        for widget in (self.anonymous_sex_label, self.anonymous_sex, self.anonymous_band_label,
                       self.anonymous_band):  # fmt: skip
            anonymous_row.addWidget(widget)
        anonymous_row.addStretch(1)
        self._set_anonymous_fields(False)

        self.person_message = InlineMessage(box)
        self.person_message.setObjectName("personMessage")
        layout = QVBoxLayout(box)
        layout.addLayout(search_row)
        layout.addWidget(self.results)
        layout.addWidget(self.result_hint)
        layout.addWidget(self.picked)
        layout.addLayout(anonymous_row)
        layout.addWidget(self.person_message)
        return box

    def _build_needs(self) -> QGroupBox:
        box = QGroupBox(self.tr("Needs and note"))
        self.categories = QWidget(objectName="categories")
        self._category_grid = QGridLayout(self.categories)
        self._category_grid.setContentsMargins(0, 0, 0, 0)
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("A short note: what the person asked, what was done"))
        self.needs_message = InlineMessage(box)
        self.needs_message.setObjectName("needsMessage")
        layout = QVBoxLayout(box)
        layout.addWidget(self.categories)
        layout.addWidget(self.note)
        layout.addWidget(self.needs_message)
        return box

    def _build_outcome(self) -> QGroupBox:
        box = QGroupBox(self.tr("Outcome"))
        self.outcome_group = RadioChoices(
            self, reception.OUTCOMES, outcome_label, lambda outcome: f"outcome_{outcome}", reception.RESOLVED
        )
        self.outcome_buttons = self.outcome_group.buttons

        self.referral_panel = QWidget(objectName="referralPanel")
        referral_form = QFormLayout(self.referral_panel)
        referral_form.setContentsMargins(0, 0, 0, 0)
        self.partner = QComboBox(objectName="partner")
        self.partner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.partner.setMinimumContentsLength(16)
        self.referral_need = QLineEdit(objectName="referralNeed")
        self.referral_need.setPlaceholderText(self.tr("What the partner is asked to help with"))
        self.consent = QCheckBox(self.tr("The person agrees to share their data with the partner"),
                                 objectName="consent")  # fmt: skip
        self.override_reason = QLineEdit(objectName="overrideReason")
        self.override_reason.setPlaceholderText(
            self.tr("Only without consent: why the referral is sent anyway")
        )
        self.override_label = QLabel(self.tr("Override reason"))
        referral_form.addRow(self.tr("Partner"), self.partner)
        referral_form.addRow(self.tr("Need"), self.referral_need)
        referral_form.addRow("", self.consent)
        referral_form.addRow(self.override_label, self.override_reason)
        self.referral_message = InlineMessage(self.referral_panel)
        self.referral_message.setObjectName("referralMessage")
        referral_form.addRow(self.referral_message)
        self.referral_panel.setVisible(False)

        self.follow_up_panel = QWidget(objectName="followUpPanel")
        follow_form = QFormLayout(self.follow_up_panel)
        follow_form.setContentsMargins(0, 0, 0, 0)
        self.due = QDateEdit(objectName="followUpDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_note = QLineEdit(objectName="followUpNote")
        self.follow_up_note.setPlaceholderText(self.tr("What is to be done next"))
        self.owner = WorkerCombo("followUpOwner")
        self.owner.setToolTip(self.tr("Who will do it: you, or a colleague"))
        follow_form.addRow(self.tr("Due"), self.due)
        follow_form.addRow(self.tr("To do"), self.follow_up_note)
        follow_form.addRow(self.tr("Owner"), self.owner)
        self.follow_up_message = InlineMessage(self.follow_up_panel)
        self.follow_up_message.setObjectName("followUpMessage")
        follow_form.addRow(self.follow_up_message)
        self.follow_up_panel.setVisible(False)

        layout = QVBoxLayout(box)
        layout.addLayout(self.outcome_group.row)
        layout.addWidget(self.referral_panel)
        layout.addWidget(self.follow_up_panel)
        return box

    def _build_day(self) -> QWidget:
        panel = QWidget(objectName="dayPanel")
        self.day_title = QLabel(objectName="dayTitle")
        emphasise(self.day_title)
        self.day_table = list_table("dayTable", self.day_model)
        self.day_table.setToolTip(self.tr("Double-click a row to see the person's timeline"))
        # Widths from the font, not the rows: a busy day has a hundred walk-ins to measure.
        size_columns(self.day_table, {PERSON: 4, OUTCOME: 4, OWNER: 4}, {TIME: 5}, stretch=CATEGORIES)
        self.day_error = InlineMessage(panel)
        self.my_follow_ups = MyFollowUpsPanel(self._ctx, panel)
        self.staffing = StaffingPanel(self._ctx, panel)  # the 6430 figures, small, at the top right
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.staffing)
        layout.addWidget(self.my_follow_ups)
        layout.addWidget(self.day_title)
        layout.addWidget(self.day_table, 1)
        layout.addWidget(self.day_error)
        return panel

    def _connect(self) -> None:
        # Enter: one match (a scanned ID) is picked, several lead into the list.
        self.search.returnPressed.connect(self.person_search.typing.search_now)
        self.clear_button.clicked.connect(self._clear_person)
        self.new_button.clicked.connect(self.new_person)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.outcome_group.idToggled.connect(lambda *_: self._outcome_changed())
        self.save_button.clicked.connect(self.save)
        self.day_table.doubleClicked.connect(lambda index: self.open_timeline(index.row()))
        self._new_shortcut = page_shortcut(self, QKeySequence.StandardKey.New, self.new_person)
        self._save_shortcuts = [page_shortcut(self, keys, self.save) for keys in _SAVE_KEYS]

    # -- public ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.keys.back_to_search()

    def reload(self) -> None:
        """Fresh lists (categories, partners, the day) and permissions, keeping what is typed."""
        self._apply_permissions()
        self._load_choices()
        self.refresh_day()

    def refresh_day(self) -> None:
        try:
            rows = reception.today(self._ctx)
        except ServiceError as error:
            self.day_error.show_problem(error)
            return
        self.day_error.clear_message()
        self.day_model.set_rows(rows)
        self.day_title.setText(fmt(self.tr("Today: %1 walk-ins"), len(rows)))

    def person(self) -> PersonRow | None:
        return self._person

    def pick(self, row: PersonRow) -> None:
        """Take this person for the walk-in: one line with a clear button, focus on the needs."""
        self._person = row
        self.anonymous.setChecked(False)
        self.person_search.show_picked(row)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        first = next(iter(self._category_boxes.values()), None)
        (first or self.note).setFocus(Qt.FocusReason.OtherFocusReason)

    def new_person(self) -> None:
        if not self._may(Action.PERSON_EDIT) or not self._may(Action.RECEPTION_RECORD):
            return
        open_person_dialog(self._ctx, self, prefill=self._prefill(), on_saved=self._registered)

    def draft(self) -> WalkInDraft:
        """What the form holds, as the service takes it."""
        outcome = self._outcome()
        person_id = self._person.id if self._person is not None else None
        anonymous = person_id is None and self.anonymous.isChecked()
        referral = None
        if outcome == reception.REFERRED:
            referral = ReferralDraft(
                person_id="",
                partner_id=self.partner.currentData() or "",
                need=self.referral_need.text(),
                consent_given=self.consent.isChecked(),
                override_reason=self.override_reason.text() if self._may(Action.REFERRAL_OVERRIDE) else "",
            )
        follow_up = outcome == reception.FOLLOW_UP
        return WalkInDraft(
            person_id=person_id,
            anonymous_sex=self.anonymous_sex.currentData() if anonymous else "",
            anonymous_age_band=self.anonymous_band.currentData() if anonymous else "",
            category_ids=[cid for cid, box in self._category_boxes.items() if box.isChecked()],
            note=self.note.text(),
            outcome=outcome,
            follow_up_due=self.due.date().toPython() if follow_up else None,  # type: ignore[arg-type]
            follow_up_owner_id=self.owner.worker_id() if follow_up else None,
            follow_up_note=self.follow_up_note.text() if follow_up else "",
            referral=referral,
        )

    def save(self) -> None:
        """Record the walk-in; on success clear the form and go back to the search box."""
        if not self.form.isEnabled():
            return
        draft = self.draft()
        name = self._person.name if self._person is not None else self.tr("anonymous visitor")
        self.field_messages.clear()
        self.message.clear_message()
        try:
            reception.record_walk_in(self._ctx, draft)
        except (ValidationError, ServiceError) as error:
            if not self.field_messages.show(error):
                self.message.show_problem(error)
            return
        self.clear_form()
        self.message.show_info(fmt(self.tr("Saved: %1"), name))
        self.refresh_day()
        self.my_follow_ups.refresh()
        self.focus_search()

    def clear_form(self) -> None:
        self._clear_person(focus=False)
        self.anonymous.setChecked(False)
        for box in self._category_boxes.values():
            box.setChecked(False)
        self.note.clear()
        self.outcome_buttons[reception.RESOLVED].setChecked(True)
        self.partner.setCurrentIndex(0 if self.partner.count() else -1)
        self.referral_need.clear()
        self.consent.setChecked(False)
        self.override_reason.clear()
        self.follow_up_note.clear()
        self.due.setDate(QDate.currentDate().addDays(FOLLOW_UP_DAYS))
        if self._ctx.actor is not None:
            self.owner.select(self._ctx.actor.user_id)
        self.message.clear_message()

    def open_timeline(self, row: int) -> TimelineDialog | None:
        """The timeline of the person on a row of the day's list (None for an anonymous one)."""
        return show_timeline(self._ctx, self.day_model.row_at(row), self, self.day_error.show_problem)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_permissions()
        self.my_follow_ups.refresh()  # the follow-ups page may have closed some meanwhile
        self.staffing.refresh()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the person ----------------------------------------------------------------------

    def _clear_person(self, focus: bool = True) -> None:
        self._person = None
        self.person_search.clear_picked()
        if focus:
            self.focus_search()

    def _prefill(self) -> people.PersonDraft | None:
        """The searched text, carried into the new person's form (a name, an ID number or a phone)."""
        query = "".join(self.search.text().split())
        if not query:
            return None
        if len(query) == 18 and query[:17].isdigit():
            return people.PersonDraft(name="", id_number=query)
        if query.isdigit() and len(query) == 11:
            return people.PersonDraft(name="", phone=query)
        if not query.isascii():
            return people.PersonDraft(name=query)
        return None

    def _registered(self, person_id: str) -> None:
        try:
            row = people.get(self._ctx, person_id).row
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.pick(row)

    # -- the rest of the form ----------------------------------------------------------

    def _anonymous_toggled(self, checked: bool) -> None:
        if checked:
            self._clear_person(focus=False)
            self.search.clear()
        self._set_anonymous_fields(checked)

    def _set_anonymous_fields(self, enabled: bool) -> None:
        for widget in (self.anonymous_sex_label, self.anonymous_sex, self.anonymous_band_label,
                       self.anonymous_band):  # fmt: skip
            widget.setEnabled(enabled)

    def _outcome(self) -> str:
        return self.outcome_group.chosen()

    def _outcome_changed(self) -> None:
        outcome = self._outcome()
        self.referral_panel.setVisible(outcome == reception.REFERRED)
        self.follow_up_panel.setVisible(outcome == reception.FOLLOW_UP)

    def _load_choices(self) -> None:
        """The need categories (not retired) and the partners, keeping what is ticked or chosen."""
        try:
            categories = needs.list_categories(self._ctx)
            partner_list = partners.list_partners(self._ctx)
            workers = follow_ups.workers(self._ctx)
        except ServiceError as error:
            self.message.show_problem(error)
            return
        ticked = {cid for cid, box in self._category_boxes.items() if box.isChecked()}
        for box in self._category_boxes.values():
            self._category_grid.removeWidget(box)
            box.deleteLater()
        self._category_boxes = {}
        previous: QWidget = self.anonymous_band
        for number, category in enumerate(categories):
            box = QCheckBox(category.name, self.categories)
            box.setObjectName(f"category_{number}")
            box.setChecked(category.id in ticked)
            self._category_grid.addWidget(box, number // CATEGORY_COLUMNS, number % CATEGORY_COLUMNS)
            QWidget.setTabOrder(previous, box)
            previous = box
            self._category_boxes[category.id] = box
        QWidget.setTabOrder(previous, self.note)
        chosen = self.partner.currentData()
        self.partner.clear()
        for partner in partner_list:
            self.partner.addItem(partner.name, partner.id)
        self.partner.setCurrentIndex(max(0, self.partner.findData(chosen)) if partner_list else -1)
        actor = self._ctx.actor
        self.owner.set_workers(workers, actor.user_id if actor is not None else None, self.owner.worker_id())
        if not self.due.date().isValid() or self.due.date() < QDate.currentDate():
            self.due.setDate(QDate.currentDate().addDays(FOLLOW_UP_DAYS))
        self.due.setMinimumDate(QDate.currentDate())

    def open_notice(self) -> QDialog:
        """The one-time notice (一次性告知单) for what the resident asked about; window-modal."""
        from stationdesk.ui.notice_dialog import NoticeDialog  # with the printing, when first asked for

        dialog = NoticeDialog(self._ctx, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _may(self, action: Action) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, action)

    def _apply_permissions(self) -> None:
        can_record = self._may(Action.RECEPTION_RECORD)
        self.form.setEnabled(can_record)
        self.save_button.setEnabled(can_record)
        self.read_only_note.setVisible(not can_record)
        for shortcut in self._save_shortcuts:
            shortcut.setEnabled(can_record)
        can_register = can_record and self._may(Action.PERSON_EDIT)
        self.new_button.setVisible(can_register)
        self._new_shortcut.setEnabled(can_register)
        self.notice_button.setVisible(self._may(Action.PRINT))
        can_override = self._may(Action.REFERRAL_OVERRIDE)
        self.override_label.setVisible(can_override)
        self.override_reason.setVisible(can_override)
