"""The station's ledgers (台账) for a period, as PDF or .xlsx on the official form.

The reception log (接待登记台账, its rows here), the home-visit ledger (走访台账,
services/ledger_visits.py), the referral ledger (转介台账, services/ledger_referrals.py), the
volunteer-service ledger (志愿服务台账, services/ledger_volunteer.py) and the training sign-in ledger
(培训签到台账, services/ledger_training.py); each kind's columns and words are in
reports/<kind>_ledger.py. Rows stream from the database in windows (a few statements per window,
never one per row) straight into the writer. ID numbers and phones are masked unless the reader may
reveal them and asks to (the reveal is audited, services/ledger_base.py); the printout goes on the
audit log once the file exists, as a print (PDF) or an export (.xlsx).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import audit, follow_ups, printouts
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.credential_printouts import is_xlsx, right_for
from stationdesk.services.ledger_base import WINDOW, audit_reveal, shown, span
from stationdesk.services.reception import AGE_BANDS, CATEGORY_SEPARATOR
from stationdesk.store.models import (
    FollowUp,
    NeedCategory,
    Partner,
    Person,
    Referral,
    User,
    WalkIn,
    WalkInNeed,
)

if TYPE_CHECKING:
    from stationdesk.reports.reception_ledger import ReceptionLine

KINDS = ("reception", "visits", "referrals", "volunteer", "training")
"""The ledgers that can be printed."""
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


def _arrived(lo: datetime, hi: datetime):  # a condition on WalkIn
    """The walk-ins of a window, by arrival time (the indexed column) rather than a list of ids."""
    return and_(WalkIn.arrived_at >= lo, WalkIn.arrived_at <= hi, WalkIn.deleted.is_(False))


def _categories(session: Session, lo: datetime, hi: datetime) -> dict[str, str]:
    query = (
        select(WalkInNeed.walk_in_id, NeedCategory.name)
        .join(WalkIn, WalkIn.id == WalkInNeed.walk_in_id)
        .join(NeedCategory, NeedCategory.id == WalkInNeed.category_id)
        .where(_arrived(lo, hi), WalkInNeed.deleted.is_(False))
        .order_by(NeedCategory.sort_order, NeedCategory.name)
    )
    return _joined(session.execute(query))


def _partners(session: Session, lo: datetime, hi: datetime) -> dict[str, str]:
    query = (
        select(Referral.sent_at, Referral.walk_in_id, Partner.name)
        .join(WalkIn, WalkIn.id == Referral.walk_in_id)
        .join(Partner, Partner.id == Referral.partner_id)
        .where(_arrived(lo, hi), Referral.deleted.is_(False))
    )  # sorted here: ORDER BY sent_at has SQLite walk every referral by its sent_at index
    return _joined((walk_in_id, name) for _, walk_in_id, name in sorted(session.execute(query)))


def _joined(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(walk-in id, name) pairs -> walk-in id: its distinct names joined, in the order met."""
    names: dict[str, list[str]] = {}
    for walk_in_id, name in pairs:
        if name not in names.setdefault(walk_in_id, []):
            names[walk_in_id].append(name)
    return {k: CATEGORY_SEPARATOR.join(v) for k, v in names.items()}


def _follow_ups(session: Session, lo: datetime, hi: datetime) -> dict[str, tuple[date, bool]]:
    """Walk-in id -> (due date, done) of its follow-up (the earliest, if several)."""
    query = (
        select(FollowUp.walk_in_id, FollowUp.due_on, FollowUp.status)
        .join(WalkIn, WalkIn.id == FollowUp.walk_in_id)
        .where(_arrived(lo, hi), FollowUp.deleted.is_(False))
        .order_by(FollowUp.due_on.desc())
    )
    return {
        walk_in_id: (due, status == follow_ups.DONE) for walk_in_id, due, status in session.execute(query)
    }


def reception_count(ctx: ServiceContext, first_day: date, last_day: date) -> int:
    require(ctx, Action.RECEPTION_VIEW)
    start, end = span(first_day, last_day)
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
    start, end = span(first_day, last_day)
    if reveal:
        audit_reveal(ctx, "reception", first_day, last_day, reason)
    return _stream(ctx, start, end, reveal)


