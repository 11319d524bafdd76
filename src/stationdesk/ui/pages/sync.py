"""The Sync page (同步): exchanging records with other PCs on a USB stick (issue 7).

At the top the two things staff do: Export a file for a site, Import a file received. Below, the
enrolled sites (when each last sent and received, how many changes each still lacks), the conflict
list, and on a district hub the matrix of who reported which month. Export and import run on a
worker thread (ui/progress_panel.py) with a progress bar and Cancel; an import is verified and
previewed (nothing written, with progress and Cancel) before Apply. Everything goes through
services/sync.py; refusals are shown in the user's language (ui/messages.py). Users who may read
but not exchange (Action.SYNC_VIEW without SYNC: viewers) see the same lists read-only, with a line
saying why there are no buttons; enrolling (scan a code or choose a file) is for administrators.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.services import hub, sync
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import Cancelled, ServiceError
from stationdesk.services.sync import ExportResult, ImportPreview, ImportResult, PeerRow
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.messages import message
from stationdesk.ui.models.sync_tables import PeerTableModel
from stationdesk.ui.progress_panel import ProgressPanel
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.sync_conflicts import ConflictsPanel
from stationdesk.ui.sync_export_dialog import ExportChoice, ExportDialog
from stationdesk.ui.sync_folders import choose_folder, choose_sync_file
from stationdesk.ui.sync_import_dialog import ImportPreviewDialog, count_words, relayed_words
from stationdesk.ui.sync_words import record_kind, site_role
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt

ASK_AGAIN = frozenset({"bundle.passphrase_needed", "bundle.wrong_passphrase"})
"""Refusals answered by asking for the passphrase (again)."""
SHOWN_TABLES = 4
"""How many kinds of records an export's summary names (the largest first)."""


