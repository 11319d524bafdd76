"""A labelled count, the unit of every breakdown a report prints (walk-ins by need, referrals by
partner ...): the label as stored, a code or a name, and how many."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Count:
    label: str
    count: int
