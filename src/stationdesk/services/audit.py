"""The append-only audit log (logins, reveals, exports, imports, prints, user changes)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from stationdesk.services.context import Actor
from stationdesk.store.models import AuditEvent

ACTIONS = frozenset(
    {
        "login",
        "login.failed",
        "login.refused_locked",
        "logout",
        "unlock",
        "unlock.failed",
        "denied",
        "station.setup",
        "station.update",
        "user.create",
        "user.update",
        "user.reset_password",
        "user.change_password",
        "user.unlock",
        "tag.create",
        "tag.retire",
        "tag.restore",
        "setting.change",
        "person.duplicate_saved",
        "person.remove",
        "reveal",
        "demo.build",
        "backup",
        "category.create",
        "category.rename",
        "category.retire",
        "category.restore",
        "walk_in.remove",
        "follow_up.complete",
        "follow_up.reassign",
        "partner.create",
        "partner.update",
        "partner.retire",
        "partner.restore",
        "referral.send",
        "referral.override",
        "referral.status",
        "referral.revoke",
        "referral.print",
        "key_target.remove",
        "visit.remove",
        "visit.cadence",
        "visit.method",
        "relief.create",
        "relief.update",
        "relief.retire",
        "relief.restore",
        "coverage.print",
        "training.print",
        "training.export",
        "training.import_roster",
        "training.certificate_issue",
        "training.certificate_void",
        "training.certificate_print",
        "training.badge_print",
        "training.ce_ledger_print",
        "training.walk_in_match",
        "training.walk_in_unmatch",
        "volunteer.import",
        "volunteer.card_print",
        # volunteer rosters (issue 5, shifts)
        "roster.print",
        "roster.export",
        "ledger.print",
        "ledger.export",
        "volunteer.hours_certificate_issue",
        "volunteer.hours_certificate_void",
        "volunteer.hours_certificate_print",
        "volunteer.hours_notice_print",
        # the station report (issue 6)
        "report.print",
        "report.export",
        # the manager's highlights of a report period (schema 0011, travelling)
        "report.highlights",
        # sync (issue 7): a copied database file got a site id of its own (sync/identity.py)
        "site.copy_detected",
        # sync exchanges (issue 7, services/sync.py)
        "sync.enrolment_file",
        "sync.enrol",
        "sync.export",
        "sync.import",
        "sync.receipt",
        "sync.conflict_resolve",
        # a new PC joined its station from the station PC's backup (issue 8, services/join.py)
        "station.join",
    }
)
"""Every action the log may hold; the audit page names each one in the user's language."""


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    record_type: str = "",
    record_id: str = "",
    reason: str = "",
    detail: str = "",
    actor_name: str = "",
) -> None:
    """Append one event inside the caller's transaction."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}: add it to audit.ACTIONS")
    session.add(
        AuditEvent(
            at=datetime.now(),
            actor_id=actor.user_id if actor else None,
            actor_name=actor.username if actor else actor_name,
            action=action,
            record_type=record_type,
            record_id=record_id,
            reason=reason,
            detail=detail,
        )
    )
