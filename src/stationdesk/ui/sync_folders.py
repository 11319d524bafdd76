"""Where sync files go and come from: a folder (usually a USB stick) for what this PC writes, a
file for what it reads. Tests replace QFileDialog's static functions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from stationdesk.sync.files import BUNDLE_SUFFIX, ENROLMENT_SUFFIX, RECEIPT_SUFFIX
from stationdesk.ui.save_file import documents_dir
from stationdesk.ui.text import fmt


def choose_folder(parent: QWidget, title: str) -> Path | None:
    """A folder to write into; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(documents_dir()))
    return Path(chosen) if chosen else None


def choose_sync_file(parent: QWidget, title: str, *, enrolment: bool = False) -> Path | None:
    """A received file to read: a bundle or a receipt (``enrolment``: an enrolment file)."""
    if enrolment:
        wanted = fmt(QCoreApplication.translate("sync_files", "Enrolment files (*%1)"), ENROLMENT_SUFFIX)
    else:
        wanted = fmt(
            QCoreApplication.translate("sync_files", "Sync files (*%1 *%2)"), BUNDLE_SUFFIX, RECEIPT_SUFFIX
        )
    everything = QCoreApplication.translate("sync_files", "All files (*)")
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, title, str(documents_dir()), f"{wanted};;{everything}"
    )
    return Path(chosen) if chosen else None
