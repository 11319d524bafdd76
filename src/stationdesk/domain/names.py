"""Pinyin search keys for Chinese personal names.

Clerks find people by typing pinyin initials (``zsf`` for 张三丰) or full pinyin. The keys
are stored next to the name, so they are computed once per write, plus 50k+ times when the
demo database is generated.

pypinyin 0.55 has no surname mode (python-pinyin issues #120 and #297 are still open), and
its default readings of many polyphonic surnames are wrong for names (曾 → ceng, 单 → dan).
We therefore read the head of the name against a small surname table first and leave the
given name to pypinyin.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# Compound surnames whose characters pypinyin would read wrongly one by one. Compounds read
# normally (欧阳, 司马, 诸葛 …) need no entry. 单于 and 乐正 are left out on purpose: 单/乐 +
# a given name starting with 于/正 is far more common today than those ancient surnames.
_COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
    "长孙": ("zhang", "sun"),
    "令狐": ("ling", "hu"),
    "澹台": ("tan", "tai"),
}

# Single-character surnames whose surname reading differs from pypinyin's default reading,
# plus a few where pypinyin is right today but the reading matters (任, 华) so a future
# dictionary change cannot silently break search.
_SURNAMES: dict[str, str] = {
    "曾": "zeng", "单": "shan", "解": "xie", "覃": "qin", "仇": "qiu", "区": "ou",
    "查": "zha", "朴": "piao", "盖": "ge", "缪": "miao", "翟": "zhai", "乐": "yue",
    "任": "ren", "华": "hua", "秘": "bi", "洗": "xian", "冼": "xian", "种": "chong",
    "重": "chong", "繁": "po", "佴": "nai", "粘": "nian", "藏": "zang", "都": "du",
    "六": "lu", "薄": "bo", "乜": "nie", "阚": "kan", "卜": "bu", "员": "yun",
    "贠": "yun", "句": "gou", "召": "shao", "祭": "zhai", "隗": "wei", "折": "she",
    "能": "nai", "角": "jue", "颉": "xie", "长": "chang", "奇": "ji", "尉": "wei",
    "宿": "su", "沈": "shen", "柏": "bai", "牟": "mou", "贾": "jia", "陆": "lu",
}  # fmt: skip


@functools.cache
def _pypinyin() -> tuple[dict[str, object], int, Callable[[str], list[str]]]:
    """pypinyin's phrase table, its longest phrase and ``lazy_pinyin``, loaded on first use:
    importing it costs about 0.3 s, which searching and the registry page must not pay."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin.constants import PHRASES_DICT

    def read(text: str) -> list[str]:
        return lazy_pinyin(text, style=Style.NORMAL)

    return PHRASES_DICT, max(map(len, PHRASES_DICT), default=2), read


# CJK Unified Ideographs (basic, extensions A-H) and 〇, which pypinyin reads as "ling".
_HAN_RUN = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003ffff]+")


@dataclass(frozen=True, slots=True)
class NameKeys:
    """Lower-case ASCII search keys: ``initials`` ('zsf') and ``full`` ('zhangsanfeng')."""

    initials: str
    full: str


def name_keys(name: str) -> NameKeys:
    """Search keys for a personal name; the first character(s) are read as a surname.

    Non-Han letters and digits are kept (lower-cased, full-width folded) so that 'Anna李'
    is found by 'anna'; punctuation such as the middle dot in minority names is dropped.
    """
    text = unicodedata.normalize("NFKC", name).strip()
    if _HAN_RUN.fullmatch(text):  # the usual case, kept free of the generic loop below
        syllables = _surname_and_rest(text)
        return NameKeys("".join(s[0] for s in syllables), "".join(syllables))

    initials: list[str] = []
    full: list[str] = []
    pos = 0
    for match in _HAN_RUN.finditer(text):
        other = _keep_ascii(text[pos : match.start()])
        initials.append(other)
        full.append(other)
        # Only a leading Han run starts with a surname ('Anna李' has none).
        syllables = (
            _surname_and_rest(match.group()) if pos == 0 == match.start() else _han_reading(match.group())
        )
        initials.extend(s[0] for s in syllables)
        full.extend(syllables)
        pos = match.end()
    other = _keep_ascii(text[pos:])
    initials.append(other)
    full.append(other)
    return NameKeys("".join(initials), "".join(full))


def is_initials_query(query: str) -> bool:
    """True if a search box query should be matched against the pinyin keys.

    That is any query made only of Latin letters (case, width and spaces ignored): it can
    be initials ('zsf') or full pinyin ('zhangsan'), and both are prefix-matched by the store.
    Queries with Han characters or digits are matched against the name, ID or phone instead.
    """
    q = normalize_query(query)
    return bool(q) and q.isascii() and q.isalpha()


def normalize_query(query: str) -> str:
    """Fold a pinyin query the same way keys are built (full-width, case, inner spaces)."""
    return "".join(unicodedata.normalize("NFKC", query).split()).lower()


def _surname_and_rest(run: str) -> tuple[str, ...]:
    """Reading of a Han run that starts a name: the surname is read on its own.

    A surname never forms a word with the given name, so pypinyin's phrase matching across
    that boundary (曾经, 单一) would only produce wrong readings.
    """
    compound = _COMPOUND_SURNAMES.get(run[:2])
    if compound is not None:
        return compound + _han_reading(run[2:])
    single = _SURNAMES.get(run[0])
    head = (single,) if single is not None else _han_reading(run[0])
    return head + _han_reading(run[1:])


def _han_reading(run: str) -> tuple[str, ...]:
    """Toneless reading of a run of Han characters, phrase-aware (长江 → chang jiang).

    A pypinyin call costs ~50-100 µs, too slow for 50k generated names. Unless the run contains
    one of pypinyin's phrases, its output is each character's default reading, so that case
    is served from a per-character cache and only runs holding a phrase go to pypinyin.
    """
    phrases, longest, _ = _pypinyin()
    if len(run) > 1 and any(
        run[i:j] in phrases for i in range(len(run) - 1) for j in range(i + 2, min(len(run), i + longest) + 1)
    ):
        return _phrase_reading(run)
    return tuple(syllable for ch in run for syllable in _char_reading(ch))


@functools.cache
def _char_reading(ch: str) -> tuple[str, ...]:
    # Characters missing from pypinyin's dictionary come back unchanged: drop them.
    return _ascii_syllables(_pypinyin()[2](ch))


@functools.lru_cache(maxsize=16384)
def _phrase_reading(run: str) -> tuple[str, ...]:
    return _ascii_syllables(_pypinyin()[2](run))


def _ascii_syllables(syllables: list[str]) -> tuple[str, ...]:
    return tuple(s for s in syllables if s.isascii() and s.isalpha())


def _keep_ascii(chunk: str) -> str:
    return "".join(ch for ch in chunk.lower() if ch.isascii() and ch.isalnum())
