"""A page for an area not built yet: it says so plainly and what it will do; it never shows fake data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from stationdesk.ui.icons import icon, names


def planned(key: str) -> str:
    """One sentence on what the area ``key`` will do, in the user's language."""
    sentences = {
        "volunteers": QCoreApplication.translate(
            "placeholder", "Here the station will register volunteers, their teams and their service hours."
        ),
        "training": QCoreApplication.translate(
            "placeholder", "Here the station will plan trainings and record who attended them."
        ),
    }
    return sentences.get(key, "")


class PlaceholderPage(QWidget):
    """The honest page for ``key``: its title, "comes in a later version", and one sentence."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"placeholder-{key}")
        picture = QLabel()
        picture.setPixmap(icon(key if key in names() else "info").pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = QLabel(self.tr("This area comes in a later version of StationDesk."))
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.description = QLabel(planned(key))
        self.description.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(picture)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(self.notice)
        layout.addWidget(self.description)
        layout.addStretch(3)

    def text(self) -> str:
        """What the page says, for tests and screen readers."""
        return f"{self.notice.text()} {self.description.text()}"
