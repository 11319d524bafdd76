"""The main window: header, seven areas in the navigation, shortcuts, honest placeholders, sign-out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit

from conftest import sign_in_as
from stationdesk.app import render_screenshots, run_smoke
from stationdesk.domain.roles import Role
from stationdesk.services.context import ServiceContext
from stationdesk.store.engine import url_for_path
from stationdesk.ui.main_window import MainWindow, SearchablePage
from stationdesk.ui.placeholder import PlaceholderPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

KEYS = ["reception", "follow_ups", "referrals", "key_targets", "residents", "volunteers", "training",
        "reports", "sync", "settings"]  # fmt: skip
TITLES = ["Reception desk", "Follow-ups", "Referrals", "Key targets", "Residents", "Volunteers", "Training",
          "Reports", "Sync", "Settings"]  # fmt: skip


@pytest.fixture
def window(qtbot, ctx: ServiceContext) -> MainWindow:
    window = MainWindow(ctx, "/tmp/station.sqlite3", idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_header_title_and_status_bar(window: MainWindow) -> None:
    assert window.windowTitle() == "StationDesk — 当湖街道社会工作站"
    assert window.header.station_name.text() == "当湖街道社会工作站"
    assert window.header.user.text() == "王站长 (Administrator)"
    assert "/tmp/station.sqlite3" in window.db_label.text()


def test_navigation_lists_all_ten_areas(window: MainWindow) -> None:
    assert window.page_keys() == KEYS
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == TITLES
    assert window.nav.item(9).toolTip() == "Settings (Ctrl+0)"


def test_a_trainer_sees_no_reception_work_and_starts_on_the_first_area(qtbot, ctx: ServiceContext) -> None:
    sign_in_as(ctx, Role.TRAINER)
    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    assert window.page_keys() == KEYS[4:]
    assert window.current_page_key() == "residents"


def test_opens_on_the_reception_desk_with_the_search_box_ready(qtbot, window: MainWindow) -> None:
    assert window.current_page_key() == "reception"
    window.activateWindow()
    qtbot.waitUntil(lambda: window.page("reception").search.hasFocus())


def test_switching_pages_by_click_api_and_shortcut(qtbot, window: MainWindow) -> None:
    window.nav.setCurrentRow(6)
    assert window.current_page_key() == "training"
    page = window.show_page("settings")
    assert window.stack.currentIndex() == KEYS.index("settings")
    assert page.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "reports"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "reception"
    with pytest.raises(ValueError):
        window.show_page("nowhere")


def test_every_area_has_its_page(window: MainWindow) -> None:
    page = window.show_page("sync")  # the last one built (issue 7); the pages: see their tests
    assert not isinstance(page, PlaceholderPage)
    assert page.objectName() == "syncPage"


def test_an_area_not_built_yet_would_say_so(qtbot) -> None:
    page = PlaceholderPage("sync", "Sync")
    qtbot.addWidget(page)
    assert "later version" in page.text()


def test_ctrl_f_focuses_the_search_box_of_a_searchable_page(qtbot, window: MainWindow) -> None:
    window.show_page("sync")
    assert not window.focus_search()
    page = window.show_page("residents")
    assert isinstance(page, SearchablePage)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(QApplication.focusWidget(), QLineEdit)


def test_lock_button_locks_and_sign_out_signs_out(qtbot, window: MainWindow, ctx: ServiceContext) -> None:
    window.header.lock_button.click()
    assert window.screen_lock.is_locked
    window.screen_lock.dialog.password.setText("admin-pass-1")
    window.screen_lock.dialog.try_unlock()
    assert not window.screen_lock.is_locked
    with qtbot.waitSignal(window.signed_out):
        window.header.logout_button.click()
    assert ctx.actor is None
    assert not window.isVisible()


def test_renaming_the_station_updates_the_header(window: MainWindow) -> None:
    settings_page = window.show_page("settings")
    settings_page.station.form.name.setText("新埭镇社会工作站")
    settings_page.station.save()
    assert window.header.station_name.text() == "新埭镇社会工作站"
    assert window.windowTitle().endswith("新埭镇社会工作站")


# --- smoke run and screenshots (demo database only) ---------------------------------------------


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    from stationdesk.cli import main

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--persons", "60", "--seed", "5"]) == 0
    return str(url_for_path(path))


def test_smoke_opens_every_page_of_the_demo(qtbot, demo_url: str) -> None:
    for key in KEYS:
        assert run_smoke(demo_url, key) == 0


def test_smoke_refuses_a_real_station_untouched(
    ctx: ServiceContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx.engine.dispose()
    before = db_path.read_bytes()
    assert run_smoke(str(url_for_path(db_path))) == 2
    err = capsys.readouterr().err
    assert "not a demo database" in err and err.count("\n") == 1
    assert db_path.read_bytes() == before


def test_smoke_refuses_an_unknown_page(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_smoke(demo_url, "kitchen") == 2
    assert "unknown page" in capsys.readouterr().err


def test_screenshots_of_every_page_login_and_wizard(demo_url: str, tmp_path: Path) -> None:
    written = render_screenshots(demo_url, tmp_path / "shots")
    training = ["training-participants", "training-programme-dialog", "training-series-dialog",
                "training-enrol-dialog"]  # fmt: skip
    volunteers = [p.stem for p in written if p.stem.startswith("volunteers-")]  # the dialogs of a row
    assert {"volunteers-teams", "volunteers-new-dialog", "volunteers-import-dialog"} <= set(volunteers)
    others = [p.stem for p in written if not p.stem.startswith("volunteers-")]
    assert others == [*KEYS, *training, "key_targets-coverage", "login", "wizard"]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800), path.name


def test_about_shows_the_packages_version_and_where_the_data_is(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from PySide6.QtWidgets import QLabel

    from stationdesk import __version__
    from stationdesk.paths import data_dir
    from stationdesk.ui.about_dialog import AboutDialog

    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.header.about_button.click()
    [dialog] = shown
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"StationDesk {__version__}" in texts and dialog.version.text() == __version__
    assert str(data_dir()) in texts
    assert window._database and window._database in texts


def test_a_pc_without_a_chinese_font_gets_the_packaged_one(qapp, monkeypatch) -> None:
    from PySide6.QtGui import QFontDatabase

    from stationdesk.app import ensure_chinese_font

    monkeypatch.setattr(QFontDatabase, "families", lambda *_args: ["DejaVu Sans"])
    assert ensure_chinese_font() is False  # one is there: nothing added
    monkeypatch.setattr(QFontDatabase, "families", lambda *_args: [])
    added: list[str] = []
    real_add = QFontDatabase.addApplicationFont

    def add(path: str) -> int:
        added.append(path)
        return real_add(path)

    monkeypatch.setattr(QFontDatabase, "addApplicationFont", add)
    assert ensure_chinese_font() is True
    assert len(added) == 1 and added[0].endswith("wqy-microhei.ttc")
