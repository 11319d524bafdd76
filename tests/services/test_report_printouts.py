"""The station report printed (issue 6): the figures in the PDF and the .xlsx equal what the test
counts itself with raw SQL over the rows it wrote (never through station_report.report_figures)."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import audit_query, key_targets, report_printouts, staffing, station_report
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import PermissionDenied
from stationdesk.services.key_targets import EnrolmentDraft
from stationdesk.services.station_report import period_of_month, period_of_quarter
from stationdesk.store.models import HoursEntry, NeedCategory, Partner, Person, Referral, Volunteer, WalkIn

TODAY = date(2026, 12, 10)
NOVEMBER = period_of_month(2026, 11)
STATION = "当湖街道社会工作站"


def _at(day: str, hour: int = 9) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour)


@pytest.fixture
def desk(ctx: ServiceContext) -> dict[str, object]:
    """Walk-ins, referrals, hours and a key target left unvisited, around November 2026."""
    me = ctx.actor.user_id  # type: ignore[union-attr]
    made: dict[str, object] = {}
    with ctx.transaction() as s:
        people = []
        for n, created in enumerate(("2026-11-02", "2026-11-12", "2026-10-01", "2025-11-03")):
            person = Person(
                name=f"来访者{n}", created_at=_at(created), updated_at=_at(created), deleted=False
            )
            s.add(person)
            people.append(person)
        needs = [NeedCategory(name=name, deleted=False) for name in ("助医咨询", "助学申请")]
        partners = [
            Partner(name=name, kind="charity", deleted=False) for name in ("阳光助学基金会", "仁心医院")
        ]
        s.add_all([*needs, *partners])
        s.flush()
        walk_ins = []
        for who, day, outcome in (
            (0, "2026-11-02", "resolved"),
            (1, "2026-11-12", "referred"),
            (2, "2026-11-13", "referred"),
            (None, "2026-11-20", "resolved"),
            (0, "2026-11-25", "follow_up"),
            (2, "2026-10-05", "resolved"),
            (3, "2025-11-04", "resolved"),
        ):
            row = WalkIn(
                person_id=people[who].id if who is not None else None,
                arrived_at=_at(day),
                outcome=outcome,
                owner_id=me,
                recorded_by=me,
                deleted=False,
            )
            s.add(row)
            walk_ins.append(row)
        s.flush()
        for n, (walk_in, partner, status) in enumerate(
            ((walk_ins[1], partners[0], "accepted"), (walk_ins[2], partners[1], "sent"))
        ):
            s.add(
                Referral(
                    person_id=walk_in.person_id,
                    walk_in_id=walk_in.id,
                    partner_id=partner.id,
                    need="助学",
                    status=status,
                    tracking_code=f"T000010{n}",
                    consent_given=True,
                    sent_by=me,
                    sent_at=walk_in.arrived_at,
                    deleted=False,
                )
            )
        volunteer = Volunteer(
            person_id=people[0].id,
            code="V0000009",
            registered_on=date(2025, 1, 1),
            status="active",
            deleted=False,
        )
        s.add(volunteer)
        s.flush()
        for day, minutes in (("2026-11-08", 90), ("2026-11-22", 60), ("2026-10-08", 45)):
            s.add(
                HoursEntry(
                    volunteer_id=volunteer.id,
                    service_date=date.fromisoformat(day),
                    credited_minutes=minutes,
                    source="entry",
                    needs_review=False,
                    recorded_by=me,
                    recorded_at=_at(day, 18),
                )
            )
        target = Person(
            name="独居老人甲", created_at=_at("2020-01-01"), updated_at=_at("2020-01-01"), deleted=False
        )
        s.add(target)
        s.flush()
        made["target"] = target.id
    key_targets.enrol(
        ctx, EnrolmentDraft(str(made["target"]), "key", "独居", me, date(2026, 1, 1)), today=date(2026, 1, 1)
    )
    staffing.add_staff(ctx, staffing.StaffDraft("社工丙", certified=True, since=date(2020, 1, 1)))
    station_report.set_highlights(ctx, NOVEMBER, "开展重阳节敬老活动\n走访独居老人十二户")
    return made


def _sql(db_path: Path, query: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(query, args).fetchall()


def _month_counts(db_path: Path, first: str, end: str) -> dict[str, object]:
    """The figures of [first, end) counted straight from the tables."""
    walk_ins = _sql(
        db_path,
        "SELECT count(*) FROM walk_in WHERE deleted = 0 AND arrived_at >= ? AND arrived_at < ?",
        first,
        end,
    )[0][0]
    outcomes = dict(
        _sql(
            db_path,
            "SELECT outcome, count(*) FROM walk_in WHERE deleted = 0 AND arrived_at >= ? "
            "AND arrived_at < ? GROUP BY outcome",
            first,
            end,
        )
    )
    referrals = dict(
        _sql(
            db_path,
            "SELECT p.name, count(*) FROM referral r JOIN partner p ON p.id = r.partner_id "
            "WHERE r.deleted = 0 AND r.sent_at >= ? AND r.sent_at < ? GROUP BY p.name",
            first,
            end,
        )
    )
    minutes = _sql(
        db_path,
        "SELECT coalesce(sum(credited_minutes), 0) FROM hours_entry WHERE service_date >= ? "
        "AND service_date < ?",
        first[:10],
        end[:10],
    )[0][0]
    return {"walk_ins": walk_ins, "outcomes": outcomes, "referrals": referrals, "minutes": minutes}


def _pages(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, count + 1)
    ]


def _row(text: str, label: str) -> list[str]:
    """The figures after ``label`` on its first line in the text."""
    line = next(line for line in text.splitlines() if line.strip().startswith(label))
    return line.strip()[len(label) :].split()


@pytest.fixture
def counted(desk: dict[str, object], db_path: Path) -> tuple[dict[str, object], ...]:
    """November 2026, October 2026 and November 2025, counted from the tables."""
    return (
        _month_counts(db_path, "2026-11-01", "2026-12-01"),
        _month_counts(db_path, "2026-10-01", "2026-11-01"),
        _month_counts(db_path, "2025-11-01", "2025-12-01"),
    )


def test_the_pdf_prints_the_figures_counted_from_the_tables(
    ctx: ServiceContext, counted: tuple[dict[str, object], ...], tmp_path: Path
) -> None:
    november, october, last_year = counted
    assert (november["walk_ins"], october["walk_ins"], last_year["walk_ins"]) == (
        5,
        1,
        1,
    )  # the data is as meant

    out = report_printouts.write_report(ctx, NOVEMBER, tmp_path / "report.pdf", today=TODAY)
    pages = _pages(out)
    text = "\n".join(pages)
    summary = _row(pages[0], "来访人次")
    assert summary[:2] == [str(november["walk_ins"]), str(october["walk_ins"])]
    assert str(last_year["walk_ins"]) in summary[2:]
    reception = _row(pages[1], "来访人次")
    assert reception == [str(november["walk_ins"]), str(october["walk_ins"]), str(last_year["walk_ins"])]
    assert _row(text, "当场办结")[0] == str(november["outcomes"]["resolved"])  # type: ignore[index]
    assert _row(text, "已转介")[0] == str(november["outcomes"]["referred"])  # type: ignore[index]
    for partner, count in november["referrals"].items():  # type: ignore[union-attr]
        assert _row(text, partner)[0] == str(count)
    hours = november["minutes"] / 60  # type: ignore[operator]
    assert _row(text, "服务时长（小时）")[0] == f"{hours:.1f}"
    assert "独居老人甲" in text and "未探访" in text  # the key target missed November's visit
    assert "开展重阳节敬老活动" in text and "走访独居老人十二户" in text
    assert "王站长" in text  # prepared by the signed-in user


def test_the_xlsx_holds_the_same_figures_as_numbers(
    ctx: ServiceContext, counted: tuple[dict[str, object], ...], tmp_path: Path
) -> None:
    november, october, last_year = counted
    out = report_printouts.write_report(ctx, NOVEMBER, tmp_path / "report.xlsx", today=TODAY)
    book = load_workbook(out)
    sheet = book.worksheets[0]
    rows = {str(r[0]).strip(): r[1:] for r in sheet.iter_rows(values_only=True) if r[0] is not None}
    assert rows["来访人次"] == (november["walk_ins"], october["walk_ins"], last_year["walk_ins"])
    assert rows["当场办结"][0] == november["outcomes"]["resolved"]  # type: ignore[index]
    for partner, count in november["referrals"].items():  # type: ignore[union-attr]
        assert rows[partner][0] == count
    assert rows["服务时长（小时）"][:2] == (
        round(november["minutes"] / 60, 1),
        round(october["minutes"] / 60, 1),
    )  # type: ignore[operator]
    assert rows["探访率"][0] == 0  # due 1, visited 0: a number, not a text
    assert sheet.cell(row=1, column=1).value == "社工站工作月报"
    assert sheet.print_title_rows and int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.column_dimensions["A"].width >= 30
    assert "A1:D1" in {str(r) for r in sheet.merged_cells.ranges}
    misses = book.worksheets[1]
    names = [r[0] for r in misses.iter_rows(min_row=4, values_only=True)]
    assert names == ["独居老人甲"]


def test_every_page_carries_the_station_the_period_and_its_number(
    ctx: ServiceContext, desk: dict[str, object], tmp_path: Path
) -> None:
    out = report_printouts.write_report(ctx, NOVEMBER, tmp_path / "report.pdf", today=TODAY)
    pages = _pages(out)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert STATION in text and "2026年11月" in text
        assert f"第{number}页共{len(pages)}页" in text.replace(" ", "")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # emb
    assert "Helvetica" not in fonts


def test_the_report_in_traditional_chinese_and_in_english(
    ctx: ServiceContext, desk: dict[str, object], tmp_path: Path
) -> None:
    from stationdesk.reports.station_report_words import WORDS

    traditional = "\n".join(
        _pages(report_printouts.write_report(ctx, NOVEMBER, tmp_path / "tw.pdf", lang="zh_TW", today=TODAY))
    )
    assert (
        "社工站工作月報" in traditional
        and "第1頁共" in traditional.replace(" ", "")
        and "來訪接待" in traditional
    )
    assert "来访接待" not in traditional and "月报" not in traditional
    english = "\n".join(
        _pages(report_printouts.write_report(ctx, NOVEMBER, tmp_path / "en.pdf", lang="en", today=TODAY))
    )
    assert "Monthly Report" in english and "November 2026" in english and "Page 1 of" in english
    assert "Not visited" in english and "Resolved" in english
    chinese = WORDS["zh_CN"]
    for word in (
        chinese.reception,
        chinese.walk_ins,
        chinese.summary_title,
        *chinese.outcomes.values(),
        *chinese.statuses.values(),
        *chinese.reasons.values(),
        *chinese.tiers.values(),
        chinese.page_label[:2],
    ):
        assert word not in english, word
    data_names = (
        STATION,
        "王站长",
        "独居老人甲",
        "阳光助学基金会",
        "仁心医院",
        "助医咨询",
        "助学申请",
        "开展重阳节敬老活动",
        "走访独居老人十二户",
    )
    for name in data_names:
        english = english.replace(name, "")
    assert not re.search(r"[\u4e00-\u9fff]", english)  # every fixed word is English


def test_an_empty_month_prints_an_honest_empty_report(ctx: ServiceContext, tmp_path: Path) -> None:
    out = report_printouts.write_report(ctx, period_of_month(2019, 3), tmp_path / "empty.pdf", today=TODAY)
    text = "\n".join(_pages(out))
    assert _row(text, "来访人次")[:2] == ["0", "0"]
    assert "本期无数据" in text and "本期未填写工作亮点。" in text and "本期没有应访对象。" in text


def test_a_quarter_and_a_run_of_days(
    ctx: ServiceContext, desk: dict[str, object], db_path: Path, tmp_path: Path
) -> None:
    quarter = _month_counts(db_path, "2026-10-01", "2027-01-01")
    out = report_printouts.write_report(ctx, period_of_quarter(2026, 4), tmp_path / "q.pdf", today=TODAY)
    pages = _pages(out)
    assert all("2026年第四季度" in page for page in pages)
    assert "社工站工作季报" in pages[0]
    assert _row(pages[0], "来访人次")[0] == str(quarter["walk_ins"])
    days = station_report.ReportPeriod(date(2026, 11, 1), date(2026, 11, 15))
    text = "\n".join(_pages(report_printouts.write_report(ctx, days, tmp_path / "d.pdf", today=TODAY)))
    assert "2026年11月1日至2026年11月15日" in text and "故不列探访率" in text
    assert _row(text, "来访人次")[0] == str(_month_counts(db_path, "2026-11-01", "2026-11-16")["walk_ins"])


def test_audited_after_the_file_exists_and_progress_is_told(
    ctx: ServiceContext, desk: dict[str, object], tmp_path: Path
) -> None:
    told: list[tuple[int, int]] = []
    out = report_printouts.write_report(
        ctx,
        NOVEMBER,
        tmp_path / "r.pdf",
        today=TODAY,
        progress=lambda done, total: told.append((done, total)),
    )
    assert out.is_file()
    assert told[0] == (0, 5) and told[-1] == (5, 5) and len(told) >= 4
    assert [done for done, _ in told] == sorted(done for done, _ in told)
    report_printouts.write_report(ctx, NOVEMBER, tmp_path / "r.xlsx", today=TODAY)
    actions = [entry.action for entry in audit_query.recent(ctx)]
    assert "report.print" in actions and "report.export" in actions


def test_a_bad_language_or_a_missing_right_writes_nothing(
    ctx: ServiceContext, desk: dict[str, object], tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as refused:
        report_printouts.write_report(ctx, NOVEMBER, tmp_path / "r.pdf", lang="fr", today=TODAY)
    assert refused.value.code == "report.bad_lang"
    sign_in_as(ctx, Role.VIEWER)  # may print, may not export
    with pytest.raises(PermissionDenied):
        report_printouts.write_report(ctx, NOVEMBER, tmp_path / "r.xlsx", today=TODAY)
    assert not list(tmp_path.glob("r.*"))
    assert report_printouts.write_report(ctx, NOVEMBER, tmp_path / "r.pdf", today=TODAY).is_file()
