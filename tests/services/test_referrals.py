from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import product

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DatabaseError

from conftest import ADMIN_PASSWORD, PASSWORDS, sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.idnumber import make_id_number
from stationdesk.domain.referrals import ALPHABET, ReferralStatus, new_tracking_code, normalize_tracking_code
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, people, referrals, unique_codes
from stationdesk.services.context import Actor, ServiceContext
from stationdesk.services.database import open_station
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.partners import PartnerDraft, add_partner, set_partner_retired
from stationdesk.services.referrals import ReferralDraft
from stationdesk.services.station import StationProfile
from stationdesk.store.engine import url_for_path
from stationdesk.store.models import AuditEvent, ChangeLog, Referral, ReferralEvent, User, WalkIn

S = ReferralStatus
ALLOWED = {
    (S.SENT, S.ACCEPTED),
    (S.SENT, S.REJECTED),
    (S.SENT, S.REVOKED),
    (S.ACCEPTED, S.DONE),
    (S.ACCEPTED, S.REVOKED),
}
"""Written out here, not read from the domain table, so a change there has to be made twice."""
PATH_TO = {S.SENT: [], S.ACCEPTED: [S.ACCEPTED], S.REJECTED: [S.REJECTED], S.DONE: [S.ACCEPTED, S.DONE]}
PATH_TO[S.REVOKED] = [S.REVOKED]
CLOSED = {S.DONE, S.REJECTED, S.REVOKED}
ZHANG_ID = make_id_number("330482", date(1948, 3, 15), 131)


@dataclasses.dataclass
class Desk:
    ctx: ServiceContext
    person_id: str
    partner_id: str


def _desk(ctx: ServiceContext) -> Desk:
    person_id = people.create(ctx, people.PersonDraft(name="张桂英", id_number=ZHANG_ID, phone="13957318888"))
    partner_id = add_partner(
        ctx,
        PartnerDraft(
            name="平湖市残疾人联合会",
            kind="relief_department",
            contact_name="陈老师",
            phone="0573-85011234",
            address="平湖市建国南路 88 号",
            provides="残疾人两项补贴、辅具适配",
        ),
    )
    return Desk(ctx, person_id, partner_id)


@pytest.fixture
def desk(ctx: ServiceContext) -> Desk:
    return _desk(ctx)


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, dict[Role, Actor]]]:
    """One station for the transition matrix (a fresh database per case would cost seconds)."""
    ctx = open_station(url_for_path(tmp_path_factory.mktemp("matrix") / "station.sqlite3")).ctx
    profile = StationProfile(name="当湖街道社会工作站", code="PH-DH")
    accounts.setup_station(ctx, profile, "admin", "王站长", ADMIN_PASSWORD)
    accounts.create_user(ctx, "staff", "staff user", Role.STAFF, PASSWORDS[Role.STAFF])
    actors = {Role.STAFF: accounts.login(ctx, "staff", PASSWORDS[Role.STAFF])}
    actors[Role.ADMIN] = accounts.login(ctx, "admin", ADMIN_PASSWORD)
    yield _desk(ctx), actors
    ctx.engine.dispose()


def _draft(desk: Desk, **changes: object) -> ReferralDraft:
    base = ReferralDraft(
        person_id=desk.person_id, partner_id=desk.partner_id, need="申请残疾人两项补贴", consent_given=True
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.reading() as s:
        return {
            model.__name__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Referral, ReferralEvent, AuditEvent, ChangeLog)
        }


def _audit(ctx: ServiceContext, action: str) -> list[AuditEvent]:
    with ctx.reading() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.at)))


# --- sending -----------------------------------------------------------------------------------


