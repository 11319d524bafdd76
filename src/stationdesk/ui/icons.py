"""The one icon registry: app names -> qtawesome specs. Widgets never spell "fa5s.*" themselves.

qtawesome loads its icon font on the first icon (about 90 ms), so this module is imported only
after the login dialog is on screen.
"""

from __future__ import annotations

from functools import cache

import qtawesome
from PySide6.QtGui import QIcon

_SPECS: dict[str, str] = {
    "reception": "mdi6.account-tie-voice",
    "residents": "mdi6.account-group",
    "referrals": "mdi6.transit-transfer",
    "key_targets": "mdi6.home-heart",
    "notice": "mdi6.clipboard-list",
    "volunteers": "mdi6.hand-heart",
    "training": "mdi6.school",
    "reports": "mdi6.file-chart",
    "sync": "mdi6.usb-flash-drive",
    "settings": "mdi6.cog",
    "add": "mdi6.account-plus",
    "edit": "mdi6.pencil",
    "remove": "mdi6.delete",
    "save": "mdi6.content-save",
    "search": "mdi6.magnify",
    "reveal": "mdi6.eye",
    "lock": "mdi6.lock",
    "logout": "mdi6.logout",
    "user": "mdi6.account",
    "users": "mdi6.account-key",
    "station": "mdi6.home-city",
    "language": "mdi6.translate",
    "tag": "mdi6.tag",
    "warning": "mdi6.alert",
    "info": "mdi6.information",
    "print": "mdi6.printer",
    "refresh": "mdi6.refresh",
    "audit": "mdi6.clipboard-text-clock",
    "follow_ups": "mdi6.calendar-clock",
    "new": "mdi6.plus",
    "done": "mdi6.check-circle",
    "reassign": "mdi6.account-switch",
    "timeline": "mdi6.timeline-text",
    "due_today": "mdi6.clock-alert-outline",
    "categories": "mdi6.format-list-bulleted-type",
    "rename": "mdi6.rename",
    "visit": "mdi6.door-open",
    "enrol": "mdi6.account-star",
    "tier": "mdi6.swap-vertical",
    "exempt": "mdi6.account-clock",
    "exempt_end": "mdi6.calendar-check",
    "end_enrolment": "mdi6.account-off",
    "previous": "mdi6.chevron-left",
    "next": "mdi6.chevron-right",
    "today": "mdi6.calendar-today",
    "partners": "mdi6.handshake",
    "add_partner": "mdi6.account-multiple-plus",
    "retire": "mdi6.archive-arrow-down",
    "scan": "mdi6.barcode-scan",
    "accept": "mdi6.check",
    "reject": "mdi6.undo-variant",
    "revoke": "mdi6.cancel",
    "open": "mdi6.open-in-new",
    "calendar_repeat": "mdi6.calendar-sync",
    "withdraw": "mdi6.account-minus",
    "restore": "mdi6.archive-arrow-up",
    "roster_file": "mdi6.file-excel",
    "roster_paste": "mdi6.content-paste",
    "roster_new": "mdi6.account-plus-outline",
    "roster_matched": "mdi6.account-check",
    "roster_already": "mdi6.check-all",
    "roster_refused": "mdi6.close-circle",
    "roster_enrol": "mdi6.account-multiple-plus",
    # the Sync page (issue 7)
    "export_file": "mdi6.file-export",
    "import_file": "mdi6.file-import",
    "qr_code": "mdi6.qrcode",
    "conflict": "mdi6.call-split",
    "backup": "mdi6.database-export",  # Settings: back up the database (issue 8)
    "join_station": "mdi6.database-import",  # first start: join a station from its backup
}


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    """The icon for an app name (in ``color``, e.g. "#b3261e", when given); KeyError on an
    unknown name so typos fail in tests."""
    spec = _SPECS[name]
    return qtawesome.icon(spec, color=color) if color else qtawesome.icon(spec)


def names() -> list[str]:
    return sorted(_SPECS)
