"""The conflict list: a person confirms or swaps, and the choice travels like any edit."""

from __future__ import annotations

import pytest
from sync_sites import Site

from stationdesk.sync.conflicts import ConflictError, open_conflicts, open_count, resolve


def _conflicted(sites: list[Site]) -> tuple[Site, Site, str]:
    a, b, _ = sites
    tag = a.insert("tag", name="v0")
    b.apply(a.export())
    a.update("tag", tag, name="from-a")
    b.update("tag", tag, name="from-b")
    a.apply(b.export())
    return a, b, tag


@pytest.mark.parametrize(("choice", "expected"), [("swap", "from-a"), ("confirm", "from-b")])
def test_resolution_is_a_write_that_syncs(sites: list[Site], choice: str, expected: str) -> None:
    a, b, tag = _conflicted(sites)
    [conflict] = open_conflicts(a.engine)
    assert (conflict.kept_value, conflict.other_value) == ("from-b", "from-a")
    resolve(a.engine, conflict.id, choice, a.stamper, by="user-1")
    assert open_count(a.engine) == 0
    assert a.value("tag", tag, "name") == expected
    b.apply(a.export())
    assert b.value("tag", tag, "name") == expected
    assert a.dump() == b.dump()


def test_bad_resolutions_are_refused(sites: list[Site]) -> None:
    a, _, _ = _conflicted(sites)
    [conflict] = open_conflicts(a.engine)
    with pytest.raises(ConflictError) as info:
        resolve(a.engine, conflict.id, "both", a.stamper)
    assert info.value.code == "sync.conflict_bad_choice"
    with pytest.raises(ConflictError) as info:
        resolve(a.engine, 999, "swap", a.stamper)
    assert info.value.code == "sync.conflict_not_found"
    resolve(a.engine, conflict.id, "swap", a.stamper)
    with pytest.raises(ConflictError) as info:
        resolve(a.engine, conflict.id, "swap", a.stamper)
    assert info.value.code == "sync.conflict_resolved"
