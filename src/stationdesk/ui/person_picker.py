"""Pick one registered person in a dialog: type (or scan), Enter, done.

The same keys as the reception desk's search: results follow the typing, Enter searches at
once and takes the only match (a scanned ID number), Down steps into the list, Enter there
picks, Esc goes back. The picked person then stands as one line with a Clear button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.people import PersonRow
from stationdesk.ui.icons import icon
from stationdesk.ui.messages import describe
from stationdesk.ui.models import person_table as columns
from stationdesk.ui.models.person_table import PersonTableModel
from stationdesk.ui.pages.reception import person_line
from stationdesk.ui.pages.registry import SEARCH_DELAY_MS
from stationdesk.ui.search_keys import SearchListKeys, select_row

RESULT_ROWS = 4


class PersonPicker(QWidget):
    """``person()`` is the picked person or None; ``picked`` tells when one is taken."""

    picked = Signal(object)  # PersonRow

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person: PersonRow | None = None
        self.model = PersonTableModel(ctx, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)

        self.search = QLineEdit(objectName="personSearch")
        self.search.setPlaceholderText(self.tr("Name, pinyin initials, phone or ID number (or scan)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.results = QTableView(objectName="personResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(False)
        self.results.verticalHeader().setVisible(False)
        self.results.horizontalHeader().setVisible(False)
        for column in (columns.ID_NUMBER, columns.GRID, columns.TAGS):
            self.results.setColumnHidden(column, True)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results.horizontalHeader().setStretchLastSection(True)
        row_height = self.results.fontMetrics().height() + 10
        self.results.verticalHeader().setDefaultSectionSize(row_height)
        self.results.setFixedHeight(row_height * RESULT_ROWS + 4)
        self.results.setVisible(False)
        self.hint = QLabel(objectName="personHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)

        self.picked_row = QWidget(objectName="pickedPerson")
        self.picked_label = QLabel(objectName="pickedPersonLabel")
        font = self.picked_label.font()
        font.setBold(True)
        self.picked_label.setFont(font)
        self.clear_button = QToolButton(objectName="clearPickedPerson")
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Choose someone else"))
        picked_layout = QHBoxLayout(self.picked_row)
        picked_layout.setContentsMargins(0, 0, 0, 0)
        picked_layout.addWidget(self.picked_label, 1)
        picked_layout.addWidget(self.clear_button)
        self.picked_row.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        layout.addWidget(self.picked_row)

        self.search.textChanged.connect(self._typed)
        self.search.installEventFilter(self)
        self._timer.timeout.connect(self._run_search)
        self.keys = SearchListKeys(
            self.search,
            self.results,
            has_rows=self.results.isVisible,
            pick=lambda: self._pick_row(self.results.currentIndex().row()),
        )
        self.results.doubleClicked.connect(lambda index: self._pick_row(index.row()))
        self.clear_button.clicked.connect(self.clear_person)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the box searches; it must not also press the dialog's default button."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.search_now()
            return True
        return super().eventFilter(watched, event)

    def person(self) -> PersonRow | None:
        return self._person

    def set_person(self, row: PersonRow) -> None:
        self._person = row
        self.picked_label.setText(person_line(row))
        self.picked_row.setVisible(True)
        self.search.setVisible(False)
        self._timer.stop()
        self._show_results(False)
        self.picked.emit(row)

    def clear_person(self) -> None:
        self._person = None
        self.picked_row.setVisible(False)
        self.search.setVisible(True)
        self.search.clear()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def search_now(self) -> None:
        """Enter: search at once; one match is picked, several lead into the list."""
        self._timer.stop()
        if not self.search.text().strip():
            return
        self._run_search()
        if self.model.rowCount() == 1:
            self._pick_row(0)
        elif self.model.rowCount() > 1:
            self.keys.enter_list()

    def _typed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self._show_results(False)

    def _run_search(self) -> None:
        query = self.search.text().strip()
        if not query:
            self._show_results(False)
            return
        try:
            self.model.search(query)
        except (ServiceError, ValidationError) as error:
            self._show_results(False)
            self.hint.setText(describe(error))
            self.hint.setVisible(True)
            return
        found = self.model.rowCount()
        self._show_results(found > 0)
        if found:
            select_row(self.results, 0)
        else:
            self.hint.setText(self.tr("No one found. Register the person at the reception desk first."))
            self.hint.setVisible(True)

    def _show_results(self, visible: bool) -> None:
        self.results.setVisible(visible)
        self.hint.setVisible(False)

    def _pick_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.set_person(self.model.person(row))
