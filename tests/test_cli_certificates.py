"""``stationdesk report badges | certificates | certificate-register | ce-ledger``."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from stationdesk.cli import main
from stationdesk.services import audit_query, certificates
from stationdesk.services.context import ServiceContext
from training_camp import make_camp


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "error:" in lines[0] and "Traceback" not in err, err
    return lines[0]


def pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [page.replace(" ", "") for page in text.split("\f") if page.strip()]


def test_certificates_are_issued_once_then_printed(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    camp = make_camp(ctx, {"张伟": [0, 1, 3], "艾琳": [0], "王芳": [0, 1, 2, 3]})
    command = ["report", "certificates", "--db", str(db_path), "--programme", camp.programme]
    out = tmp_path / "certificates.pdf"
    code, stdout, err = run(capsys, *command, "--out", str(out))
    assert code == 0, err
    assert stdout.strip() == str(out)
    year = certificates.certificate_register(ctx)[0].issued_on.year
    assert f"issued 2 new certificate(s): ZS{year}-0001 to ZS{year}-0002" in err
    printed = pages(out)
    assert len(printed) == 2 and "王芳" in printed[0] and "张伟" in printed[1]
    assert audit_query.recent(ctx, 1)[0].action == "training.certificate_print"

    code, stdout, err = run(capsys, *command, "--out", str(out), "--force")  # nothing new to issue
    assert code == 0 and "issued" not in err and len(pages(out)) == 2
    assert len(certificates.certificate_register(ctx)) == 2

    register = tmp_path / "register.xlsx"
    code, _, err = run(capsys, "report", "certificate-register", "--db", str(db_path), "--out", str(register))
    assert code == 0, err
    sheet = openpyxl.load_workbook(register).active
    numbers = {sheet.cell(row, 2).value for row in range(1, sheet.max_row + 1)}
    assert {f"ZS{year}-0001", f"ZS{year}-0002"} <= numbers


def test_nobody_completed_writes_no_file_and_says_why(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    camp = make_camp(ctx, {"张伟": [0, 1], "王芳": [2]})
    out = tmp_path / "certificates.pdf"
    code, _, err = run(
        capsys,
        "report",
        "certificates",
        "--db",
        str(db_path),
        "--programme",
        camp.programme,
        "--out",
        str(out),
    )
    assert code == 1 and not out.exists()
    line = one_line_error(err)
    assert "0 of 3 participant(s)" in line and "4 session(s) held" in line
    assert certificates.certificate_register(ctx) == []


def test_unknown_ids_are_one_line_errors(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    for name, option in (
        ("badges", "--programme"),
        ("certificates", "--programme"),
        ("ce-ledger", "--person"),
    ):
        code, _, err = run(capsys, "report", name, "--db", str(db_path), option, "nope", "--out", str(out))
        assert code == 2 and "nope" in one_line_error(err) and not out.exists(), name
    ledger = ["report", "ce-ledger", "--db", str(db_path), "--person", "x"]
    code, _, err = run(capsys, *ledger, "--from", "2026-02-30", "--out", str(out))
    assert code == 2 and "--from" in one_line_error(err)


def test_badges_and_table_cards(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    camp = make_camp(ctx, {})
    out = tmp_path / "badges.pdf"
    command = ["report", "badges", "--db", str(db_path), "--programme", camp.programme]
    code, stdout, err = run(capsys, *command, "--out", str(out))
    assert code == 0 and stdout.strip() == str(out), err
    (page,) = pages(out)
    assert all(name in page and camp.codes[name] in page for name in camp.codes)
    cards = tmp_path / "cards.pdf"
    assert main([*command, "--out", str(cards), "--table-cards"]) == 0
    assert len(pages(cards)) == 2  # 3 participants, 2 cards a page
    assert audit_query.recent(ctx, 1)[0].action == "training.badge_print"


def test_ce_ledger_as_pdf_and_xlsx(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    camp = make_camp(ctx, {"张伟": [0, 1, 3]})
    person = ["report", "ce-ledger", "--db", str(db_path), "--person", camp.persons["张伟"]]
    pdf = tmp_path / "ledger.pdf"
    code, _, err = run(capsys, *person, "--from", "2025-01-01", "--level", "social_worker", "--out", str(pdf))
    assert code == 0, err
    (page,) = pages(pdf)
    assert "张伟" in page and "2025-01-01至2027-12-31" in page and "尚差81学时" in page.replace("\n", "")
    xlsx = tmp_path / "ledger.xlsx"
    assert main([*person, "--from", "2025-01-01", "--out", str(xlsx)]) == 0
    sheet = openpyxl.load_workbook(xlsx).active
    hours = [row[4] for row in sheet.iter_rows(values_only=True) if isinstance(row[4], int | float)]
    assert hours == [3, 3, 3, 9]  # three sessions and their total
