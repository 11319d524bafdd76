"""``stationdesk training list`` and ``training import-roster``: JSON and text, one-line errors that
write nothing, and a dry run that writes nothing either."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import enrolment, people, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft
from stationdesk.store.models import AuditEvent, Enrolment, Person
from test_cli import assert_one_line_error, run


@pytest.fixture
def camp(ctx: ServiceContext) -> str:
    programme = training.create_programme(
        ctx,
        ProgrammeDraft("2026年平湖市社工站运营团队智创营", "camp", CompletionRule(RuleKind.SHARE, 80), 180),
    )
    first = SessionDraft(date(2026, 3, 3), time(9), time(11, 30), "当湖街道社工站", "沈老师", "需求调研")
    training.add_session(ctx, programme, first)
    cancelled = training.add_session(ctx, programme, SessionDraft(date(2026, 3, 10), time(9), time(11)))
    training.cancel_session(ctx, cancelled)
    enrolment.enrol_persons(ctx, programme, [people.create(ctx, PersonDraft("王芳", phone="13912345678"))])
    return programme


def roster(path: Path, *rows: list[object]) -> Path:
    book = Workbook()
    book.active.title = "名单"
    book.active.append(["智创营报名表"])
    book.active.append(["姓名", "手机号", "单位"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def written(ctx: ServiceContext) -> tuple[int, int, int]:
    with ctx.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(table))
            for table in (Person, Enrolment, AuditEvent)
        )


def test_training_list_as_json_and_as_a_table(
    ctx: ServiceContext, camp: str, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "training", "list", "--db", str(db_path), "--json")
    assert code == 0, err
    (programme,) = json.loads(out)["programmes"]
    assert (programme["id"], programme["type"], programme["first_day"]) == (camp, "camp", "2026-03-03")
    assert programme["counts"] == {"sessions": 1, "cancelled": 1, "participants": 1}
    first, second = programme["sessions"]
    assert first["start"] == "2026-03-03T09:00" and first["end"] == "2026-03-03T11:30"
    assert (first["venue"], first["trainer"], first["topic"], first["cancelled"]) == (
        "当湖街道社工站",
        "沈老师",
        "需求调研",
        False,
    )
    assert second["cancelled"] is True
    code, out, _ = run(capsys, "training", "list", "--db", str(db_path))
    assert code == 0
    assert camp in out and "智创营" in out and "(cancelled)" in out and out.strip().endswith("1 programme(s)")


def test_import_roster_dry_run_writes_nothing_then_the_import_does(
    ctx: ServiceContext, camp: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = roster(
        tmp_path / "roster.xlsx",
        ["王芳", "13912345678", "当湖街道"],
        ["李明", "13800001111", "钟埭街道"],
        ["坏号码", "1380000", ""],
        [None, None, None],
        ["陈静", 13700002222.0, "新埭镇"],
    )
    before = written(ctx)
    args = ("training", "import-roster", "--db", str(db_path), "--programme", camp, str(path))
    code, out, err = run(capsys, *args, "--dry-run", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert written(ctx) == before
    assert (report["sheet"], report["header_row"], report["dry_run"], report["written"]) == (
        "名单",
        2,
        True,
        None,
    )
    assert report["counts"] == {"new": 2, "matched": 0, "already": 1, "refused": 1}
    bad = next(r for r in report["rows"] if r["outcome"] == "refused")
    assert (bad["row"], bad["reason"], bad["reason_text"]) == (
        5,
        "roster.bad_phone",
        "not an 11-digit mobile number",
    )
    assert report["rows"][0]["phone"] == "139****5678"

    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert "row 5: 坏号码: not an 11-digit mobile number" in out
    assert out.strip().endswith("enrolled 2 (2 newly registered)")
    assert written(ctx) == (before[0] + 2, before[1] + 2, before[2] + 1)
    with ctx.reading() as session:
        actor = session.scalar(
            select(AuditEvent.actor_name).where(AuditEvent.action == "training.import_roster")
        )
    assert actor.startswith("cli:")

    code, out, _ = run(capsys, *args, "--json")
    assert json.loads(out)["written"] == {"persons": 0, "enrolments": 0}
    assert written(ctx) == (before[0] + 2, before[1] + 2, before[2] + 1)


@pytest.mark.parametrize("problem", ["programme", "not_xlsx", "no_names", "sheet", "missing"])
def test_import_roster_refusals_are_one_line_exit_2_and_write_nothing(
    problem: str,
    ctx: ServiceContext,
    camp: str,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = roster(tmp_path / "roster.xlsx", ["李明", "13800001111", "钟埭街道"])
    programme, extra = camp, []
    if problem == "programme":
        programme = "no-such-programme"
    elif problem == "not_xlsx":
        path = tmp_path / "roster.csv"
        path.write_text("姓名,手机号\n李明,13800001111\n", encoding="utf-8")
    elif problem == "no_names":
        book = Workbook()
        book.active.append(["人员", "手机号"])
        book.active.append(["李明", "13800001111"])
        book.save(path)
    elif problem == "sheet":
        extra = ["--sheet", "Sheet9"]
    else:
        path = tmp_path / "missing.xlsx"
    before = written(ctx)
    code, out, err = run(capsys, "training", "import-roster", "--db", str(db_path), "--programme", programme,
                         str(path), *extra)  # fmt: skip
    assert code == 2
    assert_one_line_error(err)
    expected = {
        "programme": "no training programme with that id",
        "not_xlsx": "is not an .xlsx workbook",
        "no_names": "no column of names found",
        "sheet": "has no sheet 'Sheet9'; its sheets are: 名单",
        "missing": "no roster file at",
    }[problem]
    assert expected in err
    assert out == ""
    assert written(ctx) == before
