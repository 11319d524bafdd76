"""The people registry page (居民): find anyone in a keystroke or a scan, then open, add or edit.

The search box is the heart of the page: results follow the typing (150 ms after the last
key), Enter searches at once and opens the one person a scanned ID number found, the Down
arrow steps into the list and Esc clears. With the box empty the page browses the whole
registry in pinyin order, loaded page by page.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.services import people, tags
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.people import PersonDraft, PersonRow
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.messages import describe
from stationdesk.ui.models import person_table as columns
from stationdesk.ui.models.person_table import PersonTableModel
from stationdesk.ui.models.row_list import row_object, sorting_proxy
from stationdesk.ui.person_dialog import PersonDialog, open_person_dialog
from stationdesk.ui.reason_dialog import ask_reason
from stationdesk.ui.reveal import start_reveal
from stationdesk.ui.search_keys import SearchAsYouType, SearchListKeys, page_shortcut, search_box, select_row
from stationdesk.ui.text import fmt

_ID_LIKE = re.compile(r"\d{17}[\dXx]")
MIN_DIGITS = 4  # shorter digit runs match too many phones and IDs to be useful
_ERROR_STYLE = "color: #b3261e;"


class RegistryPage(QWidget):
    """The 居民 page. ``focus_search()`` puts the cursor in the search box (the shell's Ctrl+F)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = PersonTableModel(ctx, self)
        self.proxy = sorting_proxy(self.model, self)

        self._build()
        self._connect()
        self._apply_permissions()
        self._load_filters()
        self._refresh()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.search = search_box(
            "search",
            self.tr(
                "Search: name, pinyin initials (zsf), phone or its last 4 digits, "
                "ID number or its last 4-6 characters"
            ),
            scale=1.5,
            room=18,
        )

        self.tag_filter = QComboBox(objectName="tagFilter")
        self.community_filter = QComboBox(objectName="communityFilter")
        self.community_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel(objectName="countLabel")
        self.status = QLabel(objectName="status")
        self.status.setStyleSheet(_ERROR_STYLE)
        self.status.setWordWrap(True)
        self.status.setVisible(False)

        self.new_button = QPushButton(icon("add"), self.tr("New"), objectName="newButton")
        self.new_button.setToolTip(self.tr("Register a new person (Ctrl+N)"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"), objectName="editButton")
        self.edit_button.setToolTip(self.tr("Open the selected person (Enter or double-click)"))
        self.reveal_button = QPushButton(icon("reveal"), self.tr("Show numbers"), objectName="revealButton")
        self.reveal_button.setToolTip(self.tr("Show the full ID number and phone; recorded in the audit log"))
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove"), objectName="removeButton")
        self.remove_button.setToolTip(self.tr("Remove the selected person from the registry"))

        self.table = list_table("people", self.proxy, sortable=True)
        self._size_columns()

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Tag")))
        filters.addWidget(self.tag_filter)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Community")))
        filters.addWidget(self.community_filter)
        filters.addSpacing(12)
        filters.addWidget(self.count_label, 1)
        for button in (self.new_button, self.edit_button, self.reveal_button, self.remove_button):
            filters.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def _size_columns(self) -> None:
        """Widths from the font, not from the rows: measuring 200 rows per page costs time."""
        metrics = self.table.fontMetrics()
        char = metrics.horizontalAdvance("中")
        digit = metrics.horizontalAdvance("0")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(digit * 4)
        pad = 24
        widths = {
            columns.NAME: char * 5,
            columns.SEX: char * 2,
            columns.AGE: char * 2,
            columns.ID_NUMBER: digit * 19,
            columns.PHONE: digit * 12,
            columns.COMMUNITY: char * 8,
            columns.GRID: char * 6,
        }
        for column, width in widths.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 16) + pad)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 14)

    def _connect(self) -> None:
        self.keys = SearchListKeys(
            self.search,
            self.table,
            has_rows=lambda: self.proxy.rowCount() > 0,
            pick=lambda: self._open(self.selected()),
        )
        # Enter searches without waiting; a scanned ID that finds one person opens them.
        self.typing = SearchAsYouType(
            self.keys,
            self._refresh,
            count=self.proxy.rowCount,
            take_only=self._open_first,
            cleared=self._refresh,
        )
        self.search.returnPressed.connect(self.typing.search_now)
        self.tag_filter.activated.connect(lambda *_: self._refresh())
        self.community_filter.activated.connect(lambda *_: self._refresh())
        self.table.doubleClicked.connect(lambda index: self._open(self._row_at(index)))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.load_failed.connect(self._failed)
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(lambda: self._open(self.selected()))
        self.reveal_button.clicked.connect(self._reveal)
        self.remove_button.clicked.connect(self._remove)
        self._new_shortcut = page_shortcut(self, QKeySequence.StandardKey.New, self.new_person)

    # -- public ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.keys.back_to_search()

    def reload(self) -> None:
        """Fresh filters, permissions and rows (after sign-in as someone else, an import ...)."""
        self._apply_permissions()
        self._load_filters()
        self._refresh()

    def selected(self) -> PersonRow | None:
        return self._row_at(self.table.currentIndex())

    def new_person(self) -> None:
        if not self._may(Action.PERSON_EDIT):
            return
        open_person_dialog(self._ctx, self, prefill=self._prefill(), on_saved=self._saved)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_permissions()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- loading -----------------------------------------------------------------------

    def _load_filters(self) -> None:
        """Tag and community lists, keeping the current choice where it still exists."""
        try:
            tag_list = tags.list_tags(self._ctx)
            community_list = people.communities(self._ctx)
        except ServiceError as error:
            self._failed(error)
            return
        current_tag = self.tag_filter.currentData()
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in tag_list:
            self.tag_filter.addItem(tag.name, tag.id)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current_tag)))
        current_community = self.community_filter.currentData()
        self.community_filter.clear()
        self.community_filter.addItem(self.tr("All communities"), None)
        for community in community_list:
            self.community_filter.addItem(community, community)
        self.community_filter.setCurrentIndex(max(0, self.community_filter.findData(current_community)))

    def _refresh(self) -> None:
        """Re-run what the page shows: the query's results, or the filtered registry."""
        query = self.search.text().strip()
        tag_id = self.tag_filter.currentData()
        community = self.community_filter.currentData()
        was_searching = self.model.searching
        self._show_status("")
        try:
            if query:
                self.model.search(query, self.tag_filter.currentText() if tag_id else None, community)
            else:
                self.model.browse(tag_id, community)
        except (ServiceError, ValidationError) as error:
            self._failed(error)
        if was_searching != self.model.searching:
            # Search results come in relevance order; a column sort chosen while browsing
            # would hide the best match.
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.proxy.sort(-1)
        if self.model.searching and self.proxy.rowCount():
            select_row(self.table, 0)
        self._update_count()

    def _update_count(self) -> None:
        model = self.model
        query = self.search.text().strip()
        if not model.searching:
            filtered = self.tag_filter.currentData() or self.community_filter.currentData()
            template = (
                self.tr("Matching the filters: %1") if filtered else self.tr("People in the registry: %1")
            )
            text = fmt(template, model.total)
        elif query.isdigit() and len(query) < MIN_DIGITS:
            text = self.tr("Type at least 4 digits of a phone or ID number.")
        elif model.total == 0:
            text = self.tr("No one found. Press Ctrl+N to register a new person.")
        elif model.truncated:
            text = fmt(
                self.tr("The first %1 matches are shown: type more to narrow the search."), model.total
            )
        else:
            text = fmt(self.tr("Found: %1"), model.total)
        self.count_label.setText(text)

    def _failed(self, error: object) -> None:
        self._show_status(describe(error) if isinstance(error, BaseException) else str(error))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- selection and permissions -----------------------------------------------------

    def _row_at(self, index: QModelIndex) -> PersonRow | None:
        return row_object(index, PersonRow)

    def _select_person(self, person_id: str) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        select_row(self.table, self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _may(self, action: Action) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, action)

    def _apply_permissions(self) -> None:
        can_edit = self._may(Action.PERSON_EDIT)
        self.new_button.setVisible(can_edit)
        self.edit_button.setVisible(can_edit)
        self.remove_button.setVisible(can_edit)
        self.reveal_button.setVisible(self._may(Action.PERSON_REVEAL))
        self._new_shortcut.setEnabled(can_edit)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.new_button.setEnabled(self._may(Action.PERSON_EDIT))
        self.edit_button.setEnabled(row is not None and self._may(Action.PERSON_EDIT))
        self.remove_button.setEnabled(row is not None and self._may(Action.PERSON_EDIT))
        has_numbers = row is not None and bool(row.id_masked or row.phone_masked)
        self.reveal_button.setEnabled(has_numbers and self._may(Action.PERSON_REVEAL))

    # -- actions -----------------------------------------------------------------------

    def _prefill(self) -> PersonDraft | None:
        """What the clerk searched for, carried into the new form: a name, an ID or a phone."""
        query = "".join(self.search.text().split())
        if not query or self.model.total:
            return None
        if _ID_LIKE.fullmatch(query):
            return PersonDraft(name="", id_number=query)
        if query.isdigit() and len(query) == 11:
            return PersonDraft(name="", phone=query)
        if not query.isascii():
            return PersonDraft(name=query)
        return None

    def _open_first(self) -> None:
        select_row(self.table, 0)
        self._open(self.selected())

    def _open(self, row: PersonRow | None) -> PersonDialog | None:
        if row is None:
            return None
        read_only = not self._may(Action.PERSON_EDIT)
        return open_person_dialog(self._ctx, self, row.id, read_only=read_only, on_saved=self._saved)

    def _saved(self, person_id: str) -> None:
        """Show the person just saved: in the current list if there, else by searching their name."""
        self._load_filters()
        self._refresh()
        if self._select_person(person_id):
            return
        try:
            name = people.get(self._ctx, person_id).row.name
        except ServiceError as error:
            self._failed(error)
            return
        self.search.blockSignals(True)
        self.search.setText(name)
        self.search.blockSignals(False)
        self._refresh()
        self._select_person(person_id)

    def _reveal(self) -> None:
        row = self.selected()
        if row is not None and self._may(Action.PERSON_REVEAL):
            start_reveal(self._ctx, row, self)

    def _remove(self) -> None:
        row = self.selected()
        if row is None or not self._may(Action.PERSON_EDIT):
            return
        ask_reason(
            self,
            "removeReason",
            self.tr("Remove person"),
            fmt(
                self.tr(
                    "Remove %1 from the registry? Their past records stay in the history. "
                    "Please give a reason; it is recorded in the audit log."
                ),
                row.name,
            ),
            self.tr("Remove"),
            lambda reason: self._do_remove(row, reason),
        )

    def _do_remove(self, row: PersonRow, reason: str) -> None:
        try:
            people.remove(self._ctx, row.id, reason)
        except ServiceError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove person"), describe(error),
                              QMessageBox.StandardButton.Close, self)  # fmt: skip
            box.finished.connect(box.deleteLater)
            box.open()
            return
        self._load_filters()
        self._refresh()
