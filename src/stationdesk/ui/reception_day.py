"""The reception desk's day list (今日接待) and a person's timeline, beside the walk-in form.

Both are thin adapters over ``services.reception``: the list model shows ``WalkInRow``s, the
timeline dialog lists ``TimelineEntry``s. Codes (outcomes, kinds, statuses) are named here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services import reception
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.reception import TimelineEntry, WalkInRow
from stationdesk.ui.models.person_table import sex_label
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.text import fmt
from stationdesk.ui.visit_words import risk_label, tier_label

TIME, PERSON, CATEGORIES, OUTCOME, OWNER = range(5)


def outcome_label(outcome: str) -> str:
    labels = {
        reception.RESOLVED: QCoreApplication.translate("Reception", "Resolved on the spot"),
        reception.REFERRED: QCoreApplication.translate("Reception", "Referred"),
        reception.FOLLOW_UP: QCoreApplication.translate("Reception", "Follow-up needed"),
    }
    return labels.get(outcome, outcome)


def anonymous_label(sex: str, age_band: str) -> str:
    """Who came without giving a name: Anonymous, female, 60-79."""
    return fmt(QCoreApplication.translate("Reception", "Anonymous, %1, %2"), sex_label(sex), age_band)


def kind_label(kind: str) -> str:
    labels = {
        "walk_in": QCoreApplication.translate("Reception", "Walk-in"),
        "referral": QCoreApplication.translate("Reception", "Referral"),
        "follow_up": QCoreApplication.translate("Reception", "Follow-up"),
        "key_target": QCoreApplication.translate("Reception", "Key target"),
        "visit": QCoreApplication.translate("Reception", "Home visit"),
    }
    return labels.get(kind, kind)


def status_label(kind: str, status: str) -> str:
    if kind == "walk_in":
        return outcome_label(status)
    if kind == "key_target":
        return tier_label(status)
    if kind == "visit":
        return risk_label(status) if status else ""
    labels = {
        "sent": QCoreApplication.translate("Reception", "Sent"),
        "accepted": QCoreApplication.translate("Reception", "Accepted"),
        "rejected": QCoreApplication.translate("Reception", "Returned"),
        "done": QCoreApplication.translate("Reception", "Done"),
        "revoked": QCoreApplication.translate("Reception", "Revoked"),
        "open": QCoreApplication.translate("Reception", "Open"),
    }
    return labels.get(status, status)


class WalkInDayModel(RowListModel[WalkInRow]):
    """The walk-ins of one day, newest first: time, who, for what, outcome, by whom."""

    def walk_in(self, row: int) -> WalkInRow:
        return self._rows[row]

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Person"), self.tr("Needs"), self.tr("Outcome"), self.tr("Owner"))

    def _tooltip(self, row: WalkInRow, column: int) -> object:
        return self._display(row, column)

    @staticmethod
    def _display(row: WalkInRow, column: int) -> str:
        if column == TIME:
            return row.arrived_at.strftime("%H:%M")
        if column == PERSON:
            return row.person_name or anonymous_label(row.anonymous_sex, row.anonymous_age_band)
        if column == CATEGORIES:
            return row.categories
        if column == OUTCOME:
            return outcome_label(row.outcome)
        return row.owner_name


class TimelineDialog(QDialog):
    """Everything the station did with one person, newest first (read only)."""

    def __init__(self, name: str, entries: Sequence[TimelineEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineDialog")
        self.setWindowTitle(fmt(self.tr("Timeline: %1"), name))
        self.table = QTableWidget(len(entries), 4, self, objectName="timeline")
        self.table.setHorizontalHeaderLabels(
            (self.tr("Time"), self.tr("Kind"), self.tr("Summary"), self.tr("Status"))
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        for number, entry in enumerate(entries):
            cells = (
                entry.at.strftime("%Y-%m-%d %H:%M"),
                kind_label(entry.kind),
                entry.summary,
                status_label(entry.kind, entry.status),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(number, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        empty = QLabel(self.tr("Nothing recorded for this person yet."))
        empty.setVisible(not entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(760, 420)


class AboutPerson(Protocol):
    """A row about someone: a walk-in, a follow-up (``person_id`` None: an anonymous visitor)."""

    @property
    def person_id(self) -> str | None: ...
    @property
    def person_name(self) -> str: ...


def show_timeline(
    ctx: ServiceContext,
    row: AboutPerson | None,
    parent: QWidget,
    show_problem: Callable[[ServiceError], None],
) -> TimelineDialog | None:
    """Open the timeline of the person ``row`` is about, window-modally (not blocking). None for
    no row or an anonymous visitor, and, after ``show_problem``, when it cannot be read."""
    if row is None or row.person_id is None:
        return None
    try:
        entries = reception.timeline(ctx, row.person_id)
    except ServiceError as error:
        show_problem(error)
        return None
    dialog = TimelineDialog(row.person_name, entries, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
