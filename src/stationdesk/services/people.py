"""The people registry (居民/人员): register, find, edit, check duplicates, reveal masked data.

The UI gets plain rows with ID numbers and phones masked; the clear value comes only from
``reveal``, which checks the role and writes the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.idnumber import parse_id_number
from stationdesk.domain.ids import new_id
from stationdesk.domain.masking import mask_id_number, mask_phone
from stationdesk.domain.names import name_keys
from stationdesk.domain.phone import normalize_phone
from stationdesk.domain.roles import Action
from stationdesk.services import audit
from stationdesk.services.authz import require
from stationdesk.services.context import Actor, ServiceContext
from stationdesk.services.errors import NotFound, ServiceError
from stationdesk.services.person_search import plan
from stationdesk.store.models import Person, PersonTag, Tag

SEARCH_LIMIT = 50
SEXES = ("M", "F", "")


@dataclass(frozen=True)
class PersonRow:
    """One line of a list: what the registry table and the search results show."""

    id: str
    name: str
    sex: str
    birth_date: date | None
    id_masked: str
    phone_masked: str
    community: str
    grid: str
    tags: str = ""

    def age(self, today: date | None = None) -> int | None:
        if self.birth_date is None:
            return None
        today = today or date.today()
        b = self.birth_date
        return today.year - b.year - ((today.month, today.day) < (b.month, b.day))


@dataclass(frozen=True)
class PersonDraft:
    """What a form submits. ``id_number``/``phone`` None on an update means "unchanged"."""

    name: str
    sex: str = ""
    birth_date: date | None = None
    id_number: str | None = None
    phone: str | None = None
    community: str = ""
    grid: str = ""
    address: str = ""
    notes: str = ""
    consent_date: date | None = None
    consent_scope: str = ""
    tag_ids: Sequence[str] = ()


@dataclass(frozen=True)
class PersonDetail:
    row: PersonRow
    address: str
    notes: str
    consent_date: date | None
    consent_scope: str
    tag_ids: tuple[str, ...]
    has_id_number: bool
    has_phone: bool
    duplicate_reason: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class DuplicateCandidate:
    row: PersonRow
    reasons: tuple[str, ...]  # "same_id", "same_name_phone", "same_name_birth"


class DuplicatesFound(ServiceError):
    """Possible duplicates: open one of ``candidates``, or save again with a reason."""

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        super().__init__("person.duplicates", count=len(candidates))
        self.candidates = candidates


@dataclass
class CleanDraft:
    """A draft's values as stored: name trimmed, ID number and phone normalised, sex and birth
    date taken from the ID number."""

    name: str
    sex: str
    birth_date: date | None
    id_number: str | None
    phone: str | None
    changes_id: bool
    changes_phone: bool


_ROW_COLUMNS = (
    Person.id,
    Person.name,
    Person.sex,
    Person.birth_date,
    Person.id_number,
    Person.phone,
    Person.community,
    Person.grid,
)


def _rows(session: Session, records: Iterable[Sequence[object]]) -> list[PersonRow]:
    records = list(records)
    ids = [r[0] for r in records]
    tags: dict[str, list[str]] = {}
    if ids:
        query = (
            select(PersonTag.person_id, Tag.name)
            .join(Tag, Tag.id == PersonTag.tag_id)
            .where(PersonTag.person_id.in_(ids), PersonTag.deleted.is_(False))
            .order_by(Tag.sort_order)
        )
        for person_id, tag_name in session.execute(query):
            tags.setdefault(person_id, []).append(tag_name)
    return [
        PersonRow(
            id=r[0],
            name=r[1],
            sex=r[2],
            birth_date=r[3],
            id_masked=mask_id_number(r[4]),
            phone_masked=mask_phone(r[5]),
            community=r[6],
            grid=r[7],
            tags="、".join(tags.get(r[0], [])),
        )
        for r in records
    ]


def search(ctx: ServiceContext, query: str, limit: int = SEARCH_LIMIT) -> list[PersonRow]:
    """Search as you type: name, pinyin initials or full pinyin, phone or its tail, ID or its tail."""
    require(ctx, Action.PERSON_VIEW)
    with ctx.reading() as session:
        return search_in(session, query, limit)


def search_statements(query: str, limit: int = SEARCH_LIMIT) -> list[Select[tuple[object, ...]]]:
    """The statements a search runs, one per index its plan uses (tests check their query plans)."""
    return [
        select(*_ROW_COLUMNS).where(condition, Person.deleted.is_(False)).limit(limit)
        for condition in plan(query).conditions
    ]


def search_in(session: Session, query: str, limit: int = SEARCH_LIMIT) -> list[PersonRow]:
    found: dict[str, Sequence[object]] = {}
    for stmt in search_statements(query, limit):
        if len(found) >= limit:
            break
        for rec in session.execute(stmt):
            found.setdefault(rec[0], rec)
            if len(found) >= limit:
                break
    return _rows(session, found.values())


def _filtered(stmt, tag_id: str | None, community: str | None):
    stmt = stmt.where(Person.deleted.is_(False))
    if tag_id:
        tagged = select(PersonTag.person_id).where(PersonTag.tag_id == tag_id, PersonTag.deleted.is_(False))
        stmt = stmt.where(Person.id.in_(tagged))
    if community:
        stmt = stmt.where(Person.community == community)
    return stmt


def count(ctx: ServiceContext, tag_id: str | None = None, community: str | None = None) -> int:
    require(ctx, Action.PERSON_VIEW)
    with ctx.reading() as session:
        return session.scalar(_filtered(select(func.count()).select_from(Person), tag_id, community)) or 0


def page(
    ctx: ServiceContext, offset: int, limit: int, tag_id: str | None = None, community: str | None = None
) -> list[PersonRow]:
    """One page of the registry in pinyin order; the table loads pages as the user scrolls."""
    require(ctx, Action.PERSON_VIEW)
    with ctx.reading() as session:
        stmt = _filtered(select(*_ROW_COLUMNS), tag_id, community)
        stmt = stmt.order_by(Person.name_pinyin, Person.id).offset(offset).limit(limit)
        return _rows(session, session.execute(stmt))


def communities(ctx: ServiceContext) -> list[str]:
    """Communities/villages already used, for the form's completer and the list filter."""
    with ctx.reading() as session:
        stmt = select(Person.community).where(Person.community != "").distinct().order_by(Person.community)
        return list(session.scalars(stmt))


