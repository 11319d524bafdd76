"""Sync figures on the 10-year demo (issue 7), through the services a user's click runs:

- sync_full_export_ratio: a full bundle for a station PC enrolled with the demo station
  (services.sync.export_bundle: knowledge vector, compaction, payload, signature, age encryption,
  read back and verified) against reading the same change_log rows with plain sqlite3 and writing
  them with json + zlib;
- sync_full_import_ratio: importing that bundle into a freshly set-up database of the same station
  (services.sync.import_bundle: decrypt, verify, merge in one transaction, receipt) against
  json-decoding the same rows and inserting them into one plain table with sqlite3; target each <= 3;
- sync_incremental_export_ms: the export for a recipient that acknowledged everything but 100 changes;
  target <= 200 ms;
- sync_reimport_share: importing the same bundle file again (recognised, nothing applied, the
  receipt written again), as a share of the first import; target <= 0.2;
- sync_remerge_share (no target): the merge engine given the same changes again without the
  bundle's identity (every row looked up, nothing written), as a share of the first import.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import time
import zlib
from contextlib import closing
from pathlib import Path

from benchmarks.figures import Figure, median


def _plain_export(db: Path) -> bytes:
    with closing(sqlite3.connect(db)) as conn:
        rows = [
            [t, r, f, {"b": base64.b64encode(v).decode()} if isinstance(v, bytes) else v, h, s]
            for t, r, f, v, h, s in conn.execute(
                "SELECT table_name, row_id, field, value, hlc, site_id FROM change_log"
            )
        ]
    return zlib.compress(json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode(), 6)


def _plain_import(data: bytes, target: Path) -> None:
    rows = [
        [t, r, f, base64.b64decode(v["b"]) if isinstance(v, dict) else v, h, s]
        for t, r, f, v, h, s in json.loads(zlib.decompress(data))
    ]
    with closing(sqlite3.connect(target)) as conn, conn:
        conn.execute("CREATE TABLE change (table_name, row_id, field, value, hlc, site_id)")
        conn.executemany("INSERT INTO change VALUES (?,?,?,?,?,?)", rows)


def _timed(fn):
    started = time.perf_counter()
    out = fn()
    return time.perf_counter() - started, out


def _export(engine) -> bytes:
    from stationdesk.sync.changes import export_changes
    from stationdesk.sync.changeset import encode

    with engine.connect() as conn:
        return encode(export_changes(conn, lazy=True))


def _hundred_changes(engine) -> dict[str, int]:
    """The knowledge vector before 100 person edits (what a recipient holding everything acknowledged)."""
    from sqlalchemy import text

    from stationdesk.store.session import load_stamper
    from stationdesk.sync.changes import knowledge_vector

    stamper = load_stamper(engine)
    with engine.begin() as conn:
        ack = knowledge_vector(conn)
        ids = [r[0] for r in conn.execute(text("SELECT id FROM person ORDER BY id LIMIT 100"))]
        for row_id in ids:
            stamp = stamper.clock.tick()
            conn.execute(
                text("UPDATE person SET grid = :g, hlc = :h, site_id = :s WHERE id = :i"),
                {"g": f"网格{stamp % 100_000}", "h": stamp, "s": stamper.site_id, "i": row_id},
            )
    return ack


def _pair(db: Path, scratch: Path):
    """The demo station signed in, and a new database of the same station, enrolled both ways."""
    from benchmarks.search import _signed_in
    from stationdesk.services import accounts, station, sync
    from stationdesk.services.database import open_station
    from stationdesk.store.engine import url_for_path

    source = _signed_in(db)
    profile = station.get_profile(source)
    target = open_station(url_for_path(scratch / "sync-target.sqlite3"), fingerprint="bench-target").ctx
    accounts.setup_station(target, profile, "bench", "基准", "bench-pass-1")  # type: ignore[arg-type]
    for one, other in ((source, target), (target, source)):
        sync.enrol(other, sync.enrolment_file(one, scratch))
    return source, target


def run(db: Path, scratch: Path, runs: int = 3) -> list[Figure]:
    from stationdesk.services import sync
    from stationdesk.sync.apply import apply_changes
    from stationdesk.sync.changes import export_changes
    from stationdesk.sync.changeset import decode, encode

    source, target = _pair(db, scratch)
    stick = scratch / "stick"
    stick.mkdir()
    try:
        target_site = sync.peers(source)[0].site_id
        ours_export, bundle = _timed(
            lambda: sync.export_bundle(source, stick, peer_site_id=target_site, full=True)
        )
        plain_export, plain = _timed(lambda: _plain_export(db))
        with closing(sqlite3.connect(db)) as conn:
            changes = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
        first, result = _timed(lambda: sync.import_bundle(target, bundle.path))
        again, repeat = _timed(lambda: sync.import_bundle(target, bundle.path))
        payload = _export(source.engine)
        remerge, _ = _timed(lambda: apply_changes(target.engine, decode(payload, lazy=True)))
        plain_import, _ = _timed(lambda: _plain_import(plain, scratch / "plain-target.sqlite3"))

        engine = source.engine
        ack = _hundred_changes(engine)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            small = encode(export_changes(engine, ack))
            times.append((time.perf_counter() - started) * 1000)
        incremental = median(times)
        carried = len(decode(small).changes)  # type: ignore[arg-type]
    finally:
        source.engine.dispose()
        target.engine.dispose()

    export_ratio = ours_export / plain_export
    import_ratio = first / plain_import
    share = again / first
    mb = bundle.path.stat().st_size / 1e6
    size = f"{changes:,} changes, bundle {mb:.0f} MB (plain {len(plain) / 1e6:.0f} MB)"
    return [
        Figure(
            "sync_full_export_ratio",
            export_ratio,
            "x",
            "<= 3",
            export_ratio <= 3,
            f"{ours_export:.1f} s vs plain sqlite3+json {plain_export:.1f} s; {size}",
        ),
        Figure(
            "sync_full_import_ratio",
            import_ratio,
            "x",
            "<= 3",
            import_ratio <= 3,
            f"{first:.1f} s vs plain json+sqlite3 {plain_import:.1f} s; {result.counts}",
        ),
        Figure(
            "sync_incremental_export_ms",
            incremental,
            "ms",
            "<= 200",
            incremental <= 200,
            f"{carried} changes carried after 100 person edits; median of {runs}",
        ),
        Figure(
            "sync_reimport_share",
            share,
            "x",
            "<= 0.2",
            share <= 0.2,
            f"re-import of the same file {again:.1f} s vs first {first:.1f} s; already={repeat.already!r}",
        ),
        Figure(
            "sync_remerge_share",
            remerge / first,
            "x",
            "",
            None,
            f"the same changes merged again by the engine {remerge:.1f} s vs first import {first:.1f} s",
        ),
    ]


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for figure in run(Path(sys.argv[1]), Path(tmp)):
            print(figure)
