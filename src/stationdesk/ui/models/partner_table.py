"""The partner directory (合作伙伴与资源目录) as a Qt table, and the words for each kind of partner.

A station's directory holds tens of partners, so it is loaded whole and searched in memory:
every word typed must appear somewhere in the row (name, kind in words, contact, phone,
address or what the partner provides).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from stationdesk.services.partners import PartnerInfo
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.text import fmt

NAME, KIND, CONTACT, PHONE, ADDRESS, PROVIDES = range(6)


def kind_label(kind: str) -> str:
    """The kind of partner in words, short enough for a table column."""
    labels = {
        "relief_department": QCoreApplication.translate("Partners", "Relief department"),
        "social_organization": QCoreApplication.translate("Partners", "Social organisation"),
        "caring_enterprise": QCoreApplication.translate("Partners", "Caring enterprise"),
        "enthusiast": QCoreApplication.translate("Partners", "Public-welfare enthusiast"),
        "university_team": QCoreApplication.translate("Partners", "University volunteer team"),
        "other": QCoreApplication.translate("Partners", "Other"),
    }
    return labels.get(kind, kind)


def kind_hint(kind: str) -> str:
    """What the kind covers, for tooltips and the form's list."""
    hints = {
        "relief_department": QCoreApplication.translate(
            "Partners",
            "Civil affairs, medical insurance, the disabled persons' federation and other relief offices",
        ),
        "social_organization": QCoreApplication.translate(
            "Partners", "Social organisations and professional social work agencies"
        ),
        "caring_enterprise": QCoreApplication.translate(
            "Partners", "Businesses that give jobs, goods or money"
        ),
        "enthusiast": QCoreApplication.translate(
            "Partners", "Individuals who volunteer their time or skills"
        ),
        "university_team": QCoreApplication.translate(
            "Partners", "Student volunteer teams of a university or college"
        ),
        "other": QCoreApplication.translate("Partners", "Hospitals, schools, community services and others"),
    }
    return hints.get(kind, "")


class PartnerTableModel(RowListModel[PartnerInfo]):
    """The partners the service lists (retired ones greyed and marked, when shown)."""

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Contact"),
            self.tr("Phone"),
            self.tr("Address"),
            self.tr("Provides"),
        )

    def partner(self, row: int) -> PartnerInfo:
        return self._rows[row]

    def _tooltip(self, row: PartnerInfo, column: int) -> object:
        if column == KIND:
            return kind_hint(row.kind)
        if column == PROVIDES:
            return row.provides or None
        return self._display(row, column) if column in (NAME, ADDRESS) else None

    def _style(self, row: PartnerInfo, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.retired:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def _display(self, row: PartnerInfo, column: int) -> str:
        if column == NAME:
            return fmt(self.tr("%1 (retired)"), row.name) if row.retired else row.name
        if column == KIND:
            return kind_label(row.kind)
        if column == CONTACT:
            return row.contact_name
        if column == PHONE:
            return row.phone
        if column == ADDRESS:
            return row.address
        return " ".join(row.provides.split())


class PartnerFilter(QSortFilterProxyModel):
    """Keeps the rows in which every typed word appears in some column (case ignored)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        cells = (
            str(model.data(model.index(source_row, column, source_parent)) or "")
            for column in range(model.columnCount())
        )
        haystack = " ".join(cells).casefold()
        return all(word in haystack for word in self._words)
