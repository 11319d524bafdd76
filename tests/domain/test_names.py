"""Pinyin search keys for names, with surnames read as surnames."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypinyin import lazy_pinyin

from stationdesk.domain.names import NameKeys, is_initials_query, name_keys, normalize_query


def test_plain_name() -> None:
    assert name_keys("张三丰") == NameKeys(initials="zsf", full="zhangsanfeng")


@pytest.mark.parametrize(
    ("name", "initials", "full"),
    [
        ("曾国藩", "zgf", "zengguofan"),
        ("单雄信", "sxx", "shanxiongxin"),
        ("解缙", "xj", "xiejin"),
        ("覃斌", "qb", "qinbin"),
        ("仇英", "qy", "qiuying"),
        ("区志强", "ozq", "ouzhiqiang"),
        ("查良镛", "zly", "zhaliangyong"),
        ("朴树", "ps", "piaoshu"),
        ("盖聂", "gn", "genie"),
        ("缪斯", "ms", "miaosi"),
        ("翟天临", "ztl", "zhaitianlin"),
        ("尉迟恭", "ycg", "yuchigong"),
        ("乐嘉", "yj", "yuejia"),
        ("任盈盈", "ryy", "renyingying"),
        ("华佗", "ht", "huatuo"),
        ("万俟卨", "mqx", "moqixie"),
        ("长孙无忌", "zswj", "zhangsunwuji"),
        ("令狐冲", "lhc", "linghuchong"),
    ],
)
def test_surnames(name: str, initials: str, full: str) -> None:
    assert name_keys(name) == NameKeys(initials, full)


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("曾", "zeng"),
        ("单", "shan"),
        ("尉迟", "yuchi"),
        ("尉缭", "weiliao"),  # single surname 尉 is wei, only 尉迟 is yu
        ("长江", "changjiang"),  # single surname 长 is chang
        ("曾经", "zengjing"),  # no phrase across the surname boundary (曾经 céngjīng)
        ("单一", "shanyi"),
    ],
)
def test_surname_alone_or_before_a_phrase(name: str, full: str) -> None:
    assert name_keys(name).full == full


def test_surname_only_at_the_head() -> None:
    assert name_keys("李曾").full == "liceng"
    assert name_keys("王乐乐").full == "wanglele"


def test_given_name_phrase() -> None:
    assert name_keys("王长江") == NameKeys("wcj", "wangchangjiang")


def test_u_umlaut_is_v() -> None:
    assert name_keys("吕布") == NameKeys("lb", "lvbu")


@pytest.mark.parametrize(
    ("name", "initials", "full"),
    [
        ("Anna李", "annal", "annali"),
        ("ＡＮＮＡ李", "annal", "annali"),
        ("李Anna", "lanna", "lianna"),
        ("王２号", "w2h", "wang2hao"),
        ("阿依古丽·买买提", "ayglmmt", "ayigulimaimaiti"),
        ("  张 三 ", "zs", "zhangsan"),
        ("", "", ""),
        ("·—", "", ""),
    ],
)
def test_mixed_and_punctuation(name: str, initials: str, full: str) -> None:
    assert name_keys(name) == NameKeys(initials, full)


@given(st.text(max_size=12))
def test_keys_are_lowercase_ascii(name: str) -> None:
    keys = name_keys(name)
    for key in (keys.initials, keys.full):
        assert key == key.lower()
        assert key.isascii()
        assert key == "" or key.isalnum()
    assert len(keys.initials) <= len(keys.full)


# Basic CJK characters pypinyin can read (a handful of unit characters such as 兙 it cannot).
known_han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5).filter(lambda c: lazy_pinyin(c) != [c])


@given(st.text(alphabet=known_han, min_size=1, max_size=4))
def test_one_syllable_per_han_character(name: str) -> None:
    keys = name_keys(name)
    assert len(keys.initials) == len(name)
    assert keys.full.startswith(keys.initials[0])


def test_unreadable_characters_are_dropped() -> None:
    assert name_keys("王兙") == NameKeys("w", "wang")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zsf", True),
        (" ZSF ", True),
        ("zhang san", True),
        ("ｚｓｆ", True),
        ("张", False),
        ("zs张", False),
        ("138", False),
        ("z1", False),
        ("", False),
        ("   ", False),
    ],
)
def test_is_initials_query(query: str, expected: bool) -> None:
    assert is_initials_query(query) is expected


def test_normalize_query() -> None:
    assert normalize_query(" Zhang ＳＡＮ ") == "zhangsan"
