"""The station's ledgers (台账) for a period, as PDF or .xlsx on the official form.

Only the reception log (接待登记台账) so far; ``write_ledger`` takes the kind so that the home-visit,
referral, volunteer-service and training sign-in ledgers join it. Rows stream from the database in
windows (a few statements per window, never one per row) straight into the writer. ID numbers and
phones are masked unless the reader may reveal them and asks to (the reveal is audited); the
printout goes on the audit log once the file exists, as a print (PDF) or an export (.xlsx).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.masking import mask_id_number, mask_phone
from stationdesk.domain.roles import Action
from stationdesk.services import audit, follow_ups, printouts
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.credential_printouts import is_xlsx, right_for
from stationdesk.services.reception import AGE_BANDS, CATEGORY_SEPARATOR, _category_names
from stationdesk.store.models import FollowUp, Partner, Person, Referral, User, WalkIn

if TYPE_CHECKING:
    from stationdesk.reports.reception_ledger import ReceptionLine

KINDS = ("reception",)
"""The ledgers that can be printed; visits, referrals, volunteer and training come next."""
WINDOW = 500
_BAND_STARTS = tuple(int(band.rstrip("+").split("-")[0]) for band in AGE_BANDS)


def age_band(birth_date: date | None, on: date) -> str:
    """The reception age band (services.reception.AGE_BANDS) of someone born on ``birth_date``."""
    if birth_date is None:
        return ""
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    band = ""
    for start, name in zip(_BAND_STARTS, AGE_BANDS, strict=True):
        if age >= start:
            band = name
    return band


def _span(first_day: date, last_day: date) -> tuple[datetime, datetime]:
    if last_day < first_day:
        raise ValidationError("ledger.bad_period", "the period ends before it starts",
                              {"first": first_day.isoformat(), "last": last_day.isoformat()})  # fmt: skip
    return datetime.combine(first_day, time.min), datetime.combine(last_day + timedelta(days=1), time.min)


def _walk_ins(start: datetime, end: datetime):  # a Select of many columns
    return (
        select(
            WalkIn.id,
            WalkIn.arrived_at,
            Person.name,
            Person.sex,
            Person.birth_date,
            Person.phone,
            Person.id_number,
            WalkIn.anonymous_sex,
            WalkIn.anonymous_age_band,
            WalkIn.note,
            WalkIn.outcome,
            User.display_name,
        )
        .join(User, User.id == WalkIn.owner_id)
        .outerjoin(Person, Person.id == WalkIn.person_id)
        .where(WalkIn.arrived_at >= start, WalkIn.arrived_at < end, WalkIn.deleted.is_(False))
        .order_by(WalkIn.arrived_at, WalkIn.id)
    )


def _partners(session: Session, ids: Sequence[str]) -> dict[str, str]:
    query = (
        select(Referral.walk_in_id, Partner.name)
        .join(Partner, Partner.id == Referral.partner_id)
        .where(Referral.walk_in_id.in_(ids), Referral.deleted.is_(False))
        .order_by(Referral.sent_at)
    )
    names: dict[str, list[str]] = {}
    for walk_in_id, name in session.execute(query):
        if name not in names.setdefault(walk_in_id, []):
            names[walk_in_id].append(name)
    return {k: CATEGORY_SEPARATOR.join(v) for k, v in names.items()}


def _follow_ups(session: Session, ids: Sequence[str]) -> dict[str, tuple[date, bool]]:
    """Walk-in id -> (due date, done) of its follow-up (the earliest, if several)."""
    query = (
        select(FollowUp.walk_in_id, FollowUp.due_on, FollowUp.status)
        .where(FollowUp.walk_in_id.in_(ids), FollowUp.deleted.is_(False))
        .order_by(FollowUp.due_on.desc())
    )
    return {
        walk_in_id: (due, status == follow_ups.DONE) for walk_in_id, due, status in session.execute(query)
    }


def reception_count(ctx: ServiceContext, first_day: date, last_day: date) -> int:
    require(ctx, Action.RECEPTION_VIEW)
    start, end = _span(first_day, last_day)
    query = (
        select(func.count())
        .select_from(WalkIn)
        .where(WalkIn.arrived_at >= start, WalkIn.arrived_at < end, WalkIn.deleted.is_(False))
    )
    with ctx.reading() as session:
        return int(session.scalar(query) or 0)


def reception_rows(
    ctx: ServiceContext, first_day: date, last_day: date, *, reveal: bool = False, reason: str = ""
) -> Iterator[ReceptionLine]:
    """The walk-ins of ``first_day``..``last_day`` in time order, streamed a window at a time.

    Rights are checked (and a reveal audited) when called, not when the first line is read."""
    require(ctx, Action.RECEPTION_VIEW)
    start, end = _span(first_day, last_day)
    if reveal:
        actor = require(ctx, Action.PERSON_REVEAL)
        with ctx.transaction() as session:
            detail = f"id_number, phone: {first_day.isoformat()}..{last_day.isoformat()}"
            audit.record(
                session,
                actor,
                "reveal",
                record_type="ledger",
                record_id="reception",
                reason=reason,
                detail=detail,
            )
    return _stream(ctx, start, end, reveal)


def _stream(ctx: ServiceContext, start: datetime, end: datetime, reveal: bool) -> Iterator[ReceptionLine]:
    from stationdesk.reports.reception_ledger import ReceptionLine

    shown_id: Callable[[str | None], str] = (lambda v: v or "") if reveal else mask_id_number
    shown_phone: Callable[[str | None], str] = (lambda v: v or "") if reveal else mask_phone
    with ctx.reading() as session:
        result = session.execute(_walk_ins(start, end).execution_options(yield_per=WINDOW))
        for window in result.partitions():
            ids = [r[0] for r in window]
            categories = _category_names(session, ids)
            partners = _partners(session, ids)
            follow = _follow_ups(session, ids)
            for r in window:
                (walk_in_id, arrived, name, sex, birth, phone, id_number,
                 anon_sex, anon_band, note, outcome, owner) = r  # fmt: skip
                due, done = follow.get(walk_in_id, (None, False))
                yield ReceptionLine(
                    arrived_at=arrived,
                    name=name or "",
                    sex=(sex if name is not None else anon_sex) or "",
                    age_band=age_band(birth, arrived.date()) if name is not None else anon_band,
                    phone=shown_phone(phone),
                    id_number=shown_id(id_number),
                    categories=categories.get(walk_in_id, ""),
                    note=note or "",
                    outcome=outcome,
                    partners=partners.get(walk_in_id, ""),
                    follow_up_due=due,
                    follow_up_done=done,
                    received_by=owner,
                )


def period_text(first_day: date, last_day: date) -> str:
    """ "2026年3月" for a whole month, else "2026-03-01 至 2026-05-31"."""
    next_day = last_day + timedelta(days=1)
    if first_day.day == 1 and next_day.day == 1 and (next_day - first_day).days <= 31:
        return f"{first_day.year}年{first_day.month}月"
    return f"{first_day.isoformat()} 至 {last_day.isoformat()}"


def write_ledger(
    ctx: ServiceContext,
    kind: str,
    first_day: date,
    last_day: date,
    out: Path,
    *,
    reveal: bool = False,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
    reason: str = "",
) -> Path:
    """Write the ``kind`` ledger of the period to ``out`` (.xlsx by suffix, else PDF) and audit it;
    ``reason`` is why full numbers are shown (audited with the reveal)."""
    from stationdesk.reports.ledger_form import LedgerForm, write_ledger_pdf, write_ledger_xlsx
    from stationdesk.reports.reception_ledger import HEADER, WIDTHS, ReceptionWords, ledger_rows

    if kind not in KINDS:
        raise ValidationError("ledger.unknown_kind", "no such ledger yet", {"kind": kind})
    right = right_for(out)
    require(ctx, right)
    total = reception_count(ctx, first_day, last_day)
    lines = reception_rows(ctx, first_day, last_day, reveal=reveal, reason=reason)
    name, logo, _phone, _address = printouts.station(ctx)
    words = ReceptionWords()
    form = LedgerForm(
        unit=name,
        period=period_text(first_day, last_day),
        title=words.title,
        header=HEADER,
        widths=WIDTHS,
        logo_png=logo,
        printed_on=(today or date.today()).isoformat(),
    )
    on_rows = None if progress is None else (lambda done: progress(done, total))
    writer = write_ledger_xlsx if is_xlsx(out) else write_ledger_pdf
    written = writer(out, form, ledger_rows(lines, words), progress=on_rows)
    actor = require(ctx, right)
    action = "ledger.export" if is_xlsx(out) else "ledger.print"
    with ctx.transaction() as session:
        audit.record(session, actor, action, record_type="ledger", record_id=kind,
                     detail=f"{first_day.isoformat()}..{last_day.isoformat()}: {total}"
                     + (", revealed" if reveal else ""))  # fmt: skip
    return written
