"""Volunteer-service record certificates (志愿服务记录证明) and their register.

The national rules (志愿服务记录与证明出具办法, 2021) ask the certificate to carry the volunteer's
identity, the hours and content of the service, the issuing organisation with its person in charge,
handler and contact, a number and a date, and the issuer to keep a register. Here:

- the service record of a volunteer in a period is the counted hours (services/hours_count.py, the
  one rule) grouped by activity and content, with their first and last days and totals;
- issuing gives the next number of the register ``ZY<year>-<seq>`` (services/register_numbers.py,
  as the training's ``ZS`` register) and records the holder's name, the minutes and a content
  summary as they stood; a volunteer holds at most one live certificate per exact period, so
  issuing again returns it. A wrong one is voided with a reason, never removed, its number never
  given again;
- the public notice list (公示名单): who served how long in a period, posted before issuing.

Printing (services/volunteer_printouts.py) shows a certificate as issued and refuses when the hours
counted for its period have changed since: it is then voided and issued anew.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.masking import mask_id_number
from stationdesk.domain.roles import Action
from stationdesk.services import audit, register_numbers
from stationdesk.services.authz import require
from stationdesk.services.certificates import issue_date, void_in, void_reason
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.services.hours_count import counts
from stationdesk.store.models import Activity, HoursCertificate, HoursEntry, Person, Shift, User, Volunteer

PREFIX = "ZY"
CONTENT_JOIN = "；"


@dataclass(frozen=True)
class ServiceLine:
    """The counted hours of one activity and content in the period (one row of the certificate)."""

    activity: str  # "" for hours recorded without an activity
    content: str
    first_day: date
    last_day: date
    days: int  # days served
    minutes: int

    @property
    def label(self) -> str:
        """The activity, with its content when that says more: ``公益巴士进社区（司机）``."""
        if self.content and self.content != self.activity:
            return f"{self.activity}（{self.content}）" if self.activity else self.content
        return self.activity


@dataclass(frozen=True)
class ServiceRecord:
    volunteer_id: str
    name: str
    id_masked: str
    organisation: str
    platform_number: str  # 全国志愿服务信息系统编号, "" when none
    first_day: date
    last_day: date
    lines: tuple[ServiceLine, ...]
    days: int  # distinct days served over all lines

    @property
    def minutes(self) -> int:
        return sum(line.minutes for line in self.lines)

    @property
    def content(self) -> str:
        """The content summary the register keeps: each activity once, in order of first service."""
        return CONTENT_JOIN.join(dict.fromkeys(line.label for line in self.lines if line.label))


@dataclass(frozen=True)
class HoursCertificateInfo:
    id: str
    number: str
    volunteer_id: str
    holder_name: str
    period_from: date
    period_to: date
    minutes: int
    content: str
    issued_on: date
    issued_by_id: str
    issued_by: str  # the handler's (经办人) display name
    voided: bool
    void_reason: str


@dataclass(frozen=True)
class NoticeLine:
    """One volunteer on the public notice list (公示名单)."""

    volunteer_id: str
    name: str
    organisation: str
    days: int
    minutes: int


def _period(first_day: date, last_day: date) -> None:
    if first_day > last_day:
        raise ValidationError(
            "hours_certificate.bad_period",
            "the period ends before it begins",
            {"first": first_day.isoformat(), "last": last_day.isoformat()},
        )


def _volunteer_in(session: Session, volunteer_id: str) -> tuple[Volunteer, Person]:
    row = session.execute(
        select(Volunteer, Person)
        .join(Person, Person.id == Volunteer.person_id)
        .where(Volunteer.id == volunteer_id, Volunteer.deleted.is_(False), Person.deleted.is_(False))
    ).first()
    if row is None:
        raise NotFound("volunteer.not_found", id=volunteer_id)
    return row[0], row[1]


def _counted_in(first_day: date, last_day: date) -> Select[tuple[HoursEntry]]:
    return select(HoursEntry).where(counts(), HoursEntry.service_date.between(first_day, last_day))


def service_record_in(session: Session, volunteer_id: str, first_day: date, last_day: date) -> ServiceRecord:
    _period(first_day, last_day)
    volunteer, person = _volunteer_in(session, volunteer_id)
    counted = (
        _counted_in(first_day, last_day).where(HoursEntry.volunteer_id == volunteer_id).subquery("counted")
    )
    activity_id = func.coalesce(counted.c.activity_id, Shift.activity_id)
    activity = func.coalesce(Activity.name, "")
    first = func.min(counted.c.service_date)
    query = (
        select(
            activity,
            counted.c.content,
            first,
            func.max(counted.c.service_date),
            func.count(func.distinct(counted.c.service_date)),
            func.sum(counted.c.credited_minutes),
        )
        .select_from(counted)
        .outerjoin(Shift, Shift.id == counted.c.shift_id)
        .outerjoin(Activity, Activity.id == activity_id)
        .group_by(activity, counted.c.content)
        .order_by(first, activity, counted.c.content)
    )
    lines = tuple(
        ServiceLine(name, content, first_seen, last_seen, days, minutes)
        for name, content, first_seen, last_seen, days, minutes in session.execute(query)
    )
    days = session.scalar(select(func.count(func.distinct(counted.c.service_date))))
    return ServiceRecord(
        volunteer.id,
        person.name,
        mask_id_number(person.id_number),
        volunteer.organisation,
        volunteer.platform_number,
        first_day,
        last_day,
        lines,
        days or 0,
    )


def service_record(ctx: ServiceContext, volunteer_id: str, first_day: date, last_day: date) -> ServiceRecord:
    """The volunteer's counted hours from ``first_day`` to ``last_day`` (both included), by activity."""
    require(ctx, Action.VOLUNTEER_VIEW)
    with ctx.reading() as session:
        return service_record_in(session, volunteer_id, first_day, last_day)


