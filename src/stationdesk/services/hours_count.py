"""Which volunteer-hours entries count: the one rule every total, roster, certificate and report uses.

Hours entries are insert-only facts. An entry counts when

- no later entry supersedes it (a correction writes a new entry pointing at the one it replaces,
  so a shift is never counted twice), and
- its latest review (by time, then id) approves it, or it has no review and needs none (a desk
  check-out under the crediting rule needs none; an entry made afterwards, an import or a rule's
  closing of a forgotten check-out waits for a coordinator). A rejected entry does not count.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, ScalarSelect, Select, and_, case, exists, or_, select, union
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


def _superseded_ids() -> Select[tuple[str | None]]:
    newer = aliased(HoursEntry)
    return select(newer.supersedes_id).where(newer.supersedes_id.is_not(None))


def _reviewed_ids() -> Select[tuple[str]]:
    return select(HoursReview.entry_id)


def _approved_ids() -> Select[tuple[str]]:
    """The entries whose latest review approves them (reviews are few: evaluated once, not per entry)."""
    review, later = aliased(HoursReview), aliased(HoursReview)
    newer = exists().where(
        later.entry_id == review.entry_id,
        or_(later.reviewed_at > review.reviewed_at,
            and_(later.reviewed_at == review.reviewed_at, later.id > review.id)),
    )  # fmt: skip
    return select(review.entry_id).where(review.decision == APPROVED, ~newer)


def counts() -> ColumnElement[bool]:
    """True for the HoursEntry rows that count (use in a WHERE over HoursEntry).

    Most entries were never corrected nor reviewed: for them the rule is ``not needs_review``, found
    with one look-up in a list SQLite builds once per statement (the few corrected or reviewed
    entries), so ten years of entries are weighed in one pass rather than with correlated look-ups
    and a sort for each."""
    exceptional = union(_superseded_ids(), _reviewed_ids())
    return case(
        (
            HoursEntry.id.in_(exceptional),
            and_(HoursEntry.id.not_in(_superseded_ids()), HoursEntry.id.in_(_approved_ids())),
        ),
        else_=HoursEntry.needs_review.is_(False),
    )


def waiting() -> ColumnElement[bool]:
    """True for the entries a coordinator still has to review (the approvals queue)."""
    return and_(
        HoursEntry.needs_review.is_(True),
        HoursEntry.id.not_in(_superseded_ids()),
        HoursEntry.id.not_in(_reviewed_ids()),
    )
