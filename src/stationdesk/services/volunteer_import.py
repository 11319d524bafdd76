"""Volunteers from an .xlsx roster (志愿者名册), read and matched by the training import's engine.

The roster is read by services/roster_import.py (title rows, merged headers, full-width digits,
dates) and its rows matched against the registry the same way (ID number, else name and phone).
A volunteer roster adds its own columns: 组织/单位 (organisation), 技能/特长 (skills), 队伍 (a team:
an existing one by name, else created), 志愿者编号/平台编号 (the national platform number) and
登记日期 (registration date; today when empty).

Outcomes: NEW (registered and made a volunteer), MATCHED (a registry person made a volunteer),
ALREADY (a volunteer before: nothing is written, their profile and teams stay as they are, so a
roster never overwrites what the station keeps), REFUSED with the reason. A second row for the same
person is refused. ``apply`` re-checks everything in one transaction and is audited.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.domain.roles import Action
from stationdesk.services import audit, named_lists, people, volunteers
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.roster_import import (
    Cell,
    Entry,
    Field,
    Outcome,
    Preview,
    PreviewRow,
    RosterTable,
    Taken,
    cell_text,
    check_mapping,
    date_of,
    match_table,
)
from stationdesk.store.models import Volunteer

FIELDS: tuple[Field, ...] = (
    Field.NAME,
    Field.PHONE,
    Field.ID_NUMBER,
    Field.SEX,
    Field.BIRTH_DATE,
    Field.UNIT,
    Field.SKILLS,
    Field.TEAM,
    Field.PLATFORM_NUMBER,
    Field.REGISTERED_ON,
)
"""The columns a volunteer roster may have (the unit column is the organisation)."""


@dataclass(frozen=True)
class VolunteerCells:
    """What a row says beyond the person."""

    skills: str
    team: str
    platform_number: str
    registered_on: date | None


@dataclass(frozen=True)
class VolunteerImportResult:
    created: int  # persons registered
    volunteers: int  # volunteers made (new and matched persons)
    already: int
    refused: int
    teams_created: tuple[str, ...]
    volunteer_ids: tuple[str, ...]


def _cells(cell: Cell) -> VolunteerCells:
    team = cell_text(cell(Field.TEAM))
    return VolunteerCells(
        skills=cell_text(cell(Field.SKILLS))[: volunteers.SKILLS_MAX],
        team=named_lists.clean_name(team, volunteers.TEAM_NAME_MAX, "team.bad_name") if team else "",
        platform_number=volunteers.clean_platform_number(cell_text(cell(Field.PLATFORM_NUMBER))),
        registered_on=date_of(cell(Field.REGISTERED_ON), code="roster.bad_registered_on"),
    )


def _team_of(entry: Entry) -> str:
    extra = entry.extra
    return extra.team if isinstance(extra, VolunteerCells) else ""


def _preview_in(session: Session, table: RosterTable, mapping: Mapping[Field, int]
                ) -> tuple[list[PreviewRow], dict[int, Entry]]:  # fmt: skip
    taken = Taken(set(session.scalars(select(Volunteer.person_id).where(Volunteer.deleted.is_(False)))))
    rows, to_write = match_table(session, table, mapping, taken, _cells, _team_of)
    retired = {name for name, team in volunteers.teams_by_name(session).items() if team.retired}
    out = []
    for row in rows:
        if row.row in to_write and row.detail in retired:  # a retired team takes nobody
            del to_write[row.row]
            row = PreviewRow(row.row, row.name, row.phone_masked, row.unit, "", Outcome.REFUSED,
                             "team.retired", {"name": row.detail}, detail=row.detail)  # fmt: skip
        out.append(row)
    return out, to_write


def preview(
    ctx: ServiceContext, table: RosterTable, mapping: Mapping[Field | str, int] | None = None
) -> Preview:
    """What applying ``table`` (with ``mapping``, else the guessed one) would do, row by row.
    Writes nothing."""
    require(ctx, Action.VOLUNTEER_EDIT)
    chosen = check_mapping(table, mapping)
    with ctx.reading() as session:
        rows, _ = _preview_in(session, table, chosen)
    return Preview(tuple(rows))


def apply(ctx: ServiceContext, table: RosterTable,
          mapping: Mapping[Field | str, int] | None = None) -> VolunteerImportResult:  # fmt: skip
    """Register the NEW persons, make them and the MATCHED ones volunteers, put them in their
    teams (created when new), in one transaction checked afresh; audited as one event."""
    actor = require(ctx, Action.VOLUNTEER_EDIT)
    require(ctx, Action.PERSON_EDIT)  # the new persons go into the registry
    chosen = check_mapping(table, mapping)
    today = date.today()
    with ctx.transaction() as session:
        rows, to_write = _preview_in(session, table, chosen)
        result = Preview(tuple(rows))
        teams = {name: team.id for name, team in volunteers.teams_by_name(session).items()}
        created_teams: list[str] = []
        made: list[str] = []
        new = 0
        for row in rows:
            entry = to_write.get(row.row)
            if entry is None:
                continue
            person_id = row.person_id
            if row.outcome is Outcome.NEW:
                person_id = people.create_in(session, actor, entry.draft, clean=entry.clean)
                new += 1
            assert person_id is not None and isinstance(entry.extra, VolunteerCells)
            cells = entry.extra
            draft = volunteers.VolunteerDraft(organisation=entry.unit, skills=cells.skills,
                                              registered_on=cells.registered_on,
                                              platform_number=cells.platform_number)  # fmt: skip
            volunteer_id = volunteers.create_in(session, person_id, volunteers.clean_draft(draft, today))
            made.append(volunteer_id)
            if cells.team:
                if cells.team not in teams:
                    teams[cells.team] = volunteers.create_team_in(session, volunteers.TeamDraft(cells.team))
                    created_teams.append(cells.team)
                joined = cells.registered_on or today
                volunteers.add_members_in(session, teams[cells.team], [volunteer_id], joined)
        if made:
            detail = f"{table.source}: " + ", ".join(
                f"{name} {count}" for name, count in result.counts.items()
            )
            if created_teams:
                detail += "; teams " + "、".join(created_teams)
            audit.record(session, actor, "volunteer.import", record_type="volunteer", detail=detail)
    return VolunteerImportResult(new, len(made), result.count(Outcome.ALREADY), result.count(Outcome.REFUSED),
                                 tuple(created_teams), tuple(made))  # fmt: skip
