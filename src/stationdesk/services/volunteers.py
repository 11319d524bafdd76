"""Volunteers (志愿者) and their teams (志愿者队伍).

A volunteer is a person of the registry with a volunteer profile: organisation (a university
volunteer team, a caring enterprise), skills, availability, registration date, status (active,
paused, left: a volunteer who left keeps their history) and the national volunteer-platform
number (全国志愿服务信息系统编号) if any. Each gets a check-in code (domain/codes.py) for the
volunteer card and the desk's scanner.

Teams have members from a day until a day (removing one sets ``left_on``, nothing is deleted) and
leaders. A team is retired, never removed.

The list shows every volunteer's counted hours: SUM(credited_minutes) over the entries that count
(services/hours_count.counts()), one grouped subquery joined to the list's one statement.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from stationdesk.domain import codes
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.masking import mask_phone
from stationdesk.domain.roles import Action
from stationdesk.services import hours_count, named_lists
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.services.fields import one_line
from stationdesk.services.person_search import clean_query, plan
from stationdesk.services.unique_codes import unused_code
from stationdesk.store.models import HoursEntry, Person, TeamMember, Volunteer, VolunteerTeam

ACTIVE, PAUSED, LEFT = "active", "paused", "left"
STATUSES = (ACTIVE, PAUSED, LEFT)
ORGANISATION_MAX = 128
SKILLS_MAX = 256
AVAILABILITY_MAX = 256
PLATFORM_NUMBER_MAX = 32
TEAM_NAME_MAX = 64
RECENT_HOURS = 10
_SEPARATOR = "\n"  # between aggregated team names (a name is one line)


@dataclass(frozen=True)
class VolunteerDraft:
    """What the profile form submits; ``registered_on`` None: today."""

    organisation: str = ""
    skills: str = ""
    availability: str = ""
    registered_on: date | None = None
    status: str = ACTIVE
    platform_number: str = ""
    notes: str = ""


@dataclass(frozen=True)
class VolunteerRow:
    """A volunteer as the list shows them: with their current teams and counted hours."""

    id: str
    person_id: str
    name: str
    phone_masked: str
    code: str
    organisation: str
    skills: str
    status: str
    registered_on: date
    platform_number: str
    teams: tuple[str, ...]
    minutes: int  # counted hours, in minutes

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class Membership:
    """A volunteer in a team: ``id`` is the membership's; ``left_on`` None while a member."""

    id: str
    team_id: str
    team_name: str
    volunteer_id: str
    name: str
    code: str
    leader: bool
    joined_on: date
    left_on: date | None


@dataclass(frozen=True)
class HoursLine:
    service_date: date
    minutes: int
    content: str


@dataclass(frozen=True)
class VolunteerDetail:
    row: VolunteerRow
    availability: str
    notes: str
    memberships: tuple[Membership, ...]  # current and past, the current first
    recent_hours: tuple[HoursLine, ...]  # counted entries, the latest first

    @property
    def draft(self) -> VolunteerDraft:
        r = self.row
        return VolunteerDraft(r.organisation, r.skills, self.availability, r.registered_on, r.status,
                              r.platform_number, self.notes)  # fmt: skip


@dataclass(frozen=True)
class TeamDraft:
    name: str
    organisation: str = ""
    description: str = ""


@dataclass(frozen=True)
class TeamRow:
    id: str
    name: str
    organisation: str
    description: str
    retired: bool
    members: int  # current members
    leaders: tuple[str, ...]


# --- checks --------------------------------------------------------------------------------------


def clean_platform_number(raw: str) -> str:
    """The platform number as stored: full-width folded, spaces dropped, at most 32 characters (no
    public format of the national platform's numbers is documented, so only the length is judged)."""
    text = "".join(clean_query(raw).upper().split())
    if len(text) > PLATFORM_NUMBER_MAX:
        raise ValidationError(
            "volunteer.platform_number_too_long", "platform number too long", {"max": PLATFORM_NUMBER_MAX}
        )
    return text


