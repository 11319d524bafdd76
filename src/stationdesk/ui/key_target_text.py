"""Key-target codes in words: tiers, exemption and miss reasons, risk changes, periods and rates.

The services speak in stable codes (``high_risk``, ``hospital``, ``2026-W48``); the targets list,
the dialogs and the coverage view all name them through here, so they name them alike.
"""

from __future__ import annotations

import math
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from stationdesk.domain.visits import NOT_VISITED, Cadence, ExemptionReason, Period, Tier
from stationdesk.services.visit_settings import MethodInfo
from stationdesk.ui.text import fmt

_CONTEXT = "KeyTargets"


def tier_label(tier: str) -> str:
    labels = {
        Tier.HIGH_RISK: QCoreApplication.translate(_CONTEXT, "High risk"),
        Tier.KEY: QCoreApplication.translate(_CONTEXT, "Key"),
        Tier.GENERAL: QCoreApplication.translate(_CONTEXT, "General"),
    }
    return labels.get(tier, tier)  # type: ignore[call-overload]


def cadence_label(cadence: str) -> str:
    labels = {
        Cadence.WEEK: QCoreApplication.translate(_CONTEXT, "weekly"),
        Cadence.MONTH: QCoreApplication.translate(_CONTEXT, "monthly"),
        Cadence.QUARTER: QCoreApplication.translate(_CONTEXT, "quarterly"),
    }
    return labels.get(cadence, cadence)  # type: ignore[call-overload]


def period_kind_label(cadence: str) -> str:
    """The period kinds of the coverage view: Week, Month, Quarter."""
    labels = {
        Cadence.WEEK: QCoreApplication.translate(_CONTEXT, "Week"),
        Cadence.MONTH: QCoreApplication.translate(_CONTEXT, "Month"),
        Cadence.QUARTER: QCoreApplication.translate(_CONTEXT, "Quarter"),
    }
    return labels.get(cadence, cadence)  # type: ignore[call-overload]


def tier_with_cadence(tier: str, cadence: str | None) -> str:
    """High risk (weekly): the tier as a picker shows it."""
    if cadence is None:
        return tier_label(tier)
    return fmt(QCoreApplication.translate(_CONTEXT, "%1 (%2)"), tier_label(tier), cadence_label(cadence))


def reason_label(reason: str) -> str:
    """An exemption's reason, or why a due visit was missed (``visits.NOT_VISITED``)."""
    labels = {
        ExemptionReason.HOSPITAL: QCoreApplication.translate(_CONTEXT, "In hospital"),
        ExemptionReason.AWAY: QCoreApplication.translate(_CONTEXT, "Away"),
        ExemptionReason.REFUSED: QCoreApplication.translate(_CONTEXT, "Refused visits"),
        ExemptionReason.MOVED: QCoreApplication.translate(_CONTEXT, "Moved away"),
        ExemptionReason.DECEASED: QCoreApplication.translate(_CONTEXT, "Deceased"),
        NOT_VISITED: QCoreApplication.translate(_CONTEXT, "Not visited"),
    }
    return labels.get(reason, reason)  # type: ignore[call-overload]


def risk_label(risk: str) -> str:
    labels = {
        "": QCoreApplication.translate(_CONTEXT, "Unchanged"),
        "raised": QCoreApplication.translate(_CONTEXT, "Raised"),
        "cleared": QCoreApplication.translate(_CONTEXT, "Cleared"),
    }
    return labels.get(risk, risk)


def method_label(method: MethodInfo) -> str:
    """上门, or 志愿者/党员结对 (not counted) for a method whose visits do not count."""
    if method.counts_as_visit:
        return method.name
    return fmt(QCoreApplication.translate(_CONTEXT, "%1 (not counted)"), method.name)


def period_label(period: Period) -> str:
    """2026-11 / 2026-W48 / 2026-Q4 (a translation may say 2026年11月)."""
    start = period.start
    if period.cadence is Cadence.WEEK:
        year, week, _ = start.isocalendar()
        return fmt(QCoreApplication.translate(_CONTEXT, "%1-W%2"), year, f"{week:02d}")
    if period.cadence is Cadence.MONTH:
        return fmt(QCoreApplication.translate(_CONTEXT, "%1-%2"), start.year, f"{start.month:02d}")
    return fmt(QCoreApplication.translate(_CONTEXT, "%1-Q%2"), start.year, (start.month - 1) // 3 + 1)


def period_span(period: Period) -> str:
    """The days a period covers: 2026-11-23 – 2026-11-29."""
    return fmt(
        QCoreApplication.translate(_CONTEXT, "%1 – %2"), period.start.isoformat(), period.end.isoformat()
    )


def percent(rate: Fraction) -> int:
    """Whole percent, rounded down: 100% only when every due visit was made."""
    return math.floor(rate * 100)


def rate_text(rate: Fraction | None) -> str:
    if rate is None:
        return QCoreApplication.translate(_CONTEXT, "Nobody due")
    return fmt(QCoreApplication.translate(_CONTEXT, "%1%"), percent(rate))
