"""Property tests on real databases: 2-4 copies of one seed station (one of them with its clock a year
off), random edits and random exchanges (full or incremental, duplicated, reordered): every site ends
with the same content, applying two change sets in either order gives the same database, and
re-importing changes nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sync_sites import Site, copy_site, make_seed

from stationdesk.store.engine import make_engine, url_for_path
from stationdesk.sync.apply import apply_changes
from stationdesk.sync.changes import export_changes, knowledge_vector
from stationdesk.sync.changeset import decode, encode

YEAR_MS = 365 * 24 * 3600 * 1000
_SEED: list[Path] = []

op = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, 3), st.sampled_from(["低保", "特困", "独居"])),
    st.tuples(
        st.just("update"),
        st.integers(0, 3),
        st.integers(0, 50),
        st.sampled_from(["name", "sort_order", "retired", "deleted"]),
        st.integers(0, 3),
    ),
    st.tuples(st.just("fact"), st.integers(0, 3), st.sampled_from(["login", "logout"])),
    st.tuples(st.just("exchange"), st.integers(0, 3), st.integers(0, 3), st.booleans(), st.booleans()),
)


def _seed(tmp: Path) -> Path:
    if not _SEED:
        _SEED.append(make_seed(tmp))
    return _SEED[0]


def _tags(site: Site) -> list[str]:
    with site.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT id FROM tag ORDER BY id"))]


def _vector(site: Site) -> dict[str, int]:
    with site.engine.connect() as conn:
        return knowledge_vector(conn)


def _run_op(sites: list[Site], acks: dict[tuple[int, int], dict[str, int]], step: tuple) -> None:
    n = len(sites)
    kind = step[0]
    if kind == "insert":
        sites[step[1] % n].insert("tag", name=step[2])
    elif kind == "update":
        site = sites[step[1] % n]
        tags = _tags(site)
        field, v = step[3], step[4]
        value = {"name": f"名{v}", "sort_order": v, "retired": v % 2, "deleted": v % 2}[field]
        site.update("tag", tags[step[2] % len(tags)], **{field: value})
    elif kind == "fact":
        sites[step[1] % n].insert("audit_event", at="2026-01-01 10:00:00.000000", action=step[2])
    else:
        src, dst, incremental, twice = step[1] % n, step[2] % n, step[3], step[4]
        if src == dst:
            return
        since = acks.get((src, dst), {}) if incremental else {}
        payload = sites[src].export(since)
        for _ in range(2 if twice else 1):
            sites[dst].apply(payload)
        acks[(src, dst)] = _vector(sites[dst])


def _converge(sites: list[Site]) -> None:
    for _ in range(2):
        for src in sites:
            payload = src.export()
            for dst in sites:
                if dst is not src:
                    dst.apply(payload)


def _snapshot(site: Site, target: Path) -> Path:
    with closing(sqlite3.connect(site.path)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking real databases takes minutes
)
@given(
    n=st.integers(2, 4),
    skew=st.sampled_from([0, YEAR_MS, -YEAR_MS]),
    ops=st.lists(op, min_size=4, max_size=18),
)
def test_sites_converge_and_merge_is_order_free(
    tmp_path_factory, n: int, skew: int, ops: list[tuple]
) -> None:
    tmp = tmp_path_factory.mktemp("prop")
    seed = _seed(tmp_path_factory.mktemp("seed"))
    sites = [copy_site(seed, tmp, f"s{i}") for i in range(n)]
    try:
        real = sites[0].stamper.clock._now_ms
        sites[0].stamper.clock._now_ms = lambda: real() + skew
        acks: dict[tuple[int, int], dict[str, int]] = {}
        for step in ops:
            _run_op(sites, acks, step)

        # A then B equals B then A (on two snapshots of the first site)
        pa, pb = (s.export() for s in sites[1:3]) if n >= 3 else (sites[1].export(), sites[0].export())
        left, right = (make_engine(url_for_path(_snapshot(sites[0], tmp / f"{x}.sqlite3"))) for x in "lr")
        for engine, order in ((left, (pa, pb)), (right, (pb, pa))):
            for payload in order:
                apply_changes(engine, decode(payload))
        dumps = []
        for engine in (left, right):
            with engine.connect() as conn:
                dumps.append(
                    [
                        tuple(r)
                        for t in ("tag", "audit_event")
                        for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY id"))
                    ]
                )
            engine.dispose()
        assert dumps[0] == dumps[1]

        _converge(sites)
        first = sites[0].dump()
        for site in sites[1:]:
            assert site.dump() == first

        # re-import: a no-op
        payload = sites[1].export()
        again = sites[0].apply(payload)
        assert (again.new, again.updated, again.conflicts) == (0, 0, 0)
        assert sites[0].dump() == first
        assert encode(export_changes(sites[0].engine)) == encode(export_changes(sites[0].engine))
    finally:
        for site in sites:
            site.close()
