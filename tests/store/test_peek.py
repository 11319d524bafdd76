"""store.peek: the start-up glance reads a station file without changing it, and never imports SQLAlchemy."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from stationdesk.services import settings, station
from stationdesk.services.context import ServiceContext
from stationdesk.services.station import StationProfile
from stationdesk.store.migrate import head_revision
from stationdesk.store.peek import peek


def _fingerprint(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_mtime_ns, stat.st_size


def test_missing_and_empty_files_give_none(tmp_path: Path) -> None:
    assert peek(tmp_path / "nowhere.sqlite3") is None
    assert not (tmp_path / "nowhere.sqlite3").exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert peek(empty) is None
    assert empty.stat().st_size == 0


def test_a_file_that_is_not_a_database_gives_none(tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database " * 100)
    before = _fingerprint(junk)
    assert peek(junk) is None
    assert _fingerprint(junk) == before


def test_before_the_wizard_there_is_no_user(empty_ctx: ServiceContext, db_path: Path) -> None:
    found = peek(db_path)
    assert found is not None
    assert found.revision == head_revision()
    assert not found.has_users
    assert found.station_name == ""
    assert found.language is None


def test_reads_station_users_and_language(ctx: ServiceContext, db_path: Path) -> None:
    profile = station.get_profile(ctx)
    assert profile is not None
    logo = b"\x89PNG fake logo bytes"
    station.update_profile(ctx, StationProfile(profile.name, profile.code, logo_png=logo))
    settings.set_language(ctx, "en")
    found = peek(db_path)
    assert found is not None
    assert found.has_users
    assert found.station_name == "当湖街道社会工作站"
    assert found.station_code == "PH-DH"
    assert found.logo_png == logo
    assert found.language == "en"


def test_does_not_touch_a_closed_database(ctx: ServiceContext, db_path: Path) -> None:
    ctx.engine.dispose()  # the last connection checkpoints and removes the -wal file
    siblings = sorted(p.name for p in db_path.parent.iterdir())
    before = _fingerprint(db_path)
    assert peek(db_path) is not None
    assert _fingerprint(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings


def test_does_not_touch_a_database_in_use(ctx: ServiceContext, db_path: Path) -> None:
    before = _fingerprint(db_path)
    found = peek(db_path)
    assert found is not None and found.has_users
    assert _fingerprint(db_path) == before


def test_peek_imports_no_sqlalchemy(ctx: ServiceContext, db_path: Path) -> None:
    script = (
        "import sys\n"
        "from stationdesk.store.peek import peek\n"
        f"assert peek({str(db_path)!r}).has_users\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in {'sqlalchemy', 'alembic'})\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
