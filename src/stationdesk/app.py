"""Composition root of the desktop application: Qt, languages, the database, the first window.

Start-up speed matters (a receptionist opens StationDesk while someone waits at the desk), so
this module and everything it imports before the login dialog shows are light: PySide6, the
stdlib, ``store.peek`` (sqlite3 only) and the light ui modules. SQLAlchemy, Alembic, the services
and qtawesome load on a worker thread while the user types (see ``ui.startup``).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from stationdesk.assets import as_file, resource
from stationdesk.store.peek import peek
from stationdesk.store.revisions import known_revisions
from stationdesk.ui import tasks
from stationdesk.ui.i18n import choose_language, install_translators
from stationdesk.ui.startup import Startup

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QPixmap
    from PySide6.QtWidgets import QWidget

    from stationdesk.services.context import ServiceContext
    from stationdesk.ui.main_window import MainWindow

    Save = Callable[[QImage | QPixmap, str], None]

APP_NAME = "StationDesk"
BASE_POINT_SIZE = 10.5
"""五号字: readable body text; Qt scales it with the display's 125-150 %."""
DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-pass-1"
DEMO_CODE_PREFIX = "DEMO"
DEFAULT_SMOKE_PAGE = "residents"
SCREEN_SIZE = (1280, 800)
SETTLE_TIMEOUT_S = 60.0


# --- helpers without SQLAlchemy -------------------------------------------------------------


def sqlite_file(db_url: str) -> Path | None:
    """The file behind a ``sqlite:///...`` URL (as SQLAlchemy reads it), None for anything else."""
    scheme, sep, rest = db_url.partition("://")
    if not sep or scheme.split("+")[0] != "sqlite" or not rest.startswith("/"):
        return None
    database = unquote(rest[1:].partition("?")[0])
    if not database or database == ":memory:":
        return None
    return Path(database)


def db_label(db_url: str) -> str:
    """What the status bar says about the database: the file, or the server URL without password."""
    path = sqlite_file(db_url)
    if path is not None:
        return str(path.absolute())
    scheme, sep, rest = db_url.partition("://")
    credentials, at, location = rest.rpartition("@")
    if sep and at and ":" in credentials:
        return f"{scheme}://{credentials.split(':', 1)[0]}:***@{location}"
    return db_url


def create_application() -> QApplication:
    """The QApplication with StationDesk's name, High-DPI policy and a readable base font."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # The environment variable, not setHighDpiScaleFactorRoundingPolicy(): touching any enum of
    # the Qt namespace builds all of them (about 40 ms), which the login dialog avoids.
    os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)
    with as_file(resource("icons", "stationdesk.png")) as icon_path:
        app.setWindowIcon(QIcon(str(icon_path)))
    ensure_chinese_font()
    font = app.font()
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    return app


def ensure_chinese_font() -> bool:
    """A PC without a Chinese font (a bare Linux install from the tarball) would show every label as
    boxes: then the WenQuanYi font the PDFs embed is given to Qt too. True if it was added."""
    from PySide6.QtGui import QFontDatabase

    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return False
    with as_file(resource("fonts", "wqy-microhei.ttc")) as path:
        return QFontDatabase.addApplicationFont(str(path)) >= 0


class StartupRefused(Exception):
    """A database refused before SQLAlchemy is loaded (same codes as store.migrate.DatabaseError)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


# --- the normal start -----------------------------------------------------------------------

EXIT_WHEN_SHOWN = "STATIONDESK_EXIT_WHEN_SHOWN"
"""Benchmark hook: with the value ``login``, end the process the moment the login dialog has
painted (without waiting for the background loading), so the benchmark times the first window."""


def run_gui(db_url: str, lang: str | None = None) -> int:
    """Start StationDesk on the database at ``db_url``; returns the process exit code."""
    app = create_application()
    path = sqlite_file(db_url)
    peeked = peek(path) if path is not None else None
    install_translators(choose_language(lang, peeked.language if peeked else None))
    # A database server cannot be peeked at: its saved language is read once it is open.
    startup = Startup(db_url, db_label(db_url), language_known=lang is not None or path is not None)
    startup.finished.connect(app.exit)
    if peeked is not None and peeked.revision is not None and peeked.revision not in known_revisions():
        startup.refuse(StartupRefused("db.too_new", revision=peeked.revision))
    elif peeked is not None and peeked.has_users:
        startup.begin_with_login(peeked.station_name, peeked.logo_png)
        if os.environ.get(EXIT_WHEN_SHOWN) == "login" and startup.login is not None:
            startup.login.first_painted.connect(lambda: os._exit(0))
    else:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, startup.begin_in_foreground)
    code = app.exec()
    tasks.wait_for_threads()
    if startup.ctx is not None:
        startup.ctx.engine.dispose()
    return startup.exit_code if startup.exit_code is not None else code


