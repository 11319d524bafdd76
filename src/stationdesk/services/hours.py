"""Volunteer hours: check-in and check-out at the desk, entries made afterwards, corrections, reviews.

Every hours entry is an insert-only fact that says how it was made (``source``: desk, entry,
import, rule) and by whom. Which entries count is the one rule of services/hours_count.py.

- **The desk** (``desk``): one input takes a volunteer's card code (the scanner), a name, pinyin
  initials or a phone's last 4 digits (as the training sign-in). A volunteer not checked in is
  checked in, onto the shift of today they signed up for (the one running or the next; none
  left today: a walk-up service without a shift). Scanned again within ``REPEAT_WINDOW`` it only
  says when they checked in (a scanner's double read); later, it checks them out: the 'out'
  fact and a desk entry credited by the station's rule, which needs no review. A walk-up
  service's entry has no schedule to check it against: flagged ``no_shift``, it waits for a
  coordinator, who picks the activity in a correction.
- **Forgotten check-outs** (``close_forgotten``, run at start and when the hours tab opens, and
  by the desk before a volunteer's next check-in): closed at the shift end with the scheduled
  time, flagged ``forgot_checkout``, waiting for review. A check-in is closed once: by a later
  check of the volunteer, or by an entry starting at its time.
- **Afterwards** (``enter_afterwards``, ``mark_from_roster``) and **corrections** (``correct``:
  a new entry superseding the live one) are source "entry" and wait for review.
- **No double counting**: a second live entry for one volunteer and shift is refused unless it
  supersedes the live one; an entry made by hand may not overlap another live one in time.
- **Reviews** (``approve``, ``reject``; Action.HOURS_APPROVE): a coordinator does not approve or
  reject an entry they made by hand themselves (source entry or import; the four-eyes rule)
  unless they are the administrator, who may have nobody else to ask. Desk and rule entries
  record a fact or the station's rule, not the recorder's claim: anyone may review them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from stationdesk.domain import codes
from stationdesk.domain import hours as rules
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.hours import Basis, CreditRule, Source
from stationdesk.domain.roles import Action, Role
from stationdesk.services import settings
from stationdesk.services.authz import require
from stationdesk.services.context import Actor, ServiceContext
from stationdesk.services.enrolment import PICK_MAX, typed_matches
from stationdesk.services.errors import NotFound
from stationdesk.services.hours_count import APPROVED, REJECTED, latest_review, superseded
from stationdesk.store.models import (
    Activity,
    HoursEntry,
    HoursReview,
    Person,
    Shift,
    ShiftAssignment,
    Volunteer,
    VolunteerCheck,
)

REPEAT_WINDOW = timedelta(minutes=10)
"""A second scan this soon after checking in only says when (a double read, or a second thought)."""
CONTENT_MAX = 256
NOTE_MAX = 256
LEFT = "left"
_BASIS, _ROUNDING, _EARLY = "hours.basis", "hours.rounding", "hours.no_early_credit"


# --- the crediting rule (settings) ------------------------------------------------------------


def credit_rule_in(session: Session) -> CreditRule:
    """The station's crediting rule as set, the defaults (actual time, to the minute, no early
    credit) for what was never set or no longer reads."""
    basis = settings.value_in(session, _BASIS) or Basis.ACTUAL.value
    rounding = settings.value_in(session, _ROUNDING) or "0"
    early = settings.value_in(session, _EARLY) or "1"
    try:
        return CreditRule(Basis(basis), int(rounding), early != "0")
    except (ValueError, ValidationError):
        return CreditRule()


def credit_rule(ctx: ServiceContext) -> CreditRule:
    require(ctx, Action.VOLUNTEER_VIEW)
    with ctx.reading() as session:
        return credit_rule_in(session)


def set_credit_rule(ctx: ServiceContext, rule: CreditRule) -> None:
    """Change the rule (Action.SETTINGS_EDIT): it applies to check-outs from now on; entries
    already made keep what they credited."""
    rule = CreditRule(Basis(rule.basis), rule.rounding, rule.no_early_credit)  # checks it again
    settings.set_values(
        ctx,
        {
            _BASIS: rule.basis.value,
            _ROUNDING: str(rule.rounding),
            _EARLY: "1" if rule.no_early_credit else "0",
        },
    )


# --- what the desk answers -------------------------------------------------------------------


@dataclass(frozen=True)
class VolunteerMatch:
    id: str
    name: str
    organisation: str
    code: str


@dataclass(frozen=True)
class ShiftBrief:
    id: str
    activity_id: str
    activity: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class CheckedIn:
    volunteer: VolunteerMatch
    shift: ShiftBrief | None  # None: a walk-up service
    at: datetime
    already: bool  # checked in before: nothing was written


@dataclass(frozen=True)
class CheckedOut:
    volunteer: VolunteerMatch
    shift: ShiftBrief | None
    checked_in_at: datetime
    at: datetime
    minutes: int
    entry_id: str | None  # None: the shift's hours had been entered already (nothing counted twice)
    needs_review: bool


@dataclass(frozen=True)
class Choices:
    """Several volunteers match what was typed: pick one."""

    volunteers: tuple[VolunteerMatch, ...]


DeskResult = CheckedIn | CheckedOut


def _volunteer_rows(
    session: Session, *conditions: ColumnElement[bool]
) -> list[tuple[VolunteerMatch, str, str, str, str]]:
    rows = session.execute(
        select(
            Volunteer.id,
            Person.name,
            Volunteer.organisation,
            Volunteer.code,
            Person.name_initials,
            Person.name_pinyin,
            Person.phone,
        )
        .join(Person, Person.id == Volunteer.person_id)
        .where(Volunteer.deleted.is_(False), Person.deleted.is_(False), *conditions)
    )
    return [
        (VolunteerMatch(vid, name, org, code), name, initials or "", full or "", phone or "")
        for vid, name, org, code, initials, full, phone in rows
    ]


def volunteer_in(session: Session, volunteer_id: str) -> VolunteerMatch:
    found = _volunteer_rows(session, Volunteer.id == volunteer_id)
    if not found:
        raise NotFound("volunteer.not_found")
    return found[0][0]


def _matches(session: Session, typed: str) -> list[VolunteerMatch]:
    text = codes.folded(typed)
    if codes.looks_like_code(text):  # the scanner: one indexed lookup
        return [row[0] for row in _volunteer_rows(session, Volunteer.code == text)]
    return typed_matches(typed, _volunteer_rows(session))


def _live_status(session: Session, volunteer_id: str) -> None:
    status = session.scalar(select(Volunteer.status).where(Volunteer.id == volunteer_id))
    if status == LEFT:
        raise ValidationError("hours.volunteer_left", "the volunteer has left: restore them first")


def _shift_brief(session: Session, shift_id: str | None) -> ShiftBrief | None:
    if shift_id is None:
        return None
    row = session.execute(
        select(Shift, Activity.name)
        .join(Activity, Activity.id == Shift.activity_id)
        .where(Shift.id == shift_id)
    ).first()
    if row is None:
        return None
    shift, name = row
    return ShiftBrief(shift.id, shift.activity_id, name, shift.starts_at, shift.ends_at)


def _day(on: date) -> tuple[datetime, datetime]:
    start = datetime.combine(on, time())
    return start, start + timedelta(days=1)


def _todays_shift(session: Session, volunteer_id: str, now: datetime) -> ShiftBrief | None:
    """The shift of today the volunteer signed up for that is running or comes next."""
    start, end = _day(now.date())
    shift_id = session.scalar(
        select(Shift.id)
        .join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
        .where(
            ShiftAssignment.volunteer_id == volunteer_id,
            ShiftAssignment.withdrawn.is_(False),
            ShiftAssignment.deleted.is_(False),
            Shift.deleted.is_(False),
            Shift.cancelled.is_(False),
            Shift.starts_at >= start,
            Shift.starts_at < end,
            Shift.ends_at > now,
        )
        .order_by(Shift.starts_at)
        .limit(1)
    )
    return _shift_brief(session, shift_id)


def _open_check(session: Session, volunteer_id: str) -> VolunteerCheck | None:
    """The volunteer's check-in not yet closed (by a later check, or an entry starting at it)."""
    latest = session.scalars(
        select(VolunteerCheck)
        .where(VolunteerCheck.volunteer_id == volunteer_id)
        .order_by(VolunteerCheck.at.desc(), VolunteerCheck.id.desc())
        .limit(1)
    ).first()
    if latest is None or latest.kind != "in":
        return None
    closed = session.scalar(
        select(HoursEntry.id)
        .where(HoursEntry.volunteer_id == volunteer_id, HoursEntry.starts_at == latest.at)
        .limit(1)
    )
    return None if closed else latest


