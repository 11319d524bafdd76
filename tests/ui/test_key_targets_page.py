"""The key-target page (重点对象探访): the list, the forms and their refusals, roles."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from conftest import sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.services import coverage, follow_ups, key_targets, people, visit_settings
from stationdesk.services.context import ServiceContext
from stationdesk.services.key_targets import EnrolmentDraft, VisitDraft
from stationdesk.services.people import PersonDraft
from stationdesk.ui import tasks
from stationdesk.ui.form_dialog import set_day
from stationdesk.ui.key_target_dialogs import EnrolDialog
from stationdesk.ui.models import key_target_table as columns
from stationdesk.ui.pages.key_targets import COVERAGE_TAB, KeyTargetsPage
from stationdesk.ui.reason_dialog import ReasonDialog
from stationdesk.ui.visit_dialog import VisitDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date(2026, 11, 25)  # a Wednesday; November's middle day (the 15th) is behind
NOVEMBER_START = date(2026, 11, 1)


@pytest.fixture(autouse=True)
def _no_task_outlives_the_database():
    yield
    tasks.wait_for_threads()


@pytest.fixture
def targets(ctx: ServiceContext) -> dict[str, str]:
    """Three monthly targets of the administrator's since January, and one person not enrolled."""
    out = {}
    for name, grid in (("王芳", "一网格"), ("张三丰", "二网格"), ("赵六", "二网格")):
        person = people.create(ctx, PersonDraft(name=name, sex="F", grid=grid))
        draft = EnrolmentDraft(person, "key", "独居", ctx.actor.user_id, date(2026, 1, 1))
        out[name] = key_targets.enrol(ctx, draft, today=TODAY)
    out["李四"] = people.create(ctx, PersonDraft(name="李四", sex="M", grid="三网格"))
    return out


def make_page(qtbot, ctx: ServiceContext) -> KeyTargetsPage:
    page = KeyTargetsPage(ctx, clock=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def open_dialog(qtbot, page: KeyTargetsPage, kind: type):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(kind)))
    return next(d for d in page.findChildren(kind) if d.isVisible())


def row_of(page: KeyTargetsPage, target_id: str) -> int:
    row = page.targets.model.row_of(target_id)
    assert row is not None
    return row


def cell(page: KeyTargetsPage, target_id: str, column: int) -> str:
    model = page.targets.model
    return model.data(model.index(row_of(page, target_id), column))


