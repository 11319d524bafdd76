"""The coverage view (探访覆盖): the rate, the not-yet-visited list, the groups, the past periods."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt

from stationdesk.domain.visits import Cadence, period_of
from stationdesk.services import key_targets, people, visit_settings
from stationdesk.services.context import ServiceContext
from stationdesk.services.key_targets import EnrolmentDraft, VisitDraft
from stationdesk.services.people import PersonDraft
from stationdesk.ui import tasks
from stationdesk.ui.coverage_view import CoverageView
from stationdesk.ui.models import coverage_tables as columns
from stationdesk.ui.models.coverage_tables import GroupRateModel, NotVisitedModel
from stationdesk.ui.models.key_target_table import KeyTargetTableModel, this_period
from stationdesk.ui.models.visit_history import VisitHistoryModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def _no_task_outlives_the_database():
    yield
    tasks.wait_for_threads()


def _enrol(
    ctx: ServiceContext, name: str, grid: str, tier: str = "key", start: date = date(2026, 1, 1)
) -> str:
    person = people.create(ctx, PersonDraft(name=name, sex="F", grid=grid))
    return key_targets.enrol(ctx, EnrolmentDraft(person, tier, "独居", ctx.actor.user_id, start), today=TODAY)


def _visit(ctx: ServiceContext, target: str, day: date, method: str = "上门") -> None:
    method_id = next(m.id for m in visit_settings.methods(ctx) if m.name == method)
    key_targets.record_visit(ctx, VisitDraft(target, day, method_id, ctx.actor.user_id), today=TODAY)


@pytest.fixture
def station(ctx: ServiceContext) -> dict[str, str]:
    """November: 甲 visited, 乙 only by a pairing that does not count, 丙 not at all; 丁 enrolled in
    the last week (not due) and 戊 quarterly (due in December, the last month of the quarter)."""
    targets = {
        "甲": _enrol(ctx, "甲", "一网格"),
        "乙": _enrol(ctx, "乙", "一网格"),
        "丙": _enrol(ctx, "丙", "二网格"),
        "丁": _enrol(ctx, "丁", "二网格", start=date(2026, 11, 24)),
        "戊": _enrol(ctx, "戊", "二网格", tier="general"),
    }
    _visit(ctx, targets["甲"], date(2026, 11, 3))
    _visit(ctx, targets["乙"], date(2026, 11, 4), method="志愿者/党员结对")
    return targets


def make_view(qtbot, ctx: ServiceContext) -> CoverageView:
    view = CoverageView(ctx, clock=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitUntil(lambda: len(view.bars.bars()) == 12)  # the past periods arrive from a task
    return view


def last_bar(view: CoverageView) -> str:
    bars = view.bars.bars()
    return bars[-1].label if bars else ""


def open_lines(view: CoverageView) -> list[tuple[str, str]]:
    model = view.open_model
    return [
        (model.data(model.index(row, columns.PERSON)), model.data(model.index(row, columns.STATUS)))
        for row in range(model.rowCount())
    ]


def groups(view: CoverageView) -> list[tuple[str, str, str, str]]:
    model = view.group_model
    return [
        tuple(model.data(model.index(row, column)) for column in range(4)) for row in range(model.rowCount())
    ]


def test_the_month_shows_its_rate_due_and_visited(qtbot, ctx, station) -> None:
    view = make_view(qtbot, ctx)
    assert view.period_label.text() == "2026-11"
    assert view.rate_label.text() == "33%"
    assert view.figures_label.text() == "1 of 3 due visits made · goal 100%"
    assert open_lines(view) == [("乙", "6 days left"), ("丙", "6 days left")]
    assert view.open_title.text() == "Not yet visited: 2"
    assert groups(view) == [("一网格", "2", "1", "50%"), ("二网格", "1", "0", "0%")]
    view.by_worker.setChecked(True)
    assert groups(view) == [("王站长", "3", "1", "33%")]
    assert view.group_model.headerData(columns.GROUP, Qt.Orientation.Horizontal) == "Worker"


def test_switching_the_month_changes_the_figures(qtbot, ctx, station) -> None:
    view = make_view(qtbot, ctx)
    assert not view.next_button.isEnabled()  # the future has no coverage yet
    view.previous_button.click()
    assert view.period_label.text() == "2026-10"
    assert view.rate_label.text() == "0%"
    assert view.figures_label.text() == "0 of 3 due visits made · goal 100%"
    missed = "Missed: Not visited"
    assert open_lines(view) == [("乙", missed), ("甲", missed), ("丙", missed)]  # by grid, then name
    assert view.bars.selected() == 10  # October among the last twelve months
    view.previous_button.click()
    assert view.period_label.text() == "2026-09"
    assert view.report().due == 4  # 戊's quarter ends in September
    view.current_button.click()
    assert (view.period_label.text(), view.report().due, view.report().visited) == ("2026-11", 3, 1)


def test_a_period_before_anyone_was_enrolled_has_nobody_due(qtbot, ctx, station) -> None:
    view = make_view(qtbot, ctx)
    view.set_period(period_of(date(2025, 12, 1), Cadence.MONTH))
    assert view.rate_label.text() == "Nobody due"
    assert view.figures_label.text() == "Nobody due in this period"
    assert view.all_done.isVisible() and not view.open_table.isVisible()
    assert view.bars.bars()[0].rate is None


def test_weeks_and_quarters(qtbot, ctx, station) -> None:
    view = make_view(qtbot, ctx)
    view.kind.setCurrentIndex(view.kind.findData("quarter"))
    view.kind.activated.emit(view.kind.currentIndex())
    assert view.period_label.text() == "2026-Q4"
    # monthly: October (missed, 3) and November (3, one visited); 戊's quarter runs, unvisited
    assert (view.report().due, view.report().visited) == (7, 1)
    qtbot.waitUntil(lambda: last_bar(view) == "2026-Q4")
    view.set_cadence(Cadence.WEEK)
    assert view.period_label.text() == "2026-W48"
    assert view.report().due == 0  # no weekly targets
    qtbot.waitUntil(lambda: last_bar(view) == "2026-W48")


def test_the_history_holds_twelve_months_oldest_first(qtbot, ctx, station) -> None:
    view = make_view(qtbot, ctx)
    bars = view.bars.bars()
    assert [bar.label for bar in bars[-3:]] == ["2026-09", "2026-10", "2026-11"]
    assert bars[-1].rate == Fraction(1, 3)
    assert view.bars.selected() == 11
    view.bars.period_clicked.emit(9)
    assert view.period_label.text() == "2026-09"


def test_print_writes_the_pdf_and_previews_it(qtbot, ctx, station) -> None:
    view = make_view(qtbot, ctx)
    preview = view.print_report()
    assert preview is not None and preview.isVisible()
    assert preview.path.read_bytes().startswith(b"%PDF")
    assert preview.page_count() >= 1
    assert preview.windowTitle() == "Visit coverage 2026-11"
    with qtbot.waitSignal(preview.destroyed):
        preview.reject()


def test_the_models_behave(qtbot, qtmodeltester, ctx, station) -> None:
    view = make_view(qtbot, ctx)
    for model in (view.open_model, view.group_model):
        assert isinstance(model, NotVisitedModel | GroupRateModel)
        qtmodeltester.check(model)
    targets = KeyTargetTableModel()
    targets.set_rows(key_targets.list_targets(ctx, TODAY), this_period(ctx, TODAY), TODAY)
    qtmodeltester.check(targets)
    history = VisitHistoryModel()
    history.set_rows(key_targets.visits(ctx, target_id=station["乙"]))
    qtmodeltester.check(history)
    assert history.data(history.index(0, 1)) == "志愿者/党员结对 (not counted)"