def desk(ctx: ServiceContext, typed: str, now: datetime | None = None) -> DeskResult | Choices:
    """What the desk's input does with a scanned code, a name, initials or a phone tail: check the
    one volunteer meant in, or out; several: a short list to pick from."""
    return _desk(ctx, typed, now, check_out_too=True)


def check_in(ctx: ServiceContext, typed: str, now: datetime | None = None) -> CheckedIn | Choices:
    """Check in whoever ``typed`` names; one checked in already is told when (nothing written)."""
    result = _desk(ctx, typed, now, check_out_too=False)
    assert not isinstance(result, CheckedOut)
    return result


def _desk(
    ctx: ServiceContext, typed: str, now: datetime | None, *, check_out_too: bool
) -> DeskResult | Choices:
    actor = require(ctx, Action.VOLUNTEER_CHECKIN)
    now = now or datetime.now()
    if not typed.strip():
        raise ValidationError("hours.empty", "type or scan a code, a name or a phone's last 4 digits")
    with ctx.transaction() as session:
        found = _matches(session, typed)
        if not found:
            _refuse_mistyped_code(typed)
            raise NotFound("hours.no_match", typed=typed.strip())
        if len(found) > 1:
            return Choices(tuple(sorted(found, key=lambda v: v.name)[:PICK_MAX]))
        method = "scan" if codes.looks_like_code(typed) else "name"
        return _toggle(session, actor, found[0], now, method, check_out_too)


