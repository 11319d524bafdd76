"""The volunteers page (志愿者): a tab per part of the work. "Volunteers" (the list and profiles)
and "Teams" are built here; the rosters, hours and certificates join as further tabs
(``add_tab``), each a widget with ``refresh()``. Ctrl+F searches the volunteer list, Ctrl+N and F2
act on the tab shown. A role without VOLUNTEER_VIEW sees a note instead."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from stationdesk.domain.roles import Action, may
from stationdesk.services.context import ServiceContext
from stationdesk.ui.icons import icon
from stationdesk.ui.volunteer_certificates import CertificatesTab
from stationdesk.ui.volunteer_hours import HoursTab
from stationdesk.ui.volunteer_list import VolunteerList
from stationdesk.ui.volunteer_roster import RosterTab
from stationdesk.ui.volunteer_teams import TeamsPanel

VOLUNTEERS_TAB, TEAMS_TAB, ROSTER_TAB, HOURS_TAB, CERTIFICATES_TAB = 0, 1, 2, 3, 4


class VolunteersPage(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown_once = False
        self.volunteers = VolunteerList(ctx, self, clock=clock)
        self.teams = TeamsPanel(ctx, self, clock=clock)
        self.tabs = QTabWidget(objectName="volunteerTabs")
        self.add_tab(self.volunteers, "volunteers", self.tr("Volunteers"))
        self.add_tab(self.teams, "residents", self.tr("Teams"))
        self.roster = RosterTab(ctx, self, clock=clock)
        self.add_tab(self.roster, "follow_ups", self.tr("Roster"))
        self.hours = HoursTab(ctx, self, clock=clock)
        self.add_tab(self.hours, "due_today", self.tr("Hours"))
        self.certificates = CertificatesTab(ctx, self, clock=clock)
        self.add_tab(self.certificates, "print", self.tr("Certificates"))
        self.no_access_note = QLabel(self.tr("Your role may not view volunteers."), objectName="noAccessNote")
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_access_note)
        layout.addWidget(self.tabs, 1)
        self.volunteers.changed.connect(self.teams.reload)
        self.teams.changed.connect(self.volunteers.refresh)
        self.tabs.currentChanged.connect(lambda *_: self._tab_shown())
        self.refresh()

    def add_tab(self, widget: QWidget, icon_name: str, title: str) -> int:
        """Add a tab (a widget with ``refresh()``, called when the page is shown again and when its
        tab is chosen); returns its index."""
        return self.tabs.addTab(widget, icon(icon_name), title)

    def focus_search(self) -> None:
        """Ctrl+F: the volunteer list's search box."""
        self.tabs.setCurrentWidget(self.volunteers)
        self.volunteers.focus_search()

    def refresh(self) -> None:
        """Permissions and the tab shown; every other tab loads afresh when it is chosen, so showing
        the page never loads five tabs' data for one."""
        allowed = self._may(Action.VOLUNTEER_VIEW)
        self.no_access_note.setVisible(not allowed)
        self.tabs.setVisible(allowed)
        if allowed:
            self._refresh_tab(self.tabs.currentWidget())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once:
            self.refresh()  # hours and imports happen elsewhere meanwhile
        self._shown_once = True
        if self.tabs.currentWidget() is self.volunteers:
            self.volunteers.focus_search()

    def _tab_shown(self) -> None:
        if self._may(Action.VOLUNTEER_VIEW):
            self._refresh_tab(self.tabs.currentWidget())

    @staticmethod
    def _refresh_tab(widget: QWidget) -> None:
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def _may(self, action: Action) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, action)