def test_send_with_consent_carries_what_the_slip_prints(desk: Desk) -> None:
    sign_in_as(desk.ctx, Role.STAFF)
    info = referrals.send(desk.ctx, _draft(desk))
    assert normalize_tracking_code(info.tracking_code) == info.tracking_code
    assert info.status == S.SENT and info.status_reason == "" and info.closed_at is None
    assert (info.person_name, info.person_id_masked, info.person_phone_masked) == (
        "张桂英",
        ZHANG_ID[:6] + "********" + ZHANG_ID[-4:],
        "139****8888",
    )
    assert ZHANG_ID not in repr(info) and "13957318888" not in repr(info)
    assert (info.partner_name, info.partner_contact_name, info.partner_phone, info.partner_address) == (
        "平湖市残疾人联合会",
        "陈老师",
        "0573-85011234",
        "平湖市建国南路 88 号",
    )
    assert info.need == "申请残疾人两项补贴"
    assert (
        info.consent_given
        and not info.overridden
        and info.override_by_name == ""
        and info.override_reason == ""
    )
    assert info.sent_by_name == "staff user"
    assert abs(info.sent_at - datetime.now()) < timedelta(minutes=1)
    assert referrals.get(desk.ctx, info.id) == info

    (event,) = referrals.history(desk.ctx, info.id)
    assert (event.from_status, event.to_status, event.by_name) == (None, S.SENT, "staff user")
    (sent,) = _audit(desk.ctx, "referral.send")
    assert sent.record_id == info.id and sent.actor_name == "staff"
    assert (
        desk.partner_id in sent.detail and "平湖市残疾人联合会" in sent.detail
    )  # the export names its recipient
    assert _audit(desk.ctx, "referral.override") == []


def test_an_override_by_staff_is_refused_and_audited(desk: Desk) -> None:
    """Only a manager sends without consent: for staff it is a forbidden action, on the record."""
    sign_in_as(desk.ctx, Role.STAFF)
    denied_before = len(_audit(desk.ctx, "denied"))
    with pytest.raises(PermissionDenied):
        referrals.send(desk.ctx, _draft(desk, consent_given=False, override_reason="本人住院，家属口头同意"))
    with desk.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Referral)) == 0
    assert [d.detail for d in _audit(desk.ctx, "denied")[denied_before:]] == ["referral.override"]


@pytest.mark.parametrize(
    ("role", "consent", "reason", "code"),
    [
        (Role.STAFF, True, "", None),
        (Role.STAFF, False, "", "referral.consent_required"),
        (Role.ADMIN, True, "", None),
        (Role.ADMIN, False, "", "referral.override_reason_required"),
        (Role.ADMIN, False, "   ", "referral.override_reason_required"),
        (Role.ADMIN, False, "独居老人突发疾病，无法表达意见", None),
    ],
)
def test_consent_or_a_managers_override(
    desk: Desk, role: Role, consent: bool, reason: str, code: str | None
) -> None:
    sign_in_as(desk.ctx, role)
    before = _counts(desk.ctx)
    draft = _draft(desk, consent_given=consent, override_reason=reason)
    if code:
        with pytest.raises(ValidationError) as info:
            referrals.send(desk.ctx, draft)
        assert info.value.code == code
        assert _counts(desk.ctx) == before
        return
    sent = referrals.send(desk.ctx, draft)
    with desk.ctx.reading() as s:
        row = s.get(Referral, sent.id)
        assert row is not None
        overrider = s.get(User, row.override_by) if row.override_by else None
    if consent:
        assert sent.consent_given and sent.override_by_name == "" and overrider is None
        assert sent.override_reason == "" and _audit(desk.ctx, "referral.override") == []
    else:
        assert sent.overridden and sent.override_by_name == "王站长" and sent.override_reason == reason
        assert overrider is not None and overrider.username == "admin"
        (logged,) = _audit(desk.ctx, "referral.override")
        assert logged.reason == reason and logged.record_id == sent.id and desk.partner_id in logged.detail


