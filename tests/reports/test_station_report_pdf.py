"""The station report's writers (issue 6) on hand-made data: every code has a word in each language,
the charts are vector drawings fed with the figures, long lists split, changes read right."""

from __future__ import annotations

import dataclasses
import subprocess
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
from reportlab.graphics.charts.barcharts import BarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Table

from stationdesk.domain.counts import Count
from stationdesk.domain.referrals import ReferralStatus
from stationdesk.domain.staffing import Measure, staffing_6430
from stationdesk.domain.visits import NOT_VISITED, ExemptionReason, Tier
from stationdesk.reports.station_report import (
    breakdown_chart,
    fit,
    report_story,
    top_items,
    write_station_report,
)
from stationdesk.reports.station_report_data import (
    HOURS,
    RATE,
    Miss,
    PeriodData,
    ReportData,
    all_sections,
    change_text,
)
from stationdesk.reports.station_report_words import LANGUAGES, WORDS
from stationdesk.reports.station_report_xlsx import write_station_report_xlsx
from stationdesk.services.reception import OUTCOMES

WORDS_EN = WORDS["en"]


def _period(first: date, last: date, walk_ins: int, partners: int = 3, kind: str = "month") -> PeriodData:
    return PeriodData(
        kind=kind,
        first_day=first,
        last_day=last,
        walk_ins=walk_ins,
        new_persons=4,
        first_time=3,
        returning=5,
        anonymous=2,
        by_need=(Count("助医", walk_ins - 2), Count("助学", 2)),
        by_outcome=(Count("resolved", walk_ins - 1), Count("follow_up", 1)),
        referrals_sent=partners,
        by_status=(Count("accepted", partners),),
        by_partner=tuple(Count(f"合作单位{n:02d}", 1) for n in range(partners)),
        follow_ups_opened=1,
        follow_ups_done=1,
        follow_ups_overdue=0,
        visits_due=4,
        visits_visited=3,
        visits_pending=0,
        volunteer_minutes=150,
        volunteers_served=2,
        volunteers_active=31,
        training_sessions=1,
        training_programmes=1,
        training_participants=8,
        training_attended=7,
        training_expected=8,
        staffing=staffing_6430(5, 3, 31),
    )


def _data(partners: int = 3, misses: int = 1) -> ReportData:
    return ReportData(
        station_name="测试社工站",
        prepared_by="李站长",
        printed_on=date(2026, 12, 1),
        current=_period(date(2026, 11, 1), date(2026, 11, 30), 12, partners),
        previous=_period(date(2026, 10, 1), date(2026, 10, 31), 8),
        last_year=_period(date(2025, 11, 1), date(2025, 11, 30), 0),
        misses=[
            Miss(f"对象{n:03d}", "第1网格", "社工甲", "high_risk", "2026-W45", NOT_VISITED)
            for n in range(misses)
        ],
        highlights="",
    )


def test_every_code_the_figures_can_hold_has_a_word_in_every_language() -> None:
    assert set(LANGUAGES) == set(WORDS) == {"zh_CN", "zh_TW", "en"}
    for lang in LANGUAGES:
        words = WORDS[lang]
        assert set(words.outcomes) == set(OUTCOMES)
        assert set(words.statuses) == {status.value for status in ReferralStatus}
        assert set(words.tiers) == {tier.value for tier in Tier}
        assert set(words.reasons) == {reason.value for reason in ExemptionReason} | {NOT_VISITED}
        assert set(words.measures) == {measure.value for measure in Measure}
        for field in dataclasses.fields(words):
            assert getattr(words, field.name), (lang, field.name)
    simplified, traditional = WORDS["zh_CN"], WORDS["zh_TW"]
    assert "报" in simplified.title_month and "報" in traditional.title_month
    assert "頁" in traditional.page_label and "页" not in traditional.page_label
    assert traditional.reception != simplified.reception and traditional.statuses != simplified.statuses


