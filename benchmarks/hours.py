"""hours_totals_ms: counted volunteer hours for all volunteers over ten years, per volunteer (and, as
details, per team and per activity), on the 10-year demo; target <= 500 ms (issue 5).

The demo's volunteers (services/demo_volunteers.py): three repeating activities over ten years,
desk entries, forgotten check-outs closed by the rule and reviewed, entries still waiting.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.figures import Figure, median
from benchmarks.search import _signed_in

TARGET_MS = 500.0
YEARS = 10
RUNS = 5


def run(db: Path) -> list[Figure]:
    from stationdesk.services import hours_lists

    with sqlite3.connect(db) as conn:
        existing = conn.execute("SELECT count(*) FROM hours_entry").fetchone()[0]
    assert existing, "the demo holds no volunteer hours"
    ctx = _signed_in(db)
    try:
        last = date.today()
        first = last - timedelta(days=365 * YEARS + 7)
        times: dict[str, list[float]] = {"volunteer": [], "team": [], "activity": []}
        rows: dict[str, int] = {}
        for _ in range(RUNS):
            for by in times:
                started = time.perf_counter()
                found = hours_lists.totals(ctx, by, first, last)
                times[by].append((time.perf_counter() - started) * 1000)
                rows[by] = len(found)
    finally:
        ctx.engine.dispose()
    value = median(times["volunteer"])
    detail = (
        f"{existing:,} entries, {rows['volunteer']} volunteers; per team {median(times['team']):.0f} ms, "
        f"per activity {median(times['activity']):.0f} ms; median of {RUNS}"
    )
    return [Figure("hours_totals_ms", value, "ms", f"<= {TARGET_MS:.0f}", value <= TARGET_MS, detail)]


if __name__ == "__main__":
    import sys

    for figure in run(Path(sys.argv[1])):
        print(figure)
