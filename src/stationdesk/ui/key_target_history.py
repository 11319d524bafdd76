"""Beside the key-target list: the chosen person's enrolment, exemptions and home visits.

The visits are the person's (``key_targets.visits(person_id=...)``), across tiers, newest first.
A visit logged by mistake is removed here, with a reason for the audit log.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.roles import Action, may
from stationdesk.services import key_targets
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.key_targets import ExemptionRow, TargetRow, VisitRow
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import list_table
from stationdesk.ui.models import visit_history as columns
from stationdesk.ui.models.visit_history import VisitHistoryModel
from stationdesk.ui.reason_dialog import ReasonDialog, ask_reason
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt
from stationdesk.ui.visit_words import reason_label, tier_label


def exemption_text(exemption: ExemptionRow) -> str:
    """In hospital 2026-11-10 – 2026-11-20 / Moved away from 2026-03-01."""
    if exemption.end_on is None:
        return fmt(
            QCoreApplication.translate("KeyTargets", "%1 from %2"),
            reason_label(exemption.reason),
            exemption.start_on.isoformat(),
        )
    return fmt(
        QCoreApplication.translate("KeyTargets", "%1 %2 – %3"),
        reason_label(exemption.reason),
        exemption.start_on.isoformat(),
        exemption.end_on.isoformat(),
    )


class TargetHistoryPanel(QWidget):
    """``show_target(row)`` loads what the panel shows; ``changed`` after a visit is removed."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetHistory")
        self._ctx = ctx
        self._target: TargetRow | None = None
        self._exemptions: list[ExemptionRow] = []
        self.model = VisitHistoryModel(self)

        self.name = QLabel(objectName="historyName")
        emphasise(self.name, 1.3)
        self.details = QLabel(objectName="historyDetails")
        self.details.setWordWrap(True)
        self.exemption_list = QLabel(objectName="exemptionList")
        self.exemption_list.setWordWrap(True)
        heading = QFont(self.name.font())
        heading.setPointSizeF(self.font().pointSizeF())
        self.visits_title = QLabel(self.tr("Visits"), objectName="visitsTitle")
        self.visits_title.setFont(heading)
        self.table = list_table("visits", self.model)
        # A weekly target has hundreds of visits over the years: widths from the font, not the rows.
        widths = {columns.METHOD: 5, columns.VISITOR: 4, columns.RISK: 4}
        size_columns(self.table, widths, {columns.DATE: 10}, stretch=columns.FINDINGS)
        self.empty = QLabel(self.tr("No visits recorded yet."), objectName="noVisits")
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove visit…"), objectName="removeVisit")
        self.remove_button.setToolTip(self.tr("Remove a visit logged by mistake (the reason is recorded)"))
        self.remove_button.setAutoDefault(False)
        self.message = InlineMessage(self)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addWidget(self.exemption_list)
        layout.addSpacing(6)
        layout.addWidget(self.visits_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.remove_button.clicked.connect(self.remove_visit)
        self.show_target(None)

    # -- public ------------------------------------------------------------------------

    def target(self) -> TargetRow | None:
        return self._target

    def exemptions(self) -> list[ExemptionRow]:
        return list(self._exemptions)

    def show_target(self, target: TargetRow | None) -> None:
        self._target = target
        self.message.clear_message()
        if target is None:
            self.name.setText(self.tr("No one chosen"))
            self.details.setText(self.tr("Choose a person in the list to see their visits."))
            self._exemptions = []
            self.exemption_list.clear()
            self.model.set_rows([])
            self._update_visibility()
            return
        self.name.setText(target.person_name)
        lines = [
            fmt(
                self.tr("%1 since %2 · worker %3"),
                tier_label(target.tier),
                target.start_on.isoformat(),
                target.worker_name,
            ),
            fmt(self.tr("Reason: %1"), target.reason),
        ]
        self.details.setText("\n".join(lines))
        try:
            self._exemptions = key_targets.exemptions(self._ctx, target.id)
            visits = key_targets.visits(self._ctx, person_id=target.person_id)
        except ServiceError as error:
            self.message.show_problem(error)
            self._exemptions, visits = [], []
        self.exemption_list.setText(
            fmt(self.tr("Exemptions: %1"), "; ".join(exemption_text(e) for e in self._exemptions))
            if self._exemptions
            else ""
        )
        self.model.set_rows(visits)
        self._update_visibility()

    def refresh(self) -> None:
        self.show_target(self._target)

    def selected_visit(self) -> VisitRow | None:
        index = self.table.currentIndex()
        return self.model.visit(index.row()) if index.isValid() else None

    def remove_visit(self) -> ReasonDialog | None:
        visit = self.selected_visit()
        if visit is None or not self._may_record():
            return None
        return ask_reason(
            self,
            "removeVisitReason",
            self.tr("Remove visit"),
            fmt(
                self.tr("Remove the visit to %1 on %2 (%3)? It no longer counts. The reason is recorded."),
                visit.person_name,
                visit.visited_on.isoformat(),
                visit.method,
            ),
            self.tr("Remove"),
            lambda reason: self._do_remove(visit, reason),
        )

    def apply_permissions(self) -> None:
        self.remove_button.setVisible(self._may_record())
        self._update_buttons()

    # -- inside ------------------------------------------------------------------------

    def _do_remove(self, visit: VisitRow, reason: str) -> None:
        try:
            key_targets.remove_visit(self._ctx, visit.id, reason)
        except (ServiceError, ValueError) as error:
            self.message.show_problem(error)
            return
        self.refresh()
        self.message.show_info(
            fmt(self.tr("The visit on %1 has been removed."), visit.visited_on.isoformat())
        )
        self.changed.emit()

    def _update_visibility(self) -> None:
        has_target = self._target is not None
        self.exemption_list.setVisible(bool(self._exemptions))
        for widget in (self.visits_title, self.table):
            widget.setVisible(has_target)
        self.empty.setVisible(has_target and self.model.rowCount() == 0)
        self.apply_permissions()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._may_record() and self.selected_visit() is not None)

    def _may_record(self) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, Action.RECEPTION_RECORD)
