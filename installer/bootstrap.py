"""Set up StationDesk from a source checkout with nothing but Python >= 3.11, then start it or test it.

    python installer/bootstrap.py app    # install into .venv and start StationDesk
    python installer/bootstrap.py test   # install with test tools and run every test and check

Works the same on Windows and Linux. Exact dependency versions come from constraints.txt, so every
station PC and CI run the same build.
"""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
CONSTRAINTS = ROOT / "constraints.txt"
LINUX_QT_LIBRARIES = {  # library -> Debian/Ubuntu package
    "GL": "libgl1",
    "EGL": "libegl1",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "glib-2.0": "libglib2.0-0",
    "dbus-1": "libdbus-1-3",
    "gssapi_krb5": "libgssapi-krb5-2",  # QtPdf (the print preview)
    "cups": "libcups2",  # the system print dialog's printers
}


def _venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    completed = subprocess.run([str(a) for a in args], cwd=ROOT, env=env, check=False)
    if completed.returncode:
        raise SystemExit(completed.returncode)


def _check_linux_libraries() -> None:
    if not sys.platform.startswith("linux"):
        return
    missing = [pkg for lib, pkg in LINUX_QT_LIBRARIES.items() if ctypes.util.find_library(lib) is None]
    if missing:
        print(
            "Qt needs these system packages first:\n"
            f"  sudo apt-get install {' '.join(missing)} fonts-wqy-microhei",
            file=sys.stderr,
        )
        raise SystemExit(1)


def install(with_tests: bool) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 (this script may be started by an older Python)
        raise SystemExit("StationDesk needs Python 3.11 or newer.")
    _check_linux_libraries()
    if not _venv_python().exists():
        venv.create(VENV, with_pip=True)
    python = _venv_python()
    target = ".[test,build]" if with_tests else "."  # build: PyInstaller, for the smoke test of the bundle
    _run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "-c",
        CONSTRAINTS,
        "-e",
        target,
    )
    return python


def run_tests(python: Path) -> None:
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    scripts = python.parent
    _run(scripts / "ruff", "check", "src", "tests", "benchmarks", "installer", "i18n", "resources", env=env)
    _run(scripts / "lint-imports", env=env)
    # One test process per core (pytest-xdist): the suite is ~1,700 tests, each on its own database.
    _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "auto", env=env)
    if sys.platform.startswith("linux"):  # the installer's bundle, built and smoke-tested as it ships
        _run(python, ROOT / "installer" / "build.py", "--tarball", "--deb", "--smoke", env=env)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    python = install(with_tests=argv[0] == "test")
    if argv[0] == "test":
        run_tests(python)
        return 0
    return subprocess.run([str(python), "-m", "stationdesk", *argv[1:]], cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