# --- smoke run and screenshots (demo database only) -----------------------------------------


class _ErrorTrap:
    """Counts exceptions raised inside Qt callbacks (PySide only prints them) during a smoke run."""

    def __init__(self) -> None:
        self.count = 0
        self._previous = sys.excepthook

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        self.count += 1
        self._previous(kind, error, tb)

    @contextmanager
    def installed(self) -> Iterator[_ErrorTrap]:
        sys.excepthook = self
        try:
            yield self
        finally:
            sys.excepthook = self._previous


def settle(app: QApplication, timeout_s: float = SETTLE_TIMEOUT_S) -> None:
    """Run the event loop until no background task is pending and posted events are done."""
    from PySide6.QtCore import QEventLoop, QThreadPool

    deadline = time.monotonic() + timeout_s
    quiet = 0
    while quiet < 3 and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        busy = tasks.pending() or QThreadPool.globalInstance().activeThreadCount()
        if busy:
            quiet = 0
            tasks.wait_for_threads(50)
        else:
            quiet += 1


class DemoRefused(ValueError):
    """The database is not a demo database (station code DEMO-...); real data is never shown."""


def _is_demo_code(code: str) -> bool:
    return code.upper().startswith(DEMO_CODE_PREFIX)


@contextmanager
def _demo_session(db_url: str) -> Iterator[tuple[QApplication, ServiceContext]]:
    """The demo database opened and signed in as the demo administrator."""
    from stationdesk.services import accounts, settings, station
    from stationdesk.services.database import open_station

    refusal = DemoRefused(
        f"{db_label(db_url)} is not a demo database (its station code must start with DEMO)"
    )
    path = sqlite_file(db_url)
    if path is not None:  # refuse a real station before opening it (which could upgrade it)
        peeked = peek(path)
        if peeked is None or not _is_demo_code(peeked.station_code):
            raise refusal
    app = create_application()
    ctx = open_station(db_url, create=False).ctx
    try:
        profile = station.get_profile(ctx)
        if profile is None or not _is_demo_code(profile.code):
            raise refusal
        install_translators(settings.language(ctx))
        accounts.login(ctx, DEMO_USERNAME, DEMO_PASSWORD)
        yield app, ctx
    finally:
        ctx.actor = None
        tasks.wait_for_threads()
        ctx.engine.dispose()


def _main_window(ctx: ServiceContext, db_url: str) -> MainWindow:
    from stationdesk.ui.main_window import MainWindow

    window = MainWindow(ctx, db_label(db_url), idle_ms=0)
    window.resize(*SCREEN_SIZE)
    return window


def run_smoke(db_url: str, page: str | None = None) -> int:
    """Open the demo database signed in, show ``page`` fully loaded, quit: 0 if nothing failed."""
    from PySide6.QtCore import QEventLoop, QTimer

    key = page or DEFAULT_SMOKE_PAGE
    trap = _ErrorTrap()
    try:
        with trap.installed(), _demo_session(db_url) as (app, ctx):
            window = _main_window(ctx, db_url)
            if key not in window.page_keys():
                print(f"unknown page {key!r}; pages: {', '.join(window.page_keys())}", file=sys.stderr)
                return 2
            window.show()
            window.show_page(key)
            settle(app)
            # One real turn of an event loop once idle. A local loop: quitting the application's
            # own loop here was seen to leave every later event loop of a test run returning at once.
            idle = QEventLoop()
            QTimer.singleShot(0, idle.quit)
            idle.exec()
            window.close()
            settle(app)
    except DemoRefused as refused:
        print(refused, file=sys.stderr)
        return 2
    except Exception as error:
        if not isinstance(getattr(error, "code", None), str):
            raise
        print(f"cannot open {db_label(db_url)}: {error}", file=sys.stderr)
        return 2
    return 1 if trap.count else 0


def _on_screen(widget: QWidget) -> QImage:
    """A dialog as it appears centred on a 1280x800 screen."""
    from PySide6.QtGui import QColor, QImage, QPainter

    grabbed: QPixmap = widget.grab()
    canvas = QImage(*SCREEN_SIZE, QImage.Format.Format_RGB32)
    canvas.fill(QColor("#4a5560"))
    painter = QPainter(canvas)
    painter.drawPixmap(
        (SCREEN_SIZE[0] - grabbed.width()) // 2, (SCREEN_SIZE[1] - grabbed.height()) // 2, grabbed
    )
    painter.end()
    return canvas


def _dialog_shots(
    app: QApplication,
    save: Save,
    openers: Sequence[tuple[Callable[[], QWidget | None], str]],
    prepare: Callable[[QWidget, str], None] | None = None,
) -> None:
    """Open each dialog, let ``prepare`` fill it, save it as it appears on screen, close it."""
    for open_dialog, name in openers:
        dialog = open_dialog()
        if dialog is None:
            continue
        if prepare is not None:
            prepare(dialog, name)
        settle(app)
        save(_on_screen(dialog), name)
        dialog.reject()
        settle(app)


