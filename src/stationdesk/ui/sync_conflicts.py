"""The conflict list (冲突): a field changed on two PCs before either heard of the other's change.

The merge kept one value (the later writer's) everywhere; a person looks at both and either keeps
it ("Keep this") or takes the other one ("Use the other", asked first). Either choice is an
ordinary change that travels with the next export, so every PC ends with the person's choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.services import sync
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.sync import ConflictRow
from stationdesk.ui.confirm import ask
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models.sync_tables import ConflictTableModel
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.sync_words import field_name, field_value
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt


class ConflictsPanel(QWidget):
    """``count_changed`` carries the number still open after each refresh."""

    count_changed = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *, may_resolve: bool) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPanel")
        self._ctx = ctx
        self.model = ConflictTableModel(self)
        self.table = list_table("conflictTable", self.model)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "<station> (<PC>)" keeps its PC
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.keep())
        intro = QLabel(
            self.tr(
                "These values were changed on two PCs at about the same time. Every PC now shows the "
                "value kept; check each one and keep it, or use the other value instead."
            )
        )
        intro.setWordWrap(True)
        self.empty = QLabel(
            self.tr("No conflicts: every exchange so far merged cleanly."), objectName="noConflicts"
        )
        self.keep_button = QPushButton(icon("accept"), self.tr("Keep this"), objectName="keepConflict")
        self.keep_button.setToolTip(self.tr("The value kept stays, on every PC."))
        self.swap_button = QPushButton(icon("reject"), self.tr("Use the other"), objectName="swapConflict")
        self.swap_button.setToolTip(self.tr("The other value replaces the kept one, on every PC."))
        self.keep_button.clicked.connect(self.keep)
        self.swap_button.clicked.connect(self.swap)
        self.keep_button.setVisible(may_resolve)
        self.swap_button.setVisible(may_resolve)
        self.message = InlineMessage(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._sized = False
        self._update_buttons()

    def refresh(self) -> int:
        """Read the open conflicts again; their number (also sent as ``count_changed``)."""
        try:
            rows = sync.conflicts(self._ctx)
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return self.model.rowCount()
        self.model.set_rows(rows)
        if not self._sized:
            size_columns(self.table, {0: 10, 1: 6, 2: 10, 3: 10, 4: 10, 5: 10}, {6: 16}, stretch=0)
            self._sized = True
        self.empty.setVisible(not rows)
        self._update_buttons()
        self.count_changed.emit(len(rows))
        return len(rows)

    def show_settled(self, count: int) -> None:
        """Say that an import closed ``count`` conflicts here: a person resolved them on another PC."""
        if count:
            self.message.show_info(
                fmt(
                    self.tr(
                        "Resolved on another PC: %1 conflict(s) closed here too. The value chosen there "
                        "arrived with the file."
                    ),
                    count,
                )
            )

    def selected(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.keep_button.setEnabled(chosen)
        self.swap_button.setEnabled(chosen)

    def keep(self) -> None:
        """Confirm the value the merge kept."""
        if (row := self.selected()) is not None and self.keep_button.isVisible():
            self._resolve(row, "kept")

    def swap(self) -> None:
        """Ask, then replace the kept value by the other one."""
        row = self.selected()
        if row is None:
            return
        question = fmt(
            self.tr("%1 of %2 becomes “%3” (instead of “%4”) on every PC. Go ahead?"),
            field_name(row.field, row.field_label),
            row.record_label or row.table_label,
            field_value(row.field, row.other_value),
            field_value(row.field, row.kept_value),
        )
        ask(
            self,
            self.tr("Use the other value"),
            question,
            self.tr("Use the other"),
            lambda: self._resolve(row, "other"),
        )

    def _resolve(self, row: ConflictRow, keep: str) -> None:
        try:
            sync.resolve_conflict(self._ctx, row.id, keep)
        except (ServiceError, ValidationError) as error:
            self.message.show_problem(error)
            return
        self.message.show_info(
            self.tr("Kept. The choice travels with the next export.")
            if keep == "kept"
            else self.tr("Changed to the other value. The change travels with the next export.")
        )
        self.refresh()
