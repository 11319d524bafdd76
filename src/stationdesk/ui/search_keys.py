"""The keyboard between a search box and its result list, the same on every page that has one:
Down (or Page Down) from the box enters the list on its first row, Enter in the list picks the
row, Esc or Up on the first row goes back to the box, Esc in the box clears it.

Also the box itself (``search_box``) and searching while typing (``SearchAsYouType``): results
follow the typing a moment after the last key, and Enter searches at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

from stationdesk.ui.fonts import emphasise
from stationdesk.ui.icons import icon

_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)

SEARCH_DELAY_MS = 150
"""How long after the last key a search runs: long enough not to search for every letter."""


def search_box(
    name: str, placeholder: str, *, scale: float = 1.0, room: int = 16, icon_name: str = "search"
) -> QLineEdit:
    """A box to type (or scan) into, with a clear button and a leading icon. ``scale`` enlarges
    its text, for the box a page is built around, and ``room`` is the height it adds to the text."""
    box = QLineEdit(objectName=name)
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.addAction(icon(icon_name), QLineEdit.ActionPosition.LeadingPosition)
    if scale != 1.0:
        emphasise(box, scale, bold=False)
        box.setMinimumHeight(box.fontMetrics().height() + room)
    return box


def page_shortcut(
    page: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]
) -> QShortcut:
    """A shortcut (Ctrl+N, Ctrl+Enter) that works wherever the focus is on ``page``, and only there."""
    shortcut = QShortcut(QKeySequence(keys), page, slot)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return shortcut


def typing_pause(parent: QObject) -> QTimer:
    """A single-shot timer to (re)start on each key: it fires once the typing pauses."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    return timer


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
        self.search = search
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
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self._has_rows():
                self.enter_list()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        elif watched is self._view:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in _PLAIN:
                self._pick()
                return True
            if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and self._view.currentIndex().row() <= 0):
                self.back_to_search()
                return True
        return super().eventFilter(watched, event)


class SearchAsYouType(QObject):
    """Runs ``run`` a moment after the last key, or at once when the box is emptied (``cleared``
    then, not ``run``). ``search_now()`` (Enter) runs it without waiting: a single match, such as
    the one person a scanned ID number finds, is taken by ``take_only``; several lead into the list."""

    def __init__(
        self,
        keys: SearchListKeys,
        run: Callable[[], None],
        *,
        count: Callable[[], int],
        take_only: Callable[[], None],
        cleared: Callable[[], None],
    ) -> None:
        super().__init__(keys)
        self._keys = keys
        self._run = run
        self._count = count
        self._take_only = take_only
        self._cleared = cleared
        self._timer = typing_pause(self)
        self._timer.timeout.connect(run)
        keys.search.textChanged.connect(self._typed)

    def stop(self) -> None:
        """Forget a search still waiting for the typing to pause."""
        self._timer.stop()

    def search_now(self) -> None:
        self._timer.stop()
        if not self._keys.search.text().strip():
            return
        self._run()
        found = self._count()
        if found == 1:
            self._take_only()
        elif found > 1:
            self._keys.enter_list()

    def _typed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self._cleared()