def _training_shots(page: QWidget, app: QApplication, save: Save) -> None:
    """The training page with this year's 智创营 chosen, on each tab (``training.png`` is its
    sessions tab), and the programme, series and enrolment dialogs."""
    from stationdesk.ui.pages.training import PARTICIPANTS_TAB, SESSIONS_TAB, TrainingPage

    assert isinstance(page, TrainingPage)
    window = page.window()
    rows = (page.model.row_at(number) for number in range(page.model.rowCount()))
    camp = next((row for row in rows if row is not None and "智创营" in row.name), None)
    if camp is not None:
        page.select_programme(camp.id)
    for tab, name in ((SESSIONS_TAB, "training"), (PARTICIPANTS_TAB, "training-participants")):
        page.tabs.setCurrentIndex(tab)
        settle(app)
        save(window.grab(), name)
    page.tabs.setCurrentIndex(SESSIONS_TAB)

    def tick_some(dialog: QWidget, name: str) -> None:
        if name == "training-enrol-dialog":
            for typed in ("王", "李"):
                dialog.search.setText(typed)
                dialog.finder.run()
                dialog.finder.pick_row(0)
            dialog.search.setText("张")
            dialog.finder.run()

    openers = (
        (page.edit_programme, "training-programme-dialog"),
        (page.sessions.add_series, "training-series-dialog"),
        (page.participants.enrol_from_registry, "training-enrol-dialog"),
    )
    _dialog_shots(app, save, openers, tick_some)


def _volunteer_shots(page: QWidget, app: QApplication, save: Save) -> None:
    """The volunteers page's teams tab (``volunteers.png`` is its list) and its dialogs."""
    from stationdesk.ui.pages.volunteers import TEAMS_TAB, VOLUNTEERS_TAB, VolunteersPage

    assert isinstance(page, VolunteersPage)
    window = page.window()
    page.tabs.setCurrentIndex(TEAMS_TAB)
    settle(app)
    save(window.grab(), "volunteers-teams")
    _dialog_shots(
        app,
        save,
        (
            (page.teams.add_members, "volunteers-add-members-dialog"),
            (page.teams.edit_team, "volunteers-team-dialog"),
        ),
    )
    page.tabs.setCurrentIndex(VOLUNTEERS_TAB)
    settle(app)
    _dialog_shots(
        app,
        save,
        (
            (page.volunteers.edit_volunteer, "volunteers-profile-dialog"),
            (page.volunteers.new_volunteer, "volunteers-new-dialog"),
            (page.volunteers.import_roster, "volunteers-import-dialog"),
        ),
    )


def render_screenshots(db_url: str, out_dir: Path) -> list[Path]:
    """PNGs of every main-window page (``<page-key>.png``), the login dialog and the first-start
    wizard, at 1280x800, from the demo database (DemoRefused for any other)."""
    import tempfile

    from stationdesk.services import station
    from stationdesk.services.database import open_station
    from stationdesk.store.engine import url_for_path
    from stationdesk.ui.login import LoginDialog
    from stationdesk.ui.wizard import SetupWizard

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(image: QImage | QPixmap, name: str) -> None:
        target = out_dir / f"{name}.png"
        if not image.save(str(target)):
            raise OSError(f"cannot write {target}")
        if target not in written:  # a page shot again in a chosen state (training) is listed once
            written.append(target)

    with _demo_session(db_url) as (app, ctx):
        window = _main_window(ctx, db_url)
        window.show()
        for key in window.page_keys():
            window.show_page(key)
            settle(app)
            save(window.grab(), key)
        if "training" in window.page_keys():  # the camp on each tab, and the training dialogs
            _training_shots(window.show_page("training"), app, save)
        if "volunteers" in window.page_keys():  # the teams tab, and the volunteer dialogs
            _volunteer_shots(window.show_page("volunteers"), app, save)
        if "key_targets" in window.page_keys():  # its second tab: the month's visit coverage
            window.show_page("key_targets").tabs.setCurrentIndex(1)
            settle(app)
            save(window.grab(), "key_targets-coverage")
        window.close()
        profile = station.get_profile(ctx)
        login = LoginDialog(profile.name if profile else "", profile.logo_png if profile else None)
        login.show()
        settle(app)
        save(_on_screen(login), "login")
        login.close()

    with tempfile.TemporaryDirectory() as scratch:
        wizard_ctx = open_station(url_for_path(Path(scratch) / "wizard.sqlite3")).ctx
        try:
            wizard = SetupWizard(wizard_ctx)
            wizard.show()
            settle(app)
            save(_on_screen(wizard), "wizard")
            wizard.close()
            settle(app)
        finally:
            wizard_ctx.engine.dispose()
    return written
