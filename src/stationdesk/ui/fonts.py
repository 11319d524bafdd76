"""Titles, figures and the boxes a page is built around stand out by a larger, bolder font."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def emphasise(widget: QWidget, scale: float = 1.0, *, bold: bool = True) -> QFont:
    """Give ``widget`` its own font ``scale`` times as large and bold (or, ``bold=False``, as
    bold as it was); returns that font, for a neighbour that is to look the same."""
    font = QFont(widget.font())
    if bold:
        font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    return font
