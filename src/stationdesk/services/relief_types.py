"""Relief types (救助类型) and the documents a resident must bring for each: the one-time notice
(一次性告知单) prints them, so nobody has to come back twice for a missing paper."""

from __future__ import annotations

from dataclasses import dataclass

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action
from stationdesk.services import audit, named_lists
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import NotFound
from stationdesk.store.models import ReliefType

NAME_MAX = 64
DOCUMENT_MAX = 200
DOCUMENTS_MAX = 40
NOTES_MAX = 2000


@dataclass(frozen=True)
class ReliefTypeDraft:
    name: str
    documents: tuple[str, ...]
    notes: str = ""


@dataclass(frozen=True)
class ReliefTypeInfo:
    id: str
    name: str
    documents: tuple[str, ...]
    notes: str
    retired: bool


def _info(row: ReliefType) -> ReliefTypeInfo:
    documents = tuple(line for line in row.documents.splitlines() if line.strip())
    return ReliefTypeInfo(row.id, row.name, documents, row.notes, row.retired)


def _clean(draft: ReliefTypeDraft) -> ReliefTypeDraft:
    name = named_lists.clean_name(draft.name, NAME_MAX, "relief.bad_name")
    documents = tuple(" ".join(line.split()) for line in draft.documents if line.strip())
    if not documents:
        raise ValidationError("relief.documents_required", "list at least one document")
    if len(documents) > DOCUMENTS_MAX:
        raise ValidationError("relief.too_many_documents", "too many documents", {"max": DOCUMENTS_MAX})
    if any(len(line) > DOCUMENT_MAX for line in documents):
        raise ValidationError(
            "relief.document_too_long", "a document line is too long", {"max": DOCUMENT_MAX}
        )
    notes = draft.notes.strip()
    if len(notes) > NOTES_MAX:
        raise ValidationError("relief.notes_too_long", "the notes are too long", {"max": NOTES_MAX})
    return ReliefTypeDraft(name, documents, notes)


def list_relief_types(ctx: ServiceContext, include_retired: bool = False) -> list[ReliefTypeInfo]:
    require(ctx, Action.RECEPTION_VIEW)
    with ctx.reading() as session:
        return [_info(row) for row in session.scalars(named_lists.in_order(ReliefType, include_retired))]


def find(ctx: ServiceContext, name_or_id: str) -> ReliefTypeInfo:
    """By id, exact name, or a unique part of the name (the command line's --relief-type)."""
    wanted = name_or_id.strip()
    everything = list_relief_types(ctx, include_retired=True)
    for info in everything:
        if wanted in (info.id, info.name):
            return info
    partial = [info for info in everything if wanted and wanted in info.name and not info.retired]
    if len(partial) == 1:
        return partial[0]
    raise NotFound("relief.not_found")


def add_relief_type(ctx: ServiceContext, draft: ReliefTypeDraft) -> str:
    actor = require(ctx, Action.CATEGORY_EDIT)
    clean = _clean(draft)
    with ctx.transaction() as session:
        named_lists.check_unique(session, ReliefType, clean.name, None, "relief.exists")
        row = ReliefType(
            name=clean.name,
            documents="\n".join(clean.documents),
            notes=clean.notes,
            retired=False,
            sort_order=named_lists.next_order(session, ReliefType),
            deleted=False,
        )
        session.add(row)
        session.flush()
        audit.record(
            session, actor, "relief.create", record_type="relief_type", record_id=row.id, detail=row.name
        )
        return row.id


def update_relief_type(ctx: ServiceContext, relief_id: str, draft: ReliefTypeDraft) -> None:
    actor = require(ctx, Action.CATEGORY_EDIT)
    clean = _clean(draft)
    with ctx.transaction() as session:
        row = named_lists.get_live(session, ReliefType, relief_id, "relief.not_found")
        named_lists.check_unique(session, ReliefType, clean.name, relief_id, "relief.exists")
        row.name, row.documents, row.notes = clean.name, "\n".join(clean.documents), clean.notes
        audit.record(
            session, actor, "relief.update", record_type="relief_type", record_id=row.id, detail=row.name
        )


def set_relief_type_retired(ctx: ServiceContext, relief_id: str, retired: bool) -> None:
    actor = require(ctx, Action.CATEGORY_EDIT)
    with ctx.transaction() as session:
        row = named_lists.get_live(session, ReliefType, relief_id, "relief.not_found")
        if row.retired == retired:
            return
        row.retired = retired
        action = "relief.retire" if retired else "relief.restore"
        audit.record(session, actor, action, record_type="relief_type", record_id=row.id, detail=row.name)
