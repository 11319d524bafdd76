"""What the administrator's short lists share (need categories, visit methods, relief types):
a trimmed unique name, an order, retired instead of removed."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.services.errors import NotFound

Row = TypeVar("Row")


def clean_name(name: str, maximum: int, code: str) -> str:
    """Inner runs of spaces made one; refused (``code``) when empty or longer than ``maximum``."""
    name = " ".join(name.split())
    if not name or len(name) > maximum:
        raise ValidationError(code, f"a name of 1 to {maximum} characters", {"max": maximum})
    return name


def check_unique(session: Session, model: Any, name: str, exclude_id: str | None, code: str) -> None:
    query = select(model.id).where(model.name == name, model.deleted.is_(False))
    if exclude_id is not None:
        query = query.where(model.id != exclude_id)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationError(code, "that name exists", {"name": name})


def in_order(model: type[Row], include_retired: bool) -> Select[tuple[Row]]:
    """The list in the administrator's order (then by name), retired entries only when asked."""
    entry: Any = model
    query = select(model).where(entry.deleted.is_(False))
    if not include_retired:
        query = query.where(entry.retired.is_(False))
    return query.order_by(entry.sort_order, entry.name)


def get_live(session: Session, model: type[Row], row_id: str, code: str) -> Row:
    row = session.get(model, row_id)
    if row is None or getattr(row, "deleted", False):
        raise NotFound(code)
    return row


def next_order(session: Session, model: Any) -> int:
    """The sort order that puts a new entry at the end of the list."""
    return (session.scalar(select(func.max(model.sort_order))) or 0) + 1
