"""Need categories (需求类别): what a walk-in came for, a list the administrator edits.

Migration 0003 seeds the list from the station's duties and services. A category is never deleted:
walk-ins point at it for years, so it is retired instead, which hides it from new walk-ins while the
old ones keep showing it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.domain.roles import Action
from stationdesk.services import audit, named_lists
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.store.models import NeedCategory

NAME_MAX = 32
"""The column's length (need_category.name)."""


@dataclass(frozen=True)
class CategoryInfo:
    id: str
    name: str
    retired: bool


def list_categories(ctx: ServiceContext, include_retired: bool = False) -> list[CategoryInfo]:
    """The categories in the administrator's order; retired ones only when asked (the settings page)."""
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        query = select(NeedCategory.id, NeedCategory.name, NeedCategory.retired).where(
            NeedCategory.deleted.is_(False)
        )
        if not include_retired:
            query = query.where(NeedCategory.retired.is_(False))
        query = query.order_by(NeedCategory.sort_order, NeedCategory.name)
        return [CategoryInfo(id_, name, retired) for id_, name, retired in session.execute(query)]


def _clean_name(name: str) -> str:
    return named_lists.clean_name(name, NAME_MAX, "category.bad_name")


def _check_unique(session: Session, name: str, exclude_id: str | None) -> None:
    named_lists.check_unique(session, NeedCategory, name, exclude_id, "category.exists")


def _get(session: Session, category_id: str) -> NeedCategory:
    return named_lists.get_live(session, NeedCategory, category_id, "category.not_found")


def add_category(ctx: ServiceContext, name: str) -> str:
    """A new category at the end of the list."""
    actor = require(ctx, Action.CATEGORY_EDIT)
    name = _clean_name(name)
    with ctx.transaction() as session:
        _check_unique(session, name, None)
        order = named_lists.next_order(session, NeedCategory)
        category = NeedCategory(name=name, retired=False, sort_order=order, deleted=False)
        session.add(category)
        session.flush()
        audit.record(
            session, actor, "category.create", record_type="need_category", record_id=category.id, detail=name
        )
        return category.id


def rename_category(ctx: ServiceContext, category_id: str, name: str) -> None:
    """Rename a category; walk-ins already recorded show the new name (they point at the category)."""
    actor = require(ctx, Action.CATEGORY_EDIT)
    name = _clean_name(name)
    with ctx.transaction() as session:
        category = _get(session, category_id)
        if category.name == name:
            return
        _check_unique(session, name, category_id)
        before = category.name
        category.name = name
        audit.record(session, actor, "category.rename", record_type="need_category", record_id=category_id,
                     detail=f"{before} -> {name}")  # fmt: skip


def set_category_retired(ctx: ServiceContext, category_id: str, retired: bool) -> None:
    """Retire a category (no new walk-ins may pick it) or bring it back."""
    actor = require(ctx, Action.CATEGORY_EDIT)
    with ctx.transaction() as session:
        category = _get(session, category_id)
        if category.retired == retired:
            return
        category.retired = retired
        action = "category.retire" if retired else "category.restore"
        audit.record(
            session, actor, action, record_type="need_category", record_id=category_id, detail=category.name
        )
