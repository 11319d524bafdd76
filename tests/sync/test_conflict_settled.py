"""A conflict two sites recorded is closed on the second when the first one's resolution arrives:
nobody is asked twice. A change that did not know both values leaves it open."""

from __future__ import annotations

import pytest
from sync_sites import Site

from stationdesk.sync.conflicts import SETTLED, open_conflicts, resolve, settled_count


def _recorded_twice(sites: list[Site]) -> str:
    """A and B edit a tag's name at the same time; B and C each record the conflict."""
    a, b, c = sites
    tag = a.insert("tag", name="v0")
    b.apply(a.export())
    c.apply(a.export())
    a.update("tag", tag, name="from-a")
    b.update("tag", tag, name="from-b")
    c.apply(b.export())  # C first hears of B's edit: no conflict yet
    assert open_conflicts(c.engine) == []
    b.apply(a.export())
    c.apply(a.export())  # A knew nothing of B's edit
    return tag


def _pair(site: Site) -> tuple:
    [conflict] = open_conflicts(site.engine)
    return conflict.table_name, conflict.row_id, conflict.field, conflict.kept_value, conflict.other_value


def _resolution(site: Site) -> tuple:
    with site.engine.connect() as conn:
        return tuple(
            conn.exec_driver_sql(
                "SELECT resolution, resolved_by FROM sync_conflict WHERE resolved_at IS NOT NULL"
            ).one()
        )


@pytest.mark.parametrize(("choice", "expected"), [("swap", "from-a"), ("confirm", "from-b")])
def test_a_resolution_arriving_closes_the_same_conflict(
    sites: list[Site], choice: str, expected: str
) -> None:
    _, b, c = sites
    tag = _recorded_twice(sites)
    assert _pair(b) == _pair(c) == ("tag", tag, "name", "from-b", "from-a")
    [on_b] = open_conflicts(b.engine)
    resolve(b.engine, on_b.id, choice, b.stamper, by="user-b")
    result = c.apply(b.export())
    assert open_conflicts(c.engine) == []
    assert c.value("tag", tag, "name") == b.value("tag", tag, "name") == expected
    assert _resolution(c) == (SETTLED, b.stamper.site_id)
    assert settled_count(c.engine) == 1 and settled_count(b.engine) == 0
    assert result.conflicts == 0
    again = c.apply(b.export())  # nothing left to settle: nothing else changes
    assert (again.new, again.updated, again.conflicts) == (0, 0, 0) and settled_count(c.engine) == 1


def test_a_change_that_did_not_know_both_values_leaves_it_open(sites: list[Site]) -> None:
    a, _, c = sites
    tag = _recorded_twice(sites)
    [before] = open_conflicts(c.engine)
    a.update("tag", tag, name="from-a-again")  # newer than both, but A never saw B's value
    c.apply(a.export())
    assert before.id in {x.id for x in open_conflicts(c.engine)}
    assert settled_count(c.engine) == 0


def test_a_sender_that_knew_both_values_but_not_the_resolution_leaves_it_open(sites: list[Site]) -> None:
    a, b, c = sites
    _recorded_twice(sites)
    a.apply(b.export())  # A now holds both values, records the conflict itself, resolves nothing
    c.apply(a.export())
    assert len(open_conflicts(c.engine)) == 1
    assert settled_count(c.engine) == 0


def test_a_dry_run_settles_nothing(sites: list[Site]) -> None:
    _, b, c = sites
    _recorded_twice(sites)
    [on_b] = open_conflicts(b.engine)
    resolve(b.engine, on_b.id, "swap", b.stamper)
    c.apply(b.export(), dry_run=True)
    assert len(open_conflicts(c.engine)) == 1
