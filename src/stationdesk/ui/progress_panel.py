"""A progress bar with Cancel for one piece of work running off the GUI thread (a sync exchange,
a report or ledger being written).

``start(text, work)`` runs ``work(progress)`` through ui/tasks.run_task; ``progress(done, total)``
is the callback the services take. Each call reaches the bar through a queued signal, and after
Cancel the next call raises ``Cancelled``: the service stops and leaves no file and no write
behind. Exactly one of ``succeeded`` / ``failed`` follows (``failed`` carries ``Cancelled`` too).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from stationdesk.services.errors import Cancelled
from stationdesk.ui.tasks import Task, run_task
from stationdesk.ui.text import fmt

Progress = Callable[[int, int], None]


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it, so the bar is updated there."""

    progressed = Signal(int, int)


class ProgressPanel(QFrame):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncProgress")
        self.label = QLabel(objectName="syncProgressLabel")
        self.bar = QProgressBar(objectName="syncProgressBar")
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="syncCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addLayout(row)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._show)
        self._cancel: threading.Event | None = None
        self._describe: Callable[[int, int], str] = lambda done, total: ""
        self._finishing: Callable[[int], str] | None = None
        self.task: Task | None = None
        self.hide()

    def busy(self) -> bool:
        return self._cancel is not None

    def start(
        self,
        text: str,
        work: Callable[[Progress], Any],
        *,
        describe: Callable[[int, int], str] | None = None,
        finishing: Callable[[int], str] | None = None,
    ) -> None:
        """Show ``text`` and run ``work(progress)`` in the background. ``describe(done, total)``
        words a step (default: ``text (done of total)``); with ``finishing(total)``, the steps all
        counted, the bar turns busy under those words (the rest of the work is not counted)."""
        cancel = threading.Event()
        relay = self._relay

        def progress(done: int, total: int) -> None:  # runs on the worker thread
            if cancel.is_set():
                raise Cancelled()
            relay.progressed.emit(done, total)

        self._cancel = cancel
        self._describe = describe or (lambda done, total: fmt(self.tr("%1 (%2 of %3)"), text, done, total))
        self._finishing = finishing
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()
        self.task = run_task(lambda: work(progress), self._done, self._failed)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _show(self, done: int, total: int) -> None:
        if self._cancel is None or self._cancel.is_set():
            return
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        if self._finishing is not None and done >= total:
            self.bar.setRange(0, 0)
            self.label.setText(self._finishing(total))
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))
        self.label.setText(self._describe(done, total))

    def _end(self) -> None:
        self._cancel = None
        self.hide()

    def _done(self, value: object) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self._end()
        self.succeeded.emit(value)

    def _failed(self, error: BaseException) -> None:
        self._end()
        self.failed.emit(error)
