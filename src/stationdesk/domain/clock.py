"""Hybrid logical clock (HLC) stamps for field-level last-writer-wins merging.

A stamp is one integer: wall-clock milliseconds in the high bits, a logical counter in the low
16 bits. It never goes backwards on one site, even when the PC's clock does, and it moves past
every stamp the site has seen from others, so (stamp, site id) orders every write.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(wall_ms: int, counter: int) -> int:
    return (wall_ms << COUNTER_BITS) | counter


def wall_ms_of(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """Issues strictly increasing stamps; thread-safe."""

    def __init__(self, last: int = 0, now_ms: Callable[[], int] = _now_ms) -> None:
        self._last = last
        self._now_ms = now_ms
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def tick(self) -> int:
        """A stamp for a local write."""
        with self._lock:
            candidate = pack(self._now_ms(), 0)
            self._last = candidate if candidate > self._last else self._last + 1
            return self._last

    def observe(self, remote: int) -> int:
        """Move past a stamp received from another site; returns the new local stamp."""
        with self._lock:
            self._last = max(self._last, remote)
        return self.tick()