@pytest.mark.parametrize(
    ("changes", "error", "code"),
    [
        ({"need": "  "}, ValidationError, "referral.need_required"),
        ({"need": "需" * 1001}, ValidationError, "referral.need_too_long"),
        ({"consent_given": False}, ValidationError, "referral.override_reason_required"),
        (
            {"consent_given": False, "override_reason": "理" * 257},
            ValidationError,
            "referral.override_reason_too_long",
        ),
        ({"partner_id": "no-such-partner"}, NotFound, "partner.not_found"),
        ({"person_id": "no-such-person"}, NotFound, "person.not_found"),
        ({"walk_in_id": "no-such-walk-in"}, NotFound, "walk_in.not_found"),
        ({"retired": True}, ValidationError, "referral.partner_retired"),
        ({"removed_person": True}, NotFound, "person.not_found"),
    ],
)
def test_a_refused_send_writes_nothing(
    desk: Desk, changes: dict[str, object], error: type, code: str
) -> None:
    if changes.pop("retired", False):
        set_partner_retired(desk.ctx, desk.partner_id, True)
    if changes.pop("removed_person", False):
        people.remove(desk.ctx, desk.person_id, "重复登记")
    before = _counts(desk.ctx)
    with pytest.raises(error) as info:
        referrals.send(desk.ctx, _draft(desk, **changes))
    assert info.value.code == code
    assert _counts(desk.ctx) == before


@pytest.mark.parametrize("role", [Role.TRAINER, Role.VIEWER])
def test_roles_without_reception_record_cannot_send(desk: Desk, role: Role) -> None:
    sign_in_as(desk.ctx, role)
    before = _counts(desk.ctx)
    with pytest.raises(PermissionDenied):
        referrals.send(desk.ctx, _draft(desk))
    after = _counts(desk.ctx)
    assert after["AuditEvent"] == before["AuditEvent"] + 1 and len(_audit(desk.ctx, "denied")) == 1
    assert (after["Referral"], after["ReferralEvent"]) == (before["Referral"], before["ReferralEvent"])


def _walk_in(ctx: ServiceContext, person_id: str | None) -> str:
    assert ctx.actor is not None
    with ctx.transaction() as s:
        walk_in = WalkIn(
            person_id=person_id,
            arrived_at=datetime.now(),
            outcome="referred",
            owner_id=ctx.actor.user_id,
            recorded_by=ctx.actor.user_id,
        )
        s.add(walk_in)
        s.flush()
        return walk_in.id


def test_a_referral_may_come_from_a_walk_in_of_the_same_person(desk: Desk) -> None:
    own = _walk_in(desk.ctx, desk.person_id)
    assert referrals.send(desk.ctx, _draft(desk, walk_in_id=own)).walk_in_id == own
    anonymous = _walk_in(desk.ctx, None)
    before = _counts(desk.ctx)
    with pytest.raises(ValidationError) as info:
        referrals.send(desk.ctx, _draft(desk, walk_in_id=anonymous))
    assert info.value.code == "referral.walk_in_other_person"
    assert _counts(desk.ctx) == before


def test_send_in_belongs_to_the_callers_transaction(desk: Desk) -> None:
    """The walk-in flow saves the walk-in and its referral together, or neither."""
    actor = desk.ctx.actor
    assert actor is not None
    before = _counts(desk.ctx)
    with pytest.raises(RuntimeError), desk.ctx.transaction() as s:
        referrals.send_in(s, actor, _draft(desk))
        raise RuntimeError("the walk-in failed to save")
    assert _counts(desk.ctx) == before


# --- tracking codes ----------------------------------------------------------------------------


def test_tracking_codes_are_unique_across_500_sends(desk: Desk) -> None:
    actor = desk.ctx.actor
    assert actor is not None
    with desk.ctx.transaction() as s:  # one commit: the loop checks the codes, not the disk
        ids = [referrals.send_in(s, actor, _draft(desk, need=f"第 {i} 次转介")) for i in range(500)]
    with desk.ctx.reading() as s:
        codes = s.scalars(select(Referral.tracking_code).where(Referral.id.in_(ids))).all()
    assert len(codes) == 500 and len(set(codes)) == 500
    assert all(normalize_tracking_code(c) == c for c in codes)


