"""The follow-up queue (跟进) as a table: due date, days left, person, note, owner, status.

A follow-up past its due date must catch the eye of someone scanning the list, and of someone
who cannot tell red from green: overdue rows get a tinted background, a warning icon and the
words "3 days overdue"; rows due today an amber tint, a clock icon and "Due today".
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from stationdesk.services import follow_ups
from stationdesk.services.follow_ups import FollowUpRow
from stationdesk.ui.icons import icon
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.reception_day import status_label
from stationdesk.ui.text import fmt

DUE, DAYS_LEFT, PERSON, NOTE, OWNER, STATUS = range(6)

DUE_SOON_DAYS = 3
"""Open follow-ups due within this many days count as "due soon" (the staff member's home)."""


class Urgency(Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    SOON = "soon"
    LATER = "later"
    CLOSED = "closed"


def urgency(row: FollowUpRow) -> Urgency:
    if row.status != follow_ups.OPEN:
        return Urgency.CLOSED
    if row.days_left < 0:
        return Urgency.OVERDUE
    if row.days_left == 0:
        return Urgency.TODAY
    if row.days_left <= DUE_SOON_DAYS:
        return Urgency.SOON
    return Urgency.LATER


def days_left_text(row: FollowUpRow) -> str:
    """ "3 days overdue", "Due today", "Tomorrow", "5 days left"; nothing once done."""
    days = row.days_left
    kind = urgency(row)
    if kind is Urgency.CLOSED:
        return ""
    if kind is Urgency.OVERDUE:
        if days == -1:
            return QCoreApplication.translate("FollowUps", "1 day overdue")
        return fmt(QCoreApplication.translate("FollowUps", "%1 days overdue"), -days)
    if kind is Urgency.TODAY:
        return QCoreApplication.translate("FollowUps", "Due today")
    if days == 1:
        return QCoreApplication.translate("FollowUps", "Due tomorrow")
    return fmt(QCoreApplication.translate("FollowUps", "%1 days left"), days)


def person_label(row: FollowUpRow) -> str:
    return row.person_name or QCoreApplication.translate("FollowUps", "Anonymous visitor")


_TINTS = {
    Urgency.OVERDUE: ("#fdecea", "#b3261e"),  # background, text
    Urgency.TODAY: ("#fff3e0", "#8a4b00"),
}
_CLOSED_TEXT = "#6b6b6b"
_ICONS = {Urgency.OVERDUE: "warning", Urgency.TODAY: "due_today", Urgency.CLOSED: "done"}


class FollowUpTableModel(RowListModel[FollowUpRow]):
    """Rows of ``services.follow_ups.queue`` (or ``mine``), in the service's order."""

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Due"),
            self.tr("Days left"),
            self.tr("Person"),
            self.tr("To do"),
            self.tr("Owner"),
            self.tr("Status"),
        )

    def follow_up(self, row: int) -> FollowUpRow:
        return self._rows[row]

    def _tooltip(self, row: FollowUpRow, column: int) -> object:
        return self._display(row, column)

    def _style(self, row: FollowUpRow, column: int, role: int) -> object:
        kind = urgency(row)
        if role == Qt.ItemDataRole.BackgroundRole and kind in _TINTS:
            return QBrush(QColor(_TINTS[kind][0]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if kind in _TINTS:
                return QBrush(QColor(_TINTS[kind][1]))
            if kind is Urgency.CLOSED:
                return QBrush(QColor(_CLOSED_TEXT))
        if role == Qt.ItemDataRole.DecorationRole and column == DAYS_LEFT and kind in _ICONS:
            return icon(_ICONS[kind])
        if role == Qt.ItemDataRole.FontRole and column == DAYS_LEFT and kind is Urgency.OVERDUE:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    @staticmethod
    def _display(row: FollowUpRow, column: int) -> str:
        if column == DUE:
            return row.due_on.isoformat()
        if column == DAYS_LEFT:
            return days_left_text(row)
        if column == PERSON:
            return person_label(row)
        if column == NOTE:
            return row.note
        if column == OWNER:
            return row.owner_name
        return status_label("follow_up", row.status)
