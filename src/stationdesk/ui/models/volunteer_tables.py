"""The volunteers page's tables: volunteers, teams and a team's members. Thin adapters from the
services' plain rows (loaded in pinyin order); dates and hours sort as such."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from stationdesk.services.volunteers import LEFT, PAUSED, Membership, TeamRow, VolunteerRow
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.text import fmt

V_NAME, V_CODE, V_ORGANISATION, V_TEAMS, V_STATUS, V_HOURS, V_REGISTERED = range(7)
T_NAME, T_ORGANISATION, T_MEMBERS, T_LEADERS = range(4)
M_NAME, M_CODE, M_ROLE, M_JOINED, M_LEFT = range(5)

GREY = QColor("#8a8a8a")
PAUSED_COLOUR = QColor("#a15c00")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def status_label(status: str) -> str:
    return {
        "active": QCoreApplication.translate("Volunteers", "Active"),
        "paused": QCoreApplication.translate("Volunteers", "Paused"),
        "left": QCoreApplication.translate("Volunteers", "Left"),
    }.get(status, status)


def hours_label(minutes: int) -> str:
    """Hours with one decimal (2.5), as volunteer-hour records state them."""
    return f"{minutes / 60:.1f}"


class VolunteerTableModel(RowListModel[VolunteerRow]):
    """Volunteers; those who left greyed, paused ones in amber."""

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Code"),
            self.tr("Organisation"),
            self.tr("Teams"),
            self.tr("Status"),
            self.tr("Hours"),
            self.tr("Registered"),
        )

    def _display(self, row: VolunteerRow, column: int) -> str:
        if column == V_NAME:
            return row.name
        if column == V_CODE:
            return row.code
        if column == V_ORGANISATION:
            return row.organisation
        if column == V_TEAMS:
            return "、".join(row.teams)
        if column == V_STATUS:
            return status_label(row.status)
        if column == V_HOURS:
            return hours_label(row.minutes)
        return row.registered_on.isoformat()

    def _sort_key(self, row: VolunteerRow, column: int) -> object:
        if column == V_HOURS:
            return row.minutes
        return self._display(row, column)

    def _tooltip(self, row: VolunteerRow, column: int) -> object:
        if column in (V_ORGANISATION, V_TEAMS):
            return self._display(row, column) or None
        if column == V_NAME and row.skills:
            return fmt(self.tr("Skills: %1"), row.skills)
        return None

    def _style(self, row: VolunteerRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == LEFT:
                return GREY
            if row.status == PAUSED and column == V_STATUS:
                return PAUSED_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == V_HOURS:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and column == V_CODE:
            return QFont("monospace")
        return None


class TeamTableModel(RowListModel[TeamRow]):
    """Teams with their number of current members and their leaders; retired ones greyed."""

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Team"), self.tr("Organisation"), self.tr("Members"), self.tr("Leaders"))

    def _display(self, row: TeamRow, column: int) -> str:
        if column == T_NAME:
            return fmt(self.tr("%1 (retired)"), row.name) if row.retired else row.name
        if column == T_ORGANISATION:
            return row.organisation
        if column == T_MEMBERS:
            return str(row.members)
        return "、".join(row.leaders)

    def _sort_key(self, row: TeamRow, column: int) -> object:
        return row.members if column == T_MEMBERS else self._display(row, column)

    def _tooltip(self, row: TeamRow, column: int) -> object:
        return row.description or None if column == T_NAME else None

    def _style(self, row: TeamRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.retired:
            return GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and column == T_MEMBERS:
            return _RIGHT
        return None


class MemberTableModel(RowListModel[Membership]):
    """A team's members, leaders first; those who left greyed."""

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Code"), self.tr("Role"), self.tr("Joined"), self.tr("Left"))

    def _display(self, row: Membership, column: int) -> str:
        if column == M_NAME:
            return row.name
        if column == M_CODE:
            return row.code
        if column == M_ROLE:
            return self.tr("Leader") if row.leader else self.tr("Member")
        if column == M_JOINED:
            return row.joined_on.isoformat()
        return row.left_on.isoformat() if row.left_on else ""

    def _style(self, row: Membership, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.left_on is not None:
            return GREY
        if role == Qt.ItemDataRole.FontRole and row.leader and column in (M_NAME, M_ROLE):
            font = QFont()
            font.setBold(True)
            return font
        return None
