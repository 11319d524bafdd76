"""Who will own a piece of reception work: a combo of the colleagues who may (services.follow_ups.workers).

The signed-in user comes first, marked "(me)", and is the default: most work stays with the
person at the desk, and giving it to a colleague is the deliberate choice.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from stationdesk.services.follow_ups import Worker
from stationdesk.ui.text import fmt


def choose_data(combo: QComboBox, data: object) -> bool:
    """Make the item holding ``data`` current; False, and nothing changes, when none holds it."""
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


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
        return choose_data(self, worker_id)

    def worker_id(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None


MINE = "mine"
EVERYONE = "everyone"


class OwnerFilter(QComboBox):
    """A list filter by owner: Mine (for whoever may own work), Everyone, then each colleague.

    ``owner_id()`` is the user whose work to show, None for everyone's. The choice survives a
    reload of the colleagues. ``texts`` are the words for Mine and Everyone where a page has its own.
    """

    def __init__(
        self, object_name: str, parent: QWidget | None = None, *, texts: tuple[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._me: str | None = None
        self._texts = texts

    def set_workers(self, workers: Sequence[Worker], me_id: str | None) -> None:
        """``me_id`` None: the user owns no work (a viewer): no "Mine", Everyone comes first."""
        chosen = self.currentData()
        self._me = me_id
        self.blockSignals(True)
        self.clear()
        mine, everyone = self._texts or (self.tr("Mine"), self.tr("Everyone"))
        if me_id is not None:
            self.addItem(mine, MINE)
        self.addItem(everyone, EVERYONE)
        for worker in workers:
            if worker.id != me_id:
                self.addItem(worker.display_name, worker.id)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)

    def choose(self, choice: str) -> bool:
        """MINE, EVERYONE or a colleague's user id."""
        return choose_data(self, choice)

    def owner_id(self) -> str | None:
        choice = self.currentData()
        if choice == MINE:
            return self._me
        return None if choice in (EVERYONE, None) else str(choice)
