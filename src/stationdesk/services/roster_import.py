"""Enrolment from a roster (报名名单): an .xlsx as stations receive it, or a list pasted as text.

A roster is read into a plain table (``RosterTable``): the sheet's header row is found below any
title rows (merged cells are filled, sub-header rows folded in), and the columns are mapped to
fields by their header words (姓名, 手机, 身份证号 …); the caller may override the mapping.

``preview`` says, for every data row, what applying would do: create a registry person and enrol
them (NEW), enrol a person already registered (MATCHED, by ID number, else by name and phone),
nothing (ALREADY enrolled), or refuse the row and say why (REFUSED). Nothing is written.
``apply`` re-checks everything in one transaction (a preview that went stale cannot double
anything) and writes the new persons, through the people service, and their enrolments.

The reading and the matching (``match_table``) are the engine of every roster import: the
volunteer import (services/volunteer_import.py) reads the same way, matches the same way and
only adds its own columns and its own idea of "already there" (``Taken``).
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.idnumber import normalize_id_number
from stationdesk.domain.masking import mask_phone
from stationdesk.domain.phone import is_valid_phone, normalize_phone
from stationdesk.domain.roles import Action
from stationdesk.domain.training import TargetGroup
from stationdesk.services import audit, enrolment, people
from stationdesk.services.authz import require
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.services.training import programme_in
from stationdesk.store.models import Enrolment, Person

if TYPE_CHECKING:  # openpyxl loads when a roster is first read
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

MAX_ROWS = 5000
HEADER_SEARCH_ROWS = 30
_BLANK_RUN_END = 200  # this many blank rows in a row end the sheet (formatting inflates max_row)
_UNIT_MAX = 128
_IN_CHUNK = 500


class Field(StrEnum):
    NAME = "name"
    PHONE = "phone"
    ID_NUMBER = "id_number"
    UNIT = "unit"
    TARGET_GROUP = "target_group"
    SEX = "sex"
    BIRTH_DATE = "birth_date"
    SKILLS = "skills"  # the volunteer import's own columns from here on
    TEAM = "team"
    PLATFORM_NUMBER = "platform_number"
    REGISTERED_ON = "registered_on"


class Outcome(StrEnum):
    NEW = "new"  # registered and enrolled
    MATCHED = "matched"  # a registry person, enrolled
    ALREADY = "already"  # enrolled before: nothing to do
    REFUSED = "refused"


# Header words per field, tried in this order: 身份证号 is an ID number before 身份 is a category,
# 单位名称 a unit before 名称 could be anything, 志愿者编号 a platform number before 志愿者 anything
# else, 队伍名称 a team before a name. ASCII words match whole words. 组织/单位 is the unit of a
# training roster and the organisation of a volunteer roster.
_HEADER_WORDS: tuple[tuple[Field, tuple[str, ...]], ...] = (
    (Field.ID_NUMBER, ("身份证", "证件号", "公民身份号码", "id number", "id no", "id card")),
    (Field.PLATFORM_NUMBER, ("志愿者编号", "平台编号", "注册编号", "volunteer no", "platform number")),
    (Field.PHONE, ("手机", "电话", "联系方式", "phone", "mobile", "tel")),
    (Field.BIRTH_DATE, ("出生", "生日", "birth")),
    (Field.REGISTERED_ON, ("登记日期", "注册日期", "登记时间", "注册时间", "registered")),
    (Field.SEX, ("性别", "sex", "gender")),
    (Field.SKILLS, ("技能", "特长", "专长", "skills")),
    (Field.TEAM, ("队伍", "团队", "服务队", "team")),
    (Field.UNIT, ("单位", "组织", "unit", "employer", "organisation", "organization")),
    (Field.TARGET_GROUP, ("类别", "身份", "category", "group")),
    (Field.NAME, ("姓名", "名字", "name")),
)
_HEADER_MAX_CHARS = 20  # a longer cell is a title or a note, not a column header

# Words in a category cell -> target group; the first that occurs wins.
_GROUP_WORDS: tuple[tuple[str, str], ...] = (
    ("持证", TargetGroup.CERTIFIED_SOCIAL_WORKER.value),
    ("社工", TargetGroup.CERTIFIED_SOCIAL_WORKER.value),
    ("社区工作者", TargetGroup.COMMUNITY_WORKER.value),
    ("社区干部", TargetGroup.COMMUNITY_WORKER.value),
    ("网格", TargetGroup.GRID_WORKER.value),
    ("志愿", TargetGroup.VOLUNTEER.value),
)
_GROUPS = frozenset(group.value for group in TargetGroup)
_SEXES = {"男": "M", "m": "M", "male": "M", "女": "F", "f": "F", "female": "F"}
_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
)
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


# --- cells ---------------------------------------------------------------------------------------


def cell_text(value: object) -> str:
    """A cell as one line of text: a number Excel stored as a float (13912345678.0) without its
    ".0", a date as ISO, runs of spaces (full-width ones too) and line breaks made one space."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value == datetime.combine(value.date(), datetime.min.time()) else (
            value.isoformat(" ")
        )  # fmt: skip
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def date_of(value: object, today: date | None = None, code: str = "roster.bad_date") -> date | None:
    """A birth date (or, with another ``code``, any past date) from a real Excel date or text
    (1980-01-02, 1980/1/2, 1980年1月2日, 19800102, full-width digits too); None for an empty
    cell; ValidationError ``code`` else."""
    if isinstance(value, datetime):
        found: date | None = value.date()
    elif isinstance(value, date):
        found = value
    else:
        text = cell_text(unicodedata.normalize("NFKC", cell_text(value)))
        if not text:
            return None
        found = _parsed_date(text)
    if found is None:
        raise ValidationError(code, "not a date (1980-01-02, 1980/1/2 or 1980年1月2日)")
    if not date(1900, 1, 1) <= found <= (today or date.today()):
        raise ValidationError(code, "a date from 1900 to today")
    return found


