"""Errors of the sync container: a refused file, a failed safe write.

Both are ValidationErrors (stable ``code``, English ``message``, small ``params``), so the UI and
the command line show them like any other refused input. ``params`` never carry file contents.
"""

from __future__ import annotations

from collections.abc import Mapping

from stationdesk.domain.errors import ValidationError


class BundleRefused(ValidationError):
    """A bundle, receipt or enrolment file was refused before anything in it was returned.

    Codes: ``bundle.*`` (bundles), ``receipt.*`` (receipts), ``enrolment.*`` (enrolment files and
    their QR text); the full list is in docs/sync.md ("Refusals").
    """

    def __init__(self, code: str, message: str, params: Mapping[str, object] | None = None):
        super().__init__(code, message, params)


class WriteFailed(ValidationError):
    """A safe write did not complete: nothing (no partial file) was left at the target.

    Codes: ``sync.file_exists``, ``sync.write_failed`` (an OS error, e.g. a full or removed stick),
    ``sync.verify_failed`` (the file read back differs from what was written).
    """

    def __init__(self, code: str, message: str, params: Mapping[str, object] | None = None):
        super().__init__(code, message, params)
