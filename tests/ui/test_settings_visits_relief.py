"""Settings: relief types with their documents (and the notice printed from them), visit methods and
tier cadences; the one-time notice dialog at the desk."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.services import relief_types, visit_settings
from stationdesk.services.context import ServiceContext
from stationdesk.ui import print_preview
from stationdesk.ui.notice_dialog import NoticeDialog
from stationdesk.ui.settings_relief import ReliefTypesTab
from stationdesk.ui.settings_visits import VisitsTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str]]:
    """What would be previewed: the file's bytes and the title (no dialog is opened)."""
    seen: list[tuple[bytes, str]] = []

    def fake_preview(parent, path: Path, title: str, **kw: object) -> None:
        seen.append((path.read_bytes(), title))
        path.unlink()

    monkeypatch.setattr(print_preview, "preview_pdf", fake_preview)
    return seen


def test_a_new_relief_type_with_its_documents(qtbot, ctx: ServiceContext) -> None:
    tab = ReliefTypesTab(ctx)
    qtbot.addWidget(tab)
    tab.start_new()
    tab.name.setText("教育救助")
    tab.documents.setPlainText("学生证复印件\n\n户口簿复印件\n")
    assert tab.save()
    assert "教育救助" in tab.names()
    assert relief_types.find(ctx, "教育救助").documents == ("学生证复印件", "户口簿复印件")


def test_a_relief_type_without_documents_is_refused_and_nothing_changes(qtbot, ctx: ServiceContext) -> None:
    tab = ReliefTypesTab(ctx)
    qtbot.addWidget(tab)
    before = relief_types.list_relief_types(ctx, include_retired=True)
    tab.documents.setPlainText("  \n")
    assert not tab.save()
    assert tab.message.isVisibleTo(tab) and tab.message.text()
    assert relief_types.list_relief_types(ctx, include_retired=True) == before


def test_retire_and_restore(qtbot, ctx: ServiceContext) -> None:
    tab = ReliefTypesTab(ctx)
    qtbot.addWidget(tab)
    name = tab.selected().name
    tab.toggle_retired()
    assert tab.selected().retired and not tab.print_button.isEnabled()
    tab.toggle_retired()
    assert not tab.selected().retired and tab.selected().name == name


def test_staff_read_the_lists_and_print_but_do_not_edit(qtbot, ctx: ServiceContext, previews: list) -> None:
    sign_in_as(ctx, Role.STAFF)
    tab = ReliefTypesTab(ctx)
    qtbot.addWidget(tab)
    assert tab.name.isReadOnly() and not tab.save_button.isVisibleTo(tab)
    tab.print_selected()
    assert len(previews) == 1 and previews[0][0].startswith(b"%PDF")
    assert tab.selected().name in previews[0][1]


def test_the_notice_dialog_shows_the_documents_and_prints(qtbot, ctx: ServiceContext, previews: list) -> None:
    dialog = NoticeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.relief.setCurrentIndex(dialog.relief.findText("临时救助"))
    assert "1. 身份证、户口簿原件及复印件" in dialog.documents.text()
    dialog.print_notice()
    assert [title for _, title in previews] == ["One-time notice: 临时救助"]


def test_visit_methods_count_or_not_and_cadences_change(qtbot, ctx: ServiceContext) -> None:
    tab = VisitsTab(ctx)
    qtbot.addWidget(tab)
    methods = tab.methods
    assert "志愿者/党员结对 — not counted" in methods.names()
    methods.select_name("电话")
    assert methods.counts.isChecked()
    methods.counts.click()
    assert not {m.name: m.counts_as_visit for m in visit_settings.methods(ctx)}["电话"]
    assert "电话 — not counted" in methods.names()
    tab.cadence["general"].setCurrentIndex(tab.cadence["general"].findData("month"))
    assert visit_settings.cadences(ctx)["general"] == "month"
    assert tab.cadence_message.text()


def test_a_viewer_cannot_change_the_visit_settings(qtbot, ctx: ServiceContext) -> None:
    sign_in_as(ctx, Role.VIEWER)
    tab = VisitsTab(ctx)
    qtbot.addWidget(tab)
    assert not tab.cadence["key"].isEnabled()
    assert not tab.methods.counts.isVisibleTo(tab) and not tab.methods.add_button.isVisibleTo(tab)
