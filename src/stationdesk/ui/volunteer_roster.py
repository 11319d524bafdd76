"""The roster tab of the volunteers page (排班): a week or a month of shifts grouped by day, readable
at a glance, with the activities on the left and the chosen shift on the right.

Each shift shows its time, activity, place and roles as "司机 2/2 · 帮手 5/6"; a role with free places
stands out, a cancelled shift is struck through, a moved one says from which day. From here a
coordinator adds activities, one shift or a repeating series (told which days were skipped and
why), moves or skips one occurrence, edits a shift's roles and signs volunteers or a team up; once
a shift is over, whoever checks volunteers in ticks who served (补记到岗) for a coordinator to review. The
shown week or month prints as a PDF and exports as an .xlsx (services/roster_printouts.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.services import activities, roster, roster_printouts, signups
from stationdesk.services.activities import ActivityInfo
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.roster import RosterPeriod, RosterShift
from stationdesk.ui.confirm import ask
from stationdesk.ui.form_dialog import FormDialog
from stationdesk.ui.icons import icon
from stationdesk.ui.mark_served_dialog import MarkServedDialog
from stationdesk.ui.print_preview import PrintPreviewDialog, write_and_preview
from stationdesk.ui.save_file import save_as
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.shift_dialogs import (
    ActivityDialog,
    AssignDialog,
    MoveDialog,
    RolesDialog,
    ShiftDialog,
    ShiftSeriesDialog,
    skipped_text,
)
from stationdesk.ui.text import fmt
from stationdesk.ui.training_words import day_text, time_span

WEEK, MONTH = "week", "month"
UNFILLED = QColor("#b3261e")
MUTED = QColor("#777777")
DAY_BACKGROUND = QColor("#E8EEF4")
TIME, ACTIVITY, PLACE, ROLES, STATUS = range(5)
SHIFT_ID = Qt.ItemDataRole.UserRole


def roles_summary(shift: RosterShift) -> str:
    """司机 2/2 · 帮手 5/6."""
    return " · ".join(f"{role.name} {role.filled}/{role.capacity}" for role in shift.roles)


def _button(icon_name: str, text: str, name: str) -> QPushButton:
    button = QPushButton(icon(icon_name), text, objectName=name)
    button.setAutoDefault(False)
    return button


class RosterTab(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterTab")
        self._ctx = ctx
        self._clock = clock
        self._day = clock().date()
        self._view = WEEK
        self._period: RosterPeriod | None = None
        self._shifts: dict[str, RosterShift] = {}
        self.dialog: QDialog | None = None
        self.preview: PrintPreviewDialog | None = None
        self.question: QWidget | None = None
        self._build()
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(self)
        splitter.addWidget(self._activities_panel())
        splitter.addWidget(self._roster_panel())
        splitter.addWidget(self._detail_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        self.message = InlineMessage(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def _activities_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Activities")))
        self.activities = QListWidget(objectName="activities")
        self.activities.itemDoubleClicked.connect(lambda *_: self.edit_activity())
        layout.addWidget(self.activities, 1)
        self.new_activity_button = _button("new", self.tr("New activity…"), "newActivity")
        self.edit_activity_button = _button("edit", self.tr("Edit…"), "editActivity")
        self.new_series_button = _button("calendar_repeat", self.tr("New series…"), "newSeries")
        self.new_shift_button = _button("add", self.tr("New shift…"), "newShift")
        self.archive_button = _button("retire", self.tr("Archive"), "archiveActivity")
        self.new_activity_button.clicked.connect(self.new_activity)
        self.edit_activity_button.clicked.connect(self.edit_activity)
        self.new_series_button.clicked.connect(self.new_series)
        self.new_shift_button.clicked.connect(self.new_shift)
        self.archive_button.clicked.connect(self.archive_activity)
        self.activity_buttons = (
            self.new_activity_button,
            self.edit_activity_button,
            self.new_series_button,
            self.new_shift_button,
            self.archive_button,
        )
        for button in self.activity_buttons:
            layout.addWidget(button)
        return panel

    def _roster_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        self.previous_button = _button("previous", self.tr("Previous"), "previous")
        self.today_button = _button("today", self.tr("Today"), "today")
        self.next_button = _button("next", self.tr("Next"), "next")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go_to(self._clock().date()))
        self.period_label = QLabel(objectName="periodLabel")
        bigger = self.period_label.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.2)
        bigger.setBold(True)
        self.period_label.setFont(bigger)
        self.week_button = QPushButton(self.tr("Week"), objectName="weekView", checkable=True)
        self.month_button = QPushButton(self.tr("Month"), objectName="monthView", checkable=True)
        group = QButtonGroup(self)
        group.addButton(self.week_button)
        group.addButton(self.month_button)
        self.week_button.setChecked(True)
        self.week_button.clicked.connect(self.show_week)
        self.month_button.clicked.connect(self.show_month)
        self.print_button = _button("print", self.tr("Print…"), "printRoster")
        self.export_button = _button("roster_file", self.tr("Export .xlsx…"), "exportRoster")
        self.print_button.clicked.connect(self.print_roster)
        self.export_button.clicked.connect(self.export_roster)
        for widget in (self.previous_button, self.today_button, self.next_button):
            nav.addWidget(widget)
        nav.addStretch(1)
        for widget in (self.week_button, self.month_button, self.print_button, self.export_button):
            nav.addWidget(widget)
        layout.addLayout(nav)
        layout.addWidget(self.period_label)
        self.tree = QTreeWidget(objectName="rosterTree")
        self.tree.setHeaderLabels(
            [self.tr("Time"), self.tr("Activity"), self.tr("Place"), self.tr("Roles"), self.tr("Status")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        chars = self.fontMetrics().horizontalAdvance("字")
        for column, width in ((TIME, 7), (ACTIVITY, 9), (PLACE, 9), (ROLES, 20)):
            self.tree.setColumnWidth(column, chars * width)
        self.tree.currentItemChanged.connect(lambda *_: self._show_detail())
        self.tree.itemDoubleClicked.connect(lambda *_: self.assign())
        layout.addWidget(self.tree, 1)
        self.summary = QLabel(objectName="rosterSummary")
        layout.addWidget(self.summary)
        return panel

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail_heading = QLabel(objectName="shiftHeading", wordWrap=True)
        self.detail_heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.detail_heading)
        self.people = QTreeWidget(objectName="shiftPeople")
        self.people.setHeaderLabels([self.tr("Role and volunteers")])
        layout.addWidget(self.people, 1)
        self.assign_button = _button("enrol", self.tr("Assign…"), "assign")
        self.withdraw_button = _button("withdraw", self.tr("Withdraw"), "withdraw")
        self.move_button = _button("edit", self.tr("Move…"), "moveShift")
        self.skip_button = _button("revoke", self.tr("Skip this shift"), "skipShift")
        self.roles_button = _button("categories", self.tr("Roles…"), "editRoles")
        self.assign_button.clicked.connect(self.assign)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.move_button.clicked.connect(self.move)
        self.skip_button.clicked.connect(self.skip)
        self.roles_button.clicked.connect(self.edit_roles)
        self.mark_button = _button("done", self.tr("Mark served…"), "markServed")
        self.mark_button.setToolTip(
            self.tr("Once the shift is over: tick who served; they wait for a coordinator's review.")
        )
        self.mark_button.clicked.connect(self.mark_served)
        self.shift_buttons = (
            self.assign_button,
            self.withdraw_button,
            self.move_button,
            self.skip_button,
            self.roles_button,
        )
        grid = QVBoxLayout()
        for button in (*self.shift_buttons, self.mark_button):
            grid.addWidget(button)
        layout.addLayout(grid)
        return panel

    # -- loading -------------------------------------------------------------------------

    def _may(self, action: Action) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, action)

    def refresh(self) -> None:
        """Permissions, the activities and the shown period afresh."""
        editable = self._may(Action.VOLUNTEER_EDIT)
        for button in (*self.activity_buttons, *self.shift_buttons):
            button.setVisible(editable)
        self.mark_button.setVisible(self._may(Action.VOLUNTEER_CHECKIN))
        self.print_button.setVisible(self._may(Action.PRINT))
        self.export_button.setVisible(self._may(Action.EXPORT))
        if not self._may(Action.VOLUNTEER_VIEW):
            return
        self._load_activities()
        self.reload()

    def _load_activities(self) -> None:
        keep = self.selected_activity()
        self.activities.clear()
        try:
            found = activities.list_activities(self._ctx)
        except (ValidationError, ServiceError) as error:
            self.message.show_problem(error)
            return
        for info in found:
            item = QListWidgetItem(info.name, self.activities)
            item.setData(SHIFT_ID, info)
            item.setToolTip(
                "\n".join(part for part in (info.place, info.partner_name, info.description) if part)
            )
            if keep is not None and info.id == keep.id:
                self.activities.setCurrentItem(item)
        if self.activities.currentItem() is None and self.activities.count():
            self.activities.setCurrentRow(0)

    def selected_activity(self) -> ActivityInfo | None:
        item = self.activities.currentItem()
        return item.data(SHIFT_ID) if item is not None else None

    def _span(self) -> tuple[date, date]:
        if self._view == WEEK:
            return roster.week_of(self._day)
        return roster.month_span(self._day.year, self._day.month)

    def reload(self) -> None:
        """The shown week or month, keeping the chosen shift."""
        keep = self.selected_shift_id()
        try:
            if self._view == WEEK:
                period = roster.week(self._ctx, self._day)
            else:
                period = roster.month(self._ctx, self._day.year, self._day.month)
        except (ValidationError, ServiceError) as error:
            self.message.show_problem(error)
            return
        self._period = period
        self._shifts = {s.id: s for s in period.shifts}
        self._fill(period, keep)

    def _period_text(self, period: RosterPeriod) -> str:
        if self._view == MONTH:
            return fmt(self.tr("%1-%2"), period.first.year, f"{period.first.month:02d}")
        return fmt(self.tr("%1 to %2"), day_text(period.first), day_text(period.last))

    def _fill(self, period: RosterPeriod, keep: str | None) -> None:
        self.period_label.setText(self._period_text(period))
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        today = self._clock().date()
        current: QTreeWidgetItem | None = None
        by_day: dict[date, list[RosterShift]] = {}
        for shift in period.shifts:
            by_day.setdefault(shift.starts_at.date(), []).append(shift)
        days = [period.first + timedelta(days=i) for i in range((period.last - period.first).days + 1)]
        for day in days:
            shifts = by_day.get(day, [])
            if self._view == MONTH and not shifts:
                continue
            header = QTreeWidgetItem(self.tree, [day_text(day)])
            header.setFirstColumnSpanned(True)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            header.setBackground(0, QBrush(DAY_BACKGROUND))
            if day == today:
                header.setText(0, fmt(self.tr("%1 · today"), day_text(day)))
            if not shifts:
                header.setText(0, fmt(self.tr("%1 · no shift"), day_text(day)))
                header.setForeground(0, QBrush(MUTED))
            for shift in shifts:
                item = self._shift_item(shift)
                self.tree.addTopLevelItem(item)
                if shift.id == keep:
                    current = item
        self.tree.setUpdatesEnabled(True)
        if current is not None:
            self.tree.setCurrentItem(current)
        live = [s for s in period.shifts if not s.cancelled]
        self.summary.setText(
            fmt(
                self.tr("%1 shifts, %2 of %3 places filled"),
                len(live),
                sum(s.filled for s in live),
                sum(s.needed for s in live),
            )
        )
        self._show_detail()

    def _shift_item(self, shift: RosterShift) -> QTreeWidgetItem:
        status = []
        if shift.cancelled:
            status.append(self.tr("Cancelled"))
        if shift.moved and shift.planned_on is not None:
            status.append(fmt(self.tr("Moved from %1"), day_text(shift.planned_on)))
        missing = sum(max(0, r.capacity - r.filled) for r in shift.roles)
        if missing and not shift.cancelled:
            status.append(fmt(self.tr("%1 places free"), missing))
        if shift.note:
            status.append(shift.note)
        item = QTreeWidgetItem(
            [
                time_span(shift.starts_at, shift.ends_at),
                shift.activity,
                shift.place,
                roles_summary(shift),
                " · ".join(status),
            ]
        )
        item.setData(TIME, SHIFT_ID, shift.id)
        item.setToolTip(
            ROLES, "\n".join(f"{r.name}: {'、'.join(p.name for p in r.people) or '—'}" for r in shift.roles)
        )
        if shift.cancelled:
            font = QFont(item.font(TIME))
            font.setStrikeOut(True)
            for column in range(5):
                item.setFont(column, font)
                item.setForeground(column, QBrush(MUTED))
        elif missing:
            font = QFont(item.font(ROLES))
            font.setBold(True)
            item.setFont(ROLES, font)
            item.setForeground(ROLES, QBrush(UNFILLED))
        if shift.moved:
            item.setIcon(STATUS, icon("calendar_repeat"))
        return item

    def shown_shift_count(self) -> int:
        return sum(
            1 for i in range(self.tree.topLevelItemCount()) if self.tree.topLevelItem(i).data(TIME, SHIFT_ID)
        )

    def shift_items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item.data(TIME, SHIFT_ID)]

    def selected_shift_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(TIME, SHIFT_ID) if item is not None else None

    def selected_shift(self) -> RosterShift | None:
        shift_id = self.selected_shift_id()
        return self._shifts.get(shift_id) if shift_id else None

    def select_shift(self, shift_id: str) -> None:
        for item in self.shift_items():
            if item.data(TIME, SHIFT_ID) == shift_id:
                self.tree.setCurrentItem(item)

    def _show_detail(self) -> None:
        shift = self.selected_shift()
        self.people.clear()
        for button in self.shift_buttons:
            button.setEnabled(shift is not None and not shift.cancelled)
        self.skip_button.setEnabled(shift is not None)
        self.mark_button.setEnabled(self._may_mark(shift))
        if shift is None:
            self.detail_heading.setText(self.tr("Choose a shift to see who is on it."))
            return
        lines = [
            shift.activity,
            f"{day_text(shift.starts_at.date())} {time_span(shift.starts_at, shift.ends_at)}",
        ]
        if shift.place:
            lines.append(shift.place)
        if shift.moved and shift.planned_on is not None:
            lines.append(fmt(self.tr("Moved from %1"), day_text(shift.planned_on)))
        if shift.note:
            lines.append(shift.note)
        self.detail_heading.setText("\n".join(lines))
        self.skip_button.setText(
            self.tr("Restore this shift") if shift.cancelled else self.tr("Skip this shift")
        )
        for role in shift.roles:
            head = QTreeWidgetItem(
                self.people, [fmt(self.tr("%1 (%2/%3)"), role.name, role.filled, role.capacity)]
            )
            head.setData(0, SHIFT_ID, ("role", role.id))
            if role.filled < role.capacity and not shift.cancelled:
                head.setForeground(0, QBrush(UNFILLED))
            for person in role.people:
                child = QTreeWidgetItem(head, [person.name])
                child.setData(0, SHIFT_ID, ("person", person.assignment_id))
            head.setExpanded(True)

    # -- moving around -------------------------------------------------------------------

    def go_to(self, day: date) -> None:
        self._day = day
        self.reload()

    def step(self, direction: int) -> None:
        if self._view == WEEK:
            self.go_to(self._day + timedelta(weeks=direction))
            return
        index = self._day.year * 12 + self._day.month - 1 + direction
        self.go_to(date(index // 12, index % 12 + 1, 1))

    def show_week(self) -> None:
        self._view = WEEK
        self.week_button.setChecked(True)
        self.reload()

    def show_month(self) -> None:
        self._view = MONTH
        self.month_button.setChecked(True)
        self.reload()

    # -- activities ----------------------------------------------------------------------

    def _open(self, dialog: QDialog, after: Callable[[], None]) -> QDialog:
        self.dialog = dialog
        if isinstance(dialog, FormDialog):
            dialog.saved.connect(lambda *_: after())
        else:
            dialog.finished.connect(lambda *_: after())
        dialog.open()
        return dialog

    def new_activity(self) -> QDialog:
        return self._open(ActivityDialog(self._ctx, None, self), self.refresh)

    def edit_activity(self) -> QDialog | None:
        if (info := self.selected_activity()) is None:
            return None
        return self._open(ActivityDialog(self._ctx, info, self), self.refresh)

    def archive_activity(self) -> None:
        if (info := self.selected_activity()) is None:
            return
        question = fmt(self.tr("Archive %1? Its shifts stay on the roster."), info.name)
        self.question = ask(
            self,
            self.tr("Archive activity"),
            question,
            self.tr("Archive"),
            lambda: self._service(lambda: activities.archive_activity(self._ctx, info.id), True),
        )

    def new_series(self) -> QDialog | None:
        if (info := self.selected_activity()) is None:
            return None
        dialog = ShiftSeriesDialog(self._ctx, info.id, self._clock().date(), self)
        return self._open(dialog, lambda: self._series_added(dialog))

    def _series_added(self, dialog: ShiftSeriesDialog) -> None:
        result = dialog.result
        if result is None:
            return
        text = fmt(self.tr("%1 shifts planned."), len(result.shift_ids))
        if result.skipped:
            text += " " + fmt(self.tr("Skipped: %1."), skipped_text(result.skipped))
        self.message.show_info(text)
        self.reload()

    def new_shift(self) -> QDialog | None:
        if (info := self.selected_activity()) is None:
            return None
        return self._open(ShiftDialog(self._ctx, info.id, self._day, self), self.reload)

    # -- one shift -----------------------------------------------------------------------

    def _service(self, call: Callable[[], object], activities_too: bool = False) -> bool:
        try:
            call()
        except (ValidationError, ServiceError) as error:
            self.message.show_problem(error)
            return False
        self.message.clear_message()
        if activities_too:
            self._load_activities()
        self.reload()
        return True

    def assign(self) -> QDialog | None:
        shift = self.selected_shift()
        if shift is None or shift.cancelled or not self._may(Action.VOLUNTEER_EDIT):
            return None
        role = self.people.currentItem()
        role_id = None
        if role is not None and (data := role.data(0, SHIFT_ID)) and data[0] == "role":
            role_id = data[1]
        return self._open(AssignDialog(self._ctx, shift, role_id, self), self.reload)

    def withdraw(self) -> None:
        item = self.people.currentItem()
        data = item.data(0, SHIFT_ID) if item is not None else None
        if not data or data[0] != "person":
            self.message.show_info(self.tr("Choose a volunteer under a role first."))
            return
        question = fmt(self.tr("Take %1 off this shift?"), item.text(0))  # type: ignore[union-attr]
        self.question = ask(
            self,
            self.tr("Withdraw"),
            question,
            self.tr("Withdraw"),
            lambda: self._service(lambda: signups.withdraw(self._ctx, data[1])),
        )

    def move(self) -> QDialog | None:
        if (shift := self.selected_shift()) is None:
            return None
        return self._open(MoveDialog(self._ctx, shift, self), self.reload)

    def edit_roles(self) -> QDialog | None:
        if (shift := self.selected_shift()) is None:
            return None
        return self._open(RolesDialog(self._ctx, shift, self), self.reload)

    def skip(self) -> None:
        if (shift := self.selected_shift()) is None:
            return
        if shift.cancelled:
            self._service(lambda: activities.cancel_shift(self._ctx, shift.id, cancelled=False))
            return
        question = fmt(
            self.tr("Skip %1 on %2? The rest of the series stays."),
            shift.activity,
            day_text(shift.starts_at.date()),
        )
        self.question = ask(
            self,
            self.tr("Skip this shift"),
            question,
            self.tr("Skip"),
            lambda: self._service(lambda: activities.cancel_shift(self._ctx, shift.id)),
        )

    def _may_mark(self, shift: RosterShift | None) -> bool:
        """A shift that is over (hours are never entered before they are served) and has sign-ups."""
        return (
            shift is not None
            and not shift.cancelled
            and shift.filled > 0
            and shift.ends_at <= self._clock()
            and self._may(Action.VOLUNTEER_CHECKIN)
        )

    def mark_served(self) -> QDialog | None:
        shift = self.selected_shift()
        if not self._may_mark(shift):
            return None
        dialog = MarkServedDialog(self._ctx, shift, self._clock, self)  # type: ignore[arg-type]
        return self._open(dialog, lambda: self._marked(dialog))

    def _marked(self, dialog: MarkServedDialog) -> None:
        if (marks := dialog.marks) is None:
            return
        text = fmt(
            self.tr("%1 marked as served; they wait for a coordinator's review in the hours tab."),
            len(marks.entered),
        )
        if marks.skipped:
            text += " " + fmt(self.tr("%1 already had their hours for this shift."), len(marks.skipped))
        self.reload()
        self.message.show_info(text)

    # -- printing ------------------------------------------------------------------------

    def _printout(self, out: Path) -> Path:
        if self._view == MONTH:
            return roster_printouts.write_roster(self._ctx, month=(self._day.year, self._day.month), out=out)
        return roster_printouts.write_roster(self._ctx, week_of=self._day, out=out)

    def _file_name(self, suffix: str) -> str:
        first, _last = self._span()
        stem = f"{first:%Y-%m}" if self._view == MONTH else first.isoformat()
        return fmt(QCoreApplication.translate("VolunteerRoster", "roster-%1"), stem) + suffix

    def print_roster(self) -> PrintPreviewDialog | None:
        self.preview = write_and_preview(
            self,
            self._printout,
            self.tr("Volunteer roster"),
            suggested_name=self._file_name(".pdf"),
            show_problem=self.message.show_problem,
        )
        return self.preview

    def export_roster(self) -> Path | None:
        saved = save_as(
            self,
            self._printout,
            self.tr("Save as .xlsx"),
            suggested_name=self._file_name(".xlsx"),
            file_filter="Excel (*.xlsx)",
            show_problem=self.message.show_problem,
        )
        if saved is not None:
            self.message.show_info(fmt(self.tr("Saved: %1"), str(saved)))
        return saved
