"""Short codes that people type or scan: a referral's tracking code, a participant's sign-in code.

Six characters from an alphabet without look-alikes and a check character: a code read off paper
is typed right, and a typo is caught before any lookup.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from stationdesk.domain.errors import ValidationError

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
"""31 characters without the look-alikes 0/O, 1/I/L, so a code read off paper is typed right."""
BODY_LENGTH = 6
CODE_LENGTH = BODY_LENGTH + 1
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}


def _check_character(body: str) -> str:
    # Weighted sum modulo a prime alphabet size: catches every single wrong character and every
    # swap of two neighbours (weights 1..n are distinct and non-zero modulo 31).
    total = sum((i + 1) * _VALUE[ch] for i, ch in enumerate(body))
    return ALPHABET[total % len(ALPHABET)]


def new_code(choice: Callable[[str], str] = secrets.choice) -> str:
    """A random 6-character code plus a check character, e.g. ``K7M2QX4``."""
    body = "".join(choice(ALPHABET) for _ in range(BODY_LENGTH))
    return body + _check_character(body)


def folded(raw: str) -> str:
    """Upper case, spaces and dashes dropped, full-width characters folded (a Chinese IME types them)."""
    text = "".join(ch for ch in raw.upper() if ch not in " -\t")
    return text.translate({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}).upper()


def looks_like_code(raw: str) -> bool:
    """Whether ``raw`` is a well-formed code (right length, alphabet and check character)."""
    text = folded(raw)
    return (
        len(text) == CODE_LENGTH
        and all(ch in _VALUE for ch in text)
        and _check_character(text[:-1]) == text[-1]
    )


def normalize_code(raw: str, kind: str) -> str:
    """The code in canonical form; raises ``<kind>.code_format`` or ``<kind>.code_checksum``."""
    text = folded(raw)
    if len(text) != CODE_LENGTH or any(ch not in _VALUE for ch in text):
        raise ValidationError(f"{kind}.code_format", "not a code", {"length": CODE_LENGTH})
    if _check_character(text[:-1]) != text[-1]:
        raise ValidationError(f"{kind}.code_checksum", "the code has a typo")
    return text
