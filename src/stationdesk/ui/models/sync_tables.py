"""The Sync page's tables: the enrolled sites, and the conflicts waiting for a person's choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from stationdesk.services.sync import ConflictRow, PeerRow
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.sync_words import field_name, field_value, moment, record_kind, site_role
from stationdesk.ui.text import fmt

PENDING_FILL = "#fff3cd"
"""A site that lacks changes: a soft yellow, "take it a stick"."""


class PeerTableModel(RowListModel[PeerRow]):
    NAME, STATION, ROLE, FINGERPRINT, EXPORTED, IMPORTED, PENDING = range(7)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Site"),
            self.tr("Station code"),
            self.tr("Kind"),
            self.tr("Key fingerprint"),
            self.tr("Last sent to it"),
            self.tr("Last received from it"),
            self.tr("Changes it lacks"),
        )

    def _display(self, row: PeerRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.STATION:
            return row.station_code
        if column == self.ROLE:
            return site_role(row.role)
        if column == self.FINGERPRINT:
            return row.fingerprint
        if column == self.EXPORTED:
            return moment(row.last_export_at, self.tr("never"))
        if column == self.IMPORTED:
            return moment(row.last_import_at, self.tr("never"))
        return f"{row.pending:,}" if row.pending else self.tr("none")

    def _sort_key(self, row: PeerRow, column: int) -> object:
        if column == self.PENDING:
            return row.pending
        return self._display(row, column)

    def _tooltip(self, row: PeerRow, column: int) -> object:
        if column == self.NAME:  # the table elides a long name in the middle
            return row.name
        if column == self.FINGERPRINT:
            return self.tr("Compare it with the fingerprint shown on that PC's Sync page.")
        if column == self.PENDING and row.pending:
            return self.tr("Export a file for this site to send them.")
        return None

    def _style(self, row: PeerRow, column: int, role: int) -> object:
        if column == self.PENDING:
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.BackgroundRole and row.pending:
                return QBrush(QColor(PENDING_FILL))
        if role == Qt.ItemDataRole.ForegroundRole and row.pending and column == self.PENDING:
            return QBrush(QColor("#202020"))
        return None


class ConflictTableModel(RowListModel[ConflictRow]):
    RECORD, FIELD, KEPT, OTHER, KEPT_AT, OTHER_AT, WHEN = range(7)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Value kept"),
            self.tr("Other value"),
            self.tr("Kept value from"),
            self.tr("Other value from"),
            self.tr("Found"),
        )

    def _display(self, row: ConflictRow, column: int) -> str:
        if column == self.RECORD:
            kind = record_kind(row.table, row.table_label)
            return f"{kind}: {row.record_label}" if row.record_label else kind
        if column == self.FIELD:
            return field_name(row.field, row.field_label)
        if column == self.KEPT:
            return field_value(row.field, row.kept_value)
        if column == self.OTHER:
            return field_value(row.field, row.other_value)
        if column == self.KEPT_AT:
            return self._site(row.kept_site_name, row.kept_here)
        if column == self.OTHER_AT:
            return self._site(row.other_site_name, row.other_here)
        return moment(row.detected_at)

    def _site(self, name: str, here: bool) -> str:
        return self.tr("This PC") if here else name

    def _tooltip(self, row: ConflictRow, column: int) -> object:
        if column == self.KEPT:
            where = self._site(row.kept_site_name, row.kept_here)
            return fmt(self.tr("Written at %1; kept because it was written last."), where)
        if column == self.OTHER:
            return fmt(
                self.tr("Written at %1 at about the same time."),
                self._site(row.other_site_name, row.other_here),
            )
        if column in (self.RECORD, self.KEPT_AT, self.OTHER_AT):  # elided in the middle when long
            return self._display(row, column)
        return None