def test_a_colliding_code_is_drawn_again(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    first = referrals.send(desk.ctx, _draft(desk))
    fresh = new_tracking_code()
    while fresh == first.tracking_code:
        fresh = new_tracking_code()
    draws = iter([first.tracking_code, first.tracking_code, fresh])
    monkeypatch.setattr(unique_codes.codes, "new_code", lambda: next(draws))
    assert referrals.send(desk.ctx, _draft(desk)).tracking_code == fresh


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) for ch in text)


@pytest.mark.parametrize(
    "typed",
    [
        lambda c: c,
        lambda c: c.lower(),
        lambda c: f"{c[:3]}-{c[3:]}",
        lambda c: f" {c[:4].lower()} {c[4:]} ",
        lambda c: _fullwidth(c),
        lambda c: _fullwidth(c.lower()),
    ],
    ids=["plain", "lower", "dashed", "spaced", "fullwidth", "fullwidth-lower"],
)
def test_find_by_code_as_typed_or_scanned(desk: Desk, typed) -> None:
    sent = referrals.send(desk.ctx, _draft(desk))
    sign_in_as(desk.ctx, Role.VIEWER)  # looking up is reading
    assert referrals.find_by_code(desk.ctx, typed(sent.tracking_code)) == sent


def test_a_code_with_one_wrong_character_is_a_typo(desk: Desk) -> None:
    code = referrals.send(desk.ctx, _draft(desk)).tracking_code
    for position in range(len(code)):
        wrong = next(ch for ch in ALPHABET if ch != code[position])
        with pytest.raises(ValidationError) as info:
            referrals.find_by_code(desk.ctx, code[:position] + wrong + code[position + 1 :])
        assert info.value.code == "referral.code_checksum"
    with pytest.raises(ValidationError) as info:
        referrals.find_by_code(desk.ctx, code[:-1])
    assert info.value.code == "referral.code_format"


def test_a_well_formed_unknown_code_is_not_found(desk: Desk) -> None:
    code = referrals.send(desk.ctx, _draft(desk)).tracking_code
    other = new_tracking_code()
    while other == code:
        other = new_tracking_code()
    with pytest.raises(NotFound) as info:
        referrals.find_by_code(desk.ctx, other)
    assert info.value.code == "referral.not_found"


# --- the state machine -------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.ADMIN, Role.STAFF])
@pytest.mark.parametrize(("current", "target"), list(product(ReferralStatus, ReferralStatus)))
def test_every_transition_through_the_service(
    station: tuple[Desk, dict[Role, Actor]], role: Role, current: S, target: S
) -> None:
    desk, actors = station
    desk.ctx.actor = actors[Role.ADMIN]
    sent = referrals.send(desk.ctx, _draft(desk))
    for step in PATH_TO[current]:
        referrals.transition(desk.ctx, sent.id, step, "到达起点")
    before = referrals.history(desk.ctx, sent.id)
    state = referrals.get(desk.ctx, sent.id)
    assert state.status == current
    desk.ctx.actor = actors[role]
    if (current, target) in ALLOWED and (target != S.REVOKED or role == Role.ADMIN):
        moved = referrals.transition(desk.ctx, sent.id, target, "合作方说明")
        assert moved.status == target and moved.status_reason == "合作方说明"
        assert (moved.closed_at is not None) == (target in CLOSED)
        after = referrals.history(desk.ctx, sent.id)
        assert after[:-1] == before and len(after) == len(before) + 1
        assert (after[-1].from_status, after[-1].to_status, after[-1].note) == (current, target, "合作方说明")
    else:
        # Revoking is a manager's right: others are refused (and audited) before any state check.
        with pytest.raises((ValidationError, PermissionDenied)) as info:
            referrals.transition(desk.ctx, sent.id, target, "合作方说明")
        if target == S.REVOKED and role != Role.ADMIN:
            assert isinstance(info.value, PermissionDenied)
        else:
            assert info.value.code == "referral.bad_transition"
        assert referrals.history(desk.ctx, sent.id) == before
        assert referrals.get(desk.ctx, sent.id) == state


