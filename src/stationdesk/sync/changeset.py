"""A change set (what a bundle carries) and its compact, deterministic payload bytes.

A change is one ``change_log`` row: (table, row id, field, value, stamp, origin site); values are
SQLite values (int, float, str, bytes, None). The payload is zlib-compressed JSON lines: a header
line (format, version, sender, the sender's knowledge vector, audience), then one line per row
``[table, row_id, [[field, value, hlc, site], ...]]`` in (table, row, field, hlc, site) order. Bytes
values are written as ``{"b": base64}``. Encoding and decoding both stream, so a ten-year station
(millions of changes) never sits in memory as one JSON document.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, groupby
from operator import itemgetter
from typing import NamedTuple

FORMAT = "stationdesk-changes"
VERSION = 1
_CHUNK = 1 << 16
_MAX_LINE = 64 << 20


class Change(NamedTuple):
    table: str
    row_id: str
    field: str
    value: object
    hlc: int
    site_id: str


Row = tuple[str, str, list[Change]]
_row_key = itemgetter(0, 1)
_ENCODED = (dict, list)


@dataclass
class ChangeSet:
    """Changes from ``sender_site_id``, who held ``sender_vector`` ({origin site: newest stamp}) when
    it wrote them. ``changes`` may be a list or a one-pass iterator (a streamed export or decode)."""

    sender_site_id: str
    sender_vector: dict[str, int]
    changes: Iterable[Change]
    audience: str = "station"
    counts: dict[str, int] = field(default_factory=dict)
    grouped: Iterable[Row] | None = None  # a lazy decode's rows: the same stream as ``changes``

    def rows(self) -> Iterator[Row]:
        """The changes a row at a time: (table, row id, its changes)."""
        if self.grouped is not None:
            return iter(self.grouped)
        return ((t, r, list(g)) for (t, r), g in groupby(self.changes, key=_row_key))


class PayloadError(ValueError):
    """The payload is not a change set this version reads (the container reports it as refused)."""


def _enc_value(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"b": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _dec_value(value: object) -> object:
    if isinstance(value, dict):
        if set(value) != {"b"} or not isinstance(value["b"], str):
            raise PayloadError("payload: bad value")
        return base64.b64decode(value["b"], validate=True)
    if isinstance(value, list):
        raise PayloadError("payload: bad value")
    return value


def _dumps(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode() + b"\n"


def iter_encoded(changeset: ChangeSet) -> Iterator[bytes]:
    """The payload in compressed pieces (concatenated: the bytes of :func:`encode`)."""
    z = zlib.compressobj(6)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "sender": changeset.sender_site_id,
        "vector": dict(sorted(changeset.sender_vector.items())),
        "audience": changeset.audience,
    }
    buf = [_dumps(header)]
    size = 0
    for (table, row_id), group in groupby(changeset.changes, key=lambda c: (c.table, c.row_id)):
        line = _dumps([table, row_id, [[c.field, _enc_value(c.value), c.hlc, c.site_id] for c in group]])
        buf.append(line)
        size += len(line)
        if size > _CHUNK:
            out = z.compress(b"".join(buf))
            buf, size = [], 0
            if out:
                yield out
    yield z.compress(b"".join(buf)) + z.flush()


def encode(changeset: ChangeSet) -> bytes:
    """Deterministic payload bytes of a change set (give its changes in export order)."""
    return b"".join(iter_encoded(changeset))


def _line_batches(pieces: Iterable[bytes], max_size: int) -> Iterator[list[bytes]]:
    """The complete lines of each decompressed piece, a list at a time."""
    z = zlib.decompressobj()
    pending = b""
    total = 0
    for piece in pieces:
        data = z.decompress(piece, _MAX_LINE)
        while True:
            total += len(data)
            if total > max_size:
                raise PayloadError("payload: too large once decompressed")
            pending += data
            *complete, pending = pending.split(b"\n")
            if complete:
                yield complete
            if len(pending) > _MAX_LINE:
                raise PayloadError("payload: line too long")
            if not z.unconsumed_tail:
                break
            data = z.decompress(z.unconsumed_tail, _MAX_LINE)
    if not z.eof:
        raise PayloadError("payload: truncated")
    if pending:
        raise PayloadError("payload: truncated")


def _split(data: bytes) -> Iterator[bytes]:
    for start in range(0, len(data), _CHUNK):
        yield data[start : start + _CHUNK]


def _header(first: bytes) -> dict:
    try:
        header = json.loads(first)
    except ValueError as exc:
        raise PayloadError("payload: not a change set") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise PayloadError("payload: not a change set")
    if header.get("version") != VERSION:
        raise PayloadError(f"payload: version {header.get('version')!r} unknown")
    vector = header.get("vector")
    if not isinstance(vector, dict) or not all(isinstance(v, int) for v in vector.values()):
        raise PayloadError("payload: bad vector")
    return header


def _row(item: object) -> Row:
    table, row_id, fields = item  # type: ignore[misc]
    if type(table) is not str or type(row_id) is not str or type(fields) is not list:
        raise PayloadError("payload: bad change")
    group = []
    for name, value, hlc, site in fields:
        if type(name) is not str or type(hlc) is not int or type(site) is not str:
            raise PayloadError("payload: bad change")
        if type(value) in _ENCODED:
            value = _dec_value(value)
        group.append(Change(table, row_id, name, value, hlc, site))
    return table, row_id, group


def _rows(batches: Iterator[list[bytes]]) -> Iterator[Row]:
    """Each payload line as (table, row id, its changes); one JSON parse per batch of lines (a line
    that would read as more or fewer than one item is refused)."""
    try:
        for lines in batches:
            items = json.loads(b"[" + b",".join(lines) + b"]")
            if len(items) != len(lines):
                raise PayloadError("payload: bad change")
            for item in items:
                row = _row(item)
                if row[2]:
                    yield row
    except (ValueError, TypeError, zlib.error) as exc:
        if isinstance(exc, PayloadError):
            raise
        raise PayloadError("payload: bad change") from exc


def decode(data: bytes, *, max_size: int = 8 << 30, lazy: bool = False) -> ChangeSet:
    """The change set of payload bytes; ``lazy`` streams its rows (one pass) instead of a list.
    Raises :class:`PayloadError` for anything but a well-formed change set."""
    batches = _line_batches(_split(data), max_size)
    try:
        first, *rest = next(batches)
    except (StopIteration, ValueError, zlib.error) as exc:
        if isinstance(exc, PayloadError):
            raise
        raise PayloadError("payload: not a change set") from exc
    header = _header(first)
    stream = _rows(chain([rest], batches) if rest else batches)
    changes = ChangeSet(
        sender_site_id=str(header.get("sender", "")),
        sender_vector=dict(header["vector"]),
        changes=(),
        audience=str(header.get("audience", "station")),
    )
    if lazy:
        changes.grouped = stream
        changes.changes = (c for _table, _row_id, group in stream for c in group)
    else:
        changes.changes = [c for _table, _row_id, group in stream for c in group]
    return changes
