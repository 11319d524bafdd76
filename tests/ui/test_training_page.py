"""The training page (培训): programmes, a series around National Day, enrolment from the registry,
withdrawal, and what a viewer may do."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from conftest import sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import enrolment, people, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft
from stationdesk.ui import tasks
from stationdesk.ui.form_dialog import set_day
from stationdesk.ui.models import training_tables as columns
from stationdesk.ui.models.training_tables import (
    ParticipantTableModel,
    ProgrammeTableModel,
    SessionTableModel,
)
from stationdesk.ui.pages.training import PARTICIPANTS_TAB, TrainingPage
from stationdesk.ui.programme_dialog import ProgrammeDialog
from stationdesk.ui.search_keys import select_row
from stationdesk.ui.session_dialog import SeriesDialog, SessionDialog
from stationdesk.ui.training_enrol import EnrolFromRegistryDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 9, 29, 8, 30)  # a Tuesday morning: the camp's second session is today
CAMP = ProgrammeDraft("2026年平湖市社工站运营团队智创营", "camp", CompletionRule(RuleKind.SHARE, 80), 180,
                      organiser="平湖市民政局", target_groups=("certified_sw",))  # fmt: skip


@pytest.fixture(autouse=True)
def _no_task_outlives_the_database():
    yield
    tasks.wait_for_threads()


@pytest.fixture
def camp(ctx: ServiceContext) -> str:
    programme = training.create_programme(ctx, CAMP)
    training.add_series(ctx, programme, SessionDraft(date(2026, 9, 22), time(14), time(17), venue="三楼"), 3)
    return programme


def make_page(qtbot, ctx: ServiceContext) -> TrainingPage:
    page = TrainingPage(ctx, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitActive(page):  # shortcuts such as Ctrl+N fire only in the active window
        page.show()
        page.activateWindow()
    return page


def open_dialog(qtbot, page: TrainingPage, kind: type):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(kind)))
    return next(d for d in page.findChildren(kind) if d.isVisible())


def confirm(qtbot, page: TrainingPage) -> None:
    box = open_dialog(qtbot, page, QMessageBox)
    box.findChild(type(box.defaultButton()), "confirmButton").click()


def test_a_programme_is_created_through_the_dialog(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    assert page.model.rowCount() == 0
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, page, ProgrammeDialog)
    dialog.save()  # nothing typed: refused under the name, nothing written
    assert dialog.fields.message_for("training.name_required").text() == "Please enter the programme's name."
    assert training.list_programmes(ctx) == []

    dialog.name.setText("2026年平湖市社工站运营团队智创营")
    dialog.kind.setCurrentIndex(dialog.kind.findData("camp"))
    dialog.organiser.setText("平湖市民政局")
    dialog.groups["certified_sw"].setChecked(True)
    dialog.groups["grid_worker"].setChecked(True)
    dialog.rule_kind.buttons["count"].setChecked(True)
    dialog.rule_value.setValue(5)
    dialog.hours.setValue(2.5)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    [info] = training.list_programmes(ctx)
    assert (info.name, info.kind, info.organiser, info.rule, info.minutes_per_session) == (
        "2026年平湖市社工站运营团队智创营",
        "camp",
        "平湖市民政局",
        CompletionRule(RuleKind.COUNT, 5),
        150,
    )
    assert info.target_groups == ("certified_sw", "grid_worker")
    assert page.selected_programme_id() == info.id
    assert page.title.text() == info.name
    assert "At least 5 sessions" in page.summary.text()


def test_a_tuesday_series_skips_national_day_and_says_so(qtbot, ctx) -> None:
    programme = training.create_programme(ctx, CAMP)
    page = make_page(qtbot, ctx)
    page.sessions.series_button.click()
    dialog = open_dialog(qtbot, page, SeriesDialog)
    set_day(dialog.day, date(2026, 9, 22))
    assert dialog.day_label.text() == "Tue"
    dialog.venue.setText("当湖街道社会工作站三楼会议室")
    dialog.topic.setText("项目设计")
    dialog.count.setValue(4)
    dialog.save()

    qtbot.waitUntil(lambda: not dialog.isVisible())
    days = [row.info.starts_at.date() for row in training.session_rows(ctx, programme)]
    assert days == [date(2026, 9, 22), date(2026, 9, 29), date(2026, 10, 13), date(2026, 10, 20)]
    assert page.sessions.message.text() == "4 sessions added. Public holidays skipped: 2026-10-06 (Tue)."
    assert page.sessions.model.rowCount() == 4
    assert page.model.row_at(0).sessions == 4  # the programme list follows


def test_a_series_into_an_unknown_year_is_offered_without_holidays(qtbot, ctx) -> None:
    programme = training.create_programme(ctx, CAMP)
    page = make_page(qtbot, ctx)
    dialog = page.sessions.add_series()
    set_day(dialog.day, date(2026, 12, 29))
    dialog.count.setValue(3)
    dialog.save()
    assert dialog.isVisible() and dialog.ignore_holidays.isVisible()
    assert "2027" in dialog.fields.message_for("training.holidays_unknown").text()
    assert training.session_rows(ctx, programme) == []
    dialog.ignore_holidays.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(training.session_rows(ctx, programme)) == 3
    assert "Planned without the holiday calendar" in page.sessions.message.text()


def test_todays_session_is_chosen_and_stands_out_and_cancelling_asks_first(qtbot, ctx, camp) -> None:
    page = make_page(qtbot, ctx)
    today_id, is_today = page.sessions.model.highlighted()
    assert is_today
    assert page.selected_session_id() == today_id
    row = page.sessions.model.row_of(today_id)
    assert page.sessions.model.data(page.sessions.model.index(row, columns.S_DATE)) == "2026-09-29 (Tue)"

    page.sessions.cancel_selected()
    confirm(qtbot, page)
    qtbot.waitUntil(lambda: page.sessions.model.rowCount() == 2)
    assert [r.info.starts_at.date() for r in training.session_rows(ctx, camp)] == [
        date(2026, 9, 22),
        date(2026, 10, 13),
    ]
    assert page.model.row_at(0).sessions == 2


def test_a_session_with_sign_ins_keeps_its_time_in_the_edit_dialog(qtbot, ctx, camp) -> None:
    person = people.create(ctx, PersonDraft(name="王芳"))
    enrolment.enrol_persons(ctx, camp, [person])
    first = training.session_rows(ctx, camp)[0]
    code = enrolment.participants(ctx, camp)[0].signin_code
    enrolment.sign_in(ctx, first.id, code, datetime(2026, 9, 22, 13, 55))
    page = make_page(qtbot, ctx)
    page.sessions.table.setFocus()
    select_row(page.sessions.table, 0)
    qtbot.keyClick(page.sessions.table, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, page, SessionDialog)
    assert not dialog.day.isEnabled() and not dialog.start.isEnabled()
    assert page.sessions.model.data(page.sessions.model.index(0, columns.S_SIGNED_IN)) == "1"
    dialog.venue.setText("东湖社区党群服务中心")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert training.session_rows(ctx, camp)[0].info.venue == "东湖社区党群服务中心"


def test_two_registry_persons_are_enrolled_through_the_picker_and_one_withdrawn(qtbot, ctx, camp) -> None:
    for name, phone in (("王芳", "13912345678"), ("李四", "13800005678"), ("张三丰", "13700001111")):
        people.create(ctx, PersonDraft(name=name, phone=phone))
    page = make_page(qtbot, ctx)
    page.tabs.setCurrentIndex(PARTICIPANTS_TAB)
    panel = page.participants
    panel.enrol_button.click()
    dialog = open_dialog(qtbot, page, EnrolFromRegistryDialog)
    dialog.save()
    assert dialog.fields.message_for("enrolment.none_chosen").isVisible()

    for typed in ("wf", "ls"):  # pinyin initials, as typed without an IME
        qtbot.keyClicks(dialog.search, typed)
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # one match: taken at once
        qtbot.waitUntil(lambda: dialog.search.text() == "")
    assert dialog.chosen.count() == 2
    assert dialog.count_label.text() == "Ticked: 2"
    dialog.unit.setText("东湖社区")
    dialog.group.setCurrentIndex(dialog.group.findData("grid_worker"))
    qtbot.keyClick(dialog.unit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    rows = {row.name: row for row in enrolment.participant_rows(ctx, camp)}
    assert sorted(rows) == ["李四", "王芳"]
    assert {(row.unit, row.target_group) for row in rows.values()} == {("东湖社区", "grid_worker")}
    assert panel.model.rowCount() == 2
    assert panel.message.text() == "2 enrolled."
    assert page.model.row_at(0).participants == 2

    select_row(panel.table, panel.model.row_of(rows["李四"].id))
    panel.withdraw_button.click()
    confirm(qtbot, page)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert [row.name for row in enrolment.participant_rows(ctx, camp)] == ["王芳"]
    assert panel.message.text() == "李四 is withdrawn."
    panel.show_withdrawn.setChecked(True)
    assert panel.model.rowCount() == 2
    assert page.model.row_at(0).participants == 1


def test_the_participant_search_narrows_the_list(qtbot, ctx, camp) -> None:
    ids = [people.create(ctx, PersonDraft(name=name)) for name in ("王芳", "李四")]
    enrolment.enrol_persons(ctx, camp, ids)
    page = make_page(qtbot, ctx)
    page.tabs.setCurrentIndex(PARTICIPANTS_TAB)
    panel = page.participants
    assert panel.model.rowCount() == 2
    qtbot.keyClicks(panel.search, "wf")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert [panel.model.row_at(n).name for n in range(panel.model.rowCount())] == ["王芳"]
    qtbot.waitUntil(panel.table.hasFocus)  # Enter searched at once and stepped into the list


def test_a_viewer_sees_no_editing_actions(qtbot, ctx, camp) -> None:
    sign_in_as(ctx, Role.VIEWER)
    page = make_page(qtbot, ctx)
    assert page.model.rowCount() == 1
    buttons = (*page.edit_buttons, *page.sessions.edit_buttons, *page.participants.edit_buttons)
    assert not any(button.isVisible() for button in buttons)
    assert page.new_programme() is None and page.edit_programme() is None
    assert page.sessions.add_series() is None and page.sessions.edit_selected() is None
    assert page.participants.enrol_from_registry() is None
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not page.findChildren(ProgrammeDialog)
    assert page.sessions.model.rowCount() == 3  # still reads everything


def test_archiving_hides_a_programme_until_shown_and_restored(qtbot, ctx, camp) -> None:
    page = make_page(qtbot, ctx)
    page.archive_button.click()
    assert page.model.rowCount() == 0
    page.show_archived.setChecked(True)
    assert page.model.rowCount() == 1 and page.archive_button.text() == "Restore"
    page.archive_button.click()
    assert training.get_programme(ctx, camp).archived is False


def test_the_models_pass_the_model_tester(qtmodeltester, ctx, camp) -> None:
    enrolment.enrol_persons(ctx, camp, [people.create(ctx, PersonDraft(name="王芳"))])
    programmes = ProgrammeTableModel()
    programmes.set_rows(training.list_programmes(ctx))
    qtmodeltester.check(programmes)
    sessions = SessionTableModel(lambda: NOW)
    sessions.set_rows(training.session_rows(ctx, camp))
    qtmodeltester.check(sessions)
    participants = ParticipantTableModel()
    participants.set_rows(enrolment.participant_rows(ctx, camp))
    qtmodeltester.check(participants)
