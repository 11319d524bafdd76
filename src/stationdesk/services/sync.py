"""Sync between installations (issue 7): enrolment, bundles out and in, receipts, the conflict list.

Ties the sync engine (sync/changes.py, sync/apply.py, sync/conflicts.py) and the container
(sync/bundle.py, receipt.py, enrolment_file.py, files.py) to the database, the rights and the audit
log. Plain dataclasses out; every refusal is a ValidationError (sync/errors.BundleRefused for files)
with a code that ui/messages.py turns into a sentence.
"""

from __future__ import annotations

import platform
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import audit, site_stations
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.store.models import LocalSite, SiteHistory, SyncAck, SyncBundle, SyncPeer
from stationdesk.store.revisions import head_revision
from stationdesk.store.session import Stamper
from stationdesk.sync import changes
from stationdesk.sync.apply import ApplyResult, apply_changes
from stationdesk.sync.audience import AUDIENCES
from stationdesk.sync.bundle import AGE_MAGIC, ANY, Manifest, read_bundle, write_bundle
from stationdesk.sync.canonical import utc_now
from stationdesk.sync.changeset import Change, ChangeSet, PayloadError, Row
from stationdesk.sync.changeset import decode as changeset_decode
from stationdesk.sync.changeset import encode as changeset_encode
from stationdesk.sync.conflicts import ConflictError, open_conflicts, open_count, resolve
from stationdesk.sync.enrolment_file import (
    TEXT_PREFIX,
    Enrolment,
    enrolment_text,
    make_enrolment,
    parse_enrolment_text,
    read_enrolment,
    write_enrolment,
)
from stationdesk.sync.errors import BundleRefused, WriteFailed
from stationdesk.sync.files import enrolment_name, next_free, receipt_name
from stationdesk.sync.keys import SiteKeys, fingerprint
from stationdesk.sync.receipt import Receipt, read_receipt, write_receipt
from stationdesk.sync.tables import tables

Progress = Callable[[int, int], None]  # (done, total); may raise services.errors.Cancelled
COUNT_KEYS = ("new", "updated", "unchanged", "conflicts", "refused")
STATION = "station"
HUB = "hub"
TRAINER = "trainer"
FILTERED_HOLDERS = (HUB, TRAINER)
"""Roles that hold other sites' data only as an audience filter let it through: they never relay it
(their exports carry their own changes only; an import from them refuses other sites' changes)."""
_PROGRESS_EVERY = 2000


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
    relayed: int = 0  # of the refused: other sites' changes a trainer laptop or hub passed on


@dataclass(frozen=True)
class ImportResult:
    bundle_id: str
    sender_name: str
    counts: dict[str, int]  # new, updated, unchanged, conflicts, refused
    receipt_path: Path | None
    already: bool  # nothing applied: the bundle was imported before (the receipt is written again)
    receipt_error: str | None = None  # the error code if the receipt could not be written
    relayed: int = 0  # of the refused: other sites' changes a trainer laptop or hub passed on
    settled: int = 0  # open conflicts closed here: a person resolved them on another site


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
    kept_here: bool = False  # the kept value was written on this PC (under its current site id)
    other_here: bool = False


# --- local identity and keys -----------------------------------------------------------------


@dataclass(frozen=True)
class _Local:
    site_id: str
    history: frozenset[str]  # site ids this database wrote under before (a copy re-minted it)
    station_code: str
    station_name: str
    role: str  # site_stations.local_role


def _local(session: Session) -> _Local:
    site_id = session.scalar(select(LocalSite.site_id)) or ""
    station = site_stations.local_station(session)
    if station is None:
        raise ValidationError("sync.no_station", "Set up the station before exchanging data.", {})
    return _Local(
        site_id,
        frozenset(session.scalars(select(SiteHistory.site_id))),
        station.code,
        station.name,
        site_stations.local_role(session),
    )


def _keys(session: Session) -> SiteKeys:
    """This site's keys, made on first need (and again after copy detection cleared them)."""
    local = session.get(LocalSite, 1)
    assert local is not None
    if local.signing_key is None:
        keys = SiteKeys.generate()
        local.signing_key = keys.to_bytes()
        return keys
    return SiteKeys.from_bytes(local.signing_key)


