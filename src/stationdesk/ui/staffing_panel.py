"""The 6430 staffing panel on the home page: full-time staff, certified social workers and active
volunteers, each against its target (6 / 4 / 30), green when met, amber when not. Compact: one
line of three figures; the tooltip says what counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from stationdesk.domain.staffing import ACTIVE_VOLUNTEER_MONTHS, Figure, Measure
from stationdesk.services import staffing
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.ui.text import fmt

MET, NOT_MET = "#1b7f3b", "#b36b00"


class StaffingPanel(QFrame):
    """``refresh()`` reads the figures again (the staff list or the volunteers changed)."""

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._clock = ctx, clock
        self.setObjectName("staffingPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("6430"), objectName="staffingTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.figures: dict[Measure, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        for measure in Measure:
            label = QLabel(objectName=f"staffing_{measure.value}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.figures[measure] = label
            layout.addWidget(label)
        layout.addStretch(1)
        self.setToolTip(
            fmt(
                self.tr(
                    "Staffing rule 6430: at least 6 full-time staff, 4 of them certified social workers, "
                    "and 30 active volunteers (status active, served in the last %1 months)."
                ),
                ACTIVE_VOLUNTEER_MONTHS,
            )
        )
        self.refresh()

    def _name(self, measure: Measure) -> str:
        return {
            Measure.FULL_TIME: self.tr("Full-time"),
            Measure.CERTIFIED: self.tr("Certified"),
            Measure.VOLUNTEERS: self.tr("Volunteers"),
        }[measure]

    def refresh(self) -> None:
        try:
            figures = staffing.panel(self._ctx, self._today()).figures
        except ServiceError:
            self.hide()  # a role that may not see volunteers sees no panel
            return
        for figure in figures:
            self._show(figure)

    def _today(self) -> date:
        return self._clock().date()

    def _show(self, figure: Figure) -> None:
        label = self.figures[figure.measure]
        mark = "✓" if figure.met else "!"
        label.setText(
            fmt(self.tr("%1 %2/%3 %4"), self._name(figure.measure), figure.count, figure.target, mark)
        )
        label.setProperty("met", figure.met)
        label.setStyleSheet(f"color: {MET if figure.met else NOT_MET}; font-weight: bold; padding: 0 6px;")
