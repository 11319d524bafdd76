"""Matching walk-ins after the session: candidates with warnings, match, register, undo."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import enrolment, people, training, walk_ins
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft
from stationdesk.ui.reason_dialog import ReasonDialog
from stationdesk.ui.walk_in_match import CandidateModel, WalkInMatchDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DAY = date(2026, 11, 24)


@pytest.fixture
def setup(ctx: ServiceContext) -> dict[str, str]:
    programme = training.create_programme(
        ctx, ProgrammeDraft("社区工作者能力提升培训", "training", CompletionRule(RuleKind.SHARE, 80), 120)
    )
    session_id = training.add_session(ctx, programme, SessionDraft(DAY, time(9), time(11)))
    wang = people.create(ctx, PersonDraft(name="王芳", phone="13912345678"))
    li = people.create(ctx, PersonDraft(name="李四", phone="13600002222"))
    enrolment.enrol_persons(ctx, programme, [wang])
    when = datetime.combine(DAY, time(9, 5))
    for name, phone in (("王芳", "13912345678"), ("赵六", "13500003333")):
        walk_ins.sign_in_walk_in(ctx, session_id, name, phone, anyway=True, now=when)
    return {"programme": programme, "session": session_id, "王芳": wang, "李四": li}


@pytest.fixture
def dialog(qtbot, ctx: ServiceContext, setup: dict[str, str]) -> WalkInMatchDialog:
    widget = WalkInMatchDialog(ctx, setup["programme"])
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _select(dialog: WalkInMatchDialog, name: str) -> None:
    row = next(n for n in range(dialog.open_model.rowCount()) if dialog.open_model.row_at(n).name == name)  # type: ignore[union-attr]
    dialog.open_table.selectRow(row)


def test_the_walk_ins_are_listed_with_their_likely_duplicates_flagged(dialog: WalkInMatchDialog) -> None:
    assert dialog.open_model.rowCount() == 2 and dialog.done_model.rowCount() == 0
    _select(dialog, "王芳")
    first = dialog.candidate_model.row_at(0)
    assert first is not None and first.name == "王芳" and first.participant
    assert "王芳" in dialog.warning.text() and "139****5678" in dialog.warning.text()
    assert "same mobile" in dialog.candidate_model.data(dialog.candidate_model.index(0, CandidateModel.WHY))
    _select(dialog, "赵六")
    assert dialog.candidate_model.rowCount() == 0 and not dialog.match_button.isEnabled()


def test_match_then_undo_returns_the_walk_in_to_the_list(
    qtbot, dialog: WalkInMatchDialog, ctx: ServiceContext, setup: dict[str, str]
) -> None:
    _select(dialog, "王芳")
    qtbot.mouseClick(dialog.match_button, Qt.MouseButton.LeftButton)
    assert [w.name for w in walk_ins.walk_ins(ctx, setup["programme"])] == ["赵六"]
    assert dialog.done_model.rowCount() == 1
    matched = dialog.done_model.data(dialog.done_model.index(0, 5))
    assert "王芳" in matched and "merged" in matched
    dialog.done_table.selectRow(0)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.done_model.rowCount() == 0 and dialog.open_model.rowCount() == 2
    assert walk_ins.matched_walk_ins(ctx, setup["programme"]) == []


def test_register_makes_a_registry_person_of_the_walk_in(
    qtbot, dialog: WalkInMatchDialog, ctx: ServiceContext, setup: dict[str, str]
) -> None:
    _select(dialog, "赵六")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in people.search(ctx, "赵六")] == ["赵六"]
    assert dialog.done_model.row_at(0) is not None and dialog.done_model.row_at(0).matched_to == "赵六"  # type: ignore[union-attr]


def test_register_of_a_likely_duplicate_asks_a_reason_first(
    qtbot, dialog: WalkInMatchDialog, ctx: ServiceContext
) -> None:
    _select(dialog, "王芳")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    ask = dialog.findChild(ReasonDialog, "registerAnyway")
    assert ask is not None and ask.isVisible()
    assert len(people.search(ctx, "王芳")) == 1  # nothing registered yet
    ask.set_reason("同名同号，家属代签")
    ask.accept()
    assert len(people.search(ctx, "王芳")) == 2
