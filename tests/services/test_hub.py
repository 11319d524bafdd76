"""Hub mode (issue 7): the stations × months matrix, the station of a record, per-station figures and
the district's roll-up, counted independently from what tests/hub_district.py wrote."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from conftest import sign_in_as
from hub_district import A1, A2, MINUTES, NAMES, TODAY, District, make_district
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, hub, report_printouts, site_stations, station, station_report
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import PermissionDenied
from stationdesk.services.hub import LATE, NO_DATA, NOT_DUE, REPORTED
from stationdesk.services.station_report import PeriodFigures, period_of_month
from stationdesk.store.models import AuditEvent

NOVEMBER = period_of_month(2026, 11)


@pytest.fixture
def district(ctx: ServiceContext) -> District:
    return make_district(ctx)


def _states(report: hub.HubStatus, code: str) -> dict[str, str]:
    row = next(s for s in report.stations if s.code == code)
    return {cell.month: cell.state for cell in row.cells}


def test_every_site_belongs_to_one_station(ctx: ServiceContext, district: District) -> None:
    with ctx.reading() as session:
        known = {s.code: s for s in site_stations.stations(session)}
        reporting = [s.code for s in site_stations.reporting_stations(session)]
        assert site_stations.is_hub(session)
        assert site_stations.sites_of(session, frozenset({"ph-xa"})) == {A1, A2}
        with pytest.raises(ValidationError) as info:
            site_stations.sites_of(session, frozenset({"PH-XA", "NOPE"}))
    assert info.value.code == "hub.unknown_station" and info.value.params["code"] == "NOPE"
    assert known["PH-DH"].local and district.local_site in known["PH-DH"].site_ids
    assert (known["PH-XA"].name, known["PH-XC"].name) == (NAMES["PH-XA"], NAMES["PH-XC"])  # C: the peer's
    assert reporting == ["PH-XA", "PH-XB", "PH-XC"]  # the hub does not report to itself


def test_matrix_of_reported_late_not_due_and_no_data(ctx: ServiceContext, district: District) -> None:
    report = hub.status(ctx, today=TODAY)
    assert report.months[0] == "2025-12" and report.months[-1] == "2026-11" and len(report.months) == 12
    assert report.due_day == 5
    assert set(_states(report, "PH-XA").values()) == {REPORTED}
    b = _states(report, "PH-XB")
    assert [b[m] for m in ("2026-08", "2026-09", "2026-10", "2026-11")] == [REPORTED, LATE, LATE, NOT_DUE]
    c = _states(report, "PH-XC")
    assert c["2026-10"] == NO_DATA and c["2026-11"] == NOT_DUE  # enrolled on 11-20, after October's due day
    a = next(s for s in report.stations if s.code == "PH-XA")
    november = a.cells[-1]
    assert (november.due_on, november.reported_at) == (date(2026, 12, 5), datetime(2026, 12, 2, 10))
    assert a.cells[-2].reported_at == datetime(2026, 11, 2, 10)  # October: the trainer laptop's bundle
    assert a.last_sync == datetime(2026, 12, 2, 10)
    assert {site.site_id for site in a.sites} == {A1, A2}
    b_row = next(s for s in report.stations if s.code == "PH-XB")
    assert b_row.last_sync == datetime(2026, 9, 4, 11)  # the import it records is later than the bundle
    assert next(s for s in report.stations if s.code == "PH-XC").last_sync is None
    after = hub.status(ctx, months=1, today=date(2026, 12, 6))
    assert _states(after, "PH-XB") == {"2026-11": LATE} and _states(after, "PH-XC") == {"2026-11": LATE}


def test_due_day_setting_and_bad_input(ctx: ServiceContext, district: District) -> None:
    hub.set_due_day(ctx, 2)
    assert hub.due_day(ctx) == 2
    assert _states(hub.status(ctx, months=1, today=TODAY), "PH-XB") == {"2026-11": LATE}
    for day in (0, 29):
        with pytest.raises(ValidationError) as info:
            hub.set_due_day(ctx, day)
        assert info.value.code == "hub.bad_due_day"
    assert hub.due_day(ctx) == 2
    with pytest.raises(ValidationError):
        hub.status(ctx, months=0)


def test_a_station_pc_is_in_its_own_matrix_and_every_role_may_look(ctx: ServiceContext) -> None:
    make_district(ctx, role="station")
    sign_in_as(ctx, Role.VIEWER)
    report = hub.status(ctx, months=3, today=TODAY)
    local = report.stations[0]
    assert (local.code, local.local, {c.state for c in local.cells}) == ("PH-DH", True, {REPORTED})
    assert hub.as_json(report)["counts"] == {REPORTED: 6, LATE: 2, NOT_DUE: 2, NO_DATA: 2}
    sign_in_as(ctx, Role.STAFF)  # every role reads it (Action.SYNC_VIEW); signed out, nobody
    assert hub.status(ctx, months=3, today=TODAY) == report
    accounts.logout(ctx)
    with pytest.raises(PermissionDenied):
        hub.status(ctx)


def _figures(figures: PeriodFigures) -> tuple[int, ...]:
    visits = figures.visits
    assert visits is not None
    return (
        figures.reception.walk_ins,
        figures.reception.new_persons,
        figures.reception.first_time,
        sum(c.count for c in figures.reception.by_need),
        figures.referrals.sent,
        figures.follow_ups.opened,
        figures.follow_ups.done,
        visits.due,
        visits.visited,
        figures.volunteers.counted_minutes,
        figures.volunteers.served,
        figures.volunteers.active,
        figures.training.sessions,
        figures.training.attended,
        figures.training.expected,
        figures.staffing.full_time.count,
    )


def _expected(units: int) -> tuple[int, ...]:
    """What ``units`` units of hub_district's November activity count, figure by figure."""
    return (units, units, units, units, units, units, units, units, units, units * MINUTES) + (units,) * 6


