"""A measured figure, and how a list of them is printed."""

from __future__ import annotations

import json
import math
import platform
import sqlite3
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Figure:
    """One number with its target; ``value`` None means it could not be measured (see ``detail``)."""

    name: str
    value: float | None
    unit: str
    target: str = ""
    ok: bool | None = None
    detail: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty sample."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def machine() -> dict[str, Any]:
    import os

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
    }


def _value(fig: Figure) -> str:
    if fig.value is None:
        return "n/a"
    if abs(fig.value) >= 100:
        return f"{fig.value:,.0f}"
    return f"{fig.value:.2f}"


def _verdict(fig: Figure) -> str:
    return {True: "yes", False: "NO", None: "-"}[fig.ok]


def render_table(figures: Sequence[Figure]) -> str:
    header = ("figure", "value", "unit", "target", "meets", "detail")
    rows = [(f.name, _value(f), f.unit, f.target or "-", _verdict(f), f.detail) for f in figures]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header) - 1)]
    lines = []
    for row in [header, *rows]:
        cells = [
            str(c).ljust(w) if i != 1 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=False))
        ]
        lines.append("  ".join(cells) + "  " + row[-1])
    return "\n".join(lines)


def render_json(figures: Sequence[Figure]) -> str:
    return json.dumps(
        {"machine": machine(), "figures": [asdict(f) for f in figures]}, ensure_ascii=False, indent=2
    )
