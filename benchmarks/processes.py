"""Whole-process timings against a bare PySide6 window: start-up to login, smoke run, peak memory.

Every process runs offscreen (QT_QPA_PLATFORM=offscreen) several times; the figures are medians.
Peak memory comes from wait4() on each child (its own ru_maxrss, not the max over all children).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from benchmarks.figures import Figure, median

LOGIN_RATIO_TARGET = 1.5
SMOKE_RATIO_TARGET = 4.0
RSS_TARGET_MB = 300.0
TIMEOUT_S = 120.0
EXIT_HOOK = "STATIONDESK_EXIT_WHEN_SHOWN"

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


@dataclass(frozen=True)
class Run:
    seconds: float
    returncode: int
    peak_rss_mb: float
    stderr_tail: str
    timed_out: bool


def run_process(cmd: list[str], env: dict[str, str] | None = None, timeout: float = TIMEOUT_S) -> Run:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=full_env, stdout=subprocess.DEVNULL, stderr=err)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode(errors="replace").strip().splitlines()
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    return Run(
        seconds, proc.returncode, usage.ru_maxrss / scale, lines[-1] if lines else "", seconds >= timeout
    )


def _runs(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> list[Run]:
    results = []
    for _ in range(runs):
        result = run_process(cmd, env)
        results.append(result)
        if result.returncode != 0:
            break
    return results


@cache
def bare_window(runs: int) -> tuple[float, float]:
    """Median seconds and peak RSS (MB) of a bare PySide6 script showing an empty QMainWindow."""
    results = _runs([sys.executable, "-c", BARE_WINDOW], runs)
    if results[-1].returncode != 0:
        raise RuntimeError(f"the bare PySide6 window failed: {results[-1].stderr_tail}")
    return median([r.seconds for r in results]), max(r.peak_rss_mb for r in results)


def _stationdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "stationdesk", *args]


def _app_supports_exit_hook() -> str | None:
    """None if stationdesk.app knows the exit hook, else why the figure cannot be measured yet."""
    spec = importlib.util.find_spec("stationdesk.app")
    if spec is None or spec.origin is None:
        return "not measurable yet: stationdesk.app does not exist"
    if EXIT_HOOK not in Path(spec.origin).read_text(encoding="utf-8"):
        return f"not measurable yet: stationdesk.app does not read {EXIT_HOOK}"
    return None


def startup(db: Path, runs: int) -> list[Figure]:
    bare, bare_rss = bare_window(runs)
    figures = [Figure("bare_window_ms", bare * 1000, "ms", "", None, f"median of {runs}; {bare_rss:.0f} MB")]
    target = f"<= {LOGIN_RATIO_TARGET}x"
    why_not = _app_supports_exit_hook()
    if why_not is None:
        results = _runs(_stationdesk("--db", str(db)), runs, {EXIT_HOOK: "login"})
        last = results[-1]
        if last.timed_out:
            why_not = f"not measurable yet: the GUI did not exit within {TIMEOUT_S:.0f} s"
        elif last.returncode != 0:
            why_not = f"not measurable yet: exit {last.returncode}: {last.stderr_tail}"
    if why_not is not None:
        figures.append(Figure("startup_login_ratio", None, "x", target, None, why_not))
        return figures
    login = median([r.seconds for r in results])
    ratio = login / bare
    figures.append(
        Figure(
            "startup_login_ratio",
            ratio,
            "x",
            target,
            ratio <= LOGIN_RATIO_TARGET,
            f"login shown after {login * 1000:.0f} ms vs bare {bare * 1000:.0f} ms; median of {runs}",
        )
    )
    return figures


def smoke(db: Path, runs: int, years: int) -> list[Figure]:
    bare, _ = bare_window(runs)
    results = _runs(_stationdesk("smoke", "--db", str(db)), runs)
    last = results[-1]
    ratio_target = f"<= {SMOKE_RATIO_TARGET:.0f}x"
    rss_target = f"<= {RSS_TARGET_MB:.0f}"
    if last.returncode != 0 or last.timed_out:
        why = "timed out" if last.timed_out else f"exit {last.returncode}: {last.stderr_tail}"
        return [
            Figure("smoke_ratio", None, "x", ratio_target, None, f"not measurable yet: {why}"),
            Figure("peak_rss_mb", None, "MB", rss_target, None, f"not measurable yet: {why}"),
        ]
    seconds = median([r.seconds for r in results])
    ratio = seconds / bare
    rss = max(r.peak_rss_mb for r in results)
    return [
        Figure(
            "smoke_ratio",
            ratio,
            "x",
            ratio_target,
            ratio <= SMOKE_RATIO_TARGET,
            f"{years}-year demo: {seconds * 1000:.0f} ms vs bare {bare * 1000:.0f} ms; median of {runs}",
        ),
        Figure(
            "peak_rss_mb", rss, "MB", rss_target, rss <= RSS_TARGET_MB, f"smoke process, max of {runs} runs"
        ),
    ]
