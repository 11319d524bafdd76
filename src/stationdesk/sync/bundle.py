"""Bundle files: a signed manifest and an opaque payload, in an archive, encrypted with age.

A bundle file is an age file (passphrase/scrypt or one X25519 recipient; ``age -d`` opens it).
Inside, the archive of ``sync.archive`` with exactly three members in this order:

- ``manifest.json``: the Manifest as canonical JSON (``sync.canonical``), at most 4 MiB;
- ``payload``: the engine's bytes (deflated change sets), opaque here, at most ``max_size``;
- ``signature``: 64 bytes, the sender's Ed25519 signature of the manifest bytes.

The manifest holds the payload's SHA-256 and size, so the signature covers everything.
``read_bundle`` returns nothing until every check has passed, in this order: size cap, age
header, decryption (which authenticates every byte: any flipped, cut or appended byte fails
here), archive layout and caps, manifest schema, signature by the sender's known key, payload
size and digest, then the reader's policy (schema revision, addressee).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import ClassVar

import pyrage

from stationdesk.domain.errors import ValidationError
from stationdesk.sync import archive
from stationdesk.sync.canonical import (
    UUID_RE,
    Reader,
    canonical_json,
    check_vector,
    is_identifier,
    normalize_time,
    utc_text,
)
from stationdesk.sync.errors import BundleRefused
from stationdesk.sync.files import read_capped, safe_write
from stationdesk.sync.keys import AGE_RECIPIENT_RE, SIGNATURE_SIZE, SiteKeys, verify

FORMAT = "stationdesk-bundle"
FORMAT_VERSION = 1
AUDIENCES = frozenset({"hub", "station", "trainer"})
ANY = "any"
DEFAULT_MAX_SIZE = 512 * 1024 * 1024
MANIFEST_MAX_SIZE = 4 * 1024 * 1024
MAX_ENTRIES = 100_000  # per map in a manifest (sites in a vector, tables in counts)
MIN_PASSPHRASE = 8
AGE_MAGIC = b"age-encryption.org/v1\n"
_REVISION = re.compile(r"^\d{4}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_FIELDS = {
    "audience",
    "bundle_id",
    "clock_ranges",
    "counts",
    "created_at",
    "format",
    "format_version",
    "knowledge",
    "payload_sha256",
    "payload_size",
    "recipient_site",
    "schema_revision",
    "sender_site",
    "sender_station",
}


@dataclass(frozen=True)
class Manifest:
    """What a bundle says about itself; signed by the sender.

    ``clock_ranges``: origin site -> (lowest, highest) hlc of the changes carried from it.
    ``counts``: table name -> changes carried. ``knowledge``: the sender's knowledge vector
    {origin site: highest hlc held} when it wrote the bundle. ``payload_sha256``/``payload_size``
    are filled in by ``write_bundle`` (whatever the caller put there is replaced).
    """

    format: ClassVar[str] = FORMAT
    format_version: ClassVar[int] = FORMAT_VERSION

    bundle_id: str
    schema_revision: str
    sender_site: str
    sender_station: str
    audience: str
    recipient_site: str
    created_at: datetime
    clock_ranges: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    counts: Mapping[str, int] = field(default_factory=dict)
    knowledge: Mapping[str, int] = field(default_factory=dict)
    payload_sha256: str = ""
    payload_size: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "created_at", normalize_time(self.created_at))
        object.__setattr__(self, "clock_ranges", {k: (lo, hi) for k, (lo, hi) in self.clock_ranges.items()})
        object.__setattr__(self, "counts", dict(self.counts))
        object.__setattr__(self, "knowledge", check_vector(self.knowledge))

    def to_json(self) -> bytes:
        """The canonical bytes the signature covers."""
        return canonical_json(
            {
                "audience": self.audience,
                "bundle_id": self.bundle_id,
                "clock_ranges": {site: [lo, hi] for site, (lo, hi) in self.clock_ranges.items()},
                "counts": dict(self.counts),
                "created_at": utc_text(self.created_at),
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "knowledge": dict(self.knowledge),
                "payload_sha256": self.payload_sha256,
                "payload_size": self.payload_size,
                "recipient_site": self.recipient_site,
                "schema_revision": self.schema_revision,
                "sender_site": self.sender_site,
                "sender_station": self.sender_station,
            }
        )

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        """Strict: canonical bytes, exactly the known fields, each of its type and range."""
        reader = Reader("bundle", "manifest", "bundle's manifest")
        document = reader.loads(data, field="manifest")
        if document.get("format") != FORMAT:
            raise BundleRefused("bundle.not_a_bundle", "The file is not a StationDesk bundle.", {})
        version = document.get("format_version")
        if type(version) is int and version > FORMAT_VERSION:
            raise BundleRefused(
                "bundle.newer_format",
                "The bundle was written by a newer StationDesk; please upgrade to read it.",
                {"version": version},
            )
        reader.exact_keys(document, _FIELDS)
        if version != FORMAT_VERSION:
            raise reader.refuse("format_version", f"is not {FORMAT_VERSION}")

        def clock_range(key: str, item: object) -> tuple[int, int]:
            if (
                not isinstance(item, list)
                or len(item) != 2
                or not all(type(v) is int and 0 <= v <= (1 << 63) - 1 for v in item)
                or item[0] > item[1]
            ):
                raise reader.refuse(key, "has a range that is not [lowest, highest]")
            return (item[0], item[1])

        ranges = reader.mapping(
            document,
            "clock_ranges",
            keys=lambda name: bool(UUID_RE.match(name)),
            value=clock_range,
            max_items=MAX_ENTRIES,
        )
        recipient = document.get("recipient_site")
        return cls(
            bundle_id=reader.uuid(document, "bundle_id"),
            schema_revision=reader.pattern(document, "schema_revision", _REVISION),
            sender_site=reader.uuid(document, "sender_site"),
            sender_station=reader.text(document, "sender_station", max_len=32),
            audience=reader.choice(document, "audience", AUDIENCES),
            recipient_site=ANY if recipient == ANY else reader.uuid(document, "recipient_site"),
            created_at=reader.moment(document, "created_at"),
            clock_ranges=ranges,  # type: ignore[arg-type]
            counts=reader.counts(document, "counts", max_items=MAX_ENTRIES),
            knowledge=reader.vector(document, "knowledge", max_items=MAX_ENTRIES),
            payload_sha256=reader.pattern(document, "payload_sha256", _SHA256),
            payload_size=reader.integer(document, "payload_size"),
        )


def _checked(manifest: Manifest) -> bytes:
    """The manifest's bytes, after checking a reader would accept them (ValueError otherwise)."""
    data = manifest.to_json()
    if any(not is_identifier(name) for name in manifest.counts):
        raise ValueError("count keys must be lower-case identifiers")
    try:
        Manifest.from_json(data)
    except BundleRefused as error:
        raise ValueError(f"this manifest would be refused: {error}") from error
    return data


