"""The visit coverage (探访覆盖) of a week, month or quarter: the rate against the 100% goal.

The rate is big at the top (visited / due); under it the due visits not yet made (pending ones
with the days left, then the misses with their reason), the rate per grid or per worker, and
the rate of the past twelve periods as a row of bars. Everything comes from the coverage service
(one call for the period, one for the history), so the view never counts anything itself. The
view counts when it is first shown; the history arrives from a background task a moment later.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.domain.visits import Cadence, Period, period_of
from stationdesk.services import coverage, printouts
from stationdesk.services.context import ServiceContext
from stationdesk.services.coverage import CoverageLine, CoverageReport
from stationdesk.services.errors import ServiceError
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.form_dialog import Clock
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models import coverage_tables as columns
from stationdesk.ui.models.coverage_tables import GroupRateModel, NotVisitedModel
from stationdesk.ui.print_preview import PrintPreviewDialog, write_and_preview
from stationdesk.ui.rate_bars import Bar, RateBars
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.tasks import run_task
from stationdesk.ui.text import fmt
from stationdesk.ui.visit_words import period_kind_label, period_label, period_span, rate_text

HISTORY_PERIODS = coverage.HISTORY_PERIODS
GOAL_STYLE = "color: #1b5e20;"
SHORT_STYLE = "color: #a33a00;"
NONE_STYLE = "color: palette(mid);"
BY_GRID, BY_WORKER = range(2)


class CoverageView(QWidget):
    """``visit_requested`` carries a not-yet-visited line the user chose (Enter or double-click)."""

    visit_requested = Signal(object)  # CoverageLine

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, clock: Clock = date.today
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clock = clock
        self._cadence = Cadence.MONTH
        self._period = period_of(clock(), Cadence.MONTH)
        self._report: CoverageReport | None = None
        self._history: dict[Cadence, list[CoverageReport]] = {}
        self._history_round = 0
        self._stale = True  # counted when first shown
        self.open_model = NotVisitedModel(self)
        self.group_model = GroupRateModel(self)
        self._build()
        self._connect()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = QComboBox(objectName="periodKind")
        for cadence in (Cadence.MONTH, Cadence.WEEK, Cadence.QUARTER):
            self.kind.addItem(period_kind_label(cadence), cadence.value)
        self.previous_button = QToolButton(objectName="previousPeriod")
        self.previous_button.setIcon(icon("previous"))
        self.previous_button.setToolTip(self.tr("Previous period"))
        self.next_button = QToolButton(objectName="nextPeriod")
        self.next_button.setIcon(icon("next"))
        self.next_button.setToolTip(self.tr("Next period"))
        self.period_label = QLabel(objectName="periodLabel")
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        emphasise(self.period_label, 1.3)
        self.period_label.setMinimumWidth(
            self.period_label.fontMetrics().horizontalAdvance("0000年00月") + 24
        )
        self.current_button = QPushButton(icon("today"), self.tr("This period"), objectName="currentPeriod")
        self.current_button.setAutoDefault(False)
        self.print_button = QPushButton(icon("print"), self.tr("Print…"), objectName="printCoverage")
        self.print_button.setToolTip(self.tr("The coverage report as a PDF, to preview and print"))
        self.print_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.kind)
        top.addSpacing(12)
        top.addWidget(self.previous_button)
        top.addWidget(self.period_label)
        top.addWidget(self.next_button)
        top.addWidget(self.current_button)
        top.addStretch(1)
        top.addWidget(self.print_button)

        self.rate_label = QLabel(objectName="rateLabel")
        emphasise(self.rate_label, 3.2)
        self.figures_label = QLabel(objectName="figuresLabel")
        emphasise(self.figures_label, 1.25, bold=False)
        self.span_label = QLabel(objectName="spanLabel")
        self.span_label.setWordWrap(True)
        figures = QVBoxLayout()
        figures.addStretch(1)
        figures.addWidget(self.figures_label)
        figures.addWidget(self.span_label)
        figures.addStretch(1)
        rate_panel = QFrame(objectName="ratePanel")
        rate_panel.setFrameShape(QFrame.Shape.StyledPanel)
        rate_row = QHBoxLayout(rate_panel)
        rate_row.addWidget(self.rate_label)
        rate_row.addSpacing(24)
        rate_row.addLayout(figures, 1)

        self.open_title = QLabel(objectName="openTitle")
        heading = emphasise(self.open_title)
        self.open_table = list_table("notVisited", self.open_model)
        self.open_table.setToolTip(self.tr("Enter or double-click: log a visit"))
        # Widths from the font: a month of weekly visits lists hundreds of lines, too many to measure.
        open_widths = {columns.PERSON: 4, columns.GRID: 9, columns.TIER: 3, columns.WORKER: 4}
        size_columns(self.open_table, open_widths, {columns.PERIOD: 8}, stretch=columns.STATUS)
        self.all_done = QLabel(objectName="allVisited")
        self.all_done.setStyleSheet(GOAL_STYLE)
        self.all_done.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.open_title)
        left_layout.addWidget(self.open_table, 1)
        left_layout.addWidget(self.all_done)

        self.by_grid = QRadioButton(self.tr("By grid"), objectName="byGrid")
        self.by_worker = QRadioButton(self.tr("By worker"), objectName="byWorker")
        self.group_switch = QButtonGroup(self)
        self.group_switch.addButton(self.by_grid, BY_GRID)
        self.group_switch.addButton(self.by_worker, BY_WORKER)
        self.by_grid.setChecked(True)
        switch = QHBoxLayout()
        switch.addWidget(self.by_grid)
        switch.addWidget(self.by_worker)
        switch.addStretch(1)
        self.group_table = list_table("groups", self.group_model)
        size_columns(
            self.group_table, {}, {columns.DUE: 5, columns.VISITED: 5, columns.RATE: 7}, stretch=columns.GROUP
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(switch)
        right_layout.addWidget(self.group_table, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 500])

        self.history_title = QLabel(objectName="historyTitle")
        self.history_title.setFont(heading)
        self.bars = RateBars(self)
        self.message = InlineMessage(self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(rate_panel)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.history_title)
        layout.addWidget(self.bars)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.kind.activated.connect(lambda _index: self.set_cadence(Cadence(self.kind.currentData())))
        self.previous_button.clicked.connect(self.previous_period)
        self.next_button.clicked.connect(self.next_period)
        self.current_button.clicked.connect(self.current_period)
        self.print_button.clicked.connect(self.print_report)
        self.group_switch.idToggled.connect(lambda _id, checked: checked and self._show_groups())
        self.open_table.activated.connect(lambda index: self._visit(index.row()))
        self.bars.period_clicked.connect(self._bar_clicked)

    # -- public ------------------------------------------------------------------------

    def period(self) -> Period:
        return self._period

    def report(self) -> CoverageReport | None:
        return self._report

    def refresh(self) -> None:
        """Count again (after a visit, an exemption, a sync): now if shown, else when next shown."""
        self._history.clear()
        if self.isVisible():
            self._load()
        else:
            self._stale = True

    def set_period(self, period: Period) -> None:
        self._period = period
        self._cadence = period.cadence
        self.kind.setCurrentIndex(max(0, self.kind.findData(period.cadence.value)))
        if self.isVisible():
            self._load()
        else:
            self._stale = True

    def set_cadence(self, cadence: Cadence) -> None:
        """Week, month or quarter, around the period shown (today's, if that is shown)."""
        today = self._clock()
        day = today if today in self._period else self._period.middle
        self.set_period(period_of(day, cadence))

    def previous_period(self) -> None:
        self.set_period(period_of(self._period.start - timedelta(days=1), self._cadence))

    def next_period(self) -> None:
        if self._period.end < self._clock():  # the future has no coverage yet
            self.set_period(self._period.next())

    def current_period(self) -> None:
        self.set_period(period_of(self._clock(), self._cadence))

    def print_report(self) -> PrintPreviewDialog | None:
        """The period's coverage report as a PDF, in the print preview."""
        actor = self._ctx.actor
        if actor is None or not may(actor.role, Action.PRINT):
            return None
        ctx, period, today = self._ctx, self._period, self._clock()
        self.message.clear_message()
        return write_and_preview(
            self,
            lambda path: printouts.write_coverage_report(ctx, period, path, today),
            fmt(self.tr("Visit coverage %1"), period_label(period)),
            suggested_name=f"coverage-{period.code}.pdf",
            show_problem=self.message.show_problem,
        )

    def apply_permissions(self) -> None:
        actor = self._ctx.actor
        self.print_button.setVisible(actor is not None and may(actor.role, Action.PRINT))

    # -- loading -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:
        """The period's figures now (one service call); the past periods' rates off the GUI thread."""
        self._stale = False
        self.message.clear_message()
        try:
            self._report = coverage.coverage(self._ctx, self._period, self._clock())
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return
        self._show_period()
        self._show_rate(self._report)
        self.open_model.set_rows(self._report.not_visited())
        self._show_open(self._report)
        self._show_groups()
        self._load_history()

    def _load_history(self) -> None:
        cached = self._history.get(self._cadence)
        if cached is not None:
            self._show_history(cached)
            return
        self._history_round += 1
        ctx, cadence, today, round_ = self._ctx, self._cadence, self._clock(), self._history_round
        self.history_title.setText(self.tr("Counting the past periods…"))
        self.bars.set_bars([])

        def work() -> tuple[int, Cadence, list[CoverageReport]]:
            return round_, cadence, coverage.history(ctx, cadence, HISTORY_PERIODS, today)

        run_task(work, self._history_loaded, self._history_failed)

    def _history_loaded(self, result: tuple[int, Cadence, list[CoverageReport]]) -> None:
        round_, cadence, history = result
        if round_ != self._history_round:
            return  # counted before a refresh: a newer count is on its way
        self._history[cadence] = history
        if cadence == self._cadence:
            self._show_history(history)

    def _history_failed(self, error: BaseException) -> None:
        if not isinstance(getattr(error, "code", None), str):
            raise error
        self.history_title.setText("")
        self.message.show_problem(error)

    def _show_period(self) -> None:
        period = self._period
        today = self._clock()
        self.period_label.setText(period_label(period))
        self.period_label.setToolTip(period_span(period))
        self.next_button.setEnabled(period.end < today)
        self.current_button.setEnabled(today not in period)

    def _show_rate(self, report: CoverageReport) -> None:
        rate = report.rate
        self.rate_label.setText(rate_text(rate))
        if rate is None:
            self.rate_label.setStyleSheet(NONE_STYLE)
            self.figures_label.setText(self.tr("Nobody due in this period"))
        else:
            self.rate_label.setStyleSheet(GOAL_STYLE if rate == 1 else SHORT_STYLE)
            self.figures_label.setText(
                fmt(self.tr("%1 of %2 due visits made · goal 100%"), report.visited, report.due)
            )
        pending = sum(1 for line in report.lines if line.state == "pending")
        missed = sum(1 for line in report.lines if line.state == "missed")
        parts = [period_span(report.period)]
        if pending:
            parts.append(fmt(self.tr("%1 still open"), pending))
        if missed:
            parts.append(fmt(self.tr("%1 missed"), missed))
        self.span_label.setText(" · ".join(parts))

    def _show_open(self, report: CoverageReport) -> None:
        count = self.open_model.rowCount()
        self.open_title.setText(fmt(self.tr("Not yet visited: %1"), count))
        self.open_table.setVisible(count > 0)
        self.all_done.setVisible(count == 0)
        self.all_done.setText(
            self.tr("Everyone due in this period has been visited.")
            if report.due
            else self.tr("Nobody is due a visit in this period.")
        )

    def _show_groups(self) -> None:
        report = self._report
        if report is None:
            return
        if self.group_switch.checkedId() == BY_WORKER:
            self.group_model.set_rows(report.by_worker, self.tr("Worker"))
        else:
            self.group_model.set_rows(report.by_grid, self.tr("Grid"))

    def _show_history(self, history: list[CoverageReport]) -> None:
        titles = {
            Cadence.WEEK: self.tr("The rate of the last %1 weeks"),
            Cadence.MONTH: self.tr("The rate of the last %1 months"),
            Cadence.QUARTER: self.tr("The rate of the last %1 quarters"),
        }
        self.history_title.setText(fmt(titles[self._cadence], len(history)))
        bars = [
            Bar(
                period_label(report.period),
                report.rate,
                fmt(self.tr("%1: %2 of %3 visited"), period_label(report.period), report.visited, report.due),
            )
            for report in history
        ]
        codes = [report.period.code for report in history]
        selected = codes.index(self._period.code) if self._period.code in codes else -1
        self.bars.set_bars(bars, selected)

    def _bar_clicked(self, index: int) -> None:
        history = self._history.get(self._cadence, [])
        if 0 <= index < len(history):
            self.set_period(history[index].period)

    def _visit(self, row: int) -> None:
        if 0 <= row < self.open_model.rowCount():
            line: CoverageLine = self.open_model.line(row)
            self.visit_requested.emit(line)
