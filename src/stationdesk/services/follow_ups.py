"""Follow-ups (跟进): a promise to come back to someone, with an owner, a due date and an end.

Every need that cannot be settled at the desk gets an owner, so each follow-up is owned by a user
who may record reception work (and so may close it). It ends only with a note saying what was done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, Role, may
from stationdesk.services import audit
from stationdesk.services.authz import require
from stationdesk.services.context import Actor, ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.store.models import FollowUp, Person, User, WalkIn

OPEN = "open"
DONE = "done"


def _now() -> datetime:
    return datetime.now()


@dataclass(frozen=True)
class FollowUpRow:
    id: str
    person_id: str | None
    person_name: str  # "" for an anonymous walk-in's follow-up
    due_on: date
    note: str
    owner_id: str
    owner_name: str
    status: str  # OPEN or DONE
    overdue: bool
    days_left: int  # negative once overdue


@dataclass(frozen=True)
class Worker:
    """A colleague who may own reception work: follow-ups, key-target visits."""

    id: str
    display_name: str


def _may_own(user: User) -> bool:
    return may_own_as(user.deleted, user.active, user.role)


def may_own_as(deleted: bool, active: bool, role: str) -> bool:
    """Whether a user with these columns may own reception work."""
    return not deleted and active and may(Role(role), Action.RECEPTION_RECORD)


def workers(ctx: ServiceContext) -> list[Worker]:
    """The active users who may own and close reception work, by name (for owner and worker pickers)."""
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        users = session.scalars(select(User).order_by(User.display_name, User.username))
        return [Worker(user.id, user.display_name) for user in users if _may_own(user)]


_OWNER = select(User.deleted, User.active, User.role).where(User.id == bindparam("id"))


def check_owner(session: Session, owner_id: str | None, code: str) -> str:
    """The id of the user who will own the work: active, and allowed to record (and so to close) it.

    Three columns, not the user object: this runs on every walk-in saved."""
    row = session.connection().execute(_OWNER, {"id": owner_id}).first() if owner_id else None
    if row is None or not may_own_as(*row):
        raise ValidationError(code, "the owner must be an active user who may record reception work")
    return owner_id


def check_due(due_on: date | None, today: date) -> date:
    if due_on is None:
        raise ValidationError("followup.due_required", "a due date is required")
    if due_on < today:
        raise ValidationError("followup.due_in_past", "the due date is in the past")
    return due_on


def add_in(
    session: Session,
    actor: Actor,
    *,
    person_id: str | None,
    owner_id: str | None,
    due_on: date,
    note: str,
    walk_in_id: str | None,
) -> FollowUp:
    """Add an open follow-up inside the caller's transaction (the owner is checked here)."""
    check_owner(session, owner_id, "followup.owner_required")
    follow_up = FollowUp(
        person_id=person_id,
        walk_in_id=walk_in_id,
        owner_id=owner_id,
        due_on=due_on,
        note=note.strip(),
        status=OPEN,
        done_at=None,
        done_note="",
        created_by=actor.user_id,
        deleted=False,
    )
    session.add(follow_up)
    return follow_up


def queue(
    ctx: ServiceContext, owner_id: str | None = None, include_done: bool = False, today: date | None = None
) -> list[FollowUpRow]:
    """Follow-ups by due date (open ones only unless asked), of one owner or of everyone."""
    require(ctx, Action.RECEPTION_VIEW)
    today = today or _now().date()
    stmt = (
        select(
            FollowUp.id,
            FollowUp.person_id,
            Person.name,
            FollowUp.due_on,
            FollowUp.note,
            FollowUp.owner_id,
            User.display_name,
            FollowUp.status,
        )
        .join(User, User.id == FollowUp.owner_id)
        .outerjoin(Person, Person.id == FollowUp.person_id)
        .where(FollowUp.deleted.is_(False))
    )
    if owner_id is not None:
        stmt = stmt.where(FollowUp.owner_id == owner_id)
    if not include_done:
        stmt = stmt.where(FollowUp.status == OPEN)
    stmt = stmt.order_by(FollowUp.due_on, FollowUp.id)
    with ctx.reading() as session:
        rows = []
        for id_, person_id, person_name, due_on, note, owner, owner_name, status in session.execute(stmt):
            days_left = (due_on - today).days
            rows.append(
                FollowUpRow(
                    id=id_,
                    person_id=person_id,
                    person_name=person_name or "",
                    due_on=due_on,
                    note=note,
                    owner_id=owner,
                    owner_name=owner_name,
                    status=status,
                    overdue=status == OPEN and days_left < 0,
                    days_left=days_left,
                )
            )
        return rows


