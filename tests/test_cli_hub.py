"""``stationdesk hub status`` and ``report monthly --station`` (issue 7) on a hub built in the test."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from hub_district import NAMES, TODAY, make_district
from stationdesk.cli import main
from stationdesk.services import hub
from stationdesk.services.context import ServiceContext


class _Today(date):
    @classmethod
    def today(cls) -> _Today:
        return cls(TODAY.year, TODAY.month, TODAY.day)


@pytest.fixture
def hub_db(ctx: ServiceContext, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_district(ctx)
    monkeypatch.setattr(hub, "date", _Today)
    return db_path


def test_status_as_json(hub_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hub", "status", "--db", str(hub_db), "--months", "3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["months"] == ["2026-09", "2026-10", "2026-11"] and data["today"] == "2026-12-03"
    states = {s["code"]: [s["months"][m]["state"] for m in data["months"]] for s in data["stations"]}
    assert states == {
        "PH-XA": ["reported"] * 3,
        "PH-XB": ["late", "late", "due"],
        "PH-XC": ["none", "none", "due"],
    }
    xa = data["stations"][0]
    assert (xa["name"], xa["last_sync"], len(xa["sites"])) == (NAMES["PH-XA"], "2026-12-02T10:00", 2)
    assert data["counts"] == {"reported": 3, "late": 2, "due": 2, "none": 2}


def test_status_as_a_table(hub_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hub", "status", "--db", str(hub_db), "--months", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["station", "2026-10", "2026-11"]
    assert lines[2].split()[:5] == ["PH-XB", "LATE", "due", "2026-09-04", "11:00"]
    assert lines[3].split()[:4] == ["PH-XC", "-", "due", "never"]


def test_bad_months_and_unknown_stations_are_one_line(
    hub_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["hub", "status", "--db", str(hub_db), "--months", "0"]) == 2
    assert capsys.readouterr().err.strip() == "stationdesk: error: --months must be from 1 to 120"
    out = tmp_path / "r.pdf"
    args = ["report", "monthly", "--db", str(hub_db), "--month", "2026-11", "--out", str(out)]
    assert main([*args, "--station", "PH-XA", "--station", "PH-QQ"]) == 2
    err = capsys.readouterr().err
    assert "no station PH-QQ" in err and "PH-XB" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_monthly_report_of_two_stations(hub_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    args = ["report", "monthly", "--db", str(hub_db), "--month", "2026-11", "--out", str(out)]
    assert main([*args, "--station", "ph-xa", "--station", "PH-XB"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert f"{NAMES['PH-XA']}、{NAMES['PH-XB']}" in text
