from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.idnumber import JIAXING_AREA_CODES, make_id_number
from stationdesk.domain.roles import Role
from stationdesk.services import audit_query, people, tags
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import PermissionDenied

WANG_FANG_ID = make_id_number("330482", date(1956, 7, 9), 222)


def _names(rows: list[people.PersonRow]) -> list[str]:
    return [r.name for r in rows]


@pytest.fixture
def registry(ctx: ServiceContext) -> dict[str, str]:
    ids = {
        "王芳": people.create(
            ctx, people.PersonDraft(name="王芳", id_number=WANG_FANG_ID, phone="13957312345")
        ),
        "王芳芳": people.create(ctx, people.PersonDraft(name="王芳芳", phone="13600001111")),
        "张三丰": people.create(ctx, people.PersonDraft(name="张三丰", phone="+86 138 0000 5678")),
        "曾小贤": people.create(ctx, people.PersonDraft(name="曾小贤")),
        "单田芳": people.create(ctx, people.PersonDraft(name="单田芳")),
    }
    return ids


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("王芳", ["王芳", "王芳芳"]),  # a two-character full name is found (trigram indexes miss it)
        ("王芳芳", ["王芳芳"]),
        ("wf", ["王芳", "王芳芳"]),
        ("WFF", ["王芳芳"]),
        ("zsf", ["张三丰"]),
        ("zhangsan", ["张三丰"]),
        ("zxx", ["曾小贤"]),  # surname reading, not ceng
        ("shantian", ["单田芳"]),
        ("5678", ["张三丰"]),
        ("13800005678", ["张三丰"]),
        ("1380000", ["张三丰"]),
        (WANG_FANG_ID[-4:], ["王芳"]),
        (WANG_FANG_ID[-6:], ["王芳"]),
        (WANG_FANG_ID, ["王芳"]),
        (WANG_FANG_ID[:10], ["王芳"]),
        ("１３９５７３１２３４５", ["王芳"]),  # full-width digits from an IME
        ("", []),
        ("13", []),
        ("李", []),
    ],
)
def test_search_kinds(ctx: ServiceContext, registry: dict[str, str], query: str, expected: list[str]) -> None:
    assert sorted(_names(people.search(ctx, query))) == sorted(expected)


def test_search_results_are_masked(ctx: ServiceContext, registry: dict[str, str]) -> None:
    (row,) = people.search(ctx, "13957312345")
    assert row.phone_masked == "139****2345"
    assert row.id_masked == WANG_FANG_ID[:6] + "*" * 8 + WANG_FANG_ID[-4:]
    assert row.sex == "F" and row.birth_date == date(1956, 7, 9)  # derived from the ID number


def test_removed_people_vanish_from_search_and_lists(ctx: ServiceContext, registry: dict[str, str]) -> None:
    people.remove(ctx, registry["张三丰"], "重复登记")
    assert people.search(ctx, "zsf") == []
    assert "张三丰" not in _names(people.page(ctx, 0, 50))
    assert people.count(ctx) == len(registry) - 1


def test_page_is_in_pinyin_order_and_filters_by_tag(ctx: ServiceContext, registry: dict[str, str]) -> None:
    assert _names(people.page(ctx, 0, 50)) == ["单田芳", "王芳", "王芳芳", "曾小贤", "张三丰"]
    assert _names(people.page(ctx, 1, 2)) == ["王芳", "王芳芳"]
    dibao = tags.list_tags(ctx)[0]
    people.update(ctx, registry["王芳"], people.PersonDraft(name="王芳", tag_ids=[dibao.id]))
    assert _names(people.page(ctx, 0, 50, tag_id=dibao.id)) == ["王芳"]
    assert people.count(ctx, tag_id=dibao.id) == 1
    assert people.get(ctx, registry["王芳"]).row.tags == dibao.name


def test_update_keeps_unchanged_id_and_phone(ctx: ServiceContext, registry: dict[str, str]) -> None:
    people.update(ctx, registry["王芳"], people.PersonDraft(name="王芳", community="东湖社区"))
    detail = people.get(ctx, registry["王芳"])
    assert detail.has_id_number and detail.has_phone and detail.row.community == "东湖社区"
    assert people.reveal(ctx, registry["王芳"], "phone") == "13957312345"


