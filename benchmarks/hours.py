"""hours_totals_ms: counted volunteer hours for all volunteers over ten years, per volunteer (and, as
details, per team and per activity), on the 10-year demo; target <= 500 ms (issue 5).

Until the demo generator writes volunteers, this adds them to the scratch copy: ``VOLUNTEERS``
volunteers in ``TEAMS`` teams, a weekly activity with a shift each week for ten years, and each
volunteer's weekly hours entry (desk entries; every 20th made afterwards and approved, every 50th
corrected, every 97th still waiting), so the one counting rule has reviews and corrections to
weigh. When the demo already holds hours entries, those are measured as they are.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.figures import Figure, median
from benchmarks.search import _signed_in

TARGET_MS = 500.0
VOLUNTEERS = 300
TEAMS = 6
YEARS = 10
RUNS = 5


def add_volunteer_hours(db: Path, seed: int = 1) -> int:
    """Volunteers with ten years of weekly hours on the database (Core inserts); returns the entries."""
    from sqlalchemy import insert, select

    from stationdesk.services.database import open_station
    from stationdesk.store.models import (
        Activity,
        HoursEntry,
        HoursReview,
        Person,
        Shift,
        TeamMember,
        User,
        Volunteer,
        VolunteerTeam,
    )
    from stationdesk.store.session import stamper_of

    rng = random.Random(seed)
    ctx = open_station(f"sqlite:///{db.as_posix()}", create=False).ctx
    try:
        with ctx.transaction() as session:
            stamp = stamper_of(session).new_row
            user = session.scalars(select(User.id)).first()
            persons = session.scalars(
                select(Person.id).where(Person.deleted.is_(False)).limit(VOLUNTEERS)
            ).all()
            first = date.today() - timedelta(days=365 * YEARS)
            first -= timedelta(days=(first.weekday() - 2) % 7)  # a Wednesday
            activity = stamp(
                name="公益巴士进社区",
                place="七星街道",
                partner_id=None,
                description="",
                archived=False,
                created_by=user,
                deleted=False,
            )
            session.execute(insert(Activity), [activity])
            teams = [
                stamp(
                    name=f"志愿服务队{n + 1}", organisation="", description="", retired=False, deleted=False
                )
                for n in range(TEAMS)
            ]
            session.execute(insert(VolunteerTeam), teams)
            volunteers = [
                stamp(
                    person_id=p,
                    code=f"V{n:06d}",
                    organisation="",
                    skills="",
                    availability="",
                    registered_on=first,
                    status="active",
                    platform_number="",
                    notes="",
                    deleted=False,
                )
                for n, p in enumerate(persons)
            ]
            session.execute(insert(Volunteer), volunteers)
            session.execute(
                insert(TeamMember),
                [
                    stamp(
                        team_id=teams[n % TEAMS]["id"],
                        volunteer_id=v["id"],
                        leader=False,
                        joined_on=first,
                        left_on=None,
                        deleted=False,
                    )
                    for n, v in enumerate(volunteers)
                ],
            )
            entries, reviews, n = [], [], 0
            day = first
            while day <= date.today():
                start = datetime.combine(day, datetime.min.time()) + timedelta(hours=14)
                shift = stamp(
                    activity_id=activity["id"],
                    series_id=None,
                    planned_on=day,
                    starts_at=start,
                    ends_at=start + timedelta(hours=3),
                    cancelled=False,
                    note="",
                    deleted=False,
                )
                session.execute(insert(Shift), [shift])
                for volunteer in volunteers:
                    n += 1
                    by_hand = n % 20 == 0 or n % 97 == 0
                    entry = stamp(
                        volunteer_id=volunteer["id"],
                        shift_id=shift["id"],
                        activity_id=activity["id"],
                        service_date=day,
                        starts_at=start,
                        ends_at=start + timedelta(hours=3),
                        credited_minutes=rng.choice((150, 165, 180)),
                        content="公益巴士",
                        source="entry" if by_hand else "desk",
                        needs_review=by_hand,
                        flag="",
                        supersedes_id=None,
                        recorded_by=user,
                        recorded_at=start,
                    )
                    entries.append(entry)
                    if n % 20 == 0:
                        reviews.append(
                            stamp(
                                entry_id=entry["id"],
                                decision="approved",
                                reviewed_by=user,
                                reviewed_at=start + timedelta(days=1),
                                note="",
                            )
                        )
                    if n % 50 == 0:
                        entries.append(
                            {
                                **entry,
                                **stamp(
                                    supersedes_id=entry["id"],
                                    credited_minutes=120,
                                    source="entry",
                                    needs_review=False,
                                ),
                            }
                        )
                day += timedelta(days=7)
            for chunk in range(0, len(entries), 20_000):
                session.execute(insert(HoursEntry), entries[chunk : chunk + 20_000])
            session.execute(insert(HoursReview), reviews)
            return len(entries)
    finally:
        ctx.engine.dispose()


def run(db: Path) -> list[Figure]:
    from stationdesk.services import hours_lists

    with sqlite3.connect(db) as conn:
        existing = conn.execute("SELECT count(*) FROM hours_entry").fetchone()[0]
    made = ""
    if existing == 0:
        started = time.perf_counter()
        existing = add_volunteer_hours(db)
        made = f"; generated {existing:,} entries in {time.perf_counter() - started:.0f} s"
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
        f"per activity {median(times['activity']):.0f} ms; median of {RUNS}{made}"
    )
    return [Figure("hours_totals_ms", value, "ms", f"<= {TARGET_MS:.0f}", value <= TARGET_MS, detail)]


if __name__ == "__main__":
    import sys

    for figure in run(Path(sys.argv[1])):
        print(figure)
