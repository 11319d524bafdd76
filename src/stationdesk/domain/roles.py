"""Roles and what each may do; the service layer checks these on every call."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"  # 站长/管理员
    STAFF = "staff"  # 社工/接待
    TRAINER = "trainer"  # 培训师
    VIEWER = "viewer"  # 只读


class Action(StrEnum):
    PERSON_VIEW = "person.view"
    PERSON_EDIT = "person.edit"
    PERSON_REVEAL = "person.reveal"
    TAG_EDIT = "tag.edit"
    STATION_EDIT = "station.edit"
    USER_MANAGE = "user.manage"
    SETTINGS_EDIT = "settings.edit"
    AUDIT_VIEW = "audit.view"
    RECEPTION_VIEW = "reception.view"
    RECEPTION_RECORD = "reception.record"
    REFERRAL_OVERRIDE = "referral.override"  # send without consent, revoke: a manager's call
    PARTNER_EDIT = "partner.edit"
    CATEGORY_EDIT = "category.edit"  # need categories, relief types, visit methods
    TRAINING_VIEW = "training.view"
    TRAINING_EDIT = "training.edit"  # programmes, sessions, enrolment
    TRAINING_SIGNIN = "training.signin"  # take sign-ins, reconcile paper
    VOLUNTEER_VIEW = "volunteer.view"
    VOLUNTEER_EDIT = "volunteer.edit"  # profiles, teams, activities, shifts, sign-ups
    VOLUNTEER_CHECKIN = "volunteer.checkin"  # check-in and out at the desk, hours entered afterwards
    HOURS_APPROVE = "hours.approve"  # a coordinator's review of hours; volunteer-hours certificates
    EXPORT = "data.export"
    IMPORT = "data.import"
    PRINT = "data.print"
    # Sync (issue 7): export/import bundles and receipts, the peer list, the conflict list. Trainers
    # too (a trainer laptop hands its sign-ins back); viewers only read, and an import writes.
    SYNC = "sync.exchange"
    SYNC_ENROL = "sync.enrol"  # enrol a site: whose signed bundles this database accepts (admin only)
    # Reading the Sync page: the enrolled sites and their pending counts, the conflict list, and a
    # district hub's matrix of who reported which month (催报). Every role, viewers included.
    SYNC_VIEW = "sync.view"
    # A copy of the whole database (every person's data) to a file: the backup a new PC of the
    # station starts from (issue 8). Administrators only.
    BACKUP = "data.backup"


_ALL = frozenset(Action)

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMIN: _ALL,
    Role.STAFF: frozenset(
        {
            Action.PERSON_VIEW,
            Action.PERSON_EDIT,
            Action.PERSON_REVEAL,
            Action.RECEPTION_VIEW,
            Action.RECEPTION_RECORD,
            Action.PARTNER_EDIT,
            Action.TRAINING_VIEW,
            Action.TRAINING_EDIT,
            Action.TRAINING_SIGNIN,
            Action.VOLUNTEER_VIEW,
            Action.VOLUNTEER_EDIT,
            Action.VOLUNTEER_CHECKIN,
            Action.HOURS_APPROVE,
            Action.EXPORT,
            Action.IMPORT,
            Action.PRINT,
            Action.SYNC,
            Action.SYNC_VIEW,
        }
    ),
    Role.TRAINER: frozenset(
        {
            Action.PERSON_VIEW,
            Action.PERSON_EDIT,
            Action.TRAINING_VIEW,
            Action.TRAINING_EDIT,
            Action.TRAINING_SIGNIN,
            Action.EXPORT,
            Action.IMPORT,
            Action.PRINT,
            Action.SYNC,
            Action.SYNC_VIEW,
        }
    ),
    Role.VIEWER: frozenset(
        {
            Action.PERSON_VIEW,
            Action.RECEPTION_VIEW,
            Action.TRAINING_VIEW,
            Action.VOLUNTEER_VIEW,
            Action.PRINT,
            Action.SYNC_VIEW,
        }
    ),
}


def may(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]
