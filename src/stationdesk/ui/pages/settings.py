"""The settings page: one tab per subject; what a role may not do is hidden or read-only.

Hiding is for clarity only: every service call checks the role again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from stationdesk.domain.roles import Action, may
from stationdesk.services.context import ServiceContext
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_account import MyPasswordTab
from stationdesk.ui.settings_audit import AuditTab
from stationdesk.ui.settings_backup import BackupTab
from stationdesk.ui.settings_categories import CategoriesTab
from stationdesk.ui.settings_hours import HoursRuleTab
from stationdesk.ui.settings_prefs import IdleLockTab, LanguageTab
from stationdesk.ui.settings_relief import ReliefTypesTab
from stationdesk.ui.settings_staff import StaffTab
from stationdesk.ui.settings_station import StationTab
from stationdesk.ui.settings_tags import TagsTab
from stationdesk.ui.settings_users import UsersTab
from stationdesk.ui.settings_visits import VisitsTab

FORM_MAX_WIDTH = 760


class SettingsPage(QWidget):
    """Station profile, users, language, screen lock, tags, need categories, relief types,
    key-target visits, the staff list (6430), the volunteer hours rule, own password, audit log,
    backup."""

    station_changed = Signal()
    idle_lock_changed = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor = ctx.actor
        if actor is None:
            raise ValueError("the settings page needs a signed-in user")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(True)

        self.station = StationTab(ctx)
        self.station.saved.connect(self.station_changed)
        self.tabs.addTab(self.station, icon("station"), self.tr("Station profile"))
        self.users: UsersTab | None = None
        if may(actor.role, Action.USER_MANAGE):
            self.users = UsersTab(ctx)
            self.tabs.addTab(self.users, icon("users"), self.tr("Users"))
        self.language = LanguageTab(ctx)
        self.tabs.addTab(self.language, icon("language"), self.tr("Language"))
        self.idle_lock = IdleLockTab(ctx)
        self.idle_lock.changed.connect(self.idle_lock_changed)
        self.tabs.addTab(self.idle_lock, icon("lock"), self.tr("Screen lock"))
        self.tags = TagsTab(ctx)
        self.tabs.addTab(self.tags, icon("tag"), self.tr("Tags"))
        self.categories: CategoriesTab | None = None
        if may(actor.role, Action.CATEGORY_EDIT):
            self.categories = CategoriesTab(ctx)
            self.tabs.addTab(self.categories, icon("categories"), self.tr("Need categories"))
        self.relief_types: ReliefTypesTab | None = None
        self.visits: VisitsTab | None = None
        if may(actor.role, Action.RECEPTION_VIEW):
            self.relief_types = ReliefTypesTab(ctx)
            self.tabs.addTab(self.relief_types, icon("notice"), self.tr("Relief types"))
            self.visits = VisitsTab(ctx)
            self.tabs.addTab(self.visits, icon("key_targets"), self.tr("Key-target visits"))
        self.staff: StaffTab | None = None
        self.hours_rule: HoursRuleTab | None = None
        if may(actor.role, Action.VOLUNTEER_VIEW):
            self.staff = StaffTab(ctx)
            self.tabs.addTab(self.staff, icon("users"), self.tr("Staff (6430)"))
            self.hours_rule = HoursRuleTab(ctx)
            self.tabs.addTab(self.hours_rule, icon("volunteers"), self.tr("Volunteer hours"))
        self.password = MyPasswordTab(ctx)
        self.tabs.addTab(self.password, icon("user"), self.tr("My password"))
        self.audit: AuditTab | None = None
        if may(actor.role, Action.AUDIT_VIEW):
            self.audit = AuditTab(ctx)
            self.tabs.addTab(self.audit, icon("audit"), self.tr("Audit log"))
        self.backup: BackupTab | None = None
        if may(actor.role, Action.BACKUP):
            self.backup = BackupTab(ctx)
            self.tabs.addTab(self.backup, icon("backup"), self.tr("Backup"))

        for form_tab in (
            self.station,
            self.language,
            self.idle_lock,
            self.password,
            self.visits,
            self.hours_rule,
            self.backup,
        ):
            if form_tab is not None:
                form_tab.setMaximumWidth(FORM_MAX_WIDTH)  # a form across a wide screen is hard to read

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(index) for index in range(self.tabs.count())]
