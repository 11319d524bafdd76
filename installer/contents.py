"""What the frozen StationDesk carries, in one place: read by stationdesk.spec, build.py, smoke.py and
the tests. Plain Python without PyInstaller, so the tests can check it without building anything.

The app reaches its data files through importlib.resources (src/stationdesk/assets.py) and Alembic
loads the migration scripts as FILES, so both folders go into the bundle as data, file by file, at
the same place below ``stationdesk/`` as in the source tree.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PACKAGE = SRC / "stationdesk"
DATA_FOLDERS = ("resources", "store/migrations")
"""Folders below src/stationdesk/ whose every file the app may open at run time."""
SKIPPED_NAMES = ("__pycache__",)
SKIPPED_SUFFIXES = (".pyc", ".pyo")

GUI_NAME = "StationDesk"
CLI_NAME = "stationdesk-cli"
"""Not ``stationdesk``: StationDesk.exe and stationdesk.exe are one file on Windows (and macOS)
file systems, which ignore case; the Linux packages put ``stationdesk`` on the PATH as a link."""

APP_ID = "stationdesk"
"""The desktop-file / icon / package name on Linux."""
ICON = PACKAGE / "resources" / "icons" / "stationdesk.png"
ICON_SIZES = (16, 32, 48, 64, 128, 256)

EXCLUDED_MODULES = (
    # Qt modules StationDesk never imports (it uses QtCore, QtGui, QtWidgets, QtPdf, QtPdfWidgets,
    # QtPrintSupport). The Qt *libraries* QtNetwork and QtDBus stay: libQt6Pdf and libQt6Gui link them
    # (and PySide6.QtGui imports the QtDBus binding, so that one stays too).
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtQmlFeatures",
    "PySide6.Qt3DCore",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    # Other toolkits qtpy (qtawesome's shim) would try, and developer tools.
    "PyQt5",
    "PyQt6",
    "PySide2",
    "tkinter",
    "_tkinter",
    "IPython",
    "numpy",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "importlinter",
    "grimp",
    "ruff",
    "setuptools",
    "pip",
    "qtawesome.icon_browser",
    "pkg_resources",  # python-stdnum's fallback for Python < 3.9
    "pygments",  # only Mako's and rich's syntax colouring
    # Pillow serves reportlab's pictures (the station logo: PNG, JPEG, GIF, BMP): not AVIF (5 MB of
    # codec), WebP, or its Qt/Tk bridges.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL._imagingtk",
)

KEPT_QT_PLUGINS = {
    # plugin folder -> plugin files kept (without "lib"/".so"/".dll"); folders not named are dropped.
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qwindows", "qminimal"),
    "platformthemes": ("qxdgdesktopportal",),  # native file dialogs through the desktop portal
    "platforminputcontexts": ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
    "xcbglintegrations": ("qxcb-egl-integration", "qxcb-glx-integration"),
    "wayland-decoration-client": ("bradient",),
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl",),
    "wayland-shell-integration": ("xdg-shell",),
    "imageformats": ("qjpeg", "qgif", "qico"),  # the station logo: png/bmp are built in
    "printsupport": ("cupsprintersupport", "windowsprintersupport"),
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle"),
}
"""Dropped on purpose: the gtk3 theme (it would load the PC's GTK next to the bundled GLib of the build
machine; Qt's own dialogs are used instead), tls and networkinformation (no network use),
eglfs/linuxfb/vnc/vkkhrdisplay platforms and evdev input (kiosk devices, not desktops), the virtual
keyboard (pulls in QtQuick), iconengines/svg and the svg/pdf/tiff/webp/tga/icns/wbmp image formats
(no such pictures), sqldrivers, qmltooling, designer."""

QT_TRANSLATION_LANGUAGES = ("zh_CN", "zh_TW", "en")
"""Qt's own .qm files kept (qtbase_zh_CN turns OK/Cancel into 确定/取消); all others are dropped."""


def version() -> str:
    """The package's version (src/stationdesk/__init__.py), read without importing stationdesk."""
    text = (PACKAGE / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise RuntimeError("no __version__ in src/stationdesk/__init__.py")
    return found.group(1)


def data_files() -> list[Path]:
    """Every file of DATA_FOLDERS (sorted), the bytecode caches left out."""
    found: list[Path] = []
    for folder in DATA_FOLDERS:
        for path in sorted((PACKAGE / folder).rglob("*")):
            if not path.is_file() or path.suffix in SKIPPED_SUFFIXES:
                continue
            if any(part in SKIPPED_NAMES for part in path.relative_to(PACKAGE).parts):
                continue
            found.append(path)
    return found


def app_datas() -> list[tuple[str, str]]:
    """PyInstaller ``datas`` entries: (source file, folder inside the bundle), one per data file."""
    return [
        (str(path), str(PurePosixPath("stationdesk", *path.relative_to(PACKAGE).parent.parts)))
        for path in data_files()
    ]


def app_modules() -> list[str]:
    """Every stationdesk module: some are imported by a name built at run time (ledgers, printouts)."""
    migrations = PACKAGE / "store" / "migrations"
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if migrations in path.parents or path.parent == migrations:
            continue
        parts = path.relative_to(SRC).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def migration_imports() -> list[str]:
    """Modules the migration scripts import: PyInstaller cannot see them, the scripts being data."""
    names: set[str] = set()
    for path in data_files():
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return sorted(names)


def hidden_imports() -> list[str]:
    return sorted({*app_modules(), *migration_imports()})


def kept_qt_plugin(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) is kept; anything not a Qt plugin is."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return True
    index = parts.index("plugins")
    if len(parts) < index + 3 or parts[index - 1] != "Qt":
        return True
    folder, name = parts[index + 1], parts[-1]
    stem = name.split(".", 1)[0].removeprefix("lib")
    return stem in KEPT_QT_PLUGINS.get(folder, ())


def kept_qt_translation(dest: str) -> bool:
    """Qt's own translations: only those of StationDesk's languages; anything else is kept."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if len(parts) < 2 or parts[-2] != "translations" or not parts[-1].endswith(".qm"):
        return True
    stem = parts[-1].removesuffix(".qm")
    return any(stem.endswith("_" + language) for language in QT_TRANSLATION_LANGUAGES)


def executable_name(name: str) -> str:
    return name + ".exe" if sys.platform == "win32" else name
