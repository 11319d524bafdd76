"""Save a file a service writes (an .xlsx list, a PDF) where the user chooses.

The file dialog suggests a name in the user's documents folder; the service writes it (atomically,
so a refusal or a full disk leaves no half file) and the caller says where it went.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.services.errors import ServiceError


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def choose_path(parent: QWidget, title: str, *, suggested_name: str, file_filter: str) -> Path | None:
    """Ask where to save (the suggested name's suffix is added when the user typed none); None
    when cancelled. For work that writes in the background, which cannot happen inside the dialog."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(documents_dir() / suggested_name), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    wanted = Path(suggested_name).suffix
    if wanted and path.suffix.lower() != wanted:
        path = path.with_name(path.name + wanted)
    return path


def save_as(
    parent: QWidget,
    write: Callable[[Path], object],
    title: str,
    *,
    suggested_name: str,
    file_filter: str,
    show_problem: Callable[[Exception], None],
) -> Path | None:
    """Ask where to save, then have ``write`` write there; None when cancelled or refused."""
    path = choose_path(parent, title, suggested_name=suggested_name, file_filter=file_filter)
    if path is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write(path)
    except (ValidationError, ServiceError, OSError) as error:
        show_problem(error)
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    return path
