"""A new PC joins its station from the station PC's backup: checked read-only first, taken over
only into an empty database, opened with a site id of its own; every refusal writes nothing."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select, text

from conftest import ADMIN_PASSWORD
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, audit_query, maintenance
from stationdesk.services.context import ServiceContext
from stationdesk.services.database import OpenedDatabase, open_station
from stationdesk.services.errors import PermissionDenied, ServiceError
from stationdesk.services.join import inspect_backup, join_station
from stationdesk.services.station import StationProfile
from stationdesk.store.engine import url_for_path
from stationdesk.store.models import LocalSite, SiteHistory, Station

FIXTURES = Path(__file__).parents[1] / "fixtures"


@contextmanager
def joined(empty_ctx: ServiceContext, backup: Path, fingerprint: str) -> Iterator[OpenedDatabase]:
    opened = join_station(empty_ctx, backup, fingerprint=fingerprint)
    try:
        yield opened
    finally:
        opened.ctx.engine.dispose()


def _site_and_station(ctx: ServiceContext) -> tuple[str, str]:
    with ctx.reading() as session:
        return session.scalar(select(LocalSite.site_id)), session.scalar(select(Station.id))  # type: ignore[return-value]


@pytest.fixture
def station_pc(tmp_path: Path) -> ServiceContext:
    """The station PC (a machine of its own), set up and signed in as its administrator."""
    path = tmp_path / "station-pc" / "station.sqlite3"
    ctx = open_station(url_for_path(path), fingerprint="station-pc").ctx
    profile = StationProfile(name="当湖街道社会工作站", code="PH-DH", district="嘉兴市平湖市")
    accounts.setup_station(ctx, profile, "admin", "王站长", ADMIN_PASSWORD)
    accounts.create_user(ctx, "xiaoli", "小李", Role.STAFF, "staff-pass-1")
    yield ctx
    ctx.engine.dispose()


@pytest.fixture
def backup(station_pc: ServiceContext, tmp_path: Path) -> Path:
    stick = tmp_path / "usb"
    stick.mkdir()
    return maintenance.backup(station_pc, stick / maintenance.backup_file_name(station_pc))


def _state(folder: Path) -> dict[str, str]:
    """Every file of the folder and a digest of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def test_the_backup_is_named_after_the_station_and_audited(station_pc: ServiceContext, backup: Path) -> None:
    assert backup.name.startswith("PH-DH-backup-") and backup.suffix == ".sqlite3"
    assert inspect_backup(backup).station_code == "PH-DH"
    assert any(e.action == "backup" and e.detail == str(backup) for e in audit_query.recent(station_pc))


def test_only_an_administrator_backs_up(ctx: ServiceContext, tmp_path: Path) -> None:
    from conftest import sign_in_as

    sign_in_as(ctx, Role.STAFF)
    with pytest.raises(PermissionDenied):
        maintenance.backup(ctx, tmp_path / "b.sqlite3")
    assert not (tmp_path / "b.sqlite3").exists()


def test_inspect_names_the_station(backup: Path) -> None:
    found = inspect_backup(backup)
    assert (found.station_name, found.station_code, found.users) == ("当湖街道社会工作站", "PH-DH", 2)


def test_join_opens_the_station_with_a_site_id_of_its_own(
    station_pc: ServiceContext, backup: Path, empty_ctx: ServiceContext
) -> None:
    source_site, source_station = _site_and_station(station_pc)
    with joined(empty_ctx, backup, "new-pc") as opened:
        assert opened.backup is None  # same schema: nothing to upgrade
        actor = accounts.login(opened.ctx, "admin", ADMIN_PASSWORD)
        assert actor.display_name == "王站长"
        assert accounts.login(opened.ctx, "xiaoli", "staff-pass-1").role == Role.STAFF
        site, station_id = _site_and_station(opened.ctx)
        assert station_id == source_station
        assert site != source_site
        with opened.ctx.reading() as session:
            assert session.scalars(select(SiteHistory.reason)).all() == ["joined"]
            actions = session.execute(text("SELECT action FROM audit_event")).scalars().all()
        assert "station.join" in actions and "site.copy_detected" in actions
        assert not accounts.needs_setup(opened.ctx)


