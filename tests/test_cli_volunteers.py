"""``stationdesk volunteers list`` and ``volunteers import``: JSON and text, a dry run that writes
nothing, one-line errors that write nothing."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from stationdesk.services import people, volunteers
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.volunteers import TeamDraft, VolunteerDraft
from stationdesk.store.models import AuditEvent, HoursEntry, Person, Volunteer
from test_cli import assert_one_line_error, run


def roster(path: Path, *rows: list[object]) -> Path:
    book = Workbook()
    book.active.title = "名册"
    book.active.append(["公益巴士志愿者名册"])
    book.active.append(["姓名", "手机号", "单位", "队伍"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def written(ctx: ServiceContext) -> tuple[int, ...]:
    with ctx.reading() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (Person, Volunteer, AuditEvent)
        )


def test_volunteers_list_as_json_and_as_text(
    ctx: ServiceContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person = people.create(ctx, PersonDraft("王芳", phone="13912345678"))
    volunteer = volunteers.create(ctx, person, VolunteerDraft("嘉兴学院", registered_on=date(2025, 9, 1)))
    team = volunteers.create_team(ctx, TeamDraft("公益巴士队"))
    volunteers.add_members(ctx, team, [volunteer], date(2025, 9, 1))
    with ctx.transaction() as session:
        session.add(HoursEntry(volunteer_id=volunteer, service_date=date(2025, 9, 3), credited_minutes=150,
                               source="desk", needs_review=False, recorded_by=ctx.actor.user_id,
                               recorded_at=datetime(2025, 9, 3, 17)))  # fmt: skip
    code, out, err = run(capsys, "volunteers", "list", "--db", str(db_path), "--json")
    assert code == 0, err
    (item,) = json.loads(out)["volunteers"]
    assert (item["id"], item["name"], item["status"], item["teams"], item["minutes"], item["hours"]) == (
        volunteer, "王芳", "active", ["公益巴士队"], 150, 2.5
    )  # fmt: skip
    assert item["code"] == volunteers.get(ctx, volunteer).row.code and item["registered_on"] == "2025-09-01"
    code, out, _ = run(capsys, "volunteers", "list", "--db", str(db_path))
    assert code == 0 and "王芳" in out and "2.50 h" in out and out.strip().endswith("1 volunteer(s)")


def test_import_dry_run_writes_nothing_then_the_import_does(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = roster(tmp_path / "v.xlsx", ["王芳", "13912345678", "嘉兴学院", "公益巴士队"],
                  ["坏号码", "1380000", "", ""], ["李明", "13800001111", "", ""])  # fmt: skip
    before = written(ctx)
    args = ("volunteers", "import", "--db", str(db_path), str(path))
    code, out, err = run(capsys, *args, "--dry-run", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert written(ctx) == before
    assert (report["sheet"], report["header_row"], report["dry_run"], report["written"]) == (
        "名册",
        2,
        True,
        None,
    )
    assert report["counts"] == {"new": 2, "matched": 0, "already": 0, "refused": 1}
    assert report["rows"][0]["team"] == "公益巴士队"
    assert report["rows"][1]["reason_text"] == "not an 11-digit mobile number"
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert "row 4: 坏号码: not an 11-digit mobile number" in out
    assert "2 new volunteer(s) (2 newly registered), teams created: 公益巴士队" in out
    assert written(ctx) == (before[0] + 2, before[1] + 2, before[2] + 1)
    with ctx.reading() as session:
        actor = session.scalar(select(AuditEvent.actor_name).where(AuditEvent.action == "volunteer.import"))
    assert actor.startswith("cli:")
    code, out, _ = run(capsys, *args, "--json")
    assert json.loads(out)["written"] == {"persons": 0, "volunteers": 0, "teams": []}


@pytest.mark.parametrize("problem", ["not_xlsx", "no_names", "sheet", "missing", "folder"])
def test_import_refusals_are_one_line_exit_2_and_write_nothing(
    problem: str, ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = roster(tmp_path / "v.xlsx", ["李明", "13800001111", "", ""])
    extra: list[str] = []
    if problem == "not_xlsx":
        path = tmp_path / "v.csv"
        path.write_text("姓名,手机\n李明,13800001111\n", encoding="utf-8")
    elif problem == "no_names":
        book = Workbook()
        book.active.append(["手机", "单位"])
        book.active.append(["13800001111", "嘉兴学院"])
        book.save(path)
    elif problem == "sheet":
        extra = ["--sheet", "没有这张表"]
    elif problem == "missing":
        path = tmp_path / "nothing.xlsx"
    else:
        path = tmp_path
    before = written(ctx)
    code, _out, err = run(capsys, "volunteers", "import", "--db", str(db_path), str(path), *extra)
    assert code == 2
    assert_one_line_error(err)
    assert written(ctx) == before
