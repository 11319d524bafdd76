"""Damaged, tampered, foreign and hostile bundles: every one refused with its code, and nothing
returned (read_bundle raises before it hands out a manifest or payload)."""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from io import BytesIO

import pytest
from container_kit import (
    PAYLOAD,
    SENDER,
    known,
    open_as_recipient,
    seal,
    sealed_bundle,
    sender_keys,
    signed_manifest,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stationdesk.sync import archive
from stationdesk.sync.errors import BundleRefused

GOOD = sealed_bundle()
HEADER_END = GOOD.index(b"\n--- ") + 1 + GOOD[GOOD.index(b"\n--- ") + 1 :].index(b"\n") + 1
ALL_CODES = {
    "bundle.truncated",
    "bundle.not_a_bundle",
    "bundle.not_for_us",
    "bundle.damaged",
}


def _refused(data: bytes, **kw: object) -> str:
    calls: list[str] = []

    def spy(site: str) -> bytes | None:
        calls.append(site)
        return known(site)

    with pytest.raises(BundleRefused) as refused:
        open_as_recipient(data, known_key=spy, **kw)
    if refused.value.code in ALL_CODES:
        assert calls == []  # refused at the encryption layer: nothing inside was even looked at
    assert str(refused.value)  # an English sentence naming the cause
    return refused.value.code


def test_the_untouched_bundle_opens() -> None:
    assert open_as_recipient(GOOD)[1] == PAYLOAD


def test_a_bit_flip_in_the_body_at_every_offset_is_damage() -> None:
    codes = {
        _refused(GOOD[:i] + bytes([GOOD[i] ^ 1 << (i % 8)]) + GOOD[i + 1 :])
        for i in range(HEADER_END, len(GOOD))
    }
    assert codes == {"bundle.damaged"}


def test_a_bit_flip_in_the_header_at_every_offset_is_refused() -> None:
    codes = {_refused(GOOD[:i] + bytes([GOOD[i] ^ 0x20]) + GOOD[i + 1 :]) for i in range(HEADER_END)}
    assert codes <= ALL_CODES
    assert "bundle.not_a_bundle" in codes  # the magic line
    assert "bundle.damaged" in codes or "bundle.not_for_us" in codes


def test_truncation_at_every_point_is_refused() -> None:
    codes = {_refused(GOOD[:n]) for n in range(len(GOOD))}
    assert codes == {"bundle.truncated", "bundle.damaged"}
    assert _refused(b"") == "bundle.truncated"
    assert _refused(GOOD[:HEADER_END]) == "bundle.damaged"


@pytest.mark.parametrize("extra", [b"\0", b"x" * 17, b"\n", GOOD])
def test_appended_bytes_are_refused(extra: bytes) -> None:
    assert _refused(GOOD + extra) == "bundle.damaged"


@pytest.mark.parametrize(
    "data", [b"PK\x03\x04" + b"\0" * 100, b"hello", "青溪".encode(), b"\x89PNG\r\n\x1a\n"]
)
def test_other_files_are_not_bundles(data: bytes) -> None:
    assert _refused(data) == "bundle.not_a_bundle"


def test_a_payload_swapped_between_two_bundles_is_refused() -> None:
    other_payload = archive.deflate(b"other station's changes")
    manifest_a, signature_a = signed_manifest(PAYLOAD)
    swapped = seal([("manifest.json", manifest_a), ("payload", other_payload), ("signature", signature_a)])
    assert _refused(swapped) == "bundle.payload_mismatch"
    # and the other way: B's signed manifest with A's payload
    manifest_b, signature_b = signed_manifest(other_payload, bundle_id="0190c1a2-7b4e-7c3d-8e9f-000000000002")
    assert _refused(
        seal([("manifest.json", manifest_b), ("payload", PAYLOAD), ("signature", signature_b)])
    ) == ("bundle.payload_mismatch")


def test_a_manifest_edited_after_signing_is_refused() -> None:
    data, signature = signed_manifest()
    edited = data.replace(b'"audience":"hub"', b'"audience":"trainer"')
    assert _refused(seal([("manifest.json", edited), ("payload", PAYLOAD), ("signature", signature)])) == (
        "bundle.bad_signature"
    )


def _members(**override: bytes) -> list[tuple[str, bytes]]:
    data, signature = signed_manifest()
    members = {"manifest.json": data, "payload": PAYLOAD, "signature": signature}
    members.update(override)
    return list(members.items())


@pytest.mark.parametrize(
    "members",
    [
        pytest.param([("../manifest.json", b"{}"), ("payload", b""), ("signature", b"")], id="dot-dot"),
        pytest.param([("/etc/passwd", b"{}"), ("payload", b""), ("signature", b"")], id="absolute"),
        pytest.param([("C:\\manifest.json", b"{}"), ("payload", b""), ("signature", b"")], id="drive"),
        pytest.param([("dir/", b""), ("payload", b""), ("signature", b"")], id="directory"),
        pytest.param([("manifest.json/x", b"{}"), ("payload", b""), ("signature", b"")], id="nested"),
        pytest.param([("MANIFEST.JSON", b"{}"), ("payload", b""), ("signature", b"")], id="case"),
        pytest.param([("manifest.json\0", b"{}"), ("payload", b""), ("signature", b"")], id="nul"),
        pytest.param([("", b"{}"), ("payload", b""), ("signature", b"")], id="empty-name"),
        pytest.param("extra", id="extra-member"),
        pytest.param("missing", id="missing-member"),
        pytest.param("duplicate", id="duplicate-member"),
        pytest.param("reordered", id="reordered"),
    ],
)
def test_hostile_members_are_refused(members: object) -> None:
    good = _members()
    if members == "extra":
        members = [*good, ("evil.exe", b"MZ")]
    elif members == "missing":
        members = good[:2]
    elif members == "duplicate":
        members = [good[0], good[0], good[2]]
    elif members == "reordered":
        members = [good[1], good[0], good[2]]
    assert _refused(seal(members)) == "bundle.bad_archive"  # type: ignore[arg-type]


def _with_size(plain: bytes, member: int, size: int) -> bytes:
    """The archive with member ``member``'s declared size replaced."""
    offset = 6
    for _ in range(member):
        offset += 1 + plain[offset] + 8
    offset += 1 + plain[offset]
    return plain[:offset] + struct.pack(">Q", size) + plain[offset + 8 :]


@pytest.mark.parametrize("member", [0, 1, 2])
@pytest.mark.parametrize("size", [2**63, 2**64 - 1, 5 * 2**30])
def test_huge_declared_sizes_are_refused_before_reading(member: int, size: int) -> None:
    plain = archive.pack(_members())
    hostile = _with_size(plain, member, size)
    with pytest.raises(BundleRefused) as refused:
        archive.unpack(hostile, {"manifest.json": 4 << 20, "payload": 1 << 30, "signature": 64})
    assert refused.value.code == "bundle.too_large"


def test_declared_sizes_must_match_the_bytes_present() -> None:
    plain = archive.pack(_members())
    payload_size = len(PAYLOAD)
    for size in (payload_size - 1, payload_size + 1, 0):
        with pytest.raises(BundleRefused) as refused:
            archive.unpack(
                _with_size(plain, 1, size), {"manifest.json": 4 << 20, "payload": 1 << 30, "signature": 64}
            )
        assert refused.value.code == "bundle.bad_archive"
    with pytest.raises(BundleRefused) as trailing:
        archive.unpack(plain + b"x", {"manifest.json": 4 << 20, "payload": 1 << 30, "signature": 64})
    assert trailing.value.code == "bundle.bad_archive"


def test_member_caps_hold_inside_a_sealed_bundle() -> None:
    assert _refused(seal(_members(signature=b"s" * 65))) == "bundle.too_large"
    assert _refused(seal(_members(payload=b"p" * 2000)), max_size=1999 + 0) == "bundle.too_large"
    assert _refused(seal(_members(signature=b"s" * 63))) == "bundle.bad_signature"


def test_a_zip_inside_the_encryption_is_not_a_bundle() -> None:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        for name, data in _members():
            zipped.writestr(name, data)
    with pytest.raises(BundleRefused) as refused:
        open_as_recipient(pyrage_seal(buffer.getvalue()))
    assert refused.value.code == "bundle.not_a_bundle"


def pyrage_seal(plain: bytes) -> bytes:
    import pyrage
    from container_kit import recipient_keys

    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(recipient_keys().public.age_recipient)])


