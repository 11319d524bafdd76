"""The roster's forms: an activity, a repeating series, one shift, moving a shift, a shift's roles,
and signing volunteers or a team up for a role.

Roles are typed one a line, the name then how many (``司机 2``). A series for a year whose holidays
are not announced yet is refused; the form then offers to plan it ignoring holidays, as the
training series form does. Sign-ups with a clash or a full role ask before they are made.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.shifts import RoleSpec, SkippedDay, SkipReason
from stationdesk.domain.training import HolidaysUnknown
from stationdesk.services import activities, partners, signups
from stationdesk.services.activities import ActivityDraft, ActivityInfo, SeriesDraft, SeriesResult
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.roster import RosterShift
from stationdesk.services.signups import SignupResult, SignupWarning
from stationdesk.ui.confirm import ask
from stationdesk.ui.form_dialog import FormDialog, date_edit, day_of
from stationdesk.ui.session_dialog import _time_of, time_edit
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.text import fmt
from stationdesk.ui.training_words import day_text, time_span

DIALOG_WIDTH = 560
_ROLE_CODES = (
    "shifts.roles_required",
    "shifts.too_many_roles",
    "shifts.role_name_required",
    "shifts.role_name_too_long",
    "shifts.bad_capacity",
    "shifts.duplicate_role",
    "shifts.capacity_below_signups",
    "shifts.role_has_signups",
)
_TIME_CODES = ("shifts.ends_before_start", "shifts.longer_than_a_day", "shifts.cancelled")
DEFAULT_ROLES = "司机 2\n帮手 6"


def roles_from_text(text: str) -> list[RoleSpec]:
    """One role a line, its name then how many; a missing or unreadable number reads as 0 (which
    the service refuses with its own message)."""
    roles = []
    for line in text.splitlines():
        if not line.strip():
            continue
        name, _space, number = line.strip().rpartition(" ")
        if not name:
            name, number = number, ""
        digits = number.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        roles.append(RoleSpec(name.strip(), int(digits) if digits.isdigit() else 0))
    return roles


def roles_text(roles: tuple[RoleSpec, ...] | list[RoleSpec]) -> str:
    return "\n".join(f"{role.name} {role.capacity}" for role in roles)


def skipped_text(skipped: list[SkippedDay]) -> str:
    """ "2025-10-01 (Wed): public holiday; …" for the days a series left out."""
    reasons = {
        SkipReason.HOLIDAY: QCoreApplication.translate("VolunteerRoster", "public holiday"),
        SkipReason.MAKEUP_WORKDAY: QCoreApplication.translate("VolunteerRoster", "make-up workday (调休)"),
    }
    return QCoreApplication.translate("VolunteerRoster", "; ").join(
        fmt(QCoreApplication.translate("VolunteerRoster", "%1: %2"), day_text(s.day), reasons[s.reason])
        for s in skipped
    )


def _roles_edit(text: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text, objectName="roles")
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
    return edit


class ActivityDialog(FormDialog):
    """A new activity (``activity`` None) or one changed: name, place, partner, description."""

    def __init__(
        self, ctx: ServiceContext, activity: ActivityInfo | None = None, parent: QWidget | None = None
    ):
        title = self.tr("New activity") if activity is None else self.tr("Edit activity")
        super().__init__(title, self.tr("Save"), parent)
        self.setObjectName("activityDialog")
        self._ctx = ctx
        self._activity = activity
        self.name = QLineEdit(objectName="name")
        self.name.setPlaceholderText(self.tr("e.g. 公益巴士进社区"))
        self.add_field(self.tr("Name"), self.name, ("activity.name_required", "activity.name_too_long"))
        self.place = QLineEdit(objectName="place")
        self.add_field(self.tr("Place"), self.place, ("activity.place_too_long",))
        self.partner = QComboBox(objectName="partner")
        self.partner.addItem(self.tr("(none)"), None)
        try:
            for partner in partners.list_partners(ctx):
                self.partner.addItem(partner.name, partner.id)
        except ServiceError:
            pass  # a role that may not see the partner directory plans without one
        self.add_field(self.tr("Partner"), self.partner, ("partner.not_found",))
        self.description = QPlainTextEdit(objectName="description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field(self.tr("Description"), self.description, ("activity.description_too_long",))
        if activity is not None:
            self.name.setText(activity.name)
            self.place.setText(activity.place)
            self.partner.setCurrentIndex(max(0, self.partner.findData(activity.partner_id)))
            self.description.setPlainText(activity.description)
        self.resize(DIALOG_WIDTH, self.sizeHint().height())
        self.name.setFocus()

    def call_service(self) -> str:
        draft = ActivityDraft(
            self.name.text(), self.place.text(), self.partner.currentData(), self.description.toPlainText()
        )
        if self._activity is None:
            return activities.create_activity(self._ctx, draft)
        activities.update_activity(self._ctx, self._activity.id, draft)
        return self._activity.id


class _ShiftTimesForm(FormDialog):
    """A day, a start and an end."""

    def __init__(
        self, title: str, accept_text: str, day: date, start: time, end: time, parent: QWidget | None
    ):
        super().__init__(title, accept_text, parent)
        self.day = date_edit(day, "day")
        self.add_field(self.tr("Day"), self.day, ("shifts.until_before_first",))
        self.start = time_edit(start, "start")
        self.end = time_edit(end, "end")
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times.addStretch(1)
        self.add_field(self.tr("Time"), times, _TIME_CODES, focus=self.start)

    def times(self) -> tuple[datetime, datetime]:
        day = day_of(self.day)
        return datetime.combine(day, _time_of(self.start)), datetime.combine(day, _time_of(self.end))


class ShiftDialog(_ShiftTimesForm):
    """One shift of an activity, with its roles."""

    def __init__(self, ctx: ServiceContext, activity_id: str, day: date, parent: QWidget | None = None):
        super().__init__(self.tr("New shift"), self.tr("Add shift"), day, time(13, 30), time(16, 30), parent)
        self.setObjectName("shiftDialog")
        self._ctx, self._activity_id = ctx, activity_id
        self.roles = _roles_edit(DEFAULT_ROLES)
        self.add_field(self.tr("Roles"), self.roles, _ROLE_CODES)
        self.note = QLineEdit(objectName="note")
        self.add_field(self.tr("Note"), self.note, ("shifts.note_too_long",))
        self.resize(DIALOG_WIDTH, self.sizeHint().height())

    def call_service(self) -> str:
        starts, ends = self.times()
        return activities.add_shift(
            self._ctx,
            self._activity_id,
            starts,
            ends,
            roles_from_text(self.roles.toPlainText()),
            self.note.text(),
        )


class MoveDialog(_ShiftTimesForm):
    """Move one shift to another day or time (a series' occurrence keeps its planned day)."""

    def __init__(self, ctx: ServiceContext, shift: RosterShift, parent: QWidget | None = None):
        super().__init__(
            self.tr("Move shift"),
            self.tr("Move"),
            shift.starts_at.date(),
            shift.starts_at.time(),
            shift.ends_at.time(),
            parent,
        )
        self.setObjectName("moveDialog")
        self._ctx, self._shift = ctx, shift
        self.note = QLineEdit(shift.note, objectName="note")
        self.note.setPlaceholderText(self.tr("e.g. 因雨改期"))
        self.add_field(self.tr("Note"), self.note, ("shifts.note_too_long",))
        self.resize(DIALOG_WIDTH, self.sizeHint().height())

    def call_service(self) -> str:
        activities.move_shift(self._ctx, self._shift.id, *self.times(), note=self.note.text())
        return self._shift.id


class RolesDialog(FormDialog):
    """The roles of one shift (never fewer places than volunteers signed up)."""

    def __init__(self, ctx: ServiceContext, shift: RosterShift, parent: QWidget | None = None):
        super().__init__(self.tr("Roles of the shift"), self.tr("Save"), parent)
        self.setObjectName("rolesDialog")
        self._ctx, self._shift = ctx, shift
        text = roles_text([RoleSpec(r.name, r.capacity) for r in shift.roles])
        self.roles = _roles_edit(text)
        self.add_field(self.tr("Roles"), self.roles, _ROLE_CODES)
        self.form.addRow(
            "", QLabel(self.tr("One role a line: its name, then how many (司机 2)."), wordWrap=True)
        )
        self.resize(DIALOG_WIDTH, self.sizeHint().height())

    def call_service(self) -> str:
        activities.set_roles(self._ctx, self._shift.id, roles_from_text(self.roles.toPlainText()))
        return self._shift.id


class ShiftSeriesDialog(_ShiftTimesForm):
    """A repeating series of the activity; ``result`` holds the days skipped and why once saved."""

    def __init__(self, ctx: ServiceContext, activity_id: str, day: date, parent: QWidget | None = None):
        super().__init__(
            self.tr("New series"), self.tr("Add series"), day, time(13, 30), time(16, 30), parent
        )
        self.setObjectName("seriesDialog")
        self._ctx, self._activity_id = ctx, activity_id
        self.result: SeriesResult | None = None
        self.until = date_edit(date(day.year, 12, 31), "until")
        self.add_field(self.tr("Until"), self.until, ("shifts.series_too_long",))
        self.every_weeks = QSpinBox(objectName="everyWeeks")
        self.every_weeks.setRange(1, 52)
        self.every_weeks.setPrefix(self.tr("every "))
        self.every_weeks.setSuffix(self.tr(" week(s), on the first day's weekday"))
        self.add_field(self.tr("Repeat"), self.every_weeks, ("shifts.bad_interval",))
        self.roles = _roles_edit(DEFAULT_ROLES)
        self.add_field(self.tr("Roles"), self.roles, _ROLE_CODES)
        rule = QLabel(
            self.tr(
                "On working weekdays public holidays are skipped; on weekends the make-up "
                "workdays (调休) are skipped."
            ),
            wordWrap=True,
        )
        self.form.addRow("", rule)
        self.ignore_holidays = QCheckBox(
            self.tr("Plan ignoring public holidays (not known for that year yet)"),
            objectName="ignoreHolidays",
        )
        self.holidays_message = self.add_field(
            self.tr("Holidays"), self.ignore_holidays, ("training.holidays_unknown",)
        )
        self._show_holiday_choice(False)
        self.resize(DIALOG_WIDTH, self.sizeHint().height())

    def _show_holiday_choice(self, shown: bool) -> None:
        box = self.holidays_message.parentWidget()
        box.setVisible(shown)
        if (label := self.form.labelForField(box)) is not None:
            label.setVisible(shown)

    def call_service(self) -> str:
        starts, ends = self.times()
        draft = SeriesDraft(
            starts.date(),
            day_of(self.until),
            starts.time(),
            ends.time(),
            roles_from_text(self.roles.toPlainText()),
            self.every_weeks.value(),
            self.ignore_holidays.isChecked(),
        )
        try:
            self.result = activities.add_series(self._ctx, self._activity_id, draft)
        except HolidaysUnknown:
            self._show_holiday_choice(True)
            raise
        return self.result.series_id


def warning_text(warning: SignupWarning) -> str:
    if warning.code == "signup.clash":
        starts = warning.params["starts_at"]
        assert isinstance(starts, datetime)
        return fmt(
            QCoreApplication.translate("VolunteerRoster", "%1 is already on %2 at %3."),
            warning.name,
            warning.params["activity"],
            f"{day_text(starts.date())} {starts:%H:%M}",
        )
    return fmt(
        QCoreApplication.translate("VolunteerRoster", "%1 would have %2 of %3 places taken."),
        warning.params["role"],
        warning.params["count"],
        warning.params["capacity"],
    )


class AssignDialog(QDialog):
    """Sign volunteers (picked from the active ones, by name or organisation) or a whole team up
    for a role of the shift. ``done_result`` holds the last written sign-up."""

    def __init__(
        self,
        ctx: ServiceContext,
        shift: RosterShift,
        role_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assign volunteers"))
        self._ctx, self._shift = ctx, shift
        self.done_result: SignupResult | None = None
        self.question: QWidget | None = None
        layout = QVBoxLayout(self)
        heading = fmt(
            self.tr("%1, %2 %3"),
            shift.activity,
            day_text(shift.starts_at.date()),
            time_span(shift.starts_at, shift.ends_at),
        )
        layout.addWidget(QLabel(heading, objectName="assignHeading", wordWrap=True))
        self.role = QComboBox(objectName="role")
        for role in shift.roles:
            self.role.addItem(fmt(self.tr("%1 (%2/%3)"), role.name, role.filled, role.capacity), role.id)
        if role_id is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(role_id)))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Role")))
        row.addWidget(self.role, 1)
        layout.addLayout(row)
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("Name, pinyin initials or organisation"))
        self.search.textChanged.connect(lambda *_: self.reload())
        layout.addWidget(self.search)
        self.people = QListWidget(objectName="candidates")
        self.people.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.people.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        layout.addWidget(self.people, 1)
        teams = QHBoxLayout()
        self.team = QComboBox(objectName="team")
        try:
            for team in signups.teams(ctx):
                self.team.addItem(fmt(self.tr("%1 (%2 members)"), team.name, team.members), team.id)
        except ServiceError:
            pass
        self.team_button = QPushButton(self.tr("Assign the whole team"), objectName="assignTeam")
        self.team_button.setAutoDefault(False)
        self.team_button.setEnabled(self.team.count() > 0)
        self.team_button.clicked.connect(self.assign_team)
        teams.addWidget(QLabel(self.tr("Team")))
        teams.addWidget(self.team, 1)
        teams.addWidget(self.team_button)
        layout.addLayout(teams)
        self.message = InlineMessage(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.assign_button = buttons.addButton(
            self.tr("Assign selected"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.assign_button.setObjectName("assignSelected")
        self.assign_button.clicked.connect(self.assign_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(DIALOG_WIDTH, self.sizeHint().height())
        self.reload()
        self.search.setFocus()

    def reload(self) -> None:
        self.people.clear()
        try:
            found = signups.candidates(self._ctx, self._shift.id, self.search.text())
        except (ValidationError, ServiceError) as error:
            self.message.show_problem(error)
            return
        for candidate in found:
            text = candidate.name + (f"（{candidate.organisation}）" if candidate.organisation else "")
            if candidate.on_shift:
                text += self.tr(" · on this shift")
            elif candidate.clash:
                text += self.tr(" · on another shift then")
            item = QListWidgetItem(text, self.people)
            item.setData(Qt.ItemDataRole.UserRole, candidate.volunteer_id)
            if candidate.on_shift:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)

    def selected_ids(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.people.selectedItems()]

    def assign_selected(self) -> None:
        ids = self.selected_ids()
        role_id = self.role.currentData()
        self._call(lambda force: signups.assign(self._ctx, self._shift.id, role_id, ids, force=force))

    def assign_team(self) -> None:
        role_id, team_id = self.role.currentData(), self.team.currentData()
        self._call(
            lambda force: signups.assign_team(self._ctx, self._shift.id, role_id, team_id, force=force)
        )

    def _call(self, call: Callable[[bool], SignupResult]) -> None:
        """Ask the service without force; with warnings, ask the user, then again with force."""
        try:
            result = call(False)
        except (ValidationError, ServiceError) as error:
            self.message.show_problem(error)
            return
        if result.written:
            self._done(result)
            return
        question = (
            "\n".join(warning_text(w) for w in result.warnings) + "\n\n" + self.tr("Assign all the same?")
        )
        self.question = ask(
            self, self.tr("Assign volunteers"), question, self.tr("Assign anyway"), lambda: self._forced(call)
        )

    def _forced(self, call: Callable[[bool], SignupResult]) -> None:
        try:
            self._done(call(True))
        except (ValidationError, ServiceError) as error:
            self.message.show_problem(error)

    def _done(self, result: SignupResult) -> None:
        self.done_result = result
        text = fmt(self.tr("%1 signed up."), len(result.assignment_ids))
        if result.already:
            text += " " + fmt(self.tr("%1 were on the shift already."), len(result.already))
        if result.inactive:
            text += " " + fmt(self.tr("%1 paused or departed members left out."), len(result.inactive))
        self.message.show_info(text)
        self.reload()
