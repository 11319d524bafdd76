"""Training printouts from a station database: the sheet's numbers and codes are the roster's; the
programme grid's rates, hours and completion equal what this test works out from the marks it
recorded; PDF or .xlsx by suffix; audited as a print or an export; refusals write nothing."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tests.conftest import sign_in_as

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import attendance, audit_query, enrolment, people, training, training_printouts
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft
from stationdesk.store.models import SessionAttendance

FIRST = date(2025, 9, 2)  # a Tuesday; four weekly sessions without holidays
MINUTES = 120
MARKS = {  # per held session; None: nothing recorded
    "张伟": ("present", "present", "late", "present"),
    "艾琳": ("present", "absent", "excused", "left_early"),
    "王芳": ("absent", None, "present", None),
    "李娜": ("present", "present", "present", "present"),
}
ATTENDED = ("present", "late", "left_early")  # spelled out here, not taken from the domain
SYMBOLS = {"present": "√", "late": "迟", "left_early": "早", "excused": "假", "absent": "×", None: None}


@pytest.fixture
def camp(ctx: ServiceContext) -> dict[str, object]:
    programme = training.create_programme(
        ctx,
        ProgrammeDraft(
            "智创营",
            "camp",
            CompletionRule(RuleKind.SHARE, 80),
            minutes_per_session=MINUTES,
            organiser="平湖市民政局",
        ),
    )
    held = training.add_series(ctx, programme, SessionDraft(FIRST, time(14), time(16), venue="三楼会议室"), 4)
    coming = training.add_session(
        ctx, programme, SessionDraft(date.today() + timedelta(days=30), time(14), time(16))
    )
    ids = [people.create(ctx, PersonDraft(name=name)) for name in MARKS]
    enrolment.enrol_persons(ctx, programme, ids, unit="东湖社区", target_group="grid_worker")
    by_name = {entry.name: entry.enrolment_id for entry in attendance.roster(ctx, programme)}
    with ctx.transaction() as session:
        for name, statuses in MARKS.items():
            for session_id, status in zip(held.session_ids, statuses, strict=True):
                if status is None:
                    continue
                at = datetime.combine(FIRST, time(13, 55))
                came = status in ATTENDED
                mark = SessionAttendance(
                    session_id=session_id,
                    enrolment_id=by_name[name],
                    status=status,
                    signed_in_at=at if came else None,
                    signed_out_at=None,
                    method="paper",
                    recorded_by=ctx.actor.user_id,
                    recorded_at=at,
                    deleted=False,
                )
                session.add(mark)
    return {"programme": programme, "sessions": held.session_ids, "coming": coming}


def _expected(name: str) -> tuple[int, int, float, float, str]:
    """Attended, held, rate, hours, 结业: worked out here from the marks, not by the read model."""
    statuses = MARKS[name]
    came = sum(1 for s in statuses if s in ATTENDED)
    held = len(statuses)
    return came, held, came / held, came * MINUTES / 60, "是" if came * 100 >= 80 * held else "否"


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def test_signin_sheet_rows_are_the_roster_numbers_and_codes(
    ctx: ServiceContext, camp: dict, tmp_path: Path
) -> None:
    session_id = camp["sessions"][1]
    data = training_printouts.signin_sheet_data(ctx, session_id)
    roster = attendance.roster(ctx, camp["programme"])
    assert [(p.number, p.name, p.code) for p in data.participants] == [
        (e.number, e.name, e.signin_code) for e in roster
    ]
    assert (data.session.number, data.session.of, data.session.venue) == (2, 5, "三楼会议室")
    pdf = training_printouts.write_signin_sheet(ctx, session_id, tmp_path / "sheet.pdf")
    text = _text(pdf).replace(" ", "")
    assert all(e.signin_code in text and e.name in text for e in roster)
    assert "网格员" in text and "第1页共1页" in text
    entry = audit_query.recent(ctx, 1)[0]
    assert (entry.action, entry.record_id, entry.detail) == ("training.print", session_id, "signin_sheet")


def test_programme_grid_rates_hours_and_completion(ctx: ServiceContext, camp: dict, tmp_path: Path) -> None:
    out = training_printouts.write_attendance(ctx, programme_id=camp["programme"], out=tmp_path / "grid.xlsx")
    ws = load_workbook(out).active
    header = next(r for r in range(1, 30) if ws.cell(r, 1).value == "序号")
    heads = [c.value for c in ws[header]]
    first = heads.index("各场次出勤")
    tail = heads.index("出勤场次")
    assert tail - first == 5, "a column for each of the five sessions, the coming one too"
    rows = {r[1]: r for r in ws.iter_rows(min_row=header + 2, max_row=header + 5, values_only=True)}
    assert set(rows) == set(MARKS)
    for name, statuses in MARKS.items():
        row = rows[name]
        assert list(row[first:tail]) == [SYMBOLS[s] for s in statuses] + [None], name
        attended, held, rate, hours, done = _expected(name)
        assert (row[tail], row[tail + 1], row[tail + 3], row[tail + 4]) == (attended, held, hours, done), name
        assert row[tail + 2] == pytest.approx(rate)
    totals = [c.value for c in ws[header + 6]]
    assert totals[0] == "出勤人数"
    per_session = [
        sum(1 for s in MARKS.values() if s[i] in ("present", "late", "left_early")) for i in range(4)
    ]
    assert totals[first:tail] == [*per_session, None]
    assert totals[-1] == sum(1 for n in MARKS if _expected(n)[4] == "是")
    assert audit_query.recent(ctx, 1)[0].action == "training.export"

    pdf = training_printouts.write_attendance(ctx, programme_id=camp["programme"], out=tmp_path / "grid.pdf")
    lines = _text(pdf).splitlines()
    for name in MARKS:
        attended, held, rate, hours, done = _expected(name)
        line = next(line for line in lines if name in line).replace(" ", "")
        assert f"{attended}/{held}" in line and f"{rate * 100:.1f}%" in line and line.endswith(done), line


def test_session_record_counts_by_status(ctx: ServiceContext, camp: dict, tmp_path: Path) -> None:
    session_id = camp["sessions"][1]
    out = training_printouts.write_attendance(ctx, session_id=session_id, out=tmp_path / "s.xlsx")
    ws = load_workbook(out).active
    head = next(r for r in range(1, 30) if ws.cell(r, 1).value == "出席")
    counts = dict(zip([c.value for c in ws[head]], [c.value for c in ws[head + 1]], strict=True))
    second = [s[1] for s in MARKS.values()]
    assert counts["出席"] == second.count("present") and counts["缺席"] == second.count("absent")
    assert counts["未记录"] == second.count(None)
    attended = sum(1 for s in second if s in ATTENDED)
    assert counts["出勤率"] == pytest.approx(attended / len(MARKS))
    text = _text(training_printouts.write_attendance(ctx, session_id=session_id, out=tmp_path / "s.pdf"))
    assert f"出勤率 {attended * 100 / len(MARKS):.1f}%" in text.replace("  ", " ")


def test_a_session_not_held_yet_says_so(ctx: ServiceContext, camp: dict) -> None:
    data = training_printouts.session_record_data(ctx, camp["coming"])
    assert not data.held and data.rate is None and all(m.status == "" for m in data.marks)


def test_refusals_write_nothing(ctx: ServiceContext, camp: dict, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError) as bad:
        training_printouts.write_attendance(ctx, session_id=camp["coming"], out=tmp_path / "x.docx")
    assert bad.value.code == "printout.bad_format"
    with pytest.raises(ValidationError) as both:
        training_printouts.write_attendance(ctx, session_id="a", programme_id="b", out=tmp_path / "x.pdf")
    assert both.value.code == "printout.session_or_programme"
    with pytest.raises(NotFound):
        training_printouts.write_signin_sheet(ctx, "no-such-session", tmp_path / "x.pdf")
    sign_in_as(ctx, Role.VIEWER)  # may print, may not export
    with pytest.raises(PermissionDenied):
        training_printouts.write_attendance(ctx, programme_id=camp["programme"], out=tmp_path / "x.xlsx")
    assert list(tmp_path.iterdir()) == []
    assert training_printouts.write_signin_sheet(ctx, camp["coming"], tmp_path / "ok.pdf").exists()