def _stream(ctx: ServiceContext, start: datetime, end: datetime, reveal: bool) -> Iterator[ReceptionLine]:
    from stationdesk.reports.reception_ledger import ReceptionLine

    shown_id, shown_phone = shown(reveal)
    with ctx.reading() as session:
        result = session.execute(_walk_ins(start, end).execution_options(yield_per=WINDOW))
        for window in result.partitions():
            lo, hi = window[0][1], window[-1][1]
            categories = _categories(session, lo, hi)
            partners = _partners(session, lo, hi)
            follow = _follow_ups(session, lo, hi)
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


Counter = Callable[[ServiceContext, date, date], int]
Lines = Callable[..., Iterable[Any]]  # (ctx, first_day, last_day, *, reveal, reason) -> lines
_WORDS = {
    "reception": "ReceptionWords",
    "visits": "VisitWords",
    "referrals": "ReferralWords",
    "volunteer": "VolunteerWords",
    "training": "TrainingWords",
}
"""Each kind's words class in reports/<kind>_ledger.py (next to its HEADER, WIDTHS and ledger_rows)."""


def _known(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError("ledger.unknown_kind", "no such ledger", {"kind": kind})
    return kind


def _source(kind: str) -> tuple[Counter, Lines]:
    """The kind's count and rows functions (services/ledger_<kind>.py but for the reception log)."""
    if _known(kind) == "reception":
        return reception_count, reception_rows
    module = importlib.import_module(f"stationdesk.services.ledger_{kind}")
    return module.count, module.rows


def count(ctx: ServiceContext, kind: str, first_day: date, last_day: date) -> int:
    """The number of rows the ``kind`` ledger of the period has (the progress total)."""
    return _source(kind)[0](ctx, first_day, last_day)


def rows(
    ctx: ServiceContext, kind: str, first_day: date, last_day: date, *, reveal: bool = False, reason: str = ""
) -> Iterable[Any]:
    """The ``kind`` ledger's lines of the period (reports/<kind>_ledger.py's line dataclass), streamed.
    Rights are checked (and a reveal audited) when called, not when the first line is read."""
    return _source(kind)[1](ctx, first_day, last_day, reveal=reveal, reason=reason)


def write_ledger(
    ctx: ServiceContext,
    kind: str,
    first_day: date,
    last_day: date,
    out: Path,
    *,
    reveal: bool = False,
    reason: str = "",
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> Path:
    """Write the ``kind`` ledger of the period to ``out`` (.xlsx by suffix, else PDF) and audit it.
    ``progress(done, total)`` is called as rows are written; ``reason`` is why full numbers are
    shown (audited with the reveal)."""
    from stationdesk.reports.ledger_form import LedgerForm, write_ledger_pdf, write_ledger_xlsx

    report = importlib.import_module(f"stationdesk.reports.{_known(kind)}_ledger")
    right = right_for(out)
    require(ctx, right)
    total = count(ctx, kind, first_day, last_day)
    lines = rows(ctx, kind, first_day, last_day, reveal=reveal, reason=reason)
    name, logo, _phone, _address = printouts.station(ctx)
    words = getattr(report, _WORDS[kind])()
    labels = None
    if kind == "volunteer":
        from stationdesk.services import ledger_volunteer

        labels = report.labels(words, *ledger_volunteer.minutes(ctx, first_day, last_day))
    form = LedgerForm(
        unit=name,
        period=period_text(first_day, last_day),
        title=words.title,
        header=report.HEADER,
        widths=report.WIDTHS,
        logo_png=logo,
        printed_on=(today or date.today()).isoformat(),
    )
    on_rows = None if progress is None else (lambda done: progress(done, total))
    writer = write_ledger_xlsx if is_xlsx(out) else write_ledger_pdf
    written = writer(out, form, report.ledger_rows(lines, words), labels, progress=on_rows)
    actor = require(ctx, right)
    action = "ledger.export" if is_xlsx(out) else "ledger.print"
    with ctx.transaction() as session:
        audit.record(session, actor, action, record_type="ledger", record_id=kind,
                     detail=f"{first_day.isoformat()}..{last_day.isoformat()}: {total}"
                     + (", revealed" if reveal else ""))  # fmt: skip
    return written
