"""Site identity: a database file copied to another machine gets a site id of its own.

The fingerprint of a machine is a stable hash of ``uuid.getnode()`` (a MAC address) and
``platform.node()`` (the host name); the environment variable ``STATIONDESK_MACHINE_FINGERPRINT``
overrides it (tests, and scripted exchanges between databases on one machine). On opening a
database, before its first write: no fingerprint stored yet -> this machine's is recorded; a
different one -> the database is a copy: a new site id is minted, the old one kept in
``site_history``, the signing key cleared (the key helper makes a new one on demand) and the event
audited (``site.copy_detected``). Two copies on ONE machine are not told apart.
"""

from __future__ import annotations

import hashlib
import os
import platform
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from stationdesk.domain.clock import HybridLogicalClock
from stationdesk.domain.ids import new_id

ENV_OVERRIDE = "STATIONDESK_MACHINE_FINGERPRINT"
AUDIT_ACTION = "site.copy_detected"


def machine_fingerprint() -> str:
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        return override[:64]
    raw = f"{uuid.getnode():012x}|{platform.node()}".encode()
    return hashlib.sha256(raw).hexdigest()[:32]


@dataclass(frozen=True)
class Identity:
    site_id: str
    previous_site_id: str | None  # set when this open re-minted the id (a copy)


def ensure_identity(engine: Engine, fingerprint: str | None = None, *, copied: bool = False) -> Identity:
    """Record or check this machine's fingerprint; re-mint the site id of a copied database.
    ``copied``: the caller knows the file is a copy of another site's database (a new PC joining
    its station from a backup, services/join.py), so it is re-minted even when the fingerprint does
    not tell (a backup taken on this machine, or from before fingerprints were stored)."""
    fingerprint = fingerprint or machine_fingerprint()
    with engine.begin() as conn:
        cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        site_id, stored = cur.execute("SELECT site_id, machine_fingerprint FROM local_site").fetchone()
        if stored == fingerprint and not copied:
            return Identity(site_id, None)
        if stored is None and not copied:
            cur.execute("UPDATE local_site SET machine_fingerprint = ?", (fingerprint,))
            return Identity(site_id, None)
        now = datetime.now().isoformat(" ")
        new_site = new_id()
        cur.execute(
            "INSERT INTO site_history (site_id, machine_fingerprint, replaced_at, reason) VALUES (?,?,?,?)",
            (site_id, stored, now, "joined" if copied else "copied"),
        )
        cur.execute(
            "UPDATE local_site SET site_id = ?, machine_fingerprint = ?, signing_key = NULL",
            (new_site, fingerprint),
        )
        last = cur.execute("SELECT max(hlc) FROM change_log").fetchone()[0] or 0
        cur.execute(
            "INSERT INTO audit_event (id, site_id, hlc, at, actor_id, actor_name, action, record_type, "
            "record_id, reason, detail) VALUES (?,?,?,?,NULL,'',?,'site',?,'',?)",
            (
                new_id(),
                new_site,
                HybridLogicalClock(last).tick(),
                now,
                AUDIT_ACTION,
                new_site,
                f"copy of site {site_id} opened on another machine",
            ),
        )
        return Identity(new_site, site_id)
