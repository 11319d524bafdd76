"""Volunteers from an .xlsx roster: the training import's reading and matching, volunteer columns,
teams found or created, duplicates and bad cells refused, a dry run (preview) that writes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.idnumber import make_id_number
from stationdesk.services import people, roster_import, volunteer_import, volunteers
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.roster_import import Field
from stationdesk.services.volunteers import TeamDraft, VolunteerDraft
from stationdesk.store.models import AuditEvent, Person, TeamMember, Volunteer, VolunteerTeam

HEADERS = ["序号", "姓名", "手机号码", "身份证号", "组织/单位", "技能/特长", "队伍", "志愿者编号", "登记日期"]
ID_A = make_id_number("330482", date(1985, 3, 4), 21)


def roster(path: Path, rows: list[list[object]], *, headers: list[object] | None = None,
           title: str | None = "2026年志愿者名册", merges: tuple[str, ...] = ()) -> Path:  # fmt: skip
    book = Workbook()
    sheet = book.active
    sheet.title = "名册"
    if title:
        sheet.append([title])
    sheet.append(headers or HEADERS)
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def written(ctx: ServiceContext) -> tuple[int, ...]:
    with ctx.reading() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (Person, Volunteer, VolunteerTeam, TeamMember, AuditEvent)
        )


def outcomes(preview: roster_import.Preview) -> list[tuple[int, str, str, str]]:
    return [(r.row, r.name, r.outcome.value, r.reason or r.matched_by) for r in preview.rows]


def test_a_roster_previews_then_applies_new_matched_and_already(ctx: ServiceContext, tmp_path: Path) -> None:
    people.create(ctx, PersonDraft(name="李强", id_number=ID_A))
    known = people.create(ctx, PersonDraft(name="赵敏", phone="13700001111"))
    volunteers.create(ctx, known, VolunteerDraft(organisation="老组织"))
    team = volunteers.create_team(ctx, TeamDraft("公益巴士队"))
    path = roster(tmp_path / "v.xlsx", [
        [1, "王芳", "13912345678", "", "嘉兴学院", "摄影", "公益巴士队", "ZJ0001", "2025-09-01"],
        [2, "李强", "", ID_A, "爱心企业", "驾驶", "助老服务队", "", ""],
        [3, "赵敏", "13700001111", "", "新组织", "", "公益巴士队", "", ""],
    ])  # fmt: skip
    table = roster_import.read_xlsx(path)
    before = written(ctx)
    preview = volunteer_import.preview(ctx, table)
    assert written(ctx) == before  # the preview (the dry run) writes nothing
    assert outcomes(preview) == [
        (3, "王芳", "new", ""),
        (4, "李强", "matched", "id_number"),
        (5, "赵敏", "already", "name_phone"),
    ]
    assert [r.detail for r in preview.rows] == ["公益巴士队", "助老服务队", "公益巴士队"]
    result = volunteer_import.apply(ctx, table)
    assert (result.created, result.volunteers, result.already, result.refused) == (1, 2, 1, 0)
    assert result.teams_created == ("助老服务队",)
    rows = {r.name: r for r in volunteers.list_volunteers(ctx)}
    wang = rows["王芳"]
    assert (wang.organisation, wang.skills, wang.platform_number, wang.registered_on, wang.teams) == (
        "嘉兴学院", "摄影", "ZJ0001", date(2025, 9, 1), ("公益巴士队",)
    )  # fmt: skip
    assert rows["李强"].teams == ("助老服务队",) and rows["李强"].registered_on == date.today()
    assert rows["赵敏"].organisation == "老组织" and rows["赵敏"].teams == ()  # already: left as it was
    assert [m.name for m in volunteers.team_members(ctx, team)] == ["王芳"]
    with ctx.reading() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "volunteer.import")).one()
        assert "new 1" in event.detail and "助老服务队" in event.detail
    again = volunteer_import.apply(ctx, table)  # applying twice doubles nothing
    assert (again.volunteers, again.already) == (0, 3)


def test_merged_headers_full_width_digits_and_real_dates(ctx: ServiceContext, tmp_path: Path) -> None:
    headers = ["姓名", "联系方式", None, "服务信息", None, None]
    sub = ["", "手机", "身份证号", "技能特长", "所在团队", "注册日期"]
    data = ["王 芳", "１３９１２３４５６７８", "", "急救", "青年队", date(2024, 5, 6)]
    path = roster(tmp_path / "m.xlsx", [sub, data], headers=headers, merges=("B2:C2", "D2:F2"))
    table = roster_import.read_xlsx(path)
    assert {f: table.headers[c] for f, c in table.mapping.items()}[Field.TEAM] == "服务信息 所在团队"
    volunteer_import.apply(ctx, table)
    (row,) = volunteers.list_volunteers(ctx)
    assert (row.name, row.phone_masked, row.skills, row.teams, row.registered_on) == (
        "王 芳", "139****5678", "急救", ("青年队",), date(2024, 5, 6)
    )  # fmt: skip


def test_bad_cells_and_duplicates_refuse_their_rows_and_the_rest_go_through(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    retired = volunteers.create_team(ctx, TeamDraft("旧队"))
    volunteers.retire_team(ctx, retired)
    path = roster(tmp_path / "bad.xlsx", [
        [1, "王芳", "13912345678", "", "", "", "", "", "2025年13月1日"],
        [2, "李强", "12345", "", "", "", "", "", ""],
        [3, "赵敏", "13700001111", "", "", "", "", "Z" * 40, ""],
        [4, "孙丽", "13600002222", "", "", "", "旧队", "", ""],
        [5, "周杰", "13500003333", "", "", "", "", "", "2020-01-01"],
        [6, "周杰", "13500003333", "", "", "", "", "", ""],
        [7, "", "13400004444", "", "", "", "", "", ""],
    ])  # fmt: skip
    preview = volunteer_import.preview(ctx, roster_import.read_xlsx(path))
    assert outcomes(preview) == [
        (3, "王芳", "refused", "roster.bad_registered_on"),
        (4, "李强", "refused", "roster.bad_phone"),
        (5, "赵敏", "refused", "volunteer.platform_number_too_long"),
        (6, "孙丽", "refused", "team.retired"),
        (7, "周杰", "new", ""),
        (8, "周杰", "refused", "roster.duplicate_row"),
        (9, "", "refused", "roster.no_name"),
    ]
    result = volunteer_import.apply(ctx, roster_import.read_xlsx(path))
    assert (result.volunteers, result.refused) == (1, 6)


def test_a_roster_without_names_is_refused_whole_and_writes_nothing(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = roster(tmp_path / "n.xlsx", [["13912345678", "嘉兴学院"]], headers=["手机", "单位"])
    before = written(ctx)
    with pytest.raises(ValidationError) as refused:
        volunteer_import.apply(ctx, roster_import.read_xlsx(path))
    assert refused.value.code == "roster.no_name_column"
    assert written(ctx) == before


def test_a_failure_while_applying_rolls_everything_back(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = roster(tmp_path / "r.xlsx", [[1, "王芳", "13912345678"], [2, "李强", "13800001111"]])
    real = volunteers.create_in
    calls = iter([True, False])

    def failing(*args: object) -> str:
        if not next(calls):
            raise RuntimeError("disk full")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(volunteers, "create_in", failing)
    before = written(ctx)
    with pytest.raises(RuntimeError):
        volunteer_import.apply(ctx, roster_import.read_xlsx(path))
    assert written(ctx) == before
