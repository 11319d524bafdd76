"""The two ends of a new PC joining its station: Settings → Backup on the station PC writes the file,
and the first-start wizard on the new PC takes it over and shows the station's login."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from conftest import ADMIN_PASSWORD
from stationdesk.services import accounts, station
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.join import inspect_backup
from stationdesk.store.engine import url_for_path
from stationdesk.ui.login import LoginDialog
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.messages import describe
from stationdesk.ui.pages.settings import SettingsPage
from stationdesk.ui.startup import Startup
from stationdesk.ui.wizard import SetupWizard

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def _back_up(qtbot, ctx: ServiceContext, monkeypatch, target: Path) -> SettingsPage:
    monkeypatch.setattr("stationdesk.ui.settings_backup.choose_path", lambda *_a, **_k: target)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    tab = page.backup
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    tab.button.click()
    assert not tab.button.isEnabled()  # busy while the copy is written
    qtbot.waitUntil(lambda: tab.message.isVisible(), timeout=20_000)
    assert tab.button.isEnabled() and not tab.busy.isVisible()
    return page


def test_the_backup_button_writes_the_file_and_says_where(
    qtbot, ctx: ServiceContext, monkeypatch, tmp_path: Path
) -> None:
    target = tmp_path / "stick" / "PH-DH-backup.sqlite3"
    target.parent.mkdir()
    page = _back_up(qtbot, ctx, monkeypatch, target)
    assert str(target) in page.backup.message.text()
    assert "every person's data" in page.backup.message.text()
    assert inspect_backup(target).station_code == "PH-DH"


def test_a_backup_that_cannot_be_written_is_explained(
    qtbot, ctx: ServiceContext, monkeypatch, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-stick" / "b.sqlite3"
    page = _back_up(qtbot, ctx, monkeypatch, target)
    assert page.backup.message.text().startswith("The backup could not be written to")
    assert not target.exists()


@pytest.fixture
def backup(ctx: ServiceContext, tmp_path: Path) -> Path:
    from stationdesk.services import maintenance

    path = tmp_path / "stick" / "PH-DH-backup.sqlite3"
    path.parent.mkdir()
    maintenance.backup(ctx, path)
    ctx.engine.dispose()
    return path


def _first_start(qtbot, tmp_path: Path, monkeypatch, chosen: Path) -> tuple[Startup, SetupWizard]:
    new_pc = tmp_path / "new-pc" / "station.sqlite3"
    monkeypatch.setattr("stationdesk.ui.wizard.choose_backup", lambda *_a: chosen)
    startup = Startup(str(url_for_path(new_pc)), str(new_pc))
    startup.begin_in_foreground()
    wizard = startup.wizard
    assert isinstance(wizard, SetupWizard)
    return startup, wizard


def test_a_new_pc_joins_from_the_backup_and_its_users_sign_in(
    qtbot, backup: Path, tmp_path: Path, monkeypatch
) -> None:
    startup, wizard = _first_start(qtbot, tmp_path, monkeypatch, backup)
    wizard.station_page.join_button.click()
    qtbot.waitUntil(lambda: isinstance(wizard.confirm_box, QMessageBox) and wizard.confirm_box.isVisible())
    assert "当湖街道社会工作站 (PH-DH)" in wizard.confirm_box.text()
    wizard.confirm_box.findChild(object, "confirmButton").click()
    qtbot.waitUntil(
        lambda: isinstance(startup.login, LoginDialog) and startup.login.isVisible(), timeout=20_000
    )
    assert startup.wizard is None
    login = startup.login
    assert login.findChild(object, "stationName").text() == "当湖街道社会工作站"
    login.username.setText("admin")
    login.password.setText(ADMIN_PASSWORD)
    login.submit()
    qtbot.waitUntil(lambda: isinstance(startup.window, MainWindow) and startup.window.isVisible())
    window = startup.window
    qtbot.addWidget(window)
    assert startup.ctx is not None and startup.ctx.actor.username == "admin"
    window.close()
    startup.ctx.engine.dispose()


def test_a_refused_file_is_explained_and_the_wizard_stays(qtbot, tmp_path: Path, monkeypatch) -> None:
    not_a_backup = tmp_path / "list.sqlite3"
    not_a_backup.write_text("张伟,13912345678\n")
    startup, wizard = _first_start(qtbot, tmp_path, monkeypatch, not_a_backup)
    wizard.station_page.join_button.click()
    message = wizard.station_page.join_message
    qtbot.waitUntil(message.isVisible)
    assert message.text() == describe(ServiceError("join.not_sqlite", path=str(not_a_backup)))
    assert wizard.isVisible() and wizard.station_page.join_button.isEnabled()
    assert startup.ctx is not None and accounts.needs_setup(startup.ctx)
    assert station.get_profile(startup.ctx) is None
    wizard.close()
    assert startup.exit_code == 0
    startup.ctx.engine.dispose()
