from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from conftest import ADMIN_PASSWORD, sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, audit_query
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import LoginFailed, ServiceError
from stationdesk.services.station import StationProfile
from stationdesk.store.models import User


def test_setup_creates_station_admin_and_signs_in(empty_ctx: ServiceContext) -> None:
    assert accounts.needs_setup(empty_ctx)
    actor = accounts.setup_station(
        empty_ctx, StationProfile("测试社工站", "T-1"), "boss", "站长", "long-enough"
    )
    assert actor.role == Role.ADMIN and empty_ctx.actor == actor
    assert not accounts.needs_setup(empty_ctx)
    with pytest.raises(ServiceError) as info:
        accounts.setup_station(empty_ctx, StationProfile("又一个", "T-2"), "boss2", "x", "long-enough")
    assert info.value.code == "setup.already_done"


def test_setup_refuses_a_short_password_and_writes_nothing(empty_ctx: ServiceContext) -> None:
    with pytest.raises(ServiceError) as info:
        accounts.setup_station(empty_ctx, StationProfile("测试社工站", "T-1"), "boss", "站长", "short")
    assert info.value.code == "password.too_short"
    assert accounts.needs_setup(empty_ctx)


def test_passwords_are_stored_as_argon2id(ctx: ServiceContext) -> None:
    with ctx.reading() as s:
        stored = s.query(User).filter_by(username="admin").one().password_hash
    assert stored.startswith("$argon2id$") and ADMIN_PASSWORD not in stored


def test_login_and_failed_login_are_audited(ctx: ServiceContext) -> None:
    with pytest.raises(LoginFailed) as info:
        accounts.login(ctx, "admin", "wrong-password")
    assert info.value.code == "auth.bad_credentials"
    sign_in_as(ctx, Role.ADMIN)
    actions = [e.action for e in audit_query.recent(ctx, 5)]
    assert actions[:2] == ["login", "login.failed"]


def test_unknown_user_fails_like_a_wrong_password(ctx: ServiceContext) -> None:
    with pytest.raises(LoginFailed) as info:
        accounts.login(ctx, "nobody", "whatever-pass")
    assert info.value.code == "auth.bad_credentials"


def test_repeated_failures_delay_then_lock(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    now = datetime(2026, 11, 29, 9, 0, 0)
    monkeypatch.setattr(accounts, "_now", lambda: now)
    waits = []
    for _ in range(accounts.LOCK_AFTER):
        with pytest.raises(LoginFailed) as info:
            accounts.login(ctx, "staff", "wrong-password")
        waits.append(info.value.params["retry_after"])
    assert waits[: accounts.FREE_ATTEMPTS - 1] == [0] * (accounts.FREE_ATTEMPTS - 1)
    assert waits[accounts.FREE_ATTEMPTS - 1] > 0
    assert info.value.code == "auth.locked"
    # Even the right password is refused while locked...
    with pytest.raises(LoginFailed) as info:
        accounts.login(ctx, "staff", "staff-pass-1")
    assert info.value.code == "auth.locked"
    # ...until the lock expires.
    monkeypatch.setattr(accounts, "_now", lambda: now + timedelta(minutes=accounts.LOCK_MINUTES, seconds=1))
    assert accounts.login(ctx, "staff", "staff-pass-1").role == Role.STAFF


def test_administrator_can_unlock_sooner(ctx: ServiceContext) -> None:
    for _ in range(accounts.LOCK_AFTER):
        with pytest.raises(LoginFailed):
            accounts.login(ctx, "staff", "wrong-password")
    sign_in_as(ctx, Role.ADMIN)
    locked = {u.username: u.locked_until for u in accounts.list_users(ctx)}
    assert locked["staff"] is not None
    accounts.unlock_account(ctx, "staff")
    assert accounts.login(ctx, "staff", "staff-pass-1").username == "staff"


def test_inactive_user_cannot_sign_in(ctx: ServiceContext) -> None:
    viewer = next(u for u in accounts.list_users(ctx) if u.username == "viewer")
    accounts.update_user(ctx, viewer.id, display_name="离职", role=Role.VIEWER, active=False)
    with pytest.raises(LoginFailed):
        accounts.login(ctx, "viewer", "viewer-pass-1")


def test_the_last_administrator_cannot_be_demoted(ctx: ServiceContext) -> None:
    admin = next(u for u in accounts.list_users(ctx) if u.username == "admin")
    with pytest.raises(ServiceError) as info:
        accounts.update_user(ctx, admin.id, display_name="x", role=Role.STAFF, active=True)
    assert info.value.code == "user.last_admin"


def test_user_changes_are_audited(ctx: ServiceContext) -> None:
    staff = next(u for u in accounts.list_users(ctx) if u.username == "staff")
    accounts.update_user(ctx, staff.id, display_name="小李", role=Role.TRAINER, active=True)
    accounts.reset_password(ctx, staff.id, "new-pass-123")
    entries = audit_query.recent(ctx, 2)
    assert [e.action for e in entries] == ["user.reset_password", "user.update"]
    assert entries[1].detail == "staff/active -> trainer/active"
    assert accounts.login(ctx, "staff", "new-pass-123").role == Role.TRAINER


def test_duplicate_user_name_is_refused(ctx: ServiceContext) -> None:
    with pytest.raises(ServiceError) as info:
        accounts.create_user(ctx, "staff", "x", Role.STAFF, "long-enough")
    assert info.value.code == "user.exists"


def test_unlock_screen_checks_the_signed_in_user(ctx: ServiceContext) -> None:
    assert not accounts.unlock_screen(ctx, "wrong-password")
    assert accounts.unlock_screen(ctx, ADMIN_PASSWORD)


def test_the_lock_screen_shares_the_login_lock_out(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guessing at the idle lock is no way around the delays and the lock of the login."""
    now = datetime(2026, 11, 29, 9, 0, 0)
    monkeypatch.setattr(accounts, "_now", lambda: now)
    for _ in range(accounts.FREE_ATTEMPTS):
        assert accounts.unlock_screen(ctx, "wrong-password") is False
    with pytest.raises(LoginFailed) as info:  # delayed now, even with the right password
        accounts.unlock_screen(ctx, ADMIN_PASSWORD)
    assert info.value.code == "auth.locked" and info.value.params["retry_after"] > 0
    later = now + timedelta(minutes=1)
    monkeypatch.setattr(accounts, "_now", lambda: later)
    assert accounts.unlock_screen(ctx, ADMIN_PASSWORD) is True
    # A success clears the count: three more wrong passwords are needed for the next delay.
    assert accounts.unlock_screen(ctx, "wrong-password") is False
    assert accounts.unlock_screen(ctx, ADMIN_PASSWORD) is True


def test_the_command_line_acts_for_an_administrator_under_its_own_name(ctx: ServiceContext) -> None:
    accounts.logout(ctx)
    actor = accounts.act_as_command_line(ctx, "zhang")
    assert actor.role == Role.ADMIN and actor.username == "cli:zhang" and ctx.actor == actor
    accounts.list_users(ctx)  # an administrator's right
    assert audit_query.recent(ctx, 1)[0].actor_name != "cli:zhang"  # reading writes nothing


def test_the_command_line_needs_an_administrator(empty_ctx: ServiceContext) -> None:
    with pytest.raises(ServiceError) as info:
        accounts.act_as_command_line(empty_ctx, "zhang")
    assert info.value.code == "setup.no_admin"