def test_staff_cannot_revoke_but_a_manager_can(desk: Desk) -> None:
    sent = referrals.send(desk.ctx, _draft(desk))
    sign_in_as(desk.ctx, Role.STAFF)
    before = referrals.history(desk.ctx, sent.id)
    with pytest.raises(PermissionDenied) as info:
        referrals.transition(desk.ctx, sent.id, S.REVOKED, "对象拒绝")
    assert info.value.code == "auth.forbidden"
    assert referrals.history(desk.ctx, sent.id) == before
    assert _audit(desk.ctx, "denied")[-1].detail == "referral.override"
    sign_in_as(desk.ctx, Role.ADMIN)
    revoked = referrals.transition(desk.ctx, sent.id, S.REVOKED, "对象撤回同意")
    assert revoked.status == S.REVOKED and revoked.closed_at is not None
    (logged,) = _audit(desk.ctx, "referral.revoke")
    assert (logged.record_id, logged.reason, logged.detail) == (sent.id, "对象撤回同意", "sent->revoked")


@pytest.mark.parametrize("target", [S.REJECTED, S.REVOKED])
def test_rejecting_and_revoking_need_a_reason(desk: Desk, target: S) -> None:
    sent = referrals.send(desk.ctx, _draft(desk))
    before = _counts(desk.ctx)
    with pytest.raises(ValidationError) as info:
        referrals.transition(desk.ctx, sent.id, target, "  ")
    assert info.value.code == "referral.reason_required"
    with pytest.raises(ValidationError) as info:
        referrals.transition(desk.ctx, sent.id, target, "因" * 257)
    assert info.value.code == "referral.reason_too_long"
    assert _counts(desk.ctx) == before


def test_a_referral_to_its_end_with_its_history_oldest_first(desk: Desk) -> None:
    sign_in_as(desk.ctx, Role.STAFF)
    sent = referrals.send(desk.ctx, _draft(desk))
    accepted = referrals.transition(desk.ctx, sent.id, S.ACCEPTED)
    assert accepted.closed_at is None and accepted.status_reason == ""
    done = referrals.transition(desk.ctx, sent.id, S.DONE, "补贴已发放")
    assert done.closed_at is not None and done.status_reason == "补贴已发放"
    steps = referrals.history(desk.ctx, sent.id)
    assert [(e.from_status, e.to_status, e.note) for e in steps] == [
        (None, S.SENT, ""),
        (S.SENT, S.ACCEPTED, ""),
        (S.ACCEPTED, S.DONE, "补贴已发放"),
    ]
    assert [e.at for e in steps] == sorted(e.at for e in steps)
    assert {e.by_name for e in steps} == {"staff user"}
    assert [a.detail for a in _audit(desk.ctx, "referral.status")] == ["sent->accepted", "accepted->done"]


@pytest.mark.parametrize("role", [Role.TRAINER, Role.VIEWER])
def test_roles_without_reception_record_cannot_move_a_referral(desk: Desk, role: Role) -> None:
    sent = referrals.send(desk.ctx, _draft(desk))
    sign_in_as(desk.ctx, role)
    with pytest.raises(PermissionDenied):
        referrals.transition(desk.ctx, sent.id, S.ACCEPTED)


def test_unknown_referral_is_not_found(desk: Desk) -> None:
    for call in (
        lambda: referrals.get(desk.ctx, "nope"),
        lambda: referrals.history(desk.ctx, "nope"),
        lambda: referrals.transition(desk.ctx, "nope", S.ACCEPTED),
    ):
        with pytest.raises(NotFound) as info:
            call()
        assert info.value.code == "referral.not_found"


def test_referral_events_can_never_be_changed_or_deleted(desk: Desk) -> None:
    sent = referrals.send(desk.ctx, _draft(desk))
    with pytest.raises(DatabaseError, match="never changed"), desk.ctx.transaction() as s:
        s.execute(update(ReferralEvent).where(ReferralEvent.referral_id == sent.id).values(note="改过"))
    with pytest.raises(DatabaseError, match="never deleted"), desk.ctx.transaction() as s:
        s.execute(delete(ReferralEvent).where(ReferralEvent.referral_id == sent.id))
    assert [e.note for e in referrals.history(desk.ctx, sent.id)] == [""]


