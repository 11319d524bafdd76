"""The coverage view's tables: who is not yet visited in a period, and the rate per grid or worker."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from stationdesk.services.coverage import CoverageLine, GroupLine
from stationdesk.ui.models.key_target_table import WHO_COLUMNS, who_text
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.text import fmt
from stationdesk.ui.visit_words import period_label, rate_text, reason_label

PERSON, GRID, TIER, WORKER, PERIOD, STATUS = range(6)  # the first four are the key-target list's WHO_COLUMNS
GROUP, DUE, VISITED, RATE = range(4)

MISSED_TEXT = QColor("#b3261e")
PENDING_TEXT = QColor("#a33a00")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def status_text(line: CoverageLine) -> str:
    """3 days left / Due today / Missed: in hospital / Visited 2026-11-03."""
    if line.state == "pending":
        if line.days_left <= 1:
            return QCoreApplication.translate("Coverage", "Due today")
        return fmt(QCoreApplication.translate("Coverage", "%1 days left"), line.days_left)
    if line.state == "missed":
        return fmt(QCoreApplication.translate("Coverage", "Missed: %1"), reason_label(line.reason))
    visited = line.visited_on.isoformat() if line.visited_on else ""
    return fmt(QCoreApplication.translate("Coverage", "Visited %1"), visited)


class NotVisitedModel(RowListModel[CoverageLine]):
    """The due visits not made: pending ones (fewest days left first), then the misses."""

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Person"),
            self.tr("Grid"),
            self.tr("Tier"),
            self.tr("Worker"),
            self.tr("Period"),
            self.tr("Status"),
        )

    def line(self, row: int) -> CoverageLine:
        return self._rows[row]

    def _tooltip(self, line: CoverageLine, column: int) -> object:
        return self._display(line, column)

    def _style(self, line: CoverageLine, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return MISSED_TEXT if line.state == "missed" else PENDING_TEXT
        return None

    @staticmethod
    def _display(line: CoverageLine, column: int) -> str:
        if column in WHO_COLUMNS:
            return who_text(line, column)
        if column == PERIOD:
            return period_label(line.period)
        return status_text(line)


class GroupRateModel(RowListModel[GroupLine]):
    """Due, visited and rate per grid (or per worker); the first column's title says which."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group_title = self.tr("Grid")

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Group"), self.tr("Due"), self.tr("Visited"), self.tr("Rate"))

    def set_rows(self, rows: Sequence[GroupLine], group_title: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._group_title = group_title
        self.endResetModel()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            section == GROUP
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self._group_title
        return super().headerData(section, orientation, role)

    @staticmethod
    def _display(group: GroupLine, column: int) -> str:
        if column == GROUP:
            return group.name
        if column == DUE:
            return str(group.due)
        if column == VISITED:
            return str(group.visited)
        return rate_text(group.rate)

    def _style(self, group: GroupLine, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != GROUP:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == RATE and group.visited < group.due:
            return MISSED_TEXT
        return None
