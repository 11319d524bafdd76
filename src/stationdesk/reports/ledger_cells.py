"""Small cell texts the ledgers share."""

from __future__ import annotations

from datetime import datetime


def clock(when: datetime | None) -> str:
    """ "09:05", or "" for no time."""
    return when.strftime("%H:%M") if when else ""
