"""Enrolment files: a site introduces itself (site id, station, name, role, public keys), signed
by its own key, on a stick or as a QR code.

The self-signature proves the file was made by the holder of the key it names and was not altered;
whether to trust that key is for the people enrolling: both screens show ``fingerprint``.
File: ``signed.seal`` of

    {"age_recipient","created_at","format":"stationdesk-enrolment","format_version":1,"name",
     "role","signing_key":"<base64>","site_id","station_code"}

Text form (for a QR code; one line of ASCII, so a keyboard-wedge scanner can type it too):

    SDE1*<site id>*<station code, %-encoded>*<role>*<signing key, base64url>*<age recipient>
        *<created at>*<signature, base64url>*<name, %-encoded>

carrying the same signed document (the reader rebuilds it and checks the same signature).
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, unquote

from stationdesk.sync.canonical import Reader, canonical_json, normalize_time, utc_text
from stationdesk.sync.errors import BundleRefused
from stationdesk.sync.files import read_capped, safe_write
from stationdesk.sync.keys import AGE_RECIPIENT_RE, SiteKeys, b64decode_exact, b64encode, fingerprint, verify
from stationdesk.sync.signed import seal, unseal

FORMAT = "stationdesk-enrolment"
FORMAT_VERSION = 1
ROLES = frozenset({"station", "hub", "trainer"})
MAX_SIZE = 64 * 1024
TEXT_PREFIX = "SDE1"
_B64_32 = re.compile(r"^[A-Za-z0-9+/]{43}=$")
_FIELDS = {
    "age_recipient",
    "created_at",
    "format",
    "format_version",
    "name",
    "role",
    "signing_key",
    "site_id",
    "station_code",
}


@dataclass(frozen=True)
class Enrolment:
    site_id: str
    station_code: str
    name: str
    role: str  # station | hub | trainer
    signing_key: bytes  # Ed25519 public key, 32 bytes
    age_recipient: str  # "age1..." (bundles for this site are encrypted to it)
    created_at: datetime

    def __post_init__(self) -> None:
        object.__setattr__(self, "created_at", normalize_time(self.created_at))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key)

    def document(self) -> dict[str, object]:
        return {
            "age_recipient": self.age_recipient,
            "created_at": utc_text(self.created_at),
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "role": self.role,
            "signing_key": b64encode(self.signing_key),
            "site_id": self.site_id,
            "station_code": self.station_code,
        }


def make_enrolment(
    keys: SiteKeys, *, site_id: str, station_code: str, name: str, role: str, created_at: datetime
) -> Enrolment:
    """This site's enrolment, with the public halves of ``keys`` (ValueError if a reader would
    refuse a field)."""
    public = keys.public
    enrolment = Enrolment(
        site_id, station_code, name, role, public.signing_key, public.age_recipient, created_at
    )
    try:
        _from_document(enrolment.document(), _reader())
    except BundleRefused as error:
        raise ValueError(f"this enrolment would be refused: {error}") from error
    return enrolment


def _reader() -> Reader:
    return Reader("enrolment", "file", "enrolment file")


def _check_keys(enrolment: Enrolment, keys: SiteKeys) -> None:
    public = keys.public
    if (public.signing_key, public.age_recipient) != (enrolment.signing_key, enrolment.age_recipient):
        raise ValueError("an enrolment is signed by the keys it names")


def _from_document(document: dict[str, object], reader: Reader) -> Enrolment:
    reader.exact_keys(document, _FIELDS)
    try:
        signing_key = b64decode_exact(reader.pattern(document, "signing_key", _B64_32))
    except ValueError as error:
        raise reader.refuse("signing_key", "is not canonical base64") from error
    return Enrolment(
        site_id=reader.uuid(document, "site_id"),
        station_code=reader.text(document, "station_code", max_len=32),
        name=reader.text(document, "name", max_len=128),
        role=reader.choice(document, "role", ROLES),
        signing_key=signing_key,
        age_recipient=reader.pattern(document, "age_recipient", AGE_RECIPIENT_RE),
        created_at=reader.moment(document, "created_at"),
    )


def _self_signed(enrolment: Enrolment, signed: bytes, signature: bytes) -> Enrolment:
    if not verify(enrolment.signing_key, signed, signature):
        raise BundleRefused(
            "enrolment.bad_signature",
            "The enrolment's signature does not match the key it names: it was altered.",
            {"station": enrolment.station_code},
        )
    return enrolment


def enrolment_bytes(enrolment: Enrolment, keys: SiteKeys) -> bytes:
    _check_keys(enrolment, keys)
    return seal(enrolment.document(), keys)


def write_enrolment(
    path: Path | str, enrolment: Enrolment, keys: SiteKeys, *, overwrite: bool = False
) -> Path:
    return safe_write(Path(path), enrolment_bytes(enrolment, keys), overwrite=overwrite)


def open_enrolment(data: bytes, *, max_size: int = MAX_SIZE) -> Enrolment:
    """The self-signed enrolment in ``data``, or BundleRefused (``enrolment.too_large``,
    ``enrolment.not_enrolment``, ``enrolment.bad_file``, ``enrolment.newer_format``,
    ``enrolment.bad_signature``)."""
    reader = _reader()
    document, signed, signature = unseal(
        data, reader, kind="enrolment", format_name=FORMAT, format_version=FORMAT_VERSION, max_size=max_size
    )
    return _self_signed(_from_document(document, reader), signed, signature)


def read_enrolment(path: Path | str, *, max_size: int = MAX_SIZE) -> Enrolment:
    return open_enrolment(read_capped(Path(path), max_size, "enrolment"), max_size=max_size)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _from_b64url(text: str, size: int) -> bytes:
    if not re.fullmatch(r"[A-Za-z0-9_-]+", text):
        raise ValueError("not base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as error:
        raise ValueError("not base64url") from error
    if len(data) != size or _b64url(data) != text:
        raise ValueError("not canonical base64url")
    return data


def enrolment_text(enrolment: Enrolment, keys: SiteKeys) -> str:
    """The one-line ASCII text form (for a QR code) of the signed enrolment."""
    _check_keys(enrolment, keys)
    signature = keys.sign(canonical_json(enrolment.document()))
    return "*".join(
        (
            TEXT_PREFIX,
            enrolment.site_id,
            quote(enrolment.station_code, safe=""),
            enrolment.role,
            _b64url(enrolment.signing_key),
            enrolment.age_recipient,
            utc_text(enrolment.created_at),
            _b64url(signature),
            quote(enrolment.name, safe=""),
        )
    )


def parse_enrolment_text(text: str) -> Enrolment:
    """The enrolment in a scanned text form, verified like a file; BundleRefused otherwise."""
    reader = _reader()
    parts = text.strip().split("*")
    if len(text) > 4096 or len(parts) != 9 or parts[0] != TEXT_PREFIX:
        raise BundleRefused("enrolment.not_enrolment", "The text is not a StationDesk enrolment code.", {})
    _, site_id, station, role, key, recipient, created, signature, name = parts
    try:
        station_code, person_name = (unquote(part, errors="strict") for part in (station, name))
        if quote(station_code, safe="") != station or quote(person_name, safe="") != name:
            raise ValueError("not canonical")
        signing_key = _from_b64url(key, 32)
        raw_signature = _from_b64url(signature, 64)
    except (ValueError, UnicodeDecodeError) as error:
        raise reader.refuse("text", "has a wrong part") from error
    document: dict[str, object] = {
        "age_recipient": recipient,
        "created_at": created,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "name": person_name,
        "role": role,
        "signing_key": b64encode(signing_key),
        "site_id": site_id,
        "station_code": station_code,
    }
    enrolment = _from_document(document, reader)
    return _self_signed(enrolment, canonical_json(document), raw_signature)
