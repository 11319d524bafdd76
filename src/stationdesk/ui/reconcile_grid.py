"""Entering a paper sign-in sheet (对账): after a session run on paper, one keystroke per row.

The rows stand in the order of the printed sheet, with its row numbers and codes
(services/attendance.roster_in). A key sets the row's status and moves to the next row:
1/P present, 2/L late, 3/E excused, 4/A absent, 5/O left early. The box above jumps to a row by
its number or code. Each mark is saved at once through the service (method "paper"), and the grid
shows who entered it and when.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from stationdesk.domain import codes
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.training import Attendance
from stationdesk.services import marks
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.marks import MarkedRow
from stationdesk.ui.list_table import list_table
from stationdesk.ui.messages import describe
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.signin_screen import status_label
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt

KEYS: dict[int, Attendance] = {
    Qt.Key.Key_1: Attendance.PRESENT,
    Qt.Key.Key_P: Attendance.PRESENT,
    Qt.Key.Key_2: Attendance.LATE,
    Qt.Key.Key_L: Attendance.LATE,
    Qt.Key.Key_3: Attendance.EXCUSED,
    Qt.Key.Key_E: Attendance.EXCUSED,
    Qt.Key.Key_4: Attendance.ABSENT,
    Qt.Key.Key_A: Attendance.ABSENT,
    Qt.Key.Key_5: Attendance.LEFT_EARLY,
    Qt.Key.Key_O: Attendance.LEFT_EARLY,
}
"""The key of each status (a digit, or the status's English initial)."""

_COLOURS = {
    Attendance.PRESENT: "#e3f1e6",
    Attendance.LATE: "#fff1d6",
    Attendance.LEFT_EARLY: "#fff1d6",
    Attendance.EXCUSED: "#e8eaf6",
    Attendance.ABSENT: "#fbe4e2",
}


class ReconcileModel(RowListModel[MarkedRow]):
    NUMBER, CODE, NAME, UNIT, STATUS, RECORDED_BY, RECORDED_AT = range(7)

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Code"), self.tr("Name"), self.tr("Unit"), self.tr("Status"),
                self.tr("Entered by"), self.tr("Entered at"))  # fmt: skip

    def _display(self, row: MarkedRow, column: int) -> str:
        mark = row.mark
        values = (
            str(row.entry.number),
            row.entry.signin_code,
            row.entry.name,
            row.entry.unit,
            status_label(mark.status) if mark else "",
            mark.recorded_by if mark else "",
            mark.recorded_at.strftime("%m-%d %H:%M") if mark else "",
        )
        return values[column]

    def _style(self, row: MarkedRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.BackgroundRole and row.mark is not None and column == self.STATUS:
            return QColor(_COLOURS.get(Attendance(row.mark.status), "#ffffff"))
        return None

    def replace(self, number: int, row: MarkedRow) -> None:
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))


class ReconcileGrid(QDialog):
    """The paper sheet of one session, entered row by row."""

    def __init__(
        self,
        ctx: ServiceContext,
        session_id: str,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reconcileGrid")
        self._ctx, self._session_id, self._clock = ctx, session_id, clock
        state = marks.session_marks(ctx, session_id)
        s = state.session
        self.setWindowTitle(fmt(self.tr("Enter the paper sheet: %1"), s.programme_name))
        title = QLabel(fmt(self.tr("%1 — %2 %3–%4, %5"), s.programme_name, s.starts_at.strftime("%Y-%m-%d"),
                           s.starts_at.strftime("%H:%M"), s.ends_at.strftime("%H:%M"), s.venue))  # fmt: skip
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        legend = QLabel(
            self.tr(
                "Keys: 1/P present · 2/L late · 3/E excused · 4/A absent · 5/O left early; then the next row"
            )
        )
        legend.setObjectName("legend")
        legend.setWordWrap(True)
        self.jump = QLineEdit(objectName="jumpBox")
        self.jump.setPlaceholderText(self.tr("Row number or code, Enter"))
        self.jump.returnPressed.connect(self.jump_to)
        self.jump.setMinimumWidth(self.jump.fontMetrics().horizontalAdvance(self.jump.placeholderText()) + 24)
        self.summary = QLabel(objectName="reconcileSummary")
        self.problem = QLabel(objectName="reconcileProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.model = ReconcileModel(self)
        self.model.set_rows(state.rows)
        self.table = list_table("reconcileTable", self.model)
        size_columns(self.table, {2: 5, 3: 8, 4: 4, 5: 5}, {0: 4, 1: 8, 6: 11}, stretch=3)
        self.table.installEventFilter(self)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Go to")))
        top.addWidget(self.jump)
        top.addStretch(1)
        top.addWidget(self.summary)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(legend)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(1000, 680)
        self._summarise()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            status = KEYS.get(event.key())
            if status is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.set_status(self.current_row(), status)
                return True
        return super().eventFilter(watched, event)

    def set_status(self, number: int, status: Attendance) -> None:
        """Save ``status`` for the row ``number`` (from 0) and move to the next row."""
        row = self.model.row_at(number)
        if row is None:
            return
        try:
            enrolment_id = row.entry.enrolment_id
            mark = marks.mark(
                self._ctx, self._session_id, enrolment_id, status.value, method="paper", now=self._clock()
            )
        except (ServiceError, ValidationError) as error:
            self.problem.setText(describe(error))
            return
        self.problem.clear()
        self.model.replace(number, MarkedRow(row.entry, mark))
        self._summarise()
        self.table.selectRow(min(number + 1, self.model.rowCount() - 1))

    def jump_to(self) -> None:
        """Go to the row whose number or code was typed in the box."""
        typed = self.jump.text().strip()
        folded = codes.folded(typed)
        for number in range(self.model.rowCount()):
            row = self.model.row_at(number)
            if row is not None and (str(row.entry.number) == typed or row.entry.signin_code == folded):
                self.table.selectRow(number)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                self.jump.clear()
                self.problem.clear()
                return
        self.problem.setText(fmt(self.tr("No row has the number or code “%1”."), typed))

    def _summarise(self) -> None:
        rows = [self.model.row_at(n) for n in range(self.model.rowCount())]
        done = sum(1 for r in rows if r is not None and r.mark is not None)
        came = sum(1 for r in rows if r is not None and r.mark is not None and r.mark.attended)
        self.summary.setText(fmt(self.tr("Marked %1 of %2 · attended %3"), done, len(rows), came))
