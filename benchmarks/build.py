"""demo_build_<N>y: wall time of ``stationdesk demo --years N`` as a whole process."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.databases import store_built
from benchmarks.figures import Figure, median

TARGET_SECONDS = 60.0


def run(years: int, seed: int, runs: int = 1) -> list[Figure]:
    times: list[float] = []
    persons = ""
    for attempt in range(runs):
        with tempfile.TemporaryDirectory(prefix="stationdesk-bench-") as tmp:
            target = Path(tmp) / "demo.sqlite3"
            cmd = [sys.executable, "-m", "stationdesk", "demo", "--db", str(target)]
            cmd += ["--years", str(years), "--seed", str(seed)]
            started = time.perf_counter()
            result = subprocess.run(cmd, capture_output=True, text=True, check=False)
            times.append(time.perf_counter() - started)
            if result.returncode != 0:
                last = (result.stderr.strip().splitlines() or ["?"])[-1]
                return [Figure(f"demo_build_{years}y", None, "s", f"< {TARGET_SECONDS:.0f}", None, last)]
            persons = result.stdout.strip()
            if attempt == runs - 1:
                store_built(years, seed, target)
    value = median(times)
    detail = f"median of {runs}; " if runs > 1 else "one run; "
    detail += persons.split(": ", 1)[-1].split(" (")[0]
    return [
        Figure(f"demo_build_{years}y", value, "s", f"< {TARGET_SECONDS:.0f}", value < TARGET_SECONDS, detail)
    ]
