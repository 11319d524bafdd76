"""A person's home visits (探访记录), newest first: a thin adapter from ``VisitRow``s."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt

from stationdesk.services.key_targets import VisitRow
from stationdesk.ui.models.row_list import Index, RowListModel
from stationdesk.ui.text import fmt
from stationdesk.ui.visit_words import risk_label

DATE, METHOD, VISITOR, RISK, FINDINGS = range(5)

OBJECT_ROLE = Qt.ItemDataRole.UserRole  # the VisitRow itself


class VisitHistoryModel(RowListModel[VisitRow]):
    """Date, method (saying when it does not count), visitor, risk change, findings."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Method"), self.tr("Visitor"), self.tr("Risk"), self.tr("Findings"))

    def set_rows(self, rows: Sequence[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def visit(self, row: int) -> VisitRow:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == FINDINGS and row.companions:
                return fmt(self.tr("%1\nWith: %2"), row.findings, row.companions)
            return self._display(row, index.column()) or None
        if role == OBJECT_ROLE:
            return row
        return None

    def _display(self, row: VisitRow, column: int) -> str:
        if column == DATE:
            return row.visited_on.isoformat()
        if column == METHOD:
            return row.method if row.counts else fmt(self.tr("%1 (not counted)"), row.method)
        if column == VISITOR:
            return row.visitor_name
        if column == RISK:
            return risk_label(row.risk) if row.risk else ""
        return " ".join(row.findings.split())
