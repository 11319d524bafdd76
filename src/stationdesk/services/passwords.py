"""Password hashing with Argon2id at OWASP's minimum cost (19 MiB, t=2, p=1)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from stationdesk.services.errors import ServiceError

MIN_LENGTH = 8

_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@cache
def _dummy_hash() -> str:
    """A hash to verify against when the user is unknown, made on first need (it costs ~50 ms)."""
    return _hasher.hash("stationdesk-dummy-password")


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ServiceError("password.too_short", min=MIN_LENGTH)


def hash_password(password: str) -> str:
    check_strength(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True if ``password`` matches; an unknown user costs the same time as a wrong password."""
    try:
        return _hasher.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
