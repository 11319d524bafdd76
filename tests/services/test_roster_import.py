"""Enrolment from an .xlsx roster or a pasted list: the preview says what would happen to every row
and writes nothing; applying writes it in one transaction, and applying twice doubles nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.idnumber import make_id_number
from stationdesk.domain.phone import normalize_phone
from stationdesk.domain.roles import Role
from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import enrolment, people, roster_import, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.people import PersonDraft
from stationdesk.services.roster_import import Field
from stationdesk.services.training import ProgrammeDraft
from stationdesk.store.models import AuditEvent, Enrolment, Person

HEADERS = ["序号", "姓名", "性别", "手机号码", "身份证号", "工作单位", "人员类别", "出生日期"]
ID_A = make_id_number("330482", date(1985, 3, 4), 21)  # a man
ID_B = make_id_number("330402", date(1990, 7, 8), 42)


def write_xlsx(path: Path, rows: list[list[object]], *, title: str | None = None, sheet: str = "报名表",
               merges: tuple[str, ...] = ()) -> Path:  # fmt: skip
    book = Workbook()
    ws = book.active
    ws.title = sheet
    if title:
        ws.append([title])
    for row in rows:
        ws.append(row)
    for cells in merges:
        ws.merge_cells(cells)
    book.save(path)
    return path


@pytest.fixture
def programme(ctx: ServiceContext) -> str:
    return training.create_programme(
        ctx,
        ProgrammeDraft("2026年平湖市社工站运营团队智创营", "camp", CompletionRule(RuleKind.SHARE, 80), 180),
    )


def counts(ctx: ServiceContext) -> tuple[int, int, int]:
    with ctx.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(Person)),
            session.scalar(select(func.count()).select_from(Enrolment)),
            session.scalar(select(func.count()).select_from(AuditEvent)),
        )


def outcomes(preview: roster_import.Preview) -> list[tuple[int, str, str, str]]:
    return [(r.row, r.name, r.outcome.value, r.reason or r.matched_by) for r in preview.rows]


def test_a_clean_roster_previews_then_applies_with_unit_group_source_and_codes(
    ctx: ServiceContext, programme: str, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "clean.xlsx",
        [
            HEADERS,
            [1, "李明", "男", "13912345678", ID_A, "当湖街道", "持证社工", None],
            [2, "陈静", "女", 13800001111.0, "", "钟埭街道", "网格员", datetime(1988, 5, 6)],
            [3, "周红", "女", "13700002222", "", "曹桥街道", "社区工作者", "1979/1/2"],
        ],
    )
    table = roster_import.read_xlsx(path)
    assert (table.sheet, table.header_row, len(table.rows)) == ("报名表", 1, 3)
    assert table.mapping == {
        Field.NAME: 1, Field.SEX: 2, Field.PHONE: 3, Field.ID_NUMBER: 4, Field.UNIT: 5,
        Field.TARGET_GROUP: 6, Field.BIRTH_DATE: 7,
    }  # fmt: skip
    before = counts(ctx)
    preview = roster_import.preview(ctx, programme, table)
    assert counts(ctx) == before  # a preview writes nothing
    assert outcomes(preview) == [(2, "李明", "new", ""), (3, "陈静", "new", ""), (4, "周红", "new", "")]
    assert preview.rows[1].phone_masked == "138****1111"
    assert preview.counts == {"new": 3, "matched": 0, "already": 0, "refused": 0}

    result = roster_import.apply(ctx, programme, table)
    assert (result.created, result.enrolled) == (3, 3)
    found = {p.name: p for p in enrolment.participants(ctx, programme)}
    assert sorted(found) == ["周红", "李明", "陈静"]
    assert len({p.signin_code for p in found.values()}) == 3
    with ctx.reading() as session:
        rows = session.execute(
            select(Person.name, Person.sex, Person.birth_date, Person.name_initials, Enrolment.unit,
                   Enrolment.target_group, Enrolment.source).join(Enrolment, Enrolment.person_id == Person.id)
        ).all()  # fmt: skip
        audit_details = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "training.import_roster")
        ).all()
    assert sorted(rows) == [
        ("周红", "F", date(1979, 1, 2), "zh", "曹桥街道", "community_worker", "xlsx"),
        ("李明", "M", date(1985, 3, 4), "lm", "当湖街道", "certified_sw", "xlsx"),
        ("陈静", "F", date(1988, 5, 6), "cj", "钟埭街道", "grid_worker", "xlsx"),
    ]
    assert audit_details == ["xlsx: new 3, matched 0, already 0, refused 0"]


def test_title_rows_and_merged_header_cells_are_read_past(
    ctx: ServiceContext, programme: str, tmp_path: Path
) -> None:
    # A title over the whole width, a two-row header: 姓名 and 单位 merged down, 联系方式 across
    # its two sub-columns (手机, 身份证号).
    path = write_xlsx(
        tmp_path / "merged.xlsx",
        [
            ["填表日期：2026年3月1日"],
            ["姓名", "联系方式", None, "单位"],
            [None, "手机", "身份证号", None],
            ["王芳", "13912345678", "", "新埭镇"],
        ],
        title="2026年平湖市社工站运营团队智创营报名表",
        merges=("A1:D1", "A3:A4", "B3:C3", "D3:D4"),
    )
    table = roster_import.read_xlsx(path)
    assert table.header_row == 3
    assert table.headers == ("姓名", "联系方式 手机", "联系方式 身份证号", "单位")
    assert table.mapping == {Field.NAME: 0, Field.PHONE: 1, Field.ID_NUMBER: 2, Field.UNIT: 3}
    preview = roster_import.preview(ctx, programme, table)
    assert outcomes(preview) == [(5, "王芳", "new", "")]
    assert preview.rows[0].unit == "新埭镇"


def test_empty_rows_between_and_after_records_are_skipped_and_rows_keep_their_sheet_numbers(
    ctx: ServiceContext, programme: str, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "gaps.xlsx",
        [["姓名", "电话"], ["甲一", "13912340001"], [None, None], [], ["乙二", "13912340002"], [None, "  "]],
    )
    preview = roster_import.preview(ctx, programme, roster_import.read_xlsx(path))
    assert [(r.row, r.name) for r in preview.rows] == [(2, "甲一"), (5, "乙二")]


def test_full_width_digits_and_spaces_are_folded(ctx: ServiceContext, programme: str, tmp_path: Path) -> None:
    wide_phone = "１３９　１２３４　５６７８"
    wide_id = ID_B.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    path = write_xlsx(
        tmp_path / "wide.xlsx", [["姓名", "手机", "身份证"], ["　张　伟 ", wide_phone, wide_id]]
    )
    table = roster_import.read_xlsx(path)
    roster_import.apply(ctx, programme, table)
    with ctx.reading() as session:
        assert session.execute(select(Person.name, Person.phone, Person.id_number)).one() == (
            "张 伟",
            "13912345678",
            ID_B,
        )


def test_bad_cells_refuse_their_row_with_a_reason_and_the_rest_go_through(
    ctx: ServiceContext, programme: str, tmp_path: Path
) -> None:
    bad_id = ID_A[:-1] + ("0" if ID_A[-1] != "0" else "1")
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            ["姓名", "手机", "身份证号", "出生日期"],
            ["好人", "13912345678", "", "1980年1月2日"],
            ["坏日期", "13912345679", "", "02.01.1980"],
            ["", "13912345670", "", ""],
            ["坏手机", "1391234", "", ""],
            ["坏证号", "", bad_id, ""],
            ["数字证号", "", 330482198503040000, ""],
            ["日期不存在", "", "", "1980-02-30"],
        ],
    )
    preview = roster_import.preview(ctx, programme, roster_import.read_xlsx(path))
    assert outcomes(preview) == [
        (2, "好人", "new", ""),
        (3, "坏日期", "refused", "roster.bad_date"),
        (4, "", "refused", "roster.no_name"),
        (5, "坏手机", "refused", "roster.bad_phone"),
        (6, "坏证号", "refused", "id.checksum"),
        (7, "数字证号", "refused", "roster.id_as_number"),
        (8, "日期不存在", "refused", "roster.bad_date"),
    ]
    assert preview.rows[4].params == {"expected": ID_A[-1]}
    assert roster_import.apply(ctx, programme, roster_import.read_xlsx(path)).enrolled == 1


@pytest.mark.parametrize(
    "text",
    [
        "1980-01-02",
        "1980/1/2",
        "1980.1.2",
        "1980年1月2日",
        "19800102",
        "１９８０年１月２日",
        "1980-01-02 00:00:00",
    ],
)
def test_birth_dates_in_the_formats_stations_use(text: str) -> None:
    assert roster_import.date_of(text) == date(1980, 1, 2)


def test_a_roster_without_a_name_column_is_refused_whole_and_a_mapping_can_name_it(
    ctx: ServiceContext, programme: str, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "noname.xlsx", [["人员", "手机"], ["刘洋", "13912345678"]])
    table = roster_import.read_xlsx(path)
    before = counts(ctx)
    with pytest.raises(ValidationError) as refused:
        roster_import.preview(ctx, programme, table)
    assert refused.value.code == "roster.no_name_column"
    with pytest.raises(ValidationError):
        roster_import.apply(ctx, programme, table)
    assert counts(ctx) == before
    chosen = {**table.mapping, Field.NAME: 0}
    assert outcomes(roster_import.preview(ctx, programme, table, chosen)) == [(2, "刘洋", "new", "")]
    with pytest.raises(ValidationError) as bad:
        roster_import.preview(ctx, programme, table, {Field.NAME: 7})
    assert bad.value.code == "roster.bad_mapping"


def test_registry_matches_by_id_number_else_name_and_phone_and_conflicts_are_refused(
    ctx: ServiceContext, programme: str, tmp_path: Path
) -> None:
    by_id = people.create(ctx, PersonDraft("李明", id_number=ID_A, phone="13611112222"))
    by_phone = people.create(ctx, PersonDraft("陈静", phone="13800001111"))
    people.create(ctx, PersonDraft("王强", phone="13500003333"))
    people.create(ctx, PersonDraft("赵敏", birth_date=date(1990, 7, 8)))
    people.create(ctx, PersonDraft("孙丽"))
    path = write_xlsx(
        tmp_path / "match.xlsx",
        [
            ["姓名", "手机", "身份证号"],
            ["李明", "13999999999", ID_A],  # ID matches; another phone changes nothing
            ["陈静", "138 0000 1111", ""],  # name + phone
            ["王强", "13611112222", ID_A],  # ID of 李明 under another name
            ["李明", "13800001111", ""],  # 陈静's phone under another name: a new person
            ["赵敏", "13700004444", ID_B],  # same name and birth date as a registered 赵敏
            ["孙丽", "", ""],  # a name alone, and a 孙丽 is registered
        ],
    )
    preview = roster_import.preview(ctx, programme, roster_import.read_xlsx(path))
    assert outcomes(preview) == [
        (2, "李明", "matched", "id_number"),
        (3, "陈静", "matched", "name_phone"),
        (4, "王强", "refused", "roster.id_other_name"),
        (5, "李明", "new", ""),
        (6, "赵敏", "refused", "roster.possible_duplicate"),
        (7, "孙丽", "refused", "roster.name_only_ambiguous"),
    ]
    assert (preview.rows[0].person_id, preview.rows[1].person_id) == (by_id, by_phone)


def test_an_id_matching_one_person_and_a_phone_another_is_a_conflict(
    ctx: ServiceContext, programme: str, tmp_path: Path
) -> None:
    people.create(ctx, PersonDraft("李明", id_number=ID_A))
    people.create(ctx, PersonDraft("李明", phone="13800001111"), duplicate_reason="两个同名的人")
    path = write_xlsx(
        tmp_path / "conflict.xlsx", [["姓名", "手机", "身份证号"], ["李明", "13800001111", ID_A]]
    )
    assert outcomes(roster_import.preview(ctx, programme, roster_import.read_xlsx(path))) == [
        (2, "李明", "refused", "roster.conflict")
    ]


def test_already_enrolled_people_and_duplicates_within_the_file(
    ctx: ServiceContext, programme: str, tmp_path: Path
) -> None:
    enrolled = people.create(ctx, PersonDraft("周红", phone="13700002222"))
    enrolment.enrol_persons(ctx, programme, [enrolled])
    path = write_xlsx(
        tmp_path / "dups.xlsx",
        [
            ["姓名", "手机", "身份证号"],
            ["周红", "13700002222", ""],
            ["吴刚", "13300001234", ""],
            ["吴刚", "133-0000-1234", ""],
            ["郑洁", "", ID_B],
            ["郑洁", "13300005678", ID_B],
            ["冯雪", "", ""],
            ["冯雪", "", ""],
        ],
    )
    preview = roster_import.preview(ctx, programme, roster_import.read_xlsx(path))
    assert outcomes(preview) == [
        (2, "周红", "already", "name_phone"),
        (3, "吴刚", "new", ""),
        (4, "吴刚", "refused", "roster.duplicate_row"),
        (5, "郑洁", "new", ""),
        (6, "郑洁", "refused", "roster.duplicate_row"),
        (7, "冯雪", "new", ""),
        (8, "冯雪", "refused", "roster.duplicate_row"),
    ]
    assert preview.rows[2].params == {"row": 3}
    assert preview.counts == {"new": 3, "matched": 0, "already": 1, "refused": 3}


def test_applying_twice_doubles_nothing_and_a_stale_preview_is_checked_again(
    ctx: ServiceContext, programme: str, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "twice.xlsx",
        [["姓名", "手机"], ["甲一", "13912340001"], ["乙二", "13912340002"], ["丙三", ""]],
    )
    table = roster_import.read_xlsx(path)
    stale = roster_import.preview(ctx, programme, table)
    assert stale.to_enrol == 3
    first = roster_import.apply(ctx, programme, table)
    after_first = counts(ctx)
    second = roster_import.apply(ctx, programme, table)
    assert (first.enrolled, second.enrolled, second.created, second.already) == (3, 0, 0, 3)
    assert counts(ctx) == after_first  # not even an audit event
    assert outcomes(roster_import.preview(ctx, programme, table)) == [
        (2, "甲一", "already", "name_phone"),
        (3, "乙二", "already", "name_phone"),
        (4, "丙三", "already", "name"),
    ]


def test_nothing_is_written_when_the_programme_is_gone_or_the_file_is_not_a_workbook(
    ctx: ServiceContext, programme: str, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "ok.xlsx", [["姓名", "手机"], ["甲一", "13912340001"]])
    before = counts(ctx)
    with pytest.raises(NotFound):
        roster_import.apply(ctx, "no-such-programme", roster_import.read_xlsx(path))
    text = tmp_path / "roster.xlsx"
    text.write_text("姓名,手机\n甲一,13912340001\n", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        roster_import.read_xlsx(text)
    assert refused.value.code == "roster.not_xlsx"
    with pytest.raises(ValidationError) as no_sheet:
        roster_import.read_xlsx(path, sheet="Sheet9")
    assert no_sheet.value.code == "roster.no_sheet"
    assert counts(ctx) == before


def test_the_sheet_can_be_chosen_and_the_first_with_a_header_is_the_default(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "说明"
    book.active.append(["请按下表填写"])
    roster = book.create_sheet("名单")
    roster.append(["姓名", "手机"])
    roster.append(["甲一", "13912340001"])
    book.save(tmp_path / "two.xlsx")
    assert roster_import.sheet_names(tmp_path / "two.xlsx") == ["说明", "名单"]
    assert roster_import.read_xlsx(tmp_path / "two.xlsx").sheet == "名单"
    first = roster_import.read_xlsx(tmp_path / "two.xlsx", sheet="说明")
    assert (first.header_row, first.headers, first.sheets) == (0, ("A",), ("说明", "名单"))


def test_pasted_lists_in_the_shapes_people_paste(ctx: ServiceContext, programme: str) -> None:
    text = "\n".join(
        [
            "王芳 13912345678",
            "李 明，１３８００００１１１１",
            "张伟,13700002222,当湖街道",
            "",
            f"赵敏 {ID_B} 新仓镇",
        ]
    )
    table = roster_import.read_pasted(text)
    preview = roster_import.preview(ctx, programme, table)
    assert [(r.row, r.name, r.phone_masked, r.unit, r.outcome.value) for r in preview.rows] == [
        (1, "王芳", "139****5678", "", "new"),
        (2, "李明", "138****1111", "", "new"),
        (3, "张伟", "137****2222", "当湖街道", "new"),
        (5, "赵敏", "", "新仓镇", "new"),
    ]
    roster_import.apply(ctx, programme, table)
    with ctx.reading() as session:
        assert set(session.scalars(select(Enrolment.source))) == {"paste"}


def test_columns_pasted_from_excel_keep_their_header(ctx: ServiceContext, programme: str) -> None:
    table = roster_import.read_pasted("姓名\t手机号\t单位\t类别\n王芳\t13912345678\t当湖街道\t志愿者\n")
    assert table.mapping == {Field.NAME: 0, Field.PHONE: 1, Field.UNIT: 2, Field.TARGET_GROUP: 3}
    row = roster_import.preview(ctx, programme, table).rows[0]
    assert (row.row, row.name, row.unit, row.target_group) == (2, "王芳", "当湖街道", "volunteer")


_WIDE = {ord(d): ord(d) + 0xFEE0 for d in "0123456789"}


@given(
    digits=st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    wide=st.lists(st.booleans(), min_size=11, max_size=11),
    gaps=st.lists(st.sampled_from(["", " ", "\u3000", "-"]), min_size=11, max_size=11),
)
def test_a_phone_cell_with_full_width_digits_and_spaces_reads_as_the_ascii_one(
    digits: str, wide: list[bool], gaps: list[str]
) -> None:
    cell = "".join((d.translate(_WIDE) if w else d) + g for d, w, g in zip(digits, wide, gaps, strict=True))
    assert normalize_phone(roster_import.cell_text(cell)) == digits
    assert normalize_phone(roster_import.cell_text(float(digits))) == digits


def test_a_viewer_may_neither_preview_nor_import(ctx: ServiceContext, programme: str) -> None:
    table = roster_import.read_pasted("王芳 13912345678")
    sign_in_as(ctx, Role.VIEWER)
    for call in (roster_import.preview, roster_import.apply):
        with pytest.raises(PermissionDenied):
            call(ctx, programme, table)
    sign_in_as(ctx, Role.TRAINER)
    assert roster_import.apply(ctx, programme, table).created == 1
