"""Signing in, first-start set-up, users and their roles (站长/管理员, 社工/接待, 培训师, 只读)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk.domain.roles import Action, Role
from stationdesk.services import audit
from stationdesk.services.authz import require
from stationdesk.services.context import Actor, ServiceContext
from stationdesk.services.errors import LoginFailed, NotFound, ServiceError
from stationdesk.services.passwords import check_strength, hash_password, verify_password
from stationdesk.services.station import StationProfile, apply_profile
from stationdesk.services.tags import seed_default_tags
from stationdesk.store.models import LoginThrottle, Station, User

FREE_ATTEMPTS = 3
"""Failures allowed before each further attempt is delayed."""
LOCK_AFTER = 6
"""Failures after which the account is locked for LOCK_MINUTES (an administrator may unlock)."""
LOCK_MINUTES = 15
DELAY_SECONDS = 10


def _now() -> datetime:
    return datetime.now()


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, Role(user.role))


def needs_setup(ctx: ServiceContext) -> bool:
    """True until the first-start wizard has created the station and its administrator."""
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(User)) == 0


def _validate_username(username: str) -> str:
    username = username.strip()
    if not username or len(username) > 64 or any(ch.isspace() for ch in username):
        raise ServiceError("user.bad_username")
    return username


def setup_station(
    ctx: ServiceContext, profile: StationProfile, username: str, display_name: str, password: str
) -> Actor:
    """First start: create the station profile and its first administrator, then sign them in."""
    username = _validate_username(username)
    check_strength(password)
    with ctx.transaction() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise ServiceError("setup.already_done")
        station = session.scalar(select(Station).where(Station.deleted.is_(False))) or Station()
        apply_profile(station, profile)
        session.add(station)
        admin = User(
            username=username,
            display_name=display_name.strip() or username,
            role=Role.ADMIN.value,
            password_hash=hash_password(password),
            active=True,
        )
        session.add(admin)
        seed_default_tags(session)
        session.flush()
        actor = _actor(admin)
        audit.record(session, actor, "station.setup", record_type="station", record_id=station.id)
    ctx.actor = actor
    return actor


def _throttle(session: Session, username: str) -> LoginThrottle:
    row = session.get(LoginThrottle, username)
    if row is None:
        row = LoginThrottle(username=username, failures=0, locked_until=None)
        session.add(row)
    return row


def _seconds_until(moment: datetime | None, now: datetime) -> int:
    return math.ceil((moment - now).total_seconds()) if moment and moment > now else 0


def _record_failure(throttle: LoginThrottle, now: datetime) -> LoginFailed:
    """Count one wrong password: a delay after FREE_ATTEMPTS failures, a lock after LOCK_AFTER."""
    throttle.failures += 1
    if throttle.failures >= LOCK_AFTER:
        throttle.locked_until = now + timedelta(minutes=LOCK_MINUTES)
    elif throttle.failures >= FREE_ATTEMPTS:
        throttle.locked_until = now + timedelta(seconds=DELAY_SECONDS * (throttle.failures - 2))
    code = "auth.locked" if throttle.failures >= LOCK_AFTER else "auth.bad_credentials"
    return LoginFailed(code, retry_after=_seconds_until(throttle.locked_until, now))


def login(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Check a password; repeated failures delay, then lock the account for a while."""
    username = username.strip()
    now = _now()
    with ctx.transaction() as session:
        throttle = _throttle(session, username)
        if throttle.locked_until and throttle.locked_until > now:
            audit.record(session, None, "login.refused_locked", actor_name=username)
            failure = LoginFailed("auth.locked", retry_after=_seconds_until(throttle.locked_until, now))
        else:
            user = session.scalar(select(User).where(User.username == username, User.deleted.is_(False)))
            ok = verify_password(user.password_hash if user else None, password)
            if ok and user is not None and user.active:
                throttle.failures = 0
                throttle.locked_until = None
                actor = _actor(user)
                audit.record(session, actor, "login", record_type="user", record_id=user.id)
                ctx.actor = actor
                return actor
            failure = _record_failure(throttle, now)
            audit.record(session, None, "login.failed", actor_name=username, detail=str(throttle.failures))
    raise failure


def unlock_screen(ctx: ServiceContext, password: str) -> bool:
    """The idle lock: the signed-in user proves it is still them. Wrong passwords count towards
    the same delay and lock as at the login, so the lock screen is no way around them; while the
    account is locked this raises LoginFailed (auth.locked)."""
    actor = ctx.actor
    if actor is None:
        return False
    now = _now()
    with ctx.transaction() as session:
        throttle = _throttle(session, actor.username)
        if throttle.locked_until and throttle.locked_until > now:
            audit.record(session, actor, "unlock.failed", detail="locked")
            failure = LoginFailed("auth.locked", retry_after=_seconds_until(throttle.locked_until, now))
        else:
            user = session.get(User, actor.user_id)
            ok = user is not None and user.active and verify_password(user.password_hash, password)
            if ok:
                throttle.failures = 0
                throttle.locked_until = None
                audit.record(session, actor, "unlock")
                return True
            failure = _record_failure(throttle, now)
            audit.record(session, actor, "unlock.failed", detail=str(throttle.failures))
            if failure.code != "auth.locked":
                return False
    raise failure