def test_enter_on_a_row_logs_a_visit_and_the_last_visit_follows(qtbot, ctx, targets) -> None:
    page = make_page(qtbot, ctx)
    tab = page.targets
    assert tab.model.rowCount() == 3
    assert cell(page, targets["王芳"], columns.LAST_VISIT) == "Never"
    assert tab.model.is_due(targets["王芳"])  # November's visit is still to be made
    assert cell(page, targets["王芳"], columns.THIS_PERIOD) == "Due: 6 days left"

    tab.select_target(targets["王芳"])
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, page, VisitDialog)
    assert dialog.visited_on.date().toPython() == TODAY
    assert dialog.visitor.worker_id() == ctx.actor.user_id
    dialog.findings.setPlainText("身体尚可，家中整洁")
    dialog.companions.setText("grid worker")
    dialog.risk_buttons["raised"].setChecked(True)
    qtbot.keyClick(dialog.findings, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    [visit] = key_targets.visits(ctx, target_id=targets["王芳"])
    assert (visit.visited_on, visit.findings, visit.risk, visit.companions) == (
        TODAY,
        "身体尚可，家中整洁",
        "raised",
        "grid worker",
    )
    assert cell(page, targets["王芳"], columns.LAST_VISIT) == TODAY.isoformat()
    assert cell(page, targets["王芳"], columns.DAYS_SINCE) == "0"
    assert cell(page, targets["王芳"], columns.THIS_PERIOD) == "Visited"
    assert not tab.model.is_due(targets["王芳"])
    assert tab.selected().id == targets["王芳"]
    assert tab.history.model.rowCount() == 1


def test_a_future_visit_date_is_refused_next_to_the_date_and_nothing_is_saved(qtbot, ctx, targets) -> None:
    page = make_page(qtbot, ctx)
    page.targets.select_target(targets["张三丰"])
    dialog = page.targets.log_visit()
    set_day(dialog.visited_on, TODAY + timedelta(days=1))
    dialog.follow_up.setChecked(True)
    dialog.save()

    assert dialog.isVisible()
    date_message = dialog.fields.message_for("visit.date_in_future")
    assert date_message.isVisible()
    assert date_message.text() == "The visit date is in the future."
    assert dialog.focusWidget() is dialog.visited_on
    assert not dialog.problem.isVisible()
    assert key_targets.visits(ctx, target_id=targets["张三丰"]) == []
    assert follow_ups.queue(ctx) == []


def test_a_follow_up_due_in_the_past_is_refused_next_to_its_due_date(qtbot, ctx, targets) -> None:
    page = make_page(qtbot, ctx)
    page.targets.select_target(targets["张三丰"])
    dialog = page.targets.log_visit()
    dialog.follow_up.setChecked(True)
    set_day(dialog.due, TODAY - timedelta(days=1))
    dialog.save()
    due_message = dialog.fields.message_for("followup.due_in_past")
    assert due_message.isVisible()
    assert key_targets.visits(ctx, target_id=targets["张三丰"]) == []

    set_day(dialog.due, TODAY + timedelta(days=2))
    dialog.follow_up_note.setText("buy medicine")
    dialog.save()
    assert not dialog.isVisible()
    [follow_up] = follow_ups.queue(ctx, today=TODAY)
    assert (follow_up.note, follow_up.due_on) == ("buy medicine", TODAY + timedelta(days=2))


def test_methods_that_do_not_count_say_so(qtbot, ctx, targets) -> None:
    page = make_page(qtbot, ctx)
    page.targets.select_target(targets["王芳"])
    dialog = page.targets.log_visit()
    texts = [dialog.method.itemText(i) for i in range(dialog.method.count())]
    assert texts == ["上门", "电话", "视频", "志愿者/党员结对 (not counted)"]


def test_enrolling_without_a_tier_is_refused_next_to_the_tier(qtbot, ctx, targets) -> None:
    page = make_page(qtbot, ctx)
    qtbot.keyClick(page.targets.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, page, EnrolDialog)
    qtbot.keyClicks(dialog.picker.search, "ls")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.picker.person().id == targets["李四"]
    assert dialog.focusWidget() is dialog.tier
    dialog.reason.setText("低保重病")
    dialog.save()

    tier_message = dialog.fields.message_for("keytarget.tier_required")
    assert tier_message.isVisible() and tier_message.text() == "Please choose a tier."
    assert dialog.isVisible()
    assert key_targets.enrolments_of(ctx, targets["李四"]) == []

    dialog.tier.setCurrentIndex(dialog.tier.findData("high_risk"))
    dialog.save()
    assert not dialog.isVisible()
    [enrolment] = key_targets.enrolments_of(ctx, targets["李四"])
    assert (enrolment.tier, enrolment.start_on, enrolment.worker_id) == (
        "high_risk",
        TODAY,
        ctx.actor.user_id,
    )
    assert page.targets.selected().id == enrolment.id
    assert cell(page, enrolment.id, columns.TIER) == "High risk"


def test_enrolling_without_a_person_is_refused_next_to_the_person(qtbot, ctx, targets) -> None:
    page = make_page(qtbot, ctx)
    dialog = page.targets.enrol()
    dialog.tier.setCurrentIndex(dialog.tier.findData("key"))
    dialog.reason.setText("独居")
    dialog.save()
    message = dialog.fields.message_for("keytarget.person_required")
    assert message.isVisible() and message.text() == "Please choose the person."
    assert dialog.isVisible()


def test_an_exemption_from_before_mid_month_takes_the_person_out_of_the_due_list(qtbot, ctx, targets) -> None:
    page = make_page(qtbot, ctx)
    for name, start in (("张三丰", date(2026, 11, 10)), ("赵六", date(2026, 11, 20))):
        page.targets.select_target(targets[name])
        dialog = page.targets.exempt()
        dialog.reason.setCurrentIndex(dialog.reason.findData("hospital"))
        set_day(dialog.start, start)
        dialog.save()
        assert not dialog.isVisible()

    assert cell(page, targets["张三丰"], columns.EXEMPTION) == "In hospital"
    assert cell(page, targets["张三丰"], columns.THIS_PERIOD) == "Exempt"
    assert not page.targets.model.is_due(targets["张三丰"])
    assert page.targets.model.is_due(targets["赵六"])  # in hospital only after the 15th: still due

    page.tabs.setCurrentIndex(COVERAGE_TAB)
    view = page.coverage
    report = view.report()
    assert (report.due, report.visited) == (2, 0)
    listed = {view.open_model.line(row).person_name for row in range(view.open_model.rowCount())}
    assert listed == {"王芳", "赵六"}
    assert view.figures_label.text() == "0 of 2 due visits made · goal 100%"


def test_ending_an_exemption_makes_the_person_due_again(qtbot, ctx, targets) -> None:
    key_targets.add_exemption(ctx, targets["张三丰"], "away", date(2026, 11, 2), today=TODAY)
    page = make_page(qtbot, ctx)
    page.targets.select_target(targets["张三丰"])
    assert page.targets.end_exemption_button.isEnabled()
    dialog = page.targets.end_exemption()
    set_day(dialog.end, date(2026, 11, 5))
    dialog.save()
    assert not dialog.isVisible()
    assert cell(page, targets["张三丰"], columns.EXEMPTION) == ""
    assert page.targets.model.is_due(targets["张三丰"])


def test_a_visit_logged_by_mistake_is_removed_with_a_reason(qtbot, ctx, targets) -> None:
    method = visit_settings.methods(ctx)[0].id
    key_targets.record_visit(
        ctx, VisitDraft(targets["王芳"], date(2026, 11, 3), method, ctx.actor.user_id), today=TODAY
    )
    page = make_page(qtbot, ctx)
    page.targets.select_target(targets["王芳"])
    panel = page.targets.history
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    ask = panel.remove_visit()
    assert isinstance(ask, ReasonDialog)
    assert not ask.accept_button.isEnabled()  # a reason is required
    ask.set_reason("wrong person")
    ask.accept_button.click()
    assert key_targets.visits(ctx, target_id=targets["王芳"]) == []
    assert panel.model.rowCount() == 0
    assert cell(page, targets["王芳"], columns.LAST_VISIT) == "Never"


def test_a_line_of_the_coverage_opens_the_visit_form(qtbot, ctx, targets) -> None:
    page = make_page(qtbot, ctx)
    page.tabs.setCurrentIndex(COVERAGE_TAB)
    view = page.coverage
    row = next(r for r in range(view.open_model.rowCount()) if view.open_model.line(r).person_name == "赵六")
    view.open_table.selectRow(row)
    view.open_table.setFocus()
    qtbot.keyClick(view.open_table, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, page, VisitDialog)
    assert dialog.who.text().startswith("赵六")
    dialog.save()
    assert not dialog.isVisible()
    assert coverage.coverage(ctx, view.period(), TODAY).visited == 1
    assert view.report().visited == 1  # counted again at once


def test_the_search_and_the_filters_narrow_the_list(qtbot, ctx, targets) -> None:
    page = make_page(qtbot, ctx)
    tab = page.targets
    qtbot.keyClicks(tab.search, "zsf")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert [tab.model.target(r).person_name for r in range(tab.model.rowCount())] == ["张三丰"]
    assert tab.table.hasFocus()  # Enter stepped into the list
    tab.search.clear()
    tab.tier_filter.setCurrentIndex(tab.tier_filter.findData("high_risk"))
    tab.reload_rows()
    assert tab.model.rowCount() == 0
    assert tab.count_label.text() == "No key targets match."


def test_a_viewer_sees_the_list_but_no_edit_buttons(qtbot, ctx, targets) -> None:
    method = visit_settings.methods(ctx)[0].id
    key_targets.record_visit(
        ctx, VisitDraft(targets["王芳"], date(2026, 11, 3), method, ctx.actor.user_id), today=TODAY
    )
    sign_in_as(ctx, Role.VIEWER)
    page = make_page(qtbot, ctx)
    tab = page.targets
    assert tab.model.rowCount() == 3  # "Everyone": a viewer owns no targets
    assert tab.worker_filter.findData("mine") == -1
    for button in (*tab.edit_buttons, tab.history.remove_button):
        assert button.isHidden(), button.objectName()
    tab.select_target(targets["王芳"])
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.log_visit() is None and tab.enrol() is None
    assert not [d for d in page.findChildren(VisitDialog) if d.isVisible()]
    assert tab.history.model.rowCount() == 1
    page.tabs.setCurrentIndex(COVERAGE_TAB)
    assert page.coverage.print_button.isVisible()  # viewers may print