# --- lists and retired partners ----------------------------------------------------------------


def test_list_filters_newest_first_with_days_open(desk: Desk) -> None:
    ctx = desk.ctx
    li = people.create(ctx, people.PersonDraft(name="李明"))
    food_bank = add_partner(ctx, PartnerDraft(name="南湖爱心食物银行", kind="caring_enterprise"))
    a = referrals.send(ctx, _draft(desk, need="补贴"))
    b = referrals.send(ctx, _draft(desk, partner_id=food_bank, need="食物"))
    c = referrals.send(ctx, _draft(desk, person_id=li, need="就业"))
    referrals.transition(ctx, b.id, S.REJECTED, "不在服务范围")

    def ids(**filters: object) -> list[str]:
        return [r.id for r in referrals.list_referrals(ctx, **filters)]  # type: ignore[arg-type]

    assert ids() == [c.id, b.id, a.id]
    assert ids(status=S.SENT) == [c.id, a.id]
    assert ids(status=S.REJECTED) == [b.id]
    assert ids(status=S.DONE) == []
    assert ids(partner_id=food_bank) == [b.id]
    assert ids(person_id=li) == [c.id]
    assert ids(person_id=desk.person_id, partner_id=desk.partner_id, status=S.SENT) == [a.id]
    assert ids(offset=1, limit=1) == [b.id]
    assert ids(statuses=referrals.OPEN) == [c.id, a.id]
    referrals.transition(ctx, a.id, S.ACCEPTED)
    assert ids(statuses=referrals.OPEN) == [c.id, a.id]
    assert ids(statuses={S.REJECTED, S.DONE}) == [b.id]
    assert ids(statuses=()) == []

    later = date.today() + timedelta(days=9)
    rows = {r.id: r for r in referrals.list_referrals(ctx, today=later)}
    assert rows[a.id].days_open == 9  # still open: counted to "today"
    assert rows[b.id].days_open == 0  # closed the day it was sent
    row = rows[c.id]
    assert (row.person_name, row.partner_name, row.status, row.tracking_code, row.need) == (
        "李明",
        "平湖市残疾人联合会",
        S.SENT,
        c.tracking_code,
        "就业",
    )
    assert row.sent_by_name == "王站长"


def test_a_retired_partner_takes_no_new_referral_but_old_ones_keep_its_name(desk: Desk) -> None:
    old = referrals.send(desk.ctx, _draft(desk))
    set_partner_retired(desk.ctx, desk.partner_id, True)
    with pytest.raises(ValidationError) as info:
        referrals.send(desk.ctx, _draft(desk))
    assert info.value.code == "referral.partner_retired"
    again = referrals.get(desk.ctx, old.id)
    assert again.partner_name == "平湖市残疾人联合会" and again.partner_retired
    assert referrals.find_by_code(desk.ctx, old.tracking_code).partner_name == "平湖市残疾人联合会"
    assert [r.partner_name for r in referrals.list_referrals(desk.ctx)] == ["平湖市残疾人联合会"]
    assert (
        referrals.transition(desk.ctx, old.id, S.ACCEPTED).status == S.ACCEPTED
    )  # the stub still comes back


def test_reading_needs_reception_view(desk: Desk) -> None:
    sent = referrals.send(desk.ctx, _draft(desk))
    sign_in_as(desk.ctx, Role.TRAINER)
    for call in (
        lambda: referrals.get(desk.ctx, sent.id),
        lambda: referrals.history(desk.ctx, sent.id),
        lambda: referrals.find_by_code(desk.ctx, sent.tracking_code),
        lambda: referrals.list_referrals(desk.ctx),
    ):
        with pytest.raises(PermissionDenied):
            call()
