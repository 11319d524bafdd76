"""Matching a programme's walk-ins to the registry, after the session (现场报名核对).

Left, the walk-ins not matched yet; under it, whom the selected one may be (participants of the
programme and registry persons: same mobile, same name, a name read the same), the likely
duplicates flagged. Match links the walk-in to the chosen person (merged into their enrolment when
they are a participant already); Register makes a new registry person of the walk-in (the
registry's own duplicate check applies). Below, the walk-ins matched already, each with Undo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.services import walk_ins
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.people import DuplicatesFound
from stationdesk.services.walk_ins import LikelySame, WalkIn
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.messages import describe
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.reason_dialog import ask_reason
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt


class WalkInModel(RowListModel[WalkIn]):
    NAME, PHONE, UNIT, CODE, SESSIONS, MATCHED = range(6)

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Mobile"), self.tr("Unit"), self.tr("Code"), self.tr("Sessions"),
                self.tr("Matched to"))  # fmt: skip

    def _display(self, row: WalkIn, column: int) -> str:
        how = self.tr("merged into their enrolment") if row.merged else self.tr("their enrolment now")
        matched = f"{row.matched_to} ({how})" if row.matched_to else ""
        return (row.name, row.phone_masked, row.unit, row.signin_code, str(row.sessions), matched)[column]


class CandidateModel(RowListModel[LikelySame]):
    NAME, PHONE, PLACE, KIND, WHY = range(5)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("Unit or community"),
            self.tr("Who"),
            self.tr("Why"),
        )

    def _display(self, row: LikelySame, column: int) -> str:
        reasons = {"same_phone": self.tr("same mobile"), "same_name": self.tr("same name"),
                   "same_pinyin": self.tr("name sounds the same")}  # fmt: skip
        kind = self.tr("participant") if row.participant else self.tr("registry")
        why = ", ".join(reasons.get(r, r) for r in row.reasons)
        return (row.name, row.phone_masked, row.place, kind, why)[column]

    def _style(self, row: LikelySame, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.WHY and "same_phone" in row.reasons:
            return QColor("#b36b00")
        return None


class WalkInMatchDialog(QDialog):
    """The walk-ins of one programme, matched to the registry one by one."""

    def __init__(self, ctx: ServiceContext, programme_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkInMatch")
        self.setWindowTitle(self.tr("Match walk-ins to the registry"))
        self._ctx, self._programme_id = ctx, programme_id

        self.open_model, self.candidate_model, self.done_model = (
            WalkInModel(self),
            CandidateModel(self),
            WalkInModel(self),
        )
        self.open_table = list_table("openWalkIns", self.open_model)
        self.open_table.setColumnHidden(WalkInModel.MATCHED, True)
        self.candidate_table = list_table("candidates", self.candidate_model)
        self.done_table = list_table("matchedWalkIns", self.done_model)
        size_columns(self.open_table, {0: 5, 2: 8}, {1: 12, 3: 8, 4: 4}, stretch=2)
        size_columns(self.candidate_table, {0: 5, 2: 8, 3: 6}, {1: 12}, stretch=4)
        size_columns(self.done_table, {0: 5, 2: 8}, {1: 12, 3: 8, 4: 4}, stretch=5)
        self.warning = QLabel(objectName="matchWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b36b00; font-weight: bold;")
        self.problem = QLabel(objectName="matchProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.match_button = QPushButton(
            icon("accept"), self.tr("Match to the selected person"), objectName="match"
        )
        self.register_button = QPushButton(
            icon("add"), self.tr("Register as a new person"), objectName="register"
        )
        self.undo_button = QPushButton(icon("reject"), self.tr("Undo the match"), objectName="undo")
        self.match_button.clicked.connect(self.match)
        self.register_button.clicked.connect(lambda: self.register())
        self.undo_button.clicked.connect(self.undo)
        self.open_table.selectionModel().currentRowChanged.connect(lambda *_: self._load_candidates())
        self.candidate_table.doubleClicked.connect(lambda _i: self.match())
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)

        actions = QHBoxLayout()
        actions.addWidget(self.match_button)
        actions.addWidget(self.register_button)
        actions.addStretch(1)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        undo_row.addWidget(close)
        layout = QVBoxLayout(self)
        self.open_label = QLabel()
        layout.addWidget(self.open_label)
        layout.addWidget(self.open_table, 2)
        layout.addWidget(QLabel(self.tr("Who this walk-in may be")))
        layout.addWidget(self.warning)
        layout.addWidget(self.candidate_table, 2)
        layout.addLayout(actions)
        layout.addWidget(self.problem)
        self.done_label = QLabel()
        layout.addWidget(self.done_label)
        layout.addWidget(self.done_table, 2)
        layout.addLayout(undo_row)
        self.resize(980, 720)
        self.reload()

    def reload(self) -> None:
        self.open_model.set_rows(walk_ins.walk_ins(self._ctx, self._programme_id))
        self.done_model.set_rows(walk_ins.matched_walk_ins(self._ctx, self._programme_id))
        self.open_label.setText(fmt(self.tr("Walk-ins not matched yet (%1)"), self.open_model.rowCount()))
        self.done_label.setText(fmt(self.tr("Matched (%1)"), self.done_model.rowCount()))
        if self.open_model.rowCount():
            self.open_table.selectRow(0)
        self._load_candidates()

    def selected_walk_in(self) -> WalkIn | None:
        return self.open_model.row_at(self.open_table.currentIndex().row())

    def _load_candidates(self) -> None:
        walk_in = self.selected_walk_in()
        found = walk_ins.match_candidates(self._ctx, walk_in.enrolment_id) if walk_in else []
        self.candidate_model.set_rows(found)
        if found:
            self.candidate_table.selectRow(0)
        same_phone = [c for c in found if "same_phone" in c.reasons]
        self.warning.setText(
            fmt(self.tr("Likely the same person: %1 %2"), same_phone[0].name, same_phone[0].phone_masked)
            if same_phone
            else ""
        )
        self.warning.setVisible(bool(same_phone))
        self.match_button.setEnabled(bool(found))
        self.register_button.setEnabled(walk_in is not None)

    def _try(self, call) -> bool:
        try:
            call()
        except (ServiceError, ValidationError) as error:
            self.problem.setText(describe(error))
            return False
        self.problem.clear()
        self.reload()
        return True

    def match(self) -> None:
        walk_in = self.selected_walk_in()
        candidate = self.candidate_model.row_at(self.candidate_table.currentIndex().row())
        if walk_in is None or candidate is None:
            return
        if candidate.person_id is None:
            self.problem.setText(
                self.tr("That participant is a walk-in too: match them to the registry first.")
            )
            return
        self._try(lambda: walk_ins.match_walk_in(self._ctx, walk_in.enrolment_id, candidate.person_id or ""))

    def register(self, reason: str | None = None) -> None:
        """A new registry person from the walk-in's name and mobile; if the registry finds people like
        them, a reason to register anyway is asked for."""
        walk_in = self.selected_walk_in()
        if walk_in is None:
            return
        try:
            walk_ins.register_walk_in(self._ctx, walk_in.enrolment_id, reason)
        except DuplicatesFound as found:
            names = "、".join(c.row.name for c in found.candidates)
            ask_reason(self, "registerAnyway", self.tr("Possible duplicate"),
                       fmt(self.tr("Already registered: %1. Register a new person anyway?"), names),
                       self.tr("Register anyway"), self.register)  # fmt: skip
            return
        except (ServiceError, ValidationError) as error:
            self.problem.setText(describe(error))
            return
        self.problem.clear()
        self.reload()

    def undo(self) -> None:
        row = self.done_model.row_at(self.done_table.currentIndex().row())
        if row is not None:
            self._try(lambda: walk_ins.undo_match(self._ctx, row.enrolment_id))
