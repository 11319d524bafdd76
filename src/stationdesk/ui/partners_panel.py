"""The partner directory (合作伙伴与资源目录) on the referrals page: find who can help with what.

Everyone at the desk may search it; roles with PARTNER_EDIT add, change, retire and restore
partners. A partner is retired, never removed, so old referrals keep its name.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.services import partners
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.partners import PartnerInfo
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models import partner_table as columns
from stationdesk.ui.models.partner_table import PartnerFilter, PartnerTableModel
from stationdesk.ui.models.row_list import row_object
from stationdesk.ui.partner_dialog import PartnerDialog
from stationdesk.ui.search_keys import SearchListKeys, search_box, select_row
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt


class PartnersPanel(QWidget):
    """Search box, the directory, and (for editors) Add / Edit / Retire / Restore."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = PartnerTableModel(self)
        self.proxy = PartnerFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect()
        self.apply_permissions()
        self.reload()

    def _build(self) -> None:
        self.search = search_box(
            "partnerSearch", self.tr("Search by name, kind or what they provide, e.g. 低保 or 助老")
        )
        self.show_retired = QCheckBox(self.tr("Show retired"), objectName="showRetired")
        self.count_label = QLabel(objectName="partnerCount")
        self.add_button = QPushButton(icon("add_partner"), self.tr("Add partner"), objectName="addPartner")
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"), objectName="editPartner")
        self.retire_button = QPushButton(icon("retire"), self.tr("Retire"), objectName="retirePartner")
        self.retire_button.setToolTip(
            self.tr("No new referrals go to a retired partner; old ones keep its name")
        )
        self.restore_button = QPushButton(self.tr("Restore"), objectName="restorePartner")
        for button in (self.add_button, self.edit_button, self.retire_button, self.restore_button):
            button.setAutoDefault(False)

        self.table = list_table("partners", self.proxy)
        size_columns(self.table, {columns.ADDRESS: 12})
        header = self.table.horizontalHeader()
        for column in (columns.NAME, columns.KIND, columns.CONTACT, columns.PHONE):
            # A directory of tens of partners: measuring the rows costs nothing.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.message = InlineMessage(self)
        self.read_only_note = QLabel(
            self.tr("Your role may look up partners but not change the directory."),
            objectName="partnersReadOnly",
        )

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_retired)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        for button in (self.add_button, self.edit_button, self.retire_button, self.restore_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.read_only_note)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(lambda: self.keys.enter_list() if self.proxy.rowCount() else None)
        self.keys = SearchListKeys(
            self.search, self.table, has_rows=lambda: self.proxy.rowCount() > 0, pick=self.edit_selected
        )
        self.show_retired.toggled.connect(lambda *_: self.reload())
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.proxy.modelReset.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_partner)
        self.edit_button.clicked.connect(self.edit_selected)
        self.retire_button.clicked.connect(lambda: self.set_retired(True))
        self.restore_button.clicked.connect(lambda: self.set_retired(False))

    # -- public ------------------------------------------------------------------------

    def editable(self) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, Action.PARTNER_EDIT)

    def apply_permissions(self) -> None:
        editable = self.editable()
        for button in (self.add_button, self.edit_button, self.retire_button, self.restore_button):
            button.setVisible(editable)
        self.read_only_note.setVisible(not editable)
        self._update_buttons()

    def reload(self, select_id: str | None = None) -> None:
        """The directory afresh (retired ones too when asked), keeping the selected partner."""
        actor = self._ctx.actor
        if actor is None or not may(actor.role, Action.RECEPTION_VIEW):
            return  # the service would refuse, and log the attempt
        keep = select_id or (self.selected().id if self.selected() else None)
        try:
            rows = partners.list_partners(self._ctx, include_retired=self.show_retired.isChecked())
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.model.set_rows(rows)
        self._select(keep)
        self._update_count()

    def selected(self) -> PartnerInfo | None:
        return row_object(self.table.currentIndex(), PartnerInfo)

    def add_partner(self) -> PartnerDialog | None:
        if not self.editable():
            return None
        return self._open_form(None)

    def edit_selected(self) -> PartnerDialog | None:
        partner = self.selected()
        if partner is None or not self.editable():
            return None
        return self._open_form(partner)

    def set_retired(self, retired: bool) -> None:
        partner = self.selected()
        if partner is None:
            return
        try:
            partners.set_partner_retired(self._ctx, partner.id, retired)
        except (ValidationError, ServiceError) as error:  # e.g. restoring a name now in use
            self.message.show_problem(error)
            return
        template = self.tr("%1 is retired.") if retired else self.tr("%1 is back in the directory.")
        self.message.show_info(fmt(template, partner.name))
        self.reload(partner.id)

    # -- helpers -----------------------------------------------------------------------

    def _open_form(self, partner: PartnerInfo | None) -> PartnerDialog:
        dialog = PartnerDialog(self._ctx, partner, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, partner_id: str) -> None:
        self.search.clear()
        self.reload(partner_id)
        partner = self.selected()
        if partner is not None:
            self.message.show_info(fmt(self.tr("Saved: %1"), partner.name))

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            select_row(self.table, 0)
        self._update_count()

    def _select(self, partner_id: str | None) -> None:
        """That partner if it is listed, else the first one shown."""
        row = self.model.row_of(partner_id) if partner_id else None
        shown = self.proxy.mapFromSource(self.model.index(row, 0)).row() if row is not None else -1
        select_row(self.table, max(0, shown))
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.search.text().strip():
            self.count_label.setText(fmt(self.tr("Found %1 of %2 partners"), shown, total))
        else:
            self.count_label.setText(fmt(self.tr("Partners in the directory: %1"), total))

    def _update_buttons(self) -> None:
        partner = self.selected()
        editable = self.editable()
        self.edit_button.setEnabled(editable and partner is not None)
        self.retire_button.setEnabled(editable and partner is not None and not partner.retired)
        self.restore_button.setEnabled(editable and partner is not None and partner.retired)
        self.table.setToolTip(self.tr("Double-click a partner to edit it") if editable else "")
