"""Shared makings for the sync container tests: two sites' keys, a manifest, crafted bundles."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache

import pyrage

from stationdesk.sync import archive
from stationdesk.sync.bundle import Manifest, open_bundle
from stationdesk.sync.keys import SiteKeys

SENDER = "0190c1a2-7b4e-7c3d-8e9f-0a1b2c3d4e5f"
OTHER = "0190c1a2-7b4e-7c3d-8e9f-ffffffffffff"
PAYLOAD = archive.deflate(b'{"changes": []}' * 200)


@cache
def sender_keys() -> SiteKeys:
    return SiteKeys.generate()


@cache
def recipient_keys() -> SiteKeys:
    return SiteKeys.generate()


def known(site: str) -> bytes | None:
    return sender_keys().public.signing_key if site == SENDER else None


def manifest(**changes: object) -> Manifest:
    base = Manifest(
        bundle_id="0190c1a2-7b4e-7c3d-8e9f-000000000001",
        schema_revision="0010",
        sender_site=SENDER,
        sender_station="QX01",
        audience="hub",
        recipient_site="any",
        created_at=datetime(2025, 3, 14, 9, 30, tzinfo=UTC),
        clock_ranges={SENDER: (100, 200)},
        counts={"person": 3, "visit": 2},
        knowledge={SENDER: 200, OTHER: 50},
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def signed_manifest(
    payload: bytes = PAYLOAD, keys: SiteKeys | None = None, **changes: object
) -> tuple[bytes, bytes]:
    """(manifest bytes for ``payload``, their signature by ``keys`` (the sender's by default))."""
    data = replace(
        manifest(**changes), payload_sha256=hashlib.sha256(payload).hexdigest(), payload_size=len(payload)
    ).to_json()
    return data, (keys or sender_keys()).sign(data)


def seal(members: list[tuple[str, bytes]]) -> bytes:
    """The archive of ``members``, encrypted to the recipient: how a hostile sender would craft one."""
    return pyrage.encrypt(
        archive.pack(members), [pyrage.x25519.Recipient.from_str(recipient_keys().public.age_recipient)]
    )


def sealed_bundle(payload: bytes = PAYLOAD, **changes: object) -> bytes:
    data, signature = signed_manifest(payload, **changes)
    return seal([("manifest.json", data), ("payload", payload), ("signature", signature)])


def open_as_recipient(data: bytes, **kw: object) -> tuple[Manifest, bytes]:
    options: dict[str, object] = {"known_key": known, "identity": recipient_keys(), **kw}
    return open_bundle(data, **options)  # type: ignore[arg-type]
