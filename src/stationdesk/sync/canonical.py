"""Canonical JSON and strict field parsing for signed sync documents.

Canonical form: UTF-8, keys sorted, no whitespace, no floats (only str, int, bool, null, lists,
objects). A signature covers exactly these bytes, and a reader re-serialises what it parsed and
refuses the file unless the bytes are identical: one document has one encoding, so nothing
unsigned (whitespace, duplicate keys, key order, escapes) can ride along.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from stationdesk.sync.errors import BundleRefused

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
HLC_MAX = (1 << 63) - 1  # SQLite INTEGER
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def canonical_json(value: object) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("a sync timestamp must be timezone-aware")
    return moment.astimezone(UTC).strftime(_TIME_FORMAT)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def normalize_time(moment: datetime) -> datetime:
    """The moment as the canonical form keeps it: UTC, whole seconds."""
    if moment.tzinfo is None:
        raise ValueError("a sync timestamp must be timezone-aware")
    return moment.astimezone(UTC).replace(microsecond=0)


class Reader:
    """Parses one document strictly; every fault raises BundleRefused(``<prefix>.<fault>``).

    ``prefix`` is "bundle", "receipt" or "enrolment"; a malformed document is ``<prefix>.bad_<what>``
    with params {"field": ...} naming the first field at fault.
    """

    def __init__(self, prefix: str, what: str, noun: str) -> None:
        self.prefix = prefix
        self.code = f"{prefix}.bad_{what}"
        self.noun = noun

    def refuse(self, field: str, why: str) -> BundleRefused:
        return BundleRefused(self.code, f"The {self.noun} is malformed: {field} {why}.", {"field": field})

    def loads(self, data: bytes, *, field: str = "document") -> dict[str, object]:
        """The JSON object in ``data``, refused unless ``data`` is its canonical encoding."""

        def no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
            result = dict(pairs)
            if len(result) != len(pairs):
                raise ValueError("duplicate key")
            return result

        def no_float(text: str) -> object:
            raise ValueError("float")

        try:
            value = json.loads(
                data.decode("utf-8"),
                object_pairs_hook=no_duplicates,
                parse_float=no_float,
                parse_constant=no_float,
            )
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            raise self.refuse(field, "is not valid JSON") from error
        if not isinstance(value, dict):
            raise self.refuse(field, "is not a JSON object")
        if canonical_json(value) != data:
            raise self.refuse(field, "is not in canonical form")
        return value

    def exact_keys(self, document: Mapping[str, object], keys: set[str]) -> None:
        for key in sorted(set(document) - keys):
            raise self.refuse(key, "is not a known field")
        for key in sorted(keys - set(document)):
            raise self.refuse(key, "is missing")

    def text(self, document: Mapping[str, object], key: str, *, max_len: int, min_len: int = 1) -> str:
        value = document.get(key)
        if not isinstance(value, str):
            raise self.refuse(key, "is not text")
        if not min_len <= len(value) <= max_len or _CONTROL.search(value):
            raise self.refuse(key, "has a wrong length or a control character")
        return value

    def choice(self, document: Mapping[str, object], key: str, allowed: frozenset[str]) -> str:
        value = document.get(key)
        if not isinstance(value, str) or value not in allowed:
            raise self.refuse(key, "is not one of " + ", ".join(sorted(allowed)))
        return value

    def pattern(self, document: Mapping[str, object], key: str, regex: re.Pattern[str]) -> str:
        value = document.get(key)
        if not isinstance(value, str) or not regex.match(value):
            raise self.refuse(key, "has a wrong form")
        return value

    def uuid(self, document: Mapping[str, object], key: str) -> str:
        return self.pattern(document, key, UUID_RE)

    def integer(self, document: Mapping[str, object], key: str, *, maximum: int = HLC_MAX) -> int:
        value = document.get(key)
        return self._int(key, value, maximum)

    def _int(self, field: str, value: object, maximum: int) -> int:
        if type(value) is not int or not 0 <= value <= maximum:
            raise self.refuse(field, f"is not a whole number from 0 to {maximum}")
        return value

    def moment(self, document: Mapping[str, object], key: str) -> datetime:
        value = document.get(key)
        if not isinstance(value, str) or not _TIME_RE.match(value):
            raise self.refuse(key, "is not a UTC time")
        try:
            return datetime.strptime(value, _TIME_FORMAT).replace(tzinfo=UTC)
        except ValueError as error:
            raise self.refuse(key, "is not a real time") from error

    def mapping(
        self,
        document: Mapping[str, object],
        key: str,
        *,
        keys: Callable[[str], bool],
        value: Callable[[str, object], object],
        max_items: int,
    ) -> dict[str, object]:
        raw = document.get(key)
        if not isinstance(raw, dict) or len(raw) > max_items:
            raise self.refuse(key, f"is not an object of at most {max_items} entries")
        result: dict[str, object] = {}
        for name, item in raw.items():
            if not keys(name):
                raise self.refuse(key, "has a key of a wrong form")
            result[name] = value(key, item)
        return result

    def vector(self, document: Mapping[str, object], key: str, *, max_items: int) -> dict[str, int]:
        """A knowledge vector {site id: hlc}."""
        return self.mapping(  # type: ignore[return-value]
            document,
            key,
            keys=lambda name: bool(UUID_RE.match(name)),
            value=lambda field, item: self._int(field, item, HLC_MAX),
            max_items=max_items,
        )

    def counts(self, document: Mapping[str, object], key: str, *, max_items: int) -> dict[str, int]:
        """Counts by a lower-case identifier (table names, result kinds)."""
        return self.mapping(  # type: ignore[return-value]
            document,
            key,
            keys=lambda name: bool(_KEY_RE.match(name)),
            value=lambda field, item: self._int(field, item, HLC_MAX),
            max_items=max_items,
        )


def check_vector(vector: Mapping[str, int]) -> dict[str, int]:
    """A knowledge vector as plain dict, for writers (raises ValueError on a programming error)."""
    for site, hlc in vector.items():
        if not UUID_RE.match(site) or type(hlc) is not int or not 0 <= hlc <= HLC_MAX:
            raise ValueError(f"bad knowledge vector entry {site!r}: {hlc!r}")
    return dict(vector)


def is_identifier(name: str) -> bool:
    return bool(_KEY_RE.match(name))
