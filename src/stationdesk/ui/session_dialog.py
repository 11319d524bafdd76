"""The session forms: add one session, change one, or add a repeating series.

A series repeats on the first day's weekday every N weeks, or runs on working days; the
service skips public holidays and takes make-up workdays (调休). For a year whose holidays are
not announced yet the service refuses; the form then says so and offers to plan the series
ignoring holidays (weekends only), which the user ticks before saving again.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from stationdesk.domain.training import MAX_SESSIONS, HolidaysUnknown
from stationdesk.services import training
from stationdesk.services.context import ServiceContext
from stationdesk.services.training import SeriesResult, SessionDraft, SessionRow
from stationdesk.ui.form_dialog import FormDialog, RadioChoices, date_edit, day_of, set_day
from stationdesk.ui.text import fmt
from stationdesk.ui.training_words import hours_text, weekday_label

_TIME_CODES = ("session.time_required", "session.ends_before_start", "session.has_signins")
WEEKLY, WORKDAYS = "weekly", "workdays"
DIALOG_WIDTH = 640


def time_edit(value: time, name: str) -> QTimeEdit:
    edit = QTimeEdit(objectName=name)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(value.hour, value.minute))
    return edit


def _time_of(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class _SessionForm(FormDialog):
    """The fields every session form has: day, start and end, venue, trainer, topic, capacity, the
    grace time before a sign-in is late, and the session's own hours if not the programme's."""

    def __init__(
        self,
        ctx: ServiceContext,
        title: str,
        accept_text: str,
        programme_minutes: int,
        parent: QWidget | None,
    ) -> None:
        super().__init__(title, accept_text, parent)
        self._ctx = ctx
        self.day = date_edit(date.today(), "day")
        self.day_label = QLabel()
        self.day.dateChanged.connect(lambda *_: self._show_weekday())
        day_row = QHBoxLayout()
        day_row.addWidget(self.day)
        day_row.addWidget(self.day_label, 1)
        self.day_message = self.add_field(self.tr("Day"), day_row, (), focus=self.day)
        self.start = time_edit(time(9), "start")
        self.end = time_edit(time(11, 30), "end")
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times.addStretch(1)
        self.add_field(self.tr("Time"), times, _TIME_CODES, focus=self.start)
        self.venue = QLineEdit(objectName="venue")
        self.venue.setMaxLength(training.TEXT_MAX)
        self.venue.setPlaceholderText(self.tr("e.g. 当湖街道社会工作站三楼会议室"))
        self.add_field(self.tr("Venue"), self.venue, ("session.venue_too_long",))
        self.trainer = QLineEdit(objectName="trainer")
        self.trainer.setMaxLength(64)
        self.add_field(self.tr("Trainer"), self.trainer, ("session.trainer_too_long",))
        self.topic = QLineEdit(objectName="topic")
        self.topic.setMaxLength(training.TOPIC_MAX)
        self.add_field(self.tr("Topic"), self.topic, ("session.topic_too_long",))
        self.capacity = QSpinBox(objectName="capacity")
        self.capacity.setRange(0, 9999)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.add_field(self.tr("Capacity"), self.capacity, ("session.bad_capacity",))
        self.late_after = QSpinBox(objectName="lateAfter")
        self.late_after.setRange(0, 240)
        self.late_after.setValue(10)
        self.late_after.setSuffix(self.tr(" min after the start"))
        self.add_field(self.tr("Late"), self.late_after, ("session.bad_grace",))
        own = fmt(self.tr("Counts other than the programme's %1:"), hours_text(programme_minutes))
        self.own_time = QCheckBox(own, objectName="ownTime")
        self.hours = QDoubleSpinBox(objectName="sessionHours")
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(2)
        self.hours.setValue(programme_minutes / 60)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setEnabled(False)
        self.own_time.toggled.connect(self.hours.setEnabled)
        hours = QHBoxLayout()
        hours.addWidget(self.own_time)
        hours.addWidget(self.hours)
        hours.addStretch(1)
        self.add_field(self.tr("Hours"), hours, ("training.bad_minutes",), focus=self.hours)
        self._show_weekday()

    def _show_weekday(self) -> None:
        self.day_label.setText(weekday_label(day_of(self.day)))

    def fill(self, row: SessionRow) -> None:
        info = row.info
        set_day(self.day, info.starts_at.date())
        self.start.setTime(QTime(info.starts_at.hour, info.starts_at.minute))
        self.end.setTime(QTime(info.ends_at.hour, info.ends_at.minute))
        self.venue.setText(info.venue)
        self.trainer.setText(info.trainer)
        self.topic.setText(info.topic)
        self.capacity.setValue(info.capacity or 0)
        self.late_after.setValue(info.late_after_minutes)
        self.own_time.setChecked(row.own_minutes is not None)
        if row.own_minutes is not None:
            self.hours.setValue(row.own_minutes / 60)

    def session_draft(self) -> SessionDraft:
        return SessionDraft(
            day=day_of(self.day),
            start=_time_of(self.start),
            end=_time_of(self.end),
            venue=self.venue.text(),
            trainer=self.trainer.text(),
            topic=self.topic.text(),
            capacity=self.capacity.value() or None,
            minutes=round(self.hours.value() * 60) if self.own_time.isChecked() else None,
            late_after_minutes=self.late_after.value(),
        )


class SessionDialog(_SessionForm):
    """Add a session to a programme (``session`` None) or change one. A session that people have
    signed in to keeps its day and time: those fields are locked, and the form says why."""

    def __init__(
        self,
        ctx: ServiceContext,
        programme_id: str,
        programme_minutes: int,
        session: SessionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add session") if session is None else self.tr("Edit session")
        super().__init__(ctx, title, self.tr("Save"), programme_minutes, parent)
        self.setObjectName("sessionDialog")
        self._programme_id = programme_id
        self._session = session
        self.resize(DIALOG_WIDTH, self.sizeHint().height())
        if session is not None:
            self.fill(session)
            if session.signed_in:
                for field in (self.day, self.start, self.end):
                    field.setEnabled(False)
                self.day_message.show_info(
                    fmt(self.tr("%1 people have signed in: the day and time stay."), session.signed_in)
                )
                self.venue.setFocus()
                return
        self.day.setFocus()

    def call_service(self) -> str:
        if self._session is None:
            return training.add_session(self._ctx, self._programme_id, self.session_draft())
        training.update_session(self._ctx, self._session.id, self.session_draft())
        return self._session.id


class SeriesDialog(_SessionForm):
    """Add ``count`` sessions like the first: weekly on its weekday, or on working days; holidays
    skipped. ``result`` holds the service's answer (new ids, skipped holidays) once saved."""

    def __init__(
        self, ctx: ServiceContext, programme_id: str, programme_minutes: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx, self.tr("Add a series of sessions"), self.tr("Add series"), programme_minutes, parent
        )
        self.setObjectName("seriesDialog")
        self._programme_id = programme_id
        self.result: SeriesResult | None = None
        self.repeat = RadioChoices(
            self,
            [WEEKLY, WORKDAYS],
            lambda code: self.tr("Every") if code == WEEKLY else self.tr("On working days"),
            lambda code: f"repeat_{code}",
            WEEKLY,
        )
        self.every_weeks = QSpinBox(objectName="everyWeeks")
        self.every_weeks.setRange(1, 8)
        self.every_weeks.setSuffix(self.tr(" week(s)"))
        self.every_weeks.setToolTip(self.tr("On the first day's weekday"))
        self.repeat.row.insertWidget(1, self.every_weeks)
        self.repeat.idToggled.connect(lambda *_: self.every_weeks.setEnabled(self.repeat.chosen() == WEEKLY))
        self.add_field(self.tr("Repeat"), self.repeat.row, ("training.bad_interval",), focus=self.every_weeks)
        self.count = QSpinBox(objectName="count")
        self.count.setRange(1, MAX_SESSIONS)
        self.count.setValue(6)
        self.count.setSuffix(self.tr(" sessions"))
        self.add_field(self.tr("Sessions"), self.count, ("training.bad_session_count",))
        self.ignore_holidays = QCheckBox(
            self.tr("Plan ignoring public holidays (only weekends are known)"), objectName="ignoreHolidays"
        )
        self.ignore_holidays.setVisible(False)
        self.holidays_message = self.add_field(
            self.tr("Holidays"), self.ignore_holidays, ("training.holidays_unknown",)
        )
        self._show_holiday_choice(False)
        self.resize(DIALOG_WIDTH, self.sizeHint().height())
        self.day.setFocus()

    def _show_holiday_choice(self, shown: bool) -> None:
        box = self.holidays_message.parentWidget()
        box.setVisible(shown)
        label = self.form.labelForField(box)
        if label is not None:
            label.setVisible(shown)
        self.ignore_holidays.setVisible(shown)

    def call_service(self) -> str:
        every = self.every_weeks.value() if self.repeat.chosen() == WEEKLY else None
        try:
            self.result = training.add_series(
                self._ctx,
                self._programme_id,
                self.session_draft(),
                self.count.value(),
                every_weeks=every,
                ignore_holidays=self.ignore_holidays.isChecked(),
            )
        except HolidaysUnknown:
            self._show_holiday_choice(True)  # the refusal says so under it; ticked, the next save goes on
            raise
        return self.result.session_ids[0] if self.result.session_ids else ""

    def save(self) -> None:
        super().save()
        if self.ignore_holidays.isVisible() and self.result is None:
            self.ignore_holidays.setFocus()