def test_per_station_figures_and_the_roll_up(ctx: ServiceContext, district: District) -> None:
    by_station = {
        code: station_report.report_figures(ctx, NOVEMBER, today=TODAY, stations=frozenset({code}))
        for code in district.units
    }
    for code, units in district.units.items():
        assert _figures(by_station[code].current) == _expected(units), code
        assert by_station[code].scope.codes == (code,)
    roll_up = station_report.report_figures(ctx, NOVEMBER, today=TODAY)
    assert _figures(roll_up.current) == _expected(sum(district.units.values()))
    assert roll_up.scope.roll_up and roll_up.scope.stations == 3
    assert roll_up.current.staffing.full_time.target == 18  # three stations' 6430
    both = station_report.report_figures(ctx, NOVEMBER, today=TODAY, stations=frozenset({"PH-XA", "PH-XB"}))
    assert _figures(both.current) == _expected(6)
    assert (
        both.scope.names == (NAMES["PH-XA"], NAMES["PH-XB"]) and both.current.staffing.certified.target == 8
    )
    assert _figures(by_station["PH-XA"].previous)[0] == 0  # October: nothing
    with pytest.raises(ValidationError):
        station_report.report_figures(ctx, NOVEMBER, stations=frozenset({"XX"}))


def test_a_station_database_is_not_a_roll_up(ctx: ServiceContext) -> None:
    figures = station_report.report_figures(ctx, NOVEMBER, today=TODAY)
    assert figures.scope == station_report.WHOLE
    assert figures.current.staffing.full_time.target == 6
    with ctx.reading() as session:
        assert not site_stations.is_hub(session)
        assert [s.code for s in site_stations.reporting_stations(session)] == ["PH-DH"]


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_the_report_names_its_station_or_the_district(
    ctx: ServiceContext, district: District, tmp_path: Path
) -> None:
    one = report_printouts.write_report(
        ctx, NOVEMBER, tmp_path / "xa.pdf", today=TODAY, stations=frozenset({"PH-XA"})
    )
    text = _text(one)
    assert NAMES["PH-XA"] in text and "全区汇总" not in text
    assert "当湖街道社会工作站" in text  # the hub's letterhead, not another station's profile
    everything = report_printouts.write_report(ctx, NOVEMBER, tmp_path / "all.pdf", today=TODAY, lang="en")
    assert "District roll-up (3 stations)" in _text(everything)
    sheet = report_printouts.write_report(ctx, NOVEMBER, tmp_path / "all.xlsx", today=TODAY)
    assert load_workbook(sheet).worksheets[0].cell(row=2, column=1).value == "全区汇总（3 个站点）"
    assert station.get_profile(ctx).code == "PH-DH"  # type: ignore[union-attr]
    with ctx.reading() as session:
        details = [
            e.detail for e in session.scalars(select(AuditEvent).where(AuditEvent.action == "report.print"))
        ]
    assert details == ["2026-11 zh_CN PH-XA", "2026-11 en all"]


def test_this_pcs_role_is_an_administrators_setting(ctx) -> None:
    from stationdesk.services.errors import PermissionDenied

    assert hub.local_role(ctx) == "station"
    hub.set_local_role(ctx, "hub")
    assert hub.local_role(ctx) == "hub" and hub.is_hub_here(ctx)
    with pytest.raises(ValidationError) as bad:
        hub.set_local_role(ctx, "district")
    assert bad.value.code == "site.bad_role" and hub.local_role(ctx) == "hub"
    sign_in_as(ctx, Role.STAFF)
    with pytest.raises(PermissionDenied):
        hub.set_local_role(ctx, "trainer")
    assert hub.local_role(ctx) == "hub"
