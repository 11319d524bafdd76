"""Volunteer-service certificates: the service record counts only what the one rule counts, the
register's numbers are never given twice, issuing again gives the live one, the public notice list,
who may do what, and the audit trail."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, hours_certificates, volunteers
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.store.models import AuditEvent, HoursCertificate
from volunteer_hours import BUS, HOME, Season, add_entry, make_season, make_volunteer

YEAR = date.today().year


@pytest.fixture
def season(ctx: ServiceContext) -> Season:
    return make_season(ctx)


def _certificates(ctx: ServiceContext) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(HoursCertificate)) or 0


def _audited(ctx: ServiceContext, action: str) -> list[str]:
    with ctx.reading() as session:
        return list(session.scalars(select(AuditEvent.detail).where(AuditEvent.action == action)))


def test_the_record_counts_only_what_counts_by_activity_and_content(
    ctx: ServiceContext, season: Season
) -> None:
    record = hours_certificates.service_record(ctx, season.volunteer, season.first, season.last)
    assert record.name == "李志愿" and record.id_masked == "330482********1232"
    assert record.platform_number == "ZJ330402001" and record.organisation == "嘉兴学院青年志愿者协会"
    by_activity = {line.activity: line for line in record.lines}
    assert {name: line.minutes for name, line in by_activity.items()} == season.counted
    assert record.minutes == sum(season.counted.values())
    bus = by_activity[BUS]
    assert (bus.content, bus.first_day, bus.last_day, bus.days) == (
        "司机",
        date(2026, 3, 4),
        date(2026, 3, 18),
        3,
    )
    assert [line.activity for line in record.lines] == [BUS, HOME]  # by first day of service
    assert record.days == 4
    assert record.content == f"{BUS}（司机）；{HOME}（陪伴聊天）"


def test_the_same_activity_with_another_content_is_a_line_of_its_own(
    ctx: ServiceContext, season: Season
) -> None:
    add_entry(ctx, season.volunteer, date(2026, 5, 6), 60, activity=season.bus, content="引导")
    add_entry(ctx, season.volunteer, date(2026, 5, 7), 30)  # no activity, no content
    record = hours_certificates.service_record(ctx, season.volunteer, season.first, season.last)
    assert [(line.activity, line.content, line.minutes) for line in record.lines] == [
        (BUS, "司机", season.counted[BUS]),
        (HOME, "陪伴聊天", season.counted[HOME]),
        (BUS, "引导", 60),
        ("", "", 30),
    ]


def test_numbers_continue_and_are_never_reused_after_a_void(ctx: ServiceContext, season: Season) -> None:
    first = hours_certificates.issue(ctx, season.volunteer, season.first, season.last)
    assert first.number == f"ZY{YEAR}-0001" and first.minutes == sum(season.counted.values())
    assert first.holder_name == "李志愿" and first.issued_by == "王站长" and not first.voided
    march = hours_certificates.issue(ctx, season.volunteer, date(2026, 3, 1), date(2026, 3, 31))
    assert march.number == f"ZY{YEAR}-0002" and march.minutes == season.counted[BUS]
    voided = hours_certificates.void(ctx, march.id, "  期间写错\n了 ")
    assert voided.voided and voided.void_reason == "期间写错 了"
    again = hours_certificates.issue(ctx, season.volunteer, date(2026, 3, 1), date(2026, 3, 31))
    assert again.number == f"ZY{YEAR}-0003" and again.id != march.id
    last_year = hours_certificates.issue(
        ctx, season.other, season.first, season.last, on=date(YEAR - 1, 12, 30)
    )
    assert last_year.number == f"ZY{YEAR - 1}-0001"
    numbers = [c.number for c in hours_certificates.register(ctx)]
    assert numbers == [f"ZY{YEAR - 1}-0001", f"ZY{YEAR}-0001", f"ZY{YEAR}-0002", f"ZY{YEAR}-0003"]
    assert [c.number for c in hours_certificates.register(ctx, YEAR - 1)] == [f"ZY{YEAR - 1}-0001"]
    assert len(hours_certificates.register(ctx, volunteer_id=season.volunteer)) == 3


def test_issuing_again_for_the_same_period_gives_the_live_one(ctx: ServiceContext, season: Season) -> None:
    first = hours_certificates.issue(ctx, season.volunteer, season.first, season.last)
    again = hours_certificates.issue(ctx, season.volunteer, season.first, season.last)
    assert again == first and _certificates(ctx) == 1
    assert hours_certificates.live_certificate(ctx, season.volunteer, season.first, season.last) == first
    assert hours_certificates.live_certificate(ctx, season.volunteer, season.first, date(2026, 5, 30)) is None
    assert len(_audited(ctx, "volunteer.hours_certificate_issue")) == 1


def test_no_counted_hours_no_certificate(ctx: ServiceContext, season: Season) -> None:
    with pytest.raises(ValidationError) as refused:  # only a rejected and a waiting entry in these days
        hours_certificates.issue(ctx, season.volunteer, date(2026, 3, 20), date(2026, 4, 2))
    assert refused.value.code == "hours_certificate.no_hours"
    assert refused.value.params == {"first": "2026-03-20", "last": "2026-04-02"}
    assert _certificates(ctx) == 0


def test_bad_input_is_refused_and_nothing_is_written(ctx: ServiceContext, season: Season) -> None:
    with pytest.raises(ValidationError) as backwards:
        hours_certificates.issue(ctx, season.volunteer, season.last, season.first)
    assert backwards.value.code == "hours_certificate.bad_period"
    with pytest.raises(NotFound) as unknown:
        hours_certificates.issue(ctx, "no-such-volunteer", season.first, season.last)
    assert unknown.value.code == "volunteer.not_found"
    with pytest.raises(ValidationError) as future:
        hours_certificates.issue(ctx, season.volunteer, season.first, season.last, on=date(YEAR + 1, 1, 1))
    assert future.value.code == "certificate.future_date"
    with pytest.raises(ValidationError) as handler:
        hours_certificates.issue(ctx, season.volunteer, season.first, season.last, handler="nobody")
    assert handler.value.code == "hours_certificate.bad_handler"
    assert _certificates(ctx) == 0
    issued = hours_certificates.issue(ctx, season.volunteer, season.first, season.last)
    with pytest.raises(ValidationError) as no_reason:
        hours_certificates.void(ctx, issued.id, "  ")
    assert no_reason.value.code == "certificate.reason_required"
    hours_certificates.void(ctx, issued.id, "重开")
    with pytest.raises(ValidationError) as twice:
        hours_certificates.void(ctx, issued.id, "again")
    assert twice.value.code == "certificate.already_voided" and twice.value.params == {
        "number": issued.number
    }
    with pytest.raises(NotFound):
        hours_certificates.void(ctx, "no-such-certificate", "x")


def test_another_user_may_be_named_handler(ctx: ServiceContext, season: Season) -> None:
    staff = next(u for u in accounts.list_users(ctx) if u.username == "staff")
    issued = hours_certificates.issue(ctx, season.volunteer, season.first, season.last, handler=staff.id)
    assert issued.issued_by == "staff user" and issued.issued_by_id == staff.id


def test_issue_and_void_are_audited(ctx: ServiceContext, season: Season) -> None:
    issued = hours_certificates.issue(ctx, season.volunteer, season.first, season.last)
    hours_certificates.void(ctx, issued.id, "重开")
    assert _audited(ctx, "volunteer.hours_certificate_issue") == [f"{issued.number} 2026-03-01..2026-05-31"]
    assert _audited(ctx, "volunteer.hours_certificate_void") == [issued.number]


def test_the_notice_list_has_everyone_with_counted_hours_in_the_period(
    ctx: ServiceContext, season: Season
) -> None:
    make_volunteer(ctx, "没来过", code="CDEFGH4")  # no hours at all: not listed
    lines = hours_certificates.notice_list(ctx, season.first, season.last)
    assert [(line.name, line.organisation, line.days, line.minutes) for line in lines] == [
        ("艾琳", "爱心企业", 1, 45),
        ("李志愿", "嘉兴学院青年志愿者协会", 4, sum(season.counted.values())),
    ]
    at_least_an_hour = hours_certificates.notice_list(ctx, season.first, season.last, min_minutes=60)
    assert [line.name for line in at_least_an_hour] == ["李志愿"]
    assert hours_certificates.notice_list(ctx, date(2026, 3, 20), date(2026, 4, 2)) == []
    with pytest.raises(ValidationError) as negative:
        hours_certificates.notice_list(ctx, season.first, season.last, min_minutes=-1)
    assert negative.value.code == "hours_certificate.bad_minimum"


@pytest.mark.parametrize("role", [Role.STAFF, Role.TRAINER, Role.VIEWER])
def test_who_may_view_issue_and_void(ctx: ServiceContext, season: Season, role: Role) -> None:
    issued = hours_certificates.issue(ctx, season.volunteer, season.first, season.last)
    sign_in_as(ctx, role)
    views = role in (Role.STAFF, Role.VIEWER)
    approves = role is Role.STAFF
    for call in (
        lambda: hours_certificates.register(ctx),
        lambda: hours_certificates.service_record(ctx, season.volunteer, season.first, season.last),
        lambda: hours_certificates.notice_list(ctx, season.first, season.last),
    ):
        if views:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
    if approves:
        hours_certificates.void(ctx, issued.id, "重开")
        assert hours_certificates.issue(ctx, season.volunteer, season.first, season.last).number.endswith(
            "-0002"
        )
    else:
        with pytest.raises(PermissionDenied):
            hours_certificates.void(ctx, issued.id, "重开")
        with pytest.raises(PermissionDenied):
            hours_certificates.issue(ctx, season.volunteer, season.first, date(2026, 4, 30))
        assert _certificates(ctx) == 1


def test_volunteers_are_found_by_name_pinyin_or_code(ctx: ServiceContext, season: Season) -> None:
    assert [v.name for v in volunteers.list_volunteers(ctx)] == ["艾琳", "李志愿"]
    assert [v.name for v in volunteers.list_volunteers(ctx, "李")] == ["李志愿"]
    assert [v.name for v in volunteers.list_volunteers(ctx, "lzy")] == ["李志愿"]
    assert [v.name for v in volunteers.list_volunteers(ctx, "ai")] == ["艾琳"]
    assert [v.name for v in volunteers.list_volunteers(ctx, "bcdefg3")] == ["艾琳"]
    assert volunteers.list_volunteers(ctx, "王") == []
