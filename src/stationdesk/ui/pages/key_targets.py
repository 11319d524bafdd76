"""The key-target page (重点对象探访): the list with its forms, and the visit coverage.

Two tabs. "Targets" lists the running enrolments, marks those still due a visit in the period
running today, and holds the forms (log a visit, enrol, change tier, exempt, end). "Coverage"
shows the rate of a week, month or quarter against the 100% goal. A visit logged or an exemption
recorded on one tab is counted on the other at once; a line of the coverage's "not yet visited"
list opens the visit form directly.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from stationdesk.services.context import ServiceContext
from stationdesk.services.coverage import CoverageLine
from stationdesk.ui.coverage_view import CoverageView
from stationdesk.ui.form_dialog import Clock
from stationdesk.ui.icons import icon
from stationdesk.ui.key_target_list import TargetsTab
from stationdesk.ui.visit_dialog import VisitDialog
from stationdesk.ui.visit_words import tier_label

TARGETS_TAB, COVERAGE_TAB = range(2)


class KeyTargetsPage(QWidget):
    """The 重点对象 page. ``focus_search()`` puts the cursor in the list's search box (Ctrl+F)."""

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, clock: Clock = date.today
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.targets = TargetsTab(ctx, self, clock=clock)
        self.coverage = CoverageView(ctx, self, clock=clock)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("keyTargetTabs")
        self.tabs.addTab(self.targets, icon("key_targets"), self.tr("Targets"))
        self.tabs.addTab(self.coverage, icon("reports"), self.tr("Coverage"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.targets.changed.connect(self.coverage.refresh)
        self.coverage.visit_requested.connect(self.visit_from_coverage)
        self.refresh()

    def refresh(self) -> None:
        """Fresh permissions, lists and figures (after a sign-in, a sync, another page's work)."""
        self.targets.refresh()
        self.coverage.apply_permissions()
        self.coverage.refresh()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(TARGETS_TAB)
        self.targets.focus_search()

    def visit_from_coverage(self, line: CoverageLine) -> VisitDialog | None:
        """The visit form for a line of the coverage's not-yet-visited list."""
        who = " · ".join(p for p in (line.person_name, line.grid, tier_label(line.tier)) if p)
        return self.targets.open_visit(line.target_id, who)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.tabs.currentIndex() == TARGETS_TAB:
            self.targets.focus_search()
