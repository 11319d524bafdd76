"""Where StationDesk keeps its files on this PC (platformdirs), never in the program folder."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "StationDesk"
APP_AUTHOR = "StationDesk"


def data_dir() -> Path:
    """The per-user data folder; created on first use."""
    path = user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True)
    return path


def default_db_path() -> Path:
    """The embedded default database: one SQLite file in the user data folder."""
    return data_dir() / "stationdesk.sqlite3"
