"""Completion certificates (结业证书) and their register (证书登记簿).

Whoever completes a programme by its rule (services/attendance.py, on the sessions held) gets a
certificate with the next number of the station's register: ``ZS<year>-<seq>`` (证书), numbered
per year of issue over the whole station, e.g. ``ZS2026-0007``. A certificate records the time and
sessions it attests as they stood when it was issued. A wrong one is voided with a reason, never
removed, and its number is never given again; the person may then be issued a new one.

Issuing is an explicit step apart from printing: printing shows the live certificates as issued.
Two PCs issuing apart before a sync could mint the same number (the sync merge must tell that).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import audit, register_numbers
from stationdesk.services.attendance import programme_attendance_in
from stationdesk.services.authz import require
from stationdesk.services.context import Actor, ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.services.fields import one_line
from stationdesk.services.training import programme_in
from stationdesk.store.models import Certificate, Enrolment, HoursCertificate, Programme, User

PREFIX = "ZS"
REASON_MAX = 256


@dataclass(frozen=True)
class CertificateInfo:
    id: str
    number: str
    programme_id: str
    programme_name: str
    enrolment_id: str
    person_id: str | None
    holder_name: str
    issued_on: date
    minutes: int  # continuing-education time attested
    sessions_attended: int
    issued_by: str  # the issuing user's display name
    voided: bool
    void_reason: str


def next_number(session: Session, year: int) -> str:
    """The register's next number for ``year``: one past the highest ever given, voided ones included."""
    return register_numbers.next_number(session, Certificate.number, PREFIX, year)


def _query() -> Select[tuple[Certificate, str, str | None, str]]:
    return (
        select(Certificate, Programme.name, Enrolment.person_id, User.display_name)
        .join(Programme, Programme.id == Certificate.programme_id)
        .join(Enrolment, Enrolment.id == Certificate.enrolment_id)
        .join(User, User.id == Certificate.issued_by)
        .where(Certificate.deleted.is_(False))
        .order_by(Certificate.issued_on, Certificate.number)
    )


def _info(row: tuple[Certificate, str, str | None, str]) -> CertificateInfo:
    c, programme_name, person_id, issued_by = row
    return CertificateInfo(
        c.id,
        c.number,
        c.programme_id,
        programme_name,
        c.enrolment_id,
        person_id,
        c.holder_name,
        c.issued_on,
        c.minutes,
        c.sessions_attended,
        issued_by,
        c.voided,
        c.void_reason,
    )


def void_reason(reason: str) -> str:
    """The reason a certificate of any register is voided, made one line; refused when empty or long."""
    why = one_line(reason, "certificate.reason_too_long", REASON_MAX)
    if not why:
        raise ValidationError("certificate.reason_required", "say why the certificate is voided")
    return why


def issue_date(on: date | None) -> tuple[date, datetime]:
    """The date of issue and the moment completion is judged at (the end of a past day)."""
    today = date.today()
    if on is None or on == today:
        return today, datetime.now()
    if on > today:
        raise ValidationError("certificate.future_date", "a certificate cannot be dated in the future")
    return on, datetime.combine(on, time.max)


def issue_certificates(
    ctx: ServiceContext, programme_id: str, *, on: date | None = None
) -> list[CertificateInfo]:
    """Give a certificate to each participant who completes the programme (on the sessions held by
    ``on``, default today) and holds no live one for it yet; returns those issued now, in roster order."""
    actor = require(ctx, Action.TRAINING_EDIT)
    issued_on, as_of = issue_date(on)
    with ctx.transaction() as session:
        record = programme_attendance_in(session, programme_id, as_of)
        holding = set(
            session.scalars(
                select(Certificate.enrolment_id).where(
                    Certificate.programme_id == programme_id,
                    Certificate.deleted.is_(False),
                    Certificate.voided.is_(False),
                )
            )
        )
        new: list[str] = []
        for row in record.rows:
            if not row.completed or row.entry.enrolment_id in holding:
                continue
            certificate = Certificate(
                programme_id=programme_id,
                enrolment_id=row.entry.enrolment_id,
                number=next_number(session, issued_on.year),
                holder_name=row.entry.name,
                issued_on=issued_on,
                minutes=row.minutes,
                sessions_attended=row.attended,
                issued_by=actor.user_id,
                voided=False,
                void_reason="",
                deleted=False,
            )
            session.add(certificate)
            session.flush()
            audit.record(
                session,
                actor,
                "training.certificate_issue",
                record_type="certificate",
                record_id=certificate.id,
                detail=certificate.number,
            )
            new.append(certificate.id)
        by_id = {r[0].id: _info(r) for r in session.execute(_query().where(Certificate.id.in_(new)))}
        return [by_id[i] for i in new]


def void_certificate(ctx: ServiceContext, certificate_id: str, reason: str) -> CertificateInfo:
    """Void a certificate (issued in error, misspelt name...); its number stays used for good."""
    actor = require(ctx, Action.TRAINING_EDIT)
    why = void_reason(reason)
    with ctx.transaction() as session:
        void_in(session, actor, session.get(Certificate, certificate_id), why, "training.certificate_void")
        return _info(session.execute(_query().where(Certificate.id == certificate_id)).one())


def void_in(
    session: Session, actor: Actor, certificate: Certificate | HoursCertificate | None, why: str, action: str
) -> None:
    """Void a certificate of either register with the reason ``why`` and audit it as ``action``."""
    if certificate is None or certificate.deleted:
        raise NotFound("certificate.not_found")
    if certificate.voided:
        raise ValidationError(
            "certificate.already_voided", "the certificate is already void", {"number": certificate.number}
        )
    certificate.voided = True
    certificate.void_reason = why
    audit.record(
        session,
        actor,
        action,
        record_type=certificate.__tablename__,
        record_id=certificate.id,
        reason=why,
        detail=certificate.number,
    )
    session.flush()


def certificate_register(
    ctx: ServiceContext, programme_id: str | None = None, year: int | None = None
) -> list[CertificateInfo]:
    """The register: every certificate given (voided ones too), by date of issue and number;
    of one programme and/or of one year of issue."""
    require(ctx, Action.TRAINING_VIEW)
    query = _query()
    if programme_id is not None:
        query = query.where(Certificate.programme_id == programme_id)
    if year is not None:
        query = query.where(Certificate.issued_on.between(date(year, 1, 1), date(year, 12, 31)))
    with ctx.reading() as session:
        if programme_id is not None:
            programme_in(session, programme_id)
        return [_info(row) for row in session.execute(query)]


def live_certificates(
    ctx: ServiceContext, programme_id: str, certificate_ids: list[str] | None = None
) -> list[CertificateInfo]:
    """The programme's certificates not voided (or those of ``certificate_ids`` among them), by number."""
    wanted = None if certificate_ids is None else set(certificate_ids)
    return sorted(
        (
            c
            for c in certificate_register(ctx, programme_id)
            if not c.voided and (wanted is None or c.id in wanted)
        ),
        key=lambda c: c.number,
    )
