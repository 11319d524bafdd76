"""What to export, asked before the folder: for whom, how much, and how the file is locked.

For an enrolled site the file is locked to that site's key (only its PC can open it), or with a
passphrase typed twice; for "any hub / station PC / trainer laptop" (no site chosen) only a
passphrase can lock it. ``chosen`` carries the answers; the page then asks for the folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services.sync import PeerRow
from stationdesk.ui.settings_common import lay_out_form_dialog
from stationdesk.ui.sync_words import audience_label, site_role
from stationdesk.ui.text import fmt

AUDIENCES = ("hub", "station", "trainer")
SITE, FOR = "site:", "for:"
"""The target's item data: an enrolled site's id, or an audience."""


@dataclass(frozen=True)
class ExportChoice:
    peer_site_id: str | None  # an enrolled site, or None for ``audience``
    audience: str | None
    full: bool
    passphrase: str | None  # None: locked to the site's key
    label: str  # whom it is for, as shown


def _radios(parent: QWidget, texts: Sequence[tuple[str, str]]) -> tuple[QButtonGroup, QWidget]:
    group = QButtonGroup(parent)
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    for number, (name, text) in enumerate(texts):
        button = QRadioButton(text, objectName=name)
        group.addButton(button, number)
        column.addWidget(button)
    group.button(0).setChecked(True)
    return group, box


class ExportDialog(QDialog):
    chosen = Signal(object)  # ExportChoice

    def __init__(self, peers: Sequence[PeerRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export a file for another site"))
        self.target = QComboBox(objectName="exportTarget")
        for peer in peers:
            text = fmt(self.tr("%1 · %2 (%3)"), peer.name, site_role(peer.role), peer.station_code)
            self.target.addItem(text, f"{SITE}{peer.site_id}")
        for audience in AUDIENCES:
            self.target.addItem(audience_label(audience), f"{FOR}{audience}")
        self.amount, amount_box = _radios(
            self,
            (
                ("exportIncremental", self.tr("Only what that site has not received yet (recommended)")),
                ("exportFull", self.tr("Everything this PC holds for it (a full copy; a larger file)")),
            ),
        )
        self.lock, lock_box = _radios(
            self,
            (
                ("lockToKey", self.tr("Locked to that site: only its PC can open the file (recommended)")),
                ("lockPassphrase", self.tr("Locked with a passphrase you tell the other site")),
            ),
        )
        self.passphrase = QLineEdit(objectName="passphrase")
        self.repeat = QLineEdit(objectName="passphraseRepeat")
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLabel(objectName="exportNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6368;")
        form = QFormLayout()
        form.addRow(self.tr("For"), self.target)
        form.addRow(self.tr("What"), amount_box)
        form.addRow(self.tr("Protection"), lock_box)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat passphrase"), self.repeat)
        form.addRow("", self.note)
        self.problem = lay_out_form_dialog(self, form, self.tr("Choose the folder…"))
        self.target.currentIndexChanged.connect(self._update)
        self.lock.idToggled.connect(lambda _id, _on: self._update())
        self._update()

    def _for_site(self) -> bool:
        return str(self.target.currentData()).startswith(SITE)

    def _with_passphrase(self) -> bool:
        return not self._for_site() or self.lock.checkedId() == 1

    def _update(self) -> None:
        for_site = self._for_site()
        self.lock.button(0).setEnabled(for_site)
        if not for_site:
            self.lock.button(1).setChecked(True)
        wanted = self._with_passphrase()
        self.passphrase.setEnabled(wanted)
        self.repeat.setEnabled(wanted)
        self.note.setText(
            self.tr("Tell the passphrase to the other site in person or by phone, never with the stick.")
            if wanted
            else self.tr("Take the file to that site on a USB stick and import it on its Sync page.")
        )

    def save(self) -> None:
        """Check the passphrase (typed twice alike), then hand the choice on."""
        self.problem.clear_message()
        passphrase: str | None = None
        if self._with_passphrase():
            passphrase = self.passphrase.text()
            if not passphrase.strip():
                self.problem.show_error(self.tr("Please type a passphrase."))
                self.passphrase.setFocus()
                return
            if passphrase != self.repeat.text():
                self.problem.show_error(self.tr("The two passphrases differ: please type them again."))
                self.repeat.clear()
                self.repeat.setFocus()
                return
        data = str(self.target.currentData())
        self.chosen.emit(
            ExportChoice(
                peer_site_id=data.removeprefix(SITE) if data.startswith(SITE) else None,
                audience=data.removeprefix(FOR) if data.startswith(FOR) else None,
                full=self.amount.checkedId() == 1,
                passphrase=passphrase,
                label=self.target.currentText(),
            )
        )
        self.accept()
