"""The reception desk's figures on the big demo database (issue 3).

- walk_in_save_median_ms: saving a walk-in through the service (validate, write, change log,
  commit), median of WALK_INS saves; target <= 10 ms.
- walk_in_save_ratio: that median over the median of a bare sqlite3 insert-and-commit of the same
  rows (walk-in and its need; same PRAGMAs, same triggers) measured in the same run; target <= 3.
- coverage_view_ms: the coverage view of this month opening (the services it calls, the widget
  built, laid out and painted); target <= 200 ms.
- reception_page_ms: the reception page opening (built, today's list loaded, painted); target <= 300 ms.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from benchmarks.figures import Figure, median
from benchmarks.search import _signed_in

WALK_INS = 200
WARM_UP = 5
PAGE_RUNS = 7
SAVE_TARGET_MS, RATIO_TARGET = 10.0, 3.0
COVERAGE_TARGET_MS, PAGE_TARGET_MS = 200.0, 300.0


INSERT_WALK_IN = (
    "INSERT INTO walk_in (id, site_id, hlc, deleted, person_id, anonymous_sex, anonymous_age_band, "
    "arrived_at, note, outcome, owner_id, recorded_by) VALUES (?, ?, ?, 0, ?, '', '', ?, ?, ?, ?, ?)"
)
INSERT_NEED = (
    "INSERT INTO walk_in_need (id, site_id, hlc, deleted, walk_in_id, category_id) VALUES (?, ?, ?, 0, ?, ?)"
)


def _sample(db: Path, seed: int) -> tuple[list[str], list[str]]:
    with sqlite3.connect(db) as conn:
        persons = [row[0] for row in conn.execute("SELECT id FROM person WHERE deleted = 0")]
        categories = [row[0] for row in conn.execute("SELECT id FROM need_category WHERE retired = 0")]
    rng = random.Random(seed)
    return rng.sample(persons, WALK_INS + WARM_UP), categories


class _Bare:
    """The same two rows per walk-in with plain sqlite3: the floor the service is compared to."""

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(db, isolation_level=None)
        for pragma in ("foreign_keys=ON", "busy_timeout=5000", "journal_mode=WAL", "synchronous=FULL"):
            self.conn.execute(f"PRAGMA {pragma}")
        self.site_id, self.owner = self.conn.execute(
            "SELECT (SELECT site_id FROM local_site), (SELECT id FROM app_user WHERE username = 'demo')"
        ).fetchone()
        self.hlc = self.conn.execute("SELECT max(hlc) FROM change_log").fetchone()[0] + 1_000_000

    def save(self, person_id: str, category_id: str) -> float:
        self.hlc += 1
        walk_in_id, link_id = str(uuid.uuid4()), str(uuid.uuid4())
        started = time.perf_counter()
        self.conn.execute("BEGIN")
        values = (walk_in_id, self.site_id, self.hlc, person_id, f"{datetime.now():%Y-%m-%d %H:%M:%S.%f}",
                  "咨询养老服务补贴", "resolved", self.owner, self.owner)  # fmt: skip
        self.conn.execute(INSERT_WALK_IN, values)
        self.conn.execute(INSERT_NEED, (link_id, self.site_id, self.hlc, walk_in_id, category_id))
        self.conn.execute("COMMIT")
        return (time.perf_counter() - started) * 1000


def _saves(db: Path, persons: list[str], categories: list[str]) -> tuple[list[float], list[float]]:
    """Service and bare saves taking turns, so that both meet the same database state (WAL size,
    checkpoints, page cache); the first WARM_UP of each are not counted."""
    from stationdesk.services import reception
    from stationdesk.services.reception import WalkInDraft

    ctx = _signed_in(db)
    bare = _Bare(db)
    try:
        service_ms, bare_ms = [], []
        for number, person_id in enumerate(persons):
            category = categories[number % len(categories)]
            draft = WalkInDraft(person_id=person_id, category_ids=[category], note="咨询养老服务补贴",
                                outcome=reception.RESOLVED)  # fmt: skip
            started = time.perf_counter()
            reception.record_walk_in(ctx, draft)
            elapsed = (time.perf_counter() - started) * 1000
            floor = bare.save(person_id, category)
            if number >= WARM_UP:
                service_ms.append(elapsed)
                bare_ms.append(floor)
        return service_ms, bare_ms
    finally:
        bare.conn.close()
        ctx.engine.dispose()


def _timed_widget(build: Callable[[], object], runs: int) -> list[float]:
    """Build, show and paint a widget ``runs`` times (offscreen), in ms. Work a widget hands to a
    background task (the coverage view's past periods) is let finish between runs, untimed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from stationdesk.ui.tasks import wait_for_threads

    app = QApplication.instance() or QApplication([])
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        widget = build()
        assert isinstance(widget, QWidget)
        widget.resize(1280, 800)
        widget.show()
        app.processEvents()
        widget.grab()  # a full paint, as on screen
        times.append((time.perf_counter() - started) * 1000)
        wait_for_threads()
        app.processEvents()
        widget.close()
        widget.deleteLater()
        app.processEvents()
    return times


def run(db: Path, seed: int, years: int) -> list[Figure]:
    from stationdesk.ui.coverage_view import CoverageView
    from stationdesk.ui.pages.reception import ReceptionPage

    ctx = _signed_in(db)
    try:  # the pages first: the saves below add to today's list
        page = _timed_widget(lambda: ReceptionPage(ctx), PAGE_RUNS)
        view = _timed_widget(lambda: CoverageView(ctx), PAGE_RUNS)
    finally:
        ctx.engine.dispose()
    persons, categories = _sample(db, seed)
    service, bare = _saves(db, persons, categories)
    save, floor = median(service), median(bare)
    p90 = sorted(service)[int(len(service) * 0.9)]
    ratio = save / floor
    view_ms, page_ms = median(view), median(page)
    return [
        Figure(
            "walk_in_save_median_ms", save, "ms", f"<= {SAVE_TARGET_MS:.0f}", save <= SAVE_TARGET_MS,
            f"{len(service)} saves on the {years}-year demo; p90 {p90:.2f} ms", {"runs_ms": service},
        ),
        Figure(
            "walk_in_save_ratio", ratio, "x", f"<= {RATIO_TARGET:.0f}", ratio <= RATIO_TARGET,
            f"service {save:.2f} ms / bare sqlite3 {floor:.2f} ms (same rows, PRAGMAs, triggers)",
            {"bare_ms": bare},
        ),
        Figure(
            "coverage_view_ms", view_ms, "ms", f"<= {COVERAGE_TARGET_MS:.0f}", view_ms <= COVERAGE_TARGET_MS,
            f"this month counted and painted; median of {PAGE_RUNS}, first {view[0]:.0f} ms",
            {"runs_ms": view},
        ),
        Figure(
            "reception_page_ms", page_ms, "ms", f"<= {PAGE_TARGET_MS:.0f}", page_ms <= PAGE_TARGET_MS,
            f"built, today's list loaded, painted; median of {PAGE_RUNS}, first {page[0]:.0f} ms",
            {"runs_ms": page},
        ),
    ]  # fmt: skip
