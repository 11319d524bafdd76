from __future__ import annotations

import pytest
from sqlalchemy import func, select

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import partners
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.partners import PARTNER_KINDS, PartnerDraft
from stationdesk.store.models import AuditEvent, Partner

MINZHENG = PartnerDraft(
    name="  平湖市民政局  社会救助科 ",
    kind="relief_department",
    contact_name=" 李科长 ",
    phone=" 0573-85012345 转 8012 ",
    address="平湖市当湖街道胜利路 1 号",
    provides="  低保、特困申请受理\n临时救助  ",
)


def _counts(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(Partner)) or 0,
            s.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def test_kinds_are_the_partners_of_the_domain() -> None:
    assert PARTNER_KINDS == (
        "relief_department",
        "social_organization",
        "caring_enterprise",
        "enthusiast",
        "university_team",
        "other",
    )


def test_add_and_get_trims_the_fields_and_keeps_a_landline(ctx: ServiceContext) -> None:
    partner_id = partners.add_partner(ctx, MINZHENG)
    info = partners.get_partner(ctx, partner_id)
    assert info == partners.PartnerInfo(
        id=partner_id,
        name="平湖市民政局 社会救助科",
        kind="relief_department",
        contact_name="李科长",
        phone="0573-85012345 转 8012",
        address="平湖市当湖街道胜利路 1 号",
        provides="低保、特困申请受理\n临时救助",
        retired=False,
    )
    with ctx.reading() as s:
        logged = s.scalars(select(AuditEvent).where(AuditEvent.action == "partner.create")).one()
    assert logged.record_id == partner_id


def test_update_changes_every_field(ctx: ServiceContext) -> None:
    partner_id = partners.add_partner(ctx, MINZHENG)
    partners.update_partner(
        ctx, partner_id, PartnerDraft(name="嘉兴学院社工系", kind="university_team", phone="13957312345")
    )
    info = partners.get_partner(ctx, partner_id)
    assert (info.name, info.kind, info.phone, info.contact_name, info.provides) == (
        "嘉兴学院社工系",
        "university_team",
        "13957312345",
        "",
        "",
    )


def test_list_filters_by_kind_and_hides_retired(ctx: ServiceContext) -> None:
    a = partners.add_partner(ctx, PartnerDraft(name="残联", kind="relief_department"))
    b = partners.add_partner(ctx, PartnerDraft(name="爱心超市", kind="caring_enterprise"))
    c = partners.add_partner(ctx, PartnerDraft(name="医保中心", kind="relief_department"))
    partners.set_partner_retired(ctx, c, True)
    assert {p.id for p in partners.list_partners(ctx)} == {a, b}
    assert [p.id for p in partners.list_partners(ctx, kind="relief_department")] == [a]
    everyone = partners.list_partners(ctx, include_retired=True)
    assert {p.id for p in everyone} == {a, b, c}
    assert everyone[-1].id == c and everyone[-1].retired  # retired ones come last
    partners.set_partner_retired(ctx, c, False)
    assert {p.id for p in partners.list_partners(ctx, kind="relief_department")} == {a, c}


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (PartnerDraft(name="   ", kind="other"), "partner.name_required"),
        (PartnerDraft(name="某机构", kind="government"), "partner.bad_kind"),
        (PartnerDraft(name="某机构", kind=""), "partner.bad_kind"),
        (PartnerDraft(name="某" * 129, kind="other"), "partner.name_too_long"),
        (PartnerDraft(name="某机构", kind="other", phone="0" * 33), "partner.phone_too_long"),
        (PartnerDraft(name="某机构", kind="other", contact_name="李" * 65), "partner.contact_name_too_long"),
        (PartnerDraft(name="某机构", kind="other", address="路" * 257), "partner.address_too_long"),
    ],
)
def test_bad_input_is_refused_and_writes_nothing(ctx: ServiceContext, draft: PartnerDraft, code: str) -> None:
    before = _counts(ctx)
    with pytest.raises(ValidationError) as info:
        partners.add_partner(ctx, draft)
    assert info.value.code == code
    assert _counts(ctx) == before


def test_a_name_in_use_is_refused_but_a_retired_one_may_be_reused(ctx: ServiceContext) -> None:
    old = partners.add_partner(ctx, PartnerDraft(name="阳光社工事务所", kind="social_organization"))
    before = _counts(ctx)
    with pytest.raises(ValidationError) as info:
        partners.add_partner(ctx, PartnerDraft(name=" 阳光社工事务所", kind="other"))
    assert info.value.code == "partner.exists"
    assert _counts(ctx) == before

    other = partners.add_partner(ctx, PartnerDraft(name="星光志愿队", kind="enthusiast"))
    with pytest.raises(ValidationError) as info:
        partners.update_partner(ctx, other, PartnerDraft(name="阳光社工事务所", kind="enthusiast"))
    assert info.value.code == "partner.exists"
    assert partners.get_partner(ctx, other).name == "星光志愿队"
    partners.update_partner(ctx, old, PartnerDraft(name="阳光社工事务所", kind="other"))  # itself: fine

    partners.set_partner_retired(ctx, old, True)
    new = partners.add_partner(ctx, PartnerDraft(name="阳光社工事务所", kind="social_organization"))
    assert new != old
    with pytest.raises(ValidationError) as info:  # two in use with one name: not by restoring either
        partners.set_partner_retired(ctx, old, False)
    assert info.value.code == "partner.exists"
    assert partners.get_partner(ctx, old).retired


def test_retiring_is_audited_and_never_deletes(ctx: ServiceContext) -> None:
    partner_id = partners.add_partner(ctx, MINZHENG)
    partners.set_partner_retired(ctx, partner_id, True)
    partners.set_partner_retired(ctx, partner_id, True)  # already retired: nothing to do
    partners.set_partner_retired(ctx, partner_id, False)
    with ctx.reading() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.record_id == partner_id).order_by(AuditEvent.at)
        ).all()
        assert s.get(Partner, partner_id) is not None
    assert actions == ["partner.create", "partner.retire", "partner.restore"]


def test_unknown_partner_is_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFound):
        partners.get_partner(ctx, "nope")
    with pytest.raises(NotFound):
        partners.update_partner(ctx, "nope", MINZHENG)
    with pytest.raises(NotFound):
        partners.set_partner_retired(ctx, "nope", True)


@pytest.mark.parametrize(
    ("role", "may_view", "may_edit"),
    [
        (Role.ADMIN, True, True),
        (Role.STAFF, True, True),
        (Role.TRAINER, False, False),
        (Role.VIEWER, True, False),
    ],
)
def test_who_may_read_and_edit_the_directory(
    ctx: ServiceContext, role: Role, may_view: bool, may_edit: bool
) -> None:
    partner_id = partners.add_partner(ctx, MINZHENG)
    sign_in_as(ctx, role)
    calls_view = [lambda: partners.list_partners(ctx), lambda: partners.get_partner(ctx, partner_id)]
    calls_edit = [
        lambda: partners.add_partner(ctx, PartnerDraft(name=f"伙伴{role}", kind="other")),
        lambda: partners.update_partner(ctx, partner_id, MINZHENG),
        lambda: partners.set_partner_retired(ctx, partner_id, True),
    ]
    for calls, allowed in ((calls_view, may_view), (calls_edit, may_edit)):
        for call in calls:
            if allowed:
                call()
            else:
                with pytest.raises(PermissionDenied):
                    call()
