"""Enrolling another site (登记站点): scan the QR code its screen shows, paste the code, or choose
the enrolment file it saved on a USB stick.

Front-desk barcode scanners read a QR code off a screen and type its text as keystrokes ending with
Enter; the code is one line of ASCII (sync/enrolment_file.py), so the scan box takes it like typing.
The box accepts no input-method composition (a Chinese IME would swallow a scanner's keystrokes).
After enrolling, the dialog shows the site's name, role and key fingerprint, which the person
compares with the fingerprint on the other PC's screen. A code read partly or wrongly is refused
with a sentence from ui/messages.py and nothing is written (services/sync.enrol_text).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.services import sync
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.sync import PeerRow
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.sync_folders import choose_sync_file
from stationdesk.ui.sync_words import site_role

CODE_MAX = 4096
"""The longest text the box takes (a code is about 250 characters)."""


class EnrolSiteDialog(QDialog):
    """``enrolled`` carries the PeerRow of each site enrolled while the dialog is open."""

    enrolled = Signal(object)  # PeerRow

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolSiteDialog")
        self.setWindowTitle(self.tr("Enrol a site"))
        self._ctx = ctx
        how = QLabel(
            self.tr(
                "On the other PC open Sync and click “This PC's enrolment file…”. Scan the QR code it "
                "shows with the barcode scanner, or paste the code into the box and press Enter. "
                "Without a scanner, choose the enrolment file it saved on a USB stick."
            )
        )
        how.setWordWrap(True)
        self.code = QLineEdit(objectName="enrolCode")
        self.code.setPlaceholderText(self.tr("Scan or paste the code here"))
        self.code.setMaxLength(CODE_MAX)
        self.code.setClearButtonEnabled(True)
        # A scanner types ASCII: keep an active Chinese input method from composing its keystrokes.
        self.code.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.code.setInputMethodHints(
            Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.code.returnPressed.connect(self.enrol_code)
        self.code.textChanged.connect(lambda text: self.enrol_button.setEnabled(bool(text.strip())))
        self.enrol_button = QPushButton(icon("scan"), self.tr("Enrol"), objectName="enrolCodeButton")
        self.enrol_button.setEnabled(False)
        self.enrol_button.clicked.connect(self.enrol_code)
        self.file_button = QPushButton(icon("open"), self.tr("From a file…"), objectName="enrolFileButton")
        self.file_button.clicked.connect(self.choose_file)
        self.message = InlineMessage(self)
        self.message.setObjectName("enrolMessage")
        self.result = self._result_box()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.enrol_button, self.file_button, *buttons.buttons()):
            button.setAutoDefault(False)  # Enter in the box enrols once, through returnPressed only
            button.setDefault(False)

        scan_row = QHBoxLayout()
        scan_row.addWidget(self.code, 1)
        scan_row.addWidget(self.enrol_button)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Or:")))
        file_row.addWidget(self.file_button)
        file_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(how)
        layout.addSpacing(4)
        layout.addLayout(scan_row)
        layout.addLayout(file_row)
        layout.addWidget(self.message)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.code.setFocus()

    def _result_box(self) -> QFrame:
        box = QFrame(objectName="enrolledSite")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.enrolled_title = QLabel(objectName="enrolledTitle")
        emphasise(self.enrolled_title, 1.1)
        self.site_name = QLabel(objectName="enrolledName")
        self.site_role = QLabel(objectName="enrolledRole")
        self.site_station = QLabel(objectName="enrolledStation")
        self.site_fingerprint = QLabel(objectName="enrolledFingerprint")
        self.site_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = emphasise(self.site_fingerprint, 1.4)
        font.setFamily("monospace")
        self.site_fingerprint.setFont(font)
        for label in (self.site_name, self.site_station):
            label.setWordWrap(True)
        compare = QLabel(
            self.tr(
                "Compare this fingerprint with the one on the other PC's screen. If they differ, "
                "do not exchange files with it and tell the administrator."
            )
        )
        compare.setWordWrap(True)
        compare.setStyleSheet("color: #5f6368;")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.site_name)
        form.addRow(self.tr("Kind"), self.site_role)
        form.addRow(self.tr("Station"), self.site_station)
        form.addRow(self.tr("Key fingerprint"), self.site_fingerprint)
        column = QVBoxLayout(box)
        column.addWidget(self.enrolled_title)
        column.addLayout(form)
        column.addWidget(compare)
        box.hide()
        return box

    # -- enrolling -----------------------------------------------------------------------

    def enrol_code(self) -> PeerRow | None:
        """Enrol from the scanned or pasted text; a refusal is shown and nothing is written."""
        text = self.code.text()
        if not text.strip():
            return None
        try:
            row = sync.enrol_text(self._ctx, text)
        except (ServiceError, ValidationError) as error:
            self._refused(error)
            self.code.selectAll()  # the next scan replaces the bad text
            self.code.setFocus()
            return None
        self.code.clear()
        return self._enrolled(row)

    def choose_file(self) -> PeerRow | None:
        path = choose_sync_file(self, self.tr("Choose the other PC's enrolment file"), enrolment=True)
        return self.enrol_file(path) if path is not None else None

    def enrol_file(self, path: Path) -> PeerRow | None:
        try:
            row = sync.enrol(self._ctx, path)
        except (ServiceError, ValidationError, OSError) as error:
            self._refused(error)
            return None
        return self._enrolled(row)

    def _refused(self, error: BaseException) -> None:
        self.result.hide()
        self.message.show_problem(error)
        self._fit()

    def _fit(self) -> None:
        """Grow to show the message or the enrolled site whole (a shown dialog keeps its size)."""
        self.layout().activate()
        width = self.width()
        height = self.layout().totalHeightForWidth(width)
        if height > self.height():
            self.resize(width, height)

    def _enrolled(self, row: PeerRow) -> PeerRow:
        self.message.clear_message()
        self.enrolled_title.setText(self.tr("Enrolled: its files are accepted from now on."))
        self.site_name.setText(row.name)
        self.site_role.setText(site_role(row.role))
        self.site_station.setText(row.station_code)
        self.site_fingerprint.setText(row.fingerprint)
        self.result.show()
        self._fit()
        self.code.setFocus()
        self.enrolled.emit(row)
        return row