def clean_draft(draft: VolunteerDraft, today: date | None = None) -> VolunteerDraft:
    """``draft`` as stored (trimmed, today filled in), or its first ValidationError."""
    today = today or date.today()
    if draft.status not in STATUSES:
        raise ValidationError("volunteer.bad_status", "active, paused or left", {"status": draft.status})
    registered = draft.registered_on or today
    if registered > today:
        raise ValidationError("volunteer.registered_in_future", "the registration date is in the future")
    if registered < date(1900, 1, 1):
        raise ValidationError("volunteer.registered_too_early", "a registration date from 1900 on")
    return VolunteerDraft(
        organisation=one_line(draft.organisation, "volunteer.organisation_too_long", ORGANISATION_MAX),
        skills=one_line(draft.skills, "volunteer.skills_too_long", SKILLS_MAX),
        availability=one_line(draft.availability, "volunteer.availability_too_long", AVAILABILITY_MAX),
        registered_on=registered,
        status=draft.status,
        platform_number=clean_platform_number(draft.platform_number),
        notes=draft.notes.strip(),
    )


def _clean_team(draft: TeamDraft) -> TeamDraft:
    return TeamDraft(
        named_lists.clean_name(draft.name, TEAM_NAME_MAX, "team.bad_name"),
        one_line(draft.organisation, "team.organisation_too_long", ORGANISATION_MAX),
        draft.description.strip(),
    )


def volunteer_in(session: Session, volunteer_id: str) -> Volunteer:
    return named_lists.get_live(session, Volunteer, volunteer_id, "volunteer.not_found")


def team_in(session: Session, team_id: str) -> VolunteerTeam:
    return named_lists.get_live(session, VolunteerTeam, team_id, "team.not_found")


# --- volunteers: writing -------------------------------------------------------------------------


def volunteer_ids_of(session: Session, person_ids: Iterable[str]) -> dict[str, str]:
    """person id -> volunteer id, for those of ``person_ids`` who are volunteers."""
    ids = list(set(person_ids))
    if not ids:
        return {}
    query = select(Volunteer.person_id, Volunteer.id).where(
        Volunteer.person_id.in_(ids), Volunteer.deleted.is_(False)
    )
    return {person: volunteer for person, volunteer in session.execute(query)}


def create(ctx: ServiceContext, person_id: str, draft: VolunteerDraft) -> str:
    """Make a registry person a volunteer; returns the volunteer's id. Refused for an unknown
    person (``person.not_found``) and for one who is a volunteer already (``volunteer.exists``)."""
    require(ctx, Action.VOLUNTEER_EDIT)
    clean = clean_draft(draft)
    with ctx.transaction() as session:
        return create_in(session, person_id, clean)


def create_in(session: Session, person_id: str, clean: VolunteerDraft) -> str:
    """``create`` inside the caller's transaction (the roster import makes many), ``clean`` checked."""
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise NotFound("person.not_found")
    if volunteer_ids_of(session, [person_id]):
        raise ValidationError("volunteer.exists", "already a volunteer", {"name": person.name})
    volunteer = Volunteer(person_id=person_id, code=unused_code(session, Volunteer.code), deleted=False)
    _apply(volunteer, clean)
    session.add(volunteer)
    session.flush()
    return volunteer.id


def _apply(volunteer: Volunteer, clean: VolunteerDraft) -> None:
    volunteer.organisation = clean.organisation
    volunteer.skills = clean.skills
    volunteer.availability = clean.availability
    volunteer.registered_on = clean.registered_on or date.today()
    volunteer.status = clean.status
    volunteer.platform_number = clean.platform_number
    volunteer.notes = clean.notes


def update(ctx: ServiceContext, volunteer_id: str, draft: VolunteerDraft) -> None:
    require(ctx, Action.VOLUNTEER_EDIT)
    clean = clean_draft(draft)
    with ctx.transaction() as session:
        _apply(volunteer_in(session, volunteer_id), clean)


