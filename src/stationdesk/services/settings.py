"""Settings of this installation (language, idle lock), kept in the local ``setting`` table."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from stationdesk.domain.roles import Action
from stationdesk.services import audit
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.store.models import Setting

LANGUAGES = ("zh_CN", "zh_TW", "en")
DEFAULT_LANGUAGE = "zh_CN"
DEFAULT_IDLE_LOCK_MINUTES = 10


def value_in(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row else None


def _get(ctx: ServiceContext, key: str) -> str | None:
    with ctx.reading() as session:
        return value_in(session, key)


def _set(ctx: ServiceContext, key: str, value: str) -> None:
    set_values(ctx, {key: value})


def set_values(ctx: ServiceContext, values: Mapping[str, str]) -> None:
    """Store settings (already checked by the caller) in one transaction, each change audited."""
    actor = require(ctx, Action.SETTINGS_EDIT)
    with ctx.transaction() as session:
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
            audit.record(session, actor, "setting.change", record_type="setting", detail=f"{key}={value}")


def language(ctx: ServiceContext) -> str:
    value = _get(ctx, "language")
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(ctx: ServiceContext, value: str) -> None:
    if value not in LANGUAGES:
        raise ServiceError("settings.bad_language", value=value)
    _set(ctx, "language", value)


def idle_lock_minutes(ctx: ServiceContext) -> int:
    value = _get(ctx, "idle_lock_minutes")
    return int(value) if value and value.isdigit() else DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(ctx: ServiceContext, minutes: int) -> None:
    if not 0 <= minutes <= 240:
        raise ServiceError("settings.bad_idle_minutes", min=0, max=240)
    _set(ctx, "idle_lock_minutes", str(minutes))
