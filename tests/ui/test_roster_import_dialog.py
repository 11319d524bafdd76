"""The roster import dialog: load an .xlsx, see the preview, change a column's mapping, enrol."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import enrolment, people, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.roster_import import Field
from stationdesk.services.training import ProgrammeDraft
from stationdesk.ui import tasks
from stationdesk.ui.roster_import_dialog import OUTCOME, PHONE, REASON, RosterImportDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def _no_task_outlives_the_database():
    yield
    tasks.wait_for_threads()


@pytest.fixture
def programme(ctx: ServiceContext) -> str:
    return training.create_programme(
        ctx, ProgrammeDraft("社区工作者能力提升培训", "training", CompletionRule(RuleKind.SHARE, 80), 120)
    )


def _roster(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "报名表"
    sheet.append(["社区工作者能力提升培训报名表"])
    sheet.merge_cells("A1:D1")
    sheet.append(["姓名", "联系电话", "工作单位", "备注"])
    sheet.append(["王芳", "13912345678", "当湖街道", "持证社工"])
    sheet.append(["李明", "13800001111", "钟埭街道", "网格员"])
    sheet.append(["坏号码", "1380000", "新埭镇", ""])
    book.save(path)
    return path


def _shown(dialog: RosterImportDialog, qtbot: QtBot, action: Callable[[], object]) -> None:
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        action()


def test_load_preview_remap_and_enrol(
    qtbot: QtBot, qtmodeltester, ctx: ServiceContext, programme: str, tmp_path: Path
) -> None:
    registered = people.create(ctx, PersonDraft("李明", phone="13800001111"))
    dialog = RosterImportDialog(ctx, programme)
    qtbot.addWidget(dialog)
    assert not dialog.enrol_button.isEnabled()

    _shown(dialog, qtbot, lambda: dialog.choose_file(_roster(tmp_path / "roster.xlsx")))
    assert dialog.sheet.currentText() == "报名表"
    assert [c.currentData() for c in dialog.column_combos] == ["name", "phone", "unit", None]
    assert dialog.preview is not None
    assert dialog.preview.counts == {"new": 1, "matched": 1, "already": 0, "refused": 1}
    assert "Refused: <b>1</b>" in dialog.counts.text()
    assert dialog.enrol_button.text() == "Enrol 2 people" and dialog.enrol_button.isEnabled()
    model = dialog.model
    qtmodeltester.check(model)
    assert model.index(0, PHONE).data() == "139****5678"
    assert model.index(1, OUTCOME).data() == "In the registry"
    assert model.index(1, REASON).data() == "Found by name and mobile"
    assert model.index(2, REASON).data() == "Not an 11-digit mobile number."
    assert model.index(2, OUTCOME).data(Qt.ItemDataRole.DecorationRole) is not None
    assert enrolment.participants(ctx, programme) == []  # nothing written by previewing

    # The 备注 column holds the categories: say so under its header.
    _shown(dialog, qtbot, lambda: dialog.map_column(3, Field.TARGET_GROUP))
    assert model.index(0, 4).data() == "Certified social workers"
    # Moving the names to another column takes them from the first.
    _shown(dialog, qtbot, lambda: dialog.map_column(2, Field.NAME))
    assert dialog.column_combos[0].currentData() is None
    assert model.index(0, 1).data() == "当湖街道"
    _shown(dialog, qtbot, lambda: dialog.map_column(0, Field.NAME))
    assert dialog.column_combos[2].currentData() is None

    with qtbot.waitSignal(dialog.enrolled, timeout=10_000) as applied:
        dialog.enrol_button.click()
    assert (applied.args[0].enrolled, applied.args[0].created) == (2, 1)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.counts["already"] == 2)
    assert dialog.message.text() == "2 people enrolled (1 newly registered)."
    assert not dialog.enrol_button.isEnabled()
    found = {p.name: p for p in enrolment.participants(ctx, programme)}
    assert sorted(found) == ["李明", "王芳"]
    assert found["李明"].person_id == registered


def test_a_pasted_list_and_a_file_without_names(
    qtbot: QtBot, ctx: ServiceContext, programme: str, tmp_path: Path
) -> None:
    dialog = RosterImportDialog(ctx, programme)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.paste.setPlainText("王芳 13912345678\n李明，１３８００００１１１１ 钟埭街道\n")
    _shown(dialog, qtbot, dialog.paste_button.click)
    assert dialog.preview is not None and dialog.preview.counts["new"] == 2
    assert dialog.model.index(1, 3).data() == "钟埭街道"

    book = Workbook()
    book.active.append(["人员", "手机"])
    book.active.append(["李明", "13800001111"])
    book.save(tmp_path / "nonames.xlsx")
    dialog.tabs.setCurrentIndex(0)
    dialog.choose_file(tmp_path / "nonames.xlsx")
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog))
    assert dialog.message.text().startswith("No column of names was found")
    assert dialog.model.rowCount() == 0 and not dialog.enrol_button.isEnabled()
    _shown(dialog, qtbot, lambda: dialog.map_column(0, Field.NAME))
    assert dialog.preview is not None and dialog.preview.counts["new"] == 1