def _parsed_date(text: str) -> date | None:
    match = _DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def target_group_of(value: object) -> str:
    """The target group a category cell names (持证社工, 网格员 …); other words are "other"."""
    text = cell_text(value)
    if not text:
        return ""
    if text in _GROUPS:
        return text
    return next((group for word, group in _GROUP_WORDS if word in text), TargetGroup.OTHER.value)


def _sex_of(value: object) -> str:
    text = cell_text(value).lower()
    if text and text not in _SEXES:
        raise ValidationError("roster.bad_sex", "男 or 女")
    return _SEXES.get(text, "")


# --- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterTable:
    """A roster as read: column headers, the data rows (their sheet row or line number and cells)
    and the mapping guessed from the header words (field -> column index)."""

    source: str  # "xlsx" or "paste"
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]
    mapping: Mapping[Field, int]
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    header_row: int = 0  # the sheet row of the headers; 0: none found (columns named A, B …)


def _header_field(text: str) -> Field | None:
    folded = text.lower()
    if not folded or len(folded) > _HEADER_MAX_CHARS:
        return None
    for found, words in _HEADER_WORDS:
        for word in words:
            if word.isascii():
                if re.search(rf"\b{re.escape(word)}\b", folded):
                    return found
            elif word in folded:
                return found
    return None


def guess_mapping(headers: Sequence[str]) -> dict[Field, int]:
    """Field -> column from the header words; each field takes the first column naming it."""
    mapping: dict[Field, int] = {}
    for column, text in enumerate(headers):
        found = _header_field(text)
        if found is not None and found not in mapping:
            mapping[found] = column
    return mapping


def _header_fields(cells: Sequence[object]) -> set[Field]:
    return {f for f in (_header_field(text) for text in {cell_text(c) for c in cells}) if f is not None}


