"""Enrol a roster (导入报名名单): an .xlsx file as the station received it, or a pasted list.

The dialog reads the roster, guesses which column holds what (the user can change it under each
header), and previews every row: a new person to register and enrol, a registered person to enrol,
already enrolled, or refused and why. Nothing is written until "Enrol N people" is pressed. Reading
and previewing run in the background (a large workbook takes a moment).

Another roster import (the volunteers', ui/volunteer_import_dialog.py) subclasses the dialog and
says in its hooks (``fields``, ``preview_roster``, ``apply_roster``, the texts) what differs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services import roster_import
from stationdesk.services.context import ServiceContext
from stationdesk.services.roster_import import Field, Outcome, Preview, PreviewRow, RosterTable
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.messages import message
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.tasks import run_task
from stationdesk.ui.text import fmt
from stationdesk.ui.training_words import group_label

ROW, NAME, PHONE, UNIT, GROUP, OUTCOME, REASON = range(7)

# Outcome -> (icon name, text colour, row tint or None)
_LOOKS: dict[Outcome, tuple[str, str, str | None]] = {
    Outcome.NEW: ("roster_new", "#1b6e20", None),
    Outcome.MATCHED: ("roster_matched", "#0b57d0", None),
    Outcome.ALREADY: ("roster_already", "#5f6368", None),
    Outcome.REFUSED: ("roster_refused", "#b3261e", "#fdecea"),
}


TRAINING_FIELDS = (
    Field.NAME,
    Field.PHONE,
    Field.ID_NUMBER,
    Field.UNIT,
    Field.TARGET_GROUP,
    Field.SEX,
    Field.BIRTH_DATE,
)


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.NEW: QCoreApplication.translate("Roster", "New to the registry"),
        Outcome.MATCHED: QCoreApplication.translate("Roster", "In the registry"),
        Outcome.ALREADY: QCoreApplication.translate("Roster", "Already enrolled"),
        Outcome.REFUSED: QCoreApplication.translate("Roster", "Refused"),
    }[outcome]


def field_label(which: Field) -> str:
    return {
        Field.NAME: QCoreApplication.translate("Roster", "Name"),
        Field.PHONE: QCoreApplication.translate("Roster", "Mobile"),
        Field.ID_NUMBER: QCoreApplication.translate("Roster", "ID number"),
        Field.UNIT: QCoreApplication.translate("Roster", "Unit"),
        Field.TARGET_GROUP: QCoreApplication.translate("Roster", "Category"),
        Field.SEX: QCoreApplication.translate("Roster", "Sex"),
        Field.BIRTH_DATE: QCoreApplication.translate("Roster", "Birth date"),
        Field.SKILLS: QCoreApplication.translate("Roster", "Skills"),
        Field.TEAM: QCoreApplication.translate("Roster", "Team"),
        Field.PLATFORM_NUMBER: QCoreApplication.translate("Roster", "Platform number"),
        Field.REGISTERED_ON: QCoreApplication.translate("Roster", "Registered on"),
    }[which]


def reason_text(row: PreviewRow) -> str:
    if row.outcome is Outcome.REFUSED:
        return message(row.reason, dict(row.params))
    return {
        "id_number": QCoreApplication.translate("Roster", "Found by ID number"),
        "name_phone": QCoreApplication.translate("Roster", "Found by name and mobile"),
        "name": QCoreApplication.translate("Roster", "Found by name among the participants"),
    }.get(row.matched_by, "")


class RosterPreviewModel(RowListModel[PreviewRow]):
    """The preview, a row per roster row: what applying would do with it."""

    def outcome_text(self, outcome: Outcome) -> str:
        return outcome_label(outcome)

    def _group(self, row: PreviewRow) -> str:
        return group_label(row.target_group) if row.target_group else ""

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Row"),
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("Unit"),
            self.tr("Category"),
            self.tr("Outcome"),
            self.tr("Reason"),
        )

    def _display(self, row: PreviewRow, column: int) -> str:
        if column == ROW:
            return str(row.row)
        if column == NAME:
            return row.name
        if column == PHONE:
            return row.phone_masked
        if column == UNIT:
            return row.unit
        if column == GROUP:
            return self._group(row)
        if column == OUTCOME:
            return self.outcome_text(row.outcome)
        return reason_text(row)

    def _sort_key(self, row: PreviewRow, column: int) -> object:
        return row.row if column == ROW else self._display(row, column)

    def _tooltip(self, row: PreviewRow, column: int) -> object:
        return self._display(row, column) if column in (UNIT, REASON) else None

    def _style(self, row: PreviewRow, column: int, role: int) -> object:
        name, colour, tint = _LOOKS[row.outcome]
        if role == Qt.ItemDataRole.DecorationRole and column == OUTCOME:
            return icon(name, colour)
        if role == Qt.ItemDataRole.ForegroundRole and column in (OUTCOME, REASON):
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.BackgroundRole and tint:
            return QBrush(QColor(tint))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RosterImportDialog(QDialog):
    """Preview a roster, then enrol its people in the programme in one go."""

    preview_shown = Signal(object)  # the Preview now in the table
    enrolled = Signal(object)  # the import's result once written

    fields: tuple[Field, ...] = TRAINING_FIELDS
    """The fields a column can be mapped to."""

    def __init__(self, ctx: ServiceContext, programme_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._programme_id = programme_id
        self._build()

    # --- what another import says differently ----------------------------------------------------

    def title(self) -> str:
        return self.tr("Enrol from a roster")

    def make_model(self) -> RosterPreviewModel:
        return RosterPreviewModel(self)

    def preview_roster(self, table: RosterTable, mapping: dict[Field, int] | None) -> Preview:
        """Runs off the GUI thread."""
        return roster_import.preview(self._ctx, self._programme_id, table, mapping)

    def apply_roster(self, table: RosterTable, mapping: dict[Field, int] | None) -> Any:
        """Runs off the GUI thread; what it returns ``enrolled`` carries."""
        return roster_import.apply(self._ctx, self._programme_id, table, mapping)

    def apply_text(self, count: int | None) -> str:
        return fmt(self.tr("Enrol %1 people"), count) if count else self.tr("Enrol")

    def applied_text(self, result: Any) -> str:
        return fmt(self.tr("%1 people enrolled (%2 newly registered)."), result.enrolled, result.created)

    def waiting_text(self) -> str:
        return self.tr("Choose a file or paste a list to see what would be enrolled.")

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self._tables: dict[int, RosterTable | None] = {0: None, 1: None}
        self._mapping: dict[Field, int] = {}
        self._path: Path | None = None
        self._generation = 0
        self.preview: Preview | None = None
        self.setWindowTitle(self.title())

        self.tabs = QTabWidget(objectName="rosterSource")
        self.tabs.addTab(self._file_tab(), icon("roster_file"), self.tr("From an .xlsx file"))
        self.tabs.addTab(self._paste_tab(), icon("roster_paste"), self.tr("Paste a list"))
        self.tabs.currentChanged.connect(lambda _index: self._refresh())
        self.message = InlineMessage()
        self.counts = QLabel(objectName="rosterCounts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.model = self.make_model()
        self.table = list_table("rosterPreview", self.model, striped=False)
        size_columns(
            self.table, {NAME: 5, UNIT: 6, GROUP: 10, OUTCOME: 11}, {ROW: 4, PHONE: 12}, stretch=REASON
        )
        self.enrol_button = QPushButton(icon("roster_enrol"), self.tr("Enrol"), objectName="enrolRoster")
        self.enrol_button.setEnabled(False)
        self.enrol_button.clicked.connect(self.apply)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1040, 680)
        self._show_counts(None)

    # --- the two ways in -----------------------------------------------------------------------

    def _file_tab(self) -> QWidget:
        tab = QWidget()
        self.choose_button = QPushButton(
            icon("roster_file"), self.tr("Choose a file…"), objectName="chooseRoster"
        )
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.file_label = QLabel(self.tr("No file chosen yet."), objectName="rosterFile")
        self.sheet = QComboBox(objectName="rosterSheet")
        self.sheet.setMinimumContentsLength(12)
        self.sheet.setEnabled(False)
        self.sheet.currentTextChanged.connect(self._sheet_chosen)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("Sheet")))
        top.addWidget(self.sheet)
        self.columns = QWidget(objectName="rosterColumns")
        self.columns_grid = QGridLayout(self.columns)
        self.columns_grid.setContentsMargins(0, 0, 0, 0)
        self.column_combos: list[QComboBox] = []
        scroll = QScrollArea()
        scroll.setWidget(self.columns)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        scroll.setFixedHeight(self.fontMetrics().height() * 2 + QComboBox().sizeHint().height() + bar + 12)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        hint = QLabel(self.tr("Which column holds what (guessed from the headers; change it if needed):"))
        layout.addWidget(hint)
        layout.addWidget(scroll)
        return tab

    def _paste_tab(self) -> QWidget:
        tab = QWidget()
        self.paste = QPlainTextEdit(objectName="rosterPaste")
        self.paste.setPlaceholderText(
            self.tr(
                "One person a line: name and mobile, optionally the unit, e.g.\n王芳 13912345678 当湖街道"
            )
        )
        self.paste.setFixedHeight(self.fontMetrics().height() * 5 + 16)
        self.paste_button = QPushButton(icon("search"), self.tr("Preview"), objectName="previewPaste")
        self.paste_button.clicked.connect(self.preview_pasted)
        layout = QHBoxLayout(tab)
        layout.addWidget(self.paste, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.paste_button, 0, Qt.AlignmentFlag.AlignTop)
        return tab

    def choose_file(self, path: str | Path | None = None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Choose a roster"), "", self.tr("Excel workbooks (*.xlsx)")
            )
            if not chosen:
                return
            path = chosen
        self._path = Path(path)
        self.file_label.setText(self._path.name)
        self.file_label.setToolTip(str(self._path))
        self._read(None)

    def _sheet_chosen(self, name: str) -> None:
        if self._path is not None and name and self.sheet.isEnabled():
            self._read(name)

    def _read(self, sheet: str | None) -> None:
        path = self._path
        assert path is not None
        self._run(lambda: roster_import.read_xlsx(path, sheet), self._file_read)

    def _file_read(self, table: RosterTable) -> None:
        self._tables[0] = table
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(table.sheets))
        self.sheet.setCurrentText(table.sheet)
        self.sheet.setEnabled(True)
        self.sheet.blockSignals(False)
        self._mapping = {which: column for which, column in table.mapping.items() if which in self.fields}
        self._build_columns(table)
        self._refresh()

    def _build_columns(self, table: RosterTable) -> None:
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.column_combos = []
        chosen = {column: which for which, column in self._mapping.items()}
        for column, header in enumerate(table.headers):
            title = QLabel("\n".join(header.split(" ", 1)) or "—")  # a merged group header above its own
            title.setToolTip(header)
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            combo = QComboBox(objectName=f"rosterColumn{column}")
            combo.addItem(self.tr("(not used)"), None)
            for which in self.fields:
                combo.addItem(field_label(which), which.value)
            combo.setCurrentIndex(max(combo.findData(chosen[column].value), 0) if column in chosen else 0)
            combo.currentIndexChanged.connect(lambda _i, c=column: self._column_mapped(c))
            self.columns_grid.addWidget(title, 0, column)
            self.columns_grid.addWidget(combo, 1, column)
            self.column_combos.append(combo)
        self.columns_grid.setColumnStretch(len(table.headers), 1)
        self.columns_grid.setRowStretch(2, 1)

    def map_column(self, column: int, which: Field | None) -> None:
        """Say that ``column`` holds ``which`` (None: not used), as the combo under its header does."""
        combo = self.column_combos[column]
        combo.setCurrentIndex(combo.findData(which.value) if which else 0)

    def _column_mapped(self, column: int) -> None:
        value = self.column_combos[column].currentData()
        self._mapping = {which: c for which, c in self._mapping.items() if c != column}
        if value:
            which = Field(value)
            other = self._mapping.get(which)
            self._mapping[which] = column
            if other is not None and other != column:  # a field lives in one column only
                combo = self.column_combos[other]
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self._refresh()

    def preview_pasted(self) -> None:
        text = self.paste.toPlainText()
        self._run(lambda: roster_import.read_pasted(text), self._pasted_read)

    def _pasted_read(self, table: RosterTable) -> None:
        self._tables[1] = table
        self._refresh()

    # --- preview and apply ---------------------------------------------------------------------

    def _current(self) -> tuple[RosterTable | None, dict[Field, int] | None]:
        table = self._tables[self.tabs.currentIndex()]
        return table, (self._mapping if self.tabs.currentIndex() == 0 else None)

    def _refresh(self, *, keep_message: bool = False) -> None:
        table, mapping = self._current()
        if table is None:
            self._show(None)
            return
        self._run(lambda: self.preview_roster(table, mapping), self._show, keep_message)

    def _show(self, preview: Preview | None) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows if preview else [])
        self._show_counts(preview)
        ready = preview is not None and preview.to_enrol > 0
        self.enrol_button.setEnabled(ready)
        self.enrol_button.setText(self.apply_text(preview.to_enrol if ready and preview else None))
        if preview is not None:
            self.preview_shown.emit(preview)

    def _show_counts(self, preview: Preview | None) -> None:
        if preview is None:
            self.counts.setText(self.waiting_text())
            return
        parts = [
            f'<span style="color:{_LOOKS[outcome][1]}">{self.model.outcome_text(outcome)}: '
            f"<b>{preview.count(outcome)}</b></span>"
            for outcome in Outcome
        ]
        self.counts.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts))

    def apply(self) -> None:
        table, mapping = self._current()
        if table is None or self.preview is None or not self.preview.to_enrol:
            return
        self.enrol_button.setEnabled(False)
        self._run(lambda: self.apply_roster(table, mapping), self._applied, True)

    def _applied(self, result: Any) -> None:
        self.message.show_info(self.applied_text(result))
        self.enrolled.emit(result)
        self._refresh(keep_message=True)

    def _run(self, work: Callable[[], Any], then: Callable[[Any], None], keep_message: bool = False) -> None:
        """Run ``work`` off the GUI thread; only the latest request's answer is shown."""
        self._generation += 1
        generation = self._generation
        if not keep_message:
            self.message.clear_message()

        def done(value: object) -> None:
            if generation == self._generation:
                then(value)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.message.show_problem(error)
                self._show(None)

        run_task(work, done, failed)