def _stamper(ctx: ServiceContext) -> Stamper:
    return ctx.sessions.kw["info"]["stamper"]  # type: ignore[no-any-return]


def _public_keys(session: Session) -> dict[str, bytes]:
    return {site: key for site, key in session.execute(select(SyncPeer.site_id, SyncPeer.public_key))}


def _peer(session: Session, site_id: str) -> SyncPeer:
    peer = session.get(SyncPeer, site_id)
    if peer is None:
        raise NotFound("sync.unknown_peer", site=site_id)
    return peer


def _ack(session: Session, peer_site_id: str) -> dict[str, int]:
    rows = session.execute(
        select(SyncAck.origin_site_id, SyncAck.hlc).where(SyncAck.peer_site_id == peer_site_id)
    )
    return {origin: hlc for origin, hlc in rows}


def _acknowledge(session: Session, peer_site_id: str, vector: Mapping[str, int]) -> bool:
    """Record that the peer holds ``vector``; each origin's stamp only moves forward."""
    held = _ack(session, peer_site_id)
    moved = False
    for origin, hlc in vector.items():
        if hlc > held.get(origin, 0):
            row = session.get(SyncAck, (peer_site_id, origin))
            if row is None:
                session.add(SyncAck(peer_site_id=peer_site_id, origin_site_id=origin, hlc=hlc))
            else:
                row.hlc = hlc
            moved = True
    return moved


def _vector(ctx: ServiceContext) -> dict[str, int]:
    with ctx.engine.connect() as conn:
        return changes.knowledge_vector(conn)


def _row(peer: SyncPeer, pending: int) -> PeerRow:
    return PeerRow(
        peer.site_id,
        peer.station_code,
        peer.name,
        peer.role,
        fingerprint(peer.public_key),
        peer.enrolled_at,
        peer.last_export_at,
        peer.last_import_at,
        pending,
    )


# --- peers and enrolment -----------------------------------------------------------------------


def peers(ctx: ServiceContext) -> list[PeerRow]:
    """The enrolled sites, by station code and name, each with the changes it has not acknowledged."""
    require(ctx, Action.SYNC_VIEW)
    with ctx.reading() as session:
        found = list(session.scalars(select(SyncPeer).order_by(SyncPeer.station_code, SyncPeer.name)))
        acks = {peer.site_id: _ack(session, peer.site_id) for peer in found}
    with ctx.engine.connect() as conn:
        return [_row(peer, changes.pending_count(conn, acks[peer.site_id])) for peer in found]


def _own_enrolment(ctx: ServiceContext) -> tuple[Enrolment, SiteKeys]:
    with ctx.transaction() as session:
        local = _local(session)
        keys = _keys(session)
        name = f"{local.station_name} ({platform.node() or local.role})"[:128]
        enrolment = make_enrolment(
            keys,
            site_id=local.site_id,
            station_code=local.station_code,
            name=name,
            role=local.role,
            created_at=utc_now(),
        )
    return enrolment, keys


def enrolment_file(ctx: ServiceContext, folder: Path) -> Path:
    """This site's signed enrolment file in ``folder`` (written safely; an older one is replaced)."""
    actor = require(ctx, Action.SYNC_ENROL)
    enrolment, keys = _own_enrolment(ctx)
    path = write_enrolment(
        Path(folder) / enrolment_name(enrolment.station_code, enrolment.site_id),
        enrolment,
        keys,
        overwrite=True,
    )
    with ctx.transaction() as session:
        audit.record(session, actor, "sync.enrolment_file", record_type="site", record_id=enrolment.site_id)
    return path


def enrolment_qr(ctx: ServiceContext) -> tuple[str, bytes]:
    """This site's enrolment as QR text and a PNG of the code."""
    require(ctx, Action.SYNC_ENROL)
    from stationdesk.reports.qr_image import qr_png

    enrolment, keys = _own_enrolment(ctx)
    text = enrolment_text(enrolment, keys)
    return text, qr_png(text)


