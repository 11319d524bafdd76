"""Text fields as forms send them: trimmed, or made one line, and refused (``code``) when longer
than their column."""

from __future__ import annotations

from stationdesk.domain.errors import ValidationError


def trimmed(value: str, code: str, maximum: int) -> str:
    """Without surrounding spaces (inner line breaks kept: a note, findings)."""
    return _within(value.strip(), code, maximum)


def one_line(value: str, code: str, maximum: int) -> str:
    """Every run of spaces and line breaks made one space (a name, a venue, a contact)."""
    return _within(" ".join(value.split()), code, maximum)


def _within(value: str, code: str, maximum: int) -> str:
    if len(value) > maximum:
        raise ValidationError(code, f"at most {maximum} characters", {"max": maximum})
    return value
