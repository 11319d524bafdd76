"""Receipts, enrolment files and their QR text, site keys: round trips and refusals."""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from stationdesk.reports.badges import qr_modules
from stationdesk.reports.qr_image import qr_png
from stationdesk.sync.enrolment_file import (
    enrolment_bytes,
    enrolment_text,
    make_enrolment,
    open_enrolment,
    parse_enrolment_text,
    read_enrolment,
    write_enrolment,
)
from stationdesk.sync.errors import BundleRefused
from stationdesk.sync.keys import SiteKeys, fingerprint
from stationdesk.sync.receipt import Receipt, open_receipt, read_receipt, receipt_bytes, write_receipt

SITE = "0190c1a2-7b4e-7c3d-8e9f-0a1b2c3d4e5f"
BUNDLE = "0190c1a2-7b4e-7c3d-8e9f-000000000001"
WHEN = datetime(2025, 3, 14, 9, 30, 15, 123456, tzinfo=UTC)
KEYS = SiteKeys.generate()


def known(site: str) -> bytes | None:
    return KEYS.public.signing_key if site == SITE else None


def receipt() -> Receipt:
    return Receipt(BUNDLE, SITE, "HUB01", {SITE: 123, BUNDLE: 7}, WHEN, {"new": 3, "conflicts": 1})


def test_a_receipt_round_trips(tmp_path: Path) -> None:
    path = write_receipt(tmp_path / "r.sdreceipt", receipt(), KEYS)
    got = read_receipt(path, known_key=known)
    assert got == receipt()
    assert got.created_at == WHEN.replace(microsecond=0)
    assert got.knowledge == {SITE: 123, BUNDLE: 7}


def _edited(data: bytes, change) -> bytes:
    outer = json.loads(data)
    change(outer)
    return json.dumps(outer, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda o: o["document"]["knowledge"].update({SITE: 999}), "receipt.bad_signature"),
        (lambda o: o["document"].update(bundle_id=SITE), "receipt.bad_signature"),
        (lambda o: o["document"].update(extra=1), "receipt.bad_file"),
        (lambda o: o["document"].pop("counts"), "receipt.bad_file"),
        (lambda o: o["document"]["knowledge"].update({SITE: -1}), "receipt.bad_file"),
        (lambda o: o["document"].update(format="stationdesk-enrolment"), "receipt.not_receipt"),
        (lambda o: o["document"].update(format_version=9), "receipt.newer_format"),
        (lambda o: o.update(extra=1), "receipt.not_receipt"),
        (lambda o: o.update(signature="AAAA"), "receipt.bad_file"),
    ],
)
def test_an_altered_receipt_is_refused(change, code: str) -> None:
    with pytest.raises(BundleRefused) as refused:
        open_receipt(_edited(receipt_bytes(receipt(), KEYS), change), known_key=known)
    assert refused.value.code == code


def test_a_receipt_from_an_unknown_or_other_key_is_refused() -> None:
    data = receipt_bytes(receipt(), KEYS)
    with pytest.raises(BundleRefused) as unknown:
        open_receipt(data, known_key=lambda site: None)
    assert unknown.value.code == "receipt.unknown_sender"
    with pytest.raises(BundleRefused) as other:
        open_receipt(data, known_key=lambda site: SiteKeys.generate().public.signing_key)
    assert other.value.code == "receipt.bad_signature"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "receipt.not_receipt"),
        (b"{}\n", "receipt.not_receipt"),
        (b'{"a": 1}\n', "receipt.bad_file"),
        (b"x" * 5_000_000, "receipt.too_large"),
    ],
)
def test_garbage_is_not_a_receipt(data: bytes, code: str) -> None:
    with pytest.raises(BundleRefused) as refused:
        open_receipt(data, known_key=known)
    assert refused.value.code == code


def test_every_truncation_and_bit_flip_of_a_receipt_is_refused() -> None:
    data = receipt_bytes(receipt(), KEYS)
    for n in range(len(data)):
        with pytest.raises(BundleRefused):
            open_receipt(data[:n], known_key=known)
    for i in range(len(data)):
        with pytest.raises(BundleRefused):
            open_receipt(data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :], known_key=known)


def enrolment(name: str = "青溪镇社工站 培训笔记本", code: str = "QX*01"):
    return make_enrolment(KEYS, site_id=SITE, station_code=code, name=name, role="trainer", created_at=WHEN)