def own_fingerprint(ctx: ServiceContext) -> str:
    """This site's key fingerprint, to compare with what the other PC shows after enrolling it."""
    require(ctx, Action.SYNC)
    return _own_enrolment(ctx)[0].fingerprint


def enrol(ctx: ServiceContext, path: Path) -> PeerRow:
    """Enrol the site of an enrolment file: its signed bundles and receipts are accepted from now on."""
    require(ctx, Action.SYNC_ENROL)
    return _enrol(ctx, read_enrolment(path))


def enrol_text(ctx: ServiceContext, text: str) -> PeerRow:
    """``enrol`` from a scanned (or pasted) QR code's text. Refused, writing nothing, as
    ``enrolment.bad_code`` when it starts like a code but was read partly or wrongly (a scanner
    stopped early, a character mistyped, a changed signature), else as ``enrolment.not_code``."""
    require(ctx, Action.SYNC_ENROL)
    try:
        enrolment = parse_enrolment_text(text)
    except BundleRefused as error:
        code = "enrolment.bad_code" if text.strip().startswith(TEXT_PREFIX) else "enrolment.not_code"
        raise BundleRefused(code, f"Scanned enrolment code refused: {error}", {}) from error
    return _enrol(ctx, enrolment)


def _enrol(ctx: ServiceContext, enrolment: Enrolment) -> PeerRow:
    actor = require(ctx, Action.SYNC_ENROL)
    params = {"station": enrolment.station_code, "name": enrolment.name}
    with ctx.transaction() as session:
        local = _local(session)
        # Only the current id: an earlier one (site_history) still lives on the PC this database was
        # copied from, e.g. the station PC a second PC joined from (services/join.py).
        if enrolment.site_id == local.site_id:
            raise ValidationError("sync.own_site", "This is this PC's own enrolment file.", params)
        same_station = enrolment.station_code.upper() == local.station_code.upper()
        if local.role != HUB and enrolment.role != HUB and not same_station:
            raise ValidationError(
                "sync.other_station",
                f"The enrolment is of station {enrolment.station_code}, not of this station "
                f"({local.station_code}): only a hub exchanges data with other stations.",
                {**params, "own": local.station_code},
            )
        peer = session.get(SyncPeer, enrolment.site_id)
        if peer is not None and peer.public_key != enrolment.signing_key:
            raise ValidationError(
                "sync.key_changed",
                "This site is enrolled already with another key: if it was reinstalled, remove it first.",
                params,
            )
        if peer is None:
            peer = SyncPeer(site_id=enrolment.site_id, public_key=enrolment.signing_key, enrolled_at=_now())
            session.add(peer)
        peer.station_code = enrolment.station_code
        peer.name = enrolment.name
        peer.role = enrolment.role
        peer.age_recipient = enrolment.age_recipient
        audit.record(
            session,
            actor,
            "sync.enrol",
            record_type="site",
            record_id=enrolment.site_id,
            detail=f"{enrolment.role} {enrolment.station_code} {enrolment.fingerprint}",
        )
        session.flush()
        row = _row(peer, 0)
    with ctx.engine.connect() as conn:
        return replace(row, pending=changes.pending_count(conn, {}))


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# --- export ------------------------------------------------------------------------------------


def _addressee(session: Session, peer_site_id: str | None, audience: str | None) -> SyncPeer | None:
    """The peer a bundle is for: the one named, else the only enrolled site of the audience's role."""
    if peer_site_id is not None:
        return _peer(session, peer_site_id)
    if audience is None:
        raise ValidationError("sync.no_addressee", "Say whom the bundle is for: a site or an audience.", {})
    if audience not in AUDIENCES:
        raise ValidationError("sync.bad_audience", f"No audience {audience!r}.", {"audience": audience})
    found = list(session.scalars(select(SyncPeer).where(SyncPeer.role == audience).limit(2)))
    return found[0] if len(found) == 1 else None


