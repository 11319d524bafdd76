"""The hours tab: a scanned code then Enter checks in, the same code later checks out with the
credited time; several matches give a pick list; approvals by keystroke; totals per period."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from conftest import sign_in_as
from hours_desk import DAY, Desk, at, make_desk
from stationdesk.domain.roles import Role
from stationdesk.services import hours
from stationdesk.services.context import ServiceContext
from stationdesk.services.hours import HoursDraft
from stationdesk.ui.volunteer_hours import HoursTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def desk(ctx: ServiceContext) -> Desk:
    return make_desk(ctx)


def make_tab(qtbot, ctx: ServiceContext, clock: Clock) -> HoursTab:
    tab = HoursTab(ctx, clock=clock)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab


def test_a_scanned_code_checks_in_and_again_later_checks_out_with_the_credited_time(
    qtbot, ctx: ServiceContext, desk: Desk
) -> None:
    clock = Clock(at(13, 50))
    tab = make_tab(qtbot, ctx, clock)
    qtbot.keyClicks(tab.input, desk.codes["张伟"])
    qtbot.keyClick(tab.input, Qt.Key.Key_Return)
    assert tab.confirm_name.text() == "张伟" and "13:50" in tab.confirm_detail.text()
    assert "公益巴士进社区" in tab.confirm_detail.text() and tab.input.text() == ""
    row = next(
        r
        for r in (tab.desk_model.row_at(n) for n in range(tab.desk_model.rowCount()))
        if r and r.name == "张伟"
    )
    assert row.checked_in_at == at(13, 50)
    clock.now = at(17, 5)
    qtbot.keyClicks(tab.input, desk.codes["张伟"])
    qtbot.keyClick(tab.input, Qt.Key.Key_Return)
    assert "17:05" in tab.confirm_detail.text() and "3:05" in tab.confirm_detail.text()
    assert tab.totals_model.rowCount() == 1 and tab.totals_model.row_at(0).minutes == 185  # type: ignore[union-attr]


def test_a_repeat_scan_says_when_and_an_unknown_name_says_so(qtbot, ctx: ServiceContext, desk: Desk) -> None:
    clock = Clock(at(14))
    tab = make_tab(qtbot, ctx, clock)
    for _ in range(2):
        qtbot.keyClicks(tab.input, desk.codes["艾琳"])
        qtbot.keyClick(tab.input, Qt.Key.Key_Return)
    assert "already" in tab.confirm_detail.text() and "14:00" in tab.confirm_detail.text()
    tab.input.setText("赵六")  # an IME commits the whole word
    qtbot.keyClick(tab.input, Qt.Key.Key_Return)
    assert tab.confirmation.isHidden() and "赵六" in tab.problem.text()


def test_several_matches_are_picked_with_a_number_key(qtbot, ctx: ServiceContext, desk: Desk) -> None:
    tab = make_tab(qtbot, ctx, Clock(at(14)))
    qtbot.keyClicks(tab.input, "0003")  # 王芳 and 王方
    qtbot.keyClick(tab.input, Qt.Key.Key_Return)
    assert tab.pick_list.isVisible() and tab.pick_list.count() == 2
    qtbot.keyClick(tab.pick_list, Qt.Key.Key_2)
    assert tab.confirm_name.text() == "王芳" and tab.pick_list.isHidden()


def test_approvals_go_by_keystroke_with_a_note(qtbot, ctx: ServiceContext, desk: Desk) -> None:
    sign_in_as(ctx, Role.STAFF)
    for name in ("张伟", "艾琳"):
        hours.enter_afterwards(ctx, HoursDraft(desk.volunteers[name], at(14), at(17), desk.shift), at(20))
    sign_in_as(ctx, Role.ADMIN)
    tab = make_tab(qtbot, ctx, Clock(at(9, day=DAY + timedelta(days=1))))
    assert tab.queue_model.rowCount() == 2 and "2" in tab.tabs.tabText(1)
    tab.tabs.setCurrentIndex(1)
    tab.note.setText("核对签到表")
    tab.queue_table.setFocus()
    qtbot.keyClick(tab.queue_table, Qt.Key.Key_A)
    assert tab.queue_model.rowCount() == 1 and tab.note.text() == ""
    qtbot.keyClick(tab.queue_table, Qt.Key.Key_R)
    assert tab.queue_model.rowCount() == 0
    tab.grouping.setCurrentIndex(0)
    totals = [tab.totals_model.row_at(n) for n in range(tab.totals_model.rowCount())]
    assert [(t.label, t.minutes) for t in totals if t] == [("艾琳", 180)]  # 艾琳 came first and was approved


def test_a_coordinator_is_told_why_their_own_entry_waits_for_another(
    qtbot, ctx: ServiceContext, desk: Desk
) -> None:
    sign_in_as(ctx, Role.STAFF)
    hours.enter_afterwards(ctx, HoursDraft(desk.volunteers["张伟"], at(14), at(17), desk.shift), at(20))
    tab = make_tab(qtbot, ctx, Clock(at(21)))
    tab.tabs.setCurrentIndex(1)
    tab.queue_table.setFocus()
    qtbot.keyClick(tab.queue_table, Qt.Key.Key_A)
    assert "another coordinator" in tab.queue_message.text() and tab.queue_model.rowCount() == 1


def test_hours_entered_afterwards_from_the_dialog_wait_for_review(
    qtbot, ctx: ServiceContext, desk: Desk
) -> None:
    tab = make_tab(qtbot, ctx, Clock(at(20)))
    dialog = tab.open_afterwards()
    assert dialog.volunteer.count() == 3
    dialog.content.setText("发放物资")
    dialog.save()
    assert tab.queue_model.rowCount() == 1 and tab.queue_model.row_at(0).content == "发放物资"  # type: ignore[union-attr]
    again = tab.open_afterwards()
    again.save()  # the same volunteer and shift again: refused, the dialog stays
    assert again.isVisible() and tab.queue_model.rowCount() == 1


def test_a_viewer_sees_lists_but_no_desk_input(qtbot, ctx: ServiceContext, desk: Desk) -> None:
    sign_in_as(ctx, Role.VIEWER)
    tab = make_tab(qtbot, ctx, Clock(at(14)))
    assert not tab.input.isEnabled() and not tab.approve_button.isVisibleTo(tab)
    assert tab.desk_model.rowCount() == 3
