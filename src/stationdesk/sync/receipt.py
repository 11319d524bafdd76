"""Receipts (回执): the importer's signed word that it imported a bundle, and what it now holds.

The importer writes one after a successful import; the bundle's sender reads it and records
``sync_ack`` (importer -> knowledge vector), so its next export to that site starts there.
File: ``signed.seal`` of

    {"bundle_id","counts","created_at","format":"stationdesk-receipt","format_version":1,
     "importer_site","importer_station","knowledge"}

``counts``: what the import did, by result kind (new, updated, unchanged, conflicts, refused).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from stationdesk.sync.canonical import Reader, check_vector, is_identifier, normalize_time, utc_text
from stationdesk.sync.errors import BundleRefused
from stationdesk.sync.files import read_capped, safe_write
from stationdesk.sync.keys import SiteKeys, verify
from stationdesk.sync.signed import seal, unseal

FORMAT = "stationdesk-receipt"
FORMAT_VERSION = 1
MAX_SIZE = 4 * 1024 * 1024
MAX_ENTRIES = 100_000
_FIELDS = {
    "bundle_id",
    "counts",
    "created_at",
    "format",
    "format_version",
    "importer_site",
    "importer_station",
    "knowledge",
}


@dataclass(frozen=True)
class Receipt:
    bundle_id: str
    importer_site: str
    importer_station: str
    knowledge: Mapping[str, int]
    created_at: datetime
    counts: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "created_at", normalize_time(self.created_at))
        object.__setattr__(self, "knowledge", check_vector(self.knowledge))
        if any(not is_identifier(k) or type(v) is not int or v < 0 for k, v in self.counts.items()):
            raise ValueError("counts: lower-case identifiers -> whole numbers")
        object.__setattr__(self, "counts", dict(self.counts))

    def document(self) -> dict[str, object]:
        return {
            "bundle_id": self.bundle_id,
            "counts": dict(self.counts),
            "created_at": utc_text(self.created_at),
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "importer_site": self.importer_site,
            "importer_station": self.importer_station,
            "knowledge": dict(self.knowledge),
        }


def receipt_bytes(receipt: Receipt, keys: SiteKeys) -> bytes:
    data = seal(receipt.document(), keys)
    if _parse(data)[0] != receipt:  # what a reader would make of it (ValueError if it would refuse)
        raise ValueError("the receipt does not survive a round trip")
    return data


def write_receipt(path: Path | str, receipt: Receipt, keys: SiteKeys, *, overwrite: bool = False) -> Path:
    """Sign ``receipt`` with the importer's ``keys`` and write it safely; returns the path."""
    return safe_write(Path(path), receipt_bytes(receipt, keys), overwrite=overwrite)


def _parse(data: bytes, max_size: int = MAX_SIZE) -> tuple[Receipt, bytes, bytes]:
    reader = Reader("receipt", "file", "receipt")
    document, signed, signature = unseal(
        data, reader, kind="receipt", format_name=FORMAT, format_version=FORMAT_VERSION, max_size=max_size
    )
    reader.exact_keys(document, _FIELDS)
    try:
        receipt = Receipt(
            bundle_id=reader.uuid(document, "bundle_id"),
            importer_site=reader.uuid(document, "importer_site"),
            importer_station=reader.text(document, "importer_station", max_len=32),
            knowledge=reader.vector(document, "knowledge", max_items=MAX_ENTRIES),
            created_at=reader.moment(document, "created_at"),
            counts=reader.counts(document, "counts", max_items=64),
        )
    except ValueError as error:
        if isinstance(error, BundleRefused):
            raise
        raise reader.refuse("document", "has a wrong value") from error
    return receipt, signed, signature


def open_receipt(
    data: bytes, *, known_key: Callable[[str], bytes | None], max_size: int = MAX_SIZE
) -> Receipt:
    """The verified receipt in ``data``: signed by the importer's enrolled key, or BundleRefused
    (``receipt.too_large``, ``receipt.not_receipt``, ``receipt.bad_file``, ``receipt.newer_format``,
    ``receipt.unknown_sender``, ``receipt.bad_signature``)."""
    receipt, signed, signature = _parse(data, max_size)
    public_key = known_key(receipt.importer_site)
    if public_key is None:
        raise BundleRefused(
            "receipt.unknown_sender",
            f"The receipt comes from a site that is not enrolled here (station {receipt.importer_station}).",
            {"site": receipt.importer_site, "station": receipt.importer_station},
        )
    if not verify(public_key, signed, signature):
        raise BundleRefused(
            "receipt.bad_signature",
            "The receipt's signature is not its importer's: it was altered or forged.",
            {"site": receipt.importer_site, "station": receipt.importer_station},
        )
    return receipt


def read_receipt(
    path: Path | str, *, known_key: Callable[[str], bytes | None], max_size: int = MAX_SIZE
) -> Receipt:
    """``open_receipt`` on the file at ``path`` (``receipt.unreadable`` if it cannot be read)."""
    return open_receipt(read_capped(Path(path), max_size, "receipt"), known_key=known_key, max_size=max_size)
