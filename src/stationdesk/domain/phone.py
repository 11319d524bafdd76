"""Mainland China mobile numbers, the only contact numbers the station records.

Landlines are out of scope on purpose: SMS reminders need a mobile, and landline formats
(area codes, extensions) would make duplicate detection unreliable.
"""

from __future__ import annotations

import re

from stationdesk.domain.errors import ValidationError

_MOBILE = re.compile(r"1[3-9][0-9]{9}")
# Separators people type or paste: spaces (incl. ideographic), ASCII/full-width/Unicode dashes.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212\uff0d]+")
# Full-width digits and plus sign from Chinese IMEs.
_FULL_WIDTH = {cp: cp - 0xFEE0 for cp in (*range(0xFF10, 0xFF1A), 0xFF0B)}


def normalize_phone(raw: str) -> str:
    """Return the bare 11-digit mobile number, or raise ValidationError ``phone.format``.

    Accepts separators, full-width digits and a +86 / 0086 / 86 country prefix, so the same
    phone always compares equal in the database whatever the clerk typed.
    """
    text = _SEPARATORS.sub("", raw.translate(_FULL_WIDTH))
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086") and len(text) == 15:
        text = text[4:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    if not text.isascii() or _MOBILE.fullmatch(text) is None:
        raise ValidationError("phone.format", "Not a mainland China mobile number")
    return text


def is_valid_phone(raw: str) -> bool:
    """Cheap predicate for live input feedback, where an exception per keystroke is noise."""
    try:
        normalize_phone(raw)
    except ValidationError:
        return False
    return True
