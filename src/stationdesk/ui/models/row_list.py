"""The base of StationDesk's table models: a list of plain rows, columns declared by their headers.

``RowListModel`` answers the roles every table shares (the row itself under ``OBJECT_ROLE``, a
native sort value under ``SORT_ROLE``, counts and headers); a subclass says what a cell shows.
``PagedRowListModel`` adds loading page by page (``canFetchMore``/``fetchMore``) for lists that
grow over the years, so that ten years of rows open as fast as a week's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from stationdesk.services.errors import ServiceError

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
Kind = TypeVar("Kind")

OBJECT_ROLE = Qt.ItemDataRole.UserRole
"""The row itself (a service's plain row), also through a proxy."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A native value to sort by (pinyin for names, numbers for counts); the shown text by default."""


class RowListModel(QAbstractTableModel, Generic[Row]):
    """Rows in ``self._rows``; a subclass names its columns in ``_headers()`` (translated there)
    and says what a cell shows in ``_display()``. ``_sort_key()``, ``_tooltip()`` and ``_style()``
    answer the sort, tooltip and remaining roles where it has more to say."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._header_texts = self._headers()  # the language changes only with a restart

    def _headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def _sort_key(self, row: Row, column: int) -> object:
        return self._display(row, column)

    def _tooltip(self, row: Row, column: int) -> object:
        return None

    def _style(self, row: Row, column: int, role: int) -> object:
        """Colours, fonts, icons and alignment: None where the view's defaults do."""
        return None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, number: int) -> Row | None:
        """The row shown at ``number``, or None when there is none (no selection, a stale index)."""
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_of(self, row_id: str) -> int | None:
        """Where the row with that ``id`` stands, or None when it is not loaded."""
        for number, row in enumerate(self._rows):
            if getattr(row, "id", None) == row_id:
                return number
        return None

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return self._style(row, column, role)


class Identified(Protocol):
    @property
    def id(self) -> str: ...


PagedRow = TypeVar("PagedRow", bound=Identified)


class PagedRowListModel(RowListModel[PagedRow]):
    """Rows fetched ``page_size`` at a time as the view scrolls; ``_fetch_page()`` asks the service.

    A row added meanwhile shifts the pages by one: rows already shown are skipped, not doubled.
    A refusal while the view fetches (the screen locked and signed the user out) ends the
    loading and is handed on through ``load_failed``.
    """

    load_failed = Signal(object)  # a ServiceError while the view fetched the next page

    def __init__(self, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._ids: set[str] = set()
        self._exhausted = True

    def _fetch_page(self, offset: int, limit: int) -> Sequence[PagedRow]:
        raise NotImplementedError

    def _all_loaded(self, count: int) -> bool:
        """Whether ``count`` rows are all there are (a model that knows its total says so)."""
        return False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        try:
            batch = self._fetch_page(len(self._rows), self._page_size)
        except ServiceError as error:
            self._exhausted = True
            self.load_failed.emit(error)
            return
        if len(batch) < self._page_size:
            self._exhausted = True
        fresh = [r for r in batch if r.id not in self._ids]
        if self._all_loaded(len(self._rows) + len(fresh)):
            self._exhausted = True
        if not fresh:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self._ids.update(r.id for r in fresh)
        self.endInsertRows()


def sorting_proxy(model: QAbstractItemModel, parent: QObject) -> QSortFilterProxyModel:
    """A proxy that sorts ``model`` by its ``SORT_ROLE`` (clicking a column header sorts)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def row_object(index: QModelIndex, kind: type[Kind]) -> Kind | None:
    """The row behind a view's index (through any proxy), if it is a ``kind``."""
    if not index.isValid():
        return None
    row = index.siblingAtColumn(0).data(OBJECT_ROLE)
    return row if isinstance(row, kind) else None
