"""A fresh short code (domain/codes.py) that no row of a table holds yet: participants' sign-in
codes, volunteers' check-in codes. A collision (about 1 in 10^9 per code) draws again."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from stationdesk.domain import codes


def unused_code(session: Session, column: InstrumentedAttribute[str]) -> str:
    """A new code not yet in ``column`` (e.g. ``Volunteer.code``)."""
    while True:
        code = codes.new_code()
        if session.scalar(select(column).where(column == code).limit(1)) is None:
            return code
