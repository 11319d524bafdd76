"""Import a volunteer roster (导入志愿者名册): the training roster dialog with the volunteer import's
columns, outcomes and texts (services/volunteer_import.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from stationdesk.services import volunteer_import
from stationdesk.services.context import ServiceContext
from stationdesk.services.roster_import import Field, Outcome, Preview, PreviewRow, RosterTable
from stationdesk.ui.roster_import_dialog import RosterImportDialog, RosterPreviewModel
from stationdesk.ui.text import fmt


class VolunteerPreviewModel(RosterPreviewModel):
    """The preview with the team in place of the training category."""

    def _headers(self) -> tuple[str, ...]:
        headers = list(super()._headers())
        headers[4] = self.tr("Team")
        headers[3] = self.tr("Organisation")
        return tuple(headers)

    def outcome_text(self, outcome: Outcome) -> str:
        if outcome is Outcome.NEW:
            return QCoreApplication.translate("VolunteerRoster", "New to the registry")
        if outcome is Outcome.MATCHED:
            return QCoreApplication.translate("VolunteerRoster", "In the registry")
        if outcome is Outcome.ALREADY:
            return QCoreApplication.translate("VolunteerRoster", "Already a volunteer")
        return super().outcome_text(outcome)

    def _group(self, row: PreviewRow) -> str:
        return row.detail


class VolunteerImportDialog(RosterImportDialog):
    """Preview a volunteer roster, then make its people volunteers (and team members) in one go."""

    fields = volunteer_import.FIELDS

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.setObjectName("volunteerImportDialog")

    def title(self) -> str:
        return self.tr("Import volunteers from a roster")

    def make_model(self) -> RosterPreviewModel:
        return VolunteerPreviewModel(self)

    def preview_roster(self, table: RosterTable, mapping: dict[Field, int] | None) -> Preview:
        return volunteer_import.preview(self._ctx, table, mapping)

    def apply_roster(self, table: RosterTable, mapping: dict[Field, int] | None) -> Any:
        return volunteer_import.apply(self._ctx, table, mapping)

    def apply_text(self, count: int | None) -> str:
        return fmt(self.tr("Add %1 volunteers"), count) if count else self.tr("Add volunteers")

    def applied_text(self, result: Any) -> str:
        return fmt(self.tr("%1 volunteers added (%2 newly registered)."), result.volunteers, result.created)

    def waiting_text(self) -> str:
        return self.tr("Choose a file or paste a list to see who would become a volunteer.")
