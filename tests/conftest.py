"""Shared fixtures: a fresh migrated station database, signed in as its administrator."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from stationdesk.domain.roles import Role
from stationdesk.services import accounts
from stationdesk.services.context import ServiceContext
from stationdesk.services.database import open_station
from stationdesk.services.station import StationProfile
from stationdesk.store.engine import url_for_path

ADMIN_PASSWORD = "admin-pass-1"
PASSWORDS = {Role.STAFF: "staff-pass-1", Role.TRAINER: "trainer-pass-1", Role.VIEWER: "viewer-pass-1"}


@pytest.fixture(autouse=True)
def _source_language_after_each_test() -> Iterator[None]:
    """A test that starts the app in-process (smoke, screenshots) installs the zh_CN translation;
    later tests expect the English source texts."""
    yield
    i18n = sys.modules.get("stationdesk.ui.i18n")
    if i18n is not None:
        i18n.remove_translators()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "station.sqlite3"


@pytest.fixture
def empty_ctx(db_path: Path) -> Iterator[ServiceContext]:
    """A migrated database before the first-start wizard ran."""
    ctx = open_station(url_for_path(db_path)).ctx
    yield ctx
    ctx.engine.dispose()


@pytest.fixture
def ctx(empty_ctx: ServiceContext) -> ServiceContext:
    """A set-up station signed in as its administrator, with one user of every other role."""
    profile = StationProfile(
        name="当湖街道社会工作站", code="PH-DH", district="嘉兴市平湖市", address="当湖街道"
    )
    accounts.setup_station(empty_ctx, profile, "admin", "王站长", ADMIN_PASSWORD)
    for role, password in PASSWORDS.items():
        accounts.create_user(empty_ctx, role.value, f"{role.value} user", role, password)
    return empty_ctx


def sign_in_as(ctx: ServiceContext, role: Role) -> None:
    if role == Role.ADMIN:
        accounts.login(ctx, "admin", ADMIN_PASSWORD)
    else:
        accounts.login(ctx, role.value, PASSWORDS[role])


def set_due_date(ctx: ServiceContext, follow_up_id: str, due_on: date) -> None:
    """Move a follow-up's due date, past ones included (the service refuses those: tests make overdue
    follow-ups this way)."""
    from stationdesk.store.models import FollowUp

    with ctx.transaction() as session:
        follow_up = session.get(FollowUp, follow_up_id)
        assert follow_up is not None
        follow_up.due_on = due_on