def set_status(ctx: ServiceContext, volunteer_id: str, status: str) -> None:
    """Active, paused or left; a volunteer who left keeps their teams' history and their hours."""
    require(ctx, Action.VOLUNTEER_EDIT)
    if status not in STATUSES:
        raise ValidationError("volunteer.bad_status", "active, paused or left", {"status": status})
    with ctx.transaction() as session:
        volunteer_in(session, volunteer_id).status = status


# --- volunteers: reading -------------------------------------------------------------------------


def counted_minutes() -> Select[tuple[str, int]]:
    """volunteer_id, total credited minutes over the entries that count: one grouped query."""
    return (
        select(HoursEntry.volunteer_id, func.sum(HoursEntry.credited_minutes).label("minutes"))
        .where(hours_count.counts())
        .group_by(HoursEntry.volunteer_id)
    )


def _current_member() -> ColumnElement[bool]:
    return and_(TeamMember.deleted.is_(False), TeamMember.left_on.is_(None))


def _team_names() -> ColumnElement[str]:
    """The volunteer's current teams' names, joined by a line break (correlated to Volunteer)."""
    return (
        select(func.aggregate_strings(VolunteerTeam.name, _SEPARATOR))
        .join(TeamMember, TeamMember.team_id == VolunteerTeam.id)
        .where(TeamMember.volunteer_id == Volunteer.id, _current_member(), VolunteerTeam.deleted.is_(False))
        .correlate(Volunteer)
        .scalar_subquery()
    )


def matches(text: str) -> ColumnElement[bool]:
    """Name, pinyin initials or full pinyin, a phone's tail (the registry's index plans), the
    check-in code, or part of the organisation."""
    plain = clean_query(text).replace("%", "").replace("_", "")
    tests: list[ColumnElement[bool]] = list(plan(text).conditions)
    tests.append(Volunteer.code == codes.folded(text))
    if plain:
        tests.append(Volunteer.organisation.like(f"%{plain}%"))
    return or_(*tests)


def _list_query(search: str, status: str | None, team_id: str | None) -> Select[tuple[object, ...]]:
    hours = counted_minutes().subquery()
    query = (
        select(Volunteer, Person.name, Person.phone, _team_names(), func.coalesce(hours.c.minutes, 0))
        .join(Person, Person.id == Volunteer.person_id)
        .outerjoin(hours, hours.c.volunteer_id == Volunteer.id)
        .where(Volunteer.deleted.is_(False), Person.deleted.is_(False))
    )
    if status:
        query = query.where(Volunteer.status == status)
    if team_id:
        member = select(TeamMember.id).where(
            TeamMember.volunteer_id == Volunteer.id, TeamMember.team_id == team_id, _current_member()
        )
        query = query.where(exists(member))
    if search.strip():
        query = query.where(matches(search))
    return query.order_by(Person.name_pinyin, Volunteer.id)


def _row(volunteer: Volunteer, name: str, phone: str | None, teams: str | None, minutes: int) -> VolunteerRow:
    return VolunteerRow(
        id=volunteer.id,
        person_id=volunteer.person_id,
        name=name,
        phone_masked=mask_phone(phone),
        code=volunteer.code,
        organisation=volunteer.organisation,
        skills=volunteer.skills,
        status=volunteer.status,
        registered_on=volunteer.registered_on,
        platform_number=volunteer.platform_number,
        teams=tuple(sorted(teams.split(_SEPARATOR))) if teams else (),
        minutes=int(minutes or 0),
    )


def list_volunteers(
    ctx: ServiceContext, search: str = "", *, status: str | None = None, team_id: str | None = None
) -> list[VolunteerRow]:
    """The volunteers in pinyin order with their current teams and counted hours, in one statement.
    ``search``: name, pinyin initials, phone tail, check-in code or organisation; ``status`` and
    ``team_id`` (current members) filter."""
    require(ctx, Action.VOLUNTEER_VIEW)
    if status and status not in STATUSES:
        raise ValidationError("volunteer.bad_status", "active, paused or left", {"status": status})
    with ctx.reading() as session:
        return [_row(*rec) for rec in session.execute(_list_query(search, status, team_id))]


