"""The monthly station report's figures (issue 6), on the demo databases.

- report_figures_ms: services/station_report.report_figures for last month (with the month before
  and the same month a year earlier) on the big demo, median of RUNS; target <= 1000 ms (the whole
  report, PDF included, has 2 s).
- report_figures_1y_ms: the same month on a 1-year demo of the same seed.
- report_figures_ratio: the first over the second; target <= 1.5 (the cost follows the month's rows,
  not the database's size).
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.figures import Figure, median
from benchmarks.search import _signed_in

TARGET_MS, RATIO_TARGET = 1000.0, 1.5
RUNS = 7


def last_month_ms(db: Path, runs: int = RUNS) -> float:
    from stationdesk.services import station_report

    day = date.today().replace(day=1) - timedelta(days=1)
    period = station_report.period_of_month(day.year, day.month)
    ctx = _signed_in(db)
    try:
        station_report.report_figures(ctx, period)  # warm the page cache and the statements
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            figures = station_report.report_figures(ctx, period)
            times.append((time.perf_counter() - started) * 1000)
        assert figures.current.reception.walk_ins, "the demo holds no walk-ins last month"
        return median(times)
    finally:
        ctx.engine.dispose()


def run(big_db: Path, small_db: Path, years: int) -> list[Figure]:
    big, small = last_month_ms(big_db), last_month_ms(small_db)
    ratio = big / small
    return [
        Figure("report_figures_ms", round(big, 1), "ms", f"<= {TARGET_MS:.0f}", big <= TARGET_MS,
               f"last month's report figures on the {years}-year demo, median of {RUNS}"),
        Figure("report_figures_1y_ms", round(small, 1), "ms", "", None,
               "the same month on the 1-year demo"),
        Figure("report_figures_ratio", round(ratio, 2), "x", f"<= {RATIO_TARGET}", ratio <= RATIO_TARGET,
               f"{years}-year over 1-year demo"),
    ]  # fmt: skip
