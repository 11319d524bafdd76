"""The station profile form (name, code, district, address, phone, person in charge, logo): first-start
wizard and settings."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.roles import Action, may
from stationdesk.services import station
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.station import StationProfile
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_common import InlineMessage

LOGO_MAX_PIXELS = 256
PREVIEW_PIXELS = 96


def logo_png_from_file(path: str) -> bytes | None:
    """The image at ``path`` as PNG bytes at most 256 px wide and high; None if it is not an image."""
    image = QImage(path)
    if image.isNull():
        return None
    if image.width() > LOGO_MAX_PIXELS or image.height() > LOGO_MAX_PIXELS:
        image = image.scaled(
            LOGO_MAX_PIXELS,
            LOGO_MAX_PIXELS,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class StationForm(QWidget):
    """Edits a ``StationProfile``; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logo: bytes | None = None
        self.name = QLineEdit()
        self.name.setObjectName("stationName")
        self.name.setPlaceholderText(self.tr("e.g. 当湖街道社会工作站"))
        self.code = QLineEdit()
        self.code.setObjectName("stationCode")
        self.code.setPlaceholderText(self.tr("Letters, digits, - and _, e.g. PH-DH"))
        self.code.setMaxLength(32)
        self.district = QLineEdit()
        self.district.setObjectName("stationDistrict")
        self.address = QLineEdit()
        self.address.setObjectName("stationAddress")
        self.phone = QLineEdit()
        self.phone.setObjectName("stationPhone")
        self.person_in_charge = QLineEdit()
        self.person_in_charge.setObjectName("stationPersonInCharge")
        self.person_in_charge.setMaxLength(station.PERSON_MAX)
        self.person_in_charge.setPlaceholderText(self.tr("Signs the station's certificates, e.g. 张主任"))

        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(PREVIEW_PIXELS, PREVIEW_PIXELS)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("Choose logo..."))
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("Remove logo"))
        self.remove_button.clicked.connect(lambda: self.set_logo(None))
        self.logo_message = InlineMessage()
        logo_buttons = QVBoxLayout()
        logo_buttons.setAlignment(Qt.AlignmentFlag.AlignTop)
        logo_buttons.addWidget(self.choose_button)
        logo_buttons.addWidget(self.remove_button)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 0, Qt.AlignmentFlag.AlignTop)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Station name"), self.name)
        form.addRow(self.tr("Station code"), self.code)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Person in charge"), self.person_in_charge)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow("", self.logo_message)
        for edit in self._edits():
            edit.textChanged.connect(self.changed)
        self.set_logo(None)

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.code, self.district, self.address, self.phone, self.person_in_charge)

    def profile(self) -> StationProfile:
        return StationProfile(
            name=self.name.text(),
            code=self.code.text(),
            district=self.district.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            logo_png=self._logo,
            person_in_charge=self.person_in_charge.text(),
        )

    def set_profile(self, profile: StationProfile) -> None:
        self.name.setText(profile.name)
        self.code.setText(profile.code)
        self.district.setText(profile.district)
        self.address.setText(profile.address)
        self.phone.setText(profile.phone)
        self.person_in_charge.setText(profile.person_in_charge)
        self.set_logo(profile.logo_png)

    def logo(self) -> bytes | None:
        return self._logo

    def set_logo(self, logo_png: bytes | None) -> None:
        self._logo = logo_png
        pixmap = QPixmap()
        if logo_png and pixmap.loadFromData(logo_png):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_PIXELS - 8,
                    PREVIEW_PIXELS - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(icon("station").pixmap(48, 48))
        self.remove_button.setEnabled(logo_png is not None and self.choose_button.isEnabled())
        self.changed.emit()

    def load_logo_file(self, path: str) -> bool:
        """Takes the image at ``path`` as the logo (scaled down); False with a message if unreadable."""
        logo = logo_png_from_file(path)
        if logo is None:
            self.logo_message.show_error(self.tr("This file is not a picture StationDesk can read."))
            return False
        self.logo_message.clear_message()
        self.set_logo(logo)
        return True

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the station logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif)")
        )
        if path:
            self.load_logo_file(path)

    def set_read_only(self, read_only: bool) -> None:
        for edit in self._edits():
            edit.setReadOnly(read_only)
        self.choose_button.setEnabled(not read_only)
        self.choose_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        self.remove_button.setEnabled(not read_only and self._logo is not None)


class StationTab(QWidget):
    """The station profile in settings: editable by an administrator, read-only for the others."""

    saved = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        actor = ctx.actor
        self.editable = actor is not None and may(actor.role, Action.STATION_EDIT)
        self.form = StationForm()
        self.form.set_read_only(not self.editable)
        self.message = InlineMessage()
        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        self.save_button.setObjectName("saveStation")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.editable)
        note = QLabel(self.tr("Only an administrator can change the station profile."))
        note.setWordWrap(True)
        note.setVisible(not self.editable)
        self.form.changed.connect(self.message.clear_message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        profile = station.get_profile(self._ctx)
        if profile is not None:
            self.form.set_profile(profile)
        self.message.clear_message()

    def save(self) -> None:
        try:
            station.update_profile(self._ctx, self.form.profile())
        except ServiceError as error:
            self.message.show_problem(error)
            return
        self.reload()
        self.message.show_info(self.tr("The station profile has been saved."))
        self.saved.emit()
