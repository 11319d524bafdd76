"""The ``stationdesk`` command line: exit codes, one-line errors, files never half-written."""

from __future__ import annotations

import ast
import hashlib
import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from stationdesk import __version__
from stationdesk.cli import main
from stationdesk.services import demo
from stationdesk.services.context import ServiceContext

PERSONS = 300


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line_error(err: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "error:" in lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--persons", str(PERSONS), "--seed", "3"]) == 0
    return path


def test_version_prints_name_and_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "stationdesk", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"StationDesk {__version__}"


def test_version_and_parsing_import_no_database_or_qt_modules() -> None:
    code = (
        "import sys\n"
        "from stationdesk.cli import build_parser, main\n"
        "main(['--version'])\n"
        "build_parser().parse_args(['--db', 'x.sqlite3', '--lang', 'en'])\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'PySide6')]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_demo_then_check_json(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--db", str(demo_db), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["schema_revision"] == report["head_revision"]
    counts = report["row_counts"]
    assert counts["person"] == PERSONS
    assert counts["app_user"] == len(demo.USERS)
    assert counts["station"] == 1
    assert counts["change_log"] > PERSONS  # the triggers logged the inserts


def test_check_text_report(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--db", str(demo_db))
    assert code == 0
    assert "integrity:    ok" in out
    assert out.strip().endswith("OK")


def test_db_option_accepted_before_the_command(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db), "check", "--json")
    assert code == 0
    assert json.loads(out)["row_counts"]["person"] == PERSONS


def test_db_url_option(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--db-url", f"sqlite:///{demo_db.as_posix()}", "--json")
    assert code == 0
    assert json.loads(out)["ok"] is True


@pytest.mark.parametrize("command", ["check", "backup", "smoke", "screenshots"])
def test_missing_database_is_an_error_and_not_created(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.sqlite3"
    extra = {"backup": ["--out", str(tmp_path / "b.sqlite3")], "screenshots": ["--out", str(tmp_path / "s")]}
    code, _, err = run(capsys, command, "--db", str(missing), *extra.get(command, []))
    assert code == 2
    assert_one_line_error(err)
    assert str(missing) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_check_garbage_file_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(bytes(range(256)) * 40)
    before = digest(garbage)
    code, _, err = run(capsys, "check", "--db", str(garbage))
    assert code == 2
    assert_one_line_error(err)
    assert digest(garbage) == before


def test_check_foreign_sqlite_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    code, _, err = run(capsys, "check", "--db", str(other))
    assert code == 2
    assert_one_line_error(err)
    assert "not of StationDesk" in err


def test_backup_produces_a_file_check_accepts(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "backup.sqlite3"
    code, stdout, err = run(capsys, "backup", "--db", str(demo_db), "--out", str(out))
    assert code == 0, err
    assert Path(stdout.strip()) == out.resolve()
    assert [p.name for p in tmp_path.iterdir()] == ["backup.sqlite3"]
    code, stdout, _ = run(capsys, "check", "--db", str(out), "--json")
    assert code == 0
    assert json.loads(stdout)["row_counts"]["person"] == PERSONS
    with sqlite3.connect(demo_db) as conn:  # the copy of everyone's data is on record
        action, actor, detail = conn.execute(
            "SELECT action, actor_name, detail FROM audit_event ORDER BY at DESC LIMIT 1"
        ).fetchone()
    assert (action, detail) == ("backup", str(out.resolve()))
    assert actor.startswith("cli:")


def test_backup_into_a_folder_and_refusing_to_overwrite(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, stdout, _ = run(capsys, "backup", "--db", str(demo_db), "--out", str(tmp_path))
    assert code == 0
    written = Path(stdout.strip())
    assert written.parent == tmp_path.resolve()
    before = digest(written)
    code, _, err = run(capsys, "backup", "--db", str(demo_db), "--out", str(written))
    assert code == 2
    assert_one_line_error(err)
    assert "--force" in err
    assert digest(written) == before


def test_backup_onto_the_database_itself_is_refused(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(demo_db)
    code, _, err = run(capsys, "backup", "--db", str(demo_db), "--out", str(demo_db))
    assert code == 2
    assert_one_line_error(err)
    assert digest(demo_db) == before


def test_demo_refuses_to_overwrite_an_existing_database(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(demo_db)
    code, _, err = run(capsys, "demo", "--db", str(demo_db), "--persons", "10")
    assert code == 2
    assert_one_line_error(err)
    assert "--force" in err
    assert digest(demo_db) == before


def test_demo_force_replaces_and_an_empty_file_is_filled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "station.sqlite3"
    target.touch()
    code, _, err = run(capsys, "demo", "--db", str(target), "--persons", "20")
    assert code == 0, err
    assert "building demo" in err  # progress goes to stderr
    code, _, _ = run(capsys, "demo", "--db", str(target), "--persons", "30", "--force")
    assert code == 0
    code, out, _ = run(capsys, "check", "--db", str(target), "--json")
    assert json.loads(out)["row_counts"]["person"] == 30
    assert sorted(p.name for p in tmp_path.iterdir()) == ["station.sqlite3"]


def test_failed_demo_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_build: object, _report: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(demo, "STEPS", (*demo.STEPS, ("broken", 0.0, broken)))
    target = tmp_path / "station.sqlite3"
    code, _, err = run(capsys, "demo", "--db", str(target), "--persons", "20")
    assert code == 1
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == "stationdesk: error: unexpected RuntimeError: disk on fire"
    assert list(tmp_path.iterdir()) == []


def test_demo_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "demo", "--persons", "5")
    assert code == 2
    assert_one_line_error(err)


def test_newer_schema_is_refused_and_the_file_untouched(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(demo_db.read_bytes())
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    before = digest(newer)
    for args in (["check"], ["backup", "--out", str(tmp_path / "b.sqlite3")], ["smoke"]):
        code, _, err = run(capsys, *args, "--db", str(newer))
        assert code == 2
        assert_one_line_error(err)
        assert "error: this database was written by a newer StationDesk (schema 9999); please upgrade" in err
    assert digest(newer) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite3"]


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--db", "a.sqlite3", "--db-url", "sqlite:///b.sqlite3"],
        ["--db", "a.sqlite3", "check", "--db-url", "sqlite:///b.sqlite3"],
        ["--db-url", "sqlite:///b.sqlite3", "--db", "a.sqlite3"],
    ],
)
def test_db_and_db_url_together_are_refused(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *args)
    assert code == 2
    assert_one_line_error(err)
    assert "not allowed with" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "--db", "x.sqlite3", "--years", "ten"],
        ["demo", "--db", "x.sqlite3", "--years", "0"],
        ["no-such-command"],
        ["--lang", "fr"],
        ["backup", "--db", "x.sqlite3"],
        ["check", "--db-url", "not a url"],
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *args)
    assert code == 2
    assert_one_line_error(err)
    assert list(tmp_path.iterdir()) == []


def test_gui_gets_the_url_and_language_without_sqlalchemy_loaded(tmp_path: Path) -> None:
    db = tmp_path / "站 点 #1.sqlite3"
    code = (
        "import sys\n"
        "import stationdesk.app\n"
        "def fake_run_gui(url, lang):\n"
        "    heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')]\n"
        "    print(repr((url, lang, heavy)))\n"
        "    return 0\n"
        "stationdesk.app.run_gui = fake_run_gui\n"
        "from stationdesk.cli import main\n"
        f"raise SystemExit(main(['--db', {str(db)!r}, '--lang', 'zh_TW']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    url, lang, heavy = ast.literal_eval(result.stdout.strip().splitlines()[-1])
    assert (lang, heavy) == ("zh_TW", [])
    assert Path(make_url(url).database) == db
    assert not db.exists()  # the GUI, not the CLI, decides when to create it


def test_report_referral_slip_by_code_and_unknown_code(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stationdesk.services import audit_query, people, referrals
    from stationdesk.services.partners import PartnerDraft, add_partner

    clear_id = "330482194803151314"
    person_id = people.create(ctx, people.PersonDraft(name="张桂英", id_number=clear_id))
    partner_id = add_partner(ctx, PartnerDraft(name="平湖市残疾人联合会", kind="relief_department"))
    draft = referrals.ReferralDraft(person_id, partner_id, "残疾人两项补贴", consent_given=True)
    sent = referrals.send(ctx, draft)
    slip = ["report", "referral-slip", "--db", str(db_path)]
    out = tmp_path / "slip.pdf"
    code, stdout, err = run(capsys, *slip, "--referral", sent.tracking_code.lower(), "--out", str(out))
    assert code == 0, err
    assert stdout.strip() == str(out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert sent.tracking_code in text and "平湖市残疾人联合会" in text.replace(" ", "")
    assert clear_id not in text and sent.person_id_masked in text
    printed = audit_query.recent(ctx, 1)[0]  # a slip carries a person's data out: on record
    assert (printed.action, printed.record_id, printed.actor_name[:4]) == ("referral.print", sent.id, "cli:")

    by_id = tmp_path / "by-id.pdf"
    assert main([*slip, "--referral", sent.id, "--out", str(by_id)]) == 0
    assert by_id.read_bytes().startswith(b"%PDF")
    capsys.readouterr()

    missing = tmp_path / "missing.pdf"
    code, _, err = run(capsys, *slip, "--referral", "ZZZZZZZ", "--out", str(missing))
    assert code == 2
    assert_one_line_error(err)
    assert "ZZZZZZZ" in err
    assert not missing.exists()


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_report_notice_by_part_of_a_name_and_unknown_name(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "notice.pdf"
    code, stdout, err = run(
        capsys, "report", "notice", "--db", str(db_path), "--relief-type", "临时", "--out", str(out)
    )
    assert (code, stdout.strip()) == (0, str(out)), err
    text = _pdf_text(out).replace(" ", "")
    assert "一次性告知单" in text and "临时救助" in text and "困难情况说明" in text

    missing = tmp_path / "missing.pdf"
    code, _, err = run(
        capsys, "report", "notice", "--db", str(db_path), "--relief-type", "救助", "--out", str(missing)
    )
    assert code == 2 and not missing.exists()
    assert_one_line_error(err)
    assert "临时救助" in err  # the error lists the names to choose from


def test_report_coverage_as_json_and_pdf(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last_month = (date.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    out = tmp_path / "coverage.pdf"
    cover = ["report", "coverage", "--db", str(demo_db), "--month", last_month]
    code, stdout, err = run(capsys, *cover, "--json", "--out", str(out))
    assert code == 0, err
    report = json.loads(stdout)
    assert report["period"] == last_month and report["due"] >= report["visited"]
    assert report["due"] == report["visited"] + len(report["misses"]) + len(report["pending"])
    assert report["pending"] == []  # the month is over: every unvisited one is a miss
    assert sum(group["due"] for group in report["by_grid"]) == report["due"]
    text = _pdf_text(out).replace(" ", "")
    assert "重点对象探访情况" in text and f"应访{report['due']}人次" in text

    for bad in (["--month", "2026-13", "--json"], ["--month", last_month]):
        code, _, err = run(capsys, "report", "coverage", "--db", str(demo_db), *bad)
        assert code == 2
        assert_one_line_error(err)