def desk_volunteer(ctx: ServiceContext, volunteer_id: str, now: datetime | None = None) -> DeskResult:
    """The desk for the volunteer picked from the short list (or a row of today's list)."""
    actor = require(ctx, Action.VOLUNTEER_CHECKIN)
    now = now or datetime.now()
    with ctx.transaction() as session:
        return _toggle(session, actor, volunteer_in(session, volunteer_id), now, "name")


def _refuse_mistyped_code(typed: str) -> None:
    text = codes.folded(typed)
    if len(text) == codes.CODE_LENGTH and all(ch in codes.ALPHABET for ch in text):
        raise ValidationError("hours.code_checksum", "not a valid code, nor a name", {"typed": typed.strip()})


def _toggle(
    session: Session,
    actor: Actor,
    who: VolunteerMatch,
    now: datetime,
    method: str,
    check_out_too: bool = True,
) -> DeskResult:
    rule = credit_rule_in(session)
    check = _open_check(session, who.id)
    if check is not None:
        shift = _shift_brief(session, check.shift_id)
        if rules.forgotten(check.at, shift.ends_at if shift else None, now):
            _close_by_rule(session, actor, rule, check, shift, now)
        elif now - check.at < REPEAT_WINDOW or not check_out_too:
            return CheckedIn(who, shift, check.at, already=True)
        else:
            return _check_out(session, actor, rule, who, check, now, method)
    _live_status(session, who.id)
    shift = _todays_shift(session, who.id, now)
    session.add(
        VolunteerCheck(
            volunteer_id=who.id,
            shift_id=shift.id if shift else None,
            kind="in",
            at=now,
            method=method,
            recorded_by=actor.user_id,
        )
    )
    return CheckedIn(who, shift, now, already=False)


def check_out(ctx: ServiceContext, volunteer_id: str, now: datetime | None = None) -> CheckedOut:
    """Check the volunteer out now: the 'out' fact and a desk entry credited by the rule."""
    actor = require(ctx, Action.VOLUNTEER_CHECKIN)
    now = now or datetime.now()
    with ctx.transaction() as session:
        who = volunteer_in(session, volunteer_id)
        check = _open_check(session, volunteer_id)
        if check is None:
            raise ValidationError("hours.not_checked_in", "not checked in")
        return _check_out(session, actor, credit_rule_in(session), who, check, now, "name")


