"""Who will own a piece of reception work: a combo of the colleagues who may (services.follow_ups.workers).

The signed-in user comes first, marked "(me)", and is the default: most work stays with the
person at the desk, and giving it to a colleague is the deliberate choice.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from stationdesk.services.follow_ups import Worker
from stationdesk.ui.text import fmt


class WorkerCombo(QComboBox):
    """``worker_id()`` is the chosen user's id (None when no one may own work)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_workers(
        self, workers: Sequence[Worker], me_id: str | None, selected_id: str | None = None
    ) -> None:
        """Fill the list; select ``selected_id`` if it is there, else the signed-in user."""
        self.blockSignals(True)
        self.clear()
        mine = [w for w in workers if w.id == me_id]
        for worker in mine:
            self.addItem(fmt(self.tr("%1 (me)"), worker.display_name), worker.id)
        for worker in workers:
            if worker.id != me_id:
                self.addItem(worker.display_name, worker.id)
        self.blockSignals(False)
        for wanted in (selected_id, me_id):
            if wanted is not None and self.select(wanted):
                return
        self.setCurrentIndex(0 if self.count() else -1)

    def select(self, worker_id: str) -> bool:
        index = self.findData(worker_id)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    def worker_id(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None
