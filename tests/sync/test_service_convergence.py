"""A property test through the service layer: 2-3 station PCs made from one station database (copied,
each copy detected and re-minted as users do), a signed-in administrator on each making random service
calls (register a person, edit a phone or an address, record a walk-in with a need, resolve a conflict)
and random exchanges through services.sync (incremental or full bundles, imported late, out of order or
twice, receipts returned late or never). After a final exchange between every two sites, every site
holds the same travelling records, no import refused anything, and importing any file again changes
nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sync_exchange import enrol_both_ways, site_id
from sync_sites import ADMIN_PASSWORD, Site, copy_site, make_seed

from stationdesk.services import accounts, needs, people, reception, sync
from stationdesk.services.reception import WalkInDraft
from stationdesk.sync.errors import BundleRefused
from stationdesk.sync.tables import tables

_SEED: list[Path] = []
REASON = "测试"

site_no = st.integers(0, 2)
edit = st.tuples(
    st.just("edit"), site_no, st.integers(0, 20), st.sampled_from(["phone", "address"]), st.integers(0, 3)
)
sync_now = st.tuples(st.just("sync"), site_no, site_no, st.booleans())
op = st.one_of(
    st.tuples(st.just("person"), site_no),
    edit,
    edit,
    st.tuples(st.just("walk_in"), site_no, st.integers(0, 20)),
    st.tuples(st.just("resolve"), site_no, st.sampled_from(["kept", "other"])),
    st.tuples(st.just("export"), site_no, site_no, st.booleans()),
    st.tuples(st.just("import"), st.integers(0, 30), st.booleans()),
    sync_now,
    sync_now,
)
# Two PCs edit one phone at once, a third hears of both: two record the conflict, one resolves it.
SCRIPTED = [
    ("person", 0),
    ("sync", 0, 1, True),
    ("sync", 0, 2, True),
    ("edit", 1, 0, "phone", 1),
    ("edit", 2, 0, "phone", 2),
    ("export", 2, 0, False),
    ("sync", 1, 0, False),
    ("sync", 1, 2, True),
    ("import", 4, False),  # the file 2 wrote for 0 before hearing of 1's edit
    ("resolve", 2, "other"),
    ("walk_in", 1, 0),
    ("import", 0, True),
]


def _seed(tmp: Path) -> Path:
    if not _SEED:
        _SEED.append(make_seed(tmp))
    return _SEED[0]


class World:
    """The sites, the stick, the files on it (bundle or receipt, and the site it is for)."""

    def __init__(self, sites: list[Site], stick: Path) -> None:
        self.sites = sites
        self.stick = stick
        self.files: list[tuple[Path, int]] = []
        self.imported: dict[Path, int] = {}  # bundles imported once: the site that imported them
        self.sender: dict[Path, int] = {}  # bundle -> the site that wrote it
        self.tally = {"bundles": 0, "receipts": 0, "waiting": 0, "conflicts": 0, "settled": 0}
        self.made = 0

    def persons(self, site: Site) -> list[str]:
        with site.engine.connect() as conn:
            return [r[0] for r in conn.execute(text("SELECT id FROM person WHERE deleted = 0 ORDER BY id"))]

    def run(self, step: tuple) -> None:
        n = len(self.sites)
        kind = step[0]
        if kind == "person":
            self.made += 1
            draft = people.PersonDraft(name=f"居民{self.made}", phone=f"1391234{self.made:04d}")
            people.create(self.sites[step[1] % n].ctx, draft, duplicate_reason=REASON)
        elif kind == "edit":
            site = self.sites[step[1] % n]
            found = self.persons(site)
            if not found:
                return
            person = found[step[2] % len(found)]
            detail = people.get(site.ctx, person)
            value = {"phone": f"1380000000{step[4]}", "address": f"东湖路{step[4]}号"}[step[3]]
            fields = {"address": detail.address, step[3]: value}
            draft = people.PersonDraft(name=detail.row.name, **fields)
            people.update(site.ctx, person, draft, duplicate_reason=REASON)
        elif kind == "walk_in":
            site = self.sites[step[1] % n]
            found = self.persons(site)
            category = needs.list_categories(site.ctx)[step[2] % 3].id
            reception.record_walk_in(
                site.ctx,
                WalkInDraft(
                    person_id=found[step[2] % len(found)] if found else None,
                    anonymous_sex="" if found else "F",
                    anonymous_age_band="" if found else "60-79",
                    category_ids=[category],
                    note="问政策",
                    outcome="resolved",
                ),
            )
        elif kind == "resolve":
            site = self.sites[step[1] % n]
            open_now = sync.conflicts(site.ctx)
            if open_now:
                sync.resolve_conflict(site.ctx, open_now[0].id, step[2])
        elif kind == "export":
            src, dst = step[1] % n, step[2] % n
            if src != dst:
                self.export(src, dst, full=step[3])
        elif kind == "sync":  # a bundle taken across at once, and maybe its receipt back
            src, dst = step[1] % n, step[2] % n
            if src != dst:
                self.take(self.export(src, dst), dst)
                if step[3] and self.files[-1][1] == src:
                    self.take(*self.files[-1])
        elif self.files:
            path, dst = self.files[step[1] % len(self.files)]
            for _ in range(2 if step[2] else 1):
                self.take(path, dst)

    def export(self, src: int, dst: int, *, full: bool = False) -> Path:
        peer = site_id(self.sites[dst])
        path = sync.export_bundle(self.sites[src].ctx, self.stick, peer_site_id=peer, full=full).path
        self.files.append((path, dst))
        self.sender[path] = src
        return path

    def take(self, path: Path, dst: int) -> None:
        """Import a bundle or a receipt at the site it is for; its receipt goes on the stick."""
        try:
            result = sync.import_file(self.sites[dst].ctx, path)
        except BundleRefused as error:  # a record pointing at one this site has not received yet
            assert error.code == "bundle.missing_records"
            self.tally["waiting"] += 1
            return
        if isinstance(result, sync.ImportResult):
            assert result.counts["refused"] == 0, result
            self.imported.setdefault(path, dst)
            assert result.receipt_path is not None
            self.files.append((result.receipt_path, self.sender[path]))
            self.tally["bundles"] += 1
            self.tally["conflicts"] += result.counts["conflicts"]
            self.tally["settled"] += result.settled
        else:
            assert isinstance(result, sync.ReceiptResult)
            self.tally["receipts"] += 1


def _content(site: Site) -> dict[str, dict[str, tuple]]:
    """Every travelling table: id -> the row."""
    with site.engine.connect() as conn:
        return {
            t: {r[0]: tuple(r) for r in conn.execute(text(f"SELECT * FROM {t}"))}
            for t in tables()
            if t != "audit_event"
        }


def _events(site: Site) -> dict[str, tuple]:
    with site.engine.connect() as conn:
        return {r[0]: tuple(r) for r in conn.execute(text("SELECT * FROM audit_event"))}


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking real databases takes minutes
)
@given(n=st.integers(2, 3), ops=st.lists(op, min_size=6, max_size=24))
@example(n=3, ops=SCRIPTED)
def test_sites_exchanging_through_the_services_converge(tmp_path_factory, n: int, ops: list[tuple]) -> None:
    tmp = tmp_path_factory.mktemp("svc")
    seed = _seed(tmp_path_factory.mktemp("seed"))
    sites = [copy_site(seed, tmp, f"pc{i}") for i in range(n)]
    stick = tmp / "stick"
    stick.mkdir()
    try:
        for site in sites:
            accounts.login(site.ctx, "admin", ADMIN_PASSWORD)
        for i, a in enumerate(sites):
            for b in sites[i + 1 :]:
                enrol_both_ways(a, b, tmp)
        world = World(sites, stick)
        for step in ops:
            world.run(step)
        events_before = {}
        for site in sites:
            events_before.update(_events(site))

        for _ in range(2):  # the final exchange: every site with every other, receipts back
            for src in range(n):
                for dst in range(n):
                    if src != dst:
                        world.take(world.export(src, dst), dst)
                        world.take(*world.files[-1])
        first = _content(sites[0])
        for site in sites[1:]:
            assert _content(site) == first
        for site in sites:  # every event written before the final exchange reached every site
            events = _events(site)
            assert {k: events.get(k) for k in events_before} == events_before

        for path, dst in world.imported.items():  # importing any file again: nothing changes
            before = _content(sites[dst]), _events(sites[dst])
            again = sync.import_bundle(sites[dst].ctx, path)
            assert again.already and again.counts == sync.counts_of({})
            assert (_content(sites[dst]), _events(sites[dst])) == before
    finally:
        for site in sites:
            site.close()
        shutil.rmtree(tmp, ignore_errors=True)
