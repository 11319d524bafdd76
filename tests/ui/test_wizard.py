"""The first-start wizard: creates the station and its administrator, and refuses bad input inline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWizard

from stationdesk.services import accounts, station
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.ui.messages import describe
from stationdesk.ui.wizard import ADMIN_PAGE, STATION_PAGE, SUMMARY_PAGE, SetupWizard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PASSWORD = "station-pass-1"


@pytest.fixture
def wizard(qtbot, empty_ctx: ServiceContext) -> SetupWizard:
    wizard = SetupWizard(empty_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def fill_station(wizard: SetupWizard, code: str = "ph-xd") -> None:
    form = wizard.station_page.form
    form.name.setText("新埭镇社会工作站")
    form.code.setText(code)
    form.district.setText("嘉兴市平湖市")
    form.address.setText("新埭镇新中路 18 号")
    form.phone.setText("0573-85000000")


def fill_admin(wizard: SetupWizard, repeat: str = PASSWORD) -> None:
    page = wizard.admin_page
    page.username.setText("zhangli")
    page.display_name.setText("张丽")
    page.password.first.setText(PASSWORD)
    page.password.second.setText(repeat)


def test_next_needs_name_and_code(wizard: SetupWizard) -> None:
    assert not wizard.station_page.isComplete()
    fill_station(wizard)
    assert wizard.station_page.isComplete()


def test_creates_the_station_and_signs_in_the_administrator(
    qtbot, wizard: SetupWizard, empty_ctx: ServiceContext, tmp_path: Path
) -> None:
    big = QImage(800, 400, QImage.Format.Format_RGB32)
    big.fill(QColor("#c62828"))
    picture = tmp_path / "logo.jpg"
    assert big.save(str(picture))
    fill_station(wizard)
    assert wizard.station_page.form.load_logo_file(str(picture))
    wizard.next()
    assert wizard.currentId() == ADMIN_PAGE
    fill_admin(wizard)
    wizard.next()
    assert wizard.currentId() == SUMMARY_PAGE
    with qtbot.waitSignal(wizard.completed) as completed:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    actor = completed.args[0]
    assert actor.username == "zhangli"
    assert empty_ctx.actor == actor
    assert not accounts.needs_setup(empty_ctx)
    profile = station.get_profile(empty_ctx)
    assert profile is not None
    assert (profile.name, profile.code, profile.district) == ("新埭镇社会工作站", "PH-XD", "嘉兴市平湖市")
    logo = QImage.fromData(profile.logo_png)
    assert (logo.width(), logo.height()) == (256, 128)
    assert not wizard.isVisible()


def test_refuses_passwords_that_differ(wizard: SetupWizard, empty_ctx: ServiceContext) -> None:
    fill_station(wizard)
    wizard.next()
    fill_admin(wizard, repeat=PASSWORD + "x")
    wizard.next()
    assert wizard.currentId() == ADMIN_PAGE
    assert wizard.admin_page.message.isVisible()
    assert "not the same" in wizard.admin_page.message.text()
    assert accounts.needs_setup(empty_ctx)


def test_refuses_a_short_password_on_its_page(wizard: SetupWizard) -> None:
    fill_station(wizard)
    wizard.next()
    fill_admin(wizard)
    wizard.admin_page.password.first.setText("short")
    wizard.admin_page.password.second.setText("short")
    wizard.next()
    assert wizard.currentId() == ADMIN_PAGE
    assert wizard.admin_page.message.text() == describe(ServiceError("password.too_short", min=8))


def test_a_bad_code_is_explained_when_leaving_the_station_page(
    qtbot, wizard: SetupWizard, empty_ctx: ServiceContext
) -> None:
    fill_station(wizard, code="平湖 01")
    wizard.next()
    assert wizard.currentId() == STATION_PAGE
    assert wizard.station_page.message.text() == describe(ServiceError("station.bad_code"))
    assert accounts.needs_setup(empty_ctx)
    wizard.station_page.form.code.setText("PH-01")
    assert not wizard.station_page.message.isVisible()
    wizard.next()
    fill_admin(wizard)
    wizard.next()
    with qtbot.waitSignal(wizard.completed):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not accounts.needs_setup(empty_ctx)


def test_an_unreadable_logo_is_refused_inline(wizard: SetupWizard, tmp_path: Path) -> None:
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_text("hello")
    assert not wizard.station_page.form.load_logo_file(str(not_a_picture))
    assert wizard.station_page.form.logo() is None
    assert wizard.station_page.form.logo_message.isVisible()


def test_first_start_runs_the_wizard_then_opens_the_main_window(qtbot, db_path: Path) -> None:
    from stationdesk.store.engine import url_for_path
    from stationdesk.ui.main_window import MainWindow
    from stationdesk.ui.startup import Startup

    startup = Startup(str(url_for_path(db_path)), str(db_path))
    startup.begin_in_foreground()
    wizard = startup.wizard
    assert isinstance(wizard, SetupWizard) and wizard.isVisible()
    assert startup.login is None
    fill_station(wizard)
    wizard.next()
    fill_admin(wizard)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: isinstance(startup.window, MainWindow) and startup.window.isVisible())
    window = startup.window
    qtbot.addWidget(window)
    assert window.windowTitle() == "StationDesk — 新埭镇社会工作站"
    window.close()
    assert startup.exit_code == 0
    assert startup.ctx is not None
    startup.ctx.engine.dispose()
