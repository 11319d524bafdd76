"""Display masking of ID and phone numbers."""

from __future__ import annotations

import pytest

from stationdesk.domain.masking import mask_id_number, mask_phone


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("330482199001011234", "330482********1234"),
        ("11010519491231002X", "110105********002X"),
        ("330482900101123", "330482*****1123"),  # 15-digit first-generation number
        (" 330482199001011234 ", "330482********1234"),
        ("12345678901", "123456*8901"),
        ("1234567890", "*********0"),  # too short to keep both ends: only the last char
        ("12345", "****5"),
        ("7", "7"),
        ("", ""),
        ("   ", ""),
        (None, ""),
    ],
)
def test_mask_id_number(raw: str | None, masked: str) -> None:
    assert mask_id_number(raw) == masked


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("13812345678", "138****5678"),
        ("19900001111", "199****1111"),
        ("12345678", "123*5678"),
        ("1234567", "******7"),
        ("12", "*2"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_phone(raw: str | None, masked: str) -> None:
    assert mask_phone(raw) == masked


def test_masked_length_is_preserved() -> None:
    for n in ("330482199001011234", "13812345678", "123"):
        assert len(mask_id_number(n)) == len(n)
        assert len(mask_phone(n)) == len(n)