def _detail(session: Session, person: Person) -> PersonDetail:
    row = _rows(session, [tuple(getattr(person, c.key) for c in _ROW_COLUMNS)])[0]
    tag_ids = session.scalars(
        select(PersonTag.tag_id).where(PersonTag.person_id == person.id, PersonTag.deleted.is_(False))
    )
    return PersonDetail(
        row=row,
        address=person.address,
        notes=person.notes,
        consent_date=person.consent_date,
        consent_scope=person.consent_scope,
        tag_ids=tuple(tag_ids),
        has_id_number=bool(person.id_number),
        has_phone=bool(person.phone),
        duplicate_reason=person.duplicate_reason,
        created_at=person.created_at,
        updated_at=person.updated_at,
    )


def get(ctx: ServiceContext, person_id: str) -> PersonDetail:
    require(ctx, Action.PERSON_VIEW)
    with ctx.reading() as session:
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound("person.not_found")
        return _detail(session, person)


def clean_draft(draft: PersonDraft, today: date | None = None) -> CleanDraft:
    """The values ``draft`` would be stored with, or the first ValidationError among them."""
    name = " ".join(draft.name.split())
    if not name:
        raise ValidationError("person.name_required", "a name is required")
    if len(name) > 64:
        raise ValidationError("person.name_too_long", "name too long", {"max": 64})
    if draft.sex not in SEXES:
        raise ValidationError("person.bad_sex", "bad sex")
    sex, birth = draft.sex, draft.birth_date
    if birth is not None and birth > (today or date.today()):
        raise ValidationError("person.birth_in_future", "birth date in the future")
    id_number = None
    if draft.id_number is not None and draft.id_number.strip():
        info = parse_id_number(draft.id_number, today)
        id_number, sex, birth = info.number, info.sex, info.birth_date
    phone = None
    if draft.phone is not None and draft.phone.strip():
        phone = normalize_phone(draft.phone)
    return CleanDraft(
        name=name,
        sex=sex,
        birth_date=birth,
        id_number=id_number,
        phone=phone,
        changes_id=draft.id_number is not None,
        changes_phone=draft.phone is not None,
    )


def _duplicates(session: Session, clean: CleanDraft, exclude_id: str | None) -> list[DuplicateCandidate]:
    tests: list[tuple[str, object]] = []
    if clean.id_number:
        tests.append(("same_id", Person.id_number == clean.id_number))
    if clean.phone:
        tests.append(("same_name_phone", (Person.name == clean.name) & (Person.phone == clean.phone)))
    if clean.birth_date:
        tests.append(
            ("same_name_birth", (Person.name == clean.name) & (Person.birth_date == clean.birth_date))
        )
    if not tests:
        return []
    reasons: dict[str, list[str]] = {}
    records: dict[str, Sequence[object]] = {}
    for reason, condition in tests:
        stmt = select(*_ROW_COLUMNS).where(condition, Person.deleted.is_(False))
        if exclude_id:
            stmt = stmt.where(Person.id != exclude_id)
        for rec in session.execute(stmt.limit(20)):
            records.setdefault(rec[0], rec)
            reasons.setdefault(rec[0], []).append(reason)
    rows = _rows(session, records.values())
    return [DuplicateCandidate(row, tuple(reasons[row.id])) for row in rows]


