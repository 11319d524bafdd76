"""Mainland mobile number normalization."""

from __future__ import annotations

import pytest

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.phone import is_valid_phone, normalize_phone


@pytest.mark.parametrize(
    "raw",
    [
        "13812345678",
        " 13812345678 ",
        "138 1234 5678",
        "138-1234-5678",
        "138\u30001234\u30005678",  # ideographic spaces
        "138－1234－5678",  # full-width hyphen-minus
        "138–1234–5678",  # en dash pasted from a document
        "+8613812345678",
        "+86 138 1234 5678",
        "+86-138-1234-5678",
        "8613812345678",
        "86 138 1234 5678",
        "008613812345678",
        "0086 138 1234 5678",
        "１３８１２３４５６７８",
        "＋８６ １３８ １２３４ ５６７８",
    ],
)
def test_valid_forms(raw: str) -> None:
    assert normalize_phone(raw) == "13812345678"


@pytest.mark.parametrize("prefix", ["13", "14", "15", "16", "17", "18", "19"])
def test_all_mobile_prefixes(prefix: str) -> None:
    number = prefix + "912345678"
    assert normalize_phone(number) == number
    assert is_valid_phone(number)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "1381234567",  # 10 digits
        "138123456789",  # 12 digits
        "12812345678",  # 12x is not a mobile prefix
        "11812345678",
        "10086123456",
        "23812345678",
        "0573-82345678",  # Jiaxing landline
        "057382345678",
        "82345678",
        "+86 573 8234 5678",
        "+1 138 1234 5678",
        "+8513812345678",
        "861381234567",  # 86 + 10 digits
        "86813812345678",
        "(138)12345678",
        "138.1234.5678",
        "1381234567８a",
        "١٣٨١٢٣٤٥٦٧٨",  # Arabic-Indic digits are digits, but not ours
        "13812345678 ext 1",
    ],
)
def test_invalid(raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalize_phone(raw)
    assert info.value.code == "phone.format"
    assert not is_valid_phone(raw)


def test_error_does_not_leak_the_number() -> None:
    with pytest.raises(ValidationError) as info:
        normalize_phone("0573-82345678")
    assert "82345678" not in str(info.value)
    assert info.value.params == {}