def _looks_like_data(cells: Sequence[object]) -> bool:
    return any(is_valid_phone(text) or len(normalize_id_number(text)) == 18 for text in map(cell_text, cells))


def _header_score(cells: Sequence[object]) -> int:
    """How many fields a row names, if it can be a header row: at least two different texts (a title
    merged across the width is one) and no phone or ID number in it."""
    if len({t for t in map(cell_text, cells) if t}) < 2 or _looks_like_data(cells):
        return 0
    return len(_header_fields(cells))


def _is_header_like(cells: Sequence[object]) -> bool:
    return _header_score(cells) >= 2


def _column_letters(count: int) -> tuple[str, ...]:
    from openpyxl.utils import get_column_letter

    return tuple(get_column_letter(n) for n in range(1, count + 1))


def _table_from_grid(grid: list[tuple[int, list[object]]], source: str, sheet: str = "",
                     sheets: tuple[str, ...] = ()) -> RosterTable:  # fmt: skip
    """Find the header row in ``grid`` (sheet row number, cells), fold in sub-header rows under it
    and keep the non-blank rows below as data."""
    width = max((len(cells) for _n, cells in grid), default=0)
    grid = [(n, cells + [None] * (width - len(cells))) for n, cells in grid]
    scored = [(_header_score(cells), -i) for i, (_n, cells) in enumerate(grid[:HEADER_SEARCH_ROWS])]
    best = max(scored, default=(0, 0))
    if best[0] >= 1:
        top = at = -best[1]
        while top > 0 and _is_header_like(grid[top - 1][1]):  # the upper rows of a multi-row header
            top -= 1
        header_rows = grid[top : at + 1]
        at += 1
        while at < len(grid) and _is_header_like(grid[at][1]):
            header_rows.append(grid[at])
            at += 1
        headers = tuple(
            " ".join(dict.fromkeys(t for t in (cell_text(cells[c]) for _n, cells in header_rows) if t))
            for c in range(width)
        )
        header_row, data = header_rows[0][0], grid[at:]
    else:
        headers, header_row, data = _column_letters(width), 0, grid
    rows = tuple((n, tuple(cells)) for n, cells in data if any(cell_text(c) for c in cells))
    if len(rows) > MAX_ROWS:
        raise ValidationError("roster.too_many_rows", f"at most {MAX_ROWS} rows", {"max": MAX_ROWS})
    return RosterTable(source, headers, rows, guess_mapping(headers), sheet, sheets, header_row)


def _workbook(path: Path) -> Workbook:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise ValidationError("roster.no_file", "no such file", {"path": str(path)}) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise ValidationError("roster.not_xlsx", "not an .xlsx workbook", {"path": str(path)}) from None


def sheet_names(path: Path | str) -> list[str]:
    return list(_workbook(Path(path)).sheetnames)


def _sheet_rows(sheet: Worksheet) -> Iterator[tuple[int, list[object]]]:
    blanks = 0
    for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
        cells = list(values)
        blanks = 0 if any(c is not None and cell_text(c) for c in cells) else blanks + 1
        if blanks >= _BLANK_RUN_END:
            return
        yield number, cells


def read_xlsx(path: Path | str, sheet: str | None = None) -> RosterTable:
    """The roster on ``sheet`` (by default the first sheet holding a header row, else the first)."""
    book = _workbook(Path(path))
    names = tuple(book.sheetnames)
    if sheet is not None and sheet not in names:
        raise ValidationError(
            "roster.no_sheet", "no such sheet", {"sheet": sheet, "sheets": "、".join(names)}
        )
    tables = (_read_sheet(book[name], name, names) for name in ([sheet] if sheet else names))
    first = None
    for table in tables:
        first = first or table
        if table.header_row:
            return table
    assert first is not None
    return first


