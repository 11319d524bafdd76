"""The hybrid logical clock orders every write, whatever the PC's clock does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from stationdesk.domain.clock import COUNTER_BITS, HybridLogicalClock, pack, wall_ms_of

# A sequence of events: ("tick", wall clock ms) or ("observe", remote stamp).
events = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), st.integers(0, 2**40)),
        st.tuples(st.just("observe"), st.integers(0, 2**56)),
    ),
    max_size=60,
)


@given(events)
def test_stamps_strictly_increase_even_when_the_wall_clock_jumps_back(steps: list[tuple[str, int]]) -> None:
    wall = [0]
    clock = HybridLogicalClock(now_ms=lambda: wall[0])
    issued: list[int] = []
    for kind, value in steps:
        if kind == "tick":
            wall[0] = value
            issued.append(clock.tick())
        else:
            stamp = clock.observe(value)
            assert stamp > value  # a local write after seeing a remote one orders after it
            issued.append(stamp)
    assert issued == sorted(issued) and len(set(issued)) == len(issued)


@given(st.integers(0, 2**40), st.integers(0, 2**COUNTER_BITS - 1))
def test_a_stamp_keeps_its_wall_clock_time(wall_ms: int, counter: int) -> None:
    assert wall_ms_of(pack(wall_ms, counter)) == wall_ms


def test_a_fresh_clock_follows_the_wall_clock() -> None:
    clock = HybridLogicalClock(now_ms=lambda: 1_700_000_000_000)
    assert wall_ms_of(clock.tick()) == 1_700_000_000_000


def test_a_clock_resumed_from_the_log_never_reuses_a_stamp() -> None:
    last = pack(1_800_000_000_000, 5)  # written when the PC's clock was ahead
    clock = HybridLogicalClock(last, now_ms=lambda: 1_700_000_000_000)
    assert clock.tick() == last + 1
