"""18-digit Chinese resident ID numbers (公民身份号码, GB 11643-1999).

Layout: 6-digit area code, 8-digit birth date (YYYYMMDD), 3-digit sequence (odd for men),
1 check character (ISO 7064 MOD 11-2, ``X`` stands for 10). Foreign permanent residence ID
cards issued since 2023 share the layout but start with ``9`` and carry no county code.
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass
from datetime import date

from stdnum import numdb

from stationdesk.domain.errors import ValidationError

ID_LENGTH = 18

# The weight of position i is 2**(17 - i) mod 11; the check character makes the weighted sum
# of all 18 positions congruent to 1 mod 11.
_WEIGHTS: tuple[int, ...] = tuple(pow(2, ID_LENGTH - 1 - i, 11) for i in range(ID_LENGTH - 1))
_CHECK_CHARS = "10X98765432"  # indexed by (weighted sum of the first 17 digits) mod 11

# Full-width digits and Latin letters (U+FF10..U+FF5A) typed with a Chinese IME.
_FULL_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF5B) if chr(cp - 0xFEE0).isalnum()}

JIAXING_AREA_CODES: dict[str, str] = {
    "330402": "南湖区",
    "330411": "秀洲区",
    "330421": "嘉善县",
    "330424": "海盐县",
    "330481": "海宁市",
    "330482": "平湖市",
    "330483": "桐乡市",
}

# Codes that are issued in practice but missing from python-stdnum's cn/loc database (2.2).
# A real resident's number must never be refused because of a gap in that scraped table.
_AREA_SUPPLEMENT: dict[str, str] = {
    "330113": "临平区",  # Hangzhou, split from 余杭区 in 2021
    "330114": "钱塘区",  # Hangzhou, replaced 江干区 in 2021
    "830000": "台湾居民居住证",  # residence permits for Taiwan residents (2018)
}


@dataclass(frozen=True, slots=True)
class IdNumberInfo:
    """What a valid ID number tells us; derived once so callers never re-slice strings."""

    number: str
    area_code: str
    birth_date: date
    sex: str  # "M" or "F"
    is_foreign_permanent: bool


def normalize_id_number(raw: str) -> str:
    """Canonical form as stored: no whitespace, ASCII digits, upper-case ``X``.

    Clerks copy numbers from scans and type them with Chinese IMEs, so full-width digits,
    a lower-case ``x`` and stray (also ideographic) spaces are common and harmless.
    """
    text = raw.translate(_FULL_WIDTH)
    return "".join(ch for ch in text if not ch.isspace()).upper()


def check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits of an ID number."""
    if len(first17) != ID_LENGTH - 1 or not _is_ascii_digits(first17):
        raise ValueError("check_char expects exactly 17 ASCII digits")
    total = sum(map(operator.mul, map(int, first17), _WEIGHTS))
    return _CHECK_CHARS[total % 11]


def make_id_number(area_code: str, birth: date, sequence: int) -> str:
    """Build a valid number; used by the demo data generator and by tests.

    An odd ``sequence`` gives a man, an even one a woman, as on real cards.
    """
    if len(area_code) != 6 or not _is_ascii_digits(area_code):
        raise ValueError("area_code must be 6 ASCII digits")
    if not 0 <= sequence <= 999:
        raise ValueError("sequence must be in 0..999")
    if birth.year < 1000:
        raise ValueError("birth year must have four digits")
    first17 = f"{area_code}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)


def parse_id_number(raw: str, today: date | None = None) -> IdNumberInfo:
    """Validate ``raw`` and return its parts, or raise ValidationError with a stable code.

    Checks run from the cheapest and most likely typo to the rarest: a single mistyped digit
    is reported as ``id.checksum`` rather than as an odd date or area.
    """
    number = normalize_id_number(raw)
    if not number:
        raise ValidationError("id.empty", "ID number is empty")
    if len(number) != ID_LENGTH:
        raise ValidationError(
            "id.length",
            f"ID number must have {ID_LENGTH} characters, got {len(number)}",
            {"length": len(number), "expected": ID_LENGTH},
        )
    body, last = number[:-1], number[-1]
    if not _is_ascii_digits(body) or not (last == "X" or _is_ascii_digits(last)):
        bad = next(
            i for i, ch in enumerate(number) if not (_is_ascii_digits(ch) or (ch == "X" and i == len(body)))
        )
        raise ValidationError(
            "id.chars",
            f"ID number has an invalid character at position {bad + 1}",
            {"position": bad + 1},
        )
    expected = check_char(body)
    if last != expected:
        raise ValidationError(
            "id.checksum", f"ID number check character should be {expected}", {"expected": expected}
        )

    birth = _birth_date(number)
    today = today or date.today()
    if birth > today:
        raise ValidationError(
            "id.future",
            "ID number birth date is in the future",
            {"today": today.isoformat()},
        )

    area = number[:6]
    foreign = number[0] == "9"
    if not foreign and not is_known_area_code(area):
        raise ValidationError("id.area", f"Unknown area code {area}", {"area_code": area})

    sex = "M" if int(number[16]) % 2 == 1 else "F"
    return IdNumberInfo(
        number=number, area_code=area, birth_date=birth, sex=sex, is_foreign_permanent=foreign
    )


def is_known_area_code(code: str) -> bool:
    """True if ``code`` was a county/district code in any period.

    The validity period is deliberately ignored: numbers are kept for life, counties are
    renamed and merged, and registration can differ from the birth year.
    """
    return area_name(code) is not None


@functools.cache
def area_name(code: str) -> str | None:
    """Most recent name of the county/district for a 6-digit area code, or None if unknown.

    Cached because the numdb lookup costs ~60 µs and the demo generator parses 50k numbers
    drawn from a handful of codes.
    """
    if code in _AREA_SUPPLEMENT:
        return _AREA_SUPPLEMENT[code]
    if len(code) != 6 or not _is_ascii_digits(code):
        return None
    counties = [props["county"] for _, props in numdb.get("cn/loc").info(code) if "county" in props]
    if not counties:
        return None
    # e.g. "[1983-1992]城区,[1993-2004]秀城区,[2005-]南湖区": the last entry is the current name.
    latest = counties[-1].split(",")[-1]
    return latest.split("]", 1)[1] if latest.startswith("[") else latest


def _birth_date(number: str) -> date:
    digits = number[6:14]
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise ValidationError("id.birth_date", "ID number does not contain a valid birth date") from None
    if birth.year < 1900:
        raise ValidationError("id.birth_date", "ID number birth year is before 1900", {"min_year": 1900})
    return birth


def _is_ascii_digits(text: str) -> bool:
    # str.isdigit() accepts superscripts and other scripts' digits; IDs are ASCII only.
    return text.isascii() and text.isdigit()
