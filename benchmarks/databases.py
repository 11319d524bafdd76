"""Demo databases the benchmarks need, built once and cached under benchmarks/.cache/.

The cache key holds the years, the seed, the schema head and a hash of the demo generator's
source, so a changed schema or generator never measures a stale file.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from datetime import date
from functools import cache
from pathlib import Path

CACHE_DIR = Path(__file__).resolve().parent / ".cache"


@cache
def _generator_hash() -> str:
    from stationdesk.services import demo, demo_names, demo_reception, demo_training, demo_volunteers

    digest = hashlib.sha256()
    for module in (demo, demo_names, demo_reception, demo_training, demo_volunteers):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()[:10]


def cache_path(years: int, seed: int, persons: int | None = None) -> Path:
    from stationdesk.store.migrate import head_revision

    size = f"{years}y" if persons is None else f"{persons}p"
    return CACHE_DIR / f"demo-{size}-s{seed}-schema{head_revision()}-{_generator_hash()}.sqlite3"


def _progress(label: str, fraction: float) -> None:
    print(
        f"\r  building demo database: {fraction * 100:5.1f}% {label:<20}", end="", file=sys.stderr, flush=True
    )


def demo_db(years: int, seed: int, persons: int | None = None) -> Path:
    """The cached demo database for (years, seed), built now if missing."""
    from stationdesk.services.demo import build_demo_file

    path = cache_path(years, seed, persons)
    if not path.exists():
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        build_demo_file(path, years=years, seed=seed, persons=persons, progress=_progress)
        print(file=sys.stderr)
        _drop_stale(path)
    return path


def _drop_stale(current: Path) -> None:
    """Remove the same database built for an older schema or generator."""
    family = current.name.split("-schema")[0]
    for old in CACHE_DIR.glob(f"{family}-schema*.sqlite3"):
        if old != current:
            old.unlink()


_CUTS = (
    # (table, condition on a row older than the cut); children before their parents
    ("walk_in_need", "walk_in_id IN (SELECT id FROM walk_in WHERE arrived_at < :cut)"),
    ("referral_event", "referral_id IN (SELECT id FROM referral WHERE sent_at < :cut)"),
    ("referral", "sent_at < :cut"),
    ("follow_up", "done_at < :cut"),  # open ones stay: they are still overdue
    ("walk_in", "arrived_at < :cut"),
    ("home_visit", "visited_on < :day"),
    ("session_attendance", "session_id IN (SELECT id FROM training_session WHERE starts_at < :cut)"),
    ("training_session", "starts_at < :cut"),
    ("hours_review", "entry_id IN (SELECT id FROM hours_entry WHERE service_date < :day)"),
    ("hours_entry", "service_date < :day"),
    ("volunteer_check", "at < :cut"),
    ("shift_assignment", "shift_id IN (SELECT id FROM shift WHERE planned_on < :day)"),
    ("shift_role", "shift_id IN (SELECT id FROM shift WHERE planned_on < :day)"),
    ("shift", "planned_on < :day"),
)


def history_cut(years: int, seed: int, keep_from: date) -> Path:
    """The ``years`` demo without its history before ``keep_from``: the same station (its residents,
    key targets, volunteers, staff) as if it had started using StationDesk that day. A report that
    reads nothing older reads the same rows in both, so comparing the two measures what the size of
    the database costs, and nothing else. The change log (the sync journal) is emptied."""
    import sqlite3

    source = demo_db(years, seed)
    target = source.with_name(source.name.replace(f"-{years}y-", f"-{years}y-from{keep_from.isoformat()}-"))
    if target.exists():
        return target
    day = keep_from.isoformat()
    part = target.with_name(target.name + ".part")
    shutil.copyfile(source, part)
    connection = sqlite3.connect(part)
    try:
        triggers = [
            name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        ]
        for name in triggers:  # the never-delete guards and the change log
            connection.execute(f'DROP TRIGGER "{name}"')
        for table, older in _CUTS:
            connection.execute(f"DELETE FROM {table} WHERE {older}", {"cut": day + " 00:00:00", "day": day})
        connection.execute("DELETE FROM change_log")
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()
    part.replace(target)
    return target


def empty_station_db(seed: int) -> Path:
    """A set-up demo station with no persons: the 'empty database' of the comparisons."""
    return demo_db(1, seed, persons=0)


def store_built(years: int, seed: int, built: Path) -> Path:
    """Move a freshly built demo file into the cache (the build benchmark's by-product)."""
    target = cache_path(years, seed)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    shutil.move(built, target)
    _drop_stale(target)
    return target


def scratch_copy(source: Path, workdir: Path) -> Path:
    """A copy for processes that may write (the GUI signs in, audits): the cache stays pristine."""
    target = workdir / source.name
    if not target.exists():
        shutil.copyfile(source, target)
    return target
