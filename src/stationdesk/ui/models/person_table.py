"""The registry table (居民名册): a thin adapter from ``PersonRow`` lists to a Qt table.

Two modes. Browse loads the registry page by page (``canFetchMore``/``fetchMore``), so a
ten-year registry opens as fast as an empty one. Search holds the short list a query found.
ID numbers and phones arrive masked from the service; the model never sees a clear value.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QObject, Qt

from stationdesk.domain.names import name_keys
from stationdesk.services import people
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonRow
from stationdesk.ui.models.row_list import OBJECT_ROLE as OBJECT_ROLE  # the roles, with the columns
from stationdesk.ui.models.row_list import SORT_ROLE as SORT_ROLE
from stationdesk.ui.models.row_list import PagedRowListModel

PAGE_SIZE = 200
TAG_SEPARATOR = "、"  # how services.people joins a person's tag names

NAME, SEX, AGE, ID_NUMBER, PHONE, COMMUNITY, GRID, TAGS = range(8)


def sex_label(sex: str) -> str:
    """男/女 (or nothing) for the stored 'M'/'F'/'' code; shared by the table and the form."""
    if sex == "M":
        return QCoreApplication.translate("Sex", "Male")
    if sex == "F":
        return QCoreApplication.translate("Sex", "Female")
    return ""


@lru_cache(maxsize=4096)
def _pinyin(name: str) -> str:
    return name_keys(name).full


class PersonTableModel(PagedRowListModel[PersonRow]):
    """Rows of people; ``browse()`` or ``search()`` chooses what they are. Under ``SORT_ROLE``
    names sort by their pinyin and ages as numbers."""

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(PAGE_SIZE, parent)
        self._ctx = ctx
        self._searching = False
        self._truncated = False
        self._query = ""
        self._total = 0
        self._tag_id: str | None = None
        self._community: str | None = None

    # -- what the table shows ------------------------------------------------------------

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Sex"),
            self.tr("Age"),
            self.tr("ID number"),
            self.tr("Phone"),
            self.tr("Community"),
            self.tr("Grid"),
            self.tr("Tags"),
        )

    def _tooltip(self, row: PersonRow, column: int) -> object:
        return (self._display(row, column) or None) if column in (TAGS, COMMUNITY, GRID) else None

    def _style(self, row: PersonRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SEX, AGE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(row: PersonRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == SEX:
            return sex_label(row.sex)
        if column == AGE:
            age = row.age()
            return "" if age is None else str(age)
        if column == ID_NUMBER:
            return row.id_masked
        if column == PHONE:
            return row.phone_masked
        if column == COMMUNITY:
            return row.community
        if column == GRID:
            return row.grid
        return row.tags

    @staticmethod
    def _sort_key(row: PersonRow, column: int) -> object:
        if column == NAME:
            return _pinyin(row.name)
        if column == AGE:
            age = row.age()
            return -1 if age is None else age
        return PersonTableModel._display(row, column)

    # -- browse mode: the whole registry, page by page ------------------------------------

    def browse(self, tag_id: str | None = None, community: str | None = None) -> None:
        """Show the registry (optionally filtered); loads the first page at once."""
        self.beginResetModel()
        self._searching = False
        self._truncated = False
        self._query = ""
        self._tag_id, self._community = tag_id or None, community or None
        self._rows, self._ids = [], set()
        try:
            self._total = people.count(self._ctx, self._tag_id, self._community)
            self._exhausted = self._total == 0
        finally:
            self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()

    def _fetch_page(self, offset: int, limit: int) -> list[PersonRow]:
        return people.page(self._ctx, offset, limit, self._tag_id, self._community)

    def _all_loaded(self, count: int) -> bool:
        return count >= self._total

    # -- search mode: what a query found --------------------------------------------------

    def search(self, query: str, tag_name: str | None = None, community: str | None = None) -> None:
        """Show the people ``query`` finds (name, pinyin initials, phone or ID, or their tails).

        The list filters narrow the few rows found here, rather than the query itself.
        """
        rows = people.search(self._ctx, query)
        truncated = len(rows) >= people.SEARCH_LIMIT
        if tag_name:
            rows = [r for r in rows if tag_name in r.tags.split(TAG_SEPARATOR)]
        if community:
            rows = [r for r in rows if r.community == community]
        self.beginResetModel()
        self._searching = True
        self._truncated = truncated
        self._query = query
        self._rows = rows
        self._ids = {r.id for r in rows}
        self._total = len(rows)
        self._exhausted = True
        self.endResetModel()

    # -- for the page ---------------------------------------------------------------------

    @property
    def searching(self) -> bool:
        return self._searching

    @property
    def truncated(self) -> bool:
        """The search hit its limit: more people match than are shown."""
        return self._truncated

    @property
    def query(self) -> str:
        return self._query

    @property
    def total(self) -> int:
        """Browse: everyone matching the filters (loaded or not). Search: the rows found."""
        return self._total

    def person(self, row: int) -> PersonRow:
        return self._rows[row]
