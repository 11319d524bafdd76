"""A QR code as PNG bytes (for the enrolment code on screen), by the same reportlab encoder as the
badges, written with zlib: no imaging library needed. Black modules on white, 1 bit a pixel."""

from __future__ import annotations

import struct
import zlib

from stationdesk.reports.badges import qr_modules


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def qr_png(text: str, *, scale: int = 6, border: int = 4) -> bytes:
    """The QR code of ``text`` (UTF-8 bytes, medium error correction), each module ``scale``
    pixels square, with a quiet zone of ``border`` modules."""
    modules = qr_modules(text)
    count = len(modules) + 2 * border
    size = count * scale
    light_row = [False] * count
    grid = [light_row] * border + [[False] * border + row + [False] * border for row in modules]
    grid += [light_row] * border
    raw = bytearray()
    for row in grid:
        bits = "".join("0" if dark else "1" for dark in row for _ in range(scale))  # 1 = white
        bits += "0" * (-len(bits) % 8)
        line = b"\x00" + int(bits, 2).to_bytes(len(bits) // 8, "big")
        raw += line * scale
    header = struct.pack(">IIBBBBB", size, size, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + _chunk(b"IEND", b"")
    )
