"""What the merge needs to know of each travelling table: kind, fields, and a stand-in for a NOT NULL
field a filtered bundle did not carry (the column default, else an empty value of its type)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import sqlalchemy as sa

from stationdesk.store.models import SYNC_COLUMNS, Base, travelling_tables

_EMPTY_BY_TYPE: list[tuple[type, object]] = [
    (sa.Boolean, 0),
    (sa.Integer, 0),  # BigInteger too
    (sa.DateTime, "1900-01-01 00:00:00.000000"),
    (sa.Date, "1900-01-01"),
    (sa.String, ""),  # Text too
    (sa.LargeBinary, b""),
]


@dataclass(frozen=True)
class TableInfo:
    name: str
    kind: str  # "synced" or "insert_only"
    fields: tuple[str, ...]
    placeholders: dict[str, object]  # NOT NULL fields -> value used when a bundle lacks them
    unique: tuple[str, ...]  # single-column unique keys besides the id (a clash is refused)


def _placeholder(column: sa.Column) -> object:
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        value = default.arg  # type: ignore[attr-defined]
        return int(value) if isinstance(value, bool) else value
    for kind, empty in _EMPTY_BY_TYPE:
        if isinstance(column.type, kind):
            return empty
    return ""


def _unique_columns(table: sa.Table) -> tuple[str, ...]:
    names = [c.name for c in table.columns if c.unique and c.name not in SYNC_COLUMNS]
    names += [next(iter(ix.columns)).name for ix in table.indexes if ix.unique and len(ix.columns) == 1]
    return tuple(sorted(set(names)))


@cache
def tables() -> dict[str, TableInfo]:
    out = {}
    for name, (kind, fields) in travelling_tables().items():
        table = Base.metadata.tables[name]
        placeholders = {c.name: _placeholder(c) for c in table.columns if c.name in fields and not c.nullable}
        out[name] = TableInfo(name, kind, tuple(fields), placeholders, _unique_columns(table))
    return out


@cache
def table_order() -> dict[str, int]:
    """Travelling tables ranked parents first (the export's order: an import never holds a child
    before its parent, so deferred foreign-key checks have nothing outstanding to search for)."""
    names = [t.name for t in Base.metadata.sorted_tables if t.name in tables()]
    return {name: rank for rank, name in enumerate(names)}