class SyncPage(QWidget):
    """``job_finished`` is emitted when an export, a preview or an import ends, however it ends;
    ``dialog`` is the last dialog the page opened (tests answer it)."""

    job_finished = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._ctx = ctx
        actor = ctx.actor
        self.may_sync = actor is not None and may(actor.role, Action.SYNC)
        self.may_enrol = actor is not None and may(actor.role, Action.SYNC_ENROL)
        self.may_read = actor is not None and may(actor.role, Action.SYNC_VIEW)
        self.dialog: QWidget | None = None

        title = QLabel(self.tr("Sync"), objectName="syncTitle")
        emphasise(title, 1.4)
        subtitle = QLabel(
            self.tr(
                "Exchange records with the other PCs of the station and with the district on a USB "
                "stick: export a file for a site, import the files you receive."
            )
        )
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet("color: #5f6368;")
        self.read_only_note = QLabel(
            self.tr(
                "Read only: exporting, importing and resolving conflicts are for staff and administrators."
            ),
            objectName="readOnlyNote",
        )
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: #8a5300;")
        self.read_only_note.setVisible(self.may_read and not self.may_sync)
        self.export_button = QPushButton(
            icon("export_file"), self.tr("Export a file…"), objectName="exportButton"
        )
        self.import_button = QPushButton(
            icon("import_file"), self.tr("Import a file…"), objectName="importButton"
        )
        for button in (self.export_button, self.import_button):
            button.setMinimumHeight(button.sizeHint().height() + 12)
            button.setVisible(self.may_sync)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_file)
        self.progress = ProgressPanel(self)
        self.message = InlineMessage(self)
        self.message.setObjectName("syncMessage")

        self.tabs = QTabWidget(objectName="syncTabs")
        self.tabs.addTab(self._build_sites(), icon("station"), "")
        self.conflicts = ConflictsPanel(ctx, self, may_resolve=self.may_sync)
        self.conflicts.count_changed.connect(self._conflicts_counted)
        self.tabs.addTab(self.conflicts, icon("conflict"), "")
        self.hub_panel: QWidget | None = None
        if hub.is_hub_here(ctx):
            self._add_hub_panel()

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(subtitle)
        heading.addWidget(self.read_only_note)
        top.addLayout(heading, 1)
        top.addSpacing(24)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _build_sites(self) -> QWidget:
        box = QWidget(objectName="sitesTab")
        intro = QLabel(
            self.tr(
                "The PCs this one exchanges files with. Before the first exchange each side enrols "
                "the other with its enrolment file; compare the key fingerprints on both screens."
            )
        )
        intro.setWordWrap(True)
        self.own_fingerprint = QLabel(objectName="ownFingerprint")
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.may_sync:
            try:
                self.own_fingerprint.setText(
                    fmt(self.tr("This PC's key fingerprint: %1"), sync.own_fingerprint(self._ctx))
                )
            except (ServiceError, ValidationError) as error:
                self.own_fingerprint.setText(
                    message(getattr(error, "code", ""), getattr(error, "params", {}))
                )
        self.own_fingerprint.setVisible(bool(self.own_fingerprint.text()))
        self.peer_model = PeerTableModel(self)
        self.peer_table = list_table("peerTable", self.peer_model)
        size_columns(self.peer_table, {0: 12, 1: 5, 2: 6}, {3: 19, 4: 16, 5: 16, 6: 9}, stretch=0)
        # Site names are "<station> (<PC>)": keep the PC's name in sight when the column is narrow.
        self.peer_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.no_peers = QLabel(
            self.tr(
                "No site enrolled yet: enrol the station PC, a trainer laptop or the district hub first."
            ),
            objectName="noPeers",
        )
        self.no_peers.setWordWrap(True)
        if not self.may_read:
            self.no_peers.setText(self.tr("Your role does not see the enrolled sites and conflicts."))
        self.enrol_button = QPushButton(
            icon("add_partner"), self.tr("Enrol a site…"), objectName="enrolButton"
        )
        self.enrol_button.setToolTip(
            self.tr("Scan or paste the code another PC shows, or choose the enrolment file it saved.")
        )
        self.own_file_button = QPushButton(
            icon("qr_code"), self.tr("This PC's enrolment file…"), objectName="ownEnrolmentButton"
        )
        self.own_file_button.setToolTip(
            self.tr("Show the QR code and fingerprint, or save the file to a stick.")
        )
        for button in (self.enrol_button, self.own_file_button):
            button.setVisible(self.may_enrol)
        self.enrol_note = QLabel(self.tr("Only an administrator enrols sites."), objectName="enrolNote")
        self.enrol_note.setStyleSheet("color: #5f6368;")
        self.enrol_note.setVisible(self.may_sync and not self.may_enrol)
        self.enrol_button.clicked.connect(self.enrol)
        self.own_file_button.clicked.connect(self.show_own_enrolment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.own_file_button)
        buttons.addWidget(self.enrol_note)
        buttons.addStretch(1)
        buttons.addWidget(self._build_role())
        buttons.addSpacing(12)
        buttons.addWidget(self.own_fingerprint)
        column = QVBoxLayout(box)
        column.addWidget(intro)
        column.addWidget(self.no_peers)
        column.addWidget(self.peer_table, 1)
        column.addLayout(buttons)
        return box

    def _add_hub_panel(self) -> None:
        from stationdesk.ui.hub_status import HubStatusPanel

        self.hub_panel = HubStatusPanel(self._ctx, self)
        self.tabs.addTab(self.hub_panel, icon("reports"), self.tr("Stations' monthly reports"))

    def _build_role(self) -> QWidget:
        """What this PC is (station PC, district hub, trainer laptop): set once, by an administrator,
        before the first enrolment (its enrolment file says it)."""
        box = QWidget(objectName="roleBox")
        self.role_box = QComboBox(objectName="siteRole")
        for role in ("station", "hub", "trainer"):
            self.role_box.addItem(site_role(role), role)
        self.role_box.setCurrentIndex(max(0, self.role_box.findData(hub.local_role(self._ctx))))
        self.role_box.setToolTip(
            self.tr("Choose before enrolling with other PCs: the enrolment file tells them what this PC is.")
        )
        self.role_box.currentIndexChanged.connect(self._role_chosen)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("This PC is:")))
        row.addWidget(self.role_box)
        box.setVisible(self.may_enrol)
        return box

    def _role_chosen(self) -> None:
        role = self.role_box.currentData()
        try:
            hub.set_local_role(self._ctx, role)
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return
        note = fmt(self.tr("This PC is now a %1."), site_role(role))
        if self.peers():
            note += " " + self.tr("The PCs enrolled before should enrol this PC again, so that they know.")
        self.message.show_info(note)
        if role == "hub" and self.hub_panel is None:
            self._add_hub_panel()
            self.refresh()

    # -- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the sites, the conflicts and (on a hub) the matrix again."""
        rows: list[PeerRow] = []
        try:
            rows = sync.peers(self._ctx) if self.may_read else []
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
        self.peer_model.set_rows(rows)
        self.no_peers.setVisible(not rows)
        self.tabs.setTabText(0, fmt(self.tr("Enrolled sites (%1)"), len(rows)))
        self.export_button.setEnabled(not self.progress.busy())
        self.import_button.setEnabled(not self.progress.busy())
        if self.may_read:
            self.conflicts.refresh()
        if self.hub_panel is not None:
            self.hub_panel.refresh()  # type: ignore[attr-defined]

    def peers(self) -> list[PeerRow]:
        return [
            row for number in range(self.peer_model.rowCount()) if (row := self.peer_model.row_at(number))
        ]

    def _conflicts_counted(self, count: int) -> None:
        self.tabs.setTabText(1, fmt(self.tr("Conflicts (%1)"), count))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.progress.busy():
            self.refresh()

    # -- enrolment -----------------------------------------------------------------------

    def enrol(self) -> None:
        """The enrol dialog: scan or paste the other PC's code, or choose its enrolment file."""
        if not self.may_enrol:
            return
        from stationdesk.ui.sync_enrol_dialog import EnrolSiteDialog

        dialog = EnrolSiteDialog(self._ctx, self)
        dialog.enrolled.connect(lambda _row: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _enrol_from(self, path: Path) -> None:
        try:
            row = sync.enrol(self._ctx, path)
        except (ServiceError, ValidationError, OSError) as error:
            self.message.show_problem(error)
            return
        self.message.show_info(
            fmt(
                self.tr(
                    "Enrolled %1 (%2, station %3). Check that its fingerprint %4 is the one its screen shows."
                ),
                row.name,
                site_role(row.role),
                row.station_code,
                row.fingerprint,
            )
        )
        self.refresh()

    def show_own_enrolment(self) -> None:
        if not self.may_enrol:
            return
        from stationdesk.ui.sync_enrolment_dialog import EnrolmentFileDialog

        try:
            dialog = EnrolmentFileDialog(self._ctx, self)
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    # -- export --------------------------------------------------------------------------

    def export(self) -> None:
        """Ask for whom and how, then for the folder; write the file in the background."""
        if not self.may_sync or self.progress.busy():
            return
        dialog = ExportDialog(self.peers(), self)
        dialog.chosen.connect(self._export_to_folder)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _export_to_folder(self, choice: ExportChoice) -> None:
        folder = choose_folder(self, self.tr("Where to write the file (e.g. the USB stick)"))
        if folder is None:
            return
        self.message.clear_message()

        def work(progress: sync.Progress) -> ExportResult:
            return sync.export_bundle(
                self._ctx,
                folder,
                peer_site_id=choice.peer_site_id,
                audience=choice.audience,
                full=choice.full,
                passphrase=choice.passphrase,
                progress=progress,
            )

        self._run(
            fmt(self.tr("Writing the file for %1…"), choice.label), work, lambda r: self._exported(r, choice)
        )

    def _exported(self, result: ExportResult, choice: ExportChoice) -> None:
        if result.changes == 0:
            held = self.tr("no changes: that site already has everything")
        else:
            largest = sorted(result.counts.items(), key=lambda item: (-item[1], item[0]))
            parts = [f"{record_kind(table)} {count}" for table, count in largest[:SHOWN_TABLES]]
            if len(largest) > SHOWN_TABLES:
                parts.append(self.tr("…"))
            held = fmt(self.tr("%1 changes (%2)"), result.changes, self.tr(", ").join(parts))
        lock = self.tr("a passphrase") if choice.passphrase else self.tr("that site's key")
        self.message.show_info(
            fmt(
                self.tr("Written for %1: %2\nIt holds %3, locked with %4. Take it there and import it."),
                choice.label,
                str(result.path),
                held,
                lock,
            )
        )
        self.refresh()

    # -- import --------------------------------------------------------------------------

    def import_file(self) -> None:
        """A bundle (previewed, then applied), a receipt (recorded) or an enrolment file."""
        if not self.may_sync or self.progress.busy():
            return
        path = choose_sync_file(self, self.tr("Choose the file received"))
        if path is None:
            return
        self.message.clear_message()
        kind = sync.file_kind(path)
        if kind == "receipt":
            self._record_receipt(path)
        elif kind == "enrolment" and self.may_enrol:
            self._enrol_from(path)
        else:  # a bundle, or a file the service refuses with the reason
            self.preview(path)

    def _record_receipt(self, path: Path) -> None:
        try:
            result = sync.import_receipt(self._ctx, path)
        except (ServiceError, ValidationError, OSError) as error:
            self.message.show_problem(error)
            return
        self.message.show_info(
            fmt(
                self.tr("Receipt from %1 recorded: the next export for it carries only newer changes."),
                result.peer_name,
            )
            if result.moved
            else fmt(self.tr("This receipt from %1 was recorded before: nothing new."), result.peer_name)
        )
        self.refresh()

    def preview(self, path: Path, passphrase: str | None = None) -> None:
        """Verify the bundle and show what it would do (nothing written)."""

        def work(progress: sync.Progress) -> ImportPreview:
            return sync.preview_import(self._ctx, path, passphrase=passphrase, progress=progress)

        self._run(
            fmt(self.tr("Checking %1…"), path.name),
            work,
            lambda preview: self._show_preview(path, passphrase, preview),
            lambda error: self._ask_passphrase(path, error),
        )

    def _ask_passphrase(self, path: Path, error: BaseException) -> bool:
        """For a passphrase-locked file: ask for it (again after a wrong one). True if asked."""
        if getattr(error, "code", None) not in ASK_AGAIN:
            return False
        dialog = QInputDialog(self)
        dialog.setObjectName("passphraseDialog")
        dialog.setWindowTitle(self.tr("Passphrase"))
        wrong = getattr(error, "code", None) == "bundle.wrong_passphrase"
        dialog.setLabelText(
            self.tr("That passphrase does not open the file. Please type it again:")
            if wrong
            else self.tr("This file is locked with a passphrase. Please type the passphrase you were told:")
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(lambda text: self.preview(path, text))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return True

    def _show_preview(self, path: Path, passphrase: str | None, preview: ImportPreview) -> None:
        dialog = ImportPreviewDialog(preview, self)
        dialog.accepted.connect(lambda: self.apply(path, passphrase, preview.sender_name))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def apply(self, path: Path, passphrase: str | None, sender: str) -> None:
        """Import the bundle (one transaction) and write the receipt beside it."""

        def work(progress: sync.Progress) -> ImportResult:
            return sync.import_bundle(self._ctx, path, passphrase=passphrase, progress=progress)

        self._run(fmt(self.tr("Importing the file from %1…"), sender), work, self._imported)

    def _imported(self, result: ImportResult) -> None:
        words = count_words()
        counts = self.tr(", ").join(
            f"{words[key][0]} {result.counts.get(key, 0)}" for key in words if result.counts.get(key, 0)
        )
        if result.already:
            done = fmt(self.tr("This file from %1 was imported before: nothing changed."), result.sender_name)
        else:
            done = fmt(self.tr("Imported from %1: %2."), result.sender_name, counts or self.tr("nothing new"))
        lines = [done]
        if result.receipt_path is not None:
            lines.append(
                fmt(
                    self.tr("A receipt for %1 was written: %2 — take it back and import it there."),
                    result.sender_name,
                    str(result.receipt_path),
                )
            )
        elif result.receipt_error:
            lines.append(
                fmt(
                    self.tr("The import is done, but the receipt could not be written: %1"),
                    message(result.receipt_error),
                )
            )
        if result.counts.get("conflicts", 0):
            lines.append(self.tr("Some values were changed on both sides: see the Conflicts tab."))
        if result.settled:
            lines.append(
                fmt(self.tr("%1 conflict(s) were resolved on another PC: closed here too."), result.settled)
            )
        if result.relayed:
            lines.append(relayed_words(result.relayed))
        self.message.show_info("\n".join(lines))
        self.refresh()
        self.conflicts.show_settled(result.settled)
        if result.counts.get("conflicts", 0):
            self.tabs.setCurrentWidget(self.conflicts)

    # -- running -------------------------------------------------------------------------

    def _run(self, text, work, on_done, on_refused=None) -> None:  # type: ignore[no-untyped-def]
        """``work(progress)`` in the background; ``on_done(result)``, or the refusal shown (after
        ``on_refused(error)`` had its chance: it returns True when it dealt with it)."""
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)

        def done(value: object) -> None:
            self._disconnect(done, failed)
            on_done(value)
            self.job_finished.emit()

        def failed(error: BaseException) -> None:
            self._disconnect(done, failed)
            self.refresh()
            if isinstance(error, Cancelled):
                self.message.show_info(self.tr("Cancelled: nothing was written."))
            elif isinstance(error, (ServiceError, ValidationError, OSError)):
                if on_refused is None or not on_refused(error):
                    self.message.show_problem(error)
            else:
                self.job_finished.emit()
                raise error
            self.job_finished.emit()

        self.progress.succeeded.connect(done)
        self.progress.failed.connect(failed)
        self.progress.start(text, work)

    def _disconnect(self, done, failed) -> None:  # type: ignore[no-untyped-def]
        self.progress.succeeded.disconnect(done)
        self.progress.failed.disconnect(failed)
        self.export_button.setEnabled(True)
        self.import_button.setEnabled(True)
