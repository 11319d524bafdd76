"""Sessions that stamp every travelling record with this site's id and a fresh HLC stamp."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from stationdesk.domain.clock import HybridLogicalClock
from stationdesk.domain.ids import new_id
from stationdesk.store.models import ChangeLog, LocalSite, _Travelling


@dataclass
class Stamper:
    """Hands out (site id, stamp) pairs for local writes; shared by all sessions of one database."""

    site_id: str
    clock: HybridLogicalClock

    def stamp(self, record: _Travelling) -> None:
        """A new record gets the next stamp; a changed one a stamp past the one it carries, which
        may come from another site or another program on this database (the triggers refuse an
        update that does not move the stamp forward)."""
        record.site_id = self.site_id
        record.hlc = self.clock.observe(record.hlc) if record.hlc else self.clock.tick()

    def new_row(self, **values: object) -> dict[str, object]:
        """Values for a Core insert of a new travelling record: a fresh id, this site, the next stamp."""
        return {"id": new_id(), "site_id": self.site_id, "hlc": self.clock.tick(), **values}


def stamper_of(session: Session) -> Stamper:
    """The stamper of a session made by :func:`make_session_factory`."""
    return session.info["stamper"]  # type: ignore[no-any-return]


def load_stamper(engine: Engine) -> Stamper:
    with Session(engine) as session:
        site_id = session.scalar(select(LocalSite.site_id))
        if site_id is None:
            raise RuntimeError("database has no local site; was it migrated?")
        last = session.scalar(select(func.max(ChangeLog.hlc))) or 0
    return Stamper(site_id, HybridLogicalClock(last))


def _stamp_before_flush(session: Session, _ctx, _instances) -> None:
    stamper: Stamper = session.info["stamper"]
    for obj in session.new:
        if isinstance(obj, _Travelling):
            stamper.stamp(obj)
    for obj in session.dirty:
        if isinstance(obj, _Travelling) and session.is_modified(obj, include_collections=False):
            stamper.stamp(obj)
    for obj in session.deleted:
        if isinstance(obj, _Travelling):
            raise RuntimeError(f"{type(obj).__name__} rows are never deleted: set the tombstone")


def make_session_factory(engine: Engine, stamper: Stamper | None = None) -> sessionmaker[Session]:
    """A sessionmaker whose sessions stamp travelling records before every flush."""
    stamper = stamper or load_stamper(engine)
    factory = sessionmaker(engine, expire_on_commit=False, info={"stamper": stamper})
    event.listen(factory, "before_flush", _stamp_before_flush)
    return factory