def _check_out(
    session: Session,
    actor: Actor,
    rule: CreditRule,
    who: VolunteerMatch,
    check: VolunteerCheck,
    now: datetime,
    method: str,
) -> CheckedOut:
    shift = _shift_brief(session, check.shift_id)
    start, end = (shift.starts_at, shift.ends_at) if shift else (None, None)
    minutes = rules.credited_minutes(rule, start, end, check.at, now)
    session.add(
        VolunteerCheck(
            volunteer_id=who.id,
            shift_id=check.shift_id,
            kind="out",
            at=now,
            method=method,
            recorded_by=actor.user_id,
        )
    )
    if shift is not None and _live_entry(session, who.id, shift.id) is not None:
        return CheckedOut(who, shift, check.at, now, 0, None, needs_review=False)
    entry = HoursEntry(
        volunteer_id=who.id,
        shift_id=check.shift_id,
        activity_id=shift.activity_id if shift else None,
        service_date=check.at.date(),
        starts_at=check.at,
        ends_at=now,
        credited_minutes=minutes,
        content=shift.activity if shift else "",
        source=Source.DESK.value,
        needs_review=shift is None,
        flag="" if shift else rules.NO_SHIFT,
        supersedes_id=None,
        recorded_by=actor.user_id,
        recorded_at=now,
    )
    session.add(entry)
    session.flush()
    return CheckedOut(who, shift, check.at, now, minutes, entry.id, needs_review=shift is None)


# --- forgotten check-outs ---------------------------------------------------------------------


def close_forgotten(ctx: ServiceContext, now: datetime | None = None) -> int:
    """Close every forgotten check-out by the rule (at the shift end, with the scheduled time,
    flagged for review); returns how many. Running it again closes nothing twice."""
    actor = require(ctx, Action.VOLUNTEER_CHECKIN)
    now = now or datetime.now()
    later = aliased(VolunteerCheck)
    open_checks = select(VolunteerCheck).where(
        VolunteerCheck.kind == "in",
        VolunteerCheck.at < now,
        ~exists().where(
            later.volunteer_id == VolunteerCheck.volunteer_id,
            or_(
                later.at > VolunteerCheck.at,
                and_(later.at == VolunteerCheck.at, later.id > VolunteerCheck.id),
            ),
        ),
        ~exists().where(
            HoursEntry.volunteer_id == VolunteerCheck.volunteer_id, HoursEntry.starts_at == VolunteerCheck.at
        ),
    )
    closed = 0
    with ctx.transaction() as session:
        rule = credit_rule_in(session)
        for check in session.scalars(open_checks).all():
            shift = _shift_brief(session, check.shift_id)
            if rules.forgotten(check.at, shift.ends_at if shift else None, now):
                _close_by_rule(session, actor, rule, check, shift, now)
                closed += 1
    return closed


def _close_by_rule(
    session: Session,
    actor: Actor,
    rule: CreditRule,
    check: VolunteerCheck,
    shift: ShiftBrief | None,
    now: datetime,
) -> None:
    """Close one forgotten check-in; when the shift's hours were entered meanwhile, an 'out' fact
    closes it without a second entry."""
    if shift is not None and _live_entry(session, check.volunteer_id, shift.id) is not None:
        session.add(
            VolunteerCheck(
                volunteer_id=check.volunteer_id,
                shift_id=shift.id,
                kind="out",
                at=max(shift.ends_at, check.at),
                method="rule",
                recorded_by=actor.user_id,
            )
        )
        return
    closing = rules.close_forgotten(
        rule, shift.starts_at if shift else None, shift.ends_at if shift else None, check.at
    )
    session.add(
        HoursEntry(
            volunteer_id=check.volunteer_id,
            shift_id=check.shift_id,
            activity_id=shift.activity_id if shift else None,
            service_date=check.at.date(),
            starts_at=check.at,
            ends_at=closing.ends_at,
            credited_minutes=closing.minutes,
            content=shift.activity if shift else "",
            source=Source.RULE.value,
            needs_review=True,
            flag=closing.flag,
            supersedes_id=None,
            recorded_by=actor.user_id,
            recorded_at=now,
        )
    )
    session.flush()


# --- entries made by hand ---------------------------------------------------------------------


@dataclass(frozen=True)
class HoursDraft:
    """Hours entered afterwards: for a shift (activity and day from it), or for an activity on a day.
    ``minutes`` overrides what the rule credits for the times (a correction may need it)."""

    volunteer_id: str
    starts_at: datetime
    ends_at: datetime
    shift_id: str | None = None
    activity_id: str | None = None
    content: str = ""
    minutes: int | None = None


def _live() -> ColumnElement[bool]:
    decision = latest_review()
    return and_(~superseded(), or_(decision.is_(None), decision != REJECTED))