def _read_sheet(sheet: Worksheet, name: str, names: tuple[str, ...]) -> RosterTable:
    grid = list(_sheet_rows(sheet))
    by_number = {number: cells for number, cells in grid}
    for merged in sheet.merged_cells.ranges:  # the top-left value fills the whole range
        top = by_number.get(merged.min_row)
        value = top[merged.min_col - 1] if top is not None and merged.min_col <= len(top) else None
        for row in range(merged.min_row, merged.max_row + 1):
            cells = by_number.get(row)
            if cells is None:
                continue
            cells.extend([None] * (merged.max_col - len(cells)))
            for column in range(merged.min_col, merged.max_col + 1):
                cells[column - 1] = value
    return _table_from_grid(grid, "xlsx", name, names)


_PASTE_SPLIT = re.compile(r"[,，、;；|]+|\s+")
_PASTE_HEADERS = ("姓名", "手机", "身份证号", "单位")


def read_pasted(text: str) -> RosterTable:
    """A list pasted as text, one person a line: "name phone", "name,phone", or columns copied from
    Excel (tabs; a first line of headers is used as such). Numbers are told apart by their shape:
    a valid phone, an 18-character ID number; the first other word is the name, the rest the unit."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if lines and all("\t" in line for _n, line in lines[:1]):
        grid = [(n, [c.strip() for c in line.split("\t")]) for n, line in lines]
        first = grid[0][1]
        if len(_header_fields(first)) >= 1 and not any(is_valid_phone(c) for c in first):
            return _table_from_grid(grid, "paste")
    rows = tuple((n, _pasted_line(line)) for n, line in lines)
    if len(rows) > MAX_ROWS:
        raise ValidationError("roster.too_many_rows", f"at most {MAX_ROWS} rows", {"max": MAX_ROWS})
    mapping = {Field.NAME: 0, Field.PHONE: 1, Field.ID_NUMBER: 2, Field.UNIT: 3}
    return RosterTable("paste", _PASTE_HEADERS, rows, mapping)


def _pasted_line(line: str) -> tuple[str, str, str, str]:
    words = [w for w in _PASTE_SPLIT.split(line.strip()) if w]
    phone = identity = ""
    rest = []
    for word in words:
        if not phone and is_valid_phone(word):
            phone = word
        elif (
            not identity and len(normalize_id_number(word)) == 18 and normalize_id_number(word)[:17].isdigit()
        ):
            identity = word
        else:
            rest.append(word)
    if len(rest) >= 2 and all(len(w) == 1 for w in rest[:2]):  # "王 芳": a name typed with a space
        rest = [rest[0] + rest[1], *rest[2:]]
    return (rest[0] if rest else "", phone, identity, " ".join(rest[1:]))


# --- preview -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewRow:
    row: int  # the sheet row (or pasted line) number
    name: str
    phone_masked: str
    unit: str
    target_group: str
    outcome: Outcome
    reason: str = ""  # REFUSED: an error code (roster.*, id.*, person.*)
    params: Mapping[str, object] = field(default_factory=dict)
    matched_by: str = ""  # MATCHED/ALREADY: "id_number", "name_phone" or "name"
    person_id: str | None = None
    detail: str = ""  # what an import adds to the row's line (the volunteer import: the team)


@dataclass(frozen=True)
class Preview:
    rows: tuple[PreviewRow, ...]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome is outcome)

    @property
    def counts(self) -> dict[str, int]:
        return {outcome.value: self.count(outcome) for outcome in Outcome}

    @property
    def to_enrol(self) -> int:
        """The rows applying writes (NEW and MATCHED)."""
        return self.count(Outcome.NEW) + self.count(Outcome.MATCHED)


@dataclass(frozen=True)
class ImportResult:
    created: int  # persons registered
    enrolled: int  # enrolments written (new and matched persons)
    already: int
    refused: int
    enrolment_ids: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """A row that passed the checks: the draft to register, and what the import writes with it
    (``extra``: what the import's own ``Columns`` made of its own cells)."""

    row: int
    draft: PersonDraft
    clean: people.CleanDraft
    unit: str
    target_group: str
    extra: object = None


Cell = Callable[[Field], object]
"""A row's cell of a field (None where the field has no column)."""


@dataclass(frozen=True)
class Taken:
    """Who the import has dealt with before (they are ALREADY there): registry person ids, and,
    for people not in the registry, their names (a name-only row) and (name, phone) pairs."""

    person_ids: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    name_phones: set[tuple[str, str]] = field(default_factory=set)


@dataclass(frozen=True)
class _Known:
    id: str
    name: str
    phone: str | None
    birth_date: date | None
    id_number: str | None


def _refused(number: int, name: str, phone: str, unit: str, code: str, **params: object) -> PreviewRow:
    return PreviewRow(number, name, phone, unit, "", Outcome.REFUSED, code, params)


_RENAMED = {"person.name_required": "roster.no_name", "phone.format": "roster.bad_phone"}


def _entry(number: int, cells: tuple[object, ...], mapping: Mapping[Field, int],
           extra_of: Callable[[Cell], object] | None) -> Entry | PreviewRow:  # fmt: skip
    def cell(which: Field) -> object:
        column = mapping.get(which)
        return cells[column] if column is not None and column < len(cells) else None

    name = cell_text(cell(Field.NAME))
    unit = cell_text(cell(Field.UNIT))[:_UNIT_MAX]
    phone_text = cell_text(cell(Field.PHONE))
    shown_phone = mask_phone(normalize_phone(phone_text) if is_valid_phone(phone_text) else phone_text)
    identity = cell(Field.ID_NUMBER)
    if isinstance(identity, int | float) and len(cell_text(identity)) >= 15:
        return _refused(number, name, shown_phone, unit, "roster.id_as_number")
    try:
        birth = date_of(cell(Field.BIRTH_DATE))
        draft = PersonDraft(
            name, _sex_of(cell(Field.SEX)), birth, id_number=cell_text(identity), phone=phone_text
        )
        clean = people.clean_draft(draft)
        extra = extra_of(cell) if extra_of is not None else None
    except ValidationError as error:
        return _refused(number, name, shown_phone, unit, _RENAMED.get(error.code, error.code), **error.params)
    return Entry(number, draft, clean, unit, target_group_of(cell(Field.TARGET_GROUP)), extra)


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(set(values))
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]


