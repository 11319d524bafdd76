"""``stationdesk report roster --month YYYY-MM``: the month's roster as PDF or .xlsx, audited; a bad
month or suffix is a one-line error that writes nothing."""

from __future__ import annotations

import subprocess
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from shift_people import make_volunteer
from stationdesk.cli import main
from stationdesk.domain.shifts import RoleSpec
from stationdesk.services import activities, roster, signups
from stationdesk.services.activities import ActivityDraft, SeriesDraft
from stationdesk.services.context import ServiceContext
from stationdesk.store.models import AuditEvent


@pytest.fixture
def bus(ctx: ServiceContext) -> None:
    activity = activities.create_activity(ctx, ActivityDraft("公益巴士进社区", "七星街道"))
    roles = (RoleSpec("司机", 2), RoleSpec("帮手", 6))
    activities.add_series(
        ctx, activity, SeriesDraft(date(2025, 9, 3), date(2025, 10, 29), time(13, 30), time(16, 30), roles)
    )
    first = roster.month(ctx, 2025, 10).shifts[0]
    signups.assign(ctx, first.id, first.roles[0].id, [make_volunteer(ctx, "沈丽娟")])


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_month_as_pdf_and_xlsx(
    ctx: ServiceContext, bus: None, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "roster.pdf"
    code, out, err = _run(
        capsys, "report", "roster", "--db", str(db_path), "--month", "2025-10", "--out", str(pdf)
    )
    assert code == 0, err
    assert out.strip() == str(pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = text.replace(" ", "")
    assert "沈丽娟" in text and "2025-10-15" in text and "2025-10-01" not in text  # National Day skipped
    assert "第1页共1页" in text
    xlsx = tmp_path / "roster.xlsx"
    assert main(["report", "roster", "--db", str(db_path), "--month", "2025-10", "--out", str(xlsx)]) == 0
    values = [row for row in load_workbook(xlsx).active.iter_rows(values_only=True)]
    assert any(row[6] == "沈丽娟" for row in values if len(row) > 6)
    with ctx.reading() as session:
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("roster.%"))))
    assert actions == ["roster.print", "roster.export"]


@pytest.mark.parametrize(
    ("month", "out", "says"),
    [
        ("2025-13", "r.pdf", "not a month"),
        ("10/2025", "r.pdf", "not a month"),
        ("2025-10", "r.docx", ".pdf or"),
    ],
)
def test_bad_month_or_suffix_is_one_line(
    db_path: Path,
    tmp_path: Path,
    ctx: ServiceContext,
    capsys: pytest.CaptureFixture[str],
    month: str,
    out: str,
    says: str,
) -> None:
    code, _out, err = _run(
        capsys, "report", "roster", "--db", str(db_path), "--month", month, "--out", str(tmp_path / out)
    )
    assert code != 0 and says in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / out).exists()
