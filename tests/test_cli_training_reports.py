"""``stationdesk report signin-sheet`` and ``report attendance``: PDF or .xlsx by suffix; unknown ids,
both or neither of --session/--programme and a wrong suffix are one-line errors that write nothing."""

from __future__ import annotations

import subprocess
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from stationdesk.cli import main
from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import attendance, enrolment, people, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft


@pytest.fixture
def course(ctx: ServiceContext) -> tuple[str, str]:
    programme = training.create_programme(
        ctx, ProgrammeDraft("台账规范培训", "training", CompletionRule(RuleKind.COUNT, 1))
    )
    session = training.add_session(
        ctx, programme, SessionDraft(date(2025, 9, 2), time(9), time(11), venue="会议室")
    )
    ids = [people.create(ctx, PersonDraft(name=name)) for name in ("沈丽娟", "陆志明")]
    enrolment.enrol_persons(ctx, programme, ids)
    return programme, session


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_signin_sheet_pdf_and_xlsx(
    ctx: ServiceContext,
    course: tuple[str, str],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    programme, session = course
    pdf = tmp_path / "sheet.pdf"
    code, out, err = _run(
        capsys, "report", "signin-sheet", "--db", str(db_path), "--session", session, "--out", str(pdf)
    )
    assert code == 0, err
    assert out.strip() == str(pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    roster = attendance.roster(ctx, programme)
    assert all(e.signin_code in text for e in roster) and "台账规范培训" in text.replace(" ", "")
    xlsx = tmp_path / "sheet.xlsx"
    assert (
        main(["report", "signin-sheet", "--db", str(db_path), "--session", session, "--out", str(xlsx)]) == 0
    )
    ws = load_workbook(xlsx).active
    assert {e.signin_code for e in roster} <= {c.value for row in ws.iter_rows() for c in row}


def test_attendance_of_a_session_and_a_programme(
    course: tuple[str, str], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    programme, session = course
    base = ["report", "attendance", "--db", str(db_path)]
    for which, ident, name in (("--session", session, "s.xlsx"), ("--programme", programme, "p.pdf")):
        out = tmp_path / name
        code, _out, err = _run(capsys, *base, which, ident, "--out", str(out))
        assert code == 0, err
        assert out.stat().st_size > 1000


@pytest.mark.parametrize(
    "args",
    [
        ("--session", "no-such-id"),
        ("--programme", "no-such-id"),
        (),
        ("--session", "a", "--programme", "b"),
    ],
)
def test_bad_choices_are_one_line_errors(
    course: tuple[str, str],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
) -> None:
    out = tmp_path / "out" / "x.pdf"
    out.parent.mkdir()
    code, _, err = _run(capsys, "report", "attendance", "--db", str(db_path), *args, "--out", str(out))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "error:" in err and "Traceback" not in err
    assert not any(out.parent.iterdir())


def test_a_wrong_suffix_is_refused(
    course: tuple[str, str], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _programme, session = course
    out = tmp_path / "sheet.docx"
    code, _, err = _run(
        capsys, "report", "signin-sheet", "--db", str(db_path), "--session", session, "--out", str(out)
    )
    assert code == 2 and ".pdf or an .xlsx" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
