"""The staff list and the 6430 panel: full-time staff in service that day, certified among them,
active volunteers who served in the last 12 months."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from conftest import sign_in_as
from hours_desk import DAY, add_volunteer, at, make_desk
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import hours, staffing
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.staffing import StaffDraft


def _figures(ctx: ServiceContext, on: date) -> list[tuple[int, bool]]:
    return [(f.count, f.met) for f in staffing.panel(ctx, on).figures]


def test_the_panel_counts_staff_in_service_and_certified_among_the_full_time(ctx: ServiceContext) -> None:
    for number in range(6):
        staffing.add_staff(
            ctx,
            StaffDraft(f"社工{number}", certified=number < 4, cert_level="assistant" if number < 4 else ""),
        )
    staffing.add_staff(ctx, StaffDraft("兼职", full_time=False, certified=True))
    left = staffing.add_staff(ctx, StaffDraft("已离职", since=date(2020, 1, 1), until=date(2026, 6, 30)))
    assert _figures(ctx, DAY)[:2] == [(6, True), (4, True)]
    assert _figures(ctx, date(2026, 6, 1))[:2] == [(7, True), (4, True)]
    staffing.remove_staff(ctx, left)
    assert _figures(ctx, date(2026, 6, 1))[0] == (6, True)
    everyone = staffing.list_staff(ctx)
    assert len(everyone) == 7 and everyone[0].name == "兼职"
    one = next(s for s in everyone if s.name == "社工0")
    staffing.update_staff(ctx, one.id, StaffDraft("社工0", certified=False))
    assert _figures(ctx, DAY)[:2] == [(6, True), (3, False)]


def test_active_volunteers_have_the_status_and_served_in_the_last_12_months(ctx: ServiceContext) -> None:
    desk = make_desk(ctx)
    add_volunteer(ctx, "暂停者", status="paused")
    hours.desk(ctx, desk.codes["张伟"], at(14))
    hours.desk(ctx, desk.codes["张伟"], at(17))
    assert staffing.panel(ctx, DAY).volunteers.count == 1
    assert staffing.panel(ctx, DAY - timedelta(days=1)).volunteers.count == 0
    assert staffing.panel(ctx, DAY + timedelta(days=364)).volunteers.count == 1
    assert staffing.panel(ctx, DAY + timedelta(days=366)).volunteers.count == 0
    assert not staffing.panel(ctx, DAY).volunteers.met


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (StaffDraft(" "), "staff.name_required"),
        (StaffDraft("王" * 70), "staff.name_too_long"),
        (StaffDraft("王", cert_level="assistant"), "staff.level_without_certificate"),
        (StaffDraft("王", certified=True, cert_level="guru"), "staff.bad_level"),
        (StaffDraft("王", since=date(2026, 1, 1), until=date(2025, 1, 1)), "staff.until_before_since"),
    ],
)
def test_bad_staff_entries_are_refused(ctx: ServiceContext, draft: StaffDraft, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        staffing.add_staff(ctx, draft)
    assert info.value.code == code and staffing.list_staff(ctx) == []


def test_only_the_administrator_keeps_the_staff_list(ctx: ServiceContext) -> None:
    with pytest.raises(NotFound):
        staffing.update_staff(ctx, "nobody", StaffDraft("王"))
    sign_in_as(ctx, Role.STAFF)
    with pytest.raises(PermissionDenied):
        staffing.add_staff(ctx, StaffDraft("王"))
    assert staffing.panel(ctx, DAY).full_time.count == 0
