"""Volunteers and teams made straight in the database for the shift tests (the volunteer profile
services are another module's)."""

from __future__ import annotations

from datetime import date

from stationdesk.domain.codes import new_code
from stationdesk.services import people
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.store.models import TeamMember, Volunteer, VolunteerTeam


def make_volunteer(ctx: ServiceContext, name: str, status: str = "active", organisation: str = "") -> str:
    person_id = people.create(ctx, PersonDraft(name=name))
    with ctx.transaction() as session:
        row = Volunteer(
            person_id=person_id,
            code=new_code(),
            organisation=organisation,
            registered_on=date(2025, 3, 1),
            status=status,
            deleted=False,
        )
        session.add(row)
        session.flush()
        return row.id


def make_team(ctx: ServiceContext, name: str, members: list[str], joined_on: date = date(2025, 3, 1)) -> str:
    with ctx.transaction() as session:
        team = VolunteerTeam(name=name, retired=False, deleted=False)
        session.add(team)
        session.flush()
        session.add_all(
            TeamMember(team_id=team.id, volunteer_id=v, leader=i == 0, joined_on=joined_on, deleted=False)
            for i, v in enumerate(members)
        )
        return team.id
