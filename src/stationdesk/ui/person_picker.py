"""Pick one registered person in a dialog: type (or scan), Enter, done.

The same keys as the reception desk's search (ui/person_search.py): results follow the typing,
Enter searches at once and takes the only match (a scanned ID number), Down steps into the list,
Enter there picks, Esc goes back. The picked person then stands as one line with a Clear button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.people import PersonRow
from stationdesk.ui.messages import describe
from stationdesk.ui.models import person_table as columns
from stationdesk.ui.person_search import PersonSearch, SearchTexts

RESULT_ROWS = 4


class PersonPicker(QWidget):
    """``person()`` is the picked person or None; ``picked`` tells when one is taken."""

    picked = Signal(object)  # PersonRow

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person: PersonRow | None = None
        texts = SearchTexts(
            placeholder=self.tr("Name, pinyin initials, phone or ID number (or scan)"),
            not_found=self.tr("No one found. Register the person at the reception desk first."),
            clear=self.tr("Clear"),
            clear_tip=self.tr("Choose someone else"),
        )
        self.finder = PersonSearch(
            ctx,
            self,
            texts,
            on_pick=self.set_person,
            on_error=self._refused,
            result_rows=RESULT_ROWS,
            hidden=(columns.ID_NUMBER, columns.GRID, columns.TAGS),
        )
        self.model, self.keys = self.finder.model, self.finder.keys
        self.search, self.results, self.hint = self.finder.search, self.finder.results, self.finder.hint
        self.hint.setWordWrap(True)
        self.picked_row, self.picked_label = self.finder.picked, self.finder.picked_label
        self.clear_button = self.finder.clear_button

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        layout.addWidget(self.picked_row)

        self.search.installEventFilter(self)
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
        self.finder.show_picked(row)
        self.search.setVisible(False)
        self.picked.emit(row)

    def clear_person(self) -> None:
        self._person = None
        self.finder.clear_picked()
        self.search.setVisible(True)
        self.search.clear()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def search_now(self) -> None:
        """Enter: search at once; one match is picked, several lead into the list."""
        self.finder.typing.search_now()

    def _refused(self, error: ServiceError | ValidationError) -> None:
        self.finder.show_results(False)
        self.hint.setText(describe(error))
        self.hint.setVisible(True)