def mine(ctx: ServiceContext, today: date | None = None) -> list[FollowUpRow]:
    """The signed-in user's open follow-ups, overdue first (the home page)."""
    actor = require(ctx, Action.RECEPTION_VIEW)
    return queue(ctx, owner_id=actor.user_id, today=today)


def create(
    ctx: ServiceContext,
    person_id: str | None,
    owner_id: str | None,
    due_on: date | None,
    note: str,
    walk_in_id: str | None = None,
) -> str:
    """A follow-up for a person, or for a walk-in (whose person, if any, it takes)."""
    actor = require(ctx, Action.RECEPTION_RECORD)
    due = check_due(due_on, _now().date())
    with ctx.transaction() as session:
        if walk_in_id is not None:
            walk_in = session.get(WalkIn, walk_in_id)
            if walk_in is None or walk_in.deleted:
                raise NotFound("walk_in.not_found")
            if person_id is not None and person_id != walk_in.person_id:
                raise ValidationError("followup.person_mismatch", "the walk-in is of another person")
            person_id = walk_in.person_id
        elif person_id is None:
            raise ValidationError("followup.person_required", "a person or a walk-in is required")
        if person_id is not None:
            person = session.get(Person, person_id)
            if person is None or person.deleted:
                raise NotFound("person.not_found")
        follow_up = add_in(
            session,
            actor,
            person_id=person_id,
            owner_id=owner_id,
            due_on=due,
            note=note,
            walk_in_id=walk_in_id,
        )
        session.flush()
        return follow_up.id


def _open(session: Session, follow_up_id: str) -> FollowUp:
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None or follow_up.deleted:
        raise NotFound("follow_up.not_found")
    if follow_up.status == DONE:
        raise ValidationError("followup.already_done", "the follow-up is already done")
    return follow_up


def complete(ctx: ServiceContext, follow_up_id: str, note: str) -> None:
    """Close a follow-up with a note saying what was done."""
    actor = require(ctx, Action.RECEPTION_RECORD)
    note = note.strip()
    if not note:
        raise ValidationError("followup.note_required", "say what was done")
    with ctx.transaction() as session:
        follow_up = _open(session, follow_up_id)
        follow_up.status = DONE
        follow_up.done_at = _now()
        follow_up.done_note = note
        audit.record(session, actor, "follow_up.complete", record_type="follow_up", record_id=follow_up_id)


def reassign(ctx: ServiceContext, follow_up_id: str, owner_id: str) -> None:
    """Hand an open follow-up to another user (leave, workload)."""
    actor = require(ctx, Action.RECEPTION_RECORD)
    with ctx.transaction() as session:
        follow_up = _open(session, follow_up_id)
        new_owner_id = check_owner(session, owner_id, "followup.owner_required")
        if follow_up.owner_id == new_owner_id:
            return
        old_owner = session.get(User, follow_up.owner_id)
        new_owner = session.get(User, new_owner_id)
        follow_up.owner_id = new_owner_id
        names = [user.username if user else "" for user in (old_owner, new_owner)]
        audit.record(session, actor, "follow_up.reassign", record_type="follow_up", record_id=follow_up_id,
                     detail=" -> ".join(names))  # fmt: skip
