"""Finding one registered person by typing or scanning, as the reception desk and the person
picker share it: the search box, a short list of what it found with a hint under it, and the
picked person's line with a Clear button.

Results follow the typing; Enter searches at once and takes the only match (a scanned ID
number); Down steps into the list, Enter there picks, Esc goes back. Each user lays the parts
out and says what picking means; the texts come translated from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.people import PersonRow
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.list_table import compact_list, line_height
from stationdesk.ui.models.person_table import PersonTableModel, sex_label
from stationdesk.ui.search_keys import SearchAsYouType, SearchListKeys, search_box, select_row
from stationdesk.ui.text import fmt


def person_line(row: PersonRow) -> str:
    """The picked person in one line: 王芳 女 68岁 东湖社区."""
    age = row.age()
    age_text = "" if age is None else fmt(QCoreApplication.translate("Reception", "%1 years old"), age)
    return " ".join(p for p in (row.name, sex_label(row.sex), age_text, row.community) if p)


@dataclass(frozen=True)
class SearchTexts:
    """What the parts say (translated by the user) and the object names they go by."""

    placeholder: str
    not_found: str
    clear: str
    clear_tip: str
    search_name: str = "personSearch"
    results_name: str = "personResults"
    hint_name: str = "personHint"
    picked_name: str = "pickedPerson"
    picked_label_name: str = "pickedPersonLabel"
    clear_name: str = "clearPickedPerson"


class PersonSearch(QObject):
    """The parts are ``search``, ``results`` (hidden until something is found), ``hint``,
    ``picked`` (hidden until ``show_picked``), ``picked_label`` and ``clear_button``.
    ``on_pick`` is called with the person chosen in the list; ``on_error`` with a refusal."""

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QObject,
        texts: SearchTexts,
        *,
        on_pick: Callable[[PersonRow], None],
        on_error: Callable[[ServiceError | ValidationError], None],
        result_rows: int,
        hidden: Iterable[int] = (),
        scale: float = 1.0,
        picked_scale: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self._on_pick = on_pick
        self._on_error = on_error
        self._not_found = texts.not_found
        self.model = PersonTableModel(ctx, self)
        self.search = search_box(texts.search_name, texts.placeholder, scale=scale)
        self.results = compact_list(texts.results_name, self.model, hidden)
        self.results.setFixedHeight(line_height(self.results) * result_rows + 4)
        self.results.setVisible(False)
        self.hint = QLabel(objectName=texts.hint_name)
        self.hint.setVisible(False)

        self.picked = QWidget(objectName=texts.picked_name)
        self.picked_label = QLabel(objectName=texts.picked_label_name)
        emphasise(self.picked_label, picked_scale)
        self.clear_button = QToolButton(objectName=texts.clear_name)
        self.clear_button.setText(texts.clear)
        self.clear_button.setToolTip(texts.clear_tip)
        picked_row = QHBoxLayout(self.picked)
        picked_row.setContentsMargins(0, 0, 0, 0)
        picked_row.addWidget(self.picked_label, 1)
        picked_row.addWidget(self.clear_button)
        self.picked.setVisible(False)

        self.keys = SearchListKeys(
            self.search,
            self.results,
            has_rows=self.results.isVisible,
            pick=lambda: self.pick_row(self.results.currentIndex().row()),
        )
        self.typing = SearchAsYouType(
            self.keys,
            self.run,
            count=self.model.rowCount,
            take_only=lambda: self.pick_row(0),
            cleared=lambda: self.show_results(False),
        )
        self.results.doubleClicked.connect(lambda index: self.pick_row(index.row()))

    def run(self) -> None:
        query = self.search.text().strip()
        if not query:
            self.show_results(False)
            return
        try:
            self.model.search(query)
        except (ServiceError, ValidationError) as error:
            self._on_error(error)
            return
        found = self.model.rowCount()
        self.show_results(found > 0)
        if found:
            select_row(self.results, 0)
        else:
            self.hint.setText(self._not_found)
            self.hint.setVisible(True)

    def show_results(self, visible: bool) -> None:
        self.results.setVisible(visible)
        self.hint.setVisible(False)

    def pick_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self._on_pick(self.model.person(row))

    def show_picked(self, row: PersonRow) -> None:
        """The person's line instead of the results, and no search waiting to run."""
        self.picked_label.setText(person_line(row))
        self.picked.setVisible(True)
        self.typing.stop()
        self.show_results(False)

    def clear_picked(self) -> None:
        self.picked.setVisible(False)
        self.picked_label.clear()