def test_a_newer_archive_version_asks_for_an_upgrade() -> None:
    plain = archive.pack(_members())
    with pytest.raises(BundleRefused) as refused:
        open_as_recipient(pyrage_seal(plain[:4] + b"\x02" + plain[5:]))
    assert refused.value.code == "bundle.newer_format"


def _signed_raw(document: bytes) -> bytes:
    return seal(
        [("manifest.json", document), ("payload", PAYLOAD), ("signature", sender_keys().sign(document))]
    )


def _canonical(document: dict[str, object]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        (lambda d: d.update(extra=1), "bundle.bad_manifest", "extra"),
        (lambda d: d.pop("knowledge"), "bundle.bad_manifest", "knowledge"),
        (lambda d: d.update(payload_size=-1), "bundle.bad_manifest", "payload_size"),
        (lambda d: d.update(payload_size=True), "bundle.bad_manifest", "payload_size"),
        (lambda d: d.update(payload_size="12"), "bundle.bad_manifest", "payload_size"),
        (lambda d: d.update(payload_size=2**64), "bundle.bad_manifest", "payload_size"),
        (lambda d: d.update(sender_site="../../etc"), "bundle.bad_manifest", "sender_site"),
        (lambda d: d.update(sender_station="QX\n01"), "bundle.bad_manifest", "sender_station"),
        (lambda d: d.update(audience="everyone"), "bundle.bad_manifest", "audience"),
        (lambda d: d.update(created_at="2025-02-30T00:00:00Z"), "bundle.bad_manifest", "created_at"),
        (lambda d: d.update(clock_ranges={SENDER: [5, 4]}), "bundle.bad_manifest", "clock_ranges"),
        (lambda d: d.update(knowledge={"not-a-site": 1}), "bundle.bad_manifest", "knowledge"),
        (lambda d: d.update(knowledge=[1, 2]), "bundle.bad_manifest", "knowledge"),
        (lambda d: d.update(counts={"person": 1.5}), "bundle.bad_manifest", "manifest"),
        (lambda d: d.update(format="stationdesk-receipt"), "bundle.not_a_bundle", None),
        (lambda d: d.update(format_version=2), "bundle.newer_format", None),
        (lambda d: d.update(format_version=0), "bundle.bad_manifest", "format_version"),
    ],
)
def test_a_malformed_manifest_is_refused_even_when_signed(change, code: str, field: str | None) -> None:
    document = json.loads(signed_manifest()[0])
    change(document)
    refused = _refused_error(_signed_raw(_canonical(document)))
    assert refused.code == code
    if field is not None:
        assert refused.params["field"] == field


