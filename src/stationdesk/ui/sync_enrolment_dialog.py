"""This PC's enrolment file (登记文件): the QR code another PC scans, the key fingerprint both people
compare, and Save to a folder (a USB stick) for a PC without a scanner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.services import sync
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.sync_folders import choose_folder
from stationdesk.ui.text import fmt

QR_SIZE = 360
"""Pixels of the shown code at most: scannable from the screen, the dialog still fits a laptop's."""


class EnrolmentFileDialog(QDialog):
    """Shows the QR code and fingerprint; ``saved`` carries the file written."""

    saved = Signal(object)  # Path

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolmentFileDialog")
        self.setWindowTitle(self.tr("This PC's enrolment file"))
        self._ctx = ctx
        _text, png = sync.enrolment_qr(ctx)
        self.fingerprint_text = sync.own_fingerprint(ctx)
        self.qr = QLabel(objectName="enrolmentQr")
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        if pixmap.width() > QR_SIZE:  # hard edges: a blurred code scans badly
            pixmap = pixmap.scaledToWidth(QR_SIZE, Qt.TransformationMode.FastTransformation)
        self.qr.setPixmap(pixmap)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation = QLabel(
            self.tr(
                "Another PC enrols this one by scanning this code, or by importing the enrolment file "
                "from a USB stick. Both people then compare the fingerprint below on both screens."
            )
        )
        explanation.setWordWrap(True)
        caption = QLabel(self.tr("Key fingerprint of this PC"))
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint = QLabel(self.fingerprint_text, objectName="enrolmentFingerprint")
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = emphasise(self.fingerprint, 1.4)
        font.setFamily("monospace")
        self.fingerprint.setFont(font)
        self.message = InlineMessage(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("Save to a folder or USB stick…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("saveEnrolment")
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.qr)
        layout.addWidget(caption)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def save(self) -> Path | None:
        folder = choose_folder(self, self.tr("Save the enrolment file to"))
        if folder is None:
            return None
        try:
            path = sync.enrolment_file(self._ctx, folder)
        except (ValidationError, ServiceError, OSError) as error:
            self.message.show_problem(error)
            return None
        self.message.show_info(fmt(self.tr("Saved: %1"), str(path)))
        self.saved.emit(path)
        return path
