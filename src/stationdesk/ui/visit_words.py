"""The words for key-target codes (tiers, cadences, exemption reasons, risk changes), in one place
for the key-target page, the coverage view, the timeline and the settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stationdesk.domain.visits import NOT_VISITED


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