def write_bundle(
    path: Path | str,
    manifest: Manifest,
    payload: bytes,
    keys: SiteKeys,
    *,
    passphrase: str | None = None,
    recipient: str | None = None,
) -> Path:
    """Sign, pack, encrypt (to exactly one of ``passphrase`` or the age ``recipient``) and write
    safely (``files.safe_write``: never over an existing file). Returns the path written.

    Raises ValidationError ``bundle.weak_passphrase`` (fewer than 8 characters) or
    ``bundle.bad_recipient``; WriteFailed from the safe write.
    """
    if (passphrase is None) == (recipient is None):
        raise ValueError("give exactly one of passphrase or recipient")
    if passphrase is not None and len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            "bundle.weak_passphrase",
            f"The passphrase needs at least {MIN_PASSPHRASE} characters.",
            {"min": MIN_PASSPHRASE},
        )
    if recipient is not None and not AGE_RECIPIENT_RE.match(recipient):
        raise ValidationError("bundle.bad_recipient", "That is not a recipient key (age1...).", {})
    manifest = replace(
        manifest, payload_sha256=hashlib.sha256(payload).hexdigest(), payload_size=len(payload)
    )
    manifest_bytes = _checked(manifest)
    plain = archive.pack(
        [("manifest.json", manifest_bytes), ("payload", payload), ("signature", keys.sign(manifest_bytes))]
    )
    if passphrase is not None:
        sealed = pyrage.passphrase.encrypt(plain, passphrase)
    else:
        try:
            target = pyrage.x25519.Recipient.from_str(recipient)
        except pyrage.RecipientError as error:
            raise ValidationError(
                "bundle.bad_recipient", "That is not a recipient key (age1...).", {}
            ) from error
        sealed = pyrage.encrypt(plain, [target])
    return safe_write(Path(path), sealed)


