"""The demo station builder: reproducible, valid identifiers, realistic names, usable accounts."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from stationdesk.domain.idnumber import JIAXING_AREA_CODES, parse_id_number
from stationdesk.domain.names import name_keys
from stationdesk.domain.phone import normalize_phone
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, people, station, tags
from stationdesk.services.context import ServiceContext
from stationdesk.services.database import open_station
from stationdesk.services.demo import (
    DEMO_ADMIN,
    DEMO_PASSWORD,
    PROFILE,
    REFERENCE_DATE,
    USERS,
    build_demo,
    build_demo_file,
    generate_persons,
)
from stationdesk.services.errors import ServiceError
from stationdesk.store.engine import url_for_path
from stationdesk.store.models import ChangeLog, Person, PersonTag

SAMPLE = 5000


@pytest.fixture(scope="module")
def sample() -> list:
    return list(generate_persons(1, SAMPLE))


def _persons_in(path: Path) -> list[tuple[str, str | None, str | None]]:
    ctx = open_station(url_for_path(path), create=False).ctx
    try:
        with ctx.reading() as session:
            rows = session.execute(select(Person.name, Person.id_number, Person.phone)).all()
    finally:
        ctx.engine.dispose()
    return sorted((r[0], r[1], r[2]) for r in rows)


def test_same_seed_gives_the_same_persons() -> None:
    first = [(p.name, p.id_number, p.phone, p.address) for p in generate_persons(7, 500)]
    again = [(p.name, p.id_number, p.phone, p.address) for p in generate_persons(7, 500)]
    other = [(p.name, p.id_number, p.phone, p.address) for p in generate_persons(8, 500)]
    assert first == again
    assert first != other
    # A smaller count is a prefix: --persons and --years agree on who is who.
    assert [(p.name, p.id_number, p.phone, p.address) for p in generate_persons(7, 200)] == first[:200]


def test_same_seed_gives_the_same_database_on_different_days(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    build_demo_file(a, seed=4, persons=150, today=date(2026, 3, 1))
    build_demo_file(b, seed=4, persons=150, today=date(2031, 9, 30))
    assert _persons_in(a) == _persons_in(b)
    assert len(_persons_in(a)) == 150


def test_every_id_number_and_phone_is_valid(sample: list) -> None:
    with_id = [p for p in sample if p.id_number]
    assert len(with_id) > 0.95 * SAMPLE
    assert len({p.id_number for p in with_id}) == len(with_id)
    for person in with_id:
        info = parse_id_number(person.id_number, today=REFERENCE_DATE)
        assert info.birth_date == person.birth_date
        assert info.sex == person.sex
        assert info.area_code in JIAXING_AREA_CODES
    home = sum(p.id_number.startswith("330482") for p in with_id)
    assert home > 0.75 * len(with_id)
    phones = [p.phone for p in sample if p.phone]
    assert 0.80 * SAMPLE < len(phones) < 0.90 * SAMPLE
    for phone in phones:
        assert normalize_phone(phone) == phone


def test_names_look_like_a_pinghu_registry(sample: list) -> None:
    names = [p.name for p in sample]
    two_char = [n for n in names if len(n) == 2]
    assert len(two_char) > 0.1 * SAMPLE  # 王芳, 沈静 ...
    surnames = Counter(n[0] for n in names)
    assert {"王", "沈", "张", "陈", "陆"} <= {s for s, _ in surnames.most_common(8)}
    assert any(surnames[s] for s in "曾单解覃")  # heteronym surnames, in small numbers
    assert len(set(names)) < len(names)  # common names repeat, as in life
    births = [p.birth_date for p in sample]
    assert min(births) >= date(1930, 1, 1)
    assert max(births) <= REFERENCE_DATE
    elderly = [p for p in sample if p.age() >= 60]
    assert 0.35 * SAMPLE < len(elderly) < 0.65 * SAMPLE
    assert all(p.grid.startswith("第") and p.grid.endswith("网格") for p in sample)


def test_tags_follow_the_intended_shares(sample: list) -> None:
    counts = Counter(tag for p in sample for tag in p.tags)
    assert 0.02 * SAMPLE < counts["低保"] < 0.045 * SAMPLE
    assert 0.025 * SAMPLE < counts["残疾"] < 0.055 * SAMPLE
    elderly = [p for p in sample if p.age() >= 60]
    alone = sum("独居老人" in p.tags for p in elderly)
    assert 0.04 * len(elderly) < alone < 0.08 * len(elderly)
    assert all(p.age() < 18 for p in sample if "困境儿童" in p.tags)
    assert all("重点对象" in p.tags for p in sample if "特困" in p.tags)


def test_build_creates_station_users_persons_and_tags(empty_ctx: ServiceContext) -> None:
    summary = build_demo(empty_ctx, persons=120, seed=2)
    assert summary.persons == 120
    assert station.get_profile(empty_ctx) == PROFILE
    actor = accounts.login(empty_ctx, DEMO_ADMIN, DEMO_PASSWORD)
    assert actor.role == Role.ADMIN
    assert actor.display_name == "演示管理员"
    assert {u.username: u.role for u in accounts.list_users(empty_ctx)} == {u: r for u, _, r in USERS}
    assert {t.name for t in tags.list_tags(empty_ctx)} >= {"低保", "特困", "残疾", "独居老人", "困境儿童"}
    assert people.count(empty_ctx) == 120
    with empty_ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(PersonTag)) == summary.tag_links
        logged = session.scalar(select(func.count()).where(ChangeLog.table_name == "person"))
        assert logged > 120 * 10
        hlcs = session.scalars(select(Person.hlc)).all()
        assert len(set(hlcs)) == len(hlcs)


def test_other_demo_users_sign_in_with_the_demo_password(empty_ctx: ServiceContext) -> None:
    build_demo(empty_ctx, persons=5)
    for username, _, role in USERS[1:]:
        assert accounts.login(empty_ctx, username, DEMO_PASSWORD).role == role


def test_generated_persons_are_found_by_search(empty_ctx: ServiceContext) -> None:
    build_demo(empty_ctx, persons=200, seed=9)
    accounts.login(empty_ctx, DEMO_ADMIN, DEMO_PASSWORD)
    for spec in list(generate_persons(9, 200))[:40]:
        names = {r.name for r in people.search(empty_ctx, spec.name, limit=200)}
        assert spec.name in names
        initials = name_keys(spec.name).initials
        assert spec.name in {r.name for r in people.search(empty_ctx, initials, limit=200)}
        if spec.phone:
            assert spec.name in {r.name for r in people.search(empty_ctx, spec.phone)}


def test_build_refuses_a_station_already_set_up(ctx: ServiceContext) -> None:
    with pytest.raises(ServiceError) as caught:
        build_demo(ctx, persons=5)
    assert caught.value.code == "demo.not_empty"


def test_build_file_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "x.sqlite3"
    target.write_bytes(b"keep me")
    with pytest.raises(ServiceError) as caught:
        build_demo_file(target, persons=5)
    assert caught.value.code == "demo.target_exists"
    assert target.read_bytes() == b"keep me"


def test_progress_is_reported_up_to_one(tmp_path: Path) -> None:
    seen: list[tuple[str, float]] = []
    build_demo_file(tmp_path / "p.sqlite3", persons=50, progress=lambda label, f: seen.append((label, f)))
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions)
    assert fractions[0] == 0.0
    assert fractions[-1] == pytest.approx(1.0)


def test_the_demo_station_has_partners_to_refer_to(tmp_path) -> None:
    from stationdesk.services import accounts, partners
    from stationdesk.services.database import open_station
    from stationdesk.services.demo import DEMO_PASSWORD, build_demo_file

    db = tmp_path / "demo.sqlite3"
    build_demo_file(db, years=1, seed=3, persons=20)
    ctx = open_station(f"sqlite:///{db}").ctx
    accounts.login(ctx, "staff", DEMO_PASSWORD)
    names = {p.name for p in partners.list_partners(ctx)}
    assert {"平湖市民政局", "嘉兴学院志愿服务队"} <= names
    ctx.engine.dispose()


def test_the_demo_desk_has_walk_ins_referrals_follow_ups_and_key_target_visits(
    empty_ctx: ServiceContext,
) -> None:
    from stationdesk.domain.referrals import normalize_tracking_code
    from stationdesk.domain.visits import period_of
    from stationdesk.services import coverage
    from stationdesk.store.models import HomeVisit, KeyTarget, Referral, WalkIn

    today = date(2026, 11, 25)
    build_demo(empty_ctx, persons=3000, seed=4, today=today)
    accounts.login(empty_ctx, DEMO_ADMIN, DEMO_PASSWORD)
    with empty_ctx.reading() as session:
        walk_ins = session.execute(
            select(WalkIn.arrived_at, Person.created_at).outerjoin(Person, Person.id == WalkIn.person_id)
        ).all()
        codes = session.scalars(select(Referral.tracking_code)).all()
        visits = session.execute(
            select(HomeVisit.visited_on, KeyTarget.start_on, KeyTarget.end_on).join(
                KeyTarget, KeyTarget.id == HomeVisit.target_id
            )
        ).all()
    assert len(walk_ins) > 5000 and max(arrived for arrived, _ in walk_ins).date() == today
    assert all(created is None or created.date() <= arrived.date() for arrived, created in walk_ins)
    assert codes and all(normalize_tracking_code(code) == code for code in codes)
    assert len(set(codes)) == len(codes)
    assert visits and all(start <= on <= (end or today) <= today for on, start, end in visits)
    last_month = coverage.coverage(empty_ctx, period_of(date(2026, 10, 1), "month"), today=today)
    assert last_month.due > 0 and 0.8 < float(last_month.rate) < 1
    from stationdesk.services import enrolment, training

    programmes = training.list_programmes(empty_ctx)
    assert len(programmes) >= 12 and any(p.kind == "camp" for p in programmes)
    coming = [
        s for p in programmes for s in training.list_sessions(empty_ctx, p.id) if s.starts_at.date() >= today
    ]
    assert coming, "a course starts this week: there is a session to sign in to"
    waiting = enrolment.not_yet_arrived(empty_ctx, coming[0].id)
    assert waiting and len({p.signin_code for p in waiting}) == len(waiting)


def test_the_demo_volunteers_serve_weekly_shifts_and_their_hours_count(empty_ctx: ServiceContext) -> None:
    from sqlalchemy import func

    from stationdesk.domain import codes
    from stationdesk.services.hours_count import counts, waiting
    from stationdesk.store.models import HoursEntry, Shift, ShiftAssignment, ShiftRole, Volunteer

    today = date(2026, 11, 25)
    build_demo(empty_ctx, years=2, persons=4000, seed=5, today=today)
    with empty_ctx.reading() as session:
        volunteer_codes = session.scalars(select(Volunteer.code)).all()
        shifts = session.execute(select(Shift.starts_at, Shift.ends_at)).all()
        over = session.execute(
            select(ShiftRole.capacity, func.count(ShiftAssignment.id))
            .join(ShiftAssignment, ShiftAssignment.role_id == ShiftRole.id)
            .group_by(ShiftRole.id)
        ).all()
        served = session.execute(select(HoursEntry.service_date, HoursEntry.credited_minutes)).all()
        counted = session.scalar(select(func.count()).select_from(HoursEntry).where(counts()))
        to_review = session.scalar(select(func.count()).select_from(HoursEntry).where(waiting()))
    assert len(volunteer_codes) > 20 and all(codes.looks_like_code(code) for code in volunteer_codes)
    assert len(set(volunteer_codes)) == len(volunteer_codes)
    assert len(shifts) > 150 and all(start.date() == end.date() and start < end for start, end in shifts)
    assert any(start.date() > today for start, _ in shifts), "sign-ups run ahead"
    assert all(assigned <= capacity for capacity, assigned in over)
    assert served and all(day < today and 0 < minutes <= 4 * 60 for day, minutes in served)
    assert 0 < to_review < counted
