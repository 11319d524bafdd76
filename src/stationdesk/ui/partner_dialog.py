"""The partner form: add a partner to the directory or change one (roles with PARTNER_EDIT).

The service checks every field; its refusal is shown under the field it is about, and nothing
is written unless the whole form is accepted.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.services import partners
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.partners import PartnerDraft, PartnerInfo
from stationdesk.ui.icons import icon
from stationdesk.ui.models.partner_table import kind_hint, kind_label
from stationdesk.ui.settings_common import InlineMessage, with_message
from stationdesk.ui.text import fmt

_FIELD_OF_CODE = {
    "partner.name_required": "name",
    "partner.name_too_long": "name",
    "partner.exists": "name",
    "partner.bad_kind": "kind",
    "partner.contact_name_too_long": "contact",
    "partner.phone_too_long": "phone",
    "partner.address_too_long": "address",
    "partner.provides_too_long": "provides",
}
"""Which field a service refusal is about; any other refusal is shown under the whole form."""


class PartnerDialog(QDialog):
    """New partner (``partner`` None) or edit one; ``saved(id)`` once the service accepted it."""

    saved = Signal(str)

    def __init__(
        self, ctx: ServiceContext, partner: PartnerInfo | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("partnerDialog")
        self._ctx = ctx
        self._partner = partner
        self.saved_id: str | None = None
        self.setWindowTitle(
            self.tr("New partner") if partner is None else fmt(self.tr("Edit %1"), partner.name)
        )
        self.setMinimumWidth(620)
        self._build()
        if partner is not None:
            self._fill(partner)
        self.name.setFocus()

    def _build(self) -> None:
        self.name = QLineEdit(objectName="name")
        self.name.setMaxLength(partners.NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. 平湖市民政局"))
        self.kind = QComboBox(objectName="kind")
        for kind in partners.PARTNER_KINDS:
            self.kind.addItem(kind_label(kind), kind)
            self.kind.setItemData(self.kind.count() - 1, kind_hint(kind), Qt.ItemDataRole.ToolTipRole)
        self.kind.setCurrentIndex(-1)
        self.kind.setPlaceholderText(self.tr("Choose the kind of partner"))
        self.contact = QLineEdit(objectName="contact")
        self.contact.setMaxLength(partners.CONTACT_MAX)
        self.contact.setPlaceholderText(self.tr("The person to ask for"))
        self.phone = QLineEdit(objectName="phone")
        self.phone.setMaxLength(partners.PHONE_MAX)
        self.phone.setPlaceholderText(self.tr("Mobile or landline with area code, e.g. 0573-85011001"))
        self.address = QLineEdit(objectName="address")
        self.address.setMaxLength(partners.ADDRESS_MAX)
        self.provides = QPlainTextEdit(objectName="provides")
        self.provides.setTabChangesFocus(True)
        self.provides.setPlaceholderText(self.tr("What they offer, e.g. 低保申请受理、临时救助"))
        self.provides.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        fields: dict[str, QWidget] = {
            "name": self.name,
            "kind": self.kind,
            "contact": self.contact,
            "phone": self.phone,
            "address": self.address,
            "provides": self.provides,
        }
        self.fields = fields
        self.field_messages = {key: InlineMessage(self) for key in fields}
        for key, message in self.field_messages.items():
            message.setObjectName(f"{key}Message")
        labels = {
            "name": fmt(self.tr("%1 *"), self.tr("Name")),
            "kind": fmt(self.tr("%1 *"), self.tr("Kind")),
            "contact": self.tr("Contact person"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
            "provides": self.tr("Provides"),
        }
        form = QFormLayout()
        for key, field in fields.items():
            form.addRow(labels[key], with_message(field, self.field_messages[key]))

        self.message = InlineMessage(self)
        self.save_button = QPushButton(icon("save"), self.tr("Save"), objectName="saveButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelButton")
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for edit in (self.name, self.contact, self.phone, self.address):
            edit.returnPressed.connect(self.focusNextChild)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for first, second in pairwise([*fields.values(), self.save_button, self.cancel_button]):
            QWidget.setTabOrder(first, second)

    def _fill(self, partner: PartnerInfo) -> None:
        self.name.setText(partner.name)
        self.kind.setCurrentIndex(self.kind.findData(partner.kind))
        self.contact.setText(partner.contact_name)
        self.phone.setText(partner.phone)
        self.address.setText(partner.address)
        self.provides.setPlainText(partner.provides)

    def draft(self) -> PartnerDraft:
        return PartnerDraft(
            name=self.name.text(),
            kind=str(self.kind.currentData() or ""),
            contact_name=self.contact.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            provides=self.provides.toPlainText(),
        )

    def save(self) -> None:
        for message in (*self.field_messages.values(), self.message):
            message.clear_message()
        try:
            if self._partner is None:
                partner_id = partners.add_partner(self._ctx, self.draft())
            else:
                partner_id = self._partner.id
                partners.update_partner(self._ctx, partner_id, self.draft())
        except (ValidationError, ServiceError) as error:
            self._refused(error)
            return
        self.saved_id = partner_id
        self.saved.emit(partner_id)
        self.accept()

    def _refused(self, error: ValidationError | ServiceError) -> None:
        key = _FIELD_OF_CODE.get(error.code)
        if key is None:
            self.message.show_problem(error)
            return
        self.field_messages[key].show_problem(error)
        self.fields[key].setFocus(Qt.FocusReason.OtherFocusReason)