def _live_entry(session: Session, volunteer_id: str, shift_id: str) -> str | None:
    """The live (not superseded, not rejected) entry of a volunteer for a shift."""
    return session.scalar(
        select(HoursEntry.id)
        .where(HoursEntry.volunteer_id == volunteer_id, HoursEntry.shift_id == shift_id, _live())
        .limit(1)
    )


def _overlapping(session: Session, draft: HoursDraft, ignore: str | None) -> bool:
    query = select(HoursEntry.id).where(
        HoursEntry.volunteer_id == draft.volunteer_id,
        HoursEntry.service_date.between(draft.starts_at.date() - timedelta(days=1), draft.ends_at.date()),
        HoursEntry.starts_at < draft.ends_at,
        HoursEntry.ends_at > draft.starts_at,
        HoursEntry.credited_minutes > 0,
        _live(),
    )
    if ignore:
        query = query.where(HoursEntry.id != ignore)
    return session.scalar(query.limit(1)) is not None


def _entry_row(
    session: Session, actor: Actor, draft: HoursDraft, now: datetime, supersedes: str | None
) -> HoursEntry:
    """Check a draft and build its entry (source entry, waiting for review); nothing is written."""
    volunteer_in(session, draft.volunteer_id)
    content = draft.content.strip()
    if len(content) > CONTENT_MAX:
        raise ValidationError("hours.content_too_long", "too long", {"max": CONTENT_MAX})
    if draft.ends_at > now:
        raise ValidationError("hours.in_future", "hours cannot be entered before they are served")
    rules.check_stay(draft.starts_at, draft.ends_at)
    shift = _shift_brief(session, draft.shift_id)
    if draft.shift_id is not None and shift is None:
        raise NotFound("shift.not_found")
    activity_id = shift.activity_id if shift else draft.activity_id
    if activity_id is None and supersedes is None:
        raise ValidationError("hours.activity_required", "choose the shift or the activity")
    if activity_id is not None and session.get(Activity, activity_id) is None:
        raise NotFound("activity.not_found")
    rule = credit_rule_in(session)
    start, end = (shift.starts_at, shift.ends_at) if shift else (None, None)
    if draft.minutes is None:
        minutes = rules.credited_minutes(rule, start, end, draft.starts_at, draft.ends_at)
    else:
        minutes = rules.check_credited(draft.minutes)
    if shift is not None and _live_entry(session, draft.volunteer_id, shift.id) not in (None, supersedes):
        raise ValidationError(
            "hours.duplicate", "this shift's hours are already entered: correct them instead"
        )
    if _overlapping(session, draft, supersedes):
        raise ValidationError("hours.overlap", "the volunteer has other hours at that time")
    return HoursEntry(
        volunteer_id=draft.volunteer_id,
        shift_id=draft.shift_id,
        activity_id=activity_id,
        service_date=draft.starts_at.date(),
        starts_at=draft.starts_at,
        ends_at=draft.ends_at,
        credited_minutes=minutes,
        content=content or (shift.activity if shift else ""),
        source=Source.ENTRY.value,
        needs_review=True,
        flag="",
        supersedes_id=supersedes,
        recorded_by=actor.user_id,
        recorded_at=now,
    )


def enter_afterwards(ctx: ServiceContext, draft: HoursDraft, now: datetime | None = None) -> str:
    """Hours served and recorded afterwards (source "entry"): they wait for a coordinator."""
    actor = require(ctx, Action.VOLUNTEER_CHECKIN)
    now = now or datetime.now()
    with ctx.transaction() as session:
        entry = _entry_row(session, actor, draft, now, None)
        session.add(entry)
        session.flush()
        return entry.id


@dataclass(frozen=True)
class RosterMarks:
    entered: tuple[str, ...]  # the new entries' ids
    skipped: tuple[str, ...]  # volunteers whose hours for the shift were there already


def with_hours(ctx: ServiceContext, shift_id: str) -> frozenset[str]:
    """The volunteers whose hours for the shift are there already (a live entry: not superseded,
    not rejected): marking them from the roster would skip them."""
    require(ctx, Action.VOLUNTEER_VIEW)
    with ctx.reading() as session:
        query = select(HoursEntry.volunteer_id).where(HoursEntry.shift_id == shift_id, _live())
        return frozenset(session.scalars(query))


