"""Refusals shown next to the field they concern: a message line per field or group, the error
codes each one owns, and where the cursor goes. Forms and pages share it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from stationdesk.ui.settings_common import InlineMessage


class FieldMessages:
    """``own(codes, message, focus)`` for each field; ``show(error)`` puts a refusal under its field
    (False when no field owns its code: the caller shows it under the form)."""

    def __init__(self) -> None:
        self._owners: dict[str, tuple[InlineMessage, QWidget]] = {}
        self._messages: list[InlineMessage] = []

    def own(self, codes: Iterable[str], message: InlineMessage, focus: QWidget) -> None:
        if message not in self._messages:
            self._messages.append(message)
        for code in codes:
            self._owners[code] = (message, focus)

    def message_for(self, code: str) -> InlineMessage | None:
        """The message line that shows refusals with ``code`` (None: shown under the form)."""
        owner = self._owners.get(code)
        return owner[0] if owner is not None else None

    def show(self, error: BaseException) -> bool:
        owner = self._owners.get(str(getattr(error, "code", "")))
        if owner is None:
            return False
        message, focus = owner
        message.show_problem(error)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear(self) -> None:
        for message in self._messages:
            message.clear_message()
