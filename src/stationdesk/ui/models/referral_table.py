"""The referral list (转介): a thin adapter from ``ReferralRow`` pages to a Qt table.

Loaded page by page (``canFetchMore``/``fetchMore``) newest first, so years of referrals open
as fast as a week's. Open referrals that have waited too long on a partner stand out: their
text is coloured, the days cell carries a warning icon and says why in its tooltip.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase

from stationdesk.domain.referrals import ReferralStatus
from stationdesk.services import referrals
from stationdesk.services.context import ServiceContext
from stationdesk.services.referrals import ReferralRow
from stationdesk.ui.icons import icon
from stationdesk.ui.models.row_list import PagedRowListModel
from stationdesk.ui.reception_day import status_label
from stationdesk.ui.text import fmt

PAGE_SIZE = 200
STALE_DAYS = 14
"""An open referral older than this has waited long on its partner: time to call them."""
STALE_COLOR = QColor("#b3261e")

CODE, PERSON, PARTNER, NEED, STATUS, SENT_ON, DAYS_OPEN, SENT_BY = range(8)


def referral_status_label(status: str) -> str:
    """已转介 / 已接收 / 已退回 / 已办结 / 已撤销 for a status code."""
    return status_label("referral", status)


def is_stale(row: ReferralRow) -> bool:
    return row.status in referrals.OPEN and row.days_open > STALE_DAYS


def stale_note() -> str:
    return fmt(
        QCoreApplication.translate("Referrals", "Open for more than %1 days: ask the partner how it goes."),
        STALE_DAYS,
    )


class ReferralTableModel(PagedRowListModel[ReferralRow]):
    """Rows of referrals; ``load(statuses)`` chooses which (None: all of them)."""

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(PAGE_SIZE, parent)
        self._ctx = ctx
        self._statuses: frozenset[ReferralStatus] | None = referrals.OPEN
        self._code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._bold = QFont()
        self._bold.setBold(True)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Tracking code"),
            self.tr("Person"),
            self.tr("Partner"),
            self.tr("Need"),
            self.tr("Status"),
            self.tr("Sent on"),
            self.tr("Days open"),
            self.tr("Sent by"),
        )

    def _tooltip(self, row: ReferralRow, column: int) -> object:
        if column == DAYS_OPEN and is_stale(row):
            return stale_note()
        return self._display(row, column) if column in (PERSON, PARTNER, NEED) else None

    def _style(self, row: ReferralRow, column: int, role: int) -> object:
        stale = is_stale(row)
        if role == Qt.ItemDataRole.ForegroundRole and stale:
            return QBrush(STALE_COLOR)
        if role == Qt.ItemDataRole.DecorationRole and column == DAYS_OPEN and stale:
            return icon("warning", STALE_COLOR.name())
        if role == Qt.ItemDataRole.FontRole:
            if column == CODE:
                return self._code_font
            if column == DAYS_OPEN and stale:
                return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS_OPEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: ReferralRow, column: int) -> str:
        if column == CODE:
            return row.tracking_code
        if column == PERSON:
            return row.person_name
        if column == PARTNER:
            return row.partner_name
        if column == NEED:
            return " ".join(row.need.split())
        if column == STATUS:
            return referral_status_label(row.status)
        if column == SENT_ON:
            return row.sent_at.date().isoformat()
        if column == DAYS_OPEN:
            return str(row.days_open)
        return row.sent_by_name

    # -- loading ---------------------------------------------------------------------------

    def load(self, statuses: Collection[ReferralStatus] | None) -> None:
        """Show the referrals in any of ``statuses`` (None: all); loads the first page at once."""
        self.beginResetModel()
        self._statuses = None if statuses is None else frozenset(statuses)
        self._rows, self._ids = [], set()
        self._exhausted = False
        self.endResetModel()
        self.fetchMore()

    def reload(self) -> None:
        self.load(self._statuses)

    def _fetch_page(self, offset: int, limit: int) -> list[ReferralRow]:
        return referrals.list_referrals(self._ctx, statuses=self._statuses, offset=offset, limit=limit)

    # -- for the page ----------------------------------------------------------------------

    @property
    def complete(self) -> bool:
        """Every matching referral is loaded (no more pages)."""
        return self._exhausted

    def referral(self, row: int) -> ReferralRow:
        return self._rows[row]

    def stale_count(self) -> int:
        return sum(1 for row in self._rows if is_stale(row))
