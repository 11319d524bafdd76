"""The staff member's own follow-ups on the start page: what is overdue and what is due in the
next days, so nobody has to open the queue to know what they promised.

Only the signed-in user's open follow-ups that are overdue or due within ``DUE_SOON_DAYS``,
overdue first; the title counts them. "Show all" asks the window for the follow-ups page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.roles import Action, may
from stationdesk.services import follow_ups
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.follow_ups import FollowUpRow
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import compact_list, line_height
from stationdesk.ui.models import follow_up_table as columns
from stationdesk.ui.models.follow_up_table import DUE_SOON_DAYS, FollowUpTableModel, Urgency, urgency
from stationdesk.ui.reception_day import TimelineDialog, show_timeline
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.text import fmt

VISIBLE_ROWS = 4
"""Rows shown before the list scrolls: the panel shares its column with the day's list."""
_SHOWN = (Urgency.OVERDUE, Urgency.TODAY, Urgency.SOON)


class MyFollowUpsPanel(QFrame):
    """``refresh()`` after anything that may add or close a follow-up; hidden for roles that own none."""

    open_follow_ups = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("myFollowUps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = FollowUpTableModel(self)
        self.overdue_count = 0
        self.due_soon_count = 0

        badge = QLabel()
        badge.setPixmap(icon("follow_ups").pixmap(20, 20))
        self.title = QLabel(objectName="myFollowUpsTitle")
        emphasise(self.title)
        self.show_all = QPushButton(self.tr("Show all"), objectName="showAllFollowUps")
        self.show_all.setFlat(True)
        self.show_all.setAutoDefault(False)
        self.show_all.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_all.setToolTip(self.tr("Open the follow-ups page"))
        self.show_all.clicked.connect(self.open_follow_ups)
        header = QHBoxLayout()
        header.addWidget(badge)
        header.addWidget(self.title, 1)
        header.addWidget(self.show_all)

        self.table = compact_list("myFollowUpsTable", self.model, hidden=(columns.OWNER, columns.STATUS))
        self.table.setShowGrid(False)
        self.table.setToolTip(self.tr("Double-click a row to see the person's timeline"))
        self.table.horizontalHeader().setSectionResizeMode(columns.NOTE, QHeaderView.ResizeMode.Stretch)
        self._row_height = line_height(self.table)
        self.table.doubleClicked.connect(lambda index: self.open_timeline(index.row()))

        self.calm = QLabel(objectName="nothingDue")
        self.calm.setText(fmt(self.tr("Nothing overdue, nothing due in the next %1 days."), DUE_SOON_DAYS))
        self.message = InlineMessage(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.table)
        layout.addWidget(self.calm)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        actor = self._ctx.actor
        if actor is None or not may(actor.role, Action.RECEPTION_RECORD):
            self.setVisible(False)  # a viewer owns no follow-ups
            self.model.set_rows([])
            return
        try:
            rows = [row for row in follow_ups.mine(self._ctx) if urgency(row) in _SHOWN]
        except ServiceError as error:
            self.message.show_problem(error)
            rows = []
        else:
            self.message.clear_message()
        rows.sort(key=lambda row: (row.days_left, row.due_on))
        self._show(rows)

    def rows(self) -> list[FollowUpRow]:
        return [self.model.follow_up(number) for number in range(self.model.rowCount())]

    def open_timeline(self, row: int) -> TimelineDialog | None:
        return show_timeline(self._ctx, self.model.row_at(row), self, self.message.show_problem)

    def _show(self, rows: list[FollowUpRow]) -> None:
        self.model.set_rows(rows)
        self.overdue_count = sum(urgency(row) is Urgency.OVERDUE for row in rows)
        self.due_soon_count = len(rows) - self.overdue_count
        if rows:
            self.title.setText(
                fmt(
                    self.tr("My follow-ups: %1 overdue, %2 due soon"), self.overdue_count, self.due_soon_count
                )
            )
        else:
            self.title.setText(self.tr("My follow-ups"))
        shown = min(len(rows), VISIBLE_ROWS)
        self.table.setFixedHeight(shown * self._row_height + 2 * self.table.frameWidth())
        self.table.setVisible(bool(rows))
        self.calm.setVisible(not rows)
        self.setVisible(True)