def _memberships(session: Session, *conditions: ColumnElement[bool]) -> list[Membership]:
    rows = session.execute(
        select(TeamMember, VolunteerTeam.name, Person.name, Volunteer.code)
        .join(VolunteerTeam, VolunteerTeam.id == TeamMember.team_id)
        .join(Volunteer, Volunteer.id == TeamMember.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .where(TeamMember.deleted.is_(False), *conditions)
        .order_by(
            TeamMember.left_on.is_not(None),
            TeamMember.leader.desc(),
            Person.name_pinyin,
            TeamMember.joined_on,
        )
    )
    return [
        Membership(m.id, m.team_id, team, m.volunteer_id, name, code, m.leader, m.joined_on, m.left_on)
        for m, team, name, code in rows
    ]


def get(ctx: ServiceContext, volunteer_id: str) -> VolunteerDetail:
    """One volunteer's profile, teams (current and past) and latest counted hours."""
    require(ctx, Action.VOLUNTEER_VIEW)
    with ctx.reading() as session:
        found = session.execute(_list_query("", None, None).where(Volunteer.id == volunteer_id)).first()
        if found is None:
            raise NotFound("volunteer.not_found")
        row = _row(*found)
        volunteer = found[0]
        recent = session.execute(
            select(HoursEntry.service_date, HoursEntry.credited_minutes, HoursEntry.content)
            .where(HoursEntry.volunteer_id == volunteer_id, hours_count.counts())
            .order_by(HoursEntry.service_date.desc(), HoursEntry.recorded_at.desc())
            .limit(RECENT_HOURS)
        )
        return VolunteerDetail(
            row,
            volunteer.availability,
            volunteer.notes,
            tuple(_memberships(session, TeamMember.volunteer_id == volunteer_id)),
            tuple(HoursLine(*line) for line in recent),
        )


# --- teams ---------------------------------------------------------------------------------------


def create_team(ctx: ServiceContext, draft: TeamDraft) -> str:
    require(ctx, Action.VOLUNTEER_EDIT)
    clean = _clean_team(draft)
    with ctx.transaction() as session:
        return create_team_in(session, clean)


def create_team_in(session: Session, clean: TeamDraft) -> str:
    named_lists.check_unique(session, VolunteerTeam, clean.name, None, "team.exists")
    team = VolunteerTeam(name=clean.name, organisation=clean.organisation, description=clean.description,
                         retired=False, deleted=False)  # fmt: skip
    session.add(team)
    session.flush()
    return team.id


def update_team(ctx: ServiceContext, team_id: str, draft: TeamDraft) -> None:
    """Rename the team or change its organisation and description."""
    require(ctx, Action.VOLUNTEER_EDIT)
    clean = _clean_team(draft)
    with ctx.transaction() as session:
        team = team_in(session, team_id)
        named_lists.check_unique(session, VolunteerTeam, clean.name, team_id, "team.exists")
        team.name, team.organisation, team.description = clean.name, clean.organisation, clean.description


def retire_team(ctx: ServiceContext, team_id: str, retired: bool = True) -> None:
    """Take a team out of the lists (its members' history stays), or bring it back."""
    require(ctx, Action.VOLUNTEER_EDIT)
    with ctx.transaction() as session:
        team_in(session, team_id).retired = retired


def teams_by_name(session: Session) -> dict[str, VolunteerTeam]:
    """The live teams (retired ones too) by name."""
    query = select(VolunteerTeam).where(VolunteerTeam.deleted.is_(False))
    return {team.name: team for team in session.scalars(query)}


def list_teams(ctx: ServiceContext, include_retired: bool = False) -> list[TeamRow]:
    """The teams by name with their number of current members and their leaders' names."""
    require(ctx, Action.VOLUNTEER_VIEW)
    members = (
        select(func.count(TeamMember.id))
        .where(TeamMember.team_id == VolunteerTeam.id, _current_member())
        .correlate(VolunteerTeam)
        .scalar_subquery()
    )
    leaders = (
        select(func.aggregate_strings(Person.name, _SEPARATOR))
        .select_from(TeamMember)
        .join(Volunteer, Volunteer.id == TeamMember.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .where(TeamMember.team_id == VolunteerTeam.id, TeamMember.leader.is_(True), _current_member())
        .correlate(VolunteerTeam)
        .scalar_subquery()
    )
    query = select(VolunteerTeam, members, leaders).where(VolunteerTeam.deleted.is_(False))
    if not include_retired:
        query = query.where(VolunteerTeam.retired.is_(False))
    with ctx.reading() as session:
        return [
            TeamRow(
                t.id,
                t.name,
                t.organisation,
                t.description,
                t.retired,
                count or 0,
                tuple(sorted(names.split(_SEPARATOR))) if names else (),
            )
            for t, count, names in session.execute(query.order_by(VolunteerTeam.name))
        ]


def team_members(ctx: ServiceContext, team_id: str, include_past: bool = False) -> list[Membership]:
    """The team's members, leaders first; those who left too when ``include_past``."""
    require(ctx, Action.VOLUNTEER_VIEW)
    with ctx.reading() as session:
        team_in(session, team_id)
        conditions = [TeamMember.team_id == team_id]
        if not include_past:
            conditions.append(TeamMember.left_on.is_(None))
        return _memberships(session, *conditions)


def add_members(
    ctx: ServiceContext, team_id: str, volunteer_ids: Sequence[str], joined_on: date | None = None
) -> list[str]:
    """Add volunteers to a team from ``joined_on`` (today); current members stay as they are.
    Returns the new memberships' ids."""
    require(ctx, Action.VOLUNTEER_EDIT)
    if not volunteer_ids:
        raise ValidationError("team.none_chosen", "choose the volunteers to add")
    joined = joined_on or date.today()
    if joined > date.today():
        raise ValidationError("team.joined_in_future", "the joining date is in the future")
    with ctx.transaction() as session:
        return add_members_in(session, team_id, volunteer_ids, joined)


def add_members_in(
    session: Session, team_id: str, volunteer_ids: Iterable[str], joined_on: date
) -> list[str]:
    team = team_in(session, team_id)
    if team.retired:
        raise ValidationError("team.retired", "the team is retired", {"name": team.name})
    wanted = list(dict.fromkeys(volunteer_ids))
    known = set(
        session.scalars(select(Volunteer.id).where(Volunteer.id.in_(wanted), Volunteer.deleted.is_(False)))
    )
    if missing := [v for v in wanted if v not in known]:
        raise NotFound("volunteer.not_found", count=len(missing))
    current = set(
        session.scalars(
            select(TeamMember.volunteer_id).where(TeamMember.team_id == team_id, _current_member())
        )
    )
    new = []
    for volunteer_id in wanted:
        if volunteer_id in current:
            continue
        member = TeamMember(team_id=team_id, volunteer_id=volunteer_id, leader=False, joined_on=joined_on,
                            left_on=None, deleted=False)  # fmt: skip
        session.add(member)
        session.flush()
        new.append(member.id)
    return new


def _membership_in(session: Session, membership_id: str) -> TeamMember:
    member = named_lists.get_live(session, TeamMember, membership_id, "team.member_not_found")
    if member.left_on is not None:
        raise ValidationError("team.member_left", "that volunteer has left the team")
    return member


def set_leader(ctx: ServiceContext, membership_id: str, leader: bool = True) -> None:
    """Make a current member a leader of the team (a team may have several), or not."""
    require(ctx, Action.VOLUNTEER_EDIT)
    with ctx.transaction() as session:
        _membership_in(session, membership_id).leader = leader


def remove_member(ctx: ServiceContext, membership_id: str, left_on: date | None = None) -> None:
    """The volunteer leaves the team on ``left_on`` (today): the membership stays as history."""
    require(ctx, Action.VOLUNTEER_EDIT)
    left = left_on or date.today()
    with ctx.transaction() as session:
        member = _membership_in(session, membership_id)
        if left < member.joined_on:
            raise ValidationError("team.left_before_joined", "the leaving date is before the joining date")
        if left > date.today():
            raise ValidationError("team.left_in_future", "the leaving date is in the future")
        member.left_on, member.leader = left, False