def test_a_backup_taken_on_this_very_machine_still_gets_a_new_site_id(
    station_pc: ServiceContext, backup: Path, empty_ctx: ServiceContext
) -> None:
    source_site, _ = _site_and_station(station_pc)
    with joined(empty_ctx, backup, "station-pc") as opened:
        assert _site_and_station(opened.ctx)[0] != source_site


def test_an_older_backup_is_upgraded_after_its_copy_aside(tmp_path: Path, empty_ctx: ServiceContext) -> None:
    old = tmp_path / "old-backup.sqlite3"
    shutil.copy(FIXTURES / "schema_0001.sqlite3", old)
    with joined(empty_ctx, old, "new-pc") as opened:
        assert opened.previous_revision == "0001"
        assert opened.backup is not None and opened.backup.exists()
        assert accounts.login(opened.ctx, "admin", "fixture-pass-1").display_name == "老管理员"
        with opened.ctx.reading() as session:
            assert session.scalar(select(Station.code)) == "OLD-1"
            assert session.scalars(select(SiteHistory.reason)).all() == ["joined"]


def _text_file(folder: Path) -> Path:
    path = folder / "notes.sqlite3"
    path.write_text("名单\n张伟\n")
    return path


def _foreign(folder: Path) -> Path:
    path = folder / "other.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    return path


def _empty_station(folder: Path) -> Path:
    path = folder / "never-set-up.sqlite3"
    open_station(url_for_path(path), fingerprint="elsewhere").ctx.engine.dispose()
    return path


def _newer(folder: Path, backup: Path) -> Path:
    path = folder / "newer.sqlite3"
    shutil.copy(backup, path)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    return path


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda folder, _backup: _text_file(folder), "join.not_sqlite"),
        (lambda folder, _backup: _foreign(folder), "join.foreign"),
        (lambda folder, _backup: _empty_station(folder), "join.no_station"),
        (_newer, "db.too_new"),
        (lambda folder, _backup: folder / "missing.sqlite3", "join.no_file"),
    ],
)
def test_a_refused_file_writes_nothing(
    make, code: str, backup: Path, empty_ctx: ServiceContext, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "choices"
    folder.mkdir()
    chosen = make(folder, backup)
    empty_ctx.engine.dispose()  # the wizard holds no connection open while the user chooses
    here, there = _state(db_path.parent), _state(folder)
    with pytest.raises(ServiceError) as refused:
        join_station(empty_ctx, chosen, fingerprint="new-pc")
    assert refused.value.code == code
    empty_ctx.engine.dispose()
    assert _state(db_path.parent) == here
    assert _state(folder) == there
    assert accounts.needs_setup(empty_ctx)


def test_a_station_already_set_up_here_is_not_replaced(
    ctx: ServiceContext, backup: Path, db_path: Path
) -> None:
    ctx.engine.dispose()
    before = _state(db_path.parent)
    with pytest.raises(ServiceError) as refused:
        join_station(ctx, backup, fingerprint="new-pc")
    assert refused.value.code == "join.not_empty"
    ctx.engine.dispose()
    assert _state(db_path.parent) == before


def test_a_damaged_backup_is_refused(backup: Path, empty_ctx: ServiceContext) -> None:
    with closing(sqlite3.connect(backup)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_change_log_field'"
        ).fetchone()[0]
    data = bytearray(backup.read_bytes())
    start = (root - 1) * page_size
    data[start + 100 : start + page_size] = bytes(page_size - 100)  # an index page wiped
    backup.write_bytes(bytes(data))
    with pytest.raises(ServiceError) as refused:
        join_station(empty_ctx, backup, fingerprint="new-pc")
    assert refused.value.code == "join.damaged"
    assert accounts.needs_setup(empty_ctx)
