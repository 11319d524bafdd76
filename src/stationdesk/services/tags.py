"""Person tags (低保, 特困, 残疾, 独居老人, 困境儿童 ...): an editable list, retired rather than removed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from stationdesk.domain.ids import seed_rows
from stationdesk.domain.roles import Action
from stationdesk.services import audit
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, ServiceError
from stationdesk.store.models import Tag

DEFAULT_TAGS = ("低保", "低边", "特困", "残疾", "独居老人", "困境儿童", "重点对象", "退役军人")


@dataclass(frozen=True)
class TagInfo:
    id: str
    name: str
    retired: bool


SEED_REVISION = 2
"""The schema revision that made the tag table: the default tags' seed stamps (domain/ids.seed_stamp)."""


def seed_default_tags(session: Session) -> None:
    """The default tags, at first start: seed rows (the same ids, seed site and stamps on every
    installation, like the migrations' lookups), written with Core because the session's stamper
    would give them this site's id and clock. Tags added later are ordinary records."""
    if session.scalar(select(func.count()).select_from(Tag)):
        return
    rows = [{"name": name, "retired": False, "sort_order": order} for order, name in enumerate(DEFAULT_TAGS)]
    session.execute(insert(Tag), seed_rows(Tag.__tablename__, rows, key="name", revision=SEED_REVISION))


def list_tags(ctx: ServiceContext, include_retired: bool = False) -> list[TagInfo]:
    with ctx.reading() as session:
        query = select(Tag).where(Tag.deleted.is_(False)).order_by(Tag.sort_order, Tag.name)
        if not include_retired:
            query = query.where(Tag.retired.is_(False))
        return [TagInfo(t.id, t.name, t.retired) for t in session.scalars(query)]


def add_tag(ctx: ServiceContext, name: str) -> str:
    actor = require(ctx, Action.TAG_EDIT)
    name = name.strip()
    if not name or len(name) > 32:
        raise ServiceError("tag.bad_name")
    with ctx.transaction() as session:
        if session.scalar(select(Tag.id).where(Tag.name == name, Tag.deleted.is_(False))):
            raise ServiceError("tag.exists", name=name)
        order = (session.scalar(select(func.max(Tag.sort_order))) or 0) + 1
        tag = Tag(name=name, retired=False, sort_order=order)
        session.add(tag)
        session.flush()
        audit.record(session, actor, "tag.create", record_type="tag", record_id=tag.id, detail=name)
        return tag.id


def set_tag_retired(ctx: ServiceContext, tag_id: str, retired: bool) -> None:
    actor = require(ctx, Action.TAG_EDIT)
    with ctx.transaction() as session:
        tag = session.get(Tag, tag_id)
        if tag is None:
            raise NotFound("tag.not_found")
        tag.retired = retired
        audit.record(
            session, actor, "tag.retire" if retired else "tag.restore", record_type="tag", record_id=tag_id
        )
