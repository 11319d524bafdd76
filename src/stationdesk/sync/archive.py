"""The archive inside a bundle's encryption: a fixed list of named members, length-prefixed.

Layout (all integers big-endian):

    b"SDAR"  magic            4 bytes
    u8       version (1)      1 byte
    u8       member count     1 byte
    per member: u8 name length, name (ASCII a-z 0-9 . _ -), u64 size
    the members' bytes, in the same order, and nothing after them

Why not a zip: a zip has two directories that may disagree, tolerates data before and after
itself, allows duplicate names, directories, paths and per-member compression, and readers
differ on each. This layout has exactly one encoding per content, no paths, no compression (the
payload arrives already deflated and is inflated by ``inflate`` with caps), and every size is
checked against the caps and against the bytes actually present before anything is sliced.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Mapping, Sequence

from stationdesk.sync.errors import BundleRefused

MAGIC = b"SDAR"
VERSION = 1
_NAME = re.compile(rb"^[a-z0-9][a-z0-9._-]{0,63}$")
_SIZE = struct.Struct(">Q")


def pack(members: Sequence[tuple[str, bytes]]) -> bytes:
    """The archive of ``members`` in order (names are not checked here: tests pack hostile ones)."""
    head = bytearray(MAGIC)
    head += bytes((VERSION, len(members)))
    for name, data in members:
        raw = name.encode("utf-8")
        head += bytes((len(raw),)) + raw + _SIZE.pack(len(data))
    return bytes(head) + b"".join(data for _, data in members)


def _bad(reason: str, **params: object) -> BundleRefused:
    return BundleRefused(
        "bundle.bad_archive",
        f"The bundle's inner archive is malformed ({reason}).",
        {"reason": reason, **params},
    )


def unpack(data: bytes, limits: Mapping[str, int]) -> dict[str, bytes]:
    """The members of ``data``: exactly the names of ``limits``, in that order, each at most its
    limit in bytes. Refused (BundleRefused) otherwise, before any member is copied."""
    expected = list(limits)
    if len(data) < len(MAGIC) + 2 or data[: len(MAGIC)] != MAGIC:
        raise BundleRefused("bundle.not_a_bundle", "The file is not a StationDesk bundle.", {})
    if data[4] != VERSION:
        raise BundleRefused(
            "bundle.newer_format",
            "The bundle was written by a newer StationDesk; please upgrade to read it.",
            {"version": data[4]},
        )
    if data[5] != len(expected):
        raise _bad("member count", count=data[5])
    offset = 6
    sizes: list[int] = []
    for name in expected:
        if offset >= len(data):
            raise _bad("header cut short")
        length = data[offset]
        raw = data[offset + 1 : offset + 1 + length]
        offset += 1 + length
        if len(raw) != length or not _NAME.match(raw):
            raise _bad("member name")
        if raw.decode("ascii") != name:
            raise _bad("unexpected member")
        if offset + _SIZE.size > len(data):
            raise _bad("header cut short")
        (size,) = _SIZE.unpack_from(data, offset)
        offset += _SIZE.size
        if size > limits[name]:
            raise BundleRefused(
                "bundle.too_large",
                f"The bundle's {name} is larger than allowed.",
                {"member": name, "limit": limits[name]},
            )
        sizes.append(size)
    if offset + sum(sizes) != len(data):
        raise _bad("member sizes do not add up to the archive")
    members: dict[str, bytes] = {}
    for name, size in zip(expected, sizes, strict=True):
        members[name] = data[offset : offset + size]
        offset += size
    return members


def deflate(data: bytes) -> bytes:
    """``data`` deflated (zlib format, level 6): how payloads travel."""
    return zlib.compress(data, 6)


def inflate(data: bytes, *, max_size: int, max_ratio: int = 1000) -> bytes:
    """The inflated ``data``, refused as ``bundle.too_large`` past ``max_size`` bytes or a
    ``max_ratio`` expansion (a zip bomb), and as ``bundle.damaged`` if it is not one complete zlib
    stream with nothing after it. Never holds more than ``max_size`` + 64 KiB inflated bytes."""
    limit = min(max_size, max(len(data), 1) * max_ratio)
    inflater = zlib.decompressobj()
    chunks: list[bytes] = []
    total = 0
    pending = data
    try:
        while not inflater.eof:
            chunk = inflater.decompress(pending, 65536)
            total += len(chunk)
            if total > limit:
                raise BundleRefused(
                    "bundle.too_large",
                    "The bundle's content unpacks to more than allowed.",
                    {"member": "payload", "limit": limit},
                )
            chunks.append(chunk)
            if not chunk and inflater.unconsumed_tail == pending:
                break  # no progress: the stream is cut short
            pending = inflater.unconsumed_tail
    except zlib.error as error:
        raise BundleRefused("bundle.damaged", "The bundle's content is damaged.", {}) from error
    if not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
        raise BundleRefused("bundle.damaged", "The bundle's content is damaged.", {})
    return b"".join(chunks)
