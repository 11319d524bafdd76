"""The one way slow work leaves the GUI thread (anki's QueryOp idea, much smaller).

``run_task(work, on_done, on_error)`` runs ``work()`` on a QThreadPool thread and calls exactly one
of the callbacks back on the GUI thread. ``work`` must not touch widgets; the callbacks may.
Imported before the login dialog appears, so it stays light.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_running: set[Task] = set()


class Task(QObject):
    """One piece of background work; ``done``/``failed`` are delivered on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    _result = Signal(object)
    _error = Signal(object)

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work
        self.finished = False
        # The private signals are emitted from the worker thread; this object lives in the GUI
        # thread, so Qt queues the calls to its slots there.
        self._result.connect(self._on_result)
        self._error.connect(self._on_error)

    def run_here(self) -> None:
        """Runs the work in the calling thread (the pool calls this)."""
        try:
            value = self._work()
        except BaseException as exc:
            self._error.emit(exc)
        else:
            self._result.emit(value)

    @Slot(object)
    def _on_result(self, value: object) -> None:
        self.finished = True
        _running.discard(self)
        self.done.emit(value)

    @Slot(object)
    def _on_error(self, error: object) -> None:
        self.finished = True
        _running.discard(self)
        self.failed.emit(error)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run_here()


def run_task(
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    """Start ``work`` in the background. Without ``on_error`` an exception is re-raised on the GUI
    thread, where the application's exception hook reports it."""
    task = Task(work)
    if on_done is not None:
        task.done.connect(on_done)
    task.failed.connect(on_error if on_error is not None else _reraise)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def _reraise(error: BaseException) -> None:
    raise error


def pending() -> int:
    """Tasks started whose result has not yet been delivered."""
    return len(_running)


def wait_for_threads(timeout_ms: int = 30_000) -> bool:
    """Blocks until no worker thread runs (used at exit and in smoke runs); results still need
    the event loop to arrive."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