def check_duplicates(
    ctx: ServiceContext, draft: PersonDraft, exclude_id: str | None = None
) -> list[DuplicateCandidate]:
    require(ctx, Action.PERSON_VIEW)
    clean = clean_draft(draft)
    with ctx.reading() as session:
        return _duplicates(session, clean, exclude_id)


def _apply(session: Session, person: Person, draft: PersonDraft, clean: CleanDraft) -> None:
    keys = name_keys(clean.name)
    person.name = clean.name
    person.name_initials = keys.initials
    person.name_pinyin = keys.full
    person.sex = clean.sex
    person.birth_date = clean.birth_date
    if clean.changes_id:
        person.id_number = clean.id_number
        person.id_number_rev = clean.id_number[::-1] if clean.id_number else None
    if clean.changes_phone:
        person.phone = clean.phone
        person.phone_rev = clean.phone[::-1] if clean.phone else None
    person.community = draft.community.strip()
    person.grid = draft.grid.strip()
    person.address = draft.address.strip()
    person.notes = draft.notes.strip()
    person.consent_date = draft.consent_date
    person.consent_scope = draft.consent_scope.strip()
    person.updated_at = datetime.now()
    _set_tags(session, person.id, draft.tag_ids)


def _set_tags(session: Session, person_id: str, tag_ids: Sequence[str]) -> None:
    wanted = set(tag_ids)
    links = session.scalars(select(PersonTag).where(PersonTag.person_id == person_id)).all()
    seen = set()
    for link in links:
        keep = link.tag_id in wanted and link.tag_id not in seen
        seen.add(link.tag_id)
        if link.deleted == keep:
            link.deleted = not keep
    for tag_id in wanted - {link.tag_id for link in links}:
        if session.get(Tag, tag_id) is None:
            raise NotFound("tag.not_found")
        session.add(PersonTag(person_id=person_id, tag_id=tag_id, deleted=False))


def create(ctx: ServiceContext, draft: PersonDraft, duplicate_reason: str | None = None) -> str:
    """Register a person; raises DuplicatesFound unless a reason to save anyway is given."""
    actor = require(ctx, Action.PERSON_EDIT)
    clean = clean_draft(draft)
    with ctx.transaction() as session:
        return create_in(session, actor, draft, duplicate_reason, clean)


def create_in(
    session: Session,
    actor: Actor,
    draft: PersonDraft,
    duplicate_reason: str | None = None,
    clean: CleanDraft | None = None,
) -> str:
    """``create`` inside the caller's transaction (the roster import registers many people in one);
    the caller has checked the actor's role."""
    clean = clean or clean_draft(draft)
    candidates = _duplicates(session, clean, None)
    if candidates and not (duplicate_reason and duplicate_reason.strip()):
        raise DuplicatesFound(candidates)
    person = Person(id=new_id(), created_at=datetime.now(), duplicate_reason="", deleted=False)
    session.add(person)
    _apply(session, person, draft, clean)
    if candidates:
        person.duplicate_reason = duplicate_reason.strip() if duplicate_reason else ""
        audit.record(
            session,
            actor,
            "person.duplicate_saved",
            record_type="person",
            record_id=person.id,
            reason=person.duplicate_reason,
            detail=",".join(c.row.id for c in candidates),
        )
    return person.id


def update(
    ctx: ServiceContext, person_id: str, draft: PersonDraft, duplicate_reason: str | None = None
) -> None:
    actor = require(ctx, Action.PERSON_EDIT)
    clean = clean_draft(draft)
    with ctx.transaction() as session:
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound("person.not_found")
        candidates = (
            _duplicates(session, clean, person_id) if (clean.changes_id or clean.changes_phone) else []
        )
        if candidates and not (duplicate_reason and duplicate_reason.strip()):
            raise DuplicatesFound(candidates)
        _apply(session, person, draft, clean)
        if candidates and duplicate_reason:
            person.duplicate_reason = duplicate_reason.strip()
            audit.record(session, actor, "person.duplicate_saved", record_type="person", record_id=person.id,
                         reason=person.duplicate_reason)  # fmt: skip


def reveal(ctx: ServiceContext, person_id: str, field_name: str, reason: str = "") -> str:
    """The clear ID number or phone of one person; audited, and only for roles that may."""
    actor = require(ctx, Action.PERSON_REVEAL)
    if field_name not in ("id_number", "phone"):
        raise ServiceError("person.bad_field", field=field_name)
    with ctx.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("person.not_found")
        audit.record(session, actor, "reveal", record_type="person", record_id=person_id, reason=reason,
                     detail=field_name)  # fmt: skip
        return getattr(person, field_name) or ""


def remove(ctx: ServiceContext, person_id: str, reason: str) -> None:
    """Tombstone a person (never a hard delete): they vanish from lists, their history stays."""
    actor = require(ctx, Action.PERSON_EDIT)
    with ctx.transaction() as session:
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound("person.not_found")
        person.deleted = True
        audit.record(
            session, actor, "person.remove", record_type="person", record_id=person_id, reason=reason
        )
