"""At the door and on paper: marks by hand, sign-out, walk-ins, matching them later and undoing it."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.domain.training import CompletionRule, RuleKind
from stationdesk.services import attendance, enrolment, marks, people, training, walk_ins
from stationdesk.services.context import ServiceContext
from stationdesk.services.enrolment import Choices, SignIn
from stationdesk.services.errors import NotFound, PermissionDenied
from stationdesk.services.people import DuplicatesFound, PersonDraft
from stationdesk.services.training import ProgrammeDraft, SessionDraft
from stationdesk.services.walk_ins import WalkInDuplicates
from stationdesk.store.models import AuditEvent, Enrolment, SessionAttendance

DAY = date(2026, 11, 24)
NEXT = date(2026, 12, 1)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


@pytest.fixture
def setup(ctx: ServiceContext) -> dict[str, str]:
    programme = training.create_programme(
        ctx, ProgrammeDraft("社区工作者能力提升培训", "training", CompletionRule(RuleKind.SHARE, 80), 120)
    )
    first = training.add_session(ctx, programme, SessionDraft(DAY, time(9), time(11)))
    second = training.add_session(ctx, programme, SessionDraft(NEXT, time(9), time(11)))
    persons = {
        name: people.create(ctx, PersonDraft(name=name, phone=phone))
        for name, phone in (("王芳", "13912345678"), ("张三丰", "13700001111"), ("李四", "13600002222"))
    }
    enrolment.enrol_persons(ctx, programme, [persons["王芳"], persons["张三丰"]], unit="当湖街道")
    ids = {p.name: p.enrolment_id for p in enrolment.participants(ctx, programme)}
    return {"programme": programme, "s1": first, "s2": second, **persons,
            "e王芳": ids["王芳"], "e张三丰": ids["张三丰"]}  # fmt: skip


def _rows(ctx: ServiceContext) -> list[SessionAttendance]:
    with ctx.reading() as session:
        return list(session.scalars(select(SessionAttendance)))


def _enrolment(ctx: ServiceContext, enrolment_id: str) -> tuple[str | None, str | None, str, str]:
    with ctx.reading() as session:
        row = session.get(Enrolment, enrolment_id)
        assert row is not None
        return row.person_id, row.merged_into, row.walk_in_name, row.source


def _mark_of(ctx: ServiceContext, session_id: str, name: str) -> marks.RowMark | None:
    return next(r.mark for r in marks.session_marks(ctx, session_id).rows if r.entry.name == name)


# --- marks by hand ---------------------------------------------------------------------------------


def test_a_mark_is_set_once_per_participant_and_updated_with_who_and_when(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    marks.mark(ctx, setup["s1"], setup["e王芳"], "excused", now=at(8))
    sign_in_as(ctx, Role.TRAINER)
    result = marks.mark(
        ctx, setup["s1"], setup["e王芳"], "late", method="paper", signed_in_at=at(9, 20), now=at(12)
    )
    assert (result.status, result.signed_in_at, result.recorded_by) == ("late", at(9, 20), "trainer user")
    [row] = _rows(ctx)
    assert (row.status, row.method, row.recorded_at) == ("late", "paper", at(12))
    assert row.recorded_by == ctx.actor.user_id
    shown = _mark_of(ctx, setup["s1"], "王芳")
    assert shown is not None and (shown.recorded_by, shown.recorded_at) == ("trainer user", at(12))


def test_excused_and_absent_clear_the_times_and_count_as_not_arrived(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    enrolment.sign_in(ctx, setup["s1"], "王芳", at(8, 55))
    marks.mark(ctx, setup["s1"], setup["e王芳"], "absent", now=at(12))
    [row] = _rows(ctx)
    assert (row.status, row.signed_in_at, row.signed_out_at) == ("absent", None, None)
    assert [p.name for p in enrolment.not_yet_arrived(ctx, setup["s1"])] == ["张三丰", "王芳"]
    state = marks.session_marks(ctx, setup["s1"])
    assert [r.entry.name for r in state.not_yet] == ["王芳", "张三丰"]  # roster (pinyin) order
    assert state.arrived == []


def test_a_paper_present_mark_without_a_time_counts_as_arrived(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    marks.mark(ctx, setup["s1"], setup["e张三丰"], "present", now=at(15))
    assert [p.name for p in enrolment.not_yet_arrived(ctx, setup["s1"])] == ["王芳"]
    record = attendance.programme_attendance(ctx, setup["programme"], as_of=at(15))
    assert record.session_counts(setup["s1"]) == {"present": 1}


def test_at_the_desk_a_present_mark_takes_the_time_now(ctx: ServiceContext, setup: dict[str, str]) -> None:
    result = marks.mark(ctx, setup["s1"], setup["e王芳"], "present", method="desk", now=at(9, 5))
    assert result.signed_in_at == at(9, 5)


def test_left_early_keeps_the_sign_in_and_takes_the_sign_out_time(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    enrolment.sign_in(ctx, setup["s1"], "王芳", at(8, 55))
    marks.mark(ctx, setup["s1"], setup["e王芳"], "left_early", signed_out_at=at(10), now=at(12))
    [row] = _rows(ctx)
    assert (row.status, row.signed_in_at, row.signed_out_at) == ("left_early", at(8, 55), at(10))


def test_sign_out_before_the_end_is_left_early_and_after_it_stays_present(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    enrolment.sign_in(ctx, setup["s1"], "王芳", at(8, 55))
    enrolment.sign_in(ctx, setup["s1"], "张三丰", at(8, 56))
    assert marks.sign_out(ctx, setup["s1"], setup["e王芳"], at(10, 15)).status == "left_early"
    assert marks.sign_out(ctx, setup["s1"], setup["e张三丰"], at(11, 5)).status == "present"
    by_name = {r.entry.name: r.mark for r in marks.session_marks(ctx, setup["s1"]).rows}
    assert by_name["王芳"] is not None and by_name["王芳"].signed_out_at == at(10, 15)


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda ctx, s: marks.mark(ctx, s["s1"], s["e王芳"], "asleep", now=at(12)), "attendance.bad_status"),
        (lambda ctx, s: marks.mark(ctx, s["s1"], s["e王芳"], "present", method="fax", now=at(12)),
         "attendance.bad_method"),
        (lambda ctx, s: marks.mark(ctx, s["s2"], s["e王芳"], "present", now=at(12)),
         "attendance.not_yet_held"),
        (lambda ctx, s: marks.mark(ctx, s["s1"], s["e王芳"], "present", signed_in_at=at(9, day=NEXT),
                                   now=at(12, day=NEXT)), "attendance.time_off_day"),
        (lambda ctx, s: marks.mark(ctx, s["s1"], s["e王芳"], "left_early", signed_in_at=at(10),
                                   signed_out_at=at(9, 30), now=at(12)), "attendance.out_before_in"),
        (lambda ctx, s: marks.sign_out(ctx, s["s1"], s["e王芳"], at(10)), "attendance.not_signed_in"),
    ],
)  # fmt: skip
def test_bad_marks_are_refused_and_write_nothing(
    ctx: ServiceContext, setup: dict[str, str], call, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        call(ctx, setup)
    assert refused.value.code == code
    assert _rows(ctx) == []


def test_excused_may_be_marked_ahead_and_unknown_participants_are_refused(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    assert marks.mark(ctx, setup["s2"], setup["e王芳"], "excused", now=at(12)).status == "excused"
    with pytest.raises(NotFound):
        marks.mark(ctx, setup["s1"], "no-such-enrolment", "present", now=at(12))
    sign_in_as(ctx, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        marks.mark(ctx, setup["s1"], setup["e王芳"], "present", now=at(12))


def test_the_session_marks_count_arrivals_and_late_ones(ctx: ServiceContext, setup: dict[str, str]) -> None:
    enrolment.sign_in(ctx, setup["s1"], "张三丰", at(9, 25))
    state = marks.session_marks(ctx, setup["s1"])
    assert (len(state.arrived), len(state.rows), state.late) == (1, 2, 1)
    assert state.session.programme_name == "社区工作者能力提升培训"
    assert [r.entry.number for r in state.rows] == [1, 2]


# --- walk-ins ----------------------------------------------------------------------------------------


def test_a_walk_in_is_signed_in_with_its_own_code_and_no_person(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    result = walk_ins.sign_in_walk_in(ctx, setup["s1"], " 赵 六 ", "139-0000-1234", "新埭镇", now=at(9, 15))
    assert isinstance(result, SignIn)
    assert (result.participant.name, result.status, result.already) == ("赵 六", "late", False)
    person, merged, name, source = _enrolment(ctx, result.participant.enrolment_id)
    assert (person, merged, name, source) == (None, None, "赵 六", "walk_in")
    again = enrolment.sign_in(ctx, setup["s1"], result.participant.signin_code, at(9, 30))
    assert isinstance(again, SignIn) and again.already
    [listed] = walk_ins.walk_ins(ctx, setup["programme"])
    assert (listed.name, listed.phone_masked, listed.unit, listed.sessions) == (
        "赵 六",
        "139****1234",
        "新埭镇",
        1,
    )


def test_a_likely_duplicate_is_told_first_and_nothing_is_written(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    found = walk_ins.sign_in_walk_in(ctx, setup["s1"], "王芳", "", now=at(9))
    assert isinstance(found, WalkInDuplicates)
    participant = found.candidates[0]
    assert (participant.name, participant.phone_masked, participant.participant) == (
        "王芳",
        "139****5678",
        True,
    )
    by_phone = walk_ins.sign_in_walk_in(ctx, setup["s1"], "李思", "13600002222", now=at(9))
    assert isinstance(by_phone, WalkInDuplicates)
    [registry] = by_phone.candidates
    assert (registry.name, registry.participant, registry.reasons) == (
        "李四",
        False,
        ("same_phone", "same_pinyin"),
    )
    assert walk_ins.check_walk_in(ctx, setup["s1"], "王方") != []  # the same reading
    assert _rows(ctx) == [] and walk_ins.walk_ins(ctx, setup["programme"]) == []
    # the clerk picks the registry person instead: enrolled and signed in
    signed = walk_ins.sign_in_person(ctx, setup["s1"], registry.person_id or "", now=at(9))
    assert signed.participant.name == "李四"
    assert "李四" in [p.name for p in enrolment.participants(ctx, setup["programme"])]
    anyway = walk_ins.sign_in_walk_in(ctx, setup["s1"], "王芳", "", anyway=True, now=at(9))
    assert isinstance(anyway, SignIn) and anyway.participant.person_id is None


@pytest.mark.parametrize(
    ("name", "phone", "unit", "code"),
    [
        ("  ", "", "", "signin.walk_in_name_required"),
        ("王" * 65, "", "", "signin.walk_in_name_too_long"),
        ("赵六", "12345", "", "phone.format"),
        ("赵六", "", "单" * 129, "signin.walk_in_unit_too_long"),
    ],
)
def test_bad_walk_in_details_are_refused(
    ctx: ServiceContext, setup: dict[str, str], name: str, phone: str, unit: str, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        walk_ins.sign_in_walk_in(ctx, setup["s1"], name, phone, unit, now=at(9))
    assert refused.value.code == code
    assert _rows(ctx) == []


def test_no_walk_ins_after_the_session_day(ctx: ServiceContext, setup: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as refused:
        walk_ins.sign_in_walk_in(ctx, setup["s1"], "赵六", now=at(9, day=NEXT))
    assert refused.value.code == "signin.session_over"


# --- matching later ----------------------------------------------------------------------------------


def _walk_in(
    ctx: ServiceContext, setup: dict[str, str], name: str, phone: str = "", when: datetime | None = None
) -> SignIn:
    result = walk_ins.sign_in_walk_in(ctx, setup["s1"], name, phone, anyway=True, now=when or at(9))
    assert isinstance(result, SignIn)
    return result


def test_matched_to_a_participant_the_walk_in_merges_and_its_code_signs_them_in(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    walk_in = _walk_in(ctx, setup, "王芳", "13912345678", at(8, 50))
    wid = walk_in.participant.enrolment_id
    candidates = walk_ins.match_candidates(ctx, wid)
    assert candidates[0].enrolment_id == setup["e王芳"] and "same_phone" in candidates[0].reasons
    assert walk_ins.match_walk_in(ctx, wid, setup["王芳"]) == "merged"
    assert _enrolment(ctx, wid)[:2] == (None, setup["e王芳"])
    # the walk-in's sign-in now counts as hers; the name matches her once, not twice
    assert [p.name for p in enrolment.not_yet_arrived(ctx, setup["s1"])] == ["张三丰"]
    again = enrolment.sign_in(ctx, setup["s1"], "王芳", at(9, 30))
    assert isinstance(again, SignIn) and again.already and again.signed_in_at == at(8, 50)
    # its code signs her in at the next session
    later = enrolment.sign_in(ctx, setup["s2"], walk_in.participant.signin_code, at(8, 55, NEXT))
    assert isinstance(later, SignIn) and later.participant.enrolment_id == setup["e王芳"]
    record = attendance.programme_attendance(ctx, setup["programme"], as_of=at(12, day=NEXT))
    assert {r.entry.name: r.attended for r in record.rows} == {"王芳": 2, "张三丰": 0}
    assert [w.matched_to for w in walk_ins.matched_walk_ins(ctx, setup["programme"])] == ["王芳"]
    assert walk_ins.walk_ins(ctx, setup["programme"]) == []


def test_matched_to_a_person_not_enrolled_the_walk_in_becomes_their_enrolment(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    wid = _walk_in(ctx, setup, "李四").participant.enrolment_id
    assert walk_ins.match_walk_in(ctx, wid, setup["李四"]) == "person"
    assert _enrolment(ctx, wid)[:2] == (setup["李四"], None)
    assert "李四" in [p.name for p in enrolment.participants(ctx, setup["programme"])]
    with pytest.raises(ValidationError) as twice:
        walk_ins.match_walk_in(ctx, wid, setup["王芳"])
    assert twice.value.code == "training.walk_in_matched"


@pytest.mark.parametrize("target", ["王芳", "李四"])
def test_undo_restores_the_exact_previous_state_and_both_are_audited(
    ctx: ServiceContext, setup: dict[str, str], target: str
) -> None:
    wid = _walk_in(ctx, setup, "王芳").participant.enrolment_id
    before = _enrolment(ctx, wid)
    counts_before = {
        r.entry.name: r.attended
        for r in attendance.programme_attendance(ctx, setup["programme"], at(12)).rows
    }
    walk_ins.match_walk_in(ctx, wid, setup[target])
    walk_ins.undo_match(ctx, wid)
    assert _enrolment(ctx, wid) == before
    after = {
        r.entry.name: r.attended
        for r in attendance.programme_attendance(ctx, setup["programme"], at(12)).rows
    }
    assert after == counts_before
    assert [w.enrolment_id for w in walk_ins.walk_ins(ctx, setup["programme"])] == [wid]
    with ctx.reading() as session:
        actions = list(
            session.scalars(
                select(AuditEvent.action).where(AuditEvent.record_id == wid).order_by(AuditEvent.at)
            )
        )
    assert actions == ["training.walk_in_match", "training.walk_in_unmatch"]
    with pytest.raises(ValidationError) as nothing:
        walk_ins.undo_match(ctx, wid)
    assert nothing.value.code == "training.walk_in_not_matched"


def test_undo_refuses_a_participant_who_was_never_a_walk_in(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    with pytest.raises(NotFound):
        walk_ins.undo_match(ctx, setup["e王芳"])
    assert _enrolment(ctx, setup["e王芳"])[0] == setup["王芳"]


def test_a_walk_in_becomes_a_new_registry_person_through_the_registry_check(
    ctx: ServiceContext, setup: dict[str, str]
) -> None:
    wid = _walk_in(ctx, setup, "赵六", "13500003333").participant.enrolment_id
    person_id = walk_ins.register_walk_in(ctx, wid)
    assert people.get(ctx, person_id).row.name == "赵六"
    assert _enrolment(ctx, wid)[0] == person_id
    twin = _walk_in(ctx, setup, "王芳", "13912345678").participant.enrolment_id
    with pytest.raises(DuplicatesFound):  # the registry's own duplicate check
        walk_ins.register_walk_in(ctx, twin)
    assert _enrolment(ctx, twin)[0] is None


def test_viewers_may_list_but_not_match(ctx: ServiceContext, setup: dict[str, str]) -> None:
    wid = _walk_in(ctx, setup, "赵六").participant.enrolment_id
    sign_in_as(ctx, Role.VIEWER)
    assert len(walk_ins.walk_ins(ctx, setup["programme"])) == 1
    with pytest.raises(PermissionDenied):
        walk_ins.match_walk_in(ctx, wid, setup["李四"])


def test_a_kiosk_sign_in_is_recorded_as_such(ctx: ServiceContext, setup: dict[str, str]) -> None:
    result = enrolment.sign_in(ctx, setup["s1"], "zsf", at(9), method="kiosk")
    assert isinstance(result, SignIn) and not isinstance(result, Choices)
    assert [r.method for r in _rows(ctx)] == ["kiosk"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.integers(0, 2), st.sampled_from(["王芳", "李四", "undo"])), max_size=8))
def test_any_sequence_of_matches_and_undos_keeps_each_persons_count(
    ctx: ServiceContext, setup: dict[str, str], steps: list[tuple[int, str]]
) -> None:
    """Three walk-ins signed in at the first session; whatever is matched and undone, each walk-in's
    sign-in counts exactly once: for the participant it is merged into, or for itself."""
    with ctx.reading() as session:
        existing = list(session.scalars(select(Enrolment.id).where(Enrolment.source == "walk_in")))
    wids = existing or [_walk_in(ctx, setup, f"来访{i}").participant.enrolment_id for i in range(3)]
    for field in (1, 0):  # start each example from no match: the merged ones first
        for wid in wids:
            if _enrolment(ctx, wid)[field]:
                walk_ins.undo_match(ctx, wid)
    for index, action in steps:
        wid = wids[index]
        matched = any(_enrolment(ctx, wid)[:2])
        if action == "undo" and matched:
            try:
                walk_ins.undo_match(ctx, wid)
            except ValidationError as refused:  # another walk-in is merged into this one
                assert refused.code == "training.walk_in_has_merged"
        elif action != "undo" and not matched:
            walk_ins.match_walk_in(ctx, wid, setup[action])
    rows = attendance.programme_attendance(ctx, setup["programme"], as_of=at(12)).rows
    # each walk-in's sign-in counts for whom it is merged into, or for itself: once per participant
    counted = {_enrolment(ctx, wid)[1] or wid for wid in wids}
    assert sum(r.attended for r in rows) == len(counted)
    assert {r.entry.enrolment_id for r in rows if r.attended} == counted
    with ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(SessionAttendance)) == 3
