"""The base of StationDesk's table models: a list of plain rows, columns declared by their headers."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowListModel(QAbstractTableModel, Generic[Row]):
    """Rows in ``self._rows``; a subclass names its columns in ``_headers()`` (translated there)
    and answers ``data()``. Row and column counts and the header come from here."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._header_texts = self._headers()  # the language changes only with a restart

    def _headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header_texts)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._header_texts):
            return self._header_texts[section]
        return None
