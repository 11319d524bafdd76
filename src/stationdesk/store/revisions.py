"""The schema revisions this StationDesk knows, read from the migration file names (stdlib only).

Migration files are named ``NNNN_description.py`` with revision ``NNNN`` in a single linear
chain, so the head is the largest number. Reading names instead of importing Alembic keeps
start-up fast (Alembic costs about 0.5 s to import); a test checks this agrees with Alembic.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_NAME = re.compile(r"^(\d{4})_\w+\.py$")


@cache
def known_revisions() -> frozenset[str]:
    versions = files("stationdesk.store") / "migrations" / "versions"
    return frozenset(m.group(1) for entry in versions.iterdir() if (m := _NAME.match(entry.name)))


def head_revision() -> str:
    return max(known_revisions())
