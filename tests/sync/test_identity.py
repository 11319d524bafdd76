"""A database file copied to another machine gets its own site id before its first write."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from stationdesk.services.database import open_station
from stationdesk.store.engine import url_for_path
from stationdesk.sync.identity import ENV_OVERRIDE, machine_fingerprint


def _site(path: Path, fingerprint: str) -> tuple[str, list[tuple], list[tuple]]:
    ctx = open_station(url_for_path(path), fingerprint=fingerprint).ctx
    with ctx.engine.connect() as conn:
        site = conn.execute(text("SELECT site_id FROM local_site")).scalar_one()
        history = [
            tuple(r) for r in conn.execute(text("SELECT site_id, machine_fingerprint FROM site_history"))
        ]
        audit = [tuple(r) for r in conn.execute(text("SELECT action, site_id FROM audit_event"))]
    ctx.engine.dispose()
    return site, history, audit


def test_the_same_machine_keeps_its_site_id(seed_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "same.sqlite3"
    shutil.copy(seed_db, db)
    first = _site(db, "seed-machine")
    assert first == _site(db, "seed-machine")
    assert first[1] == []


def test_a_copy_on_another_machine_gets_a_new_site_id_and_an_audit_event(
    seed_db: Path, tmp_path: Path
) -> None:
    original, _, _ = _site(seed_db, "seed-machine")
    db = tmp_path / "copy.sqlite3"
    shutil.copy(seed_db, db)
    site, history, audit = _site(db, "laptop")
    assert site != original
    assert history == [(original, "seed-machine")]
    assert ("site.copy_detected", site) in audit
    assert _site(db, "laptop")[0] == site  # opened again there: stays


def test_a_database_without_a_fingerprint_takes_this_machines(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    _site_id, history, _ = _site(db, "first")
    assert history == []
    with open_station(url_for_path(db), fingerprint="first").ctx.engine.connect() as conn:
        assert conn.execute(text("SELECT machine_fingerprint FROM local_site")).scalar() == "first"


def test_the_fingerprint_is_stable_and_overridable(monkeypatch) -> None:
    monkeypatch.delenv(ENV_OVERRIDE, raising=False)
    assert machine_fingerprint() == machine_fingerprint() and len(machine_fingerprint()) == 32
    monkeypatch.setenv(ENV_OVERRIDE, "test-box")
    assert machine_fingerprint() == "test-box"
