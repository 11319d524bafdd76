"""The follow-ups page (跟进): the queue by owner, overdue rows marked, done with a note, reassign, new."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from conftest import set_due_date, sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, follow_ups, people
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.ui.follow_up_dialogs import CompleteFollowUpDialog, NewFollowUpDialog, ReassignDialog
from stationdesk.ui.models import follow_up_table as columns
from stationdesk.ui.models.follow_up_table import FollowUpTableModel
from stationdesk.ui.pages.follow_ups import EVERYONE, FollowUpsPage
from stationdesk.ui.reception_day import TimelineDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date.today()


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def users(ctx: ServiceContext) -> dict[str, str]:
    return {user.username: user.id for user in accounts.list_users(ctx)}


@pytest.fixture
def residents(ctx: ServiceContext) -> dict[str, str]:
    return {
        "王芳": people.create(ctx, PersonDraft(name="王芳", sex="F", community="东湖社区")),
        "李强": people.create(ctx, PersonDraft(name="李强", sex="M", community="新华社区")),
    }


def make_page(qtbot, ctx: ServiceContext) -> FollowUpsPage:
    page = FollowUpsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitActive(page):  # shortcuts such as Ctrl+N fire only in the active window
        page.show()
        page.activateWindow()
    return page


def follow_up(ctx: ServiceContext, person_id: str, owner_id: str, due: int, note: str) -> str:
    """A follow-up due in ``due`` days (negative: overdue by that many)."""
    created = follow_ups.create(ctx, person_id, owner_id, days(max(due, 0)), note)
    if due < 0:
        set_due_date(ctx, created, days(due))
    return created


def cell(page: FollowUpsPage, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return page.model.index(row, column).data(role)


def test_overdue_and_due_today_rows_stand_out(qtbot, ctx, users, residents) -> None:
    follow_up(ctx, residents["王芳"], users["admin"], 10, "送慰问品")
    follow_up(ctx, residents["李强"], users["admin"], 0, "电话回访")
    follow_up(ctx, residents["王芳"], users["admin"], -2, "核实低保材料")
    page = make_page(qtbot, ctx)

    assert [cell(page, row, columns.DAYS_LEFT) for row in range(3)] == [
        "2 days overdue",
        "Due today",
        "10 days left",
    ]
    assert cell(page, 0, columns.DUE) == days(-2).isoformat()
    assert [cell(page, row, columns.PERSON) for row in range(3)] == ["王芳", "李强", "王芳"]
    background = Qt.ItemDataRole.BackgroundRole
    overdue, today, later = (cell(page, row, columns.NOTE, background) for row in range(3))
    assert overdue is not None and today is not None and later is None
    assert overdue != today
    decoration = Qt.ItemDataRole.DecorationRole
    assert cell(page, 0, columns.DAYS_LEFT, decoration) is not None  # not colour alone: icon and words
    assert cell(page, 1, columns.DAYS_LEFT, decoration) is not None
    assert cell(page, 2, columns.DAYS_LEFT, decoration) is None
    assert page.summary.text() == "3 open: 1 overdue, 1 due today"
    assert not page.empty_note.isVisible()


def test_done_needs_a_note_and_then_the_row_leaves_the_open_queue(qtbot, ctx, users, residents) -> None:
    first = follow_up(ctx, residents["王芳"], users["admin"], 1, "电话回访")
    follow_up(ctx, residents["李强"], users["admin"], 2, "上门探访")
    page = make_page(qtbot, ctx)
    assert page.select(first)
    page.done_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CompleteFollowUpDialog) and dialog.isVisible()

    dialog.save()
    assert dialog.isVisible()
    assert dialog.message.text() == "Please say what was done."
    assert first in [row.id for row in follow_ups.queue(ctx)]  # still open

    dialog.note.setText("已电话联系, 材料已补齐")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert first not in [row.id for row in follow_ups.queue(ctx)]
    assert page.model.rowCount() == 1
    assert page.model.row_of(first) is None
    assert page.message.text() == "Done: 王芳"

    page.include_done.setChecked(True)
    row = page.model.row_of(first)
    assert row is not None
    assert cell(page, row, columns.STATUS) == "Done"
    assert cell(page, row, columns.DAYS_LEFT) == ""
    page.select(first)
    assert not page.done_button.isEnabled() and not page.reassign_button.isEnabled()


def test_reassign_moves_it_to_the_other_owner(qtbot, ctx, users, residents) -> None:
    moved = follow_up(ctx, residents["王芳"], users["admin"], 3, "送慰问品")
    page = make_page(qtbot, ctx)
    assert page.owner_filter.currentText() == "Mine"
    page.select(moved)
    page.reassign_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReassignDialog)
    offered = [dialog.owner.itemData(i) for i in range(dialog.owner.count())]
    assert users["admin"] not in offered  # the owner now is not offered
    assert users["viewer"] not in offered and users["trainer"] not in offered  # they may not own work
    dialog.owner.select(users["staff"])
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()

    assert [row.id for row in follow_ups.queue(ctx, owner_id=users["staff"])] == [moved]
    assert follow_ups.queue(ctx, owner_id=users["admin"]) == []
    assert page.model.rowCount() == 0  # "Mine"
    assert page.empty_note.isVisible()
    assert "staff user" in page.message.text()
    page.set_owner_filter(users["staff"])
    assert page.model.rowCount() == 1
    assert cell(page, 0, columns.OWNER) == "staff user"


def test_the_owner_filter(qtbot, ctx, users, residents) -> None:
    follow_up(ctx, residents["王芳"], users["admin"], 3, "mine")
    follow_up(ctx, residents["李强"], users["staff"], 4, "theirs")
    page = make_page(qtbot, ctx)
    choices = [page.owner_filter.itemText(i) for i in range(page.owner_filter.count())]
    assert choices == ["Mine", "Everyone", "staff user"]
    assert [cell(page, r, columns.NOTE) for r in range(page.model.rowCount())] == ["mine"]
    page.set_owner_filter(EVERYONE)
    assert [cell(page, r, columns.NOTE) for r in range(page.model.rowCount())] == ["mine", "theirs"]
    page.set_owner_filter(users["staff"])
    assert [cell(page, r, columns.NOTE) for r in range(page.model.rowCount())] == ["theirs"]


def test_new_follow_up_for_the_selected_rows_person(qtbot, ctx, users, residents) -> None:
    existing = follow_up(ctx, residents["王芳"], users["admin"], 3, "送慰问品")
    page = make_page(qtbot, ctx)
    page.select(existing)
    page.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, NewFollowUpDialog)
    assert dialog.person.person() is not None and dialog.person.person().id == residents["王芳"]
    assert dialog.owner.worker_id() == users["admin"]  # me by default

    dialog.note.setText("复查申请结果")
    dialog.due.setDate(QDate.currentDate().addDays(-1))
    dialog.save()
    assert dialog.message.text() == "The follow-up's due date is in the past."
    assert len(follow_ups.queue(ctx)) == 1

    dialog.due.setDate(QDate.currentDate().addDays(7))
    dialog.owner.select(users["staff"])
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    created = follow_ups.queue(ctx, owner_id=users["staff"])
    assert [(r.person_id, r.note, r.due_on) for r in created] == [
        (residents["王芳"], "复查申请结果", days(7))
    ]
    assert page.message.text() == "Follow-up added for 王芳, owned by staff user."


def test_new_follow_up_found_by_search(qtbot, ctx, users, residents) -> None:
    page = make_page(qtbot, ctx)
    assert page.empty_note.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, NewFollowUpDialog)
    assert dialog.person.person() is None
    dialog.note.setText("电话回访")
    dialog.save()
    assert dialog.message.text() == "This follow-up needs a person."

    qtbot.keyClicks(dialog.person.search, "lq")
    qtbot.keyClick(dialog.person.search, Qt.Key.Key_Return)
    assert dialog.person.person() is not None and dialog.person.person().id == residents["李强"]
    assert dialog.person.picked_label.text().startswith("李强")
    assert dialog.isVisible() and follow_ups.queue(ctx) == []  # Enter picked, it did not save
    assert dialog.focusWidget() is dialog.note
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert [(r.person_id, r.owner_id) for r in follow_ups.queue(ctx)] == [(residents["李强"], users["admin"])]
    assert page.model.rowCount() == 1


def test_double_click_opens_the_persons_timeline(qtbot, ctx, users, residents) -> None:
    follow_up(ctx, residents["王芳"], users["admin"], 3, "送慰问品")
    page = make_page(qtbot, ctx)
    rect = page.table.visualRect(page.model.index(0, columns.PERSON))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialogs = [d for d in page.findChildren(TimelineDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].windowTitle() == "Timeline: 王芳"
    assert dialogs[0].table.item(0, 1).text() == "Follow-up"


def test_a_viewer_sees_everyones_queue_but_cannot_act(qtbot, ctx, users, residents) -> None:
    follow_up(ctx, residents["王芳"], users["staff"], -1, "核实材料")
    sign_in_as(ctx, Role.VIEWER)
    page = make_page(qtbot, ctx)
    assert page.owner_filter.currentText() == "Everyone"
    assert page.model.rowCount() == 1
    assert cell(page, 0, columns.DAYS_LEFT) == "1 day overdue"
    for button in (page.new_button, page.done_button, page.reassign_button):
        assert not button.isVisible()
    page.select(page.model.follow_up(0).id)
    assert page.complete_selected() is None
    assert page.timeline_button.isEnabled()


def test_the_follow_up_model_passes_the_model_tester(qtmodeltester, ctx, users, residents) -> None:
    follow_up(ctx, residents["王芳"], users["admin"], -3, "a")
    follow_up(ctx, residents["李强"], users["staff"], 0, "b")
    done = follow_up(ctx, residents["李强"], users["staff"], 5, "c")
    follow_ups.complete(ctx, done, "ok")
    model = FollowUpTableModel()
    model.set_rows(follow_ups.queue(ctx, include_done=True))
    assert model.rowCount() == 3
    qtmodeltester.check(model)
