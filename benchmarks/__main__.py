"""``python -m benchmarks [--years N] [--seed S] [--only NAME[,NAME]] [--runs R] [--json]``.

Groups, in the order they run: build (demo_build_<N>y), search (search_p95_<kind>), registry
(registry_open_ms_*), startup (bare_window_ms, startup_login_ratio), smoke (smoke_ratio,
peak_rss_mb), signin (signin_to_window_ms: Enter in the login dialog to a working main window), reception
(walk_in_save_median_ms, walk_in_save_ratio, coverage_view_ms, reception_page_ms), training
(signin_service_ms, signin_screen_ms, signin_sheet_500_ms, signin_sheet_lo_ms, signin_sheet_lo_ratio),
roster (roster_preview_ms), volunteers (month_roster_ms), certificates (hours_certificate_pdf_ms,
hours_certificate_first_pdf_ms), hours (hours_totals_ms: totals for all volunteers over ten years),
report (report_figures_ms, report_figures_1y_ms, report_figures_ratio: last month's report figures,
10 years of history against the same station's last 13 months; report_figures_1y_demo_ratio against the
smaller 1-year demo; monthly_report_pdf_ms: last month's whole report as a PDF), ledgers
(month_reception_ledger_ms, ten_year_reception_xlsx_s,
ten_year_reception_xlsx_rss_mb), sync (sync_full_export_ratio, sync_full_import_ratio,
sync_incremental_export_ms, sync_reimport_share, sync_remerge_share), frozen (frozen_cold_start_ratio:
the PyInstaller build's start to the login window against the venv's, frozen_main_window_ratio: to the
main window with the reception page, frozen_bundle_mb,
frozen_tarball_mb; builds dist/ with installer/build.py when missing or stale).
``--only`` takes group names or figure-name prefixes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks import (
    build,
    certificates,
    databases,
    frozen,
    hours,
    ledgers,
    processes,
    reception,
    registry,
    report,
    roster,
    search,
    signin,
    signin_sheet,
    sync,
    training,
    volunteers,
)
from benchmarks.figures import Figure, render_json, render_table

GROUPS: dict[str, tuple[str, ...]] = {
    "build": ("demo_build_",),
    "search": ("search_p95_",),
    "registry": ("registry_open_ms_",),
    "startup": ("bare_window_ms", "startup_login_ratio"),
    "smoke": ("smoke_ratio", "peak_rss_mb"),
    "signin": ("signin_to_window_ms",),
    "reception": ("walk_in_save_", "coverage_view_ms", "reception_page_ms"),
    "training": ("signin_service_ms", "signin_screen_ms", "signin_sheet_"),
    "roster": ("roster_preview_ms",),
    "volunteers": ("month_roster_ms",),
    "certificates": ("hours_certificate_",),
    "hours": ("hours_totals_ms",),
    "report": ("report_figures_", "monthly_report_pdf_ms"),
    "ledgers": ("month_reception_ledger_ms", "ten_year_reception_xlsx_"),
    "sync": ("sync_",),
    "frozen": ("frozen_",),
}


def _matches(name: str, prefix: str) -> bool:
    return prefix.startswith(name) or name.startswith(prefix)


def _selected(only: list[str]) -> dict[str, list[str]]:
    """Group -> figure-name prefixes to keep (an empty list keeps all of the group's figures)."""
    if not only:
        return {group: [] for group in GROUPS}
    chosen: dict[str, list[str]] = {}
    for name in only:
        hits = [g for g, prefixes in GROUPS.items() if name == g or any(_matches(name, p) for p in prefixes)]
        if not hits:
            raise SystemExit(f"benchmarks: unknown figure or group {name!r}; groups: {', '.join(GROUPS)}")
        for group in hits:
            keep = chosen.setdefault(group, [])
            keep.append(name)
    # A group named as such, or by a prefix of all its figures, keeps everything.
    for group, names in chosen.items():
        if any(n == group or all(p.startswith(n) for p in GROUPS[group]) for n in names):
            chosen[group] = []
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--years", type=int, default=10, help="size of the big demo database (default 10)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", default="", help="comma-separated groups or figure-name prefixes")
    parser.add_argument("--runs", type=int, default=5, help="runs per process timing (median)")
    parser.add_argument("--build-runs", type=int, default=1, help="runs of the demo build (median)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    selected = _selected([n.strip() for n in args.only.split(",") if n.strip()])

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="stationdesk-bench-") as tmp:
        scratch: dict[str, Path] = {}

        def big_copy() -> Path:
            if "big" not in scratch:
                scratch["big"] = databases.scratch_copy(databases.demo_db(args.years, args.seed), Path(tmp))
            return scratch["big"]

        steps: dict[str, Callable[[], list[Figure]]] = {
            "build": lambda: build.run(args.years, args.seed, args.build_runs),
            "search": lambda: search.run(databases.demo_db(args.years, args.seed), args.seed, args.years),
            "registry": lambda: registry.run(
                databases.empty_station_db(args.seed), databases.demo_db(args.years, args.seed), args.years
            ),
            "startup": lambda: processes.startup(big_copy(), args.runs),
            "smoke": lambda: processes.smoke(big_copy(), args.runs, args.years),
            "signin": lambda: signin.run(big_copy(), args.runs),
            "reception": lambda: reception.run(big_copy(), args.seed, args.years),
            "training": lambda: [*training.run(big_copy()), *signin_sheet.run(big_copy())],
            "roster": lambda: roster.run(big_copy()),
            "volunteers": lambda: volunteers.run(big_copy()),
            "certificates": lambda: certificates.run(big_copy()),
            "hours": lambda: hours.run(big_copy()),
            "report": lambda: report.run(
                big_copy(),
                databases.history_cut(args.years, args.seed, report.first_day_read()),
                databases.demo_db(1, args.seed),
                args.years,
            ),
            "ledgers": lambda: ledgers.run(big_copy()),
            "sync": lambda: sync.run(big_copy(), Path(tmp)),
            "frozen": lambda: frozen.run(
                databases.scratch_copy(databases.demo_db(1, args.seed), Path(tmp)), args.runs
            ),
        }
        for group, keep in selected.items():
            print(f"running {group} ...", file=sys.stderr, flush=True)
            produced = steps[group]()
            figures.extend(f for f in produced if not keep or any(f.name.startswith(k) for k in keep))

    print(render_json(figures) if args.json else render_table(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
