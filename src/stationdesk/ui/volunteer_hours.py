"""The volunteers page's hours tab: the check-in desk, the approvals queue and the totals.

- **Desk**: one large input (as the training door's): a scanned card code, a name, initials or a
  phone's last 4 digits, then Enter. A volunteer not checked in is checked in; scanned again later,
  checked out with the credited time. A big confirmation shows name, time and what was credited
  (green; amber for a repeat). Several matches: a short list (number keys or arrows, Enter).
  Below, today's shifts with who is in or out; "Check out" for the selected row.
- **Approvals** (coordinators): the entries waiting for review; A approves, R rejects the selected
  entry, with the note typed above the list.
- **Totals**: per volunteer, team or activity over a chosen period.
- "Enter hours afterwards…" opens a small form: a volunteer of today's desk (with their shift, or
  a walk-up), from and to, the content; the entry waits for review. Entering a past shift's
  hours from its roster is the roster tab's (services/hours.mark_from_roster).

Forgotten check-outs are closed by the rule whenever the tab refreshes (``close_forgotten``).
Times come from ``clock`` (tests pass a fixed time).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain import hours as rules
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.services import hours, hours_lists
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.hours import CheckedIn, CheckedOut, Choices, DeskResult, HoursDraft, VolunteerMatch
from stationdesk.services.hours_lists import DeskRow, EntryRow, Grouping, Total
from stationdesk.ui.form_dialog import FormDialog, day_of
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.messages import describe
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.signin_screen import AMBER, GREEN
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt

Clock = Callable[[], datetime]


def _hhmm(at: datetime | None) -> str:
    return at.strftime("%H:%M") if at else ""


def duration(minutes: int | None) -> str:
    """``2:45`` for 165 minutes (empty for none)."""
    return "" if minutes is None else f"{minutes // 60}:{minutes % 60:02d}"


def _big(widget: QWidget, points: float, bold: bool = True) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    widget.setFont(font)


class DeskModel(RowListModel[DeskRow]):
    SHIFT, ACTIVITY, NAME, ROLE, IN, OUT, CREDITED = range(7)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Shift"),
            self.tr("Activity"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("In"),
            self.tr("Out"),
            self.tr("Credited"),
        )

    def _display(self, row: DeskRow, column: int) -> str:
        shift = f"{_hhmm(row.starts_at)}–{_hhmm(row.ends_at)}" if row.starts_at else self.tr("walk-up")
        values = (
            shift,
            row.activity,
            row.name,
            row.role,
            _hhmm(row.checked_in_at),
            _hhmm(row.checked_out_at),
            duration(row.minutes),
        )
        return values[column]


def source_label(source: str, flag: str) -> str:
    names = {
        "desk": QCoreApplication.translate("HoursWords", "desk"),
        "entry": QCoreApplication.translate("HoursWords", "entered"),
        "import": QCoreApplication.translate("HoursWords", "imported"),
        "rule": QCoreApplication.translate("HoursWords", "rule"),
    }
    flags = {
        rules.FORGOT_CHECKOUT: QCoreApplication.translate("HoursWords", "forgot to check out"),
        rules.NO_SHIFT: QCoreApplication.translate("HoursWords", "no shift"),
    }
    text = names.get(source, source)
    return f"{text} ({flags.get(flag, flag)})" if flag else text


class QueueModel(RowListModel[EntryRow]):
    DAY, NAME, ACTIVITY, TIME, CREDITED, HOW, BY = range(7)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Name"),
            self.tr("Activity"),
            self.tr("Time"),
            self.tr("Credited"),
            self.tr("How"),
            self.tr("Recorded by"),
        )

    def _display(self, row: EntryRow, column: int) -> str:
        credited = duration(row.minutes)
        if row.replaces_minutes is not None:
            credited = fmt(self.tr("%1 (was %2)"), credited, duration(row.replaces_minutes))
        values = (
            row.service_date.isoformat(),
            row.volunteer,
            row.activity,
            f"{_hhmm(row.starts_at)}–{_hhmm(row.ends_at)}",
            credited,
            source_label(row.source, row.flag),
            row.recorded_by,
        )
        return values[column]


class TotalsModel(RowListModel[Total]):
    LABEL, VOLUNTEERS, ENTRIES, HOURS = range(4)

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Volunteers"), self.tr("Services"), self.tr("Hours"))

    def _display(self, row: Total, column: int) -> str:
        label = row.label or self.tr("(none)")
        return (label, str(row.volunteers), str(row.entries), duration(row.minutes))[column]


class AfterwardsDialog(FormDialog):
    """Hours served and entered afterwards: the volunteer (code or name), the activity of a day's
    shift or a walk-up, start and end; the entry waits for review."""

    def __init__(
        self, ctx: ServiceContext, rows: list[DeskRow], now: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Enter hours afterwards"), self.tr("Enter"), parent)
        self.setObjectName("afterwardsDialog")
        self._ctx, self._now = ctx, now
        self.volunteer = QComboBox(objectName="afterwardsVolunteer")
        seen: set[tuple[str, str | None]] = set()
        for row in rows:
            if (row.volunteer_id, row.shift_id) in seen:
                continue
            seen.add((row.volunteer_id, row.shift_id))
            shift = f"{_hhmm(row.starts_at)}–{_hhmm(row.ends_at)} {row.activity}" if row.shift_id else ""
            self.volunteer.addItem(f"{row.name}  {shift}".strip(), (row.volunteer_id, row.shift_id, row))
        start = rows[0].starts_at if rows and rows[0].starts_at else now.replace(second=0, microsecond=0)
        self.starts = QDateTimeEdit(QDateTime(start), objectName="afterwardsStart")
        self.ends = QDateTimeEdit(
            QDateTime(rows[0].ends_at if rows and rows[0].ends_at else start), objectName="afterwardsEnd"
        )
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        self.content = QLineEdit(objectName="afterwardsContent")
        self.content.setMaxLength(hours.CONTENT_MAX)
        self.add_field(
            self.tr("Volunteer and shift"), self.volunteer, ("hours.duplicate", "volunteer.not_found")
        )
        self.add_field(
            self.tr("From"), self.starts, ("hours.out_before_in", "hours.too_long", "hours.overlap")
        )
        self.add_field(self.tr("To"), self.ends, ("hours.in_future", "hours.bad_credit"))
        self.add_field(self.tr("Content of service"), self.content, ("hours.content_too_long",))
        self.volunteer.currentIndexChanged.connect(self._times_of_shift)

    def _times_of_shift(self) -> None:
        data = self.volunteer.currentData()
        if data and data[2].starts_at:
            self.starts.setDateTime(QDateTime(data[2].starts_at))
            self.ends.setDateTime(QDateTime(data[2].ends_at))

    def call_service(self) -> str:
        data = self.volunteer.currentData()
        if data is None:
            raise ValidationError("hours.activity_required", "")
        volunteer_id, shift_id, _row = data
        draft = HoursDraft(
            volunteer_id,
            self.starts.dateTime().toPython(),
            self.ends.dateTime().toPython(),
            shift_id,
            None,
            self.content.text(),
        )
        return hours.enter_afterwards(self._ctx, draft, self._now)


class HoursTab(QWidget):
    """``refresh()`` closes forgotten check-outs and reads the desk, the queue and the totals again."""

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, clock: Clock = datetime.now
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hoursTab")
        self._ctx, self._clock = ctx, clock
        self._choices: tuple[VolunteerMatch, ...] = ()
        self.dialog: AfterwardsDialog | None = None
        self.tabs = QTabWidget(objectName="hoursTabs")
        self.tabs.addTab(self._desk_tab(), icon("scan"), self.tr("Check-in desk"))
        self.tabs.addTab(self._queue_tab(), icon("accept"), self.tr("Approvals"))
        self.tabs.addTab(self._totals_tab(), icon("reports"), self.tr("Totals"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.refresh()

    # --- building -------------------------------------------------------------------------------

    def _desk_tab(self) -> QWidget:
        page = QWidget()
        self.input = QLineEdit(objectName="hoursInput")
        _big(self.input, 22, bold=False)
        self.input.setPlaceholderText(
            self.tr("Scan a volunteer card, or type a name, initials or a phone's last 4")
        )
        self.input.setMinimumHeight(self.input.fontMetrics().height() + 20)
        self.input.returnPressed.connect(self.submit)
        self.confirmation = QFrame(objectName="hoursConfirmation")
        self.confirm_name = QLabel(objectName="hoursConfirmName")
        self.confirm_detail = QLabel(objectName="hoursConfirmDetail")
        _big(self.confirm_name, 26)
        _big(self.confirm_detail, 16)
        confirm = QVBoxLayout(self.confirmation)
        for label in (self.confirm_name, self.confirm_detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            confirm.addWidget(label)
        self.confirmation.hide()
        self.problem = InlineMessage()
        _big(self.problem, 14)
        self.pick_list = QListWidget(objectName="hoursPickList")
        _big(self.pick_list, 14, bold=False)
        self.pick_list.itemActivated.connect(lambda item: self.pick(self.pick_list.row(item)))
        self.pick_list.hide()
        self.pick_list.installEventFilter(self)
        self.desk_model = DeskModel(self)
        self.desk_table = list_table("hoursDeskTable", self.desk_model)
        size_columns(self.desk_table, {1: 8, 2: 5, 3: 4, 6: 3}, {0: 11, 4: 5, 5: 5}, stretch=1)
        self.desk_title = QLabel(objectName="hoursDeskTitle")
        self.check_out_button = QPushButton(icon("done"), self.tr("Check out"), objectName="hoursCheckOut")
        self.check_out_button.clicked.connect(self.check_out_selected)
        self.afterwards_button = QPushButton(
            icon("edit"), self.tr("Enter hours afterwards…"), objectName="hoursAfterwards"
        )
        self.afterwards_button.clicked.connect(self.open_afterwards)
        for button in (self.check_out_button, self.afterwards_button):
            button.setAutoDefault(False)
            button.setVisible(self._may(Action.VOLUNTEER_CHECKIN))
        self.input.setEnabled(self._may(Action.VOLUNTEER_CHECKIN))
        row = QHBoxLayout()
        row.addWidget(self.desk_title, 1)
        row.addWidget(self.check_out_button)
        row.addWidget(self.afterwards_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.input)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.problem)
        layout.addWidget(self.pick_list)
        layout.addLayout(row)
        layout.addWidget(self.desk_table, 1)
        return page

    def _queue_tab(self) -> QWidget:
        page = QWidget()
        self.note = QLineEdit(objectName="hoursReviewNote")
        self.note.setMaxLength(hours.NOTE_MAX)
        self.note.setPlaceholderText(self.tr("Note for the review (optional)"))
        self.queue_model = QueueModel(self)
        self.queue_table = list_table("hoursQueueTable", self.queue_model)
        size_columns(self.queue_table, {1: 5, 2: 8, 4: 6, 5: 8, 6: 5}, {0: 10, 3: 11}, stretch=2)
        self.approve_button = QPushButton(icon("accept"), self.tr("Approve (A)"), objectName="hoursApprove")
        self.reject_button = QPushButton(icon("reject"), self.tr("Reject (R)"), objectName="hoursReject")
        self.approve_button.clicked.connect(lambda: self.review(True))
        self.reject_button.clicked.connect(lambda: self.review(False))
        allowed = self._may(Action.HOURS_APPROVE)
        for button in (self.approve_button, self.reject_button):
            button.setVisible(allowed)
        self.note.setVisible(allowed)
        self.queue_table.installEventFilter(self)
        self.queue_message = InlineMessage()
        self.queue_title = QLabel(objectName="hoursQueueTitle")
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.queue_title)
        layout.addLayout(row)
        layout.addWidget(self.queue_message)
        layout.addWidget(self.queue_table, 1)
        return page

    def _totals_tab(self) -> QWidget:
        page = QWidget()
        self.grouping = QComboBox(objectName="hoursGrouping")
        for grouping, text in (
            (Grouping.VOLUNTEER, self.tr("per volunteer")),
            (Grouping.TEAM, self.tr("per team")),
            (Grouping.ACTIVITY, self.tr("per activity")),
        ):
            self.grouping.addItem(text, grouping.value)
        today = self._clock().date()
        self.first = QDateEdit(QDate(today.year, 1, 1), objectName="hoursFrom")
        self.last = QDateEdit(QDate(today.year, today.month, today.day), objectName="hoursTo")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.refresh_totals())
        self.grouping.currentIndexChanged.connect(lambda _i: self.refresh_totals())
        self.totals_model = TotalsModel(self)
        self.totals_table = list_table("hoursTotalsTable", self.totals_model)
        size_columns(self.totals_table, {0: 10}, {1: 6, 2: 6, 3: 8}, stretch=0)
        self.totals_sum = QLabel(objectName="hoursTotalsSum")
        self.totals_message = InlineMessage()
        row = QHBoxLayout()
        row.addWidget(self.grouping)
        row.addWidget(QLabel(self.tr("from")))
        row.addWidget(self.first)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.last)
        row.addStretch(1)
        row.addWidget(self.totals_sum)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.totals_message)
        layout.addWidget(self.totals_table, 1)
        return page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Number keys pick from the short list; A and R approve and reject in the queue."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.pick_list and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                self.pick(key - Qt.Key.Key_1)
                return True
            if watched is self.pick_list and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick(self.pick_list.currentRow())
                return True
            if watched is self.queue_table and key in (Qt.Key.Key_A, Qt.Key.Key_R):
                self.review(key == Qt.Key.Key_A)
                return True
        return super().eventFilter(watched, event)

    def _may(self, action: Action) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, action)

    # --- refreshing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._may(Action.VOLUNTEER_CHECKIN):
            try:
                hours.close_forgotten(self._ctx, self._clock())
            except (ServiceError, ValidationError) as error:
                self.problem.show_problem(error)
        self.refresh_desk()
        self.refresh_queue()
        self.refresh_totals()

    def refresh_desk(self) -> None:
        try:
            rows = hours_lists.desk_day(self._ctx, self._clock().date())
        except ServiceError as error:
            self.problem.show_problem(error)
            return
        self.desk_model.set_rows(rows)
        inside = sum(1 for r in rows if r.checked_in_at and not r.checked_out_at)
        self.desk_title.setText(fmt(self.tr("Today: %1 volunteers, %2 checked in now"), len(rows), inside))

    def refresh_queue(self) -> None:
        try:
            rows = hours_lists.approvals_queue(self._ctx)
        except ServiceError as error:
            self.queue_message.show_problem(error)
            return
        self.queue_model.set_rows(rows)
        self.queue_title.setText(fmt(self.tr("%1 entries wait for review"), len(rows)))
        self.tabs.setTabText(1, fmt(self.tr("Approvals (%1)"), len(rows)))
        if rows and not self.queue_table.currentIndex().isValid():
            self.queue_table.selectRow(0)

    def refresh_totals(self) -> None:
        first, last = day_of(self.first), day_of(self.last)
        try:
            rows = hours_lists.totals(self._ctx, str(self.grouping.currentData()), first, last)
        except (ServiceError, ValidationError) as error:
            self.totals_message.show_problem(error)
            self.totals_model.set_rows([])
            return
        self.totals_message.clear_message()
        self.totals_model.set_rows(rows)
        # A count of volunteers per row says something per team or activity, not per volunteer.
        self.totals_table.setColumnHidden(1, self.grouping.currentData() == Grouping.VOLUNTEER)
        minutes = sum(r.minutes for r in rows) if self.grouping.currentData() != Grouping.TEAM else None
        self.totals_sum.setText(fmt(self.tr("Total %1 h"), duration(minutes)) if minutes is not None else "")

    # --- the desk -------------------------------------------------------------------------------

    def submit(self) -> None:
        typed = self.input.text().strip()
        if not typed:
            return
        try:
            result = hours.desk(self._ctx, typed, self._clock())
        except (ServiceError, ValidationError) as error:
            self._show_problem(describe(error))
            self.input.selectAll()
            return
        if isinstance(result, Choices):
            self._show_choices(result)
            return
        self._confirmed(result)

    def _show_choices(self, choices: Choices) -> None:
        self._choices = choices.volunteers
        self.pick_list.clear()
        for number, volunteer in enumerate(self._choices, start=1):
            self.pick_list.addItem(
                "   ".join(p for p in (f"{number}.", volunteer.name, volunteer.organisation) if p)
            )
        self.pick_list.setFixedHeight(self.pick_list.sizeHintForRow(0) * min(len(self._choices), 5) + 8)
        self.pick_list.show()
        self.pick_list.setCurrentRow(0)
        self.pick_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.confirmation.hide()
        self.problem.show_info(self.tr("Several volunteers match: pick one (number keys or arrows, Enter)."))

    def pick(self, number: int) -> None:
        if not 0 <= number < len(self._choices):
            return
        chosen = self._choices[number]
        try:
            result = hours.desk_volunteer(self._ctx, chosen.id, self._clock())
        except (ServiceError, ValidationError) as error:
            self._show_problem(describe(error))
            return
        self._confirmed(result)

    def check_out_selected(self) -> None:
        row = self.desk_model.row_at(self.desk_table.currentIndex().row())
        if row is None:
            return
        try:
            result = hours.check_out(self._ctx, row.volunteer_id, self._clock())
        except (ServiceError, ValidationError) as error:
            self._show_problem(describe(error))
            return
        self._confirmed(result)

    def _confirmed(self, result: DeskResult) -> None:
        self.input.clear()
        self._choices = ()
        self.pick_list.hide()
        self.problem.clear_message()
        name = result.volunteer.name
        if isinstance(result, CheckedOut):
            if result.entry_id is None:
                detail = fmt(
                    self.tr("Checked out %1: the hours for this shift had been entered already"),
                    _hhmm(result.at),
                )
            elif result.needs_review:
                detail = fmt(
                    self.tr("Checked out %1, %2 h credited (waits for review)"),
                    _hhmm(result.at),
                    duration(result.minutes),
                )
            else:
                detail = fmt(
                    self.tr("Checked out %1, %2 h credited"), _hhmm(result.at), duration(result.minutes)
                )
            colour = GREEN
        elif isinstance(result, CheckedIn) and result.already:
            detail, colour = fmt(self.tr("Checked in already at %1"), _hhmm(result.at)), AMBER
        else:
            where = result.shift.activity if result.shift else self.tr("walk-up service")
            detail, colour = fmt(self.tr("Checked in %1 · %2"), _hhmm(result.at), where), GREEN
        self.confirm_name.setText(name)
        self.confirm_detail.setText(detail)
        self.confirmation.setStyleSheet(
            f"QFrame#hoursConfirmation {{ background: {colour}; border-radius: 10px; }}"
            " QLabel { color: white; }"
        )
        self.confirmation.show()
        self.refresh_desk()
        if isinstance(result, CheckedOut):
            self.refresh_queue()
            self.refresh_totals()
        QTimer.singleShot(0, lambda: self.input.setFocus(Qt.FocusReason.OtherFocusReason))

    def _show_problem(self, text: str) -> None:
        self.confirmation.hide()
        self.pick_list.hide()
        self.problem.show_error(text)
        QTimer.singleShot(0, lambda: self.input.setFocus(Qt.FocusReason.OtherFocusReason))

    # --- afterwards and reviews -----------------------------------------------------------------

    def open_afterwards(self) -> AfterwardsDialog:
        now = self._clock()
        rows = [r for n in range(self.desk_model.rowCount()) if (r := self.desk_model.row_at(n)) is not None]
        self.dialog = AfterwardsDialog(self._ctx, rows, now, self)
        self.dialog.saved.connect(lambda _id: self.refresh())
        self.dialog.open()
        return self.dialog

    def review(self, approve: bool) -> None:
        row = self.queue_model.row_at(self.queue_table.currentIndex().row())
        if row is None:
            return
        call = hours.approve if approve else hours.reject
        try:
            call(self._ctx, row.id, self.note.text(), self._clock())
        except (ServiceError, ValidationError) as error:
            self.queue_message.show_problem(error)
            return
        self.note.clear()
        number = self.queue_table.currentIndex().row()
        self.queue_message.show_info(
            fmt(
                self.tr("Approved: %1") if approve else self.tr("Rejected: %1"),
                f"{row.volunteer} {row.service_date}",
            )
        )
        self.refresh_queue()
        self.queue_table.selectRow(min(number, self.queue_model.rowCount() - 1))
        self.queue_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh_totals()
