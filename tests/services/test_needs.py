from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import audit_query, needs, people, reception
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.store.models import AuditEvent, ChangeLog, NeedCategory

SEEDED = [
    "心理疏导", "人文关怀", "生计发展", "关系调适", "社会融入",
    "政策咨询", "救助申请/转介", "志愿服务", "投诉建议", "其他",
]  # fmt: skip


def _writes(ctx: ServiceContext) -> tuple[int, int, int]:
    with ctx.reading() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(t)) for t in (NeedCategory, ChangeLog, AuditEvent)
        )


def _categories(ctx: ServiceContext) -> list[tuple[str, str, bool]]:
    with ctx.reading() as s:
        query = select(NeedCategory.id, NeedCategory.name, NeedCategory.retired).order_by(NeedCategory.id)
        return [tuple(r) for r in s.execute(query)]  # type: ignore[misc]


def _id(ctx: ServiceContext, name: str) -> str:
    return next(c.id for c in needs.list_categories(ctx, include_retired=True) if c.name == name)


def test_the_seeded_list_comes_in_order(ctx: ServiceContext) -> None:
    categories = needs.list_categories(ctx)
    assert [c.name for c in categories] == SEEDED
    assert not any(c.retired for c in categories)


def test_added_category_goes_last_and_is_audited(ctx: ServiceContext) -> None:
    new_id = needs.add_category(ctx, "  就业  帮扶 ")
    assert needs.list_categories(ctx)[-1] == needs.CategoryInfo(new_id, "就业 帮扶", False)
    entry = audit_query.recent(ctx, 1)[0]
    assert (entry.action, entry.record_id, entry.detail) == ("category.create", new_id, "就业 帮扶")


@pytest.mark.parametrize("name", ["", "   ", "长" * 33])
def test_bad_names_are_refused_and_nothing_written(ctx: ServiceContext, name: str) -> None:
    before = _writes(ctx)
    with pytest.raises(ValidationError) as info:
        needs.add_category(ctx, name)
    assert info.value.code == "category.bad_name"
    with pytest.raises(ValidationError) as info:
        needs.rename_category(ctx, _id(ctx, "其他"), name)
    assert info.value.code == "category.bad_name"
    assert _writes(ctx) == before


def test_a_name_in_use_is_refused_even_when_retired(ctx: ServiceContext) -> None:
    needs.set_category_retired(ctx, _id(ctx, "其他"), True)
    before = _writes(ctx)
    for call in (
        lambda: needs.add_category(ctx, " 政策咨询"),
        lambda: needs.add_category(ctx, "其他"),
        lambda: needs.rename_category(ctx, _id(ctx, "心理疏导"), "政策咨询"),
    ):
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.code == "category.exists"
    assert _writes(ctx) == before


def test_rename_shows_in_old_walk_ins_and_is_audited(ctx: ServiceContext) -> None:
    category_id = _id(ctx, "政策咨询")
    person_id = people.create(ctx, people.PersonDraft(name="王芳"))
    draft = reception.WalkInDraft(person_id=person_id, category_ids=[category_id], outcome="resolved")
    reception.record_walk_in(ctx, draft)
    needs.rename_category(ctx, category_id, "政策咨询与解读")
    assert reception.today(ctx)[0].categories == "政策咨询与解读"
    entry = audit_query.recent(ctx, 1)[0]
    assert (entry.action, entry.detail) == ("category.rename", "政策咨询 -> 政策咨询与解读")
    before = _writes(ctx)
    needs.rename_category(ctx, category_id, "政策咨询与解读")  # unchanged: nothing to write
    assert _writes(ctx) == before


def test_retired_categories_are_hidden_unless_asked_and_can_come_back(ctx: ServiceContext) -> None:
    category_id = _id(ctx, "投诉建议")
    needs.set_category_retired(ctx, category_id, True)
    assert "投诉建议" not in [c.name for c in needs.list_categories(ctx)]
    assert needs.CategoryInfo(category_id, "投诉建议", True) in needs.list_categories(
        ctx, include_retired=True
    )
    assert audit_query.recent(ctx, 1)[0].action == "category.retire"
    needs.set_category_retired(ctx, category_id, False)
    assert [c.name for c in needs.list_categories(ctx)] == SEEDED
    assert audit_query.recent(ctx, 1)[0].action == "category.restore"


def test_there_is_no_deleting_a_category() -> None:
    assert not [name for name in dir(needs) if "delete" in name or "remove" in name]


def test_unknown_category_is_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFound):
        needs.rename_category(ctx, "no-such-id", "名字")
    with pytest.raises(NotFound):
        needs.set_category_retired(ctx, "no-such-id", True)


CALLS: dict[str, Callable[[ServiceContext, str], object]] = {
    "list": lambda c, cid: needs.list_categories(c, include_retired=True),
    "add": lambda c, cid: needs.add_category(c, "新类别"),
    "rename": lambda c, cid: needs.rename_category(c, cid, "改名"),
    "retire": lambda c, cid: needs.set_category_retired(c, cid, True),
}
ALLOWED = {
    Role.ADMIN: {"list", "add", "rename", "retire"},
    Role.STAFF: {"list"},
    Role.VIEWER: {"list"},
    Role.TRAINER: set(),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("call", sorted(CALLS))
def test_only_the_administrator_edits_the_list(ctx: ServiceContext, role: Role, call: str) -> None:
    category_id = _id(ctx, "其他")
    sign_in_as(ctx, role)
    if call in ALLOWED[role]:
        CALLS[call](ctx, category_id)
    else:
        before = _categories(ctx)
        with pytest.raises(PermissionDenied) as info:
            CALLS[call](ctx, category_id)
        assert info.value.code == "auth.forbidden"
        assert _categories(ctx) == before
