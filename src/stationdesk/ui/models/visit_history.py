"""A person's home visits (探访记录), newest first: a thin adapter from ``VisitRow``s."""

from __future__ import annotations

from stationdesk.services.key_targets import VisitRow
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.text import fmt
from stationdesk.ui.visit_words import risk_label

DATE, METHOD, VISITOR, RISK, FINDINGS = range(5)


class VisitHistoryModel(RowListModel[VisitRow]):
    """Date, method (saying when it does not count), visitor, risk change, findings."""

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Method"), self.tr("Visitor"), self.tr("Risk"), self.tr("Findings"))

    def visit(self, row: int) -> VisitRow:
        return self._rows[row]

    def _tooltip(self, row: VisitRow, column: int) -> object:
        if column == FINDINGS and row.companions:
            return fmt(self.tr("%1\nWith: %2"), row.findings, row.companions)
        return self._display(row, column) or None

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