def test_period_texts_in_each_language() -> None:
    first, last = date(2026, 10, 1), date(2026, 12, 31)
    assert WORDS["zh_CN"].period_text("month", first, date(2026, 10, 31)) == "2026年10月"
    assert WORDS["zh_CN"].period_text("quarter", first, last) == "2026年第四季度"
    assert WORDS["zh_TW"].period_text("quarter", first, last) == "2026年第四季度"
    assert WORDS_EN.period_text("quarter", first, last) == "Q4 2026"
    assert WORDS_EN.period_text("month", first, date(2026, 10, 31)) == "October 2026"
    assert WORDS["zh_CN"].period_text("days", first, date(2026, 10, 15)) == "2026年10月1日至2026年10月15日"


def test_changes_with_sign_percent_and_no_base() -> None:
    assert change_text(12, 8, "count", WORDS_EN) == "+4 (+50.0%)"
    assert change_text(8, 12, "count", WORDS_EN) == "−4 (−33.3%)"
    assert change_text(5, 5, "count", WORDS_EN) == "0 (0.0%)"
    assert change_text(3, 0, "count", WORDS_EN) == "+3 (—)"
    assert change_text(Fraction(3, 4), Fraction(1, 2), RATE, WORDS_EN) == "+25.0 pt"
    assert change_text(None, Fraction(1, 2), RATE, WORDS_EN) == "—"
    assert change_text(Fraction(5, 2), Fraction(2), HOURS, WORDS_EN) == "+0.5 (+25.0%)"


def test_the_story_holds_vector_charts_fed_with_the_figures() -> None:
    data = _data()
    story = report_story(data, WORDS["zh_CN"])

    def drawings(flowables: list[object]) -> list[Drawing]:
        found: list[Drawing] = []
        for item in flowables:
            if isinstance(item, Drawing):
                found.append(item)
            elif isinstance(item, Table):
                found += drawings([cell for row in item._cellvalues for cell in row])
            elif hasattr(item, "_content"):  # KeepTogether
                found += drawings(item._content)
        return found

    charts = [shape for d in drawings(story) for shape in d.contents if isinstance(shape, BarChart | Pie)]
    assert len(charts) >= 10
    needs = breakdown_chart("", data.current.by_need, WORDS["zh_CN"]).contents
    bars = next(shape for shape in needs if isinstance(shape, BarChart))
    assert bars.data == [[2, 10]] and bars.categoryAxis.categoryNames == [
        "助学",
        "助医",
    ]  # the largest on top


def test_a_long_breakdown_keeps_the_largest_and_sums_the_rest() -> None:
    items = [Count(f"类别{n}", 20 - n) for n in range(12)]
    shown = top_items(items, "其余 {count} 项", 8)
    assert [item.count for item in shown[:7]] == [20, 19, 18, 17, 16, 15, 14]
    assert shown[7] == Count("其余 5 项", sum(range(9, 14)))
    assert top_items([Count("无", 0)], "x") == []
    assert fit("Certified social workers", 40).endswith("…") and fit("专职", 40) == "专职"


def test_long_lists_split_over_pages_with_their_header(tmp_path: Path) -> None:
    out = write_station_report(tmp_path / "long.pdf", _data(partners=60, misses=90), "en")
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                ["pdfinfo", str(out)], capture_output=True, text=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    texts = [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(out), "-"], capture_output=True, text=True
        ).stdout
        for n in range(1, pages + 1)
    ]
    with_misses = [text for text in texts if "对象0" in text]
    assert len(with_misses) >= 2 and all("Reason" in text for text in with_misses)  # header repeated
    assert "对象089" in with_misses[-1] and "对象000" in with_misses[0]  # none lost at a page break
    assert all(f"Page {n} of {pages}" in text for n, text in enumerate(texts, start=1))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_xlsx_has_the_sections_of_the_pdf(tmp_path: Path, lang: str) -> None:
    from openpyxl import load_workbook

    data = _data()
    words = WORDS[lang]
    book = load_workbook(write_station_report_xlsx(tmp_path / "r.xlsx", data, lang))
    labels = [row[0] for row in book.worksheets[0].iter_rows(values_only=True)]
    for section in all_sections(data, words):
        assert section.title in labels
    rate = next(row for row in book.worksheets[0].iter_rows(values_only=True) if row[0] == words.visit_rate)
    assert rate[1:] == (0.75, 0.75, 0.75)
    assert book.worksheets[1].title == words.sheet_misses
