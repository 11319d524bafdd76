"""Choosing the period of a report: a month, a quarter (YYYY Qn) or any run of days.

Month and quarter step with Previous / Next; a date range is two dates, the second never before the
first. The picker starts on the last complete month (and quarter), the one a report is usually for.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services.station_report import ReportPeriod, period_of_month, period_of_quarter
from stationdesk.ui.icons import icon
from stationdesk.ui.report_kinds import DAYS, MONTH, QUARTER
from stationdesk.ui.text import fmt

FIRST_YEAR, LAST_YEAR = 2000, 2099


def last_complete_month(today: date) -> tuple[int, int]:
    """The month before ``today``'s: (year, month)."""
    day = today.replace(day=1) - timedelta(days=1)
    return day.year, day.month


def last_complete_quarter(today: date) -> tuple[int, int]:
    """The quarter before ``today``'s: (year, quarter)."""
    quarter = (today.month - 1) // 3 + 1
    return (today.year, quarter - 1) if quarter > 1 else (today.year - 1, 4)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeriodPicker(QWidget):
    """Emits ``changed`` whenever the chosen period may have changed."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodPicker")
        self.month_button = self._mode_button(self.tr("Month"), "monthMode")
        self.quarter_button = self._mode_button(self.tr("Quarter"), "quarterMode")
        self.range_button = self._mode_button(self.tr("Date range"), "rangeMode")
        self._modes = {MONTH: self.month_button, QUARTER: self.quarter_button, DAYS: self.range_button}
        group = QButtonGroup(self)
        for button in self._modes.values():
            group.addButton(button)
        self.month_button.setChecked(True)

        self.previous_button = QToolButton(objectName="previousPeriod")
        self.previous_button.setIcon(icon("previous"))
        self.previous_button.setToolTip(self.tr("Previous"))
        self.next_button = QToolButton(objectName="nextPeriod")
        self.next_button.setIcon(icon("next"))
        self.next_button.setToolTip(self.tr("Next"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))

        self.month_edit = QDateEdit(objectName="monthEdit")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.month_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00") * 2)
        self.year_spin = QSpinBox(objectName="quarterYear")
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.quarter_combo = QComboBox(objectName="quarterCombo")
        for quarter, months in enumerate(
            (self.tr("Jan–Mar"), self.tr("Apr–Jun"), self.tr("Jul–Sep"), self.tr("Oct–Dec")), start=1
        ):
            self.quarter_combo.addItem(fmt(self.tr("Q%1 (%2)"), quarter, months), quarter)
        self.from_edit = self._day_edit("fromDate")
        self.until_edit = self._day_edit("untilDate")

        self._fields = {  # what is shown to choose in each mode
            MONTH: self.month_edit,
            QUARTER: self._row(self.year_spin, self.quarter_combo),
            DAYS: self._row(self.from_edit, QLabel(self.tr("to")), self.until_edit),
        }
        self.summary = QLabel(objectName="periodSummary")

        modes = QHBoxLayout()
        modes.setSpacing(0)
        for button in self._modes.values():
            modes.addWidget(button)
        modes.addStretch(1)
        choose = QHBoxLayout()
        choose.addWidget(self.previous_button)
        for fields in self._fields.values():
            choose.addWidget(fields)
        choose.addWidget(self.next_button)
        choose.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(modes)
        layout.addLayout(choose)
        layout.addWidget(self.summary)

        year, month = last_complete_month(today)
        self.set_month(year, month)
        self.set_quarter(*last_complete_quarter(today))
        last_month = period_of_month(year, month)
        self.set_range(last_month.first_day, last_month.last_day)
        for button in self._modes.values():
            button.toggled.connect(self._mode_toggled)
        for signal in (self.month_edit.dateChanged, self.year_spin.valueChanged,
                       self.quarter_combo.currentIndexChanged, self.from_edit.dateChanged,
                       self.until_edit.dateChanged):  # fmt: skip
            signal.connect(self._edited)
        self.from_edit.dateChanged.connect(self.until_edit.setMinimumDate)
        self._show_mode()

    # -- building ------------------------------------------------------------------------

    def _mode_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, objectName=name, checkable=True)
        button.setAutoDefault(False)
        return button

    def _day_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(objectName=name)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        return edit

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        return box

    # -- public --------------------------------------------------------------------------

    def mode(self) -> str:
        return next(mode for mode, button in self._modes.items() if button.isChecked())

    def set_mode(self, mode: str) -> None:
        self._modes[mode].setChecked(True)

    def set_modes(self, modes: tuple[str, ...]) -> None:
        """Offer only ``modes`` (a ledger has no quarter); leaves an unoffered mode for the first offered."""
        for mode, button in self._modes.items():
            button.setVisible(mode in modes)
        if self.mode() not in modes:
            self.set_mode(modes[0])

    def period(self) -> ReportPeriod:
        mode = self.mode()
        if mode == MONTH:
            chosen = self.month_edit.date()
            return period_of_month(chosen.year(), chosen.month())
        if mode == QUARTER:
            return period_of_quarter(self.year_spin.value(), self.quarter_combo.currentData())
        first, last = self.from_edit.date().toPython(), self.until_edit.date().toPython()
        return ReportPeriod(first, max(first, last))

    def set_month(self, year: int, month: int) -> None:
        self.month_edit.setDate(QDate(year, month, 1))

    def set_quarter(self, year: int, quarter: int) -> None:
        self.year_spin.setValue(year)
        self.quarter_combo.setCurrentIndex(quarter - 1)

    def set_range(self, first: date, last: date) -> None:
        self.from_edit.setDate(_qdate(first))
        self.until_edit.setMinimumDate(_qdate(first))
        self.until_edit.setDate(_qdate(last))

    def step(self, direction: int) -> None:
        """The next (1) or previous (-1) month or quarter."""
        if self.mode() == MONTH:
            self.month_edit.setDate(self.month_edit.date().addMonths(direction))
        elif self.mode() == QUARTER:
            index = self.year_spin.value() * 4 + self.quarter_combo.currentIndex() + direction
            index = min(max(index, FIRST_YEAR * 4), LAST_YEAR * 4 + 3)
            self.set_quarter(index // 4, index % 4 + 1)

    # -- reacting ------------------------------------------------------------------------

    def _mode_toggled(self, checked: bool) -> None:
        if checked:
            self._show_mode()

    def _show_mode(self) -> None:
        mode = self.mode()
        for shown, fields in self._fields.items():
            fields.setVisible(shown == mode)
        stepping = mode != DAYS
        self.previous_button.setVisible(stepping)
        self.next_button.setVisible(stepping)
        self._edited()

    def _edited(self) -> None:
        period = self.period()
        days = (period.last_day - period.first_day).days + 1
        self.summary.setText(
            fmt(
                self.tr("%1 to %2 (%3 days)"), period.first_day.isoformat(), period.last_day.isoformat(), days
            )
        )
        self.changed.emit()
