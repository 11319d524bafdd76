"""Sync between installations (issue 7): enrolment, bundles out and in, receipts, the conflict list.

Ties the sync engine (sync/changes.py, sync/apply.py, sync/conflicts.py) and the container
(sync/bundle.py, receipt.py, enrolment_file.py, files.py) to the database, the rights and the audit
log. Plain dataclasses out; every refusal is a ValidationError (sync/errors.BundleRefused for files)
with a code that ui/messages.py turns into a sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from stationdesk.services.context import ServiceContext

Progress = Callable[[int, int], None]  # (done, total); may raise services.errors.Cancelled
COUNT_KEYS = ("new", "updated", "unchanged", "conflicts", "refused")


@dataclass(frozen=True)
class PeerRow:
    site_id: str
    station_code: str
    name: str
    role: str  # station, hub, trainer
    fingerprint: str  # the key's short code people compare on both screens (Z6BX-CGNV-JUOI-NR64)
    enrolled_at: datetime
    last_export_at: datetime | None
    last_import_at: datetime | None
    pending: int  # changes this site holds above what the peer acknowledged (an upper bound, cheap)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]  # table -> changes carried
    changes: int  # changes carried in all
    audience: str
    recipient_site: str  # a site id, or "any"


@dataclass(frozen=True)
class ImportPreview:
    bundle_id: str
    sender_site_id: str
    sender_name: str
    sender_station: str
    audience: str
    created_at: datetime
    changes: int  # changes the bundle carries
    tables: dict[str, int]  # table -> changes carried (the manifest's counts)
    counts: dict[str, int]  # new, updated, unchanged, conflicts, refused (rows; refused: changes)
    already: bool  # everything in it is held here already: an import would change nothing


@dataclass(frozen=True)
class ImportResult:
    bundle_id: str
    sender_name: str
    counts: dict[str, int]  # new, updated, unchanged, conflicts, refused
    receipt_path: Path | None
    already: bool  # nothing applied: the bundle was imported before (the receipt is written again)


@dataclass(frozen=True)
class ReceiptResult:
    peer_site_id: str
    peer_name: str
    bundle_id: str
    counts: dict[str, int]  # what the peer's import did
    acknowledged: dict[str, int] = field(default_factory=dict)  # the peer's vector now recorded
    moved: bool = False  # whether the receipt told us anything new


@dataclass(frozen=True)
class ConflictRow:
    id: int
    table: str
    table_label: str  # English words ("Person"); the page translates
    row_id: str
    field: str
    field_label: str  # English words ("Phone")
    record_label: str  # the person's name, the programme's name... or a short id
    kept_value: object
    other_value: object
    kept_site: str
    kept_site_name: str
    other_site: str
    other_site_name: str
    detected_at: datetime


def peers(ctx: ServiceContext) -> list[PeerRow]:
    raise NotImplementedError


def enrolment_file(ctx: ServiceContext, folder: Path) -> Path:
    raise NotImplementedError


def enrolment_qr(ctx: ServiceContext) -> tuple[str, bytes]:
    raise NotImplementedError


def enrol(ctx: ServiceContext, path: Path) -> PeerRow:
    raise NotImplementedError


def enrol_text(ctx: ServiceContext, text: str) -> PeerRow:
    """``enrol`` from a scanned QR code's text."""
    raise NotImplementedError


def export_bundle(
    ctx: ServiceContext,
    folder: Path,
    *,
    peer_site_id: str | None = None,
    audience: str | None = None,
    full: bool = False,
    passphrase: str | None = None,
    recipient: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    raise NotImplementedError


def preview_import(ctx: ServiceContext, path: Path, *, passphrase: str | None = None) -> ImportPreview:
    raise NotImplementedError


def import_bundle(
    ctx: ServiceContext,
    path: Path,
    *,
    passphrase: str | None = None,
    receipt_folder: Path | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    raise NotImplementedError


def import_receipt(ctx: ServiceContext, path: Path) -> ReceiptResult:
    raise NotImplementedError


def import_file(
    ctx: ServiceContext,
    path: Path,
    *,
    passphrase: str | None = None,
    receipt_folder: Path | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult | ImportPreview | ReceiptResult | PeerRow:
    """A bundle (imported, or previewed with ``dry_run``), a receipt or an enrolment file."""
    raise NotImplementedError


def conflicts(ctx: ServiceContext) -> list[ConflictRow]:
    raise NotImplementedError


def resolve_conflict(ctx: ServiceContext, conflict_id: int, keep: str) -> None:
    """``keep``: "kept" (confirm the value the merge kept) or "other" (swap to the other one)."""
    raise NotImplementedError


def open_conflict_count(ctx: ServiceContext) -> int:
    raise NotImplementedError


def counts_of(values: Mapping[str, int]) -> dict[str, int]:
    return {key: int(values.get(key, 0)) for key in COUNT_KEYS}
