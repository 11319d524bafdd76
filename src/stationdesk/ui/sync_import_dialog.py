"""What a received bundle would do, shown before anything is written: who sent it, when, and how
many records would be new, updated, unchanged, in conflict or refused. Apply / Cancel.

The preview is the service's verified dry run (services/sync.preview_import); the dialog counts
nothing itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services.sync import COUNT_KEYS, ImportPreview
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.sync_words import audience_contents, moment
from stationdesk.ui.text import fmt


def count_words() -> dict[str, tuple[str, str]]:
    """Each count's name and what it means, for the preview and the result."""

    return {
        "new": (
            QCoreApplication.translate("sync_counts", "New"),
            QCoreApplication.translate("sync_counts", "records this PC does not have yet"),
        ),
        "updated": (
            QCoreApplication.translate("sync_counts", "Updated"),
            QCoreApplication.translate("sync_counts", "records that get a newer value"),
        ),
        "unchanged": (
            QCoreApplication.translate("sync_counts", "Unchanged"),
            QCoreApplication.translate("sync_counts", "already the same here"),
        ),
        "conflicts": (
            QCoreApplication.translate("sync_counts", "Conflicts"),
            QCoreApplication.translate("sync_counts", "changed on both sides: you choose afterwards"),
        ),
        "refused": (
            QCoreApplication.translate("sync_counts", "Refused"),
            QCoreApplication.translate("sync_counts", "changes this site may not send: left out"),
        ),
    }


def relayed_words(count: int) -> str:
    """Why changes from a trainer laptop or hub were refused: they were other sites' records."""
    return fmt(
        QCoreApplication.translate(
            "sync_counts",
            "%1 of the refused changes are other PCs' records that this trainer laptop or hub passed on. "
            "It holds them only in part (without ID numbers, needs or notes), so they come only from the "
            "PCs that wrote them: exchange files with those directly.",
        ),
        count,
    )


class ImportPreviewDialog(QDialog):
    """``accepted`` means Apply."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import a file"))
        self.preview = preview
        heading = QLabel(fmt(self.tr("A file from %1"), preview.sender_name), objectName="previewSender")
        emphasise(heading, 1.3)
        facts = QFormLayout()
        facts.addRow(self.tr("Station"), QLabel(preview.sender_station))
        facts.addRow(self.tr("Written"), QLabel(moment(preview.created_at)))
        facts.addRow(self.tr("Holds"), QLabel(audience_contents(preview.audience)))
        facts.addRow(self.tr("Changes in the file"), QLabel(str(preview.changes)))
        self.count_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for row, key in enumerate(COUNT_KEYS):
            name, meaning = count_words()[key]
            number = QLabel(str(preview.counts.get(key, 0)), objectName=f"count-{key}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            emphasise(number, 1.2)
            if key == "conflicts" and preview.counts.get(key, 0):
                number.setStyleSheet("color: #b3261e;")
            self.count_labels[key] = number
            grid.addWidget(number, row, 0)
            grid.addWidget(QLabel(f"<b>{name}</b>"), row, 1)
            explanation = QLabel(meaning)
            explanation.setStyleSheet("color: #5f6368;")
            grid.addWidget(explanation, row, 2)
        grid.setColumnStretch(2, 1)
        self.relayed = QLabel(relayed_words(preview.relayed), objectName="previewRelayed")
        self.relayed.setWordWrap(True)
        self.relayed.setVisible(bool(preview.relayed))
        self.verdict = QLabel(objectName="previewVerdict")
        self.verdict.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyImport")
        if preview.already:
            self.verdict.setText(
                self.tr(
                    "Everything in this file is already on this PC: importing it again changes "
                    "nothing (a receipt for the sender is written again)."
                )
            )
        else:
            self.verdict.setText(
                self.tr("Nothing has been written yet. Import writes all of it at once, or nothing.")
            )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(facts)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.relayed)
        layout.addSpacing(8)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
