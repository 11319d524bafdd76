"""Errors raised by the domain layer.

The Qt-free layers never translate text: they raise a stable ``code`` plus ``params``
and the UI maps the code to a translated message. ``str(error)`` is only an English
fallback for logs and tests.
"""

from __future__ import annotations

from collections.abc import Mapping


class ValidationError(ValueError):
    """A user-supplied value was refused; ``code`` is stable, the message is not.

    Params must never carry the refused personal data itself (ID or phone numbers end
    up in logs), only small facts such as an expected length or check character.
    """

    code: str
    params: dict[str, object]

    def __init__(self, code: str, message: str | None = None, params: Mapping[str, object] | None = None):
        self.code = code
        self.params = dict(params or {})
        super().__init__(message or code)

    def __reduce__(self) -> tuple[type[ValidationError], tuple[str, str, dict[str, object]]]:
        # The default exception pickling would call __init__ with the message only.
        return (type(self), (self.code, str(self), self.params))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {str(self)!r}, {self.params!r})"
