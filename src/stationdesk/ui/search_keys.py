"""The keyboard between a search box and its result list, the same on every page that has one:
Down (or Page Down) from the box enters the list on its first row, Enter in the list picks the
row, Esc or Up on the first row goes back to the box, Esc in the box clears it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make ``row`` of the view's model current and selected, and scroll to it."""
    index = view.model().index(row, 0)
    if index.isValid():
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(index, flags)
        view.scrollTo(index)


class SearchListKeys(QObject):
    """Installs itself on ``search`` and ``view``; ``pick`` is called for Enter in the list."""

    def __init__(
        self,
        search: QLineEdit,
        view: QAbstractItemView,
        *,
        has_rows: Callable[[], bool],
        pick: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self._search = search
        self._view = view
        self._has_rows = has_rows
        self._pick = pick
        search.installEventFilter(self)
        view.installEventFilter(self)

    def enter_list(self) -> None:
        if not self._view.currentIndex().isValid():
            select_row(self._view, 0)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def back_to_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self._search:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self._has_rows():
                self.enter_list()
                return True
            if key == Qt.Key.Key_Escape and self._search.text():
                self._search.clear()
                return True
        elif watched is self._view:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in _PLAIN:
                self._pick()
                return True
            if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and self._view.currentIndex().row() <= 0):
                self.back_to_search()
                return True
        return super().eventFilter(watched, event)
