"""The roster tab: a month grouped by day with roles at a glance, a series planned with the skipped
days said, moving and skipping one occurrence, signing up with the clash and full warnings confirmed,
printing and exporting the shown period, marking a past shift's volunteers as served."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from conftest import sign_in_as
from shift_people import make_volunteer
from stationdesk.domain.roles import Role
from stationdesk.domain.shifts import RoleSpec
from stationdesk.services import activities, hours_lists, roster, signups
from stationdesk.services.activities import ActivityDraft, SeriesDraft
from stationdesk.store.models import HoursEntry
from stationdesk.ui.form_dialog import set_day
from stationdesk.ui.mark_served_dialog import MarkServedDialog
from stationdesk.ui.shift_dialogs import AssignDialog, ShiftSeriesDialog, roles_from_text
from stationdesk.ui.volunteer_roster import RosterTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2025, 10, 20, 9)
ROLES = (RoleSpec("司机", 2), RoleSpec("帮手", 6))


@pytest.fixture
def bus(ctx) -> str:
    activity = activities.create_activity(ctx, ActivityDraft("公益巴士进社区", "七星街道东栅社区"))
    draft = SeriesDraft(date(2025, 9, 3), date(2025, 10, 29), time(13, 30), time(16, 30), ROLES)
    activities.add_series(ctx, activity, draft)
    return activity


def make_tab(qtbot, ctx) -> RosterTab:
    tab = RosterTab(ctx, clock=lambda: NOW)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    return tab


def confirm(qtbot, tab: RosterTab) -> None:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in tab.findChildren(QMessageBox)))
    box = next(b for b in tab.findChildren(QMessageBox) if b.isVisible())
    box.findChild(type(box.defaultButton()), "confirmButton").click()


def _texts(tab: RosterTab, column: int) -> list[str]:
    return [item.text(column) for item in tab.shift_items()]


def test_the_month_shows_each_shift_with_roles_and_marks(qtbot, ctx, bus) -> None:
    october = roster.month(ctx, 2025, 10).shifts
    activities.cancel_shift(ctx, october[0].id)
    activities.move_shift(ctx, october[1].id, datetime(2025, 10, 23, 9), datetime(2025, 10, 23, 12))
    li_na = make_volunteer(ctx, "李娜")
    signups.assign(ctx, october[2].id, october[2].roles[0].id, [li_na])
    tab = make_tab(qtbot, ctx)
    assert tab.shown_shift_count() == 1  # this week: the moved Wednesday, now on Thursday
    tab.show_month()
    assert tab.period_label.text() == "2025-10"
    assert _texts(tab, 0) == ["13:30–16:30", "09:00–12:00", "13:30–16:30"]
    assert _texts(tab, 3) == ["司机 0/2 · 帮手 0/6", "司机 0/2 · 帮手 0/6", "司机 1/2 · 帮手 0/6"]
    first, moved, last = tab.shift_items()
    assert first.font(1).strikeOut() and "Cancelled" in first.text(4)
    assert "Moved from 2025-10-22" in moved.text(4)
    assert last.font(3).bold() and "7 places free" in last.text(4)
    tab.tree.setCurrentItem(last)
    assert "李娜" in [tab.people.topLevelItem(0).child(i).text(0) for i in range(1)]
    tab.step(-1)
    assert tab.period_label.text() == "2025-09" and tab.shown_shift_count() == 4
    tab.today_button.click()
    assert tab.period_label.text() == "2025-10"


def test_a_series_through_the_dialog_says_what_it_skipped(qtbot, ctx) -> None:
    activities.create_activity(ctx, ActivityDraft("敬老院探访"))
    tab = make_tab(qtbot, ctx)
    tab.new_series_button.click()
    dialog = next(d for d in tab.findChildren(ShiftSeriesDialog) if d.isVisible())
    set_day(dialog.day, date(2025, 9, 27))
    set_day(dialog.until, date(2025, 10, 18))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    text = tab.message.text()
    assert "3 shifts planned" in text and "2025-10-11" in text and "make-up workday" in text
    assert len(roster.month(ctx, 2025, 10).shifts) == 2


def test_moving_and_skipping_from_the_tab(qtbot, ctx, bus) -> None:
    tab = make_tab(qtbot, ctx)
    tab.show_month()
    tab.tree.setCurrentItem(tab.shift_items()[0])
    dialog = tab.move()
    set_day(dialog.day, date(2025, 10, 16))
    dialog.save()
    assert "Moved from 2025-10-15" in tab.shift_items()[0].text(4)
    tab.tree.setCurrentItem(tab.shift_items()[1])
    tab.skip_button.click()
    confirm(qtbot, tab)
    assert tab.shift_items()[1].font(0).strikeOut()
    assert tab.skip_button.text() == "Restore this shift"


def test_signing_up_over_capacity_asks_first(qtbot, ctx, bus) -> None:
    ids = [make_volunteer(ctx, name) for name in ("李娜", "张伟", "王芳")]
    tab = make_tab(qtbot, ctx)
    tab.show_month()
    tab.tree.setCurrentItem(tab.shift_items()[0])
    dialog = tab.assign()
    assert isinstance(dialog, AssignDialog) and dialog.people.count() == 3
    dialog.people.selectAll()
    dialog.assign_selected()
    assert roster.shift(ctx, tab.selected_shift_id()).filled == 0
    box = dialog.question
    assert box is not None and "3 of 2 places" in box.text()
    box.findChild(type(box.defaultButton()), "confirmButton").click()
    assert "3 signed up" in dialog.message.text()
    dialog.reject()
    assert _texts(tab, 3)[0] == "司机 3/2 · 帮手 0/6"
    assert len(ids) == 3


def test_the_shown_month_prints_and_exports(qtbot, ctx, bus, tmp_path, monkeypatch) -> None:
    tab = make_tab(qtbot, ctx)
    tab.show_month()
    preview = tab.print_roster()
    assert preview is not None and preview.page_count() == 1
    preview.reject()
    target = tmp_path / "roster"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved = tab.export_roster()
    assert saved == tmp_path / "roster.xlsx"
    values = [c for row in load_workbook(saved).active.iter_rows(values_only=True) for c in row]
    assert "2025年10月" in values


def test_a_viewer_sees_the_roster_without_editing(qtbot, ctx, bus) -> None:
    sign_in_as(ctx, Role.VIEWER)
    tab = make_tab(qtbot, ctx)
    tab.show_month()
    assert tab.shown_shift_count() == 3
    assert not tab.new_series_button.isVisible() and not tab.assign_button.isVisible()


def test_roles_are_read_one_a_line() -> None:
    assert roles_from_text("司机 2\n\n帮手  ６\n摄影") == [
        RoleSpec("司机", 2),
        RoleSpec("帮手", 6),
        RoleSpec("摄影", 0),
    ]


def _past_shift_with(ctx, names: list[str]) -> tuple[str, list[str]]:
    """The bus of Wednesday 15 October (before NOW) with ``names`` signed up as helpers."""
    shift = next(s for s in roster.month(ctx, 2025, 10).shifts if s.starts_at.date() == date(2025, 10, 15))
    volunteers = [make_volunteer(ctx, name) for name in names]
    signups.assign(ctx, shift.id, shift.roles[1].id, volunteers)
    return shift.id, volunteers


def test_a_past_shift_is_marked_served_for_the_ticked_volunteers(qtbot, ctx, bus) -> None:
    shift_id, (li_na, wang_fang) = _past_shift_with(ctx, ["李娜", "王芳"])
    tab = make_tab(qtbot, ctx)
    tab.step(-1)
    tab.select_shift(shift_id)
    assert tab.mark_button.isVisible() and tab.mark_button.isEnabled()
    dialog = tab.mark_served()
    assert isinstance(dialog, MarkServedDialog)
    assert [i.checkState() for i in dialog.items()] == [Qt.CheckState.Checked] * 2
    dialog.items()[1].setCheckState(Qt.CheckState.Unchecked)
    assert dialog.ticked() == [li_na]
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "1 marked as served" in tab.message.text() and "review" in tab.message.text()
    with ctx.reading() as session:
        entries = session.scalars(select(HoursEntry).where(HoursEntry.shift_id == shift_id)).all()
    assert [(e.volunteer_id, e.source, e.needs_review) for e in entries] == [(li_na, "entry", True)]
    queue = hours_lists.approvals_queue(ctx)
    assert [(row.volunteer_id, row.source) for row in queue] == [(li_na, "entry")]
    again = tab.mark_served()
    assert isinstance(again, MarkServedDialog)
    done, _waiting = again.items()
    assert "hours already entered" in done.text()
    assert not done.flags() & Qt.ItemFlag.ItemIsUserCheckable and again.ticked() == [wang_fang]
    again.reject()


def test_mark_served_waits_for_the_shift_to_end_and_for_the_right_role(qtbot, ctx, bus) -> None:
    shift_id, _ = _past_shift_with(ctx, ["李娜"])
    tab = make_tab(qtbot, ctx)
    tab.step(-1)
    for shift in tab.shift_items():
        tab.tree.setCurrentItem(shift)
        assert tab.mark_button.isEnabled() == (shift.data(0, Qt.ItemDataRole.UserRole) == shift_id)
    tab.step(1)
    this_week = tab.shift_items()[0]  # Wednesday 22 October, after NOW
    tab.tree.setCurrentItem(this_week)
    assert not tab.mark_button.isEnabled() and tab.mark_served() is None
    sign_in_as(ctx, Role.VIEWER)
    viewer_tab = make_tab(qtbot, ctx)
    assert not viewer_tab.mark_button.isVisibleTo(viewer_tab)
