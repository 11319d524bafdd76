"""Who a change set is for, and what each recipient may receive: ONE declarative table.

- ``station``: a second PC of the same station: everything.
- ``hub``: the district roll-up: the station, its staff and users (without password hashes),
  walk-ins with their needs and outcomes, referrals and their steps, follow-ups, key targets,
  exemptions and visits, volunteers, teams, activities, shifts, hours and reviews, training
  (programmes, sessions, enrolments, attendance, certificates), the manager's report highlights
  and the lookup lists these point to; persons without ID numbers, notes or addresses. Audit events stay home.
- ``trainer``: a trainer's laptop: programmes, sessions, enrolments, attendance, the station, the
  users that appear as recorders (no password hashes), and the persons enrolled (name, sex and phone
  only). Never ID numbers, needs, visit notes or the report's highlights.

A table missing from an audience's map is not sent to it (and refused when that audience sends it);
``None`` lets every field through, a set lists the fields let through. Row filters restrict a table
to rows another table points at (SQL over the local database).
"""

from __future__ import annotations

from dataclasses import dataclass

from stationdesk.sync.tables import tables

AUDIENCES = ("station", "hub", "trainer")
_USER_FIELDS = frozenset({"username", "display_name", "role", "active", "deleted"})
_PERSON_HUB_DENY = frozenset({"id_number", "id_number_rev", "notes", "address"})
_HUB_TABLES = (
    "station",
    "app_user",
    "staff_member",
    "tag",
    "person_tag",
    "need_category",
    "partner",
    "walk_in",
    "walk_in_need",
    "referral",
    "referral_event",
    "follow_up",
    "relief_type",
    "tier_cadence",
    "visit_method",
    "key_target",
    "key_target_exemption",
    "home_visit",
    "programme",
    "training_session",
    "enrolment",
    "session_attendance",
    "certificate",
    "volunteer",
    "volunteer_team",
    "team_member",
    "activity",
    "shift_series",
    "shift",
    "shift_role",
    "shift_assignment",
    "hours_certificate",
    "volunteer_check",
    "hours_entry",
    "hours_review",
    "report_highlight",
)
_TRAINER_TABLES = ["station", "programme", "training_session", "enrolment", "session_attendance"]


@dataclass(frozen=True)
class Rule:
    fields: frozenset[str] | None = None  # None: every field
    rows: str | None = None  # SQL selecting the row ids let through


def _all_but(table: str, deny: frozenset[str]) -> frozenset[str]:
    return frozenset(f for f in tables()[table].fields if f not in deny)


def rules(audience: str) -> dict[str, Rule]:
    """Table -> rule for an audience (raises KeyError for an unknown audience)."""
    if audience == "station":
        return {name: Rule() for name in tables()}
    if audience == "hub":
        out = {name: Rule() for name in _HUB_TABLES}
        out["app_user"] = Rule(fields=_USER_FIELDS)
        out["person"] = Rule(fields=_all_but("person", _PERSON_HUB_DENY))
        return out
    if audience == "trainer":
        out = {name: Rule() for name in _TRAINER_TABLES}
        out["app_user"] = Rule(fields=_USER_FIELDS)
        out["person"] = Rule(
            fields=frozenset({"name", "name_initials", "name_pinyin", "sex", "phone", "deleted"}),
            rows="SELECT person_id FROM enrolment WHERE person_id IS NOT NULL",
        )
        return out
    raise KeyError(audience)


def sendable(audience: str, sender_role: str) -> dict[str, Rule]:
    """The rules of ``audience`` narrowed to the tables and fields a site of ``sender_role`` may send
    (the recipient refuses the others: a trainer laptop's audit events never leave it). Row filters
    stay the audience's: the recipient checks tables and fields only."""
    allowed = rules(sender_role)
    out = {}
    for table, rule in rules(audience).items():
        mine = allowed.get(table)
        if mine is None:
            continue
        if mine.fields is not None:
            rule = Rule(mine.fields if rule.fields is None else rule.fields & mine.fields, rule.rows)
        out[table] = rule
    return out