def test_invalid_id_number_is_refused_and_nothing_written(ctx: ServiceContext) -> None:
    bad = WANG_FANG_ID[:-1] + ("0" if WANG_FANG_ID[-1] != "0" else "1")
    with pytest.raises(ValidationError) as info:
        people.create(ctx, people.PersonDraft(name="错号", id_number=bad))
    assert info.value.code == "id.checksum"
    assert people.count(ctx) == 0


def test_bad_phone_is_refused(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as info:
        people.create(ctx, people.PersonDraft(name="错号", phone="12345"))
    assert info.value.code == "phone.format"


@pytest.mark.parametrize(
    ("draft", "reason"),
    [
        (people.PersonDraft(name="另一人", id_number=WANG_FANG_ID), "same_id"),
        (people.PersonDraft(name="王芳", phone="13957312345"), "same_name_phone"),
        (people.PersonDraft(name="王芳", birth_date=date(1956, 7, 9)), "same_name_birth"),
    ],
)
def test_duplicates_are_shown_before_saving(
    ctx: ServiceContext, registry: dict[str, str], draft: people.PersonDraft, reason: str
) -> None:
    total = people.count(ctx)
    with pytest.raises(people.DuplicatesFound) as info:
        people.create(ctx, draft)
    (candidate,) = info.value.candidates
    assert candidate.row.id == registry["王芳"] and reason in candidate.reasons
    assert people.count(ctx) == total
    new_id = people.create(ctx, draft, duplicate_reason="同名不同人，已核实")
    assert people.get(ctx, new_id).duplicate_reason == "同名不同人，已核实"
    assert audit_query.recent(ctx, 1)[0].action == "person.duplicate_saved"


def test_a_blank_reason_does_not_bypass_the_duplicate_check(
    ctx: ServiceContext, registry: dict[str, str]
) -> None:
    with pytest.raises(people.DuplicatesFound):
        people.create(ctx, people.PersonDraft(name="王芳", phone="13957312345"), duplicate_reason="   ")


def test_reveal_is_audited_and_forbidden_to_viewers(ctx: ServiceContext, registry: dict[str, str]) -> None:
    assert people.reveal(ctx, registry["王芳"], "id_number", "办理救助") == WANG_FANG_ID
    entry = audit_query.recent(ctx, 1)[0]
    assert (entry.action, entry.record_id, entry.reason, entry.detail) == (
        "reveal",
        registry["王芳"],
        "办理救助",
        "id_number",
    )
    sign_in_as(ctx, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        people.reveal(ctx, registry["王芳"], "id_number")


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗曾单解覃"
GIVEN = "芳伟娜敏静丽强磊军洋勇艳杰娟涛明超秀英华"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    surname=st.sampled_from(SURNAMES),
    given_name=st.text(alphabet=GIVEN, min_size=1, max_size=2),
    area=st.sampled_from(sorted(JIAXING_AREA_CODES)),
    birth=st.dates(date(1930, 1, 1), date(2025, 12, 31)),
    seq=st.integers(0, 999),
    phone_tail=st.integers(0, 10**8 - 1),
)
def test_anyone_registered_is_found_by_each_kind_of_key(
    ctx: ServiceContext,
    surname: str,
    given_name: str,
    area: str,
    birth: date,
    seq: int,
    phone_tail: int,
) -> None:
    name = surname + given_name
    id_number = make_id_number(area, birth, seq)
    phone = f"15{phone_tail:09d}"
    try:
        person_id = people.create(ctx, people.PersonDraft(name=name, id_number=id_number, phone=phone))
    except people.DuplicatesFound:
        return  # hypothesis drew an identical person twice
    from stationdesk.domain.names import name_keys

    keys = name_keys(name)
    for query in (
        name,
        keys.initials,
        keys.full,
        phone,
        phone[-4:],
        id_number,
        id_number[-4:],
        id_number[-6:],
    ):
        assert person_id in {r.id for r in people.search(ctx, query, limit=1000)}, query
