"""The door's sign-in screen: a scanner's fast keys, repeats, pick lists, walk-ins, marks, kiosk mode."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import enrolment, marks, people, training, walk_ins
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft
from stationdesk.ui import signin_screen
from stationdesk.ui.idle_lock import ScreenLock
from stationdesk.ui.signin_screen import SignInScreen

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DAY = date(2026, 11, 24)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def setup(ctx: ServiceContext) -> dict[str, str]:
    programme = training.create_programme(
        ctx, ProgrammeDraft("社区工作者能力提升培训", "training", CompletionRule(RuleKind.SHARE, 80), 120)
    )
    session_id = training.add_session(
        ctx, programme, SessionDraft(DAY, time(9), time(11), venue="当湖街道社工站")
    )
    persons = [
        people.create(ctx, PersonDraft(name=name, phone=phone))
        for name, phone in (("王芳", "13912345678"), ("王方", "13800005678"), ("张三丰", "13700001111"))
    ]
    enrolment.enrol_persons(ctx, programme, persons, unit="当湖街道")
    codes = {p.name: p.signin_code for p in enrolment.participants(ctx, programme)}
    return {"programme": programme, "session": session_id, **codes}


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.combine(DAY, time(9, 2)))


@pytest.fixture
def beeps() -> list[int]:
    return []


@pytest.fixture
def screen(qtbot, ctx: ServiceContext, setup: dict[str, str], clock: Clock, beeps: list[int]) -> SignInScreen:
    widget = SignInScreen(ctx, setup["session"], clock=clock, beep=lambda: beeps.append(1))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def scan(qtbot, screen: SignInScreen, text: str) -> None:
    """Keys typed fast, then Enter (as a scanner does); Chinese comes from the IME as one commit."""
    if text.isascii():
        qtbot.keyClicks(screen.input, text)
    else:
        screen.input.insert(text)
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)


def test_a_scanned_code_confirms_at_once_and_the_lists_follow(
    qtbot, screen: SignInScreen, setup: dict[str, str], beeps: list[int]
) -> None:
    assert screen.title.text() == "社区工作者能力提升培训" and "当湖街道社工站" in screen.when.text()
    assert "0 / 3" in screen.counter.text() and screen.not_yet_model.rowCount() == 3
    scan(qtbot, screen, setup["张三丰"])
    assert screen.feedback.currentWidget() is screen.confirmation
    assert screen.confirm_name.text() == "张三丰"
    assert "09:02" in screen.confirm_detail.text() and "On time" in screen.confirm_detail.text()
    assert "1 / 3" in screen.counter.text()
    assert screen.not_yet_model.rowCount() == 2 and screen.arrived_model.rowCount() == 1
    assert screen.input.text() == "" and screen.input.hasFocus()
    qtbot.waitUntil(lambda: len(beeps) == 1)


def test_a_repeat_shows_the_earlier_time_in_amber_with_two_beeps(
    qtbot, screen: SignInScreen, setup: dict[str, str], clock: Clock, beeps: list[int]
) -> None:
    scan(qtbot, screen, setup["张三丰"])
    clock.at += timedelta(minutes=20)
    beeps.clear()
    scan(qtbot, screen, setup["张三丰"].lower())
    assert screen.confirm_name.text() == "张三丰"
    assert screen.confirm_detail.text() == "Signed in already at 09:02"
    assert signin_screen.AMBER in screen.confirmation.styleSheet()
    qtbot.waitUntil(lambda: len(beeps) == 2)
    assert "1 / 3" in screen.counter.text()


def test_a_late_arrival_says_late(qtbot, screen: SignInScreen, clock: Clock) -> None:
    clock.at = datetime.combine(DAY, time(9, 25))
    scan(qtbot, screen, "zsf")
    assert "Late" in screen.confirm_detail.text() and "Late 1" in screen.counter.text()


def test_a_name_with_two_matches_offers_a_pick_list_by_number_key(
    qtbot, screen: SignInScreen, setup: dict[str, str]
) -> None:
    scan(qtbot, screen, "wf")
    assert screen.feedback.currentIndex() == 3 and screen.pick_list.count() == 2
    assert screen.pick_list.hasFocus()
    assert "1 / 3" not in screen.counter.text()
    second = screen.pick_list.item(1).text()
    qtbot.keyClick(screen.pick_list, Qt.Key.Key_2)
    assert screen.confirm_name.text() in ("王芳", "王方") and screen.confirm_name.text() in second
    assert "1 / 3" in screen.counter.text()
    qtbot.waitUntil(screen.input.hasFocus)


def test_esc_leaves_the_pick_list_and_nothing_is_signed_in(qtbot, screen: SignInScreen) -> None:
    scan(qtbot, screen, "5678")
    assert screen.feedback.currentIndex() == 3
    qtbot.keyClick(screen.pick_list, Qt.Key.Key_Escape)
    assert screen.feedback.currentWidget() is screen.idle_label and screen.input.hasFocus()
    assert "0 / 3" in screen.counter.text()


def test_no_match_offers_a_walk_in_warned_of_a_likely_duplicate(
    qtbot, screen: SignInScreen, ctx: ServiceContext, setup: dict[str, str]
) -> None:
    scan(qtbot, screen, "赵六")
    assert screen.feedback.currentIndex() == 2
    assert "赵六" in screen.problem.text() and screen.walk_in_offer.isVisible()
    qtbot.mouseClick(screen.walk_in_offer, Qt.MouseButton.LeftButton)
    assert screen.walk_in_name.text() == "赵六" and screen.walk_in_name.hasFocus()
    qtbot.keyClicks(screen.walk_in_phone, "13912345678")  # 王芳's mobile
    qtbot.keyClick(screen.walk_in_phone, Qt.Key.Key_Return)
    assert screen.candidate_list.count() == 1
    assert "王芳" in screen.walk_in_problem.text() and "139****5678" in screen.walk_in_problem.text()
    assert walk_ins.walk_ins(ctx, setup["programme"]) == []
    qtbot.mouseClick(screen.walk_in_anyway, Qt.MouseButton.LeftButton)
    assert screen.confirm_name.text() == "赵六"
    assert "1 / 4" in screen.counter.text()
    assert [w.name for w in walk_ins.walk_ins(ctx, setup["programme"])] == ["赵六"]


def test_the_likely_duplicate_can_be_signed_in_instead(
    qtbot, screen: SignInScreen, ctx: ServiceContext, setup: dict[str, str]
) -> None:
    qtbot.keyClick(screen.input, Qt.Key.Key_F2)
    assert screen.feedback.currentIndex() == 4
    screen.walk_in_name.insert("张三丰")
    qtbot.keyClick(screen.walk_in_name, Qt.Key.Key_Return)
    assert screen.candidate_list.count() == 1
    qtbot.keyClick(screen.candidate_list, Qt.Key.Key_Return)
    assert screen.confirm_name.text() == "张三丰" and "1 / 3" in screen.counter.text()
    assert walk_ins.walk_ins(ctx, setup["programme"]) == []


def test_the_menu_of_a_list_marks_excused_and_signs_out(
    qtbot, screen: SignInScreen, ctx: ServiceContext, setup: dict[str, str], clock: Clock
) -> None:
    wang = next(r for r in screen.not_yet_model._rows if r.entry.name == "王方")
    menu = screen.mark_menu(wang)
    next(a for a in menu.actions() if a.data() == "excused").trigger()
    assert any(screen.not_yet_model.data(screen.not_yet_model.index(r, 4)) == "Excused" for r in range(3))
    scan(qtbot, screen, setup["张三丰"])
    clock.at = datetime.combine(DAY, time(10, 30))
    arrived = screen.arrived_model.row_at(0)
    assert arrived is not None
    sign_out = next(a for a in screen.mark_menu(arrived).actions() if a.text() == "Sign out now")
    sign_out.trigger()
    state = marks.session_marks(ctx, setup["session"])
    by_name = {r.entry.name: r.mark for r in state.rows}
    assert by_name["王方"] is not None and by_name["王方"].status == "excused"
    zhang = by_name["张三丰"]
    assert zhang is not None and (zhang.status, zhang.signed_out_at) == ("left_early", clock.at)
    qtbot.waitUntil(screen.input.hasFocus)


def test_a_session_of_an_earlier_day_takes_no_sign_ins(
    qtbot, ctx: ServiceContext, setup: dict[str, str]
) -> None:
    later = SignInScreen(ctx, setup["session"], clock=Clock(datetime(2026, 11, 25, 9)), beep=lambda: None)
    qtbot.addWidget(later)
    assert not later.input.isEnabled() and "over" in later.problem.text()


# --- kiosk mode --------------------------------------------------------------------------------------


def test_kiosk_shows_only_the_input_and_the_confirmation_and_resets_when_idle(
    qtbot, screen: SignInScreen, setup: dict[str, str]
) -> None:
    screen.enter_kiosk("2468")
    assert screen.kiosk and screen.isFullScreen()
    assert not screen.lists.isVisible() and not screen.counter.isVisible() and not screen.buttons.isVisible()
    scan(qtbot, screen, setup["张三丰"])
    assert screen.confirm_name.text() == "张三丰"
    assert (
        screen.idle_timer.isActive()
        and screen.idle_timer.interval() == signin_screen.KIOSK_RESET_SECONDS * 1000
    )
    screen.idle_timer.timeout.emit()  # a few idle seconds later
    assert screen.feedback.currentWidget() is screen.idle_label and screen.input.text() == ""


def test_kiosk_never_shows_others_names(qtbot, screen: SignInScreen) -> None:
    screen.enter_kiosk("2468")
    scan(qtbot, screen, "wf")
    assert screen.feedback.currentIndex() == 2
    assert "王" not in screen.problem.text() and "scan your code" in screen.problem.text()
    assert screen.pick_list.count() == 0
    scan(qtbot, screen, "赵六")
    assert not screen.walk_in_offer.isVisible()
    qtbot.keyClick(screen.input, Qt.Key.Key_F2)
    assert screen.feedback.currentIndex() == 2  # no walk-in form in kiosk mode


def test_leaving_kiosk_takes_the_pin_and_locks_after_wrong_tries(
    qtbot, screen: SignInScreen, clock: Clock
) -> None:
    screen.enter_kiosk("2468")
    qtbot.keyClick(screen.input, Qt.Key.Key_Escape)
    dialog = screen.findChild(signin_screen.PinDialog, "leaveKioskDialog")
    assert dialog is not None and dialog.isVisible() and screen.kiosk
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.problem.text() == "Wrong PIN." and screen.kiosk and dialog.isVisible()
    assert screen.close() is False and screen.kiosk  # the close button / Alt+F4 asks too
    assert screen.leave_kiosk("0000") == "Wrong PIN."
    assert "try again in 60 seconds" in screen.leave_kiosk("9999")
    assert "try again" in screen.leave_kiosk("2468") and screen.kiosk  # locked: even the right PIN waits
    clock.at += timedelta(seconds=signin_screen.KIOSK_LOCK_SECONDS + 1)
    assert screen.leave_kiosk("2468") == ""
    assert not screen.kiosk and screen.lists.isVisible() and screen.counter.isVisible()


def test_the_kiosk_pin_is_set_twice_with_4_to_8_digits(qtbot, screen: SignInScreen) -> None:
    qtbot.mouseClick(screen.kiosk_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(signin_screen.PinDialog, "setPinDialog")
    assert dialog is not None
    dialog.pin.setText("12")
    dialog.accept()
    assert "4 to 8" in dialog.problem.text() and not screen.kiosk
    dialog.pin.setText("1234")
    dialog.again.setText("1235")
    dialog.accept()
    assert "differ" in dialog.problem.text() and not screen.kiosk
    dialog.again.setText("1234")
    dialog.accept()
    assert screen.kiosk
    assert "1234" not in repr(vars(screen))  # kept hashed only


def test_an_open_kiosk_keeps_the_idle_lock_away_until_it_is_left(qtbot, ctx, screen: SignInScreen) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    lock = ScreenLock(ctx, owner, 60_000)
    screen.enter_kiosk("2468")
    lock.lock(idle=True)  # nobody touched the PC for an hour: people still sign themselves in
    assert not lock.is_locked and lock.watcher._timer.isActive()
    assert screen.leave_kiosk("2468") == ""
    lock.lock(idle=True)
    assert lock.is_locked
    lock.stop()