def _query() -> Select[tuple[HoursCertificate, str]]:
    return (
        select(HoursCertificate, User.display_name)
        .join(User, User.id == HoursCertificate.issued_by)
        .where(HoursCertificate.deleted.is_(False))
        .order_by(HoursCertificate.issued_on, HoursCertificate.number)
    )


def _info(row: tuple[HoursCertificate, str]) -> HoursCertificateInfo:
    c, issued_by = row
    return HoursCertificateInfo(
        c.id,
        c.number,
        c.volunteer_id,
        c.holder_name,
        c.period_from,
        c.period_to,
        c.minutes,
        c.content,
        c.issued_on,
        c.issued_by,
        issued_by,
        c.voided,
        c.void_reason,
    )


def _live_in(
    session: Session, volunteer_id: str, first_day: date, last_day: date
) -> HoursCertificateInfo | None:
    row = session.execute(
        _query().where(
            HoursCertificate.volunteer_id == volunteer_id,
            HoursCertificate.period_from == first_day,
            HoursCertificate.period_to == last_day,
            HoursCertificate.voided.is_(False),
        )
    ).first()
    return None if row is None else _info(row)


def live_certificate(
    ctx: ServiceContext, volunteer_id: str, first_day: date, last_day: date
) -> HoursCertificateInfo | None:
    """The volunteer's live certificate for exactly this period, if one was issued."""
    require(ctx, Action.VOLUNTEER_VIEW)
    with ctx.reading() as session:
        return _live_in(session, volunteer_id, first_day, last_day)


def _handler_in(session: Session, handler: str | None, actor_id: str) -> str:
    if handler is None or handler == actor_id:
        return actor_id
    user = session.get(User, handler)
    if user is None or user.deleted or not user.active:
        raise ValidationError("hours_certificate.bad_handler", "the handler is not an active user")
    return user.id


