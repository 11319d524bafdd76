"""The manager's highlights travel (schema 0011): written at a station PC they reach the district hub
and appear in its report on that station and in its roll-up under the station's name; two PCs of the
station writing the same period's highlights apart make one record and one conflict; a trainer
laptop's bundle carries none."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_exchange import Trio, enrol_both_ways, keys_of, make_trio, site_id
from sync_sites import ADMIN_PASSWORD, Site

from stationdesk.domain.roles import Role
from stationdesk.services import accounts, report_printouts, station_report, sync
from stationdesk.services.station_report import period_of_month
from stationdesk.store.models import AuditEvent, ReportHighlight, SyncPeer
from stationdesk.sync.bundle import read_bundle
from stationdesk.sync.changeset import decode

NOVEMBER = period_of_month(2026, 11)
TODAY = date(2026, 12, 3)
STATION = "当湖街道社会工作站"  # the seed station, PH-DH
WRITTEN = "开展重阳节敬老活动\n走访独居老人十二户"
SILENT = "乍浦镇社会工作站"  # a station enrolled at the hub that sent nothing


@pytest.fixture
def trio(seed_db: Path, tmp_path: Path) -> Iterator[Trio]:
    made = make_trio(seed_db, tmp_path, hub_admin="zhuren")  # the station's admin user travels too
    enrol_both_ways(made.station, made.hub, made.folder)
    enrol_both_ways(made.station, made.trainer, made.folder)
    yield made
    made.close()


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _to_hub(trio: Trio) -> None:
    bundle = sync.export_bundle(trio.station.ctx, trio.folder, peer_site_id=site_id(trio.hub))
    assert sync.import_bundle(trio.hub.ctx, bundle.path).counts["new"] > 0


def test_highlights_reach_the_hub_and_its_reports(trio: Trio, tmp_path: Path) -> None:
    station_report.set_highlights(trio.station.ctx, NOVEMBER, WRITTEN)
    station_report.set_highlights(trio.station.ctx, period_of_month(2026, 10), "十月的亮点")
    _to_hub(trio)
    hub = trio.hub.ctx
    with hub.transaction() as s:  # a second reporting station, enrolled, nothing received from it
        s.add(SyncPeer(site_id="00000000-0000-7000-8000-0000000000b1", station_code="PH-XB", name=SILENT,
                       role="station", public_key=b"\0" * 32, enrolled_at=datetime(2026, 1, 10)))  # fmt: skip

    one = station_report.report_figures(hub, NOVEMBER, today=TODAY, stations=frozenset({"PH-DH"}))
    assert (one.highlights, one.by_station) == (WRITTEN, ())
    roll_up = station_report.report_figures(hub, NOVEMBER, today=TODAY)
    assert roll_up.scope.roll_up and roll_up.highlights == ""
    assert [(h.name, h.text) for h in roll_up.by_station] == [(STATION, WRITTEN), (SILENT, "")]
    assert station_report.highlights(hub, NOVEMBER) == ""  # the hub's own station wrote none

    per_station = _text(
        report_printouts.write_report(
            hub, NOVEMBER, tmp_path / "dh.pdf", today=TODAY, stations=frozenset({"PH-DH"})
        )
    )
    assert "走访独居老人十二户" in per_station and "十月的亮点" not in per_station
    pdf = report_printouts.write_report(hub, NOVEMBER, tmp_path / "all.pdf", today=TODAY)
    text = _text(pdf)
    tail = text[text.index("八、工作亮点") :]
    assert tail.index(STATION) < tail.index("开展重阳节敬老活动") < tail.index(SILENT)
    assert tail.index(SILENT) < tail.index("本期未填写工作亮点")
    english = _text(report_printouts.write_report(hub, NOVEMBER, tmp_path / "en.pdf", today=TODAY, lang="en"))
    assert "No highlights were written for this period." in english and "走访独居老人十二户" in english


def test_highlights_reach_the_hub_spreadsheet(trio: Trio, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    station_report.set_highlights(trio.station.ctx, NOVEMBER, WRITTEN)
    _to_hub(trio)
    sheet = report_printouts.write_report(trio.hub.ctx, NOVEMBER, tmp_path / "all.xlsx", today=TODAY)
    values = [row[0] for row in load_workbook(sheet).worksheets[0].iter_rows(values_only=True)]
    at = values.index("八、工作亮点")
    assert values[at + 1 :] == [STATION, WRITTEN]


def test_two_pcs_writing_one_period_make_one_record_and_one_conflict(sites: list[Site]) -> None:
    a, b, _ = sites
    accounts.login(a.ctx, "admin", ADMIN_PASSWORD)
    accounts.login(b.ctx, "admin", ADMIN_PASSWORD)
    accounts.create_user(b.ctx, "deputy", "副站长", Role.ADMIN, "deputy-pass-1")
    accounts.login(b.ctx, "deputy", "deputy-pass-1")  # another writer: who wrote it is bookkeeping
    station_report.set_highlights(a.ctx, NOVEMBER, "A 机写的亮点")
    station_report.set_highlights(b.ctx, NOVEMBER, "B 机写的亮点")

    from_a = b.apply(a.export())
    assert from_a.conflicts == 1
    from_b = a.apply(b.export())
    assert from_b.conflicts == 0  # b had seen a's text before its own travelled
    for site in (a, b):
        with site.ctx.reading() as s:
            assert s.scalar(select(func.count()).select_from(ReportHighlight)) == 1
    assert station_report.highlights(a.ctx, NOVEMBER) == station_report.highlights(b.ctx, NOVEMBER)
    listed = sync.conflicts(b.ctx)
    assert [(c.table, c.field, c.table_label) for c in listed] == [
        ("report_highlight", "text", "Report highlights")
    ]
    assert {listed[0].kept_value, listed[0].other_value} == {"A 机写的亮点", "B 机写的亮点"}


def test_a_trainer_bundle_carries_no_highlights(trio: Trio) -> None:
    station_report.set_highlights(trio.station.ctx, NOVEMBER, WRITTEN)
    bundle = sync.export_bundle(trio.station.ctx, trio.folder, peer_site_id=site_id(trio.trainer), full=True)
    known = keys_of(trio.station).public.signing_key
    _manifest, payload = read_bundle(
        bundle.path, known_key=lambda s: known if s == site_id(trio.station) else None,
        identity=keys_of(trio.trainer),
    )  # fmt: skip
    changes = decode(payload).changes
    assert "station" in {c.table for c in changes}  # the bundle is not empty
    assert "report_highlight" not in {c.table for c in changes}
    assert "走访独居老人十二户" not in repr(changes)
    hub_bundle = sync.export_bundle(trio.station.ctx, trio.folder, peer_site_id=site_id(trio.hub), full=True)
    _manifest, hub_payload = read_bundle(
        hub_bundle.path, known_key=lambda s: known if s == site_id(trio.station) else None,
        identity=keys_of(trio.hub),
    )  # fmt: skip
    assert "report_highlight" in {c.table for c in decode(hub_payload).changes}


def test_writing_the_same_text_again_writes_nothing(sites: list[Site]) -> None:
    a = sites[0]
    accounts.login(a.ctx, "admin", ADMIN_PASSWORD)
    station_report.set_highlights(a.ctx, NOVEMBER, "  " + WRITTEN + "\n")
    before = a.export()
    station_report.set_highlights(a.ctx, NOVEMBER, WRITTEN)
    station_report.set_highlights(a.ctx, period_of_month(2026, 10), "")  # none, and none to empty
    assert a.export() == before
    with a.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(ReportHighlight)) == 1
        written = s.scalars(select(AuditEvent.detail).where(AuditEvent.action == "report.highlights")).all()
    assert written == ["2026-11"]
    assert station_report.highlights(a.ctx, NOVEMBER) == WRITTEN
