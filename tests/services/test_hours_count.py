"""Which hours entries count: corrections replace, reviews decide, the latest review wins; checked
against every combination (a hypothesis property) by recomputing the rule in plain Python."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from stationdesk.services import people
from stationdesk.services.context import ServiceContext
from stationdesk.services.hours_count import counts, waiting
from stationdesk.services.people import PersonDraft
from stationdesk.store.models import HoursEntry, HoursReview, Volunteer

DAY = date(2026, 11, 25)


def _volunteer(ctx: ServiceContext) -> str:
    person = people.create(ctx, PersonDraft(name="李志愿"))
    with ctx.transaction() as session:
        row = Volunteer(person_id=person, code="ABCDEF2", registered_on=DAY, status="active", deleted=False)
        session.add(row)
        session.flush()
        return row.id


def _entry(ctx: ServiceContext, volunteer: str, *, needs_review: bool, supersedes: str | None = None) -> str:
    with ctx.transaction() as session:
        row = HoursEntry(
            volunteer_id=volunteer,
            service_date=DAY,
            credited_minutes=120,
            content="公益巴士",
            source="entry",
            needs_review=needs_review,
            supersedes_id=supersedes,
            recorded_by=ctx.actor.user_id,
            recorded_at=datetime(2026, 11, 25, 18),
        )
        session.add(row)
        session.flush()
        return row.id


def _review(ctx: ServiceContext, entry: str, decision: str, minute: int) -> None:
    with ctx.transaction() as session:
        at = datetime(2026, 11, 26, 9) + timedelta(minutes=minute)
        by = ctx.actor.user_id
        session.add(HoursReview(entry_id=entry, decision=decision, reviewed_by=by, reviewed_at=at))


def _counted(ctx: ServiceContext) -> set[str]:
    with ctx.reading() as session:
        return set(session.scalars(select(HoursEntry.id).where(counts())))


def _waiting(ctx: ServiceContext) -> set[str]:
    with ctx.reading() as session:
        return set(session.scalars(select(HoursEntry.id).where(waiting())))


def test_a_correction_replaces_the_entry_and_a_review_decides(ctx: ServiceContext) -> None:
    volunteer = _volunteer(ctx)
    desk = _entry(ctx, volunteer, needs_review=False)
    assert _counted(ctx) == {desk}
    fixed = _entry(ctx, volunteer, needs_review=True, supersedes=desk)
    assert _counted(ctx) == set() and _waiting(ctx) == {fixed}  # the correction waits; the old one is gone
    _review(ctx, fixed, "approved", 0)
    assert _counted(ctx) == {fixed} and _waiting(ctx) == set()
    _review(ctx, fixed, "rejected", 5)  # the latest review wins
    assert _counted(ctx) == set()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    needs=st.booleans(),
    reviews=st.lists(st.sampled_from(["approved", "rejected"]), max_size=3),
    corrected=st.booleans(),
)
def test_the_rule_holds_for_any_history(
    ctx: ServiceContext, needs: bool, reviews: list[str], corrected: bool
) -> None:
    volunteer = _volunteer(ctx)
    entry = _entry(ctx, volunteer, needs_review=needs)
    for minute, decision in enumerate(reviews):
        _review(ctx, entry, decision, minute)
    if corrected:
        _entry(ctx, volunteer, needs_review=True, supersedes=entry)
    expected = not corrected and (reviews[-1] == "approved" if reviews else not needs)
    assert (entry in _counted(ctx)) is expected
    assert (entry in _waiting(ctx)) is (not corrected and needs and not reviews)
