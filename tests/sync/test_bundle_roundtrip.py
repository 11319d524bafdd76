"""Bundles written and read back: to a site's key, with a passphrase, and the reader's policies."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from container_kit import (
    OTHER,
    PAYLOAD,
    SENDER,
    known,
    manifest,
    open_as_recipient,
    recipient_keys,
    seal,
    sealed_bundle,
    sender_keys,
    signed_manifest,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.sync.bundle import Manifest, read_bundle, write_bundle
from stationdesk.sync.errors import BundleRefused, WriteFailed
from stationdesk.sync.keys import SiteKeys

PASSPHRASE = "correct horse battery"


def _write_to_recipient(path: Path, payload: bytes = PAYLOAD, **changes: object) -> Path:
    return write_bundle(
        path, manifest(**changes), payload, sender_keys(), recipient=recipient_keys().public.age_recipient
    )


def test_round_trip_to_a_recipient_returns_the_manifest_and_payload(tmp_path: Path) -> None:
    path = _write_to_recipient(tmp_path / "a.sdbundle")
    got, payload = read_bundle(path, known_key=known, identity=recipient_keys())
    assert payload == PAYLOAD
    assert got.payload_sha256 == hashlib.sha256(PAYLOAD).hexdigest()
    assert got.payload_size == len(PAYLOAD)
    expected = manifest()
    for name in ("bundle_id", "sender_site", "sender_station", "audience", "recipient_site", "created_at"):
        assert getattr(got, name) == getattr(expected, name)
    assert got.clock_ranges == {SENDER: (100, 200)}
    assert got.knowledge == {SENDER: 200, OTHER: 50}
    assert got.counts == {"person": 3, "visit": 2}
    assert path.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert PAYLOAD[:40] not in path.read_bytes()  # encrypted


def test_manifest_json_is_canonical_and_parses_back() -> None:
    data = manifest(payload_sha256="ab" * 32, payload_size=5).to_json()
    assert data.startswith(b'{"audience":"hub","bundle_id":')
    assert b" " not in data
    assert Manifest.from_json(data) == manifest(payload_sha256="ab" * 32, payload_size=5)


def test_empty_payload_round_trips(tmp_path: Path) -> None:
    path = _write_to_recipient(tmp_path / "empty.sdbundle", payload=b"", counts={})
    assert read_bundle(path, known_key=known, identity=recipient_keys())[1] == b""


@pytest.fixture(scope="module")
def passphrase_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # age's scrypt costs about 2 s per encryption or decryption: one bundle serves these tests.
    path = tmp_path_factory.mktemp("pw") / "pw.sdbundle"
    return write_bundle(path, manifest(audience="trainer"), PAYLOAD, sender_keys(), passphrase=PASSPHRASE)


def test_round_trip_with_a_passphrase(passphrase_bundle: Path) -> None:
    got, payload = read_bundle(passphrase_bundle, known_key=known, passphrase=PASSPHRASE)
    assert (got.audience, payload) == ("trainer", PAYLOAD)


def test_a_wrong_passphrase_is_refused(passphrase_bundle: Path) -> None:
    with pytest.raises(BundleRefused) as refused:
        read_bundle(passphrase_bundle, known_key=known, passphrase="wrong horse battery")
    assert refused.value.code == "bundle.wrong_passphrase"


def test_a_passphrase_bundle_without_a_passphrase_asks_for_one(passphrase_bundle: Path) -> None:
    with pytest.raises(BundleRefused) as refused:
        read_bundle(passphrase_bundle, known_key=known, identity=recipient_keys())
    assert refused.value.code == "bundle.passphrase_needed"


def test_a_key_bundle_read_with_a_passphrase_only_asks_for_the_key(tmp_path: Path) -> None:
    path = _write_to_recipient(tmp_path / "k.sdbundle")
    with pytest.raises(BundleRefused) as refused:
        read_bundle(path, known_key=known, passphrase=PASSPHRASE)
    assert refused.value.code == "bundle.key_needed"


def test_a_bundle_for_another_sites_key_is_refused(tmp_path: Path) -> None:
    path = _write_to_recipient(tmp_path / "k.sdbundle")
    with pytest.raises(BundleRefused) as refused:
        read_bundle(path, known_key=known, identity=SiteKeys.generate())
    assert refused.value.code == "bundle.not_for_us"


def test_an_unknown_sender_is_refused_and_named() -> None:
    with pytest.raises(BundleRefused) as refused:
        open_as_recipient(sealed_bundle(), known_key=lambda site: None)
    assert refused.value.code == "bundle.unknown_sender"
    assert refused.value.params == {"site": SENDER, "station": "QX01"}


def test_a_manifest_signed_by_another_key_is_refused() -> None:
    impostor = SiteKeys.generate()
    data, signature = signed_manifest(keys=impostor)
    with pytest.raises(BundleRefused) as refused:
        open_as_recipient(seal([("manifest.json", data), ("payload", PAYLOAD), ("signature", signature)]))
    assert refused.value.code == "bundle.bad_signature"


def test_a_newer_schema_asks_for_an_upgrade() -> None:
    data = sealed_bundle(schema_revision="0011")
    assert open_as_recipient(data, newest_schema="0011")[1] == PAYLOAD
    with pytest.raises(BundleRefused) as refused:
        open_as_recipient(data, newest_schema="0010")
    assert refused.value.code == "bundle.newer_schema"
    assert refused.value.params == {"revision": "0011", "newest": "0010"}


def test_a_bundle_addressed_to_another_site_is_refused() -> None:
    data = sealed_bundle(recipient_site=OTHER)
    assert open_as_recipient(data, own_site=OTHER)[1] == PAYLOAD
    with pytest.raises(BundleRefused) as refused:
        open_as_recipient(data, own_site=SENDER)
    assert refused.value.code == "bundle.addressed_elsewhere"
    assert open_as_recipient(sealed_bundle(), own_site=SENDER)[1] == PAYLOAD  # "any"


def test_a_file_over_the_size_cap_is_refused_before_decryption(tmp_path: Path) -> None:
    path = _write_to_recipient(tmp_path / "big.sdbundle")
    with pytest.raises(BundleRefused) as refused:
        read_bundle(path, known_key=known, identity=recipient_keys(), max_size=path.stat().st_size - 1)
    assert refused.value.code == "bundle.too_large"


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(BundleRefused) as refused:
        read_bundle(tmp_path / "none.sdbundle", known_key=known, identity=recipient_keys())
    assert refused.value.code == "bundle.unreadable"


def test_writing_refuses_a_short_passphrase_a_bad_recipient_and_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as short:
        write_bundle(tmp_path / "a", manifest(), PAYLOAD, sender_keys(), passphrase="short")
    assert short.value.code == "bundle.weak_passphrase"
    with pytest.raises(ValidationError) as bad:
        write_bundle(tmp_path / "a", manifest(), PAYLOAD, sender_keys(), recipient="age1nope")
    assert bad.value.code == "bundle.bad_recipient"
    assert not (tmp_path / "a").exists()
    path = _write_to_recipient(tmp_path / "a")
    before = path.read_bytes()
    with pytest.raises(WriteFailed) as exists:
        _write_to_recipient(path)
    assert exists.value.code == "sync.file_exists"
    assert path.read_bytes() == before


def test_writing_refuses_a_manifest_a_reader_would_refuse(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="refused"):
        _write_to_recipient(tmp_path / "a", sender_station="")
    with pytest.raises(ValueError):
        _write_to_recipient(tmp_path / "b", counts={"Bad Table": 1})
    assert list(tmp_path.iterdir()) == []
