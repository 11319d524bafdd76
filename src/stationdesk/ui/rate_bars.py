"""A row of small bars: the visit rate of the past periods, the goal (100%) as a line across.

Each bar is labelled with its period under it and its rate over it; a period where nobody was
due has no bar and a dash. Clicking a bar asks for that period (``period_clicked``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from stationdesk.ui.visit_words import rate_text

GOAL_COLOR = QColor("#1b5e20")
BAR_COLOR = QColor("#5b8def")
SHORT_COLOR = QColor("#e0873a")
SELECTED_BACKGROUND = QColor("#e8eefc")


@dataclass(frozen=True)
class Bar:
    label: str  # 2026-11
    rate: Fraction | None  # None: nobody due
    tooltip: str


class RateBars(QWidget):
    period_clicked = Signal(int)  # the index of the bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rateBars")
        self._bars: list[Bar] = []
        self._selected = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.fontMetrics().height() * 9)
        self.setMouseTracking(True)

    def set_bars(self, bars: Sequence[Bar], selected: int = -1) -> None:
        self._bars = list(bars)
        self._selected = selected
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def selected(self) -> int:
        return self._selected

    def _slot(self, index: int) -> QRectF:
        width = self.width() / max(len(self._bars), 1)
        return QRectF(index * width, 0, width, self.height())

    def _index_at(self, x: float) -> int:
        if not self._bars:
            return -1
        index = int(x // (self.width() / len(self._bars)))
        return index if 0 <= index < len(self._bars) else -1

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        top = line + 4  # room for the rate over the tallest bar
        bottom = self.height() - line - 4  # room for the period under the bars
        chart = max(bottom - top, 1)
        text_pen = self.palette().color(self.foregroundRole())
        for index, bar in enumerate(self._bars):
            slot = self._slot(index)
            if index == self._selected:
                painter.fillRect(slot, SELECTED_BACKGROUND)
            bar_width = min(slot.width() * 0.55, line * 2.5)
            left = slot.center().x() - bar_width / 2
            if bar.rate is not None:
                height = float(min(bar.rate, Fraction(1))) * chart
                color = BAR_COLOR if bar.rate >= 1 else SHORT_COLOR
                painter.fillRect(QRectF(left, bottom - height, bar_width, height), color)
                rate_top = bottom - height - line - 2
            else:
                rate_top = bottom - line - 2
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(slot.left(), rate_top, slot.width(), line),
                Qt.AlignmentFlag.AlignCenter,
                rate_text(bar.rate) if bar.rate is not None else "–",
            )
            painter.drawText(
                QRectF(slot.left(), bottom + 2, slot.width(), line), Qt.AlignmentFlag.AlignCenter, bar.label
            )
        pen = QPen(GOAL_COLOR)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(0, top), QPointF(self.width(), top))
        painter.setPen(text_pen)
        painter.drawLine(QPointF(0, bottom), QPointF(self.width(), bottom))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position().x())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.period_clicked.emit(index)
            return
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._index_at(event.pos().x())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self._bars[index].tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
