"""Small signed JSON files (receipts, enrolment files): one line of canonical JSON,

    {"document":{...the fields, with "format" and "format_version"...},"signature":"<base64>"}\\n

where the signature is Ed25519 over the canonical bytes of ``document``. Readable in a text
editor, parsed strictly: the file must be exactly the canonical encoding of what it holds.
"""

from __future__ import annotations

import re

from stationdesk.sync.canonical import Reader, canonical_json
from stationdesk.sync.errors import BundleRefused
from stationdesk.sync.keys import SiteKeys, b64decode_exact, b64encode

_SIGNATURE = re.compile(r"^[A-Za-z0-9+/]{86}==$")


def seal(document: dict[str, object], keys: SiteKeys) -> bytes:
    signature = keys.sign(canonical_json(document))
    return canonical_json({"document": document, "signature": b64encode(signature)}) + b"\n"


def unseal(
    data: bytes, reader: Reader, *, kind: str, format_name: str, format_version: int, max_size: int
) -> tuple[dict[str, object], bytes, bytes]:
    """(document, the signed bytes, the signature) of a sealed file; the caller checks the
    signature with the key it trusts and the document's fields with ``reader``."""
    prefix = reader.prefix
    if len(data) > max_size:
        raise BundleRefused(
            f"{prefix}.too_large", f"The {kind} file is larger than allowed.", {"limit": max_size}
        )
    if not data.endswith(b"\n"):
        raise BundleRefused(f"{prefix}.not_{kind}", f"The file is not a StationDesk {kind} file.", {})
    outer = reader.loads(data[:-1], field="file")
    document = outer.get("document")
    if set(outer) != {"document", "signature"} or not isinstance(document, dict):
        raise BundleRefused(f"{prefix}.not_{kind}", f"The file is not a StationDesk {kind} file.", {})
    if document.get("format") != format_name:
        raise BundleRefused(f"{prefix}.not_{kind}", f"The file is not a StationDesk {kind} file.", {})
    version = document.get("format_version")
    if type(version) is int and version > format_version:
        raise BundleRefused(
            f"{prefix}.newer_format",
            f"The {kind} file was written by a newer StationDesk; please upgrade to read it.",
            {"version": version},
        )
    if version != format_version:
        raise reader.refuse("format_version", f"is not {format_version}")
    signature = reader.pattern(outer, "signature", _SIGNATURE)
    try:
        raw = b64decode_exact(signature)
    except ValueError as error:
        raise reader.refuse("signature", "is not canonical base64") from error
    return document, canonical_json(document), raw
