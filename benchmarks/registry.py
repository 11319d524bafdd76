"""registry_open_ms: what the registry page asks for when it opens (count + first 200 rows).

The design goal is that a 10-year database opens as fast as an empty one: the page loads rows
page by page, through indexes, never the whole table.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.figures import Figure, median
from benchmarks.search import _signed_in

TARGET_MS = 16.0  # one frame: the GUI thread may wait this long, no longer
RUNS = 7
PAGE = 200


def _open_ms(db: Path) -> tuple[list[float], int]:
    from stationdesk.services import people

    ctx = _signed_in(db)
    try:
        times = []
        total = 0
        for _ in range(RUNS):
            started = time.perf_counter()
            total = people.count(ctx)
            people.page(ctx, 0, PAGE)
            times.append((time.perf_counter() - started) * 1000)
        return times, total
    finally:
        ctx.engine.dispose()


def run(empty_db: Path, big_db: Path, years: int) -> list[Figure]:
    figures = []
    for label, db in (("empty", empty_db), (f"{years}y", big_db)):
        times, total = _open_ms(db)
        value = median(times)
        figures.append(
            Figure(
                f"registry_open_ms_{label}",
                value,
                "ms",
                f"<= {TARGET_MS:.0f}",
                value <= TARGET_MS,
                f"count + first {PAGE} rows of {total:,} persons; median of {RUNS}, first {times[0]:.1f} ms",
                {"runs_ms": times, "persons": total},
            )
        )
    return figures
