"""The volunteer profile form: make a registry person a volunteer (pick them first), or change a
volunteer's profile. Organisation, skills, availability, registration date, status, platform
number, notes; the service checks everything and a refusal appears under its field."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.services import volunteers
from stationdesk.services.context import ServiceContext
from stationdesk.services.volunteers import VolunteerDetail, VolunteerDraft
from stationdesk.ui.fonts import emphasise
from stationdesk.ui.form_dialog import Clock, FormDialog, date_edit, day_of, set_day
from stationdesk.ui.models.volunteer_tables import status_label
from stationdesk.ui.person_picker import PersonPicker
from stationdesk.ui.text import fmt

DIALOG_WIDTH = 640


class VolunteerDialog(FormDialog):
    """New volunteer (``detail`` None: a person is picked from the registry) or change one;
    ``saved(volunteer id)`` once the service took it."""

    def __init__(
        self,
        ctx: ServiceContext,
        detail: VolunteerDetail | None = None,
        parent: QWidget | None = None,
        *,
        today: Clock = date.today,
    ) -> None:
        title = self.tr("New volunteer") if detail is None else fmt(self.tr("Edit %1"), detail.row.name)
        super().__init__(title, self.tr("Save"), parent)
        self.setObjectName("volunteerDialog")
        self._ctx = ctx
        self._detail = detail
        self.picker: PersonPicker | None = None
        if detail is None:
            self.picker = PersonPicker(ctx, self)
            self.add_field(
                self.tr("Person *"),
                self.picker,
                ("volunteer.none_chosen", "volunteer.exists", "person.not_found"),
                focus=self.picker.search,
            )
        else:
            name = QLabel(fmt(self.tr("%1 · code %2"), detail.row.name, detail.row.code), objectName="who")
            emphasise(name, 1.1)
            self.add_field(self.tr("Person"), name)
        self._build(today())
        if detail is not None:
            self._fill(detail.draft)
        self.resize(DIALOG_WIDTH, self.sizeHint().height())
        (self.picker.search if self.picker else self.organisation).setFocus()

    def _build(self, today: date) -> None:
        self.organisation = QLineEdit(objectName="organisation")
        self.organisation.setMaxLength(volunteers.ORGANISATION_MAX)
        self.organisation.setPlaceholderText(self.tr("e.g. 嘉兴学院青年志愿者协会, 爱心企业"))
        self.add_field(self.tr("Organisation"), self.organisation, ("volunteer.organisation_too_long",))
        self.skills = QLineEdit(objectName="skills")
        self.skills.setMaxLength(volunteers.SKILLS_MAX)
        self.skills.setPlaceholderText(self.tr("e.g. 驾驶、急救、摄影"))
        self.add_field(self.tr("Skills"), self.skills, ("volunteer.skills_too_long",))
        self.availability = QLineEdit(objectName="availability")
        self.availability.setMaxLength(volunteers.AVAILABILITY_MAX)
        self.availability.setPlaceholderText(self.tr("e.g. 周三下午、周末"))
        self.add_field(self.tr("Availability"), self.availability, ("volunteer.availability_too_long",))
        self.registered_on = date_edit(today, "registeredOn")
        self.add_field(
            self.tr("Registered on"),
            self.registered_on,
            ("volunteer.registered_in_future", "volunteer.registered_too_early"),
        )
        self.status = QComboBox(objectName="status")
        for status in volunteers.STATUSES:
            self.status.addItem(status_label(status), status)
        self.add_field(self.tr("Status"), self.status, ("volunteer.bad_status",))
        self.platform_number = QLineEdit(objectName="platformNumber")
        self.platform_number.setMaxLength(volunteers.PLATFORM_NUMBER_MAX)
        self.platform_number.setPlaceholderText(self.tr("全国志愿服务信息系统 number, if any"))
        self.add_field(
            self.tr("Platform number"), self.platform_number, ("volunteer.platform_number_too_long",)
        )
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.add_field(self.tr("Notes"), self.notes)

    def _fill(self, draft: VolunteerDraft) -> None:
        self.organisation.setText(draft.organisation)
        self.skills.setText(draft.skills)
        self.availability.setText(draft.availability)
        if draft.registered_on:
            set_day(self.registered_on, draft.registered_on)
        self.status.setCurrentIndex(max(self.status.findData(draft.status), 0))
        self.platform_number.setText(draft.platform_number)
        self.notes.setPlainText(draft.notes)

    def draft(self) -> VolunteerDraft:
        return VolunteerDraft(
            organisation=self.organisation.text(),
            skills=self.skills.text(),
            availability=self.availability.text(),
            registered_on=day_of(self.registered_on),
            status=str(self.status.currentData()),
            platform_number=self.platform_number.text(),
            notes=self.notes.toPlainText(),
        )

    def call_service(self) -> str:
        if self._detail is not None:
            volunteers.update(self._ctx, self._detail.row.id, self.draft())
            return self._detail.row.id
        assert self.picker is not None
        person = self.picker.person()
        if person is None:
            raise ValidationError("volunteer.none_chosen", "choose a person")
        return volunteers.create(self._ctx, person.id, self.draft())
