"""Signing in, login throttling, the idle lock, and the start-up that loads behind the login dialog."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from conftest import ADMIN_PASSWORD
from stationdesk.services import accounts
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import LoginFailed
from stationdesk.store.engine import url_for_path
from stationdesk.ui.idle_lock import Curtain
from stationdesk.ui.login import LoginDialog
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.messages import describe, message
from stationdesk.ui.startup import Startup

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture
def signed_out(ctx: ServiceContext) -> ServiceContext:
    accounts.logout(ctx)
    return ctx


@pytest.fixture
def dialog(qtbot, signed_out: ServiceContext) -> LoginDialog:
    dialog = LoginDialog("当湖街道社会工作站")
    dialog.set_authenticator(lambda user, password: accounts.login(signed_out, user, password))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_in(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.clear()
    dialog.password.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_enter_signs_in(qtbot, dialog: LoginDialog, signed_out: ServiceContext) -> None:
    with qtbot.waitSignal(dialog.signed_in) as signed_in:
        type_in(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert signed_in.args[0].username == "admin"
    assert signed_out.actor is not None and signed_out.actor.display_name == "王站长"
    assert not dialog.isVisible()


def test_wrong_password_says_so_and_clears_it(qtbot, dialog: LoginDialog, signed_out: ServiceContext) -> None:
    with qtbot.assertNotEmitted(dialog.signed_in):
        type_in(qtbot, dialog, "admin", "not-the-password")
    assert dialog.message.text() == message("auth.bad_credentials")
    assert dialog.password.text() == ""
    assert dialog.isVisible()
    assert signed_out.actor is None


def test_empty_fields_are_asked_for(qtbot, dialog: LoginDialog) -> None:
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert "user name" in dialog.message.text()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert "password" in dialog.message.text()
    assert dialog.password.hasFocus()


def test_repeated_failures_lock_the_account(qtbot, dialog: LoginDialog, signed_out: ServiceContext) -> None:
    for _attempt in range(accounts.FREE_ATTEMPTS):
        type_in(qtbot, dialog, "admin", "guessing")
    with qtbot.assertNotEmitted(dialog.signed_in):
        type_in(qtbot, dialog, "admin", ADMIN_PASSWORD)
    with pytest.raises(LoginFailed) as refused:
        accounts.login(signed_out, "admin", ADMIN_PASSWORD)
    assert refused.value.code == "auth.locked"
    assert dialog.message.text() == message("auth.locked", {"retry_after": accounts.DELAY_SECONDS})
    assert "seconds" in dialog.message.text()


def test_a_sign_in_typed_before_the_database_is_ready_waits(qtbot, signed_out: ServiceContext) -> None:
    dialog = LoginDialog("当湖街道社会工作站")
    qtbot.addWidget(dialog)
    dialog.show()
    type_in(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert not dialog.password.isEnabled()
    assert "one moment" in dialog.message.text()
    with qtbot.waitSignal(dialog.signed_in):
        dialog.set_authenticator(lambda user, password: accounts.login(signed_out, user, password))


def test_a_waiting_sign_in_that_fails_can_be_corrected(qtbot, signed_out: ServiceContext) -> None:
    dialog = LoginDialog("当湖街道社会工作站")
    qtbot.addWidget(dialog)
    dialog.show()
    type_in(qtbot, dialog, "admin", "wrong-password")
    dialog.set_authenticator(lambda user, password: accounts.login(signed_out, user, password))
    assert dialog.message.text() == message("auth.bad_credentials")
    assert dialog.password.isEnabled() and dialog.sign_in_button.isEnabled()
    with qtbot.waitSignal(dialog.signed_in):
        type_in(qtbot, dialog, "admin", ADMIN_PASSWORD)


# --- idle lock -----------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, ctx: ServiceContext) -> MainWindow:
    # A long interval while the window comes up (a loaded machine may take longer than a short one);
    # the tests about idleness shorten it once the window is there.
    window = MainWindow(ctx, "station.sqlite3", idle_ms=600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def curtains() -> list[Curtain]:
    return [w for top in QApplication.topLevelWidgets() for w in top.findChildren(Curtain) if w.isVisible()]


def test_idle_lock_covers_the_window_and_needs_the_right_password(qtbot, window: MainWindow) -> None:
    assert window.screen_lock.watcher.interval_ms() == 600_000
    window.screen_lock.watcher.set_interval_ms(150)
    qtbot.waitUntil(lambda: window.screen_lock.is_locked, timeout=5000)
    lock = window.screen_lock.dialog
    assert lock is not None and lock.isVisible()
    assert curtains()
    assert lock.who.text() == "Signed in: 王站长 (Administrator)"
    assert "nobody used it" in lock.heading.text()

    lock.password.setText("wrong-password")
    lock.unlock_button.click()
    assert window.screen_lock.is_locked
    assert lock.message.isVisible()
    assert "Wrong password" in lock.message.text()

    qtbot.keyClicks(lock.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(window.screen_lock.unlocked):
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert not window.screen_lock.is_locked
    qtbot.waitUntil(lambda: not curtains())


def test_escape_does_not_unlock(qtbot, window: MainWindow) -> None:
    window.lock()
    lock = window.screen_lock.dialog
    assert lock is not None
    assert lock.heading.text() == "The screen has been locked."  # locked by hand, not for idleness
    qtbot.keyClick(lock, Qt.Key.Key_Escape)
    assert window.screen_lock.is_locked and lock.isVisible()


def test_switch_user_signs_out(qtbot, window: MainWindow, ctx: ServiceContext) -> None:
    window.lock()
    with qtbot.waitSignal(window.signed_out):
        window.screen_lock.dialog.switch_button.click()
    assert ctx.actor is None
    assert not curtains()


def test_zero_minutes_never_locks(qtbot, window: MainWindow) -> None:
    window.screen_lock.watcher.set_interval_ms(0)
    with qtbot.assertNotEmitted(window.screen_lock.locked, wait=400):
        pass
    assert not window.screen_lock.is_locked


def test_input_keeps_the_screen_unlocked(qtbot, window: MainWindow) -> None:
    window.screen_lock.watcher.set_interval_ms(1500)
    with qtbot.assertNotEmitted(window.screen_lock.locked):
        for _ in range(6):
            qtbot.wait(400)  # not a sleep: the event loop runs while the user "types"
            qtbot.keyClick(window.header, Qt.Key.Key_Shift)
    assert not window.screen_lock.is_locked


# --- start-up --------------------------------------------------------------------------------------


def test_startup_shows_login_then_loads_and_opens_the_main_window(
    qtbot, signed_out: ServiceContext, db_path: Path
) -> None:
    startup = Startup(str(url_for_path(db_path)), str(db_path))
    startup.begin_with_login("当湖街道社会工作站", None)
    login = startup.login
    assert login is not None and login.isVisible()
    type_in(qtbot, login, "admin", ADMIN_PASSWORD)  # typed before the database is open: waits
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible(), timeout=20_000)
    window = startup.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.signed_out):
        window.sign_out()
    assert startup.login is not None and startup.login.isVisible()
    startup.login.close()
    assert startup.exit_code == 0
    assert startup.ctx is not None
    startup.ctx.engine.dispose()


def test_startup_refuses_a_database_from_a_newer_version(
    qtbot, signed_out: ServiceContext, db_path: Path
) -> None:
    signed_out.engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = db_path.read_bytes()
    startup = Startup(str(url_for_path(db_path)), str(db_path))
    startup.begin_with_login("当湖街道社会工作站", None)
    qtbot.waitUntil(lambda: startup.error_box is not None and startup.error_box.isVisible(), timeout=20_000)
    assert "newer StationDesk" in startup.error_box.text()
    assert not startup.login.isVisible()
    startup.error_box.accept()
    assert startup.exit_code == 1
    assert db_path.read_bytes() == before


def test_describe_covers_login_errors() -> None:
    assert describe(LoginFailed("auth.locked", retry_after=5)).endswith("ask an administrator.")


def test_everything_before_the_login_dialog_stays_light() -> None:
    """app.py and what it imports at start-up must not pull in SQLAlchemy, Alembic, qtawesome..."""
    script = (
        "import sys\n"
        "import stationdesk.app\n"
        "heavy = {'sqlalchemy', 'alembic', 'reportlab', 'qtawesome', 'argon2', 'pypinyin'}\n"
        "light_store = {'stationdesk.store', 'stationdesk.store.peek', 'stationdesk.store.readonly',\n"
        "               'stationdesk.store.revisions'}  # stdlib only\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in heavy\n"
        "             or m.startswith('stationdesk.services')\n"
        "             or (m.startswith('stationdesk.store') and m not in light_store))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_lock_covers_an_open_dialog_and_keeps_it(qtbot, window: MainWindow) -> None:
    editor = QDialog(window)
    editor.setWindowTitle("half-typed form")
    typed = QLineEdit(editor)
    typed.setText("张三丰")
    editor.open()
    qtbot.waitExposed(editor)
    window.lock()
    lock = window.screen_lock.dialog
    assert lock is not None
    assert {curtain.parentWidget() for curtain in curtains()} >= {window, editor}
    qtbot.keyClicks(lock.password, ADMIN_PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert not window.screen_lock.is_locked
    assert editor.isVisible() and typed.text() == "张三丰"


def test_switching_user_cancels_open_dialogs(qtbot, window: MainWindow) -> None:
    editor = QDialog(window)
    editor.open()
    window.lock()
    with qtbot.waitSignal(editor.rejected):
        window.screen_lock.dialog.switch_button.click()
    assert not editor.isVisible()


def test_guessing_at_the_lock_screen_hits_the_login_delay(qtbot, window: MainWindow) -> None:
    window.lock()
    lock = window.screen_lock.dialog
    assert lock is not None
    for _ in range(accounts.FREE_ATTEMPTS + 1):
        lock.password.setText("wrong-password")
        lock.unlock_button.click()
    assert window.screen_lock.is_locked
    assert "Too many failed attempts" in lock.message.text()
