"""The paper sheet entered row by row: one key per row, jumps by number or code, who entered it."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from conftest import sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import attendance, enrolment, marks, people, training
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft
from stationdesk.ui.reconcile_grid import ReconcileGrid, ReconcileModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 25, 10, 30)


@pytest.fixture
def session_id(ctx: ServiceContext) -> str:
    programme = training.create_programme(
        ctx, ProgrammeDraft("社会救助政策沙龙", "salon", CompletionRule(RuleKind.COUNT, 1), 90)
    )
    sid = training.add_session(ctx, programme, SessionDraft(DAY, time(14), time(16), venue="东湖社区"))
    persons = [people.create(ctx, PersonDraft(name=n)) for n in ("王芳", "李四", "张三丰", "赵敏")]
    enrolment.enrol_persons(ctx, programme, persons)
    return sid


@pytest.fixture
def grid(qtbot, ctx: ServiceContext, session_id: str) -> ReconcileGrid:
    sign_in_as(ctx, Role.TRAINER)
    dialog = ReconcileGrid(ctx, session_id, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def _statuses(ctx: ServiceContext, session_id: str) -> dict[str, str | None]:
    return {
        r.entry.name: r.mark.status if r.mark else None for r in marks.session_marks(ctx, session_id).rows
    }


def test_rows_stand_in_the_sheets_order_with_its_numbers_and_codes(
    grid: ReconcileGrid, ctx: ServiceContext, session_id: str
) -> None:
    programme = attendance.session_programme(ctx, session_id)
    printed = [(e.number, e.signin_code, e.name) for e in attendance.roster(ctx, programme)]
    shown = [
        tuple(grid.model.data(grid.model.index(r, c)) for c in (ReconcileModel.NUMBER, ReconcileModel.CODE,
                                                                 ReconcileModel.NAME))
        for r in range(grid.model.rowCount())
    ]  # fmt: skip
    assert shown == [(str(n), code, name) for n, code, name in printed]


def test_one_key_per_row_sets_the_status_and_moves_on(
    qtbot, grid: ReconcileGrid, ctx: ServiceContext, session_id: str
) -> None:
    names = [grid.model.row_at(n).entry.name for n in range(4)]  # type: ignore[union-attr]
    for key in (Qt.Key.Key_1, Qt.Key.Key_L, Qt.Key.Key_3, Qt.Key.Key_A):
        qtbot.keyClick(grid.table, key)
    assert [_statuses(ctx, session_id)[n] for n in names] == ["present", "late", "excused", "absent"]
    assert grid.current_row() == 3  # the last row stays selected
    assert grid.model.data(grid.model.index(0, ReconcileModel.RECORDED_BY)) == "trainer user"
    assert grid.model.data(grid.model.index(0, ReconcileModel.RECORDED_AT)) == "11-25 10:30"
    assert "Marked 4 of 4" in grid.summary.text() and "attended 2" in grid.summary.text()
    record = attendance.programme_attendance(ctx, attendance.session_programme(ctx, session_id), NOW)
    assert {m.method for r in record.rows for m in r.marks.values()} == {"paper"}


def test_a_row_is_found_by_its_code_or_number_and_marked_again(
    qtbot, grid: ReconcileGrid, ctx: ServiceContext, session_id: str
) -> None:
    third = grid.model.row_at(2)
    assert third is not None
    qtbot.keyClicks(grid.jump, third.entry.signin_code.lower())
    qtbot.keyClick(grid.jump, Qt.Key.Key_Return)
    assert grid.current_row() == 2 and grid.table.hasFocus()
    qtbot.keyClick(grid.table, Qt.Key.Key_5)
    assert _statuses(ctx, session_id)[third.entry.name] == "left_early"
    qtbot.keyClicks(grid.jump, "3")
    qtbot.keyClick(grid.jump, Qt.Key.Key_Return)
    qtbot.keyClick(grid.table, Qt.Key.Key_P)
    assert _statuses(ctx, session_id)[third.entry.name] == "present"  # updated, not a second mark
    assert sum(1 for r in marks.session_marks(ctx, session_id).rows if r.mark) == 1
    qtbot.keyClicks(grid.jump, "99")
    qtbot.keyClick(grid.jump, Qt.Key.Key_Return)
    assert "99" in grid.problem.text()


def test_a_refused_mark_is_told_and_changes_nothing(qtbot, ctx: ServiceContext, session_id: str) -> None:
    early = ReconcileGrid(ctx, session_id, clock=lambda: datetime(2026, 11, 20, 9))  # days before it
    qtbot.addWidget(early)
    early.show()
    early.table.selectRow(0)
    qtbot.keyClick(early.table, Qt.Key.Key_1)
    assert "later day" in early.problem.text()
    assert set(_statuses(ctx, session_id).values()) == {None}
    assert early.current_row() == 0
