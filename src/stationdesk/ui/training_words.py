"""The words for training codes (programme types, target groups, completion rules, hours), in one
place for the training page, its dialogs and later its printouts' screens."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from stationdesk.domain.training import CompletionRule, ProgrammeType, RuleKind, TargetGroup
from stationdesk.ui.text import fmt


def kind_label(kind: str) -> str:
    labels = {
        ProgrammeType.TRAINING: QCoreApplication.translate("Training", "Course"),
        ProgrammeType.SALON: QCoreApplication.translate("Training", "Salon"),
        ProgrammeType.LECTURE: QCoreApplication.translate("Training", "Lecture"),
        ProgrammeType.CAMP: QCoreApplication.translate("Training", "Camp"),
    }
    return labels.get(kind, kind)  # type: ignore[call-overload]


def group_label(group: str) -> str:
    labels = {
        TargetGroup.CERTIFIED_SOCIAL_WORKER: QCoreApplication.translate(
            "Training", "Certified social workers"
        ),
        TargetGroup.COMMUNITY_WORKER: QCoreApplication.translate("Training", "Community workers"),
        TargetGroup.GRID_WORKER: QCoreApplication.translate("Training", "Grid workers"),
        TargetGroup.VOLUNTEER: QCoreApplication.translate("Training", "Volunteers"),
        TargetGroup.OTHER: QCoreApplication.translate("Training", "Others"),
    }
    return labels.get(group, group)  # type: ignore[call-overload]


def rule_text(rule: CompletionRule) -> str:
    """At least 80% of sessions / At least 5 sessions."""
    if rule.kind is RuleKind.SHARE:
        return fmt(QCoreApplication.translate("Training", "At least %1% of the sessions"), rule.value)
    return fmt(QCoreApplication.translate("Training", "At least %1 sessions"), rule.value)


def hours_text(minutes: int) -> str:
    """3 h, 1.5 h, 0.75 h: continuing-education time in hours."""
    hours = f"{minutes / 60:.2f}".rstrip("0").rstrip(".")
    return fmt(QCoreApplication.translate("Training", "%1 h"), hours)


def span_text(first: date | None, last: date | None) -> str:
    if first is None:
        return QCoreApplication.translate("Training", "No sessions yet")
    if last is None or last == first:
        return first.isoformat()
    return f"{first.isoformat()} – {last.isoformat()}"


def weekday_label(day: date) -> str:
    names = (
        QCoreApplication.translate("Training", "Mon"),
        QCoreApplication.translate("Training", "Tue"),
        QCoreApplication.translate("Training", "Wed"),
        QCoreApplication.translate("Training", "Thu"),
        QCoreApplication.translate("Training", "Fri"),
        QCoreApplication.translate("Training", "Sat"),
        QCoreApplication.translate("Training", "Sun"),
    )
    return names[day.weekday()]


def day_text(day: date) -> str:
    """2026-10-06 (Tue)."""
    return fmt(QCoreApplication.translate("Training", "%1 (%2)"), day.isoformat(), weekday_label(day))


def time_span(starts: datetime, ends: datetime) -> str:
    return f"{starts:%H:%M}–{ends:%H:%M}"
