"""The payload of a change set: every SQLite value comes back as it went, bytes are deterministic,
and anything else is refused."""

from __future__ import annotations

import zlib

import pytest

from stationdesk.sync.changeset import Change, ChangeSet, PayloadError, decode, encode

CHANGES = [
    Change("person", "r1", "name", "张三", 5, "s1"),
    Change("person", "r1", "phone", None, 5, "s1"),
    Change("station", "r2", "logo_png", b"\x00\xff\n\x89PNG", 7, "s2"),
    Change("tag", "r3", "sort_order", 3, 9, "s2"),
    Change("tag", "r3", "weight", 1.25, 9, "s2"),
]


def test_every_value_kind_round_trips_and_encoding_is_deterministic() -> None:
    cs = ChangeSet("s1", {"s1": 5, "s2": 9}, CHANGES, audience="hub")
    data = encode(cs)
    back = decode(data)
    assert back.changes == CHANGES
    assert (back.sender_site_id, back.sender_vector, back.audience) == ("s1", {"s1": 5, "s2": 9}, "hub")
    assert encode(back) == data
    assert list(decode(data, lazy=True).changes) == CHANGES


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not zlib at all",
        zlib.compress(b'{"format":"other"}\n'),
        zlib.compress(b'{"format":"stationdesk-changes","version":99,"vector":{}}\n'),
        zlib.compress(
            b'{"format":"stationdesk-changes","version":1,"vector":{}}\n["t","r",[["f",1,"x","s"]]]\n'
        ),
    ],
)
def test_garbage_is_refused(data: bytes) -> None:
    with pytest.raises(PayloadError):
        cs = decode(data)
        list(cs.changes)


def test_a_truncated_payload_is_refused() -> None:
    data = encode(ChangeSet("s1", {"s1": 5}, CHANGES))
    with pytest.raises(PayloadError):
        decode(data[: len(data) // 2])


def test_a_decompression_bomb_is_refused() -> None:
    data = encode(ChangeSet("s1", {}, [Change("t", "r", "f", "x" * 2_000_000, 1, "s")]))
    with pytest.raises(PayloadError, match="too large"):
        decode(data, max_size=1_000_000)
