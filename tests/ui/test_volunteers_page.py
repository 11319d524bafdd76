"""The volunteers page: the list with its search and filters, the profile dialog, status, the
roster import dialog, the teams tab with members and leaders, a viewer who reads only, and the
models under qtmodeltester."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from conftest import sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.services import people, volunteer_printouts, volunteers
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.volunteers import TeamDraft, VolunteerDraft
from stationdesk.ui import tasks
from stationdesk.ui.models import volunteer_tables as columns
from stationdesk.ui.pages.volunteers import TEAMS_TAB, VolunteersPage
from stationdesk.ui.search_keys import select_row
from stationdesk.ui.volunteer_import_dialog import VolunteerImportDialog

NOW = datetime(2026, 3, 4, 10)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def _no_task_outlives_the_database():
    yield
    tasks.wait_for_threads()


@pytest.fixture
def crew(ctx: ServiceContext) -> dict[str, str]:
    ids = {}
    for name, phone, org in (("王芳", "13912345678", "嘉兴学院"), ("李强", "13800001111", "爱心企业")):
        person = people.create(ctx, PersonDraft(name, phone=phone))
        ids[name] = volunteers.create(ctx, person, VolunteerDraft(org, registered_on=date(2025, 9, 1)))
    team = volunteers.create_team(ctx, TeamDraft("公益巴士队", "嘉兴学院"))
    volunteers.add_members(ctx, team, [ids["王芳"]], date(2025, 9, 1))
    ids["team"] = team
    return ids


def make_page(qtbot, ctx: ServiceContext) -> VolunteersPage:
    page = VolunteersPage(ctx, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def test_the_list_shows_searches_and_filters(qtbot, qtmodeltester, ctx, crew) -> None:
    page = make_page(qtbot, ctx)
    tab = page.volunteers
    model = tab.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and tab.count_label.text() == "2 volunteers"
    row = model.row_of(crew["王芳"])
    assert model.index(row, columns.V_TEAMS).data() == "公益巴士队"
    assert model.index(row, columns.V_STATUS).data() == "Active"
    assert model.index(row, columns.V_HOURS).data() == "0.0"
    tab.search.setText("lq")
    tab.reload()
    assert [model.row_at(n).name for n in range(model.rowCount())] == ["李强"]
    tab.search.clear()
    tab.team_filter.setCurrentIndex(tab.team_filter.findData(crew["team"]))
    assert [model.row_at(n).name for n in range(model.rowCount())] == ["王芳"]
    tab.team_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("left"))
    assert model.rowCount() == 0


def test_new_volunteer_through_the_picker_and_profile(qtbot, ctx, crew) -> None:
    people.create(ctx, PersonDraft("赵敏", phone="13700002222"))
    page = make_page(qtbot, ctx)
    dialog = page.volunteers.new_volunteer()
    assert dialog is not None and dialog.picker is not None
    dialog.save()  # nobody picked: refused under the person
    assert "Choose a person" in " ".join(w.text() for w in dialog.findChildren(QLabel) if w.isVisible())
    dialog.picker.search.setText("赵敏")
    dialog.picker.search_now()
    qtbot.waitUntil(lambda: dialog.picker.person() is not None)
    dialog.organisation.setText("七星街道")
    dialog.platform_number.setText("ZJ01")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    chosen = page.volunteers.selected()
    assert chosen is not None and (chosen.name, chosen.organisation, chosen.platform_number) == (
        "赵敏",
        "七星街道",
        "ZJ01",
    )
    assert "赵敏" in page.volunteers.message.text()


def test_edit_and_status_change(qtbot, ctx, crew) -> None:
    page = make_page(qtbot, ctx)
    tab = page.volunteers
    tab.select_volunteer(crew["李强"])
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible() and dialog.organisation.text() == "爱心企业"
    dialog.skills.setText("驾驶")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert volunteers.get(ctx, crew["李强"]).row.skills == "驾驶"
    tab.set_status("paused")
    assert volunteers.get(ctx, crew["李强"]).row.status == "paused"
    assert tab.selected() is not None and tab.selected().status == "paused"


def test_roster_import_dialog_adds_volunteers(qtbot, qtmodeltester, ctx, crew, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["姓名", "手机", "单位", "队伍"])
    book.active.append(["周杰", "13500003333", "嘉兴学院", "公益巴士队"])
    book.active.append(["王芳", "13912345678", "", ""])
    book.save(tmp_path / "v.xlsx")
    page = make_page(qtbot, ctx)
    dialog = page.volunteers.import_roster()
    assert isinstance(dialog, VolunteerImportDialog)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.choose_file(tmp_path / "v.xlsx")
    qtmodeltester.check(dialog.model)
    assert [c.currentData() for c in dialog.column_combos] == ["name", "phone", "unit", "team"]
    assert dialog.model.index(0, 4).data() == "公益巴士队"
    assert dialog.model.index(1, 5).data() == "Already a volunteer"
    assert dialog.enrol_button.text() == "Add 1 volunteers"
    with qtbot.waitSignal(dialog.enrolled, timeout=10_000):
        dialog.apply()
    qtbot.waitUntil(lambda: page.volunteers.model.rowCount() == 3)


def test_teams_tab_members_and_leaders(qtbot, qtmodeltester, ctx, crew) -> None:
    page = make_page(qtbot, ctx)
    page.tabs.setCurrentIndex(TEAMS_TAB)
    teams = page.teams
    qtmodeltester.check(teams.model)
    qtmodeltester.check(teams.members_model)
    assert teams.model.index(0, columns.T_MEMBERS).data() == "1"
    dialog = teams.add_members()
    assert dialog is not None and dialog.list.count() == 1  # 王芳 is a member already
    dialog.tick(crew["李强"])
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert teams.model.index(0, columns.T_MEMBERS).data() == "2"
    select_row(teams.members, teams.members_model.row_of(
        next(m.id for m in volunteers.team_members(ctx, crew["team"]) if m.name == "李强")))  # fmt: skip
    teams.toggle_leader()
    assert teams.model.index(0, columns.T_LEADERS).data() == "李强"
    assert teams.members_model.index(0, columns.M_ROLE).data() == "Leader"
    select_row(teams.members, 0)
    teams.remove_member()
    assert teams.model.index(0, columns.T_MEMBERS).data() == "1"
    teams.show_past.setChecked(True)
    assert teams.members_model.rowCount() == 2
    assert (
        page.volunteers.model.index(page.volunteers.model.row_of(crew["李强"]), columns.V_TEAMS).data() == ""
    )
    team_dialog = teams.new_team()
    assert team_dialog is not None
    team_dialog.name.setText("助老队")
    with qtbot.waitSignal(team_dialog.saved):
        team_dialog.save()
    assert teams.selected_team() is not None and teams.selected_team().name == "助老队"


def test_a_viewer_reads_only(qtbot, ctx, crew) -> None:
    sign_in_as(ctx, Role.VIEWER)
    page = make_page(qtbot, ctx)
    assert page.volunteers.model.rowCount() == 2
    assert not page.volunteers.new_button.isVisible() and not page.teams.new_button.isVisible()
    assert page.volunteers.new_volunteer() is None and page.teams.new_team() is None
    qtbot.keyClick(page.volunteers.table, Qt.Key.Key_F2)
    assert page.volunteers.dialog is None


def test_more_tabs_can_be_added(qtbot, ctx, crew) -> None:
    page = make_page(qtbot, ctx)
    calls: list[int] = []

    class Extra(QLabel):
        def refresh(self) -> None:
            calls.append(1)

    before = page.tabs.count()
    index = page.add_tab(Extra("more"), "calendar_repeat", "More")
    assert page.tabs.tabText(index) == "More" and index == before
    page.tabs.setCurrentIndex(index)
    assert calls


def test_volunteer_cards_carry_the_check_in_code_the_desk_scans(qtbot, ctx, crew, monkeypatch) -> None:
    import subprocess

    written: list[Path] = []
    real = volunteer_printouts.write_volunteer_cards
    monkeypatch.setattr(
        volunteer_printouts, "write_volunteer_cards", lambda c, ids, path: written.append(real(c, ids, path))
    )
    volunteers.set_status(ctx, crew["李强"], "left")
    page = make_page(qtbot, ctx)
    preview = page.volunteers.print_cards()
    assert preview is not None and preview.page_count() == 1
    text = subprocess.run(["pdftotext", str(written[0]), "-"], capture_output=True, text=True).stdout
    preview.reject()
    code = volunteers.get(ctx, crew["王芳"]).row.code
    assert "王芳" in text and code in text and "公益巴士队" in text
    assert "李强" not in text  # a volunteer who left gets no card
