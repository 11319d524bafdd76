"""What every service call needs: a way to open sessions, and who is acting."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from stationdesk.domain.roles import Role
from stationdesk.store.session import make_session_factory


@dataclass(frozen=True)
class Actor:
    """The signed-in user, as the services see them."""

    user_id: str
    username: str
    display_name: str
    role: Role


@dataclass
class ServiceContext:
    engine: Engine
    sessions: sessionmaker[Session] = field(init=False)
    actor: Actor | None = None

    def __post_init__(self) -> None:
        self.sessions = make_session_factory(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls everything back on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session