class _Tally:
    """Counts the changes streaming into a bundle: per table, per origin's clock range, progress."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        self.tables: dict[str, int] = {}
        self.ranges: dict[str, tuple[int, int]] = {}

    def __call__(self, stream: Iterable[Change]) -> Iterator[Change]:
        for change in stream:
            self.tables[change.table] = self.tables.get(change.table, 0) + 1
            low, high = self.ranges.get(change.site_id, (change.hlc, change.hlc))
            self.ranges[change.site_id] = (min(low, change.hlc), max(high, change.hlc))
            self.done += 1
            if self.progress is not None and self.done % _PROGRESS_EVERY == 0:
                self.progress(self.done, max(self.total, self.done))
            yield change
        if self.progress is not None:
            self.progress(self.done, self.done)


_HOLDS_ALL = (1 << 63) - 1


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
    """Write a bundle of what the peer has not acknowledged (everything with ``full``) into
    ``folder`` (or to ``folder`` itself if it names a file that does not exist yet).

    The audience (what the bundle may carry) is the peer's role unless given. It is encrypted with
    ``passphrase``, else to ``recipient`` (an age1... key), else to the peer's enrolled recipient.
    Without a peer (an audience with no, or several, enrolled sites of that role) the bundle is
    complete and addressed to any site. ``progress(done, total)`` may raise Cancelled: nothing is
    written then.
    """
    actor = require(ctx, Action.SYNC)
    with ctx.transaction() as session:
        local = _local(session)
        keys = _keys(session)
        peer = _addressee(session, peer_site_id, audience)
        audience = audience or (peer.role if peer is not None else STATION)
        if audience not in AUDIENCES:
            raise ValidationError("sync.bad_audience", f"No audience {audience!r}.", {"audience": audience})
        since = {} if full or peer is None else _ack(session, peer.site_id)
        if peer is not None and not full:  # what the peer wrote itself it holds: never sent back
            since[peer.site_id] = _HOLDS_ALL
        peer_id = peer.site_id if peer is not None else None
        peer_recipient = peer.age_recipient if peer is not None else None
        own_only = local.role in FILTERED_HOLDERS
    if passphrase is None and recipient is None:
        recipient = peer_recipient
        if recipient is None:
            raise ValidationError(
                "sync.needs_passphrase",
                "Give a passphrase (or a recipient key): the bundle's addressee is not enrolled with a key.",
                {},
            )
    with ctx.engine.connect() as conn, conn.begin():
        tally = _Tally(changes.pending_count(conn, since), progress)
        origins = changes.own_origins(conn) if own_only else None
        changeset = changes.export_changes(
            conn, since, audience, lazy=True, origins=origins, sender_role=local.role
        )
        changeset.changes = tally(changeset.changes)
        payload = changeset_encode(changeset)
    manifest = Manifest(
        bundle_id=str(uuid.uuid4()),
        schema_revision=head_revision(),
        sender_site=local.site_id,
        sender_station=local.station_code,
        audience=audience,
        recipient_site=peer_id or ANY,
        created_at=utc_now(),
        clock_ranges=tally.ranges,
        counts=tally.tables,
        knowledge=changeset.sender_vector,
    )
    target = Path(folder)
    if target.is_dir():
        target = next_free(target, local.station_code, local.site_id, date.today())
    elif not target.parent.is_dir():
        raise ValidationError("sync.no_folder", "The folder does not exist.", {"path": str(target.parent)})
    path = write_bundle(target, manifest, payload, keys, passphrase=passphrase, recipient=recipient)
    with ctx.transaction() as session:
        if peer_id is not None:
            _peer(session, peer_id).last_export_at = _now()
        audit.record(
            session,
            actor,
            "sync.export",
            record_type="site",
            record_id=peer_id or "",
            detail=f"{audience} {'full' if not since else 'incremental'}{' own' if own_only else ''} "
            f"{tally.done} changes {path.name}",
        )
    return ExportResult(path, dict(tally.tables), tally.done, audience, peer_id or ANY)


# --- import ------------------------------------------------------------------------------------


@dataclass
class _Verified:
    manifest: Manifest
    payload: bytes
    peer_name: str
    peer_role: str
    already: str  # "" (new to us), "bundle" (this very bundle was applied) or "covered" (held anyway)


def _verify(ctx: ServiceContext, path: Path, passphrase: str | None) -> _Verified:
    """Every check of a bundle, before anything is written (read-only: the keys exist already if a
    bundle can be addressed to us; else decryption by key fails anyway)."""
    with ctx.reading() as session:
        local = _local(session)
        stored = session.scalar(select(LocalSite.signing_key))
        keys = SiteKeys.from_bytes(stored) if stored is not None else None
        known = _public_keys(session)
        manifest, payload = read_bundle(
            path,
            known_key=known.get,
            passphrase=passphrase,
            identity=keys,
            own_site=local.site_id,
            newest_schema=head_revision(),
        )
        peer = _peer(session, manifest.sender_site)
        params = {"station": manifest.sender_station, "name": peer.name}
        if manifest.sender_station.upper() != peer.station_code.upper():
            raise BundleRefused(
                "bundle.station_mismatch",
                f"The bundle says it comes from station {manifest.sender_station}, but its sender was "
                f"enrolled as a PC of station {peer.station_code}.",
                {**params, "enrolled": peer.station_code},
            )
        foreign = manifest.sender_station.upper() != local.station_code.upper()
        if foreign and local.role != HUB and peer.role != HUB:
            raise BundleRefused(
                "bundle.other_station",
                f"The bundle holds the data of station {manifest.sender_station}, not of this station.",
                {**params, "own": local.station_code},
            )
        if session.get(SyncBundle, manifest.bundle_id) is not None:
            already = "bundle"
        else:
            vector = _vector(ctx)
            covered = manifest.clock_ranges and all(
                high <= vector.get(origin, 0) for origin, (_low, high) in manifest.clock_ranges.items()
            )
            already = "covered" if covered else ""
        return _Verified(manifest, payload, peer.name, peer.role, already)


def _changeset(verified: _Verified, progress: Progress | None) -> ChangeSet:
    manifest = verified.manifest
    try:
        changeset = changeset_decode(verified.payload, lazy=True)
    except PayloadError as error:
        raise _bad_payload() from error
    if changeset.sender_site_id != manifest.sender_site or changeset.audience != manifest.audience:
        raise _bad_payload()
    total = sum(manifest.counts.values())
    source = changeset.rows()

    def stream() -> Iterator[Row]:
        done, mark = 0, _PROGRESS_EVERY
        for row in source:
            done += len(row[2])
            if progress is not None and done >= mark:
                progress(done, max(total, done))
                mark = done + _PROGRESS_EVERY
            yield row
        if progress is not None:
            progress(done, done)

    changeset.grouped = stream()
    return changeset


def _bad_payload() -> BundleRefused:
    return BundleRefused(
        "bundle.bad_payload", "The bundle's content cannot be read: it is not a change set.", {}
    )


class _Relayed:
    """Refuses what a trainer laptop or hub passes on from other sites: it holds their data only as
    its audience filter let it through, and taking it would make this site's knowledge vector claim
    those sites complete (their own later exports would then skip the withheld fields for ever).
    Other sites' changes at or below what this site holds from them already pass: they move nothing."""

    def __init__(self, sender: str, held: Mapping[str, int]) -> None:
        self.sender = sender
        self.held = held
        self.count = 0
        self.tables: set[str] = set()

    def __call__(self, rows: Iterable[Row]) -> Iterator[Row]:
        sender, held = self.sender, self.held
        for table, row_id, group in rows:
            kept = [c for c in group if c.site_id == sender or c.hlc <= held.get(c.site_id, 0)]
            if len(kept) < len(group):
                self.count += len(group) - len(kept)
                self.tables.add(table)
            if kept:
                yield table, row_id, kept


