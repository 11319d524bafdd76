"""The whole exchange from the command line alone: enrolment files both ways, export, import with a
receipt, the receipt back, site list, a re-import that changes nothing, refusals with exit status 2."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_exchange import Trio, make_trio, site_id, snapshot
from sync_sites import Site

from stationdesk.cli import main
from stationdesk.services import people

MACHINES = {"station": "machine-station", "trainer": "machine-trainer", "hub": "machine-hub"}


@pytest.fixture
def trio(seed_db: Path, tmp_path: Path) -> Iterator[Trio]:
    made = make_trio(seed_db, tmp_path)
    people.create(made.station.ctx, people.PersonDraft(name="张伟", id_number="11010519491231002X"))
    for site in (made.station, made.trainer, made.hub):
        site.close()
    yield made


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    def call(site: Site, *args: str) -> tuple[int, str, str]:
        monkeypatch.setenv("STATIONDESK_MACHINE_FINGERPRINT", MACHINES[site.name])
        code = main([*args, "--db", str(site.path)])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_an_exchange_scripted_from_the_command_line(trio: Trio, run) -> None:
    station, hub_site, stick = trio.station, trio.hub, trio.folder
    for site in (station, hub_site):
        code, out, _ = run(site, "site", "enrolment-file", "--out", str(stick))
        assert code == 0 and "fingerprint" in out
    enrolments = {p.name: p for p in stick.glob("*.sdenrol")}
    assert len(enrolments) == 2
    station_file = next(p for p in enrolments.values() if p.name.startswith("PH-DH"))
    hub_file = next(p for p in enrolments.values() if p.name.startswith("PH-QX"))
    assert run(station, "site", "enrol", str(hub_file))[0] == 0
    code, out, _ = run(hub_site, "import", str(station_file), "--json")  # import recognises enrolments too
    assert code == 0 and json.loads(out)["kind"] == "enrolment"

    code, out, _ = run(station, "site", "list", "--json")
    [peer] = json.loads(out)
    assert peer["role"] == "hub" and peer["pending"] > 0 and peer["last_export_at"] is None

    code, out, _ = run(station, "export", "--out", str(stick), "--for", "hub", "--json")
    assert code == 0
    bundle = Path(json.loads(out)["path"])
    assert bundle.suffix == ".sdbundle" and ":" not in bundle.name

    before = snapshot(hub_site)
    code, out, _ = run(hub_site, "import", str(bundle), "--dry-run", "--json")
    preview = json.loads(out)
    assert code == 0 and preview["dry_run"] and preview["new"] > 0
    assert snapshot(hub_site) == before
    code, out, _ = run(hub_site, "import", str(bundle), "--json")
    result = json.loads(out)
    assert {k: result[k] for k in ("new", "updated", "unchanged", "conflicts", "refused")} == {
        k: preview[k] for k in ("new", "updated", "unchanged", "conflicts", "refused")
    }
    receipt = Path(result["receipt"])
    assert receipt.is_file() and receipt.suffix == ".sdreceipt"

    code, out, _ = run(station, "import", str(receipt))
    assert code == 0 and "acknowledged" in out
    code, out, _ = run(station, "site", "list", "--json")
    [peer] = json.loads(out)
    assert peer["last_export_at"] is not None

    before = snapshot(hub_site)
    code, out, _ = run(hub_site, "import", str(bundle))
    assert code == 0 and "already imported" in out
    assert snapshot(hub_site) == before

    code, out, _ = run(station, "export", "--out", str(stick), "--peer", site_id(hub_site)[-8:], "--json")
    assert code == 0 and json.loads(out)["changes"] < result["new"] + result["unchanged"] + 200
    code, out, _ = run(hub_site, "hub", "status", "--json")
    states = {s["code"]: s for s in json.loads(out)["stations"]}
    assert states["PH-DH"]["last_sync"] is not None  # the matrix itself: test_cli_hub.py

    code, out, _ = run(station, "conflicts", "list", "--json")
    assert code == 0 and json.loads(out) == []


def test_refusals_are_one_line_and_exit_2(trio: Trio, run) -> None:
    station, hub_site, stick = trio.station, trio.hub, trio.folder
    run(station, "site", "enrolment-file", "--out", str(stick))
    run(hub_site, "site", "enrolment-file", "--out", str(stick))
    hub_file = next(stick.glob("PH-QX*.sdenrol"))
    run(station, "site", "enrol", str(hub_file))
    code, out, _ = run(station, "export", "--out", str(stick), "--for", "hub", "--json")
    bundle = Path(json.loads(out)["path"])
    before = snapshot(hub_site)
    code, _, err = run(hub_site, "import", str(bundle))  # the hub has not enrolled the station
    assert code == 2 and err.count("\n") == 1 and "not enrolled here" in err
    assert snapshot(hub_site) == before
    junk = stick / "junk.sdbundle"
    junk.write_bytes(b"hello")
    code, _, err = run(hub_site, "import", str(junk))
    assert code == 2 and "neither a bundle" in err
    code, _, err = run(station, "export", "--out", str(stick), "--for", "trainer")  # no trainer enrolled
    assert code == 2 and "passphrase" in err
    code, _, err = run(station, "conflicts", "resolve", "99", "--keep", "other")
    assert code == 2


def test_this_pcs_role_is_shown_and_set_from_the_command_line(trio: Trio, run) -> None:
    assert run(trio.hub, "site", "role")[:2] == (0, "hub\n")
    assert run(trio.station, "site", "role", "trainer")[:2] == (0, "trainer\n")
    assert run(trio.station, "site", "role")[1] == "trainer\n"
    code, _out, err = run(trio.station, "site", "role", "district")
    assert code == 2 and "invalid choice" in err
