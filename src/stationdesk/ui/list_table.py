"""The read-only tables that list rows on every page: whole rows, one at a time, never edited.

``list_table`` is the full table of a page (striped, optionally sorted by a column click);
``compact_list`` the headerless short list under a search box or in a side panel, each line
as tall as the text needs.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def list_table(
    name: str, model: QAbstractItemModel, *, striped: bool = True, sortable: bool = False
) -> QTableView:
    """A table of ``model``'s rows: one whole row selected at a time, no editing, no wrapping;
    ``sortable`` starts unsorted (the model's order) until a column header is clicked."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(striped)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    if sortable:
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
    return table


def compact_list(name: str, model: QAbstractItemModel, hidden: Iterable[int] = ()) -> QTableView:
    """A short list without headers or stripes; the columns fit their text and the last one
    takes the rest. ``line_height(table)`` is the height of one of its lines."""
    table = list_table(name, model, striped=False)
    table.horizontalHeader().setVisible(False)
    for column in hidden:
        table.setColumnHidden(column, True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(line_height(table))
    return table


def line_height(table: QTableView) -> int:
    return table.fontMetrics().height() + 10
