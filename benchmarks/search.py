"""search_p95_<kind>: services.people.search as a receptionist types, on the big demo database.

Queries are drawn from real rows: 2- and 3-character name prefixes (with two-character full
names such as 王芳), pinyin initials, full pinyin, phone tails and full phones, ID tails (4 and
6) and full IDs. Each kind gets at least 200 queries after a short warm-up.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.figures import Figure, median, percentile

TARGET_MS = 20.0
QUERIES = 240
WARM_UP = 30


@dataclass(frozen=True)
class _Row:
    id: str
    name: str
    initials: str
    pinyin: str
    phone: str | None
    id_number: str | None


def _name_query(row: _Row, i: int) -> str:
    if len(row.name) == 2:
        return row.name  # a two-character full name: the case a trigram index would miss
    return row.name[:2] if i % 2 else row.name[:3]


# kind -> (rows it can use, query for a row, whether the row itself must be among the results)
_KINDS: dict[str, tuple[Callable[[_Row], bool], Callable[[_Row, int], str], bool]] = {
    "name": (lambda r: True, _name_query, False),
    "initials": (lambda r: True, lambda r, i: r.initials, False),
    "pinyin": (lambda r: True, lambda r, i: r.pinyin, False),
    "phone_tail4": (lambda r: bool(r.phone), lambda r, i: r.phone[-4:], False),
    "phone_full": (lambda r: bool(r.phone), lambda r, i: r.phone, True),
    "id_tail4": (lambda r: bool(r.id_number), lambda r, i: r.id_number[-4:], False),
    "id_tail6": (lambda r: bool(r.id_number), lambda r, i: r.id_number[-6:], False),
    "id_full": (lambda r: bool(r.id_number), lambda r, i: r.id_number, True),
}


def _signed_in(db: Path):
    from sqlalchemy import select

    from stationdesk.domain.roles import Role
    from stationdesk.services.context import Actor
    from stationdesk.services.database import open_station
    from stationdesk.services.demo import DEMO_ADMIN
    from stationdesk.store.models import User

    ctx = open_station(f"sqlite:///{db.as_posix()}", create=False).ctx
    with ctx.reading() as session:
        user = session.scalars(select(User).where(User.username == DEMO_ADMIN)).one()
        ctx.actor = Actor(user.id, user.username, user.display_name, Role(user.role))
    return ctx


def _rows(ctx) -> list[_Row]:
    from sqlalchemy import select

    from stationdesk.store.models import Person

    columns = (
        Person.id,
        Person.name,
        Person.name_initials,
        Person.name_pinyin,
        Person.phone,
        Person.id_number,
    )
    with ctx.reading() as session:
        return [_Row(*r) for r in session.execute(select(*columns).where(Person.deleted.is_(False)))]


def run(db: Path, seed: int, years: int) -> list[Figure]:
    from stationdesk.services import people

    ctx = _signed_in(db)
    try:
        rows = _rows(ctx)
        rng = random.Random(f"bench-search:{seed}")
        plans: dict[str, list[tuple[str, str, bool]]] = {}
        for kind, (usable, query, must_find) in _KINDS.items():
            pool = [r for r in rows if usable(r)]
            picked = rng.sample(pool, min(QUERIES, len(pool)))
            plans[kind] = [(query(r, i), r.id, must_find) for i, r in enumerate(picked)]
        two_char = sorted({r.name for r in rows if len(r.name) == 2})
        if "王芳" in two_char:
            plans["name"][0] = ("王芳", "", False)

        warm = [q for plan in plans.values() for q, _, _ in plan[:4]]
        for q in warm[:WARM_UP]:
            people.search(ctx, q)

        figures = []
        for kind, plan in plans.items():
            times: list[float] = []
            found = 0
            empty = 0
            for q, row_id, _ in plan:
                started = time.perf_counter()
                result = people.search(ctx, q)
                times.append((time.perf_counter() - started) * 1000)
                found += any(r.id == row_id for r in result)
                empty += not result
            p95 = percentile(times, 95)
            must = plan[0][2] if plan else False
            detail = f"median {median(times):.2f} ms, max {max(times):.1f} ms, {len(plan)} queries"
            if must:
                detail += f", {found}/{len(plan)} found the person"
            if empty:
                detail += f", {empty} with no result"
            figures.append(
                Figure(
                    f"search_p95_{kind}",
                    p95,
                    "ms",
                    f"<= {TARGET_MS:.0f}",
                    p95 <= TARGET_MS and (not must or found == len(plan)) and not empty,
                    detail,
                    {
                        "median_ms": median(times),
                        "queries": len(plan),
                        "found": found,
                        "empty": empty,
                        "persons": len(rows),
                        "years": years,
                        "examples": [q for q, _, _ in plan[:5]],
                    },
                )
            )
        return figures
    finally:
        ctx.engine.dispose()
