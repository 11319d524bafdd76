"""Draws the packaged images (the app icon and the demo station's logo) with Qt, so they can be
re-made or changed without an image editor. Run: python resources/make_images.py

Output goes to src/stationdesk/resources/, where the app reads them through importlib.resources.
The Windows icon (icons/stationdesk.ico: 16 to 256 px, for the .exe, the installer and its
shortcuts) is made from the app icon's PNG with Pillow.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parents[1] / "src" / "stationdesk" / "resources"
FONT = "WenQuanYi Micro Hei"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # what Windows picks from for lists, tiles and the desktop


def _canvas(size: int) -> tuple[QImage, QPainter]:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return image, painter


def _character(painter: QPainter, size: int, text: str, pixel_size: int) -> None:
    font = QFont(FONT)
    font.setPixelSize(pixel_size)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size * 0.97), Qt.AlignmentFlag.AlignCenter, text)


def app_icon(size: int = 256) -> QImage:
    """StationDesk: a teal rounded square with 站 (station)."""
    image, painter = _canvas(size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#00796b"))
    painter.drawRoundedRect(QRectF(8, 8, size - 16, size - 16), size * 0.18, size * 0.18)
    _character(painter, size, "站", int(size * 0.55))
    painter.end()
    return image


def demo_logo(size: int = 128) -> QImage:
    """The demo station's logo: a red seal-like disc with 社 (social work)."""
    image, painter = _canvas(size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c62828"))
    painter.drawEllipse(QRectF(4, 4, size - 8, size - 8))
    painter.setPen(QPen(QColor("white"), 4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(14, 14, size - 28, size - 28))
    _character(painter, size, "社", int(size * 0.47))
    painter.end()
    return image


def windows_icon(png: Path, ico: Path) -> None:
    """The app icon as a Windows .ico holding every size in ICO_SIZES, scaled from ``png``."""
    from PIL import Image  # Pillow (reportlab's dependency): Qt writes a single-size .ico only

    with Image.open(png) as image:
        square = image.convert("RGBA")
    largest = max(ICO_SIZES)
    if square.size != (largest, largest):
        square = square.resize((largest, largest), Image.Resampling.LANCZOS)
    square.save(ico, format="ICO", sizes=[(size, size) for size in ICO_SIZES])


def main() -> None:
    _app = QGuiApplication([])
    (OUT / "icons").mkdir(parents=True, exist_ok=True)
    (OUT / "demo").mkdir(parents=True, exist_ok=True)
    app_icon().save(str(OUT / "icons" / "stationdesk.png"))
    windows_icon(OUT / "icons" / "stationdesk.png", OUT / "icons" / "stationdesk.ico")
    demo_logo().save(str(OUT / "demo" / "station-logo.png"))


if __name__ == "__main__":
    main()
