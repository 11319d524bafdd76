"""Referrals (转介): the small state machine, the consent rule, and the tracking code printed on
the slip's return part (回执联).

    sent 已转介 ──> accepted 已接收 ──> done 已办结
       │                  │
       ├──> rejected 已退回 (with the partner's reason)
       └──────────────────┴──> revoked 已撤销 (a manager, with a reason)

A referral shares the resident's data with a partner, so it is sent only with the person's
consent or with a manager's recorded override (PIPL: separate consent for sensitive data).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from enum import StrEnum

from stationdesk.domain import codes
from stationdesk.domain.errors import ValidationError


class ReferralStatus(StrEnum):
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DONE = "done"
    REVOKED = "revoked"


TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.SENT: frozenset(
        {ReferralStatus.ACCEPTED, ReferralStatus.REJECTED, ReferralStatus.REVOKED}
    ),
    ReferralStatus.ACCEPTED: frozenset({ReferralStatus.DONE, ReferralStatus.REVOKED}),
    ReferralStatus.REJECTED: frozenset(),
    ReferralStatus.DONE: frozenset(),
    ReferralStatus.REVOKED: frozenset(),
}
NEEDS_REASON = frozenset({ReferralStatus.REJECTED, ReferralStatus.REVOKED})
MANAGER_ONLY = frozenset({ReferralStatus.REVOKED})


def check_transition(
    current: ReferralStatus, target: ReferralStatus, *, reason: str, by_manager: bool
) -> None:
    """Raise ValidationError unless ``current`` may move to ``target`` with this reason and actor."""
    if target not in TRANSITIONS[current]:
        raise ValidationError(
            "referral.bad_transition",
            f"a referral cannot go from {current} to {target}",
            {"from": current.value, "to": target.value},
        )
    if target in MANAGER_ONLY and not by_manager:
        raise ValidationError("referral.manager_only", "only a manager may revoke a referral")
    if target in NEEDS_REASON and not reason.strip():
        raise ValidationError("referral.reason_required", "a reason is required", {"to": target.value})


def check_consent(consent_given: bool, override_by_manager: bool, override_reason: str) -> None:
    """A referral is sent with the person's consent, or a manager's override with its reason."""
    if consent_given:
        return
    if not override_by_manager:
        raise ValidationError("referral.consent_required", "consent or a manager's override is required")
    if not override_reason.strip():
        raise ValidationError("referral.override_reason_required", "an override needs its reason")


# --- tracking codes ---------------------------------------------------------------------------

ALPHABET = codes.ALPHABET
CODE_LENGTH = codes.CODE_LENGTH


def new_tracking_code(choice: Callable[[str], str] = secrets.choice) -> str:
    """A random 6-character code plus a check character, e.g. ``K7M2QX4`` (``choice``: a seeded
    generator's, for the demo station)."""
    return codes.new_code(choice)


def normalize_tracking_code(raw: str) -> str:
    """Upper case, spaces and dashes dropped, full-width folded; raises on a malformed code."""
    return codes.normalize_code(raw, "referral")
