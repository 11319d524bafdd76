"""A site's keys: Ed25519 to sign what it sends, an age X25519 identity to receive bundles.

The private keys stay in the site's own database (a local table, never synced); enrolment files
carry the public halves. ``to_bytes`` is canonical JSON (below); ``from_bytes`` parses it strictly.

    {"age_identity":"AGE-SECRET-KEY-1...","format":"stationdesk-site-keys","format_version":1,
     "signing_key":"<base64 of the 32-byte Ed25519 private key>"}
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from stationdesk.sync.canonical import Reader, canonical_json

FORMAT = "stationdesk-site-keys"
FORMAT_VERSION = 1
SIGNATURE_SIZE = 64
PUBLIC_KEY_SIZE = 32
AGE_RECIPIENT_RE = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
_AGE_IDENTITY_RE = re.compile(r"^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$")
_B64_32 = re.compile(r"^[A-Za-z0-9+/]{43}=$")


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode_exact(text: str) -> bytes:
    """Strict base64 (canonical padding, no whitespace); raises ValueError."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as error:
        raise ValueError("not base64") from error
    if base64.b64encode(data).decode("ascii") != text:
        raise ValueError("not canonical base64")
    return data


@dataclass(frozen=True)
class PublicKeys:
    """What others need to know about a site: its signature key and its age recipient."""

    signing_key: bytes  # raw Ed25519 public key, 32 bytes
    age_recipient: str  # "age1..."

    def __post_init__(self) -> None:
        if len(self.signing_key) != PUBLIC_KEY_SIZE or not AGE_RECIPIENT_RE.match(self.age_recipient):
            raise ValueError("not a site's public keys")


class SiteKeys:
    """A site's private keys. Compare with ``to_bytes()``; never log them."""

    __slots__ = ("_age", "_signing")

    def __init__(self, signing: Ed25519PrivateKey, age: pyrage.x25519.Identity) -> None:
        self._signing = signing
        self._age = age

    @classmethod
    def generate(cls) -> SiteKeys:
        return cls(Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate())

    def to_bytes(self) -> bytes:
        raw = self._signing.private_bytes_raw()
        return canonical_json(
            {
                "age_identity": str(self._age),
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "signing_key": b64encode(raw),
            }
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> SiteKeys:
        """Raises BundleRefused("keys.bad_keys", ...) for anything but ``to_bytes()`` output."""
        reader = Reader("keys", "keys", "stored site key")
        document = reader.loads(data)
        reader.exact_keys(document, {"age_identity", "format", "format_version", "signing_key"})
        reader.choice(document, "format", frozenset({FORMAT}))
        if reader.integer(document, "format_version") != FORMAT_VERSION:
            raise reader.refuse("format_version", f"is not {FORMAT_VERSION}")
        seed = reader.pattern(document, "signing_key", _B64_32)
        identity = reader.pattern(document, "age_identity", _AGE_IDENTITY_RE)
        try:
            signing = Ed25519PrivateKey.from_private_bytes(b64decode_exact(seed))
            age = pyrage.x25519.Identity.from_str(identity)
        except (ValueError, pyrage.IdentityError) as error:
            raise reader.refuse("signing_key", "is not a key") from error
        return cls(signing, age)

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(self._signing.public_key().public_bytes_raw(), str(self._age.to_public()))

    @property
    def age_identity(self) -> pyrage.x25519.Identity:
        return self._age

    def sign(self, data: bytes) -> bytes:
        return self._signing.sign(data)

    def __repr__(self) -> str:
        return f"SiteKeys(public={fingerprint(self.public.signing_key)})"


def verify(public_key: bytes, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is ``public_key``'s Ed25519 signature of ``data``."""
    if len(public_key) != PUBLIC_KEY_SIZE or len(signature) != SIGNATURE_SIZE:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_key: bytes) -> str:
    """A short code for people to compare a key on two screens: 16 base32 letters in groups of 4
    (80 bits of SHA-256 of the public key), e.g. ``Z6BX-CGNV-JUOI-NR64``."""
    digest = base64.b32encode(hashlib.sha256(public_key).digest()[:10]).decode("ascii")
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))
