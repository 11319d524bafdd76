"""Resident ID number validation (GB 11643-1999) and the demo-data builder."""

from __future__ import annotations

import pickle
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.idnumber import (
    JIAXING_AREA_CODES,
    IdNumberInfo,
    area_name,
    check_char,
    is_known_area_code,
    make_id_number,
    normalize_id_number,
    parse_id_number,
)

# The worked example of GB 11643-1999 (Beijing 朝阳区 → 110105), check character X.
GB_EXAMPLE = "11010519491231002X"
TODAY = date(2025, 6, 1)


def error_code(raw: str, today: date = TODAY) -> str:
    with pytest.raises(ValidationError) as info:
        parse_id_number(raw, today=today)
    return info.value.code


def with_check(first17: str) -> str:
    return first17 + check_char(first17)


class TestValid:
    def test_gb_example(self) -> None:
        assert parse_id_number(GB_EXAMPLE, today=TODAY) == IdNumberInfo(
            number=GB_EXAMPLE,
            area_code="110105",
            birth_date=date(1949, 12, 31),
            sex="F",
            is_foreign_permanent=False,
        )

    def test_lower_case_x(self) -> None:
        assert parse_id_number(GB_EXAMPLE.lower(), today=TODAY).number == GB_EXAMPLE

    def test_spaces_and_full_width(self) -> None:
        assert parse_id_number(" 110105 19491231 002x ", today=TODAY).number == GB_EXAMPLE
        assert parse_id_number("１１０１０５１９４９１２３１００２ｘ", today=TODAY).number == GB_EXAMPLE
        assert parse_id_number("１１０１０５\u3000１９４９１２３１００２Ｘ", today=TODAY).number == GB_EXAMPLE

    def test_digit_check_char(self) -> None:
        info = parse_id_number("360426199101010071", today=TODAY)
        assert (info.area_code, info.birth_date, info.sex) == ("360426", date(1991, 1, 1), "M")

    def test_default_today(self) -> None:
        assert parse_id_number(GB_EXAMPLE).birth_date == date(1949, 12, 31)

    def test_born_today_is_not_future(self) -> None:
        number = make_id_number("330482", TODAY, 1)
        assert parse_id_number(number, today=TODAY).birth_date == TODAY


class TestNormalize:
    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("11010519491231002x", GB_EXAMPLE),
            ("  110105 1949 1231 002X\n", GB_EXAMPLE),
            ("３３０", "330"),
            ("ｘ", "X"),
            ("Ｘ", "X"),
            ("", ""),
        ],
    )
    def test_normalize(self, raw: str, expected: str) -> None:
        assert normalize_id_number(raw) == expected


class TestInvalid:
    @pytest.mark.parametrize("raw", ["", "   ", "\u3000"])
    def test_empty(self, raw: str) -> None:
        assert error_code(raw) == "id.empty"

    @pytest.mark.parametrize("raw", [GB_EXAMPLE[:-1], GB_EXAMPLE + "1", "330482900101123"])
    def test_length(self, raw: str) -> None:
        with pytest.raises(ValidationError) as info:
            parse_id_number(raw, today=TODAY)
        assert info.value.code == "id.length"
        assert info.value.params == {"length": len(raw), "expected": 18}

    @pytest.mark.parametrize(
        ("raw", "position"),
        [
            ("X1010519491231002X", 1),
            ("1101051949123100X2", 17),
            ("11010519491231002Y", 18),
            ("11010519491231-02X", 15),
            ("1101051949123100²X", 17),  # superscript two: isdigit() but not an ID digit
        ],
    )
    def test_chars(self, raw: str, position: int) -> None:
        with pytest.raises(ValidationError) as info:
            parse_id_number(raw, today=TODAY)
        assert info.value.code == "id.chars"
        assert info.value.params == {"position": position}

    def test_each_wrong_check_char(self) -> None:
        body = GB_EXAMPLE[:17]
        wrong = [c for c in "0123456789X" if c != GB_EXAMPLE[-1]]
        assert len(wrong) == 10
        for c in wrong:
            with pytest.raises(ValidationError) as info:
                parse_id_number(body + c, today=TODAY)
            assert info.value.code == "id.checksum", c
            assert info.value.params == {"expected": "X"}

    @pytest.mark.parametrize(
        "birth",
        ["19900230", "19901301", "19900001", "19900100", "18500101", "18991231", "00000000"],
    )
    def test_bad_birth_date(self, birth: str) -> None:
        assert error_code(with_check(f"330482{birth}123")) == "id.birth_date"

    def test_year_1900_is_accepted(self) -> None:
        assert parse_id_number(with_check("33048219000101123"), today=TODAY).birth_date == date(1900, 1, 1)

    def test_future_birth(self) -> None:
        number = make_id_number("330482", date(2025, 6, 2), 7)
        with pytest.raises(ValidationError) as info:
            parse_id_number(number, today=TODAY)
        assert info.value.code == "id.future"
        assert info.value.params == {"today": "2025-06-01"}

    @pytest.mark.parametrize("area", ["000000", "100000", "339999", "330499", "710199"])
    def test_unknown_area(self, area: str) -> None:
        with pytest.raises(ValidationError) as info:
            parse_id_number(make_id_number(area, date(1990, 1, 1), 1), today=TODAY)
        assert info.value.code == "id.area"
        assert info.value.params == {"area_code": area}

    def test_checksum_is_reported_before_date_and_area(self) -> None:
        body = "99999919901340123"  # bad area and month 13, but the typo is the likelier cause
        wrong = "0" if check_char(body) != "0" else "1"
        assert error_code(body + wrong) == "id.checksum"


