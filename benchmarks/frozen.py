"""The frozen build (installer/build.py): frozen_cold_start_ratio, frozen_main_window_ratio,
frozen_bundle_mb, frozen_tarball_mb.

The cold start is a new process until the first window has painted (the login dialog; the hook
STATIONDESK_EXIT_WHEN_SHOWN=login ends it there); the main window one is ``smoke --page reception``
(signed in as the command line, the main window and the reception page shown, then quit: every module
the desk needs loaded from the bundle). Both offscreen, for the frozen StationDesk against the same
app from this Python (``python -m stationdesk``); the runs alternate, after one unmeasured run of each
(the OS file cache is warm for both, as on a PC that has started StationDesk before). The bundle is
built into dist/ when missing or older than the sources.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks import processes
from benchmarks.figures import Figure, median

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
RATIO_TARGET = 1.2
sys.path.insert(0, str(ROOT / "installer"))
import contents  # noqa: E402


def _folder_mb(path: Path) -> float:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink()) / 1_000_000


def _tarball() -> Path:
    return DIST / f"StationDesk-{contents.version()}-linux-x86_64.tar.gz"


def _stale(program: Path) -> bool:
    if not program.exists() or not _tarball().exists():
        return True
    built = program.lstat().st_mtime
    sources = [*contents.PACKAGE.rglob("*"), *(ROOT / "installer").rglob("*")]
    return any(p.is_file() and p.stat().st_mtime > built for p in sources)


def ensure_built() -> str | None:
    """None when dist/ holds a current build (built now if needed), else why it could not be built."""
    program = DIST / contents.GUI_NAME / contents.executable_name(contents.GUI_NAME)
    if not _stale(program):
        return None
    print("  building the frozen bundle (installer/build.py --tarball) ...", file=sys.stderr, flush=True)
    command = [sys.executable, str(ROOT / "installer" / "build.py"), "--dist", str(DIST), "--tarball"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = (result.stderr.strip().splitlines() or ["?"])[-1]
        return f"not measurable: the build failed ({tail}); is the build extra (.[build]) installed?"
    return None


def run(db: Path, runs: int) -> list[Figure]:
    why_not = ensure_built()
    if why_not is not None:
        return [Figure(name, None, unit, "", None, why_not) for name, unit in _NAMES]
    folder = DIST / contents.GUI_NAME
    gui = str(folder / contents.executable_name(contents.GUI_NAME))
    cli = str(folder / contents.executable_name(contents.CLI_NAME))
    venv = [sys.executable, "-m", "stationdesk"]
    login = _alternate([gui, "--db", str(db)], [*venv, "--db", str(db)], {processes.EXIT_HOOK: "login"}, runs)
    window_args = ["smoke", "--page", "reception", "--db", str(db)]
    window = _alternate([cli, *window_args], [*venv, *window_args], {}, runs)
    bundle = _folder_mb(folder)
    tarball = _tarball().stat().st_size / 1_000_000
    return [
        _ratio("frozen_cold_start_ratio", "login shown", login, runs),
        _ratio("frozen_main_window_ratio", "main window with the reception page, then quit", window, runs),
        Figure("frozen_bundle_mb", bundle, "MB", "", None, f"dist/{contents.GUI_NAME}/ unpacked"),
        Figure("frozen_tarball_mb", tarball, "MB", "", None, _tarball().name),
    ]


def _alternate(
    frozen_cmd: list[str], venv_cmd: list[str], env: dict[str, str], runs: int
) -> tuple[list[float], list[float], str]:
    """Seconds of each run of the frozen and the venv command, alternating after one unmeasured run
    of each; a failure ends it with its reason."""
    frozen: list[float] = []
    venv: list[float] = []
    for attempt in range(runs + 1):
        for cmd, times in ((frozen_cmd, frozen), (venv_cmd, venv)):
            result = processes.run_process(cmd, env)
            if result.returncode != 0 or result.timed_out:
                return frozen, venv, f"{Path(cmd[0]).name}: exit {result.returncode}: {result.stderr_tail}"
            if attempt:
                times.append(result.seconds)
    return frozen, venv, ""


def _ratio(name: str, what: str, timed: tuple[list[float], list[float], str], runs: int) -> Figure:
    frozen, venv, failure = timed
    target = f"<= {RATIO_TARGET}x"
    if failure:
        return Figure(name, None, "x", target, None, f"not measurable: {failure}")
    ratio = median(frozen) / median(venv)
    detail = f"{what}: {median(frozen) * 1000:.0f} ms frozen vs {median(venv) * 1000:.0f} ms from the venv"
    return Figure(name, ratio, "x", target, ratio <= RATIO_TARGET, f"{detail}; median of {runs}")


_NAMES = (
    ("frozen_cold_start_ratio", "x"),
    ("frozen_main_window_ratio", "x"),
    ("frozen_bundle_mb", "MB"),
    ("frozen_tarball_mb", "MB"),
)