def _registry(
    session: Session, entries: Sequence[Entry]
) -> tuple[dict[str, _Known], dict[str, list[_Known]]]:
    """The live persons with the entries' ID numbers, and with their names: one query per key kind
    (and per 500 keys), never one per row."""
    columns = (Person.id, Person.name, Person.phone, Person.birth_date, Person.id_number)
    live = Person.deleted.is_(False)
    by_id: dict[str, _Known] = {}
    for chunk in _chunks(e.clean.id_number for e in entries if e.clean.id_number):
        for rec in session.execute(select(*columns).where(Person.id_number.in_(chunk), live)):
            by_id.setdefault(rec.id_number, _Known(*rec))
    by_name: dict[str, list[_Known]] = {}
    for chunk in _chunks(e.clean.name for e in entries):
        for rec in session.execute(select(*columns).where(Person.name.in_(chunk), live)):
            by_name.setdefault(rec.name, []).append(_Known(*rec))
    return by_id, by_name


def _enrolled(session: Session, programme_id: str) -> Taken:
    """Who is enrolled already: registry person ids, every participant's name, and walk-ins'
    (name, phone)."""
    rows = session.execute(
        select(Enrolment.person_id, Enrolment.walk_in_name, Enrolment.walk_in_phone, Person.name)
        .outerjoin(Person, Person.id == Enrolment.person_id)
        .where(
            Enrolment.programme_id == programme_id,
            Enrolment.deleted.is_(False),
            Enrolment.withdrawn.is_(False),
        )
    )
    ids, names, walk_ins = set(), set(), set()
    for person_id, walk_in_name, walk_in_phone, name in rows:
        if person_id:
            ids.add(person_id)
        else:
            walk_ins.add((walk_in_name, walk_in_phone))
        names.add(name or walk_in_name)
    return Taken(ids, names, walk_ins)