class TestForeignPermanent:
    def test_skips_area_lookup(self) -> None:
        info = parse_id_number(make_id_number("999999", date(1985, 3, 4), 2), today=TODAY)
        assert info.is_foreign_permanent
        assert (info.area_code, info.birth_date, info.sex) == ("999999", date(1985, 3, 4), "F")

    def test_keeps_checksum_and_date(self) -> None:
        number = make_id_number("931560", date(1985, 3, 4), 2)
        wrong = "0" if number[-1] != "0" else "1"
        assert error_code(number[:-1] + wrong) == "id.checksum"
        assert error_code(with_check("93156019850230002")) == "id.birth_date"
        assert error_code(make_id_number("931560", date(2030, 1, 1), 2)) == "id.future"


class TestAreas:
    @pytest.mark.parametrize(("code", "name"), sorted(JIAXING_AREA_CODES.items()))
    def test_jiaxing_codes(self, code: str, name: str) -> None:
        assert is_known_area_code(code)
        assert area_name(code) == name
        parse_id_number(make_id_number(code, date(1960, 7, 15), 42), today=TODAY)

    @pytest.mark.parametrize(
        "code",
        [
            "330103",  # 下城区, abolished 2021: its residents keep their numbers
            "330125",  # 余杭县 until 1994
            "110103",  # 崇文区 until 2010
            "330400",  # 嘉兴市 (prefecture level, used on some old cards)
            "330113",  # 临平区 (2021), missing from stdnum 2.2
            "330114",  # 钱塘区 (2021), missing from stdnum 2.2
            "810000",  # Hong Kong residence permits
            "830000",  # Taiwan residence permits, missing from stdnum 2.2
        ],
    )
    def test_any_period_is_accepted(self, code: str) -> None:
        assert is_known_area_code(code)
        parse_id_number(make_id_number(code, date(2020, 1, 1), 11), today=TODAY)

    def test_area_name(self) -> None:
        assert area_name("330402") == "南湖区"  # was 城区, then 秀城区
        assert area_name("339999") is None
        assert area_name("33") is None
        assert area_name("abcdef") is None


class TestSex:
    @pytest.mark.parametrize(
        ("sequence", "sex"), [(0, "F"), (1, "M"), (2, "F"), (123, "M"), (998, "F"), (999, "M")]
    )
    def test_from_17th_digit(self, sequence: int, sex: str) -> None:
        info = parse_id_number(make_id_number("330483", date(1970, 1, 1), sequence), today=TODAY)
        assert info.sex == sex


class TestBuilders:
    def test_check_char(self) -> None:
        assert check_char(GB_EXAMPLE[:17]) == "X"
        assert check_char("36042619910101007") == "1"

    @pytest.mark.parametrize(
        "bad", ["", "1101051949123100", "110105194912310022", "1101051949123100X", "１" * 17]
    )
    def test_check_char_rejects(self, bad: str) -> None:
        with pytest.raises(ValueError):
            check_char(bad)

    def test_make_round_trip(self) -> None:
        number = make_id_number("330481", date(1988, 2, 29), 57)
        assert number == "33048119880229057" + check_char("33048119880229057")
        info = parse_id_number(number, today=TODAY)
        assert (info.number, info.area_code, info.birth_date, info.sex) == (
            number,
            "330481",
            date(1988, 2, 29),
            "M",
        )

    @pytest.mark.parametrize(
        ("area", "sequence"), [("33048", 1), ("3304811", 1), ("33048x", 1), ("330481", -1), ("330481", 1000)]
    )
    def test_make_rejects(self, area: str, sequence: int) -> None:
        with pytest.raises(ValueError):
            make_id_number(area, date(1990, 1, 1), sequence)


class TestError:
    def test_is_value_error_with_code(self) -> None:
        with pytest.raises(ValueError) as info:
            parse_id_number("123", today=TODAY)
        assert isinstance(info.value, ValidationError)
        assert info.value.code == "id.length"
        assert "18" in str(info.value)

    def test_pickles(self) -> None:
        error = ValidationError("id.checksum", "bad", {"expected": "X"})
        copy = pickle.loads(pickle.dumps(error))
        assert (copy.code, str(copy), copy.params) == ("id.checksum", "bad", {"expected": "X"})

    def test_message_defaults_to_code(self) -> None:
        assert str(ValidationError("phone.format")) == "phone.format"
        assert ValidationError("phone.format").params == {}


# --- properties ------------------------------------------------------------------------------

birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date.today())
# The first area lookup loads stdnum's location database (~0.15 s); no per-example deadline.
no_deadline = settings(deadline=None)


@no_deadline
@given(st.sampled_from(sorted(JIAXING_AREA_CODES)), birth_dates, st.integers(0, 999))
def test_make_then_parse_round_trips(area: str, birth: date, sequence: int) -> None:
    number = make_id_number(area, birth, sequence)
    info = parse_id_number(number)
    assert info == IdNumberInfo(
        number=number,
        area_code=area,
        birth_date=birth,
        sex="M" if sequence % 2 else "F",
        is_foreign_permanent=False,
    )
    assert parse_id_number(number.lower()) == info


@no_deadline
@given(
    st.sampled_from(sorted(JIAXING_AREA_CODES)),
    birth_dates,
    st.integers(0, 999),
    st.integers(0, 17),
    st.sampled_from("0123456789XAZ-#"),
)
def test_any_single_substitution_is_refused(
    area: str, birth: date, sequence: int, position: int, replacement: str
) -> None:
    number = make_id_number(area, birth, sequence)
    if number[position] == replacement:
        replacement = "#"
    mutated = number[:position] + replacement + number[position + 1 :]
    with pytest.raises(ValidationError):
        parse_id_number(mutated)
