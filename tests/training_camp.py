"""A small camp with its sessions long over and who came to which, for the certificate, badge and
ledger tests (services, reports and the command line)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import enrolment, people, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft

FIRST = date(2025, 11, 4)  # a Tuesday; the camp meets on four Tuesdays
PEOPLE = {"张伟": "13912340001", "艾琳": "13912340002", "王芳": "13912340003"}


@dataclass(frozen=True)
class Camp:
    programme: str
    sessions: list[str]  # in time order
    days: list[date]
    persons: dict[str, str]  # name -> person id
    enrolments: dict[str, str]  # name -> enrolment id
    codes: dict[str, str]  # name -> sign-in code


def make_camp(
    ctx: ServiceContext,
    came: dict[str, list[int]],
    *,
    name: str = "2025年平湖市社工站运营团队智创营",
    first: date = FIRST,
    minutes: int = 180,
    persons: dict[str, str] | None = None,
) -> Camp:
    """A camp of 4 weekly sessions (present at 75 % = 3 of them completes), with ``came[name]``
    the indexes of the sessions each participant signed in at."""
    programme = training.create_programme(
        ctx,
        ProgrammeDraft(name, "camp", CompletionRule(RuleKind.SHARE, 75), minutes_per_session=minutes,
                       organiser="平湖市民政局"),
    )  # fmt: skip
    series = training.add_series(ctx, programme, SessionDraft(first, time(9), time(12)), 4)
    days = [first + timedelta(weeks=n) for n in range(4)]
    ids = persons or {n: people.create(ctx, PersonDraft(name=n, phone=phone)) for n, phone in PEOPLE.items()}
    enrolment.enrol_persons(ctx, programme, ids.values(), unit="当湖街道社会工作站")
    found = {p.name: p for p in enrolment.participants(ctx, programme)}
    for who, indexes in came.items():
        for index in indexes:
            at = datetime.combine(days[index], time(8, 55))
            enrolment.sign_in_participant(ctx, series.session_ids[index], found[who].enrolment_id, at)
    enrolments = {n: p.enrolment_id for n, p in found.items()}
    codes = {n: p.signin_code for n, p in found.items()}
    return Camp(programme, series.session_ids, days, dict(ids), enrolments, codes)
