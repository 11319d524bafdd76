"""Which reports the reports page offers and how each is written: one registry, so the page has no
per-report branches.

Each :class:`ReportKind` names the periods it may cover, the options the page shows for it (the
station report's language and highlights, a ledger's full numbers) and a ``write`` callable that
runs on a worker thread and writes a PDF or an .xlsx by the file's suffix.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from stationdesk.domain.roles import Action
from stationdesk.services import ledgers
from stationdesk.services.context import ServiceContext
from stationdesk.services.station_report import ReportPeriod

MONTH, QUARTER, DAYS = "month", "quarter", "days"
"""Period kinds, as ``ReportPeriod.kind`` spells them."""
PDF, XLSX = ".pdf", ".xlsx"
LANGUAGE, HIGHLIGHTS, REVEAL = "language", "highlights", "reveal"
"""Options a kind may offer on the page."""

Progress = Callable[[int, int], None]
"""Called with the rows (or steps) done and their total, from the worker thread."""


@dataclass(frozen=True)
class WriteOptions:
    """What the page chose besides the period: the report's language, full numbers and why."""

    lang: str = "zh_CN"
    reveal: bool = False
    reason: str = ""
    today: date | None = None


Writer = Callable[[ServiceContext, ReportPeriod, Path, WriteOptions, Progress], Path]


@dataclass(frozen=True)
class ReportKind:
    key: str
    title: str
    description: str
    periods: tuple[str, ...]
    options: frozenset[str]
    needs: Action  # the right to read what it lists; a role without it does not see the entry
    file_stem: str
    write: Writer


def _write_station_report(
    ctx: ServiceContext, period: ReportPeriod, out: Path, options: WriteOptions, progress: Progress
) -> Path:
    from stationdesk.services.report_printouts import write_report  # loads the PDF writer when used

    return write_report(ctx, period, out, lang=options.lang, today=options.today, progress=progress)


def _ledger_writer(kind: str) -> Writer:
    def write(
        ctx: ServiceContext, period: ReportPeriod, out: Path, options: WriteOptions, progress: Progress
    ) -> Path:
        return ledgers.write_ledger(
            ctx, kind, period.first_day, period.last_day, out,
            reveal=options.reveal, reason=options.reason, progress=progress, today=options.today,
        )  # fmt: skip

    return write


def report_kinds() -> tuple[ReportKind, ...]:
    """Every report and ledger, in the order the page lists them, titled in the user's language."""
    # Spelled out in full so that pyside6-lupdate finds every literal.

    def ledger(key: str, title: str, description: str, needs: Action, stem: str) -> ReportKind:
        return ReportKind(
            key, title, description, (MONTH, DAYS), frozenset({REVEAL}), needs, stem, _ledger_writer(key)
        )  # fmt: skip

    return (
        ReportKind(
            "station_report",
            QCoreApplication.translate("ReportKinds", "Station report (monthly, quarterly)"),
            QCoreApplication.translate(
                "ReportKinds",
                "The period's figures and charts, compared with the period before and with last year.",
            ),
            (MONTH, QUARTER, DAYS),
            frozenset({LANGUAGE, HIGHLIGHTS}),
            Action.RECEPTION_VIEW,
            QCoreApplication.translate("ReportKinds", "station-report"),
            _write_station_report,
        ),
        ledger(
            "reception",
            QCoreApplication.translate("ReportKinds", "Reception log"),
            QCoreApplication.translate(
                "ReportKinds", "Every walk-in: who came, what they needed, how it ended."
            ),
            Action.RECEPTION_VIEW,
            QCoreApplication.translate("ReportKinds", "reception-ledger"),
        ),
        ledger(
            "visits",
            QCoreApplication.translate("ReportKinds", "Home-visit ledger"),
            QCoreApplication.translate(
                "ReportKinds", "Visits to key targets: when, by whom, what was found."
            ),
            Action.RECEPTION_VIEW,
            QCoreApplication.translate("ReportKinds", "visit-ledger"),
        ),
        ledger(
            "referrals",
            QCoreApplication.translate("ReportKinds", "Referral ledger"),
            QCoreApplication.translate("ReportKinds", "Referrals sent to partners and how each ended."),
            Action.RECEPTION_VIEW,
            QCoreApplication.translate("ReportKinds", "referral-ledger"),
        ),
        ledger(
            "volunteer",
            QCoreApplication.translate("ReportKinds", "Volunteer-service ledger"),
            QCoreApplication.translate("ReportKinds", "Volunteers' service and their counted hours."),
            Action.VOLUNTEER_VIEW,
            QCoreApplication.translate("ReportKinds", "volunteer-ledger"),
        ),
        ledger(
            "training",
            QCoreApplication.translate("ReportKinds", "Training sign-in ledger"),
            QCoreApplication.translate("ReportKinds", "Training sessions and who signed in."),
            Action.TRAINING_VIEW,
            QCoreApplication.translate("ReportKinds", "training-ledger"),
        ),
    )
