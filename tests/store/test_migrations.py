"""Alembic owns the schema: empty -> head, every released fixture -> head, newer refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from stationdesk.services import accounts, people
from stationdesk.services.database import open_station
from stationdesk.store.engine import url_for_path
from stationdesk.store.migrate import DatabaseError, head_revision, known_revisions, read_revision_readonly
from stationdesk.store.models import Base, Station

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_empty_to_head_matches_the_models(tmp_path: Path) -> None:
    opened = open_station(url_for_path(tmp_path / "new.sqlite3"))
    assert opened.previous_revision is None and opened.backup is None
    with opened.ctx.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    assert read_revision_readonly(tmp_path / "new.sqlite3") == head_revision()


def test_revisions_read_from_file_names_agree_with_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    migrations = Path(__file__).parents[2] / "src/stationdesk/store/migrations"
    cfg.set_main_option("script_location", str(migrations))
    script = ScriptDirectory.from_config(cfg)
    assert {rev.revision for rev in script.walk_revisions()} == known_revisions()
    assert script.get_current_head() == head_revision()


def test_schema_0001_upgrades_to_head_after_a_copy_aside(tmp_path: Path) -> None:
    db = tmp_path / "station.sqlite3"
    shutil.copy(FIXTURES / "schema_0001.sqlite3", db)
    original = db.read_bytes()

    opened = open_station(url_for_path(db))

    assert opened.previous_revision == "0001"
    assert opened.backup is not None and opened.backup.exists()
    assert opened.backup.parent == tmp_path
    assert read_revision_readonly(opened.backup) == "0001"
    with closing(sqlite3.connect(opened.backup)) as conn:
        assert conn.execute("SELECT name FROM station").fetchone() == ("旧版社工站",)
    assert original != db.read_bytes()
    assert read_revision_readonly(db) == head_revision()

    ctx = opened.ctx
    with ctx.reading() as s:
        assert s.scalar(select(Station.name)) == "旧版社工站"
    accounts.login(ctx, "admin", "fixture-pass-1")
    person_id = people.create(ctx, people.PersonDraft(name="新居民"))
    assert people.get(ctx, person_id).row.name == "新居民"


def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "future.sqlite3"
    open_station(url_for_path(db)).ctx.engine.dispose()
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = db.read_bytes()
    mtime = db.stat().st_mtime_ns

    with pytest.raises(DatabaseError) as info:
        open_station(url_for_path(db))

    assert info.value.code == "db.too_new"
    assert info.value.params["revision"] == "9999"
    assert db.read_bytes() == before and db.stat().st_mtime_ns == mtime
    assert list(tmp_path.iterdir()) == [db]  # no backup, no -wal or -shm left behind


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(DatabaseError) as info:
        open_station(url_for_path(db))
    assert info.value.code == "db.foreign"


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    db.write_text("this is not a database" * 100)
    with pytest.raises(DatabaseError) as info:
        open_station(url_for_path(db))
    assert info.value.code == "db.unreadable"


def test_opening_a_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as info:
        open_station(url_for_path(tmp_path / "missing.sqlite3"), create=False)
    assert info.value.code == "db.missing"
    assert not (tmp_path / "missing.sqlite3").exists()


def test_an_in_memory_sqlite_url_works() -> None:
    opened = open_station("sqlite://")
    assert opened.previous_revision is None


def test_a_server_database_is_refused_with_a_clear_code() -> None:
    with pytest.raises(DatabaseError) as info:
        open_station("postgresql://user@localhost/station")
    assert info.value.code == "db.unsupported_backend"