def _match(entry: Entry, by_id: dict[str, _Known], by_name: dict[str, list[_Known]],
           enrolled_names: set[str], walk_ins: set[tuple[str, str]]
           ) -> tuple[Outcome | str, str, str | None]:  # fmt: skip
    """(the outcome, or a refusal code; how it matched; the person) of one row against the registry."""
    c = entry.clean
    same_name = by_name.get(c.name, [])
    on_id = by_id.get(c.id_number) if c.id_number else None
    on_phone = [p for p in same_name if c.phone and p.phone == c.phone]
    if on_id is not None:
        if on_id.name != c.name:
            return "roster.id_other_name", "", None
        if any(p.id != on_id.id for p in on_phone):
            return "roster.conflict", "", None
        return Outcome.MATCHED, "id_number", on_id.id
    if len(on_phone) > 1:
        return "roster.several_matches", "", None
    if on_phone:
        if c.id_number and on_phone[0].id_number and on_phone[0].id_number != c.id_number:
            return "roster.conflict", "", None
        return Outcome.MATCHED, "name_phone", on_phone[0].id
    if not c.phone and not c.id_number:  # a name alone identifies nobody in the registry
        if c.name in enrolled_names:
            return Outcome.ALREADY, "name", None
        return ("roster.name_only_ambiguous", "", None) if same_name else (Outcome.NEW, "", None)
    if c.phone and (c.name, c.phone) in walk_ins:
        return Outcome.ALREADY, "name_phone", None
    if c.birth_date and any(p.birth_date == c.birth_date for p in same_name):
        return "roster.possible_duplicate", "", None
    return Outcome.NEW, "", None


def _keys(entry: Entry, person_id: str | None) -> list[tuple[str, ...]]:
    c = entry.clean
    keys: list[tuple[str, ...]] = [("person", person_id)] if person_id else []
    if c.id_number:
        keys.append(("id", c.id_number))
    if c.phone:
        keys.append(("name_phone", c.name, c.phone))
    if not c.phone and not c.id_number:
        keys.append(("name", c.name))
    return keys


def check_mapping(table: RosterTable, mapping: Mapping[Field | str, int] | None) -> dict[Field, int]:
    """The mapping to use (``mapping``, else the guessed one), refused when it names no name column
    or a column the roster lacks."""
    chosen = {Field(f): int(c) for f, c in (table.mapping if mapping is None else mapping).items()}
    if any(not 0 <= column < max(len(table.headers), 1) for column in chosen.values()):
        raise ValidationError("roster.bad_mapping", "a mapped column is not in the roster")
    if Field.NAME not in chosen:
        raise ValidationError("roster.no_name_column", "no column of names: map one to the name")
    return chosen


