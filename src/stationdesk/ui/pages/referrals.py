"""The referrals page (转介): follow every referral to its end, and the directory of partners.

The tracking-code box at the top has the focus: when a partner's return stub (回执联) comes back,
typing its code or scanning its barcode (the scanner types the code, then Enter) opens that
referral to record what the partner did. Below, the list shows the open referrals by default,
those waiting too long on a partner marked; a second tab holds the partner directory.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.referrals import CODE_LENGTH, ReferralStatus
from stationdesk.domain.roles import Action, may
from stationdesk.services import referrals
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, ServiceError
from stationdesk.services.referrals import ReferralInfo, ReferralRow
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.messages import describe
from stationdesk.ui.models import referral_table as columns
from stationdesk.ui.models.referral_table import (
    STALE_COLOR,
    STALE_DAYS,
    ReferralTableModel,
    referral_status_label,
)
from stationdesk.ui.partners_panel import PartnersPanel
from stationdesk.ui.referral_dialog import ReferralDialog
from stationdesk.ui.search_keys import SearchListKeys, search_box, select_row
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt

OPEN_FILTER = "open"
ALL_FILTER = "all"
CODE_BOX_MAX_WIDTH = 620
CODE_MAX = 20
"""Room for a code typed with dashes or spaces (K7M-2QX4); the service normalises it."""


def statuses_of(choice: str) -> Collection[ReferralStatus] | None:
    """What a status-filter choice lists: the open ones, all (None), or one status."""
    if choice == OPEN_FILTER:
        return referrals.OPEN
    if choice == ALL_FILTER:
        return None
    return {ReferralStatus(choice)}


class ReferralsPage(QWidget):
    """The 转介 page. ``focus_search()`` puts the cursor in the tracking-code box (Ctrl+F)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown_once = False
        self.model = ReferralTableModel(ctx, self)
        self._build()
        self._connect()
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.code = search_box(
            "trackingCode",
            self.tr("Type or scan the code on a returned slip, then Enter"),
            scale=1.4,
            icon_name="scan",
        )
        self.code.setMaxLength(CODE_MAX)
        metrics = self.code.fontMetrics()
        room = metrics.horizontalAdvance(self.code.placeholderText()) + metrics.height() * 3  # icons
        self.code.setFixedWidth(min(CODE_BOX_MAX_WIDTH, max(room, metrics.horizontalAdvance("W") * 12)))
        code_label = QLabel(self.tr("Tracking code"))
        code_label.setBuddy(self.code)
        code_label.setFont(self.code.font())
        self.find_button = QPushButton(icon("search"), self.tr("Open"), objectName="findCode")
        self.find_button.setToolTip(self.tr("Open the referral with this code (Enter)"))
        self.find_button.setAutoDefault(False)
        self.code_message = InlineMessage(self)
        self.code_message.setObjectName("codeMessage")
        code_row = QHBoxLayout()
        code_row.addWidget(code_label)
        code_row.addWidget(self.code)
        code_row.addWidget(self.find_button)
        code_row.addWidget(self.code_message, 1)

        self.no_access_note = QLabel(
            self.tr("Your role may not view referrals or partners."), objectName="noAccessNote"
        )
        self.tabs = QTabWidget(objectName="referralTabs")
        self.tabs.addTab(self._build_list(), icon("referrals"), self.tr("Referrals"))
        self.partners = PartnersPanel(self._ctx, self)
        self.tabs.addTab(self.partners, icon("partners"), self.tr("Partners and resources"))

        layout = QVBoxLayout(self)
        layout.addLayout(code_row)
        layout.addWidget(self.no_access_note)
        layout.addWidget(self.tabs, 1)

    def _build_list(self) -> QWidget:
        panel = QWidget(objectName="referralList")
        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.addItem(self.tr("Open (sent or accepted)"), OPEN_FILTER)
        self.status_filter.addItem(self.tr("All"), ALL_FILTER)
        for status in ReferralStatus:
            self.status_filter.addItem(referral_status_label(status), status.value)
        self.count_label = QLabel(objectName="referralCount")
        self.stale_icon = QLabel(objectName="staleIcon")
        self.stale_icon.setPixmap(icon("warning", STALE_COLOR.name()).pixmap(18, 18))
        self.stale_label = QLabel(objectName="staleCount")
        self.stale_label.setStyleSheet(f"color: {STALE_COLOR.name()};")
        self.open_button = QPushButton(icon("open"), self.tr("Open"), objectName="openReferral")
        self.open_button.setToolTip(self.tr("Open the selected referral (Enter or double-click)"))
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"), objectName="refreshReferrals")
        for button in (self.open_button, self.refresh_button):
            button.setAutoDefault(False)

        self.table = list_table("referrals", self.model)
        size_columns(
            self.table,
            {
                columns.PERSON: 4,
                columns.PARTNER: 11,
                columns.NEED: 12,
                columns.STATUS: 4,
                columns.SENT_BY: 4,
            },
            {columns.CODE: CODE_LENGTH + 2, columns.SENT_ON: 10, columns.DAYS_OPEN: 6},
            stretch=columns.NEED,
        )
        self.list_message = InlineMessage(panel)

        filters = QHBoxLayout()
        show = QLabel(self.tr("Show"))
        show.setBuddy(self.status_filter)
        filters.addWidget(show)
        filters.addWidget(self.status_filter)
        filters.addSpacing(12)
        filters.addWidget(self.count_label)
        filters.addSpacing(12)
        filters.addWidget(self.stale_icon)
        filters.addWidget(self.stale_label)
        filters.addStretch(1)
        filters.addWidget(self.open_button)
        filters.addWidget(self.refresh_button)
        layout = QVBoxLayout(panel)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.list_message)
        return panel

    def _connect(self) -> None:
        self.code.returnPressed.connect(self.open_code)
        self.code.textEdited.connect(lambda *_: self.code_message.clear_message())
        self.find_button.clicked.connect(self.open_code)
        self.keys = SearchListKeys(
            self.code, self.table, has_rows=lambda: self.model.rowCount() > 0, pick=self.open_selected
        )
        self.status_filter.activated.connect(lambda *_: self._load())
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.load_failed.connect(self.list_message.show_problem)
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button.clicked.connect(self.refresh)

    # -- public ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.keys.back_to_search()

    def refresh(self) -> None:
        """Reload the list (keeping the selected referral), the partners and the permissions."""
        if not self._apply_permissions():
            return
        self._load()
        self.partners.apply_permissions()
        self.partners.reload()

    def selected(self) -> ReferralRow | None:
        index = self.table.currentIndex()
        return self.model.referral(index.row()) if index.isValid() else None

    def open_code(self) -> ReferralDialog | None:
        """Find the referral of the typed or scanned code and open it; a wrong code is said
        next to the box, with the text selected so that it can be typed again at once."""
        text = self.code.text().strip()
        if not text or not self._may(Action.RECEPTION_VIEW):
            return None
        try:
            info = referrals.find_by_code(self._ctx, text)
        except NotFound:
            self._code_refused(fmt(self.tr("No referral has the code %1."), text.upper()))
            return None
        except (ValidationError, ServiceError) as error:
            self._code_refused(describe(error))
            return None
        self.code_message.clear_message()
        return self.open_referral(info)

    def open_selected(self) -> ReferralDialog | None:
        row = self.selected()
        if row is None:
            return None
        try:
            info = referrals.get(self._ctx, row.id)
        except ServiceError as error:
            self.list_message.show_problem(error)
            return None
        return self.open_referral(info)

    def open_referral(self, info: ReferralInfo) -> ReferralDialog:
        """The referral's window (not blocking); the list follows the steps taken in it."""
        dialog = ReferralDialog(self._ctx, info, self)
        dialog.changed.connect(self._load)
        dialog.finished.connect(lambda *_: self.focus_search())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once:
            self.refresh()  # a referral may have been sent from the reception desk meanwhile
        self._shown_once = True
        self.focus_search()

    # -- helpers -----------------------------------------------------------------------

    def _code_refused(self, text: str) -> None:
        self.code_message.show_error(text)
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)
        self.code.selectAll()

    def _load(self, select_id: str | None = None) -> None:
        keep = select_id or (self.selected().id if self.selected() else None)
        self.list_message.clear_message()
        self.model.load(statuses_of(str(self.status_filter.currentData())))  # failures: load_failed
        row = self.model.row_of(keep) if keep else None
        if row is not None:
            select_row(self.table, row)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        template = self.tr("Shown: %1") if self.model.complete else self.tr("Shown: %1 (scroll for more)")
        self.count_label.setText(fmt(template, shown))
        stale = self.model.stale_count()
        self.stale_label.setText(
            fmt(self.tr("%1 open for more than %2 days"), stale, STALE_DAYS) if stale else ""
        )
        self.stale_icon.setVisible(bool(stale))
        self.stale_label.setVisible(bool(stale))

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def _may(self, action: Action) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, action)

    def _apply_permissions(self) -> bool:
        """A role without RECEPTION_VIEW sees a note, and no service is asked (each refusal is audited)."""
        allowed = self._may(Action.RECEPTION_VIEW)
        self.no_access_note.setVisible(not allowed)
        self.tabs.setVisible(allowed)
        for widget in (self.code, self.find_button):
            widget.setEnabled(allowed)
        return allowed
