"""The "6430" staffing rule (Haining): at least 6 full-time staff, of whom at least 4 are certified
social workers (持证社工), and at least 30 volunteers. A station manager sees at a glance whether
the station meets it; ``staffing_6430`` says so for the counts the service layer gives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

FULL_TIME_TARGET = 6
CERTIFIED_TARGET = 4
VOLUNTEER_TARGET = 30
ACTIVE_VOLUNTEER_MONTHS = 12
"""A volunteer counts when their status is active and they served (counted hours) in this many months."""


class Measure(StrEnum):
    FULL_TIME = "full_time"
    CERTIFIED = "certified"
    VOLUNTEERS = "volunteers"


@dataclass(frozen=True)
class Figure:
    measure: Measure
    count: int
    target: int

    @property
    def met(self) -> bool:
        return self.count >= self.target


@dataclass(frozen=True)
class Staffing:
    full_time: Figure
    certified: Figure
    volunteers: Figure

    @property
    def figures(self) -> tuple[Figure, Figure, Figure]:
        return (self.full_time, self.certified, self.volunteers)

    @property
    def met(self) -> bool:
        return all(figure.met for figure in self.figures)


def staffing_6430(full_time: int, certified: int, volunteers: int, *, stations: int = 1) -> Staffing:
    """The three figures against 6 / 4 / 30 (``certified``: certified among the full-time staff);
    the counts of ``stations`` stations together (a district's roll-up) against as many times those."""
    if min(full_time, certified, volunteers) < 0 or certified > full_time or stations < 1:
        raise ValueError("counts are not negative, and the certified are among the full-time staff")
    return Staffing(
        Figure(Measure.FULL_TIME, full_time, FULL_TIME_TARGET * stations),
        Figure(Measure.CERTIFIED, certified, CERTIFIED_TARGET * stations),
        Figure(Measure.VOLUNTEERS, volunteers, VOLUNTEER_TARGET * stations),
    )
