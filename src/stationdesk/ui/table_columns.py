"""Column widths from the font rather than from the rows (measuring every row of a page costs time)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

PAD = 24


def size_columns(
    table: QTableView,
    chars: dict[int, int],
    digits: dict[int, int] | None = None,
    *,
    stretch: int | None = None,
) -> None:
    """Give each column room for ``chars`` Chinese characters or ``digits`` digits, and at least
    its header; the ``stretch`` column (by default the last) takes the rest of the width. Row
    height follows the font too."""
    metrics = table.fontMetrics()
    char = metrics.horizontalAdvance("中")
    digit = metrics.horizontalAdvance("0")
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(digit * 4)
    model = table.model()
    widths = {column: char * count for column, count in chars.items()}
    widths.update({column: digit * count for column, count in (digits or {}).items()})
    for column, width in widths.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        table.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 16) + PAD)
    table.verticalHeader().setDefaultSectionSize(metrics.height() + 14)