def issue(
    ctx: ServiceContext,
    volunteer_id: str,
    first_day: date,
    last_day: date,
    *,
    on: date | None = None,
    handler: str | None = None,
) -> HoursCertificateInfo:
    """Issue the volunteer's certificate for the period, dated ``on`` (default today), handled by the
    user ``handler`` (经办人; default the signed-in user). The live one for exactly this period is
    returned when there is one; a period with no counted hours is refused."""
    actor = require(ctx, Action.HOURS_APPROVE)
    issued_on, _moment = issue_date(on)
    with ctx.transaction() as session:
        record = service_record_in(session, volunteer_id, first_day, last_day)
        live = _live_in(session, volunteer_id, first_day, last_day)
        if live is not None:
            return live
        if record.minutes <= 0:
            raise ValidationError(
                "hours_certificate.no_hours",
                "no counted hours in the period",
                {"first": first_day.isoformat(), "last": last_day.isoformat()},
            )
        certificate = HoursCertificate(
            volunteer_id=volunteer_id,
            number=register_numbers.next_number(session, HoursCertificate.number, PREFIX, issued_on.year),
            holder_name=record.name,
            period_from=first_day,
            period_to=last_day,
            minutes=record.minutes,
            content=record.content,
            issued_on=issued_on,
            issued_by=_handler_in(session, handler, actor.user_id),
            voided=False,
            void_reason="",
            deleted=False,
        )
        session.add(certificate)
        session.flush()
        audit.record(
            session,
            actor,
            "volunteer.hours_certificate_issue",
            record_type="hours_certificate",
            record_id=certificate.id,
            detail=f"{certificate.number} {first_day.isoformat()}..{last_day.isoformat()}",
        )
        return _info(session.execute(_query().where(HoursCertificate.id == certificate.id)).one())


def void(ctx: ServiceContext, certificate_id: str, reason: str) -> HoursCertificateInfo:
    """Void a certificate (wrong period, hours corrected since...); its number stays used for good."""
    actor = require(ctx, Action.HOURS_APPROVE)
    why = void_reason(reason)
    with ctx.transaction() as session:
        certificate = session.get(HoursCertificate, certificate_id)
        void_in(session, actor, certificate, why, "volunteer.hours_certificate_void")
        return _info(session.execute(_query().where(HoursCertificate.id == certificate_id)).one())


def get(ctx: ServiceContext, certificate_id: str) -> HoursCertificateInfo:
    require(ctx, Action.VOLUNTEER_VIEW)
    with ctx.reading() as session:
        row = session.execute(_query().where(HoursCertificate.id == certificate_id)).first()
        if row is None:
            raise NotFound("certificate.not_found")
        return _info(row)


def register(
    ctx: ServiceContext, year: int | None = None, volunteer_id: str | None = None
) -> list[HoursCertificateInfo]:
    """The register: every certificate given (voided ones too) by date of issue and number; of one
    year of issue and/or one volunteer."""
    require(ctx, Action.VOLUNTEER_VIEW)
    query = _query()
    if year is not None:
        query = query.where(HoursCertificate.issued_on.between(date(year, 1, 1), date(year, 12, 31)))
    if volunteer_id is not None:
        query = query.where(HoursCertificate.volunteer_id == volunteer_id)
    with ctx.reading() as session:
        return [_info(row) for row in session.execute(query)]


def notice_list(
    ctx: ServiceContext, first_day: date, last_day: date, min_minutes: int = 0
) -> list[NoticeLine]:
    """The public notice list (公示名单): every volunteer with counted hours in the period (at least
    ``min_minutes``), with their days and minutes, in pinyin order."""
    require(ctx, Action.VOLUNTEER_VIEW)
    _period(first_day, last_day)
    if min_minutes < 0:
        raise ValidationError("hours_certificate.bad_minimum", "the minimum cannot be negative")
    counted = _counted_in(first_day, last_day).subquery("counted")
    minutes = func.sum(counted.c.credited_minutes)
    query = (
        select(
            Volunteer.id,
            Person.name,
            Volunteer.organisation,
            func.count(func.distinct(counted.c.service_date)),
            minutes,
        )
        .select_from(counted)
        .join(Volunteer, Volunteer.id == counted.c.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .where(Volunteer.deleted.is_(False), Person.deleted.is_(False))
        .group_by(Volunteer.id, Person.name, Person.name_pinyin, Volunteer.organisation)
        .having(minutes > 0, minutes >= min_minutes)
        .order_by(Person.name_pinyin, Person.name, Volunteer.id)
    )
    with ctx.reading() as session:
        return [NoticeLine(*row) for row in session.execute(query)]