def mark_from_roster(
    ctx: ServiceContext, shift_id: str, volunteer_ids: Iterable[str], now: datetime | None = None
) -> RosterMarks:
    """Tick volunteers signed up for a past shift as present: each gets the scheduled time (source
    "entry", waiting for review) and its check-in and check-out marked "roster"; one whose hours
    for the shift are there already is skipped."""
    actor = require(ctx, Action.VOLUNTEER_CHECKIN)
    now = now or datetime.now()
    wanted = list(dict.fromkeys(volunteer_ids))
    with ctx.transaction() as session:
        shift = _shift_brief(session, shift_id)
        if shift is None:
            raise NotFound("shift.not_found")
        assigned = set(
            session.scalars(
                select(ShiftAssignment.volunteer_id).where(
                    ShiftAssignment.shift_id == shift_id,
                    ShiftAssignment.withdrawn.is_(False),
                    ShiftAssignment.deleted.is_(False),
                )
            )
        )
        if strangers := [v for v in wanted if v not in assigned]:
            raise ValidationError(
                "hours.not_on_roster", "not signed up for this shift", {"count": len(strangers)}
            )
        entered, skipped = [], []
        for volunteer_id in wanted:
            if _live_entry(session, volunteer_id, shift_id) is not None:
                skipped.append(volunteer_id)
                continue
            draft = HoursDraft(volunteer_id, shift.starts_at, shift.ends_at, shift_id)
            entry = _entry_row(session, actor, draft, now, None)
            for kind, at in (("in", shift.starts_at), ("out", shift.ends_at)):
                session.add(
                    VolunteerCheck(
                        volunteer_id=volunteer_id,
                        shift_id=shift_id,
                        kind=kind,
                        at=at,
                        method="roster",
                        recorded_by=actor.user_id,
                    )
                )
            session.add(entry)
            session.flush()
            entered.append(entry.id)
        return RosterMarks(tuple(entered), tuple(skipped))


def _entry_in(session: Session, entry_id: str) -> HoursEntry:
    entry = session.get(HoursEntry, entry_id)
    if entry is None:
        raise NotFound("hours.entry_not_found")
    if session.scalar(select(HoursEntry.id).where(HoursEntry.supersedes_id == entry_id).limit(1)):
        raise ValidationError("hours.superseded", "this entry was corrected already: open the latest one")
    return entry


@dataclass(frozen=True)
class Correction:
    starts_at: datetime
    ends_at: datetime
    content: str = ""
    activity_id: str | None = None  # None: the entry's own
    minutes: int | None = None  # None: what the rule credits for the times


def correct(ctx: ServiceContext, entry_id: str, fix: Correction, now: datetime | None = None) -> str:
    """A corrected entry superseding ``entry_id`` (the latest of its chain); it waits for review."""
    actor = require(ctx, Action.VOLUNTEER_CHECKIN)
    now = now or datetime.now()
    with ctx.transaction() as session:
        old = _entry_in(session, entry_id)
        draft = HoursDraft(
            old.volunteer_id,
            fix.starts_at,
            fix.ends_at,
            old.shift_id,
            fix.activity_id or old.activity_id,
            fix.content or old.content,
            fix.minutes,
        )
        entry = _entry_row(session, actor, draft, now, old.id)  # no flag: the correction is what is reviewed
        session.add(entry)
        session.flush()
        return entry.id


# --- reviews ----------------------------------------------------------------------------------


def approve(ctx: ServiceContext, entry_id: str, note: str = "", now: datetime | None = None) -> None:
    _review(ctx, entry_id, APPROVED, note, now)


def reject(ctx: ServiceContext, entry_id: str, note: str = "", now: datetime | None = None) -> None:
    _review(ctx, entry_id, REJECTED, note, now)


def _review(ctx: ServiceContext, entry_id: str, decision: str, note: str, now: datetime | None) -> None:
    actor = require(ctx, Action.HOURS_APPROVE)
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError("hours.note_too_long", "too long", {"max": NOTE_MAX})
    with ctx.transaction() as session:
        entry = _entry_in(session, entry_id)
        by_hand = entry.source in (Source.ENTRY.value, Source.IMPORT.value)
        if by_hand and entry.recorded_by == actor.user_id and actor.role != Role.ADMIN:
            raise ValidationError("hours.own_entry", "another coordinator reviews the hours you entered")
        session.add(
            HoursReview(
                entry_id=entry.id,
                decision=decision,
                reviewed_by=actor.user_id,
                reviewed_at=now or datetime.now(),
                note=note,
            )
        )
