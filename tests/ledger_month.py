"""March 2026 at a small station, for the ledger tests (services and the command line): two home
visits, two referrals, volunteer hours of every kind and a four-session camp, each with a row just
outside the month that no March ledger may show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from stationdesk.domain.idnumber import make_id_number
from stationdesk.domain.referrals import ReferralStatus
from stationdesk.services import key_targets, people, referrals, visit_settings, volunteers
from stationdesk.services.context import ServiceContext
from stationdesk.services.key_targets import EnrolmentDraft, VisitDraft
from stationdesk.services.partners import PartnerDraft, add_partner
from stationdesk.services.referrals import ReferralDraft
from stationdesk.store.models import Referral
from training_camp import Camp, make_camp
from volunteer_hours import ID_NUMBER, Season, make_season

FIRST, LAST = date(2026, 3, 1), date(2026, 3, 31)
TODAY = date(2026, 11, 20)
LI_ID = make_id_number("330482", date(1940, 5, 6), 21)
LI_PHONE = "13957311111"
ZHANG_ID = make_id_number("330482", date(1948, 3, 15), 131)
ZHANG_PHONE = "13957318888"
TEAM = "当湖街道巾帼志愿服务队"


@dataclass(frozen=True)
class Month:
    season: Season
    camp: Camp
    referral_codes: list[str]  # in the order sent (March's first, April's last)


def _visits(ctx: ServiceContext) -> None:
    li = people.create(ctx, people.PersonDraft(name="李桂英", sex="F", phone=LI_PHONE, id_number=LI_ID,
                                               grid="第3网格", community="东湖社区"))  # fmt: skip
    me = ctx.actor.user_id
    target = key_targets.enrol(ctx, EnrolmentDraft(li, "key", "独居高龄", me, date(2026, 1, 5)), today=TODAY)
    methods = {m.name: m.id for m in visit_settings.methods(ctx)}
    for day, method, findings, extra in (
        (date(2026, 3, 20), "电话", "电话问候，身体尚可", {}),
        (date(2026, 3, 10), "上门", "血压偏高，独自在家",
         {"companions": "党员 王建国", "risk": "raised", "follow_up_owner_id": me,
          "follow_up_due": date(2026, 3, 13), "follow_up_note": "联系家属"}),
        (date(2026, 4, 2), "上门", "四月的走访", {}),
    ):  # fmt: skip
        draft = VisitDraft(target, day, methods[method], me, findings=findings, **extra)  # type: ignore[arg-type]
        key_targets.record_visit(ctx, draft, today=day)  # recorded on the day


def _referrals(ctx: ServiceContext) -> list[str]:
    zhang = people.create(ctx, people.PersonDraft(name="张桂英", id_number=ZHANG_ID, phone=ZHANG_PHONE))
    partner = add_partner(ctx, PartnerDraft(name="平湖市残疾人联合会", kind="relief_department"))
    codes = []
    for sent, need, path, closed in (
        (datetime(2026, 3, 5, 10, 0), "申请残疾人两项补贴", [ReferralStatus.ACCEPTED, ReferralStatus.DONE],
         datetime(2026, 3, 20, 16, 0)),
        (datetime(2026, 3, 9, 9, 30), "申请辅具适配", [ReferralStatus.REJECTED],
         datetime(2026, 3, 12, 11, 0)),
        (datetime(2026, 4, 1, 9, 0), "四月的转介", [], None),
    ):  # fmt: skip
        info = referrals.send(ctx, ReferralDraft(zhang, partner, need, consent_given=True))
        for status in path:
            referrals.transition(
                ctx, info.id, status, "不符合适配条件" if status == ReferralStatus.REJECTED else ""
            )
        with ctx.transaction() as session:
            row = session.get(Referral, info.id)
            row.sent_at, row.closed_at = sent, closed  # sent and answered back then
        codes.append(info.tracking_code)
    return codes


def make_month(ctx: ServiceContext) -> Month:
    _visits(ctx)
    codes = _referrals(ctx)
    season = make_season(ctx)  # March to May; its ID number is volunteer_hours.ID_NUMBER
    team = volunteers.create_team(ctx, volunteers.TeamDraft(name=TEAM))
    volunteers.add_members(ctx, team, [season.volunteer], joined_on=date(2026, 3, 10))
    camp = make_camp(ctx, {"张伟": [0, 1, 2, 3], "艾琳": [0]}, first=date(2026, 3, 3))
    return Month(season, camp, codes)


SECRETS = (LI_ID, LI_PHONE, ZHANG_ID, ZHANG_PHONE, ID_NUMBER, "13912340001", "13912340002", "13912340003")
"""Every full ID number and phone of the month: none may be printed without a reveal."""
