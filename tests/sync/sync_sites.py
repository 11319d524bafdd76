"""Sites for the sync tests: one set-up seed station copied to several machines (each copy opened
with its own fingerprint gets its own site id), Core writes stamped like the services', exchanges,
and table dumps to compare."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text

from stationdesk.services import accounts
from stationdesk.services.context import ServiceContext
from stationdesk.services.database import open_station
from stationdesk.services.station import StationProfile
from stationdesk.store.engine import url_for_path
from stationdesk.sync.apply import ApplyResult, apply_changes
from stationdesk.sync.changes import export_changes
from stationdesk.sync.changeset import ChangeSet, decode, encode
from stationdesk.sync.tables import tables

ADMIN_PASSWORD = "admin-pass-1"


@dataclass
class Site:
    name: str
    path: Path
    ctx: ServiceContext

    @property
    def engine(self) -> Engine:
        return self.ctx.engine

    @property
    def stamper(self):
        return self.ctx.sessions.kw["info"]["stamper"]

    def export(self, since: dict[str, int] | None = None, audience: str = "station") -> bytes:
        return encode(export_changes(self.engine, since, audience))

    def apply(self, payload: bytes | ChangeSet, **kw: object) -> ApplyResult:
        changeset = decode(payload) if isinstance(payload, bytes) else payload
        return apply_changes(self.engine, changeset, stamper=self.stamper, **kw)  # type: ignore[arg-type]

    def insert(self, table: str, **values: object) -> str:
        row = self.stamper.new_row(**{**tables()[table].placeholders, **values})
        cols = ", ".join(row)
        with self.engine.begin() as conn:
            conn.execute(
                text(f"INSERT INTO {table} ({cols}) VALUES ({', '.join(':' + c for c in row)})"), row
            )
        return row["id"]  # type: ignore[return-value]

    def update(self, table: str, row_id: str, **values: object) -> None:
        """Like the services' sessions: only fields whose value changes, and no write (no new stamp)
        when none does."""
        with self.engine.begin() as conn:
            old = conn.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id}).mappings().one()
            values = {k: v for k, v in values.items() if old[k] != v}
            if not values:
                return
            current = old["hlc"]
            stamp = self.stamper.clock.observe(current)
            sets = ", ".join(f"{k} = :{k}" for k in values)
            conn.execute(
                text(f"UPDATE {table} SET {sets}, hlc = :hlc, site_id = :site WHERE id = :id"),
                {**values, "hlc": stamp, "site": self.stamper.site_id, "id": row_id},
            )

    def value(self, table: str, row_id: str, field: str) -> object:
        with self.engine.connect() as conn:
            return conn.execute(text(f"SELECT {field} FROM {table} WHERE id = :id"), {"id": row_id}).scalar()

    def dump(self) -> dict[str, list[tuple]]:
        with self.engine.connect() as conn:
            return {
                t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY id"))] for t in tables()
            }

    def close(self) -> None:
        self.engine.dispose()


def make_seed(directory: Path) -> Path:
    path = directory / "seed.sqlite3"
    ctx = open_station(url_for_path(path), fingerprint="seed-machine").ctx
    profile = StationProfile(
        name="当湖街道社会工作站", code="PH-DH", district="嘉兴市平湖市", address="当湖街道"
    )
    accounts.setup_station(ctx, profile, "admin", "王站长", ADMIN_PASSWORD)
    ctx.engine.dispose()
    return path


def copy_site(seed: Path, directory: Path, name: str) -> Site:
    path = directory / f"{name}.sqlite3"
    shutil.copy(seed, path)
    ctx = open_station(url_for_path(path), fingerprint=f"machine-{name}").ctx
    return Site(name, path, ctx)
