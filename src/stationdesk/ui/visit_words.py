"""The words for key-target codes (tiers, cadences, exemption reasons, risk changes, periods and
rates), in one place for the key-target page, the coverage view, the timeline and the settings."""

from __future__ import annotations

import math
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from stationdesk.domain.visits import NOT_VISITED, Cadence, Period
from stationdesk.services.visit_settings import MethodInfo
from stationdesk.ui.text import fmt


def tier_label(tier: str) -> str:
    labels = {
        "high_risk": QCoreApplication.translate("Visits", "High risk"),
        "key": QCoreApplication.translate("Visits", "Key"),
        "general": QCoreApplication.translate("Visits", "General"),
    }
    return labels.get(tier, tier)


def cadence_label(cadence: str) -> str:
    labels = {
        "week": QCoreApplication.translate("Visits", "Every week"),
        "month": QCoreApplication.translate("Visits", "Every month"),
        "quarter": QCoreApplication.translate("Visits", "Every quarter"),
    }
    return labels.get(cadence, cadence)


def reason_label(reason: str) -> str:
    """An exemption's reason, or why a visit was missed."""
    labels = {
        NOT_VISITED: QCoreApplication.translate("Visits", "Not visited"),
        "hospital": QCoreApplication.translate("Visits", "In hospital"),
        "away": QCoreApplication.translate("Visits", "Working or staying away"),
        "refused": QCoreApplication.translate("Visits", "Refused visits"),
        "moved": QCoreApplication.translate("Visits", "Moved away"),
        "deceased": QCoreApplication.translate("Visits", "Deceased"),
    }
    return labels.get(reason, reason)


def risk_label(risk: str) -> str:
    labels = {
        "": QCoreApplication.translate("Visits", "Unchanged"),
        "raised": QCoreApplication.translate("Visits", "Risk raised"),
        "cleared": QCoreApplication.translate("Visits", "Risk cleared"),
    }
    return labels.get(risk, risk)


def tier_with_cadence(tier: str, cadence: str | None) -> str:
    """High risk (every week): the tier as a picker shows it."""
    if cadence is None:
        return tier_label(tier)
    return fmt(QCoreApplication.translate("Visits", "%1 (%2)"), tier_label(tier), cadence_label(cadence))


def method_label(method: MethodInfo) -> str:
    """上门, or 志愿者/党员结对 (not counted) for a method whose visits do not count."""
    if method.counts_as_visit:
        return method.name
    return fmt(QCoreApplication.translate("Visits", "%1 (not counted)"), method.name)


def period_kind_label(cadence: str) -> str:
    """The period kinds of the coverage view: Week, Month, Quarter."""
    labels = {
        "week": QCoreApplication.translate("Visits", "Week"),
        "month": QCoreApplication.translate("Visits", "Month"),
        "quarter": QCoreApplication.translate("Visits", "Quarter"),
    }
    return labels.get(cadence, cadence)


def period_label(period: Period) -> str:
    """2026-11 / 2026-W48 / 2026-Q4 (a translation may say 2026年11月)."""
    start = period.start
    if period.cadence is Cadence.WEEK:
        year, week, _ = start.isocalendar()
        return fmt(QCoreApplication.translate("Visits", "%1-W%2"), year, f"{week:02d}")
    if period.cadence is Cadence.MONTH:
        return fmt(QCoreApplication.translate("Visits", "%1-%2"), start.year, f"{start.month:02d}")
    return fmt(QCoreApplication.translate("Visits", "%1-Q%2"), start.year, (start.month - 1) // 3 + 1)


def period_span(period: Period) -> str:
    """The days a period covers: 2026-11-23 – 2026-11-29."""
    return fmt(
        QCoreApplication.translate("Visits", "%1 – %2"), period.start.isoformat(), period.end.isoformat()
    )


def percent(rate: Fraction) -> int:
    """Whole percent, rounded down: 100% only when every due visit was made."""
    return math.floor(rate * 100)


def rate_text(rate: Fraction | None) -> str:
    if rate is None:
        return QCoreApplication.translate("Visits", "Nobody due")
    return fmt(QCoreApplication.translate("Visits", "%1%"), percent(rate))