def match_table(session: Session, table: RosterTable, mapping: Mapping[Field, int], taken: Taken,
                extra_of: Callable[[Cell], object] | None = None,
                detail_of: Callable[[Entry], str] | None = None,
                ) -> tuple[list[PreviewRow], dict[int, Entry]]:  # fmt: skip
    """Every row of ``table`` checked and matched against the registry: the preview rows, and the
    rows to write (NEW and MATCHED) by row number. ``extra_of`` reads an import's own cells (its
    ValidationError refuses the row), ``detail_of`` says what the preview line adds; ``taken``
    makes a row ALREADY. A second row for the same person is refused."""
    checked = [_entry(number, cells, mapping, extra_of) for number, cells in table.rows]
    entries = [e for e in checked if isinstance(e, Entry)]
    by_id, by_name = _registry(session, entries)
    enrolled_ids, enrolled_names, walk_ins = taken.person_ids, taken.names, taken.name_phones
    seen: dict[tuple[str, ...], int] = {}
    out: list[PreviewRow] = []
    to_write: dict[int, Entry] = {}
    for item in checked:
        if isinstance(item, PreviewRow):
            out.append(item)
            continue
        c = item.clean
        phone = mask_phone(c.phone)
        outcome, how, person_id = _match(item, by_id, by_name, enrolled_names, walk_ins)
        if not isinstance(outcome, Outcome):
            out.append(_refused(item.row, c.name, phone, item.unit, outcome))
            continue
        keys = _keys(item, person_id)
        earlier = next((seen[k] for k in keys if k in seen), None)
        if earlier is not None:
            out.append(_refused(item.row, c.name, phone, item.unit, "roster.duplicate_row", row=earlier))
            continue
        seen.update(dict.fromkeys(keys, item.row))
        if outcome is Outcome.MATCHED and person_id in enrolled_ids:
            outcome = Outcome.ALREADY
        if outcome in (Outcome.NEW, Outcome.MATCHED):
            to_write[item.row] = item
        detail = detail_of(item) if detail_of is not None else ""
        out.append(PreviewRow(item.row, c.name, phone, item.unit, item.target_group, Outcome(outcome),
                              matched_by=how, person_id=person_id, detail=detail))  # fmt: skip
    return out, to_write


def _preview_in(session: Session, programme_id: str, table: RosterTable, mapping: dict[Field, int]
                ) -> tuple[list[PreviewRow], dict[int, Entry]]:  # fmt: skip
    programme_in(session, programme_id)
    return match_table(session, table, mapping, _enrolled(session, programme_id))


def preview(ctx: ServiceContext, programme_id: str, table: RosterTable,
            mapping: Mapping[Field | str, int] | None = None) -> Preview:  # fmt: skip
    """What applying ``table`` (with ``mapping``, else the guessed one) would do, row by row.
    Writes nothing. ValidationError ``roster.no_name_column`` when no column holds the names."""
    require(ctx, Action.TRAINING_EDIT)
    chosen = check_mapping(table, mapping)
    with ctx.reading() as session:
        rows, _ = _preview_in(session, programme_id, table, chosen)
    return Preview(tuple(rows))


def apply(ctx: ServiceContext, programme_id: str, table: RosterTable,
          mapping: Mapping[Field | str, int] | None = None) -> ImportResult:  # fmt: skip
    """Register the NEW persons and enrol them and the MATCHED ones, in one transaction, checked
    afresh; audited as one event. Nothing is written when anything fails."""
    actor = require(ctx, Action.TRAINING_EDIT)
    require(ctx, Action.PERSON_EDIT)  # the new persons go into the registry
    chosen = check_mapping(table, mapping)
    with ctx.transaction() as session:
        rows, to_write = _preview_in(session, programme_id, table, chosen)
        result = Preview(tuple(rows))
        new = [row for row in rows if row.outcome is Outcome.NEW]
        person_of = {row.row: row.person_id for row in rows if row.outcome is Outcome.MATCHED}
        for row in new:
            entry = to_write[row.row]
            person_of[row.row] = people.create_in(session, actor, entry.draft, clean=entry.clean)
        entries = [
            enrolment.Entry(person_id, to_write[number].unit, to_write[number].target_group)
            for number, person_id in sorted(person_of.items())
            if person_id is not None
        ]
        ids = enrolment.enrol_in(session, programme_id, entries, table.source) if entries else []
        if ids:
            counts = result.counts
            audit.record(session, actor, "training.import_roster", record_type="programme",
                         record_id=programme_id, detail=f"{table.source}: " + ", ".join(
                             f"{name} {count}" for name, count in counts.items()))  # fmt: skip
    return ImportResult(len(new), len(ids), result.count(Outcome.ALREADY), result.count(Outcome.REFUSED),
                        tuple(ids))  # fmt: skip