def _apply(
    ctx: ServiceContext, verified: _Verified, *, dry_run: bool, progress: Progress | None
) -> tuple[ApplyResult, int]:
    """The apply's counts (refused including the relayed ones) and how many were relayed."""
    changeset = _changeset(verified, progress)
    relayed = None
    if verified.peer_role in FILTERED_HOLDERS:
        relayed = _Relayed(verified.manifest.sender_site, _vector(ctx))
        changeset.grouped = relayed(changeset.rows())
    try:
        result = apply_changes(
            ctx.engine,
            changeset,
            sender_role=verified.peer_role,
            dry_run=dry_run,
            bundle_id=verified.manifest.bundle_id,
            stamper=_stamper(ctx),
        )
    except PayloadError as error:  # a lazily decoded line: the transaction was rolled back
        raise _bad_payload() from error
    except IntegrityError as error:  # rolled back; e.g. a trainer's sign-ins before the station's sessions
        if "FOREIGN KEY" not in str(error):
            raise
        raise BundleRefused(
            "bundle.missing_records",
            "The file refers to records this PC does not hold yet: import the file of the PC that "
            "wrote them first.",
            {},
        ) from error
    if relayed is None:
        return result, 0
    result.refused += relayed.count
    result.refused_tables |= relayed.tables
    return result, relayed.count


