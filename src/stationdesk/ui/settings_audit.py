"""The newest entries of the audit log, read-only (administrators only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services import audit_query
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.text import fmt

LIMIT = 200


def action_label(action: str) -> str:
    """An audit action as a manager reads it; an unknown code is shown as it is."""
    labels = {
        "login": QCoreApplication.translate("audit", "Signed in"),
        "login.failed": QCoreApplication.translate("audit", "Failed sign-in"),
        "login.refused_locked": QCoreApplication.translate("audit", "Sign-in refused: account locked"),
        "logout": QCoreApplication.translate("audit", "Signed out"),
        "unlock": QCoreApplication.translate("audit", "Screen unlocked"),
        "unlock.failed": QCoreApplication.translate("audit", "Wrong password at the screen lock"),
        "denied": QCoreApplication.translate("audit", "Refused: not allowed for the role"),
        "station.setup": QCoreApplication.translate("audit", "Station set up"),
        "station.update": QCoreApplication.translate("audit", "Station profile changed"),
        "user.create": QCoreApplication.translate("audit", "User added"),
        "user.update": QCoreApplication.translate("audit", "User or role changed"),
        "user.reset_password": QCoreApplication.translate("audit", "Password reset"),
        "user.change_password": QCoreApplication.translate("audit", "Own password changed"),
        "user.unlock": QCoreApplication.translate("audit", "Login lock lifted"),
        "tag.create": QCoreApplication.translate("audit", "Tag added"),
        "tag.retire": QCoreApplication.translate("audit", "Tag retired"),
        "tag.restore": QCoreApplication.translate("audit", "Tag restored"),
        "setting.change": QCoreApplication.translate("audit", "Setting changed"),
        "person.duplicate_saved": QCoreApplication.translate("audit", "Saved despite a possible duplicate"),
        "person.remove": QCoreApplication.translate("audit", "Person removed"),
        "reveal": QCoreApplication.translate("audit", "Full ID number or phone shown"),
        "demo.build": QCoreApplication.translate("audit", "Demo station built"),
        "backup": QCoreApplication.translate("audit", "Database backed up"),
        "referral.print": QCoreApplication.translate("audit", "Referral slip printed"),
        "key_target.remove": QCoreApplication.translate("audit", "Key-target enrolment removed"),
        "visit.remove": QCoreApplication.translate("audit", "Home visit removed"),
        "visit.cadence": QCoreApplication.translate("audit", "Visit cadence of a tier changed"),
        "visit.method": QCoreApplication.translate("audit", "Visit method changed"),
        "relief.create": QCoreApplication.translate("audit", "Relief type added"),
        "relief.update": QCoreApplication.translate("audit", "Relief type changed"),
        "relief.retire": QCoreApplication.translate("audit", "Relief type retired"),
        "relief.restore": QCoreApplication.translate("audit", "Relief type restored"),
        "coverage.print": QCoreApplication.translate("audit", "Visit coverage report printed"),
        "training.print": QCoreApplication.translate("audit", "Training sign-in sheet or attendance printed"),
        "training.export": QCoreApplication.translate("audit", "Training list exported as a spreadsheet"),
        "roster.print": QCoreApplication.translate("audit", "Volunteer roster printed"),
        "roster.export": QCoreApplication.translate("audit", "Volunteer roster exported as a spreadsheet"),
        "ledger.print": QCoreApplication.translate("audit", "Ledger printed"),
        "ledger.export": QCoreApplication.translate("audit", "Ledger exported as a spreadsheet"),
        "report.print": QCoreApplication.translate("audit", "Station report printed"),
        "report.export": QCoreApplication.translate("audit", "Station report exported as a spreadsheet"),
        "report.highlights": QCoreApplication.translate("audit", "Station report highlights written"),
        "site.copy_detected": QCoreApplication.translate(
            "audit", "Copied database given a site id of its own"
        ),
        "sync.enrolment_file": QCoreApplication.translate("audit", "Sync enrolment file written"),
        "sync.enrol": QCoreApplication.translate("audit", "Site enrolled for sync"),
        "sync.export": QCoreApplication.translate("audit", "Sync bundle exported"),
        "sync.import": QCoreApplication.translate("audit", "Sync bundle imported"),
        "sync.receipt": QCoreApplication.translate("audit", "Sync receipt imported"),
        "sync.conflict_resolve": QCoreApplication.translate("audit", "Sync conflict resolved"),
        "station.join": QCoreApplication.translate(
            "audit", "This PC joined its station from the station PC's backup"
        ),
        "training.import_roster": QCoreApplication.translate("audit", "Training roster imported"),
        "training.walk_in_match": QCoreApplication.translate("audit", "Training walk-in matched to a person"),
        "training.walk_in_unmatch": QCoreApplication.translate("audit", "Training walk-in match undone"),
        "volunteer.import": QCoreApplication.translate("audit", "Volunteer roster imported"),
        "volunteer.card_print": QCoreApplication.translate("audit", "Volunteer cards printed"),
        "category.create": QCoreApplication.translate("audit", "Need category added"),
        "category.rename": QCoreApplication.translate("audit", "Need category renamed"),
        "category.retire": QCoreApplication.translate("audit", "Need category retired"),
        "category.restore": QCoreApplication.translate("audit", "Need category restored"),
        "walk_in.remove": QCoreApplication.translate("audit", "Walk-in removed"),
        "follow_up.complete": QCoreApplication.translate("audit", "Follow-up completed"),
        "follow_up.reassign": QCoreApplication.translate("audit", "Follow-up handed to another user"),
        "partner.create": QCoreApplication.translate("audit", "Partner added"),
        "partner.update": QCoreApplication.translate("audit", "Partner changed"),
        "partner.retire": QCoreApplication.translate("audit", "Partner retired"),
        "partner.restore": QCoreApplication.translate("audit", "Partner restored"),
        "referral.send": QCoreApplication.translate("audit", "Referral sent: data shared with a partner"),
        "referral.override": QCoreApplication.translate("audit", "Referral sent on a manager's override"),
        "referral.status": QCoreApplication.translate("audit", "Referral status changed"),
        "referral.revoke": QCoreApplication.translate("audit", "Referral revoked"),
        "training.certificate_issue": QCoreApplication.translate("audit", "Completion certificate issued"),
        "training.certificate_void": QCoreApplication.translate("audit", "Completion certificate voided"),
        "training.certificate_print": QCoreApplication.translate(
            "audit", "Certificates or certificate register printed"
        ),
        "training.badge_print": QCoreApplication.translate("audit", "Participant badges printed"),
        "training.ce_ledger_print": QCoreApplication.translate(
            "audit", "Continuing-education ledger printed"
        ),
        "volunteer.hours_certificate_issue": QCoreApplication.translate(
            "audit", "Volunteer-service certificate issued"
        ),
        "volunteer.hours_certificate_void": QCoreApplication.translate(
            "audit", "Volunteer-service certificate voided"
        ),
        "volunteer.hours_certificate_print": QCoreApplication.translate(
            "audit", "Volunteer-service certificate or register printed"
        ),
        "volunteer.hours_notice_print": QCoreApplication.translate(
            "audit", "Volunteer-hours public notice list printed"
        ),
    }
    return labels.get(action, action)


class AuditTab(QWidget):
    """Who did what and when: sign-ins, refusals, changes and every revealed ID or phone number."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("audit")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Reason"),
                self.tr("Detail"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.caption = QLabel(fmt(self.tr("The newest %1 entries; the log itself cannot be changed."), LIMIT))
        self.caption.setWordWrap(True)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.message = InlineMessage()
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        try:
            entries = audit_query.recent(self._ctx, LIMIT)
        except ServiceError as error:
            self.message.show_problem(error)
            entries = []
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            record = f"{entry.record_type} {entry.record_id[:8]}".strip()
            cells = (
                entry.at.strftime("%Y-%m-%d %H:%M:%S"),
                entry.actor_name,
                action_label(entry.action),
                record,
                entry.reason,
                entry.detail,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
