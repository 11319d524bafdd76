from __future__ import annotations

from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.referrals import (
    ALPHABET,
    CODE_LENGTH,
    TRANSITIONS,
    ReferralStatus,
    check_consent,
    check_transition,
    new_tracking_code,
    normalize_tracking_code,
)

S = ReferralStatus
ALLOWED = {
    (S.SENT, S.ACCEPTED),
    (S.SENT, S.REJECTED),
    (S.SENT, S.REVOKED),
    (S.ACCEPTED, S.DONE),
    (S.ACCEPTED, S.REVOKED),
}


@pytest.mark.parametrize(("current", "target"), list(product(S, S)))
def test_every_transition_is_allowed_exactly_when_the_machine_says(current: S, target: S) -> None:
    if (current, target) in ALLOWED:
        check_transition(current, target, reason="理由", by_manager=True)
    else:
        with pytest.raises(ValidationError) as info:
            check_transition(current, target, reason="理由", by_manager=True)
        assert info.value.code == "referral.bad_transition"


def test_the_table_and_the_test_agree() -> None:
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == ALLOWED


def test_done_rejected_and_revoked_are_final() -> None:
    assert not TRANSITIONS[S.DONE] and not TRANSITIONS[S.REJECTED] and not TRANSITIONS[S.REVOKED]


@pytest.mark.parametrize("target", [S.REJECTED, S.REVOKED])
def test_rejection_and_revocation_need_a_reason(target: S) -> None:
    with pytest.raises(ValidationError) as info:
        check_transition(S.SENT, target, reason="  ", by_manager=True)
    assert info.value.code == "referral.reason_required"


def test_only_a_manager_revokes() -> None:
    with pytest.raises(ValidationError) as info:
        check_transition(S.ACCEPTED, S.REVOKED, reason="重复转介", by_manager=False)
    assert info.value.code == "referral.manager_only"
    check_transition(S.ACCEPTED, S.DONE, reason="", by_manager=False)


def test_consent_or_a_managers_override_with_reason() -> None:
    check_consent(True, False, "")
    check_consent(False, True, "紧急救助，本人无法签字")
    for consent, override, reason, code in [
        (False, False, "", "referral.consent_required"),
        (False, False, "有理由也不行", "referral.consent_required"),
        (False, True, " ", "referral.override_reason_required"),
    ]:
        with pytest.raises(ValidationError) as info:
            check_consent(consent, override, reason)
        assert info.value.code == code


def test_a_new_code_is_valid_and_readable() -> None:
    code = new_tracking_code()
    assert len(code) == CODE_LENGTH and set(code) <= set(ALPHABET)
    assert normalize_tracking_code(code) == code
    assert normalize_tracking_code(f" {code[:3].lower()}-{code[3:]} ") == code
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in code)
    assert normalize_tracking_code(full_width) == code


@given(st.data())
def test_any_single_typo_or_neighbour_swap_is_caught(data: st.DataObject) -> None:
    code = new_tracking_code()
    i = data.draw(st.integers(0, CODE_LENGTH - 1))
    wrong = data.draw(st.sampled_from([ch for ch in ALPHABET if ch != code[i]]))
    with pytest.raises(ValidationError):
        normalize_tracking_code(code[:i] + wrong + code[i + 1 :])
    j = data.draw(st.integers(0, CODE_LENGTH - 2))
    if code[j] != code[j + 1]:
        swapped = code[:j] + code[j + 1] + code[j] + code[j + 2 :]
        with pytest.raises(ValidationError):
            normalize_tracking_code(swapped)


@pytest.mark.parametrize("raw", ["", "ABC", "K7M2QX40", "O0I1L23", "K7M2QX!"])
def test_malformed_codes_are_refused(raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalize_tracking_code(raw)
    assert info.value.code == "referral.code_format"
