"""Numbers of the station's registers (登记簿): ``<prefix><year>-<seq>``, e.g. ``ZS2026-0007``.

A register numbers per year of issue over the whole station and continues from the highest number
ever given that year, voided ones included, so a number is never given twice. The training's
certificate register (ZS) and the volunteer-service record register (ZY) both number this way.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session


def number_prefix(prefix: str, year: int) -> str:
    return f"{prefix}{year}-"


def next_number(session: Session, column: InstrumentedAttribute[str], prefix: str, year: int) -> str:
    """The next number of the register whose numbers are in ``column`` (every row, voided and
    removed ones too): one past the highest given in ``year``."""
    head = number_prefix(prefix, year)
    numbers = session.scalars(select(column).where(column.like(f"{head}%")))
    pattern = re.compile(re.escape(head) + r"(\d+)")
    used = [int(m.group(1)) for n in numbers if (m := pattern.fullmatch(n))]
    return f"{head}{max(used, default=0) + 1:04d}"
