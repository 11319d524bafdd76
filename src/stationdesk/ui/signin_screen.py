"""The sign-in screen at the door of a session (签到): a queue of people, a scanner, a clerk.

Open it with ``show_for_session(ctx, session_id, parent)`` (or build ``SignInScreen(ctx,
session_id, parent)`` and show it): a window of its own for one session.

- One very large input that always gets the focus back. A USB scanner types a code fast and
  presses Enter; a name, pinyin initials or the last 4 digits of a phone work too. One match signs
  in at once: a big green confirmation (name, time, on time or late) and one beep; a repeat shows
  when they signed in, in amber, with two beeps. Several matches: a short pick list (arrows or
  number keys, Enter; Esc goes back). No match: a message, and the offer to sign in a walk-in (name,
  phone, unit), warned first of whom they may already be.
- A live counter (signed in / enrolled, late) and the lists of who has arrived and who has not, with
  a context menu to mark excused, absent, left early, or to sign out.
- Kiosk mode for self sign-in: full screen, only the input and the confirmation of whoever just
  signed in (no lists, no pick list with others' names), back to the idle screen after
  ``KIOSK_RESET_SECONDS``; leaving it takes the PIN the staff member set when entering it (kept in
  memory only, hashed; a few wrong tries lock it for a while).

Times come from ``clock`` (``datetime.now``; tests pass a fixed time on the session's day).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain import codes
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.training import Attendance
from stationdesk.services import enrolment, marks, walk_ins
from stationdesk.services.context import ServiceContext
from stationdesk.services.enrolment import Choices, Participant, SignIn
from stationdesk.services.errors import ServiceError
from stationdesk.services.marks import MarkedRow, SessionMarks
from stationdesk.services.walk_ins import LikelySame, WalkInDuplicates
from stationdesk.ui.icons import icon
from stationdesk.ui.idle_lock import KIOSK_PROPERTY
from stationdesk.ui.list_table import list_table
from stationdesk.ui.messages import describe
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt

Clock = Callable[[], datetime]

KIOSK_RESET_SECONDS = 4
"""Kiosk mode: the confirmation stays this long, then the idle screen is back for the next person."""
KIOSK_MAX_TRIES = 3
KIOSK_LOCK_SECONDS = 60
"""After ``KIOSK_MAX_TRIES`` wrong PINs, leaving kiosk mode is refused this long."""
PIN_DIGITS = (4, 8)
REPEAT_BEEP_MS = 180

GREEN, AMBER, RED = "#1b7f3b", "#b36b00", "#b3261e"


def status_label(status: str) -> str:
    return {
        Attendance.PRESENT: QApplication.translate("SignInScreen", "On time"),
        Attendance.LATE: QApplication.translate("SignInScreen", "Late"),
        Attendance.LEFT_EARLY: QApplication.translate("SignInScreen", "Left early"),
        Attendance.EXCUSED: QApplication.translate("SignInScreen", "Excused"),
        Attendance.ABSENT: QApplication.translate("SignInScreen", "Absent"),
    }.get(status, status)


def _hhmm(at: datetime | None) -> str:
    return at.strftime("%H:%M") if at else ""


def _font(widget: QWidget, points: float, bold: bool = True) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    widget.setFont(font)


class ArrivedModel(RowListModel[MarkedRow]):
    NUMBER, NAME, TIME, STATUS = range(4)

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Name"), self.tr("Signed in"), self.tr("Status"))

    def _display(self, row: MarkedRow, column: int) -> str:
        mark = row.mark
        if column == self.NUMBER:
            return str(row.entry.number)
        if column == self.NAME:
            return row.entry.name
        if column == self.TIME:
            return _hhmm(mark.signed_in_at) if mark else ""
        if mark is None:
            return ""
        out = fmt(self.tr("%1, out %2"), status_label(mark.status), _hhmm(mark.signed_out_at))
        return out if mark.signed_out_at else status_label(mark.status)


class NotYetModel(RowListModel[MarkedRow]):
    NUMBER, NAME, UNIT, CODE, MARK = range(5)

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Name"), self.tr("Unit"), self.tr("Code"), self.tr("Marked"))

    def _display(self, row: MarkedRow, column: int) -> str:
        entry = row.entry
        values = (str(entry.number), entry.name, entry.unit, entry.signin_code,
                  status_label(row.mark.status) if row.mark else "")  # fmt: skip
        return values[column]


class PinDialog(QDialog):
    """Asks for the kiosk PIN: twice when setting it, once when leaving."""

    def __init__(self, setting: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set a kiosk PIN") if setting else self.tr("Leave kiosk mode"))
        self.setMinimumWidth(380)
        form = QFormLayout()
        self.pin = QLineEdit(objectName="kioskPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_DIGITS[1])
        form.addRow(self.tr("PIN (4 to 8 digits)") if setting else self.tr("PIN"), self.pin)
        self.again = QLineEdit(objectName="kioskPinAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setMaxLength(PIN_DIGITS[1])
        if setting:
            form.addRow(self.tr("The PIN again"), self.again)
        self.problem = QLabel(objectName="kioskPinProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {RED};")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)


class SignInScreen(QWidget):
    """The door of one session. ``signed_in`` tells each confirmed sign-in (for a caller's lists)."""

    signed_in = Signal(object)  # SignIn

    def __init__(
        self,
        ctx: ServiceContext,
        session_id: str,
        parent: QWidget | None = None,
        *,
        clock: Clock = datetime.now,
        beep: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("signInScreen")
        self._ctx, self._session_id, self._clock = ctx, session_id, clock
        self._beep = beep or QApplication.beep
        self._kiosk = False
        self._pin_hash: tuple[bytes, bytes] | None = None
        self._wrong_pins = 0
        self._locked_until: datetime | None = None
        self._choices: tuple[Participant, ...] = ()
        self._candidates: tuple[LikelySame, ...] = ()
        self._typed = ""
        self._colour = ""
        self.state: SessionMarks | None = None

        self.title = QLabel(objectName="sessionTitle")
        _font(self.title, 20)
        self.title.setWordWrap(True)
        self.when = QLabel(objectName="sessionWhen")
        _font(self.when, 13, bold=False)
        self.when.setWordWrap(True)
        self.counter = QLabel(objectName="signinCounter")
        _font(self.counter, 22)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.walk_in_button = QPushButton(icon("add"), self.tr("Walk-in (F2)"), objectName="walkInButton")
        self.kiosk_button = QPushButton(
            icon("lock"), self.tr("Self sign-in (kiosk)"), objectName="kioskButton"
        )
        for button in (self.walk_in_button, self.kiosk_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.walk_in_button.clicked.connect(lambda: self.open_walk_in(""))
        self.kiosk_button.clicked.connect(self._ask_new_pin)

        self.input = QLineEdit(objectName="signinInput")
        _font(self.input, 30, bold=False)
        self._placeholder = self.tr("Scan, or type a name, initials or a phone's last 4")
        self.input.setPlaceholderText(self._placeholder)
        self.input.setMinimumHeight(self.input.fontMetrics().height() + 28)
        self.input.returnPressed.connect(self.submit)

        self.feedback = QStackedWidget(objectName="signinFeedback")
        self.idle_label = QLabel(self.tr("Please scan your code"), objectName="idleLabel")
        self.idle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _font(self.idle_label, 28, bold=False)
        self.idle_label.setStyleSheet("color: #6b6b6b;")
        self.feedback.addWidget(self.idle_label)
        self.feedback.addWidget(self._confirmation_panel())
        self.feedback.addWidget(self._problem_panel())
        self.feedback.addWidget(self._pick_panel())
        self.feedback.addWidget(self._walk_in_panel())

        self.arrived_model = ArrivedModel(self)
        self.not_yet_model = NotYetModel(self)
        self.arrived_table = list_table("arrivedTable", self.arrived_model)
        self.not_yet_table = list_table("notYetTable", self.not_yet_model)
        for table in (self.arrived_table, self.not_yet_table):
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.customContextMenuRequested.connect(lambda point, t=table: self._context_menu(t, point))
        size_columns(self.arrived_table, {1: 5, 3: 6}, {0: 3, 2: 5})
        size_columns(self.not_yet_table, {1: 5, 2: 8, 4: 3}, {0: 3, 3: 8})
        self.arrived_label = QLabel(objectName="arrivedLabel")
        self.not_yet_label = QLabel(objectName="notYetLabel")
        self.lists = QWidget(objectName="signinLists")
        lists = QHBoxLayout(self.lists)
        lists.setContentsMargins(0, 0, 0, 0)
        for label, table in (
            (self.arrived_label, self.arrived_table),
            (self.not_yet_label, self.not_yet_table),
        ):
            column = QVBoxLayout()
            _font(label, 12)
            column.addWidget(label)
            column.addWidget(table)
            lists.addLayout(column)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.when)
        head.addLayout(titles, 1)
        head.addWidget(self.counter)
        self.buttons = QWidget()
        buttons = QVBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.walk_in_button)
        buttons.addWidget(self.kiosk_button)
        head.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(head)
        layout.addWidget(self.input)
        layout.addWidget(self.feedback)
        layout.addWidget(self.lists, 1)
        self.feedback.setMinimumHeight(self.confirm_name.fontMetrics().height() * 3)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(KIOSK_RESET_SECONDS * 1000)
        self.idle_timer.timeout.connect(self.reset_to_idle)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, activated=self._walk_in_from_key)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._escape)

        self.refresh()
        self._show_header()
        if self._over():
            self._show_problem(describe(ValidationError("signin.session_over", "")), offer_walk_in=False)
            self.input.setEnabled(False)

    # --- panels ----------------------------------------------------------------------------------

    def _confirmation_panel(self) -> QWidget:
        self.confirmation = QFrame(objectName="confirmation")
        self.confirm_name = QLabel(objectName="confirmName")
        self.confirm_detail = QLabel(objectName="confirmDetail")
        _font(self.confirm_name, 54)
        _font(self.confirm_detail, 26)
        layout = QVBoxLayout(self.confirmation)
        for label in (self.confirm_name, self.confirm_detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        return self.confirmation

    def _problem_panel(self) -> QWidget:
        panel = QFrame(objectName="problemPanel")
        self.problem = QLabel(objectName="signinProblem")
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _font(self.problem, 20)
        self.problem.setStyleSheet(f"color: {RED};")
        self.walk_in_offer = QPushButton(
            icon("add"), self.tr("Sign in as a walk-in (F2)"), objectName="walkInOffer"
        )
        self.walk_in_offer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.walk_in_offer.clicked.connect(lambda: self.open_walk_in(self._typed))
        layout = QVBoxLayout(panel)
        layout.addWidget(self.problem)
        layout.addWidget(self.walk_in_offer, 0, Qt.AlignmentFlag.AlignCenter)
        return panel

    def _pick_panel(self) -> QWidget:
        panel = QWidget()
        hint = QLabel(
            self.tr("Several people match. Pick one: arrows or number keys, then Enter; Esc goes back.")
        )
        hint.setWordWrap(True)
        self.pick_list = QListWidget(objectName="pickList")
        _font(self.pick_list, 18, bold=False)
        self.pick_list.installEventFilter(self)
        self.pick_list.itemActivated.connect(lambda item: self.pick(self.pick_list.row(item)))
        layout = QVBoxLayout(panel)
        layout.addWidget(hint)
        layout.addWidget(self.pick_list)
        return panel

    def _walk_in_panel(self) -> QWidget:
        panel = QFrame(objectName="walkInPanel")
        self.walk_in_name = QLineEdit(objectName="walkInName")
        self.walk_in_phone = QLineEdit(objectName="walkInPhone")
        self.walk_in_unit = QLineEdit(objectName="walkInUnit")
        for field in (self.walk_in_name, self.walk_in_phone, self.walk_in_unit):
            _font(field, 16, bold=False)
            field.returnPressed.connect(self.submit_walk_in)
            field.installEventFilter(self)
        self.walk_in_phone.setPlaceholderText(self.tr("Optional"))
        self.walk_in_unit.setPlaceholderText(self.tr("Optional"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.walk_in_name)
        form.addRow(self.tr("Mobile"), self.walk_in_phone)
        form.addRow(self.tr("Unit"), self.walk_in_unit)
        self.walk_in_problem = QLabel(objectName="walkInProblem")
        self.walk_in_problem.setWordWrap(True)
        self.walk_in_problem.setStyleSheet(f"color: {AMBER}; font-weight: bold;")
        self.candidate_list = QListWidget(objectName="candidateList")
        _font(self.candidate_list, 14, bold=False)
        self.candidate_list.installEventFilter(self)
        self.candidate_list.itemActivated.connect(lambda _item: self.sign_in_candidate())
        self.walk_in_sign = QPushButton(icon("accept"), self.tr("Sign in walk-in"), objectName="walkInSign")
        self.candidate_sign = QPushButton(self.tr("Sign in the selected person"), objectName="candidateSign")
        self.walk_in_anyway = QPushButton(
            self.tr("Not them: sign in as a new walk-in"), objectName="walkInAnyway"
        )
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        self.walk_in_sign.clicked.connect(self.submit_walk_in)
        self.candidate_sign.clicked.connect(self.sign_in_candidate)
        self.walk_in_anyway.clicked.connect(lambda: self.submit_walk_in(anyway=True))
        cancel.clicked.connect(self.reset_to_idle)
        buttons = QHBoxLayout()
        for button in (self.walk_in_sign, self.candidate_sign, self.walk_in_anyway, cancel):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        title = QLabel(self.tr("Walk-in: not on the list"))
        _font(title, 14)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.walk_in_problem)
        layout.addWidget(self.candidate_list)
        layout.addLayout(buttons)
        return panel

    # --- the session ------------------------------------------------------------------------------

    def _over(self) -> bool:
        return self.state is not None and self._clock().date() > self.state.session.ends_at.date()

    def _show_header(self) -> None:
        assert self.state is not None
        s = self.state.session
        self.setWindowTitle(fmt(self.tr("Sign-in: %1"), s.programme_name))
        self.title.setText(s.programme_name)
        place = " · ".join(part for part in (s.venue, s.trainer, s.topic) if part)
        self.when.setText(fmt(self.tr("%1 %2–%3  %4"), s.starts_at.strftime("%Y-%m-%d"), _hhmm(s.starts_at),
                              _hhmm(s.ends_at), place))  # fmt: skip

    def refresh(self, *, roster_too: bool = True) -> None:
        """Read the session's marks again (and the roster, unless only marks of people on it changed):
        the counter and both lists."""
        known = None if roster_too or self.state is None else [r.entry for r in self.state.rows]
        self.state = marks.session_marks(self._ctx, self._session_id, known)
        arrived, not_yet = self.state.arrived, self.state.not_yet
        self.counter.setText(
            fmt(self.tr("Signed in %1 / %2\nLate %3"), len(arrived), len(self.state.rows), self.state.late)
        )
        self.arrived_model.set_rows(list(reversed(arrived)))  # the latest on top
        self.not_yet_model.set_rows(not_yet)
        self.arrived_label.setText(fmt(self.tr("Arrived (%1)"), len(arrived)))
        self.not_yet_label.setText(fmt(self.tr("Not yet arrived (%1)"), len(not_yet)))

    # --- signing in -------------------------------------------------------------------------------

    def submit(self) -> None:
        """Enter in the input: sign in what was scanned or typed."""
        typed = self.input.text().strip()
        if not typed:
            return
        self._typed = typed
        try:
            result = enrolment.sign_in(self._ctx, self._session_id, typed, self._clock(),
                                       method="kiosk" if self._kiosk else None)  # fmt: skip
        except (ServiceError, ValidationError) as error:
            self.input.selectAll()
            offer = getattr(error, "code", "") == "signin.no_match" and not self._kiosk
            text = describe(error)
            if self._kiosk and getattr(error, "code", "") in ("signin.no_match", "signin.code_checksum"):
                text = self.tr("Not found. Please scan your code again, or ask the staff.")
            self._show_problem(text, offer_walk_in=offer)
            return
        if isinstance(result, Choices):
            self.input.clear()
            if self._kiosk:
                self._show_problem(self.tr("Several people match. Please scan your code, or ask the staff."),
                                   offer_walk_in=False)  # fmt: skip
            else:
                self._show_choices(result)
            return
        self._confirmed(result)

    def _confirmed(self, result: SignIn) -> None:
        self.input.clear()
        name, when = result.participant.name, _hhmm(result.signed_in_at)
        if result.already:
            detail, colour = fmt(self.tr("Signed in already at %1"), when), AMBER
        else:
            detail, colour = f"{when}  {status_label(result.status)}", GREEN
        self.confirm_name.setText(name)
        self.confirm_detail.setText(detail)
        if colour != self._colour:  # a new style sheet re-polishes the panel: only when it changes
            self._colour = colour
            self.confirmation.setStyleSheet(
                f"QFrame#confirmation {{ background: {colour}; border-radius: 12px; }}"
                " QLabel { color: white; }"
            )
        self.feedback.setCurrentWidget(self.confirmation)
        self._sound(ok=not result.already)
        if not self._kiosk:
            listed = self.state is not None and any(
                r.entry.enrolment_id == result.participant.enrolment_id for r in self.state.rows
            )
            self.refresh(roster_too=not listed)  # a walk-in is a new row
        self._settled()
        self.signed_in.emit(result)

    def _show_problem(self, text: str, *, offer_walk_in: bool) -> None:
        self.problem.setText(text)
        self.walk_in_offer.setVisible(offer_walk_in)
        self.feedback.setCurrentIndex(2)
        self._sound(ok=False)
        self._settled()

    def _show_choices(self, choices: Choices) -> None:
        self._choices = choices.participants
        self.pick_list.clear()
        for number, participant in enumerate(self._choices, start=1):
            line = "   ".join(part for part in (f"{number}.", participant.name, participant.unit) if part)
            self.pick_list.addItem(QListWidgetItem(line))
        self.pick_list.setCurrentRow(0)
        self.feedback.setCurrentIndex(3)
        self.pick_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def pick(self, number: int) -> None:
        """Sign in the ``number``-th (from 0) participant of the pick list."""
        if not 0 <= number < len(self._choices):
            return
        chosen = self._choices[number]
        try:
            result = enrolment.sign_in_participant(
                self._ctx, self._session_id, chosen.enrolment_id, self._clock()
            )
        except (ServiceError, ValidationError) as error:
            self._show_problem(describe(error), offer_walk_in=False)
            return
        self._confirmed(result)

    def reset_to_idle(self) -> None:
        """Back to the empty input and the idle message (kiosk: after a few idle seconds)."""
        self.idle_timer.stop()
        self.input.clear()
        self._choices, self._candidates = (), ()
        self.feedback.setCurrentWidget(self.idle_label)
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _settled(self) -> None:
        """After a result: the focus back in the input; in kiosk mode, the idle screen soon."""
        if self._kiosk:
            self.idle_timer.start()
        QTimer.singleShot(0, self._refocus)

    def _refocus(self) -> None:
        if self.feedback.currentIndex() not in (3, 4):
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sound(self, ok: bool) -> None:
        """One beep for a sign-in; two for a repeat or a problem."""
        self._beep()
        if not ok:
            QTimer.singleShot(REPEAT_BEEP_MS, self._beep)

    # --- walk-ins ---------------------------------------------------------------------------------

    def _walk_in_from_key(self) -> None:
        if not self._kiosk and self.input.isEnabled():
            self.open_walk_in(self._typed if self.feedback.currentIndex() == 2 else self.input.text())

    def open_walk_in(self, typed: str) -> None:
        """The walk-in form, the name taken from what was typed (not a code or digits)."""
        if self._kiosk:
            return
        text = typed.strip()
        looks_like_name = (
            text and not codes.looks_like_code(text) and not text.isdigit() and not text.isascii()
        )
        self.walk_in_name.setText(text if looks_like_name else "")
        self.walk_in_phone.clear()
        self.walk_in_unit.clear()
        self._show_candidates(())
        self.feedback.setCurrentIndex(4)
        self.walk_in_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_candidates(self, candidates: tuple[LikelySame, ...]) -> None:
        self._candidates = candidates
        self.candidate_list.clear()
        for candidate in candidates:
            self.candidate_list.addItem(self._candidate_line(candidate))
        shown = bool(candidates)
        self.candidate_list.setVisible(shown)
        self.candidate_sign.setVisible(shown)
        self.walk_in_anyway.setVisible(shown)
        self.walk_in_sign.setVisible(not shown)
        if shown:
            first = candidates[0]
            self.walk_in_problem.setText(
                fmt(self.tr("This person may already be enrolled: %1 %2"), first.name, first.phone_masked)
                if first.participant
                else fmt(
                    self.tr("This person may already be registered: %1 %2"), first.name, first.phone_masked
                )
            )
            self.candidate_list.setCurrentRow(0)
        else:
            self.walk_in_problem.clear()

    def _candidate_line(self, candidate: LikelySame) -> str:
        reasons = {"same_phone": self.tr("same mobile"), "same_name": self.tr("same name"),
                   "same_pinyin": self.tr("name sounds the same")}  # fmt: skip
        kind = self.tr("enrolled") if candidate.participant else self.tr("in the registry")
        why = ", ".join(reasons.get(r, r) for r in candidate.reasons)
        parts = (candidate.name, candidate.phone_masked, candidate.place, f"[{kind}: {why}]")
        return "   ".join(part for part in parts if part)

    def submit_walk_in(self, anyway: bool = False) -> None:
        """Sign in the walk-in: first told of likely duplicates; ``anyway`` after that warning."""
        try:
            result = walk_ins.sign_in_walk_in(self._ctx, self._session_id, self.walk_in_name.text(),
                                              self.walk_in_phone.text(), self.walk_in_unit.text(),
                                              anyway=anyway, now=self._clock())  # fmt: skip
        except (ServiceError, ValidationError) as error:
            self.walk_in_problem.setText(describe(error))
            self._sound(ok=False)
            return
        if isinstance(result, WalkInDuplicates):
            self._show_candidates(result.candidates)
            self._sound(ok=False)
            self.candidate_list.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._confirmed(result)

    def sign_in_candidate(self) -> None:
        """Sign in the likely duplicate picked instead of a new walk-in."""
        row = self.candidate_list.currentRow()
        if not 0 <= row < len(self._candidates):
            return
        chosen = self._candidates[row]
        try:
            if chosen.enrolment_id is not None:
                result = enrolment.sign_in_participant(self._ctx, self._session_id, chosen.enrolment_id,
                                                       self._clock())  # fmt: skip
            else:
                unit = self.walk_in_unit.text()
                person = chosen.person_id or ""
                result = walk_ins.sign_in_person(
                    self._ctx, self._session_id, person, unit=unit, now=self._clock()
                )
        except (ServiceError, ValidationError) as error:
            self.walk_in_problem.setText(describe(error))
            return
        self._confirmed(result)

    # --- marks from the lists ---------------------------------------------------------------------

    def _context_menu(self, table: QTableView, point: QPoint) -> None:
        index = table.indexAt(point)
        model = self.arrived_model if table is self.arrived_table else self.not_yet_model
        row = model.row_at(index.row()) if index.isValid() else None
        if row is None or self._kiosk:
            return
        self.mark_menu(row).exec(table.viewport().mapToGlobal(point))

    def mark_menu(self, row: MarkedRow) -> QMenu:
        """The statuses a clerk may set on one participant (and sign out, once they came)."""
        menu = QMenu(self)
        for status in (Attendance.PRESENT, Attendance.LATE, Attendance.EXCUSED, Attendance.ABSENT,
                       Attendance.LEFT_EARLY):  # fmt: skip
            action = menu.addAction(status_label(status))
            action.setData(status.value)
            action.triggered.connect(lambda _=False, s=status.value: self.set_mark(row, s))
        if row.mark is not None and row.mark.attended and row.mark.signed_out_at is None:
            menu.addSeparator()
            menu.addAction(self.tr("Sign out now")).triggered.connect(lambda: self.sign_out(row))
        return menu

    def set_mark(self, row: MarkedRow, status: str) -> None:
        now = self._clock()
        out = now if status == Attendance.LEFT_EARLY else None
        self._marked(lambda: marks.mark(self._ctx, self._session_id, row.entry.enrolment_id, status,
                                        method="desk", signed_out_at=out, now=now))  # fmt: skip

    def sign_out(self, row: MarkedRow) -> None:
        self._marked(
            lambda: marks.sign_out(self._ctx, self._session_id, row.entry.enrolment_id, self._clock())
        )

    def _marked(self, call: Callable[[], object]) -> None:
        try:
            call()
        except (ServiceError, ValidationError) as error:
            self._show_problem(describe(error), offer_walk_in=False)
            return
        self.refresh()
        QTimer.singleShot(0, self._refocus)

    # --- keys -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.pick_list:
                if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                    self.pick(key - Qt.Key.Key_1)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.pick(self.pick_list.currentRow())
                    return True
            if watched is self.candidate_list and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.sign_in_candidate()
                return True
        return super().eventFilter(watched, event)

    def _escape(self) -> None:
        if self._kiosk:
            self.ask_leave_kiosk()
        else:
            self.reset_to_idle()

    # --- kiosk mode -------------------------------------------------------------------------------

    @property
    def kiosk(self) -> bool:
        return self._kiosk

    def _ask_new_pin(self) -> None:
        dialog = PinDialog(setting=True, parent=self)
        dialog.setObjectName("setPinDialog")

        def check() -> None:
            pin, again = dialog.pin.text(), dialog.again.text()
            if not valid_pin(pin):
                dialog.problem.setText(self.tr("The PIN has 4 to 8 digits."))
            elif pin != again:
                dialog.problem.setText(self.tr("The two PINs differ."))
            else:
                dialog.done(QDialog.DialogCode.Accepted)
                self.enter_kiosk(pin)

        dialog.accept = check  # type: ignore[method-assign]
        dialog.open()

    def enter_kiosk(self, pin: str) -> None:
        """Self sign-in: full screen, only the input and the latest confirmation; ``pin`` (4 to 8
        digits) leaves it again."""
        if not valid_pin(pin):
            raise ValueError("a kiosk PIN has 4 to 8 digits")
        salt = secrets.token_bytes(16)
        self._pin_hash = (salt, _digest(pin, salt))
        self._wrong_pins, self._locked_until = 0, None
        self._kiosk = True
        self.setProperty(KIOSK_PROPERTY, True)
        for widget in (self.lists, self.buttons, self.counter):
            widget.setVisible(False)
        self.input.setPlaceholderText(self.tr("Scan your code"))
        self.reset_to_idle()
        self.showFullScreen()

    def ask_leave_kiosk(self) -> PinDialog:
        """The PIN prompt (Esc, closing the window or Alt+F4 in kiosk mode)."""
        dialog = PinDialog(setting=False, parent=self)
        dialog.setObjectName("leaveKioskDialog")

        def check() -> None:
            refusal = self.leave_kiosk(dialog.pin.text())
            if refusal:
                dialog.problem.setText(refusal)
                dialog.pin.clear()
            else:
                dialog.done(QDialog.DialogCode.Accepted)

        dialog.accept = check  # type: ignore[method-assign]
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, self._refocus))
        dialog.open()
        return dialog

    def leave_kiosk(self, pin: str) -> str:
        """Leave kiosk mode with the right PIN (returns ""), or the reason it stays."""
        if not self._kiosk or self._pin_hash is None:
            return ""
        now = self._clock()
        if self._locked_until is not None and now < self._locked_until:
            wait = int((self._locked_until - now).total_seconds()) + 1
            return fmt(self.tr("Too many wrong PINs: try again in %1 seconds."), wait)
        salt, digest = self._pin_hash
        if not hmac.compare_digest(_digest(pin, salt), digest):
            self._wrong_pins += 1
            if self._wrong_pins >= KIOSK_MAX_TRIES:
                self._wrong_pins, self._locked_until = 0, now + timedelta(seconds=KIOSK_LOCK_SECONDS)
                return fmt(self.tr("Too many wrong PINs: try again in %1 seconds."), KIOSK_LOCK_SECONDS)
            return self.tr("Wrong PIN.")
        self._kiosk, self._pin_hash, self._locked_until = False, None, None
        self.setProperty(KIOSK_PROPERTY, False)
        for widget in (self.lists, self.buttons, self.counter):
            widget.setVisible(True)
        self.input.setPlaceholderText(self._placeholder)
        self.showNormal()
        self.showMaximized()
        self.refresh()
        self.reset_to_idle()
        return ""

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._kiosk:  # the close button, Alt+F4: the PIN first
            event.ignore()
            self.ask_leave_kiosk()
            return
        super().closeEvent(event)


def valid_pin(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and PIN_DIGITS[0] <= len(pin) <= PIN_DIGITS[1]


def _digest(pin: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 50_000)


def show_for_session(ctx: ServiceContext, session_id: str, parent: QWidget | None = None) -> SignInScreen:
    """Open the sign-in screen of a session, maximised, the input ready for the first scan. The
    screen deletes itself when closed."""
    screen = SignInScreen(ctx, session_id, parent)
    screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    screen.showMaximized()
    screen.raise_()
    screen.activateWindow()
    screen.input.setFocus(Qt.FocusReason.OtherFocusReason)
    return screen