def test_an_enrolment_file_round_trips(tmp_path: Path) -> None:
    path = write_enrolment(tmp_path / "e.sdenrol", enrolment(), KEYS)
    got = read_enrolment(path)
    assert got == enrolment()
    assert got.signing_key == KEYS.public.signing_key
    assert got.age_recipient == KEYS.public.age_recipient
    assert got.fingerprint == fingerprint(KEYS.public.signing_key)
    assert "青溪镇" in path.read_text(encoding="utf-8")  # readable in a text editor


def test_an_edited_enrolment_file_is_refused() -> None:
    data = enrolment_bytes(enrolment(), KEYS)
    stranger = SiteKeys.generate().public.age_recipient
    for change in (
        lambda o: o["document"].update(role="hub"),
        lambda o: o["document"].update(age_recipient=stranger),
    ):
        with pytest.raises(BundleRefused) as refused:
            open_enrolment(_edited(data, change))
        assert refused.value.code == "enrolment.bad_signature"


def test_an_enrolment_is_signed_by_the_keys_it_names() -> None:
    with pytest.raises(ValueError):
        enrolment_bytes(enrolment(), SiteKeys.generate())
    with pytest.raises(ValueError):
        make_enrolment(KEYS, site_id="nope", station_code="QX", name="x", role="trainer", created_at=WHEN)


@pytest.mark.parametrize(
    ("name", "code"), [("青溪镇 * 笔记本 %41", "QX*01"), ("A", "B"), ("x" * 128, "é" * 32)]
)
def test_the_text_form_round_trips(name: str, code: str) -> None:
    text = enrolment_text(enrolment(name, code), KEYS)
    assert text.isascii() and "\n" not in text
    assert parse_enrolment_text(text) == enrolment(name, code)
    assert parse_enrolment_text(text + "\r\n") == enrolment(name, code)  # a scanner's Enter


def test_an_altered_text_form_is_refused() -> None:
    text = enrolment_text(enrolment(), KEYS)
    parts = text.split("*")
    refusals = set()
    for index in range(1, 9):
        altered = parts.copy()
        altered[index] = altered[index][:-1] + ("A" if altered[index][-1] != "A" else "B")
        with pytest.raises(BundleRefused) as refused:
            parse_enrolment_text("*".join(altered))
        refusals.add(refused.value.code)
    assert refusals <= {"enrolment.bad_file", "enrolment.bad_signature"}
    assert "enrolment.bad_signature" in refusals
    for bad in ("", "SDE2" + text[4:], text + "*x", text.replace("*", "|")):
        with pytest.raises(BundleRefused) as refused:
            parse_enrolment_text(bad)
        assert refused.value.code == "enrolment.not_enrolment"


def test_the_qr_png_holds_exactly_the_qr_modules_of_the_text() -> None:
    text = enrolment_text(enrolment(), KEYS)
    png = qr_png(text, scale=3, border=4)
    image = Image.open(BytesIO(png))
    modules = qr_modules(text)
    size = (len(modules) + 8) * 3
    assert image.size == (size, size)
    pixels = image.convert("L").load()
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            assert pixels[(c + 4) * 3 + 1, (r + 4) * 3 + 1] == (0 if dark else 255)
    assert pixels[0, 0] == 255  # quiet zone
    assert zlib.crc32(png[-8:-4]) != 0  # ends with an IEND chunk
    assert png[-8:-4] == b"IEND"


def test_site_keys_round_trip_and_refuse_anything_else() -> None:
    data = KEYS.to_bytes()
    again = SiteKeys.from_bytes(data)
    assert again.to_bytes() == data
    assert again.public == KEYS.public
    assert SiteKeys.generate().public != KEYS.public
    assert "SECRET" not in repr(KEYS)
    for bad in (b"", data + b" ", data.replace(b'"format_version":1', b'"format_version":2'), b"{}"):
        with pytest.raises(BundleRefused) as refused:
            SiteKeys.from_bytes(bad)
        assert refused.value.code == "keys.bad_keys"


def test_every_truncation_and_bit_flip_of_an_enrolment_file_is_refused() -> None:
    data = enrolment_bytes(enrolment(), KEYS)
    for n in range(len(data)):
        with pytest.raises(BundleRefused):
            open_enrolment(data[:n])
    for i in range(len(data)):
        with pytest.raises(BundleRefused):
            open_enrolment(data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :])


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_scanned_text_is_verified_or_refused(data: st.DataObject) -> None:
    text = enrolment_text(enrolment(), KEYS)
    at = data.draw(st.integers(0, len(text) - 1))
    scanned = text[:at] + data.draw(st.text(min_size=1, max_size=3)) + text[at + 1 :]
    if scanned.strip() == text:
        assert parse_enrolment_text(scanned) == enrolment()
        return
    with pytest.raises(BundleRefused):
        parse_enrolment_text(scanned)
