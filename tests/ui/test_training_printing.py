"""Printing from the training page: the sign-in sheet previews, the attendance exports as .xlsx
where the user saves it, and a viewer may print but not export."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from conftest import sign_in_as
from stationdesk.domain.continuing_education import Level
from stationdesk.domain.roles import Role
from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import audit_query, certificates, enrolment, people, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft
from stationdesk.ui import tasks
from stationdesk.ui.pages.training import PARTICIPANTS_TAB, TrainingPage
from stationdesk.ui.search_keys import select_row

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 11, 24, 8, 30)


@pytest.fixture(autouse=True)
def _no_task_outlives_the_database():
    yield
    tasks.wait_for_threads()


@pytest.fixture
def course(ctx: ServiceContext) -> str:
    programme = training.create_programme(
        ctx, ProgrammeDraft("社区工作者能力提升培训", "training", CompletionRule(RuleKind.SHARE, 80), 120)
    )
    training.add_session(ctx, programme, SessionDraft(date(2026, 11, 24), time(9), time(11), venue="二楼"))
    ids = [people.create(ctx, PersonDraft(name=name)) for name in ("张伟", "艾琳")]
    enrolment.enrol_persons(ctx, programme, ids, unit="当湖街道")
    return programme


def make_page(qtbot, ctx: ServiceContext) -> TrainingPage:
    page = TrainingPage(ctx, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_sign_in_sheet_opens_in_the_preview(qtbot, ctx, course) -> None:
    page = make_page(qtbot, ctx)
    assert page.selected_session_id() is not None
    preview = page.printing.print_signin_sheet()
    assert preview is not None
    assert preview.page_count() == 1
    preview.reject()


def test_the_programme_attendance_is_saved_as_xlsx_where_chosen(qtbot, ctx, course, tmp_path, monkeypatch):
    target = tmp_path / "考勤"  # no suffix typed: .xlsx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = make_page(qtbot, ctx)
    saved = page.printing.export_programme()
    assert saved == Path(f"{target}.xlsx") and saved.exists()
    cells = [c for row in openpyxl.load_workbook(saved).active.iter_rows(values_only=True) for c in row]
    assert {"张伟", "艾琳"} <= set(cells)
    assert page.message.text().endswith(str(saved))
    assert any(e.action == "training.export" for e in audit_query.recent(ctx, limit=5))


def test_a_viewer_may_print_but_not_export(qtbot, ctx, course) -> None:
    sign_in_as(ctx, Role.VIEWER)
    page = make_page(qtbot, ctx)
    assert page.printing.sessions_button.isVisible()
    assert all(action.isVisible() for action in page.printing.pdf_actions)
    assert not any(action.isVisible() for action in page.printing.xlsx_actions)


def test_certificates_are_issued_to_those_who_completed_then_previewed(qtbot, ctx, course) -> None:
    session_id = training.list_sessions(ctx, course)[0].id
    code = next(p.signin_code for p in enrolment.participants(ctx, course) if p.name == "张伟")
    enrolment.sign_in(ctx, session_id, code, datetime(2026, 11, 24, 8, 50))
    page = make_page(qtbot, ctx)
    preview = page.printing.print_certificates()
    assert preview is not None and preview.page_count() == 1  # 张伟 only: 艾琳 never came
    preview.reject()
    assert "1 new certificates issued" in page.message.text()
    assert [c.holder_name for c in certificates.certificate_register(ctx, course)] == ["张伟"]


@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")
def test_the_door_buttons_open_the_sign_in_screen_and_the_paper_grid(qtbot, ctx, course) -> None:
    page = make_page(qtbot, ctx)
    assert page.door.signin_button.isEnabled()
    screen = page.door.take_signins()
    assert screen is not None and screen.isVisible()
    screen.close()
    grid = page.door.enter_paper()
    assert grid is not None and grid.isVisible()
    grid.reject()
    sign_in_as(ctx, Role.VIEWER)
    page.refresh()
    assert not page.door.signin_button.isVisible() and not page.door.import_button.isVisible()


def test_a_participants_education_record_is_saved_as_xlsx(qtbot, ctx, course, tmp_path, monkeypatch):
    session_id = training.list_sessions(ctx, course)[0].id
    code = next(p.signin_code for p in enrolment.participants(ctx, course) if p.name == "艾琳")
    enrolment.sign_in(ctx, session_id, code, datetime(2026, 11, 24, 8, 50))
    target = tmp_path / "ce.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = make_page(qtbot, ctx)
    page.tabs.setCurrentIndex(PARTICIPANTS_TAB)
    select_row(page.participants.table, 0)  # 艾琳, first in pinyin order
    page.printing.update_actions()
    assert all(action.isEnabled() for action in page.printing.ce_xlsx_actions)
    assert page.printing.export_ce_ledger(Level.SOCIAL_WORKER) == target
    cells = [c for row in openpyxl.load_workbook(target).active.iter_rows(values_only=True) for c in row]
    text = " ".join(str(c) for c in cells if c is not None)
    assert "艾琳" in text and "90 学时" in text and "尚差 88 学时" in text
