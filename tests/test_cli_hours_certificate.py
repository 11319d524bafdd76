"""``stationdesk report hours-certificate``: issue once, then reprint; refusals are one line and
write nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from stationdesk.cli import main
from stationdesk.services import audit_query, hours_certificates
from stationdesk.services.context import ServiceContext
from volunteer_hours import make_season


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "error:" in lines[0] and "Traceback" not in err, err
    return lines[0]


def text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.replace(" ", "").replace("\n", "")


def test_issued_once_then_reprinted(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    season = make_season(ctx)
    command = ["report", "hours-certificate", "--db", str(db_path), "--volunteer", season.volunteer]
    period = ["--from", "2026-03-01", "--to", "2026-05-31"]
    out = tmp_path / "certificate.pdf"
    code, stdout, err = run(capsys, *command, *period, "--out", str(out))
    assert code == 0, err
    assert stdout.strip() == str(out)
    (issued,) = hours_certificates.register(ctx)
    assert err.strip() == f"issued certificate {issued.number}"
    printed = text(out)
    assert "李志愿" in printed and issued.number in printed and "8.25" in printed
    assert audit_query.recent(ctx, 1)[0].action == "volunteer.hours_certificate_print"

    code, _, err = run(capsys, *command, *period, "--out", str(out), "--force")
    assert code == 0 and err.strip() == f"reprinting certificate {issued.number}, issued {issued.issued_on}"
    assert hours_certificates.register(ctx) == [issued]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ["--from", "2026-03-20", "--to", "2026-04-02"],
            "no counted volunteer hours from 2026-03-20 to 2026-04-02",
        ),
        (["--from", "2026-05-31", "--to", "2026-03-01"], "the period ends (2026-03-01) before it begins"),
        (["--from", "2026-02-30", "--to", "2026-03-01"], "not a date (YYYY-MM-DD): '2026-02-30'"),
        (["--from", "2026-03-01"], "the following arguments are required: --to"),
    ],
)
def test_refusals_are_one_line_and_write_nothing(
    ctx: ServiceContext,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    says: str,
) -> None:
    season = make_season(ctx)
    out = tmp_path / "certificate.pdf"
    command = ["report", "hours-certificate", "--db", str(db_path), "--volunteer", season.volunteer]
    code, stdout, err = run(capsys, *command, *args, "--out", str(out))
    assert code != 0 and stdout == ""
    assert says in one_line_error(err)
    assert not out.exists() and hours_certificates.register(ctx) == []


def test_an_unknown_volunteer_or_a_wrong_file_type_is_one_line(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_season(ctx)
    period = ["--from", "2026-03-01", "--to", "2026-05-31"]
    out = tmp_path / "certificate.pdf"
    base = ["report", "hours-certificate", "--db", str(db_path)]
    code, _, err = run(capsys, *base, "--volunteer", "nobody", *period, "--out", str(out))
    assert code == 2 and one_line_error(err).endswith("no volunteer with the id nobody")
    code, _, err = run(capsys, *base, "--volunteer", "nobody", *period, "--out", str(tmp_path / "c.xlsx"))
    assert code == 2 and "write a .pdf file" in one_line_error(err)
    assert not out.exists() and hours_certificates.register(ctx) == []
