"""Relief types and their document lists (for the one-time notice); visit methods and tier cadences."""

from __future__ import annotations

import pytest

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import relief_types, visit_settings
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.relief_types import ReliefTypeDraft


def test_the_seeded_list_has_documents_for_each_type(ctx: ServiceContext) -> None:
    seeded = relief_types.list_relief_types(ctx)
    assert "临时救助" in {info.name for info in seeded}
    assert all(len(info.documents) >= 3 for info in seeded)


def test_add_edit_retire_and_find(ctx: ServiceContext) -> None:
    new = relief_types.add_relief_type(
        ctx, ReliefTypeDraft("教育救助", ("学生证复印件", "  ", "  户口簿   复印件 "), notes="每学期初申请")
    )
    info = relief_types.find(ctx, "教育")
    assert (info.id, info.documents, info.notes) == (new, ("学生证复印件", "户口簿 复印件"), "每学期初申请")
    relief_types.update_relief_type(ctx, new, ReliefTypeDraft("教育救助", ("学生证复印件",)))
    assert relief_types.find(ctx, new).documents == ("学生证复印件",)
    relief_types.set_relief_type_retired(ctx, new, True)
    assert "教育救助" not in {info.name for info in relief_types.list_relief_types(ctx)}
    assert relief_types.find(ctx, "教育救助").retired  # the exact name still finds it
    with pytest.raises(NotFound):
        relief_types.find(ctx, "救助")  # several names hold it: not a unique part


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (ReliefTypeDraft(" ", ("a",)), "relief.bad_name"),
        (ReliefTypeDraft("临时救助", ("a",)), "relief.exists"),
        (ReliefTypeDraft("新类型", ("  ",)), "relief.documents_required"),
        (ReliefTypeDraft("新类型", ("字" * 201,)), "relief.document_too_long"),
    ],
)
def test_refusals(ctx: ServiceContext, draft: ReliefTypeDraft, code: str) -> None:
    before = relief_types.list_relief_types(ctx, include_retired=True)
    with pytest.raises(ValidationError) as refused:
        relief_types.add_relief_type(ctx, draft)
    assert refused.value.code == code
    assert relief_types.list_relief_types(ctx, include_retired=True) == before


def test_only_the_administrator_edits_the_lists(ctx: ServiceContext) -> None:
    sign_in_as(ctx, Role.STAFF)
    assert relief_types.list_relief_types(ctx)
    with pytest.raises(PermissionDenied):
        relief_types.add_relief_type(ctx, ReliefTypeDraft("X", ("a",)))
    with pytest.raises(PermissionDenied):
        visit_settings.add_method(ctx, "微信", True)
    with pytest.raises(PermissionDenied):
        visit_settings.set_cadence(ctx, "general", "month")


def test_visit_methods_are_renamed_counted_and_retired_never_removed(ctx: ServiceContext) -> None:
    wechat = visit_settings.add_method(ctx, " 微信  语音 ", counts_as_visit=False)
    assert [(m.name, m.counts_as_visit) for m in visit_settings.methods(ctx)][-1] == ("微信 语音", False)
    visit_settings.update_method(ctx, wechat, "微信语音", counts_as_visit=True, retired=True)
    assert wechat not in {m.id for m in visit_settings.methods(ctx)}
    every = visit_settings.methods(ctx, include_retired=True)
    assert ("微信语音", True, True) in {(m.name, m.counts_as_visit, m.retired) for m in every}
    with pytest.raises(ValidationError) as refused:
        visit_settings.add_method(ctx, "电话", True)
    assert refused.value.code == "visit.method_exists"


def test_cadences_default_to_the_regional_practice(ctx: ServiceContext) -> None:
    assert dict(visit_settings.cadences(ctx)) == {"high_risk": "week", "key": "month", "general": "quarter"}
    with pytest.raises(ValidationError):
        visit_settings.set_cadence(ctx, "general", "fortnight")
    visit_settings.set_cadence(ctx, "general", "month")
    assert visit_settings.cadences(ctx)["general"] == "month"
