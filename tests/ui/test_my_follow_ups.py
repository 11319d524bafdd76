"""The staff member's own follow-ups on the start page: overdue and due soon, counted in the title."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from conftest import set_due_date, sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, follow_ups, people
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.ui.models import follow_up_table as columns
from stationdesk.ui.models.follow_up_table import DUE_SOON_DAYS
from stationdesk.ui.my_follow_ups import MyFollowUpsPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date.today()


@pytest.fixture
def users(ctx: ServiceContext) -> dict[str, str]:
    return {user.username: user.id for user in accounts.list_users(ctx)}


@pytest.fixture
def person(ctx: ServiceContext) -> str:
    return people.create(ctx, PersonDraft(name="王芳", sex="F"))


def add(ctx: ServiceContext, person: str, owner: str, due: int, note: str) -> str:
    created = follow_ups.create(ctx, person, owner, TODAY + timedelta(days=max(due, 0)), note)
    if due < 0:
        set_due_date(ctx, created, TODAY + timedelta(days=due))
    return created


def make_panel(qtbot, ctx: ServiceContext) -> tuple[QWidget, MyFollowUpsPanel]:
    """The panel inside a page, as on the reception desk (it hides itself for some roles)."""
    host = QWidget()
    qtbot.addWidget(host)
    panel = MyFollowUpsPanel(ctx, host)
    QVBoxLayout(host).addWidget(panel)
    host.resize(560, 260)
    host.show()
    return host, panel


def test_the_title_counts_my_overdue_and_due_soon_follow_ups(qtbot, ctx, users, person) -> None:
    add(ctx, person, users["admin"], 1, "due tomorrow")
    add(ctx, person, users["admin"], -1, "overdue 1")
    add(ctx, person, users["admin"], 0, "due today")
    add(ctx, person, users["admin"], -5, "overdue 5")
    add(ctx, person, users["admin"], DUE_SOON_DAYS, "due at the edge")
    add(ctx, person, users["admin"], DUE_SOON_DAYS + 1, "not yet")
    add(ctx, person, users["staff"], -3, "someone else's")
    done = add(ctx, person, users["admin"], -2, "done already")
    follow_ups.complete(ctx, done, "ok")

    _host, panel = make_panel(qtbot, ctx)
    assert panel.title.text() == "My follow-ups: 2 overdue, 3 due soon"
    assert (panel.overdue_count, panel.due_soon_count) == (2, 3)
    notes = [panel.model.index(r, columns.NOTE).data() for r in range(panel.model.rowCount())]
    assert notes == ["overdue 5", "overdue 1", "due today", "due tomorrow", "due at the edge"]
    assert panel.table.isVisible() and not panel.calm.isVisible()


def test_nothing_due_is_a_calm_line(qtbot, ctx, users, person) -> None:
    add(ctx, person, users["admin"], DUE_SOON_DAYS + 5, "later")
    _host, panel = make_panel(qtbot, ctx)
    assert panel.title.text() == "My follow-ups"
    assert panel.calm.isVisible() and not panel.table.isVisible()
    add(ctx, person, users["admin"], 0, "now")
    panel.refresh()
    assert panel.title.text() == "My follow-ups: 0 overdue, 1 due soon"
    assert panel.table.isVisible() and not panel.calm.isVisible()


def test_show_all_asks_for_the_follow_ups_page(qtbot, ctx) -> None:
    _host, panel = make_panel(qtbot, ctx)
    with qtbot.waitSignal(panel.open_follow_ups):
        panel.show_all.click()


def test_a_viewer_owns_none_and_sees_no_panel(qtbot, ctx) -> None:
    sign_in_as(ctx, Role.VIEWER)
    _host, panel = make_panel(qtbot, ctx)
    assert not panel.isVisible()
