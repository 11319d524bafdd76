"""How a typed query becomes index range scans over the person table.

Every kind of query is served by one B-tree index, as a prefix range (``col >= q AND col < q'``):
- Chinese characters: name prefix (张三 finds 张三丰);
- Latin letters: pinyin initials prefix (zsf) or full pinyin prefix (zhangsan);
- 4-6 digits (or ending in X): the tail of a phone or ID number, through the reversed copies;
- 7-11 digits: phone prefix; 12-18 characters: ID number prefix.
A suffix search thus costs the same as a prefix search, and no query ever scans the table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_

from stationdesk.store.models import Person

MIN_TAIL = 4
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class SearchPlan:
    """Conditions to try, each served by one index; results are unioned in this order."""

    conditions: tuple[ColumnElement[bool], ...]


def _prefix(column, value: str) -> ColumnElement[bool]:
    # The upper bound is the prefix with its last character bumped: a pure range on the index.
    upper = value[:-1] + chr(ord(value[-1]) + 1)
    return and_(column >= value, column < upper)


def clean_query(raw: str) -> str:
    """Full-width to half-width, spaces removed, Latin letters in lower case."""
    text = unicodedata.normalize("NFKC", raw)
    return "".join(text.split()).lower()


def plan(raw: str) -> SearchPlan:
    q = clean_query(raw)
    if not q:
        return SearchPlan(())
    if _HAN.search(q):
        return SearchPlan((_prefix(Person.name, q),))
    if q.isascii() and q.isalpha():
        return SearchPlan((_prefix(Person.name_initials, q), _prefix(Person.name_pinyin, q)))
    idq = q.upper()
    if re.fullmatch(r"\d+x?", q):
        n = len(q)
        if n < MIN_TAIL:
            return SearchPlan(())
        tail_rev = idq[::-1]
        if n <= 6:
            conds = [_prefix(Person.id_number_rev, tail_rev)]
            if q.isdigit():
                conds.insert(0, _prefix(Person.phone_rev, tail_rev))
            return SearchPlan(tuple(conds))
        if n <= 11 and q.isdigit():
            return SearchPlan((_prefix(Person.phone, q), _prefix(Person.id_number, idq)))
        return SearchPlan((_prefix(Person.id_number, idq),))
    return SearchPlan((_prefix(Person.name, q),))
