"""An import killed at a random moment (os.kill of the importing process) leaves a database that
passes integrity_check and holds all or none of the change set."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from sync_sites import Site

from stationdesk.sync.tables import tables

_IMPORTER = """
import sys
from stationdesk.store.engine import make_engine, url_for_path
from stationdesk.sync.apply import apply_changes
from stationdesk.sync.changeset import decode
engine = make_engine(url_for_path(sys.argv[1]))
changeset = decode(open(sys.argv[2], "rb").read())
print("ready", flush=True)
apply_changes(engine, changeset)
print("done", flush=True)
"""


def _state(path: Path) -> tuple[str, int, dict[str, int]]:
    with closing(sqlite3.connect(path)) as conn:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        applying = conn.execute("SELECT applying FROM sync_state").fetchone()[0]
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables()}
        counts["change_log"] = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    return check, applying, counts


def test_a_killed_import_leaves_all_or_none(sites: list[Site], tmp_path: Path) -> None:
    a, b, _ = sites
    for i in range(1500):
        a.insert("tag", name=f"标签{i}", sort_order=i)
    payload = tmp_path / "payload.bin"
    payload.write_bytes(a.export())
    b.close()
    target = tmp_path / "target.sqlite3"
    with closing(sqlite3.connect(b.path)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    _, _, before = _state(target)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    rng = random.Random(7)
    outcomes = set()
    for _ in range(5):
        proc = subprocess.Popen(
            [sys.executable, "-c", _IMPORTER, str(target), str(payload)], stdout=subprocess.PIPE, env=env
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        # the apply of 1500 rows takes some tens of milliseconds: kill somewhere in or around it
        deadline = rng.uniform(0.0, 0.15)
        try:
            proc.wait(timeout=deadline)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        check, applying, counts = _state(target)
        assert check == "ok" and applying == 0
        done = counts["tag"] == before["tag"] + 1500
        assert done or counts == before, "part of the change set was written"
        outcomes.add(done)
    assert outcomes  # every run ended in one of the two allowed states
