"""A district hub's reporting matrix (催报, issue 7): its stations × the last complete months, each
cell green when the month was reported, red when it is late, grey when not yet due, blank without
data; the last sync of each station at the right. Read-only; ``refresh()`` (and the button) reads
it again after an import. Everything comes from services/hub.status; the panel counts nothing.
It is meant for the Sync page (placed there by whoever builds that page).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.services import hub
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.hub import HubStatus, MonthCell, StationStatus
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt

FILLS = {hub.REPORTED: "#c8e6c9", hub.LATE: "#ffcdd2", hub.NOT_DUE: "#e0e0e0"}
"""Cell colours: green reported, red late, grey not yet due; no data stays blank."""
MARKS = {hub.REPORTED: "✓", hub.LATE: "!", hub.NOT_DUE: "…", hub.NO_DATA: ""}
"""A mark beside the colour, for printouts in black and white and for colour-blind eyes."""

Index = QModelIndex | QPersistentModelIndex


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


class HubStatusModel(QAbstractTableModel):
    """Rows: stations; columns: the station, one per month (oldest first), the last sync."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: HubStatus | None = None

    def set_status(self, status: HubStatus) -> None:
        self.beginResetModel()
        self._status = status
        self.endResetModel()

    @property
    def months(self) -> tuple[str, ...]:
        return self._status.months if self._status else ()

    def station(self, row: int) -> StationStatus:
        assert self._status is not None
        return self._status.stations[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._status is None else len(self._status.stations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.months) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Station")
        if section == len(self.months) + 1:
            return self.tr("Last sync")
        if not 0 < section <= len(self.months):
            return None
        month = self.months[section - 1]  # the year on the first month and on each January
        return month if section == 1 or month.endswith("-01") else month[5:]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._status is None:
            return None
        station, column = self.station(index.row()), index.column()
        if column == 0:
            return self._station_data(station, role)
        if column == len(self.months) + 1:
            return self._sync_data(station, role)
        return self._cell_data(station.cells[column - 1], role)

    def _station_data(self, station: StationStatus, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{station.name} ({station.code})" if station.name != station.code else station.code
        if role == Qt.ItemDataRole.ToolTipRole:
            sites = "\n".join(f"{site.name} · {self._role(site.role)}" for site in station.sites)
            return fmt(self.tr("Sites of %1:\n%2"), station.name, sites)
        return None

    def _sync_data(self, station: StationStatus, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if station.local:
                return self.tr("this PC")
            return _when(station.last_sync) or self.tr("never")
        if role == Qt.ItemDataRole.ToolTipRole and not station.local:
            return self.tr("The latest bundle imported from this station's sites")
        return None

    def _cell_data(self, cell: MonthCell, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return MARKS[cell.state]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and cell.state in FILLS:
            return QBrush(QColor(FILLS[cell.state]))
        if role == Qt.ItemDataRole.ForegroundRole and cell.state in FILLS:
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == Qt.ItemDataRole.UserRole:
            return cell.state
        return None

    def _tooltip(self, cell: MonthCell) -> str:
        due = cell.due_on.isoformat()
        if cell.state == hub.REPORTED:
            if cell.reported_at is None:
                return fmt(self.tr("%1: this PC's own data"), cell.month)
            return fmt(
                self.tr("%1: reported, received %2 (due %3)"), cell.month, _when(cell.reported_at), due
            )
        if cell.state == hub.LATE:
            return fmt(self.tr("%1: late, was due on %2"), cell.month, due)
        if cell.state == hub.NOT_DUE:
            return fmt(self.tr("%1: not yet due (due on %2)"), cell.month, due)
        return fmt(self.tr("%1: no data (the station was enrolled after it was due)"), cell.month)

    def _role(self, role: str) -> str:
        return {
            "station": self.tr("station PC"),
            "hub": self.tr("hub"),
            "trainer": self.tr("trainer laptop"),
        }.get(role, role)


class HubStatusPanel(QWidget):
    """The matrix with a refresh button; ``clock`` gives today (tests fix it)."""

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        months: int = hub.DEFAULT_MONTHS,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hubStatusPanel")
        self._ctx, self._months, self._clock = ctx, months, clock
        self.model = HubStatusModel(self)
        self.title = QLabel(self.tr("Monthly reports of the stations"), objectName="hubStatusTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.summary = QLabel(objectName="hubStatusSummary")
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"), objectName="hubStatusRefresh")
        self.table = list_table("hubStatusTable", self.model, striped=False)
        self.table.setSelectionMode(self.table.SelectionMode.NoSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "<name> (<code>)" keeps its code
        self.message = InlineMessage(self)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            status = hub.status(self._ctx, self._months, today=self._clock())
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return
        self.message.clear_message()
        self.model.set_status(status)
        months = len(status.months)
        size_columns(
            self.table,
            {0: 12},
            {**{column: 3 for column in range(1, months + 1)}, months + 1: 16},
            stretch=0,
        )
        self.summary.setText(
            fmt(
                self.tr("%1 late · %2 not yet due · due on day %3 of the next month"),
                status.count(hub.LATE),
                status.count(hub.NOT_DUE),
                status.due_day,
            )
        )
