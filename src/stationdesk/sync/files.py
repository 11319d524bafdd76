"""Writing sync files to USB sticks safely, under names FAT32 and Windows accept.

``safe_write``: a temp file beside the target, write, flush, fsync, close, rename onto the
target name, fsync the folder (where the OS allows), then read the file back and compare its
SHA-256. On Linux the page cache is dropped for the file before the read-back
(posix_fadvise DONTNEED), so the bytes come from the stick, not from memory. On any failure
nothing is left behind: neither the temp file nor a partial or unverified target.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import unicodedata
from datetime import date
from pathlib import Path

from stationdesk.sync.errors import BundleRefused, WriteFailed

BUNDLE_SUFFIX = ".sdbundle"
RECEIPT_SUFFIX = ".sdreceipt"
ENROLMENT_SUFFIX = ".sdenrol"
MAX_PART = 24  # characters kept of a station code or name in a file name
MAX_NAME = 120  # characters of a whole file name (Windows: 255 per name, 260 per path by default)
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|CLOCK\$|(COM|LPT)[0-9¹²³])$", re.IGNORECASE)
_CHUNK = 1 << 20


def _digest_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        if hasattr(os, "posix_fadvise"):
            os.fsync(stream.fileno())
            os.posix_fadvise(stream.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; the rename is flushed with the volume
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def safe_write(path: Path, data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` as described above; returns ``path``.

    Raises WriteFailed: ``sync.file_exists`` (unless ``overwrite``), ``sync.write_failed`` (an OS
    error: stick full, removed, read-only...) or ``sync.verify_failed`` (read back differs).
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise WriteFailed("sync.file_exists", f"{path.name} exists already.", {"name": path.name})
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    renamed = False
    try:
        with open(temp, "xb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
        renamed = True
        _fsync_folder(path.parent)
        if _digest_of(path) != hashlib.sha256(data).hexdigest():
            path.unlink()
            raise WriteFailed(
                "sync.verify_failed",
                f"{path.name} read back differently from what was written: the stick may be failing.",
                {"name": path.name},
            )
    except OSError as error:
        for leftover in (path,) if renamed else (temp,):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise WriteFailed(
            "sync.write_failed",
            f"{path.name} could not be written: {error.strerror or error}.",
            {"name": path.name, "reason": error.strerror or str(error)},
        ) from error
    return path


def safe_part(text: str, *, fallback: str = "x", max_len: int = MAX_PART) -> str:
    """``text`` as one piece of a file name valid on FAT32, exFAT, NTFS and Linux: letters and
    digits of any script, "-" for every run of anything else (spaces, dots, colons, slashes,
    control and reserved characters), no leading or trailing "-", at most ``max_len``
    characters, never a reserved device name (CON, NUL, COM1...), never empty."""
    cleaned = re.sub(
        r"-+", "-", "".join(c if c.isalnum() else "-" for c in unicodedata.normalize("NFC", text))
    )
    cleaned = cleaned.strip("-")[:max_len].strip("-")
    if not cleaned:
        cleaned = fallback
    if _RESERVED.match(cleaned):
        cleaned = f"{cleaned}-"
    return cleaned


def safe_file_name(name: str, *, max_len: int = MAX_NAME) -> str:
    """A whole file name made valid: each dot-separated piece through ``safe_part`` (so no
    trailing dot or space, no reserved stem), the last piece kept as the suffix."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    pieces = [part for piece in stem.split(".") if (part := safe_part(piece, fallback="", max_len=max_len))]
    tail = f".{safe_part(suffix, max_len=16)}" if suffix else ""
    joined = ".".join(pieces)[: max_len - len(tail)].rstrip(".-") or "x"
    if _RESERVED.match(joined.split(".")[0]):
        joined = f"_{joined}"
    return joined + tail


def site_short(site_id: str) -> str:
    """8 characters naming a site in file names: the last 8 hex digits of its UUID (random bits
    in a UUIDv7, unlike the leading timestamp ones), or a hash if it has fewer."""
    digits = re.sub(r"[^0-9a-f]", "", site_id.lower())
    if len(digits) < 8:
        digits = hashlib.sha256(site_id.encode("utf-8")).hexdigest()
    return digits[-8:]


def bundle_name(station_code: str, site_id: str, day: date, seq: int) -> str:
    """``<station code>_<site short>_<YYYYMMDD>_<seq>.sdbundle``,
    e.g. ``QX01_3fa85f64_20250314_001.sdbundle``."""
    if seq < 0:
        raise ValueError("seq must not be negative")
    station = safe_part(station_code, fallback="station")
    return f"{station}_{site_short(site_id)}_{day:%Y%m%d}_{seq:03d}{BUNDLE_SUFFIX}"


def receipt_name(station_code: str, site_id: str, bundle_id: str) -> str:
    """The importer's receipt for a bundle: ``<importer station>_<site short>_<bundle short>.sdreceipt``."""
    station = safe_part(station_code, fallback="station")
    return f"{station}_{site_short(site_id)}_{site_short(bundle_id)}{RECEIPT_SUFFIX}"


def enrolment_name(station_code: str, site_id: str) -> str:
    """``<station code>_<site short>.sdenrol``."""
    return f"{safe_part(station_code, fallback='station')}_{site_short(site_id)}{ENROLMENT_SUFFIX}"


def next_free(folder: Path, station_code: str, site_id: str, day: date) -> Path:
    """The first ``bundle_name`` for that day (seq 1, 2...) not yet present in ``folder``."""
    seq = 1
    while (folder / bundle_name(station_code, site_id, day, seq)).exists():
        seq += 1
    return folder / bundle_name(station_code, site_id, day, seq)


def read_capped(path: Path, max_size: int, prefix: str) -> bytes:
    """At most ``max_size`` + 1 bytes of ``path`` (one more, so that the caller sees it is too
    large); BundleRefused ``<prefix>.unreadable`` if it cannot be read."""
    try:
        with open(path, "rb") as stream:
            return stream.read(max_size + 1)
    except OSError as error:
        raise BundleRefused(
            f"{prefix}.unreadable", "The file cannot be read.", {"reason": error.strerror or str(error)}
        ) from error