def preview_import(
    ctx: ServiceContext, path: Path, *, passphrase: str | None = None, progress: Progress | None = None
) -> ImportPreview:
    """What importing the bundle would do (full verification, then a dry run); writes nothing.
    ``progress(done, total)`` counts the changes merged; it may raise Cancelled."""
    require(ctx, Action.SYNC)
    verified = _verify(ctx, Path(path), passphrase)
    relayed = 0
    if verified.already:
        counts = counts_of({})
    else:
        result, relayed = _apply(ctx, verified, dry_run=True, progress=progress)
        counts = result.counts()
    manifest = verified.manifest
    return ImportPreview(
        bundle_id=manifest.bundle_id,
        sender_site_id=manifest.sender_site,
        sender_name=verified.peer_name,
        sender_station=manifest.sender_station,
        audience=manifest.audience,
        created_at=manifest.created_at,
        changes=sum(manifest.counts.values()),
        tables=dict(manifest.counts),
        counts=counts,
        already=bool(verified.already),
        relayed=relayed,
    )


def import_bundle(
    ctx: ServiceContext,
    path: Path,
    *,
    passphrase: str | None = None,
    receipt_folder: Path | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Verify the bundle (nothing is written before every check passed), apply it in one
    transaction, and write the receipt (回执) for its sender beside the bundle or in
    ``receipt_folder``. A bundle imported before (or holding nothing new) changes nothing and says
    so (``already``); its receipt is written again. ``progress`` may raise Cancelled: the whole
    import is rolled back."""
    actor = require(ctx, Action.SYNC)
    path = Path(path)
    verified = _verify(ctx, path, passphrase)
    manifest = verified.manifest
    sender = manifest.sender_site
    relayed = settled = 0
    if verified.already == "bundle":
        counts = counts_of({})
    else:
        if verified.already == "covered":
            result = ApplyResult()
            _record_bundle(ctx, manifest, result)
        else:
            result, relayed = _apply(ctx, verified, dry_run=False, progress=progress)
            settled = result.settled
        counts = result.counts()
        with ctx.transaction() as session:
            _peer(session, sender).last_import_at = _now()
            _acknowledge(session, sender, manifest.knowledge)
            audit.record(
                session,
                actor,
                "sync.import",
                record_type="site",
                record_id=sender,
                detail=f"{path.name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()),
            )
    receipt_path, receipt_error = _write_receipt(ctx, manifest, counts, receipt_folder or path.parent)
    return ImportResult(
        manifest.bundle_id,
        verified.peer_name,
        counts,
        receipt_path,
        bool(verified.already),
        receipt_error,
        relayed,
        settled,
    )


def _record_bundle(ctx: ServiceContext, manifest: Manifest, result: ApplyResult) -> None:
    """A bundle holding nothing new is still a bundle received (the hub's 催报 counts them)."""
    with ctx.transaction() as session:
        session.add(
            SyncBundle(
                id=manifest.bundle_id,
                sender_site_id=manifest.sender_site,
                applied_at=datetime.now(),
                **result.counts(),
            )
        )


def _write_receipt(
    ctx: ServiceContext, manifest: Manifest, counts: dict[str, int], folder: Path
) -> tuple[Path | None, str | None]:
    """The receipt file, or (None, the error's code) if it could not be written (the import stays)."""
    with ctx.transaction() as session:
        local = _local(session)
        keys = _keys(session)
    receipt = Receipt(
        bundle_id=manifest.bundle_id,
        importer_site=local.site_id,
        importer_station=local.station_code,
        knowledge=_vector(ctx),
        created_at=utc_now(),
        counts=counts,
    )
    name = receipt_name(local.station_code, local.site_id, manifest.bundle_id)
    try:
        return write_receipt(Path(folder) / name, receipt, keys, overwrite=True), None
    except WriteFailed as error:
        return None, error.code


def import_receipt(ctx: ServiceContext, path: Path) -> ReceiptResult:
    """Record what the receipt's importer now holds (``sync_ack``; it only moves forward): the next
    incremental export to that site starts there."""
    actor = require(ctx, Action.SYNC)
    with ctx.transaction() as session:
        try:
            receipt = read_receipt(path, known_key=_public_keys(session).get)
        except BundleRefused as refused:
            # Only the current id is this PC: an earlier one may live on (the PC it was copied from).
            own = refused.params.get("site") == _local(session).site_id
            if refused.code == "receipt.unknown_sender" and own:
                raise BundleRefused(
                    "receipt.own",
                    "This receipt was written on this PC for the PC whose file it imported: import it "
                    "on that PC.",
                    {},
                ) from refused
            raise
        peer = _peer(session, receipt.importer_site)
        moved = _acknowledge(session, peer.site_id, receipt.knowledge)
        if moved:
            audit.record(
                session,
                actor,
                "sync.receipt",
                record_type="site",
                record_id=peer.site_id,
                detail=f"bundle {receipt.bundle_id}",
            )
        session.flush()
        return ReceiptResult(
            peer.site_id,
            peer.name,
            receipt.bundle_id,
            dict(receipt.counts),
            _ack(session, peer.site_id),
            moved,
        )


def file_kind(path: Path) -> str:
    """ "bundle", "receipt", "enrolment" or "" (none of these), from the file's first bytes."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(4096)
    except OSError:
        return ""
    if head.startswith(AGE_MAGIC):
        return "bundle"
    for kind, marker in (
        ("receipt", b'"format":"stationdesk-receipt"'),
        ("enrolment", b'"format":"stationdesk-enrolment"'),
    ):
        if head.startswith(b'{"document":') and marker in head:
            return kind
    return ""


def import_file(
    ctx: ServiceContext,
    path: Path,
    *,
    passphrase: str | None = None,
    receipt_folder: Path | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult | ImportPreview | ReceiptResult | PeerRow:
    """A bundle (imported, or previewed with ``dry_run``), a receipt or an enrolment file (both
    refused with ``dry_run``: they are small and say what they are)."""
    kind = file_kind(Path(path))
    if kind == "bundle":
        if dry_run:
            return preview_import(ctx, path, passphrase=passphrase, progress=progress)
        return import_bundle(
            ctx, path, passphrase=passphrase, receipt_folder=receipt_folder, progress=progress
        )
    if kind and dry_run:
        raise ValidationError("sync.no_dry_run", f"A {kind} file has no dry run.", {"kind": kind})
    if kind == "receipt":
        return import_receipt(ctx, path)
    if kind == "enrolment":
        return enrol(ctx, path)
    require(ctx, Action.SYNC)
    raise BundleRefused(
        "sync.unknown_file", "The file is neither a bundle, a receipt nor an enrolment file.", {}
    )


# --- conflicts ---------------------------------------------------------------------------------


def _words(name: str) -> str:
    return name.replace("_", " ").capitalize()


_TABLE_WORDS = {
    "app_user": "User",
    "person": "Person",
    "walk_in": "Walk-in",
    "walk_in_need": "Walk-in need",
    "home_visit": "Home visit",
    "key_target": "Key target",
    "training_session": "Training session",
    "session_attendance": "Sign-in",
    "enrolment": "Enrolment",
    "programme": "Programme",
    "hours_entry": "Volunteer hours",
    "report_highlight": "Report highlights",
}
_FIELD_WORDS = {
    "deleted": "Removed",
    "id_number": "ID number",
    "starts_at": "Starts at",
    "ends_at": "Ends at",
    "display_name": "Name",
}


def _record_label(session: Session, table: str, row_id: str) -> str:
    """The record's name, or its person's or programme's, else the end of its id."""
    info = tables().get(table)
    columns = set(info.fields) if info is not None else set()
    for column, source in (
        ("name", table),
        ("display_name", table),
        ("person_id", "person"),
        ("programme_id", "programme"),
    ):
        if column not in columns:
            continue
        value = session.execute(text(f"SELECT {column} FROM {table} WHERE id = :id"), {"id": row_id}).scalar()
        if value and source != table:
            value = session.execute(text(f"SELECT name FROM {source} WHERE id = :id"), {"id": value}).scalar()
        if value:
            return str(value)
    return row_id[-8:]


def _site_names(session: Session) -> dict[str, str]:
    names = {site: name for site, name in session.execute(select(SyncPeer.site_id, SyncPeer.name))}
    local = _local(session)
    names[local.site_id] = local.station_name
    for site in local.history:
        names.setdefault(site, local.station_name)  # enrolled: the PC it was copied from
    return names


def conflicts(ctx: ServiceContext) -> list[ConflictRow]:
    """The open conflicts, oldest first: both values and both sites, in words where possible."""
    require(ctx, Action.SYNC_VIEW)
    found = open_conflicts(ctx.engine)
    with ctx.reading() as session:
        names = _site_names(session)
        here = _local(session).site_id  # not its earlier ids: they may live on (the PC it was copied from)
        return [
            ConflictRow(
                id=c.id,
                table=c.table_name,
                table_label=_TABLE_WORDS.get(c.table_name, _words(c.table_name)),
                row_id=c.row_id,
                field=c.field,
                field_label=_FIELD_WORDS.get(c.field, _words(c.field)),
                record_label=_record_label(session, c.table_name, c.row_id),
                kept_value=c.kept_value,
                other_value=c.other_value,
                kept_site=c.kept_site,
                kept_site_name=names.get(c.kept_site, c.kept_site[-8:]),
                other_site=c.other_site,
                other_site_name=names.get(c.other_site, c.other_site[-8:]),
                detected_at=_moment(c.detected_at),
                kept_here=c.kept_site == here,
                other_here=c.other_site == here,
            )
            for c in found
        ]


def _moment(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def open_conflict_count(ctx: ServiceContext) -> int:
    require(ctx, Action.SYNC_VIEW)
    return open_count(ctx.engine)


KEEP_CHOICES = {"kept": "confirm", "other": "swap"}


def resolve_conflict(ctx: ServiceContext, conflict_id: int, keep: str) -> None:
    """``keep``: "kept" (confirm the value the merge kept) or "other" (swap to the other one). The
    choice is a stamped write, so it travels to the other sites like any edit."""
    actor = require(ctx, Action.SYNC)
    choice = KEEP_CHOICES.get(keep)
    if choice is None:
        raise ValidationError(
            "sync.conflict_bad_choice", "Keep the kept value or the other one.", {"choice": keep}
        )
    try:
        resolve(ctx.engine, conflict_id, choice, _stamper(ctx), by=actor.user_id)
    except ConflictError as error:
        raise ValidationError(error.code, str(error), {k: str(v) for k, v in error.params.items()}) from error
    with ctx.transaction() as session:
        audit.record(
            session,
            actor,
            "sync.conflict_resolve",
            record_type="sync_conflict",
            record_id=str(conflict_id),
            detail=keep,
        )


def counts_of(values: Mapping[str, int]) -> dict[str, int]:
    return {key: int(values.get(key, 0)) for key in COUNT_KEYS}
