"""Display masking of personal identifiers (GB/T 35273 de-identification practice).

Lists, printouts and exports show masked values by default; the full value is only shown
to roles that need it. Masking keeps enough to tell people apart at the front desk.
"""

from __future__ import annotations


def _mask(value: str | None, head: int, tail: int) -> str:
    text = (value or "").strip()
    if not text:
        return ""
    if len(text) <= head + tail:
        # Too short to keep both ends and still hide something: keep only the last char.
        return "*" * (len(text) - 1) + text[-1]
    return text[:head] + "*" * (len(text) - head - tail) + text[-tail:]


def mask_id_number(number: str | None) -> str:
    """Keep the area code (first 6) and the last 4, e.g. ``330482********1234``."""
    return _mask(number, 6, 4)


def mask_phone(phone: str | None) -> str:
    """Keep the carrier prefix (first 3) and the last 4, e.g. ``138****5678``."""
    return _mask(phone, 3, 4)
