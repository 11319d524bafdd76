"""The key-target list (对象名单): a thin adapter from ``TargetRow``s to a Qt table.

Each row also shows how the target stands in the cadence period running today (visited, still
due with the days left, or not due), taken from the coverage service, so that the list and the
coverage view never disagree. Rows whose visit is still due stand out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from stationdesk.domain.visits import period_of
from stationdesk.services import coverage, visit_settings
from stationdesk.services.context import ServiceContext
from stationdesk.services.coverage import CoverageLine
from stationdesk.services.key_targets import TargetRow
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.text import fmt
from stationdesk.ui.visit_words import period_span, reason_label, tier_label

PERSON, GRID, TIER, WORKER, SINCE, LAST_VISIT, DAYS_SINCE, EXEMPTION, THIS_PERIOD = range(9)
WHO_COLUMNS = (PERSON, GRID, TIER, WORKER)
"""The columns every key-target table starts with (the coverage view's too): who and with whom."""

DUE_BACKGROUND = QColor("#fff1d6")
DUE_TEXT = QColor("#a33a00")
_NEVER = 10**6  # "never visited" sorts after any number of days


class _Who(Protocol):
    @property
    def person_name(self) -> str: ...
    @property
    def grid(self) -> str: ...
    @property
    def tier(self) -> str: ...
    @property
    def worker_name(self) -> str: ...


def who_text(row: _Who, column: int) -> str:
    """A target's (or a coverage line's) cell in one of the ``WHO_COLUMNS``."""
    return (row.person_name, row.grid, tier_label(row.tier), row.worker_name)[column]


def this_period(ctx: ServiceContext, today: date) -> dict[str, CoverageLine]:
    """Each target's coverage line for its cadence period running today (absent: not due in it).

    One coverage call per cadence in use (at most three), whatever the number of targets.
    """
    lines: dict[str, CoverageLine] = {}
    for cadence in sorted(set(visit_settings.cadences(ctx).values())):
        report = coverage.coverage(ctx, period_of(today, cadence), today)
        for line in report.lines:
            if line.period.cadence == cadence and today in line.period:
                lines[line.target_id] = line
    return lines


class KeyTargetTableModel(RowListModel[TargetRow]):
    """The running enrolments with their last visit, exemption and this period's state. Under
    ``SORT_ROLE`` names keep the service's pinyin order, dates and day counts sort as such."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: Mapping[str, CoverageLine] = {}
        self._order: dict[str, int] = {}
        self._today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Person"),
            self.tr("Grid"),
            self.tr("Tier"),
            self.tr("Worker"),
            self.tr("Since"),
            self.tr("Last visit"),
            self.tr("Days"),
            self.tr("Exempt"),
            self.tr("This period"),
        )

    def set_rows(self, rows: Sequence[TargetRow], lines: Mapping[str, CoverageLine], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._order = {row.id: number for number, row in enumerate(self._rows)}  # the service's pinyin order
        self._lines = lines
        self._today = today
        self.endResetModel()

    def target(self, row: int) -> TargetRow:
        return self._rows[row]

    def row_of(self, target_id: str) -> int | None:
        return self._order.get(target_id)

    def is_due(self, target_id: str) -> bool:
        """The visit of the period running today is still to be made."""
        line = self._lines.get(target_id)
        return line is not None and line.state == "pending"

    def due_count(self) -> int:
        return sum(1 for row in self._rows if self.is_due(row.id))

    def _style(self, row: TargetRow, column: int, role: int) -> object:
        due = self.is_due(row.id)
        if role == Qt.ItemDataRole.BackgroundRole and due:
            return DUE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and due and column in (PERSON, THIS_PERIOD):
            return DUE_TEXT
        if role == Qt.ItemDataRole.FontRole and due and column in (PERSON, THIS_PERIOD):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS_SINCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _days_since(self, row: TargetRow) -> int | None:
        return None if row.last_visit_on is None else (self._today - row.last_visit_on).days

    def _display(self, row: TargetRow, column: int) -> str:
        if column in WHO_COLUMNS:
            return who_text(row, column)
        if column == SINCE:
            return row.start_on.isoformat()
        if column == LAST_VISIT:
            return row.last_visit_on.isoformat() if row.last_visit_on else self.tr("Never")
        if column == DAYS_SINCE:
            days = self._days_since(row)
            return "" if days is None else str(days)
        if column == EXEMPTION:
            return reason_label(row.exemption) if row.exemption else ""
        return self._state(row)

    def _state(self, row: TargetRow) -> str:
        line = self._lines.get(row.id)
        if line is None:
            return self.tr("Exempt") if row.exemption else self.tr("Not due")
        if line.state == "visited":
            return self.tr("Visited")
        if line.days_left <= 1:
            return self.tr("Due today")
        return fmt(self.tr("Due: %1 days left"), line.days_left)

    def _tooltip(self, row: TargetRow, column: int) -> str | None:
        if column == PERSON and row.reason:
            return row.reason
        if column == DAYS_SINCE:
            return self.tr("Days since the last visit")
        if column == THIS_PERIOD:
            line = self._lines.get(row.id)
            if line is not None:
                span = period_span(line.period)
                if line.visited_on is not None:
                    return fmt(self.tr("%1: visited on %2"), span, line.visited_on.isoformat())
                return span
        return self._display(row, column) or None

    def _sort_key(self, row: TargetRow, column: int) -> object:
        if column == PERSON:
            return self._order.get(row.id, 0)
        if column == DAYS_SINCE:
            days = self._days_since(row)
            return _NEVER if days is None else days
        if column == LAST_VISIT:
            return row.last_visit_on.isoformat() if row.last_visit_on else ""
        if column == THIS_PERIOD:
            line = self._lines.get(row.id)
            if line is None:
                return _NEVER + 1
            return line.days_left if line.state == "pending" else _NEVER
        return self._display(row, column)