def read_bundle(
    path: Path | str,
    *,
    known_key: Callable[[str], bytes | None],
    passphrase: str | None = None,
    identity: SiteKeys | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    own_site: str | None = None,
    newest_schema: str | None = None,
) -> tuple[Manifest, bytes]:
    """The verified manifest and payload of the bundle at ``path``, or BundleRefused.

    ``known_key(site_id)`` returns the enrolled site's Ed25519 public key, None if unknown.
    ``own_site``: refuse a bundle addressed to another site. ``newest_schema``: the newest schema
    revision this installation knows; a bundle from a newer one is refused ("please upgrade").
    """
    data = read_capped(Path(path), max_size, "bundle")
    return open_bundle(
        data,
        known_key=known_key,
        passphrase=passphrase,
        identity=identity,
        max_size=max_size,
        own_site=own_site,
        newest_schema=newest_schema,
    )


def _too_large(limit: int) -> BundleRefused:
    return BundleRefused("bundle.too_large", "The bundle is larger than allowed.", {"limit": limit})


def _decrypt(data: bytes, passphrase: str | None, identity: SiteKeys | None) -> bytes:
    if not data or AGE_MAGIC.startswith(data):
        raise BundleRefused("bundle.truncated", "The bundle file is empty or cut short.", {})
    if not data.startswith(AGE_MAGIC):
        raise BundleRefused("bundle.not_a_bundle", "The file is not a StationDesk bundle.", {})
    end = data.find(b"\n--- ", 0, 65536)
    if end < 0:
        raise BundleRefused("bundle.truncated", "The bundle file is empty or cut short.", {})
    header = data[:end]
    if b"\n-> scrypt " in header:
        if passphrase is None:
            raise BundleRefused("bundle.passphrase_needed", "The bundle is protected by a passphrase.", {})
        try:
            return pyrage.passphrase.decrypt(data, passphrase)
        except pyrage.DecryptError as error:
            if str(error) == "Decryption failed":
                raise BundleRefused(
                    "bundle.wrong_passphrase", "The passphrase is not the bundle's.", {}
                ) from error
            raise _damaged() from error
    if b"\n-> X25519 " not in header:
        raise BundleRefused("bundle.not_for_us", "The bundle is encrypted for another site.", {})
    if identity is None:
        raise BundleRefused(
            "bundle.key_needed", "The bundle is encrypted for a site's key, not a passphrase.", {}
        )
    try:
        return pyrage.decrypt(data, [identity.age_identity])
    except pyrage.DecryptError as error:
        if str(error) == "No matching keys found":
            raise BundleRefused(
                "bundle.not_for_us", "The bundle is encrypted for another site.", {}
            ) from error
        raise _damaged() from error


def _damaged() -> BundleRefused:
    return BundleRefused(
        "bundle.damaged", "The bundle file is damaged: altered, cut short or not completely copied.", {}
    )


def open_bundle(
    data: bytes,
    *,
    known_key: Callable[[str], bytes | None],
    passphrase: str | None = None,
    identity: SiteKeys | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    own_site: str | None = None,
    newest_schema: str | None = None,
) -> tuple[Manifest, bytes]:
    """``read_bundle`` on the file's bytes."""
    if len(data) > max_size:
        raise _too_large(max_size)
    plain = _decrypt(data, passphrase, identity)
    members = archive.unpack(
        plain, {"manifest.json": MANIFEST_MAX_SIZE, "payload": max_size, "signature": SIGNATURE_SIZE}
    )
    manifest = Manifest.from_json(members["manifest.json"])
    public_key = known_key(manifest.sender_site)
    if public_key is None:
        raise BundleRefused(
            "bundle.unknown_sender",
            f"The bundle comes from a site that is not enrolled here (station {manifest.sender_station}).",
            {"site": manifest.sender_site, "station": manifest.sender_station},
        )
    if not verify(public_key, members["manifest.json"], members["signature"]):
        raise BundleRefused(
            "bundle.bad_signature",
            "The bundle's signature is not its sender's: it was altered or forged.",
            {"site": manifest.sender_site, "station": manifest.sender_station},
        )
    payload = members["payload"]
    if (
        len(payload) != manifest.payload_size
        or hashlib.sha256(payload).hexdigest() != manifest.payload_sha256
    ):
        raise BundleRefused(
            "bundle.payload_mismatch", "The bundle's content is not the one its sender signed.", {}
        )
    if newest_schema is not None and manifest.schema_revision > newest_schema:
        raise BundleRefused(
            "bundle.newer_schema",
            f"The bundle comes from a newer StationDesk (schema {manifest.schema_revision}); please upgrade.",
            {"revision": manifest.schema_revision, "newest": newest_schema},
        )
    if own_site is not None and manifest.recipient_site not in (ANY, own_site):
        raise BundleRefused(
            "bundle.addressed_elsewhere",
            "The bundle is addressed to another site.",
            {"site": manifest.recipient_site},
        )
    return manifest, payload
