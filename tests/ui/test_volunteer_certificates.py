"""The certificates tab: pick a volunteer and a period, see what counts, issue and print once, void
with a reason, the register and the public notice list; what each role sees."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from conftest import sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.services import audit_query, hours_certificates
from stationdesk.services.context import ServiceContext
from stationdesk.ui.messages import describe
from stationdesk.ui.volunteer_certificates import CertificatesTab
from volunteer_hours import BUS, Season, make_season

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime.combine(date.today(), time(9, 30))  # certificates are dated today


@pytest.fixture
def season(ctx: ServiceContext) -> Season:
    return make_season(ctx)


def make_tab(qtbot, ctx: ServiceContext) -> CertificatesTab:
    tab = CertificatesTab(ctx, clock=lambda: NOW)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    tab.refresh()
    return tab


def choose(qtbot, tab: CertificatesTab, text: str) -> None:
    tab.search.setText(text)
    qtbot.waitUntil(lambda: tab.volunteers.rowCount() == 1 and tab.selected_volunteer() is not None)


def test_the_period_is_this_year_and_the_record_shows_what_counts(qtbot, ctx, season: Season) -> None:
    tab = make_tab(qtbot, ctx)
    assert tab.period() == (date(NOW.year, 1, 1), NOW.date())
    assert [v.name for v in tab.volunteers._rows] == ["艾琳", "李志愿"]
    assert not tab.issue_button.isEnabled()
    choose(qtbot, tab, "lzy")
    tab.set_period(season.first, season.last)
    assert tab.lines.rowCount() == 2
    assert tab.lines.index(0, 1).data() == BUS and tab.lines.index(0, 4).data() == "6.75"
    assert "330482********1232" in tab.record_title.text()
    assert tab.total.text() == "Total: 8.25 hours on 4 days" and tab.issue_button.isEnabled()
    tab.set_period(date(2026, 3, 20), date(2026, 4, 2))  # only a rejected and a waiting entry
    assert tab.lines.rowCount() == 0 and not tab.issue_button.isEnabled()


def test_issue_and_print_once_then_void_with_a_reason(qtbot, ctx, season: Season) -> None:
    tab = make_tab(qtbot, ctx)
    choose(qtbot, tab, "李")
    tab.set_period(season.first, season.last)
    preview = tab.issue_and_print()
    assert preview is not None and preview.page_count() == 1
    preview.reject()
    (issued,) = hours_certificates.register(ctx)
    assert tab.register.rowCount() == 1 and tab.register.index(0, 0).data() == issued.number
    again = tab.issue_and_print()  # the same period: the valid certificate, no second number
    assert again is not None
    again.reject()
    assert len(hours_certificates.register(ctx)) == 1
    tab.register_table.selectRow(0)
    assert tab.void_button.isEnabled() and tab.reprint_button.isEnabled()
    dialog = tab.ask_void()
    assert dialog is not None and not dialog.accept_button.isEnabled()  # a reason is required
    dialog.set_reason("期间写错")
    dialog.accept_button.click()
    assert hours_certificates.register(ctx)[0].voided
    assert tab.register.index(0, 6).data() == "Void: 期间写错"
    tab.register_table.selectRow(0)
    assert not tab.void_button.isEnabled() and not tab.reprint_button.isEnabled()
    assert audit_query.recent(ctx, 1)[0].action == "volunteer.hours_certificate_void"


def test_a_refusal_is_shown_in_the_tab(qtbot, ctx, season: Season) -> None:
    tab = make_tab(qtbot, ctx)
    choose(qtbot, tab, "李")
    tab.set_period(season.last, season.first)
    assert tab.message.text() == describe(
        hours_certificates.ValidationError(
            "hours_certificate.bad_period", params={"first": "2026-05-31", "last": "2026-03-01"}
        )
    )
    assert tab.issue_and_print() is None and hours_certificates.register(ctx) == []


def test_the_notice_list_prints_and_saves_as_xlsx(qtbot, ctx, season: Season, tmp_path, monkeypatch) -> None:
    tab = make_tab(qtbot, ctx)
    tab.set_period(season.first, season.last)
    preview = tab.print_notice()
    assert preview is not None and preview.page_count() == 1
    preview.reject()
    target = tmp_path / "公示"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved = tab.export_notice()
    assert saved == Path(f"{target}.xlsx") and saved.exists()
    cells = {c for row in openpyxl.load_workbook(saved).active.iter_rows(values_only=True) for c in row}
    assert {"李志愿", "艾琳"} <= cells
    register = tab.export_register()
    assert register is not None and register.exists()


def test_a_viewer_sees_and_prints_but_neither_issues_voids_nor_exports(qtbot, ctx, season: Season) -> None:
    hours_certificates.issue(ctx, season.volunteer, season.first, season.last)
    sign_in_as(ctx, Role.VIEWER)
    tab = make_tab(qtbot, ctx)
    assert tab.register.rowCount() == 1
    assert not tab.issue_button.isVisible() and not tab.void_button.isVisible()
    assert tab.reprint_button.isVisible() and tab.notice_pdf.isVisible() and tab.register_pdf.isVisible()
    assert not tab.notice_xlsx.isVisible() and not tab.register_xlsx.isVisible()
    tab.register_table.selectRow(0)
    preview = tab.reprint()
    assert preview is not None
    preview.reject()