def _refused_error(data: bytes) -> BundleRefused:
    with pytest.raises(BundleRefused) as refused:
        open_as_recipient(data)
    return refused.value


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(lambda raw: raw.replace(b",", b", ", 1), id="whitespace"),
        pytest.param(lambda raw: raw[:-1] + b',"audience":"hub"}', id="duplicate-key"),
        pytest.param(lambda raw: raw.replace(b'"QX01"', b'"\\u0051X01"'), id="escaped"),
        pytest.param(lambda raw: raw + b"\n", id="trailing-newline"),
        pytest.param(lambda raw: b"[" + raw + b"]", id="array"),
        pytest.param(lambda raw: raw.replace(b'"payload_size":', b'"payload_size":NaN,"x":'), id="nan"),
        pytest.param(lambda raw: b"\xff" + raw, id="not-utf8"),
        pytest.param(lambda raw: b"[" * 100_000 + b"]" * 100_000, id="deep"),
    ],
)
def test_non_canonical_manifests_are_refused(document) -> None:
    assert _refused_error(_signed_raw(document(signed_manifest()[0]))).code == "bundle.bad_manifest"


def test_inflate_refuses_zip_bombs_by_size_and_by_ratio() -> None:
    compressor = zlib.compressobj(9)
    bomb = b"".join(compressor.compress(bytes(1 << 20)) for _ in range(64)) + compressor.flush()  # 64 MiB
    with pytest.raises(BundleRefused) as by_size:
        archive.inflate(bomb, max_size=8 << 20, max_ratio=10**9)
    assert by_size.value.code == "bundle.too_large"
    with pytest.raises(BundleRefused) as by_ratio:
        archive.inflate(bomb, max_size=1 << 40, max_ratio=100)
    assert by_ratio.value.code == "bundle.too_large"
    small = archive.deflate(b"abc" * 1000)
    assert archive.inflate(small, max_size=3000) == b"abc" * 1000
    with pytest.raises(BundleRefused):
        archive.inflate(small, max_size=2999)


@pytest.mark.parametrize(
    "data",
    [
        archive.deflate(b"abc" * 1000)[:-3],
        archive.deflate(b"abc" * 1000) + b"tail",
        b"\x78\x9c" + b"\xff" * 20,
        b"",
    ],
)
def test_inflate_refuses_damaged_streams(data: bytes) -> None:
    with pytest.raises(BundleRefused) as refused:
        archive.inflate(data, max_size=1 << 20)
    assert refused.value.code == "bundle.damaged"


MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, len(GOOD) - 1), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, len(GOOD) - 1), st.integers(1, 64)),
    st.tuples(st.just("insert"), st.integers(0, len(GOOD)), st.binary(min_size=1, max_size=32)),
    st.tuples(st.just("truncate"), st.integers(0, len(GOOD) - 1), st.none()),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MUTATION, min_size=1, max_size=4))
def test_random_mutations_are_always_refused(mutations: list[tuple[str, int, object]]) -> None:
    data = GOOD
    for kind, at, arg in mutations:
        at = min(at, len(data))
        if kind == "flip" and at < len(data):
            data = data[:at] + bytes([data[at] ^ arg]) + data[at + 1 :]  # type: ignore[operator]
        elif kind == "cut":
            data = data[:at] + data[at + arg :]  # type: ignore[operator]
        elif kind == "insert":
            data = data[:at] + arg + data[at:]  # type: ignore[operator]
        else:
            data = data[:at]
    if data == GOOD:
        return
    with pytest.raises(BundleRefused):
        open_as_recipient(data)
