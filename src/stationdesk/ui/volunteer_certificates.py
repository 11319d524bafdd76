"""The certificates tab of the volunteers page (志愿服务记录证明): pick a volunteer and a period, see
the service record the certificate will attest, issue and print it; the register with its voids;
the public notice list of the period, to post before issuing.

Everything goes through services/hours_certificates.py and services/volunteer_printouts.py; the
tab only shows what they return and hides what the user's role may not do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.continuing_education import hours_text
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.services import hours_certificates, volunteer_printouts, volunteers
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.hours_certificates import HoursCertificateInfo, ServiceLine
from stationdesk.services.volunteers import VolunteerRow
from stationdesk.ui.icons import icon
from stationdesk.ui.list_table import compact_list, list_table
from stationdesk.ui.messages import describe
from stationdesk.ui.models.row_list import RowListModel
from stationdesk.ui.print_preview import PrintPreviewDialog, write_and_preview
from stationdesk.ui.reason_dialog import ReasonDialog, ask_reason
from stationdesk.ui.save_file import save_as
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.table_columns import size_columns
from stationdesk.ui.text import fmt
from stationdesk.ui.training_printing import menu_button

SEARCH_DELAY_MS = 200
FIRST_YEAR = 2000


class VolunteerChoices(RowListModel[VolunteerRow]):
    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Organisation"))

    def _display(self, row: VolunteerRow, column: int) -> str:
        return row.name if column == 0 else row.organisation


class ServiceLines(RowListModel[ServiceLine]):
    DAYS, ACTIVITY, CONTENT, SERVED, HOURS = range(5)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Dates"),
            self.tr("Activity"),
            self.tr("Content"),
            self.tr("Days"),
            self.tr("Hours"),
        )

    def _display(self, row: ServiceLine, column: int) -> str:
        if column == self.DAYS:
            first, last = row.first_day.isoformat(), row.last_day.isoformat()
            return first if first == last else fmt(self.tr("%1 to %2"), first, last)
        if column == self.ACTIVITY:
            return row.activity or "—"
        if column == self.CONTENT:
            return row.content or "—"
        if column == self.SERVED:
            return str(row.days)
        return hours_text(row.minutes)

    def _style(self, row: ServiceLine, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SERVED, self.HOURS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RegisterLines(RowListModel[HoursCertificateInfo]):
    NUMBER, NAME, PERIOD, HOURS, ISSUED, HANDLER, STATUS = range(7)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Period"),
            self.tr("Hours"),
            self.tr("Issued on"),
            self.tr("Handler"),
            self.tr("Status"),
        )

    def _display(self, row: HoursCertificateInfo, column: int) -> str:
        texts = (
            row.number,
            row.holder_name,
            fmt(self.tr("%1 to %2"), row.period_from.isoformat(), row.period_to.isoformat()),
            hours_text(row.minutes),
            row.issued_on.isoformat(),
            row.issued_by,
            fmt(self.tr("Void: %1"), row.void_reason) if row.voided else self.tr("Valid"),
        )
        return texts[column]

    def _style(self, row: HoursCertificateInfo, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(name: str, day: date) -> QDateEdit:
    edit = QDateEdit(_qdate(day), objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class CertificatesTab(QWidget):
    """Volunteer-service certificates: record, issue and print, register, public notice list.
    ``preview`` is the last print preview opened, ``void_dialog`` the last void asked."""

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clock = clock
        self._record: hours_certificates.ServiceRecord | None = None
        self.preview: PrintPreviewDialog | None = None
        self.void_dialog: ReasonDialog | None = None
        today = clock().date()

        self.search = QLineEdit(objectName="volunteerSearch")
        self.search.setPlaceholderText(self.tr("Search a volunteer: name, pinyin initials or card code"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.volunteers = VolunteerChoices(self)
        self.volunteer_list = compact_list("volunteerChoices", self.volunteers)
        self.volunteer_list.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 16)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.find_volunteers)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.find_volunteers)
        self.volunteer_list.selectionModel().currentRowChanged.connect(lambda *_: self.show_record())

        self.first_day = _date_edit("firstDay", date(today.year, 1, 1))
        self.last_day = _date_edit("lastDay", today)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(lambda _day: self.show_record())

        self.record_title = QLabel(objectName="recordTitle")
        self.record_title.setWordWrap(True)
        self.lines = ServiceLines(self)
        self.record_table = list_table("serviceRecord", self.lines)
        size_columns(
            self.record_table,
            {ServiceLines.DAYS: 12, ServiceLines.ACTIVITY: 12, ServiceLines.CONTENT: 8},
            {ServiceLines.SERVED: 5, ServiceLines.HOURS: 7},
            stretch=ServiceLines.CONTENT,
        )
        self.total = QLabel(objectName="recordTotal")
        self.issue_button = QPushButton(icon("print"), self.tr("Issue and print…"), objectName="issuePrint")
        self.issue_button.clicked.connect(self.issue_and_print)
        self.notice_button, notice_menu = menu_button(self.tr("Public notice list"), "noticeList", self)
        self.notice_pdf = notice_menu.addAction(
            self.tr("Print the notice list of the period…"), self.print_notice
        )
        self.notice_xlsx = notice_menu.addAction(
            self.tr("Notice list as .xlsx…"), lambda: self.export_notice()
        )

        self.year = QComboBox(objectName="registerYear")
        self.year.addItem(self.tr("All years"), None)
        for year in range(today.year, FIRST_YEAR - 1, -1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(lambda _i: self.load_register())
        self.register = RegisterLines(self)
        self.register_table = list_table("hoursRegister", self.register)
        size_columns(
            self.register_table,
            {RegisterLines.NAME: 6, RegisterLines.HANDLER: 6, RegisterLines.STATUS: 10},
            {
                RegisterLines.NUMBER: 13,
                RegisterLines.PERIOD: 26,
                RegisterLines.HOURS: 7,
                RegisterLines.ISSUED: 11,
            },
            stretch=RegisterLines.STATUS,
        )
        self.register_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.reprint_button = QPushButton(icon("print"), self.tr("Print again…"), objectName="reprint")
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button = QPushButton(icon("revoke"), self.tr("Void…"), objectName="voidCertificate")
        self.void_button.clicked.connect(self.ask_void)
        self.register_button, register_menu = menu_button(self.tr("Register"), "printRegister", self)
        self.register_pdf = register_menu.addAction(self.tr("Print the register…"), self.print_register)
        self.register_xlsx = register_menu.addAction(
            self.tr("Register as .xlsx…"), lambda: self.export_register()
        )
        self.message = InlineMessage()
        self._layout()
        self._apply_permissions()

    def _layout(self) -> None:
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Period from")))
        period.addWidget(self.first_day)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.last_day)
        period.addStretch(1)
        period.addWidget(self.notice_button)

        picker = QWidget()
        left = QVBoxLayout(picker)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.search)
        left.addWidget(self.volunteer_list)

        record = QWidget()
        right = QVBoxLayout(record)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.record_title)
        right.addWidget(self.record_table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.issue_button)
        right.addLayout(bottom)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(picker)
        top.addWidget(record)
        top.setStretchFactor(1, 3)

        register_box = QGroupBox(self.tr("Certificate register"))
        box = QVBoxLayout(register_box)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Issued in")))
        tools.addWidget(self.year)
        tools.addStretch(1)
        for button in (self.reprint_button, self.void_button, self.register_button):
            tools.addWidget(button)
        box.addLayout(tools)
        box.addWidget(self.register_table)

        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(top, 3)
        layout.addWidget(self.message)
        layout.addWidget(register_box, 2)

    def _may(self, action: Action) -> bool:
        actor = self._ctx.actor
        return actor is not None and may(actor.role, action)

    def _apply_permissions(self) -> None:
        prints, exports = self._may(Action.PRINT), self._may(Action.EXPORT)
        approves = self._may(Action.HOURS_APPROVE)
        self.issue_button.setVisible(approves and prints)
        self.void_button.setVisible(approves)
        self.reprint_button.setVisible(prints)
        self.notice_pdf.setVisible(prints)
        self.register_pdf.setVisible(prints)
        self.notice_xlsx.setVisible(exports)
        self.register_xlsx.setVisible(exports)
        self.notice_button.setVisible(prints or exports)
        self.register_button.setVisible(prints or exports)

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.find_volunteers()
        self.load_register()

    def show_problem(self, error: Exception) -> None:
        self.message.show_error(describe(error))

    def period(self) -> tuple[date, date]:
        return self.first_day.date().toPython(), self.last_day.date().toPython()  # type: ignore[return-value]

    def set_period(self, first_day: date, last_day: date) -> None:
        self.first_day.setDate(_qdate(first_day))
        self.last_day.setDate(_qdate(last_day))

    def selected_volunteer(self) -> VolunteerRow | None:
        return self.volunteers.row_at(self.volunteer_list.currentIndex().row())

    def select_volunteer(self, volunteer_id: str) -> None:
        number = self.volunteers.row_of(volunteer_id)
        if number is not None:
            self.volunteer_list.setCurrentIndex(self.volunteers.index(number, 0))

    def selected_certificate(self) -> HoursCertificateInfo | None:
        return self.register.row_at(self.register_table.currentIndex().row())

    def find_volunteers(self) -> None:
        self._search_timer.stop()
        chosen = self.selected_volunteer()
        try:
            self.volunteers.set_rows(volunteers.list_volunteers(self._ctx, self.search.text()))
        except ServiceError as error:
            self.show_problem(error)
            return
        if chosen is not None:
            self.select_volunteer(chosen.id)
        if self.selected_volunteer() is None and self.volunteers.rowCount() == 1:
            self.volunteer_list.setCurrentIndex(self.volunteers.index(0, 0))
        self.show_record()

    def show_record(self) -> None:
        self.message.clear_message()
        volunteer = self.selected_volunteer()
        self._record = None
        if volunteer is None:
            self.lines.set_rows([])
            self.record_title.setText(self.tr("Choose a volunteer to see their service record."))
            self.total.setText("")
            self._update_buttons()
            return
        first, last = self.period()
        try:
            self._record = hours_certificates.service_record(self._ctx, volunteer.id, first, last)
        except (ValidationError, ServiceError) as error:
            self.lines.set_rows([])
            self.total.setText("")
            self.show_problem(error)
            self._update_buttons()
            return
        record = self._record
        self.lines.set_rows(record.lines)
        identity = record.id_masked or self.tr("not recorded")
        template = self.tr("%1 (ID %2): approved service from %3 to %4")
        title = fmt(template, record.name, identity, first.isoformat(), last.isoformat())
        self.record_title.setText(title)
        if record.lines:
            self.total.setText(
                fmt(self.tr("Total: %1 hours on %2 days"), hours_text(record.minutes), record.days)
            )
        else:
            self.total.setText(self.tr("No approved hours in this period: nothing to certify."))
        self._update_buttons()

    def load_register(self) -> None:
        try:
            self.register.set_rows(hours_certificates.register(self._ctx, self.year.currentData()))
        except ServiceError as error:
            self.show_problem(error)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.issue_button.setEnabled(self._record is not None and self._record.minutes > 0)
        chosen = self.selected_certificate()
        live = chosen is not None and not chosen.voided
        self.reprint_button.setEnabled(live)
        self.void_button.setEnabled(live)

    # -- acting ------------------------------------------------------------------------------

    def _preview(self, write: Callable[[Path], object], title: str, name: str) -> PrintPreviewDialog | None:
        self.preview = write_and_preview(
            self, write, title, suggested_name=name, show_problem=self.show_problem
        )
        return self.preview

    def _print_certificate(self, certificate: HoursCertificateInfo) -> PrintPreviewDialog | None:
        return self._preview(
            lambda path: volunteer_printouts.write_hours_certificate(self._ctx, certificate.id, path),
            fmt(self.tr("Volunteer-service certificate %1"), certificate.number),
            f"志愿服务记录证明-{certificate.number}-{certificate.holder_name}.pdf",
        )

    def issue_and_print(self) -> PrintPreviewDialog | None:
        """Issue the certificate of the chosen volunteer and period (or take the valid one issued
        before for exactly that period) and preview it."""
        volunteer = self.selected_volunteer()
        if volunteer is None:
            return None
        first, last = self.period()
        try:
            certificate = hours_certificates.issue(
                self._ctx, volunteer.id, first, last, on=self._clock().date()
            )
        except (ValidationError, ServiceError) as error:
            self.show_problem(error)
            return None
        self.load_register()
        self.message.show_info(
            fmt(self.tr("Certificate %1 for %2."), certificate.number, certificate.holder_name)
        )
        return self._print_certificate(certificate)

    def reprint(self) -> PrintPreviewDialog | None:
        chosen = self.selected_certificate()
        return None if chosen is None or chosen.voided else self._print_certificate(chosen)

    def ask_void(self) -> ReasonDialog | None:
        chosen = self.selected_certificate()
        if chosen is None or chosen.voided:
            return None
        self.void_dialog = ask_reason(
            self,
            "voidHoursCertificate",
            self.tr("Void a certificate"),
            fmt(
                self.tr(
                    "Void certificate %1 of %2? Its number is never given again; "
                    "a new certificate can be issued."
                ),
                chosen.number,
                chosen.holder_name,
            ),
            self.tr("Void"),
            lambda reason: self.void(chosen.id, reason),
        )
        return self.void_dialog

    def void(self, certificate_id: str, reason: str) -> None:
        try:
            voided = hours_certificates.void(self._ctx, certificate_id, reason)
        except (ValidationError, ServiceError) as error:
            self.show_problem(error)
            return
        self.load_register()
        self.message.show_info(fmt(self.tr("Certificate %1 is void."), voided.number))

    def print_register(self) -> PrintPreviewDialog | None:
        year = self.year.currentData()
        return self._preview(
            lambda path: volunteer_printouts.write_hours_register(self._ctx, path, year),
            self.tr("Certificate register"),
            f"志愿服务记录证明登记簿-{year or '全部'}.pdf",
        )

    def export_register(self) -> Path | None:
        year = self.year.currentData()
        return self._save(
            lambda path: volunteer_printouts.write_hours_register(self._ctx, path, year),
            self.tr("Save the certificate register"),
            f"志愿服务记录证明登记簿-{year or '全部'}.xlsx",
        )

    def print_notice(self) -> PrintPreviewDialog | None:
        first, last = self.period()
        return self._preview(
            lambda path: volunteer_printouts.write_notice_list(self._ctx, first, last, path),
            self.tr("Public notice list"),
            f"志愿服务时长公示-{first.isoformat()}-{last.isoformat()}.pdf",
        )

    def export_notice(self) -> Path | None:
        first, last = self.period()
        return self._save(
            lambda path: volunteer_printouts.write_notice_list(self._ctx, first, last, path),
            self.tr("Save the public notice list"),
            f"志愿服务时长公示-{first.isoformat()}-{last.isoformat()}.xlsx",
        )

    def _save(self, write: Callable[[Path], object], title: str, name: str) -> Path | None:
        saved = save_as(
            self,
            write,
            title,
            suggested_name=name,
            file_filter=self.tr("Excel workbooks (*.xlsx)"),
            show_problem=self.show_problem,
        )
        if saved is not None:
            self.message.show_info(fmt(self.tr("Saved to %1."), str(saved)))
        return saved
