"""Which volunteer-hours entries count: the one rule every total, roster, certificate and report uses.

Hours entries are insert-only facts. An entry counts when

- no later entry supersedes it (a correction writes a new entry pointing at the one it replaces,
  so a shift is never counted twice), and
- its latest review (by time, then id) approves it, or it has no review and needs none (a desk
  check-out under the crediting rule needs none; an entry made afterwards, an import or a rule's
  closing of a forgotten check-out waits for a coordinator). A rejected entry does not count.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, ScalarSelect, and_, exists, or_, select
from sqlalchemy.orm import aliased

from stationdesk.store.models import HoursEntry, HoursReview

APPROVED = "approved"
REJECTED = "rejected"


def latest_review() -> ScalarSelect[str]:
    """The decision of the entry's latest review (None when it has none), correlated to HoursEntry."""
    return (
        select(HoursReview.decision)
        .where(HoursReview.entry_id == HoursEntry.id)
        .order_by(HoursReview.reviewed_at.desc(), HoursReview.id.desc())
        .limit(1)
        .correlate(HoursEntry)
        .scalar_subquery()
    )


def superseded() -> ColumnElement[bool]:
    newer = aliased(HoursEntry)
    return exists().where(newer.supersedes_id == HoursEntry.id)


def counts() -> ColumnElement[bool]:
    """True for the HoursEntry rows that count (use in a WHERE over HoursEntry)."""
    decision = latest_review()
    return and_(
        ~superseded(),
        or_(decision == APPROVED, and_(decision.is_(None), HoursEntry.needs_review.is_(False))),
    )


def waiting() -> ColumnElement[bool]:
    """True for the entries a coordinator still has to review (the approvals queue)."""
    return and_(~superseded(), HoursEntry.needs_review.is_(True), latest_review().is_(None))
