"""The reports page (报表): the station report and the ledgers (台账) for a period, previewed,
printed, or saved as PDF or .xlsx.

On the left, what to produce (ui/report_kinds.py lists them); on the right, the period and the
report's options, then Preview, Print, Save as PDF and Save as Excel. The services write the files
(atomically) on a worker thread; progress reaches the page through a signal and Cancel makes the
next progress call raise ``Cancelled``, which leaves no file behind. A viewer may print but not
export; full ID numbers and phones are offered only to roles that may reveal them, with a reason
that goes to the audit log.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.services import hub, settings, station_report
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import Cancelled, ServiceError
from stationdesk.services.station_report import ReportPeriod
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.icons import icon
from stationdesk.ui.period_picker import PeriodPicker
from stationdesk.ui.print_preview import PrintPreviewDialog, preview_pdf
from stationdesk.ui.progress_panel import ProgressPanel
from stationdesk.ui.reason_dialog import ask_reason
from stationdesk.ui.report_kinds import (
    HIGHLIGHTS,
    LANGUAGE,
    PDF,
    REVEAL,
    XLSX,
    ReportKind,
    WriteOptions,
    report_kinds,
)
from stationdesk.ui.save_file import choose_path
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.text import fmt

LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("zh_TW", "繁體中文"), ("en", "English"))
"""Each language named in itself, so anyone finds their own."""
LIST_WIDTH = 300


@dataclass
class _Job:
    kind: ReportKind
    out: Path
    temporary: bool  # a preview's file: removed if the work fails
    then: Callable[[Path], object]


class ReportsPage(QWidget):
    """``preview`` is the last print preview opened; ``job_finished`` is emitted when a file is
    written, cancelled or refused (tests wait on it)."""

    job_finished = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
        kinds: tuple[ReportKind, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._ctx = ctx
        self._clock = clock
        self._kinds = tuple(kind for kind in (kinds or report_kinds()) if self._may(kind.needs))
        self._job: _Job | None = None
        self._highlights_period: ReportPeriod | None = None
        self.preview: PrintPreviewDialog | None = None

        self.list = QListWidget(objectName="reportList")
        self.list.setFixedWidth(LIST_WIDTH)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A light selection keeps the entry's two lines readable (the labels draw over it).
        self.list.setStyleSheet(
            "QListWidget#reportList::item:selected { background: #dce9f8; border-left: 4px solid #1a73e8; }"
        )
        for kind in self._kinds:
            self._add_entry(kind)
        self.list.currentRowChanged.connect(lambda _row: self._kind_chosen())

        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self._build_panel(), 1)
        self._apply_permissions()
        self.list.setCurrentRow(0)
        self._kind_chosen()

    # -- building ------------------------------------------------------------------------

    def _add_entry(self, kind: ReportKind) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, kind.key)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, kind.title)
        title, description = html.escape(kind.title), html.escape(kind.description)
        label = QLabel(f"<b>{title}</b><br><span style='color:#5f6368'>{description}</span>")
        label.setObjectName(f"entry-{kind.key}")
        label.setWordWrap(True)
        label.setContentsMargins(8, 6, 8, 6)
        width = LIST_WIDTH - 2 * self.list.frameWidth() - 8
        label.setFixedWidth(width)
        item.setSizeHint(QSize(width, label.heightForWidth(width)))
        self.list.addItem(item)
        self.list.setItemWidget(item, label)

    def _build_panel(self) -> QWidget:
        panel = QWidget(objectName="reportPanel")
        self.title = QLabel(objectName="reportTitle")
        emphasise(self.title, 1.4)
        self.description = QLabel(objectName="reportDescription")
        self.description.setWordWrap(True)

        self.picker = PeriodPicker(self._clock(), self)
        self.picker.changed.connect(self._period_changed)
        period_box = self._box(self.tr("Period"), "periodBox", self.picker)

        self.language = QComboBox(objectName="languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language(self._ctx)))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_box = self._box(self.tr("Language of the report"), "languageBox")
        self.language_box.layout().addWidget(self.language, 0, Qt.AlignmentFlag.AlignLeft)
        self.highlights_box = self._build_highlights()
        self._hub = hub.is_hub_here(self._ctx)
        self.hub_highlights_note = QLabel(
            self.tr(
                "This is the district hub: the report rolls up its stations and prints each station's "
                "highlights as that station wrote them."
            ),
            objectName="hubHighlightsNote",
        )
        self.hub_highlights_note.setWordWrap(True)

        self.reveal = QCheckBox(self.tr("Show full ID numbers and phones"), objectName="revealCheck")
        reveal_note = QLabel(
            self.tr("You will be asked why; each such printout is recorded in the audit log.")
        )
        reveal_note.setWordWrap(True)
        self.reveal_box = self._box(self.tr("ID numbers and phones"), "revealBox", self.reveal, reveal_note)

        self.progress_frame = self._build_progress()
        self.message = InlineMessage(self)

        self.preview_button = self._button(
            "reports", self.tr("Preview"), "previewButton", self.preview_report
        )
        self.preview_button.setDefault(True)
        self.print_button = self._button("print", self.tr("Print…"), "printButton", self.print_report)
        self.print_button.setToolTip(self.tr("Preview, then choose a printer (Ctrl+P)"))
        self.pdf_button = self._button("save", self.tr("Save as PDF…"), "savePdfButton", self.save_pdf)
        self.xlsx_button = self._button(
            "roster_file", self.tr("Save as Excel…"), "saveXlsxButton", self.save_xlsx
        )
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        column = QVBoxLayout(panel)
        self._column = column
        column.addWidget(self.title)
        column.addWidget(self.description)
        column.addWidget(period_box)
        column.addWidget(self.language_box)
        column.addWidget(self.highlights_box, 1)
        column.addWidget(self.hub_highlights_note)
        column.addWidget(self.reveal_box)
        self._filler = column.count()
        column.addStretch(1)  # takes the room the highlights do not
        column.addWidget(self.progress_frame)
        column.addWidget(self.message)
        column.addLayout(buttons)
        return panel

    def _build_highlights(self) -> QGroupBox:
        self.highlights = QPlainTextEdit(objectName="highlightsEdit")
        self.highlights.setPlaceholderText(
            self.tr("What stood out in this period: events, achievements, problems, plans.")
        )
        self.highlights.setTabChangesFocus(True)
        self.highlights_note = QLabel(objectName="highlightsNote")
        self.highlights_note.setWordWrap(True)
        self.save_highlights_button = self._button(
            "save", self.tr("Save highlights"), "saveHighlights", self.save_highlights
        )
        self.save_highlights_button.setEnabled(False)
        self.highlights.document().modificationChanged.connect(self._highlights_modified)
        row = QHBoxLayout()
        row.addWidget(self.highlights_note, 1)
        row.addWidget(self.save_highlights_button)
        box = self._box(
            self.tr("Highlights of the period (printed in the report)"), "highlightsBox", self.highlights
        )
        box.layout().addLayout(row)
        return box

    def _build_progress(self) -> ProgressPanel:
        panel = ProgressPanel(self)
        panel.setObjectName("progressFrame")
        self.progress_label, self.progress_bar, self.cancel_button = (
            panel.label,
            panel.bar,
            panel.cancel_button,
        )
        panel.succeeded.connect(self._job_done)
        panel.failed.connect(self._job_failed)
        return panel

    @staticmethod
    def _box(title: str, name: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title, objectName=name)
        column = QVBoxLayout(box)
        for widget in widgets:
            column.addWidget(widget)
        return box

    def _button(self, icon_name: str, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(icon(icon_name), text, objectName=name)
        button.clicked.connect(lambda: slot())
        return button

    # -- state ---------------------------------------------------------------------------

    def _may(self, action: Action) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, action)

    def _apply_permissions(self) -> None:
        """Printing needs the right to print, an .xlsx the right to export, full numbers the right to
        reveal them; the highlights are the station manager's
        (the settings right; they travel to the hub with the station's data)."""
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setVisible(self._may(Action.PRINT))
        self.xlsx_button.setVisible(self._may(Action.EXPORT))
        editable = self._may(Action.SETTINGS_EDIT)
        self.highlights.setReadOnly(not editable)
        self.save_highlights_button.setVisible(editable)
        self.highlights_note.setText(
            self.tr("Each period has its own highlights; the report prints them as written.")
            if editable
            else self.tr("Only a manager may write the highlights.")
        )

    def kind(self) -> ReportKind | None:
        row = self.list.currentRow()
        return self._kinds[row] if 0 <= row < len(self._kinds) else None

    def choose(self, key: str) -> None:
        """Choose the report or ledger ``key`` (ValueError if the page does not offer it)."""
        self.list.setCurrentRow([kind.key for kind in self._kinds].index(key))

    def _kind_chosen(self) -> None:
        kind = self.kind()
        if kind is None:
            return
        self.title.setText(kind.title)
        self.description.setText(kind.description)
        self.picker.set_modes(kind.periods)
        self.language_box.setVisible(LANGUAGE in kind.options)
        # On a district hub the report is the roll-up: it prints each station's highlights as the
        # station wrote them (they arrive with its data), never the hub's own.
        writes = HIGHLIGHTS in kind.options and not self._hub
        self.highlights_box.setVisible(writes)
        self.hub_highlights_note.setVisible(HIGHLIGHTS in kind.options and self._hub)
        self._column.setStretch(self._filler, 0 if writes else 1)
        self.reveal_box.setVisible(REVEAL in kind.options and self._may(Action.PERSON_REVEAL))
        self.message.clear_message()
        self._update_buttons()
        self._period_changed()

    def _update_buttons(self) -> None:
        kind = self.kind()
        idle = self._job is None
        ready = idle and kind is not None
        for button in (self.preview_button, self.print_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(ready)
        for widget in (self.list, self.picker, self.language_box, self.reveal_box):
            widget.setEnabled(idle)

    # -- highlights ----------------------------------------------------------------------

    def _period_changed(self) -> None:
        kind = self.kind()
        if kind is None or HIGHLIGHTS not in kind.options:
            return
        period = self.picker.period()
        if period == self._highlights_period:
            return
        if not self._store_highlights():  # what was typed for the period shown before is kept
            return
        try:
            text = station_report.highlights(self._ctx, period)
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return
        self.highlights.setPlainText(text)
        self.highlights.document().setModified(False)
        self._highlights_modified(False)  # setPlainText may have said "modified" last
        self._highlights_period = period
        self.highlights_box.setTitle(
            fmt(self.tr("Highlights of %1 (printed in the report)"), period.code.replace("..", " – "))
        )

    def _highlights_modified(self, modified: bool) -> None:
        self.save_highlights_button.setEnabled(modified and self._may(Action.SETTINGS_EDIT))

    def _store_highlights(self) -> bool:
        """Save the highlights if they were edited; False (and the problem shown) if refused."""
        if self._highlights_period is None or not self.highlights.document().isModified():
            return True
        try:
            station_report.set_highlights(self._ctx, self._highlights_period, self.highlights.toPlainText())
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return False
        self.highlights.document().setModified(False)
        return True

    def save_highlights(self) -> bool:
        if not self._store_highlights():
            return False
        self.message.show_info(self.tr("Highlights saved."))
        return True

    # -- producing -----------------------------------------------------------------------

    def preview_report(self) -> None:
        """Write the PDF to a temporary file, then show it (the file goes when the preview closes)."""
        self._start_temporary(self._open_preview)

    def print_report(self) -> None:
        """Like Preview, with the print dialog opened at once over the preview."""
        self._start_temporary(lambda path: self._open_preview(path).print_pages())

    def save_pdf(self) -> None:
        self._save(PDF, self.tr("Save as PDF"), self.tr("PDF files (*.pdf)"))

    def save_xlsx(self) -> None:
        self._save(XLSX, self.tr("Save as Excel"), "Excel (*.xlsx)")

    def cancel(self) -> None:
        """Stop the work at its next step; the file being written is not left behind."""
        self.progress_frame.cancel()

    def busy(self) -> bool:
        return self._job is not None

    def _reveal_wanted(self, kind: ReportKind) -> bool:
        return REVEAL in kind.options and self._may(Action.PERSON_REVEAL) and self.reveal.isChecked()

    def _ready_kind(self, suffix: str) -> ReportKind | None:
        kind = self.kind()
        right = Action.EXPORT if suffix == XLSX else Action.PRINT
        if self._job is not None or kind is None:
            return None
        if not self._may(right):
            return None
        return kind

    def _file_name(self, kind: ReportKind, suffix: str) -> str:
        return f"{kind.file_stem}-{self.picker.period().code.replace('..', '_')}{suffix}"

    def _start_temporary(self, then: Callable[[Path], object]) -> None:
        if (kind := self._ready_kind(PDF)) is None:
            return
        handle, name = tempfile.mkstemp(prefix="stationdesk-", suffix=PDF)
        os.close(handle)
        self._confirm_and_start(kind, Path(name), temporary=True, then=then)

    def _save(self, suffix: str, title: str, file_filter: str) -> None:
        if (kind := self._ready_kind(suffix)) is None:
            return
        out = choose_path(self, title, suggested_name=self._file_name(kind, suffix), file_filter=file_filter)
        if out is not None:
            self._confirm_and_start(kind, out, temporary=False, then=self._saved)

    def _confirm_and_start(
        self, kind: ReportKind, out: Path, *, temporary: bool, then: Callable[[Path], object]
    ) -> None:
        """Ask why full numbers are wanted (if they are), then start writing."""
        if not self._store_highlights():
            return
        if not self._reveal_wanted(kind):
            self._start(kind, out, temporary, then, "")
            return

        asked = {"answered": False}

        def go(reason: str) -> None:
            asked["answered"] = True
            self._start(kind, out, temporary, then, reason)

        ask = ask_reason(
            self,
            "revealReason",
            self.tr("Show full numbers"),
            self.tr(
                "Put the full ID numbers and phones in this ledger? The file and your reason are "
                "recorded in the audit log."
            ),
            self.tr("Show full numbers"),
            go,
            required=False,
        )
        if temporary:
            ask.finished.connect(lambda _result: None if asked["answered"] else out.unlink(missing_ok=True))

    def _start(
        self, kind: ReportKind, out: Path, temporary: bool, then: Callable[[Path], object], reason: str
    ) -> None:
        period = self.picker.period()
        options = WriteOptions(
            lang=self.language.currentData(),
            reveal=self._reveal_wanted(kind),
            reason=reason,
            today=self._clock(),
        )

        def work(progress: Callable[[int, int], None]) -> Path:
            progress(0, 0)
            return kind.write(self._ctx, period, out, options, progress)

        self._job = _Job(kind, out, temporary, then)
        self.message.clear_message()
        self.progress_frame.start(
            fmt(self.tr("Writing %1…"), kind.title),
            work,
            describe=lambda done, total: fmt(self.tr("Writing %1: %2 of %3 rows"), kind.title, done, total),
            finishing=lambda total: fmt(self.tr("%1 rows written; finishing the file…"), total),
        )  # counted rows, then the pages laid out after the last one
        self._update_buttons()

    def _end_job(self) -> _Job | None:
        job, self._job = self._job, None
        self._update_buttons()
        return job

    def _job_done(self, path: object) -> None:
        job = self._end_job()
        if job is not None:
            job.then(Path(str(path)))
        self.job_finished.emit()

    def _job_failed(self, error: BaseException) -> None:
        job = self._end_job()
        if job is not None and job.temporary:
            job.out.unlink(missing_ok=True)
        self.job_finished.emit()
        if isinstance(error, Cancelled):
            self.message.show_info(self.tr("Cancelled: no file was written."))
        elif isinstance(error, (ServiceError, ValidationError, OSError)):
            self.message.show_problem(error)
        else:
            raise error

    def _open_preview(self, path: Path) -> PrintPreviewDialog:
        kind = self.kind()
        title = fmt(self.tr("%1, %2"), kind.title if kind else "", self.picker.summary.text())
        suggested = self._file_name(kind, PDF) if kind else path.name
        self.preview = preview_pdf(self, path, title, suggested_name=suggested, remove_when_closed=True)
        return self.preview

    def _saved(self, path: Path) -> None:
        self.message.show_info(fmt(self.tr("Saved: %1"), str(path)))
