"""The 6430 panel: three figures against their targets, green when met, amber when not; on the
reception page for roles that see volunteers; the staff list in the settings."""

from __future__ import annotations

from datetime import datetime

import pytest

from conftest import sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.domain.staffing import Measure
from stationdesk.services import staffing
from stationdesk.services.context import ServiceContext
from stationdesk.services.staffing import StaffDraft
from stationdesk.ui.pages.reception import ReceptionPage
from stationdesk.ui.settings_staff import StaffTab
from stationdesk.ui.staffing_panel import MET, NOT_MET, StaffingPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_figures_turn_green_when_the_target_is_met(qtbot, ctx: ServiceContext) -> None:
    for number in range(6):
        staffing.add_staff(ctx, StaffDraft(f"社工{number}", certified=number < 3))
    panel = StaffingPanel(ctx, clock=lambda: datetime(2026, 11, 25, 9))
    qtbot.addWidget(panel)
    full, certified, volunteers = (panel.figures[m] for m in Measure)
    assert "6/6" in full.text() and full.property("met") and MET in full.styleSheet()
    assert "3/4" in certified.text() and not certified.property("met") and NOT_MET in certified.styleSheet()
    assert "0/30" in volunteers.text()
    staffing.add_staff(ctx, StaffDraft("社工6", certified=True))
    panel.refresh()
    assert "4/4" in certified.text() and certified.property("met")


def test_the_reception_page_shows_the_panel_to_those_who_see_volunteers(qtbot, ctx: ServiceContext) -> None:
    page = ReceptionPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.staffing.isVisible()
    sign_in_as(ctx, Role.TRAINER)
    trainer_page = ReceptionPage(ctx)
    qtbot.addWidget(trainer_page)
    trainer_page.show()
    assert not trainer_page.staffing.isVisible()


def test_the_staff_list_is_kept_in_the_settings(qtbot, ctx: ServiceContext) -> None:
    tab = StaffTab(ctx)
    qtbot.addWidget(tab)
    tab.start_new()
    tab.name.setText("李社工")
    tab.certified.setChecked(True)
    tab.level.setCurrentIndex(tab.level.findData("social_worker"))
    assert tab.save()
    (row,) = staffing.list_staff(ctx)
    assert (row.name, row.full_time, row.certified, row.cert_level, row.since) == (
        "李社工",
        True,
        True,
        "social_worker",
        None,
    )
    tab.certified.setChecked(False)
    assert not tab.save() and "certified" in tab.message.text()
    tab.remove()
    assert staffing.list_staff(ctx) == [] and tab.model.rowCount() == 0