def act_as_command_line(ctx: ServiceContext, os_user: str) -> Actor:
    """Sign the command line in for the station's first active administrator: a script has no
    password to type, and whoever can run it can already read the database file. Its audit entries
    carry ``cli:<os user>`` so they are told apart from the administrator's own."""
    query = (
        select(User)
        .where(User.role == Role.ADMIN.value, User.active.is_(True), User.deleted.is_(False))
        .order_by(User.username)
    )
    with ctx.reading() as session:
        admin = session.scalars(query).first()
        if admin is None:
            raise ServiceError("setup.no_admin")
        actor = Actor(admin.id, f"cli:{os_user}", admin.display_name, Role.ADMIN)
    ctx.actor = actor
    return actor


def logout(ctx: ServiceContext) -> None:
    if ctx.actor is not None:
        with ctx.transaction() as session:
            audit.record(session, ctx.actor, "logout")
    ctx.actor = None


def list_users(ctx: ServiceContext) -> list[UserInfo]:
    require(ctx, Action.USER_MANAGE)
    with ctx.reading() as session:
        locks = {t.username: t.locked_until for t in session.scalars(select(LoginThrottle))}
        users = session.scalars(select(User).where(User.deleted.is_(False)).order_by(User.username))
        return [
            UserInfo(u.id, u.username, u.display_name, Role(u.role), u.active, locks.get(u.username))
            for u in users
        ]


def create_user(ctx: ServiceContext, username: str, display_name: str, role: Role, password: str) -> str:
    actor = require(ctx, Action.USER_MANAGE)
    username = _validate_username(username)
    with ctx.transaction() as session:
        if session.scalar(select(User.id).where(User.username == username)):
            raise ServiceError("user.exists", username=username)
        user = User(
            username=username,
            display_name=display_name.strip() or username,
            role=role.value,
            password_hash=hash_password(password),
            active=True,
        )
        session.add(user)
        session.flush()
        audit.record(session, actor, "user.create", record_type="user", record_id=user.id, detail=role.value)
        return user.id


def _active_admins(session: Session) -> int:
    query = select(func.count()).select_from(User)
    query = query.where(User.role == Role.ADMIN.value, User.active.is_(True), User.deleted.is_(False))
    return session.scalar(query) or 0


def update_user(ctx: ServiceContext, user_id: str, *, display_name: str, role: Role, active: bool) -> None:
    actor = require(ctx, Action.USER_MANAGE)
    with ctx.transaction() as session:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound("user.not_found")
        losing_admin = user.role == Role.ADMIN.value and user.active and (role != Role.ADMIN or not active)
        if losing_admin and _active_admins(session) <= 1:
            raise ServiceError("user.last_admin")
        before = f"{user.role}/{'active' if user.active else 'inactive'}"
        user.display_name = display_name.strip() or user.username
        user.role = role.value
        user.active = active
        after = f"{role.value}/{'active' if active else 'inactive'}"
        audit.record(
            session,
            actor,
            "user.update",
            record_type="user",
            record_id=user.id,
            detail=f"{before} -> {after}",
        )


def reset_password(ctx: ServiceContext, user_id: str, new_password: str) -> None:
    actor = require(ctx, Action.USER_MANAGE)
    with ctx.transaction() as session:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound("user.not_found")
        user.password_hash = hash_password(new_password)
        audit.record(session, actor, "user.reset_password", record_type="user", record_id=user.id)


def change_own_password(ctx: ServiceContext, old_password: str, new_password: str) -> None:
    actor = ctx.actor
    if actor is None:
        raise LoginFailed("auth.not_signed_in")
    with ctx.transaction() as session:
        user = session.get(User, actor.user_id)
        if user is None or not verify_password(user.password_hash, old_password):
            raise LoginFailed("auth.bad_credentials", retry_after=0)
        user.password_hash = hash_password(new_password)
        audit.record(session, actor, "user.change_password", record_type="user", record_id=user.id)


def unlock_account(ctx: ServiceContext, username: str) -> None:
    """An administrator lifts a lock caused by failed logins before it expires."""
    actor = require(ctx, Action.USER_MANAGE)
    with ctx.transaction() as session:
        throttle = session.get(LoginThrottle, username)
        if throttle is not None:
            throttle.failures = 0
            throttle.locked_until = None
        audit.record(session, actor, "user.unlock", record_type="user", detail=username)
