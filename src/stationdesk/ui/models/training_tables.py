"""The training page's tables: programmes, a programme's sessions and its participants. Thin
adapters from the services' plain rows; dates, counts and names sort as such (``SORT_ROLE``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from stationdesk.services.enrolment import ParticipantRow
from stationdesk.services.training import ProgrammeInfo, SessionRow
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.text import fmt
from stationdesk.ui.training_words import day_text, group_label, kind_label, span_text, time_span

P_NAME, P_KIND, P_DATES, P_SESSIONS, P_PARTICIPANTS = range(5)
S_DATE, S_TIME, S_VENUE, S_TRAINER, S_TOPIC, S_CAPACITY, S_SIGNED_IN = range(7)
T_NAME, T_UNIT, T_GROUP, T_CODE, T_ATTENDED = range(5)

GREY = QColor("#8a8a8a")
TODAY_BACKGROUND = QColor("#fff1d6")
NEXT_BACKGROUND = QColor("#e6f1fb")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ProgrammeTableModel(RowListModel[ProgrammeInfo]):
    """Programmes, the latest first; archived ones greyed."""

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Programme"),
            self.tr("Type"),
            self.tr("Dates"),
            self.tr("Sessions"),
            self.tr("Participants"),
        )

    def _display(self, row: ProgrammeInfo, column: int) -> str:
        if column == P_NAME:
            return fmt(self.tr("%1 (archived)"), row.name) if row.archived else row.name
        if column == P_KIND:
            return kind_label(row.kind)
        if column == P_DATES:
            return span_text(row.first_day, row.last_day)
        return str(row.sessions if column == P_SESSIONS else row.participants)

    def _sort_key(self, row: ProgrammeInfo, column: int) -> object:
        if column == P_DATES:
            return row.first_day.isoformat() if row.first_day else ""
        if column == P_SESSIONS:
            return row.sessions
        if column == P_PARTICIPANTS:
            return row.participants
        return self._display(row, column)

    def _tooltip(self, row: ProgrammeInfo, column: int) -> object:
        return row.name if column == P_NAME else None

    def _style(self, row: ProgrammeInfo, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (P_SESSIONS, P_PARTICIPANTS):
            return _RIGHT
        return None


class SessionTableModel(RowListModel[SessionRow]):
    """A programme's sessions in time order. Today's session stands out (bold, warm), else the
    next one to come (light blue); cancelled ones are greyed and say so."""

    def __init__(self, clock: Callable[[], datetime] = datetime.now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._highlight: str | None = None
        self._today = False
        self._bold_font = _bold()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Venue"),
            self.tr("Trainer"),
            self.tr("Topic"),
            self.tr("Capacity"),
            self.tr("Signed in"),
        )

    def set_rows(self, rows: Sequence[SessionRow]) -> None:
        now = self._clock()
        live = [r for r in rows if not r.info.cancelled]
        today = [r for r in live if r.info.starts_at.date() == now.date()]
        coming = [r for r in live if r.info.starts_at > now]
        chosen = today[0] if today else (coming[0] if coming else None)
        self._highlight = chosen.id if chosen else None
        self._today = bool(today)
        super().set_rows(rows)

    def highlighted(self) -> tuple[str | None, bool]:
        """The session that stands out and whether it is today's (else the next one)."""
        return self._highlight, self._today

    def _display(self, row: SessionRow, column: int) -> str:
        info = row.info
        if column == S_DATE:
            return day_text(info.starts_at.date())
        if column == S_TIME:
            return time_span(info.starts_at, info.ends_at)
        if column == S_VENUE:
            return info.venue
        if column == S_TRAINER:
            return info.trainer
        if column == S_TOPIC:
            return fmt(self.tr("(cancelled) %1"), info.topic) if info.cancelled else info.topic
        if column == S_CAPACITY:
            return "" if info.capacity is None else str(info.capacity)
        return str(row.signed_in)

    def _sort_key(self, row: SessionRow, column: int) -> object:
        if column in (S_DATE, S_TIME):
            return row.info.starts_at.isoformat()
        if column == S_CAPACITY:
            return row.info.capacity or 0
        if column == S_SIGNED_IN:
            return row.signed_in
        return self._display(row, column)

    def _tooltip(self, row: SessionRow, column: int) -> object:
        if row.id == self._highlight:
            return self.tr("Today's session") if self._today else self.tr("The next session")
        return (self._display(row, column) or None) if column in (S_VENUE, S_TOPIC) else None

    def _style(self, row: SessionRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.info.cancelled:
            return GREY
        if row.id == self._highlight:
            if role == Qt.ItemDataRole.BackgroundRole:
                return TODAY_BACKGROUND if self._today else NEXT_BACKGROUND
            if role == Qt.ItemDataRole.FontRole and self._today:
                return self._bold_font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (S_CAPACITY, S_SIGNED_IN):
            return _RIGHT
        return None


class ParticipantTableModel(RowListModel[ParticipantRow]):
    """Participants by name (the service's pinyin order); withdrawn ones greyed."""

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("Group"),
            self.tr("Sign-in code"),
            self.tr("Attended"),
        )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order: dict[str, int] = {}
        self._code_font = QFont("monospace")
        self._code_font.setStyleHint(QFont.StyleHint.Monospace)

    def set_rows(self, rows: Sequence[ParticipantRow]) -> None:
        self._order = {row.id: number for number, row in enumerate(rows)}
        super().set_rows(rows)

    def _display(self, row: ParticipantRow, column: int) -> str:
        if column == T_NAME:
            return fmt(self.tr("%1 (withdrawn)"), row.name) if row.withdrawn else row.name
        if column == T_UNIT:
            return row.unit
        if column == T_GROUP:
            return group_label(row.target_group) if row.target_group else ""
        if column == T_CODE:
            return row.signin_code
        return str(row.attended)

    def _sort_key(self, row: ParticipantRow, column: int) -> object:
        if column == T_NAME:
            return self._order.get(row.id, 0)
        if column == T_ATTENDED:
            return row.attended
        return self._display(row, column)

    def _style(self, row: ParticipantRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.withdrawn:
            return GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and column == T_ATTENDED:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and column == T_CODE:
            return self._code_font
        return None
