"""``stationdesk report monthly | quarterly`` (issue 6): files written, bad arguments refused in one line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from stationdesk.cli import main
from stationdesk.services.context import ServiceContext


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_an_empty_month_prints_an_honest_report(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m.pdf"
    assert main(["report", "monthly", "--db", str(db_path), "--month", "2026-03", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = _text(out)
    assert "社工站工作月报" in text and "2026年3月" in text and "本期未填写工作亮点。" in text


def test_a_quarter_in_english_and_as_xlsx(ctx: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "q.pdf", tmp_path / "q.xlsx"
    args = ["report", "quarterly", "--db", str(db_path), "--quarter", "2026-Q2"]
    assert main([*args, "--out", str(pdf), "--lang", "en"]) == 0
    assert "Quarterly Report" in _text(pdf) and "Q2 2026" in _text(pdf)
    assert main([*args, "--out", str(xlsx), "--lang", "zh_TW"]) == 0
    assert load_workbook(xlsx).worksheets[0].cell(row=1, column=1).value == "社工站工作季報"
    assert main([*args, "--out", str(pdf), "--force"]) == 0  # replaced


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["monthly", "--month", "2026-13", "--out", "r.pdf"], "not a month"),
        (["quarterly", "--quarter", "2026-Q5", "--out", "r.pdf"], "not a quarter"),
        (["monthly", "--month", "2026-10", "--lang", "fr", "--out", "r.pdf"], "invalid choice"),
        (["monthly", "--month", "2026-10", "--out", "r.docx"], ".pdf or an .xlsx"),
    ],
)
def test_bad_arguments_are_refused_in_one_line(
    ctx: ServiceContext,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    said: str,
) -> None:
    args = [*args[:-1], str(tmp_path / args[-1])]
    assert main(["report", *args, "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert said in err and len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("r.*"))


def test_an_existing_file_needs_force(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m.pdf"
    out.write_bytes(b"kept")
    assert main(["report", "monthly", "--db", str(db_path), "--month", "2026-10", "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err and out.read_bytes() == b"kept"
