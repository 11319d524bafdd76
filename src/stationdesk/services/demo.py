"""A realistic, reproducible demo station (演示数据): 当湖街道社会工作站 in Pinghu, Jiaxing.

Used for screenshots, manual testing, training and the benchmarks: ``--years 10`` gives the
50,000-person registry a station accumulates in ten years. The same seed always yields the same
persons (names, ID numbers, phones, addresses, tags), whatever the day it is built; only the
registration dates move with "today" so that a fresh demo always looks current.

The builder is a list of steps (station and users, persons, ...), each with its own random
stream derived from the seed, so that a step added later (receptions, visits, trainings) does
not change what the earlier steps produce. Rows go in through SQLAlchemy Core ``executemany``,
one transaction per chunk, stamped with the context's own site id and clock; the database
triggers write the change log as for any other insert.
"""

from __future__ import annotations

import bisect
import itertools
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, select
from sqlalchemy.engine import URL

from stationdesk.assets import resource
from stationdesk.domain.idnumber import JIAXING_AREA_CODES, make_id_number
from stationdesk.domain.ids import new_id
from stationdesk.domain.names import NameKeys, name_keys
from stationdesk.domain.roles import Role
from stationdesk.services import (
    audit,
    demo_names,
    demo_reception,
    demo_training,
    demo_volunteers,
    station_report,
)
from stationdesk.services.accounts import needs_setup
from stationdesk.services.context import ServiceContext
from stationdesk.services.database import open_station
from stationdesk.services.errors import ServiceError
from stationdesk.services.passwords import hash_password
from stationdesk.services.station import StationProfile, apply_profile
from stationdesk.services.tags import seed_default_tags
from stationdesk.store.engine import url_for_path
from stationdesk.store.models import Partner, Person, PersonTag, Station, Tag, User
from stationdesk.store.session import Stamper

Progress = Callable[[str, float], None]

PERSONS_PER_YEAR = 5000
REFERENCE_DATE = date(2025, 12, 31)
"""Ages and birth dates are drawn relative to this fixed day, so a seed always gives the same people."""
CHUNK_ROWS = 5000
DEMO_PASSWORD = "demo-pass-1"
DEMO_ADMIN = "demo"
PROFILE = StationProfile(
    name="平湖市当湖街道社会工作站（演示）",
    code="DEMO-PH",
    district="嘉兴市平湖市",
    address="嘉兴市平湖市当湖街道",
    phone="0573-85012345",
    logo_png=resource("demo", "station-logo.png").read_bytes(),
    person_in_charge="朱卫东",
)
USERS: tuple[tuple[str, str, Role], ...] = (
    (DEMO_ADMIN, "演示管理员", Role.ADMIN),
    ("staff", "沈丽娟", Role.STAFF),
    ("wangmin", "王敏", Role.STAFF),
    ("zhouqiang", "周强", Role.STAFF),
    ("xuhong", "徐红", Role.STAFF),
    ("trainer", "陆志明", Role.TRAINER),
    ("viewer", "顾建华", Role.VIEWER),
)

# Age at REFERENCE_DATE: (youngest, oldest, weight). A station's registry is old: half 60+.
_AGE_BANDS: tuple[tuple[int, int, float], ...] = (
    (0, 5, 4), (6, 13, 5), (14, 17, 3), (18, 29, 7), (30, 44, 10),
    (45, 59, 20), (60, 69, 20), (70, 79, 18), (80, 89, 10), (90, 95, 3),
)  # fmt: skip
_EARLIEST_BIRTH = date(1930, 1, 1)
_HOME_AREA = "330482"  # 平湖市
_OTHER_AREAS = tuple(code for code in JIAXING_AREA_CODES if code != _HOME_AREA)
_CONSENT_BASIC = "服务登记与回访联系"
_CONSENT_SENSITIVE = "服务登记与回访联系；单独同意处理敏感个人信息（救助、残疾等身份）"
_CONSENT_GUARDIAN = "监护人同意：服务登记与回访联系"


@dataclass(frozen=True, slots=True)
class DemoSummary:
    persons: int
    users: int
    tag_links: int
    seconds: float


@dataclass(frozen=True, slots=True)
class PersonSpec:
    """One generated person, before ids, stamps and dates relative to today are attached."""

    name: str
    sex: str
    birth_date: date
    id_number: str | None
    phone: str | None
    community: str
    grid: str
    address: str
    notes: str
    consent_scope: str | None  # None: no consent on file yet
    registered: float  # where in the demo's time span the person was registered, 0..1
    registered_minute: int  # minutes after 08:30 on that day
    tags: tuple[str, ...]

    def age(self, on: date = REFERENCE_DATE) -> int:
        b = self.birth_date
        return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def _cumulative(weights: Sequence[float]) -> list[float]:
    return list(itertools.accumulate(weights))


class _Picker:
    """Weighted choice with precomputed cumulative weights (random.choices recomputes them)."""

    def __init__(self, items: Sequence[Any], weights: Sequence[float]) -> None:
        self.items = tuple(items)
        self.cum = _cumulative(weights)
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> Any:
        # hi=len-1 as in random.choices: r * total can round up to total.
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total, 0, len(self.cum) - 1)]


_SURNAME = _Picker(demo_names.SURNAMES, demo_names.SURNAME_WEIGHTS)
_PHONE_PREFIX = _Picker(demo_names.PHONE_PREFIXES, demo_names.PHONE_PREFIX_WEIGHTS)
_COMMUNITY = _Picker(tuple(demo_names.COMMUNITIES), demo_names.COMMUNITY_WEIGHTS)
_AGE_BAND = _Picker(_AGE_BANDS, [w for _, _, w in _AGE_BANDS])


def _grid_count(community: str) -> int:
    # A stable number of grids (网格) per community, 4 to 9, not drawn from the random stream.
    return 4 + sum(map(ord, community)) % 6


def _given_name(rng: random.Random, birth_year: int, sex: str) -> str:
    index = next(i for i, (_, last, _) in enumerate(demo_names.COHORTS) if birth_year <= last)
    single_share = demo_names.COHORTS[index][2]
    male2, female2, male1, female1 = demo_names.GIVEN_NAMES[index]
    if rng.random() < single_share:
        return rng.choice(male1 if sex == "M" else female1)
    return rng.choice(male2 if sex == "M" else female2)


def _birth_date(rng: random.Random) -> date:
    youngest, oldest, _ = _AGE_BAND(rng)
    days = rng.randrange(int(youngest * 365.25), int((oldest + 1) * 365.25))
    return max(REFERENCE_DATE - timedelta(days=days), _EARLIEST_BIRTH)


def _address(rng: random.Random, community: str) -> str:
    roads = demo_names.COMMUNITIES[community]
    if roads is None:  # a village: 村 / 组 / 号
        return f"{community}{rng.randint(1, 9)}组{rng.randint(1, 80)}号"
    road = rng.choice(roads)
    if rng.random() < 0.7:
        return f"{road}{rng.randint(1, 400)}弄{rng.randint(1, 40)}号{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
    return f"{road}{rng.randint(1, 600)}号"


def _tags(rng: random.Random, age: int, sex: str) -> tuple[str, ...]:
    tags: list[str] = []
    if rng.random() < 0.03:
        tags.append("低保")
    elif rng.random() < 0.02:
        tags.append("低边")
    if age >= 60 and rng.random() < 0.02:
        tags.append("特困")
    if rng.random() < 0.04:
        tags.append("残疾")
    if age >= 60 and rng.random() < 0.06:
        tags.append("独居老人")
    if age < 18 and rng.random() < 0.01:
        tags.append("困境儿童")
    if sex == "M" and age >= 40 and rng.random() < 0.03:
        tags.append("退役军人")
    key = {"特困", "独居老人", "困境儿童"} & set(tags) or {"残疾", "低保"} <= set(tags)
    if key:
        tags.append("重点对象")
    return tuple(tags)


def generate_persons(seed: int, count: int) -> Iterator[PersonSpec]:
    """The demo's persons for ``seed``: the same sequence every time, a prefix for a smaller count."""
    rng = random.Random(f"stationdesk-demo:{seed}:persons")
    id_numbers: set[str] = set()
    phones: set[str] = set()
    for _ in range(count):
        birth = _birth_date(rng)
        old = REFERENCE_DATE.year - birth.year >= 80
        sex = "F" if rng.random() < (0.6 if old else 0.5) else "M"
        name = _SURNAME(rng) + _given_name(rng, birth.year, sex)

        id_number = None
        if rng.random() < 0.98:
            area = _HOME_AREA if rng.random() < 0.85 else rng.choice(_OTHER_AREAS)
            while id_number is None or id_number in id_numbers:
                sequence = rng.randrange(0, 500) * 2 + (1 if sex == "M" else 0)
                id_number = make_id_number(area, birth, sequence)
            id_numbers.add(id_number)

        age = REFERENCE_DATE.year - birth.year
        phone_share = 0.4 if age < 14 else 0.7 if age >= 80 else 0.92
        phone = None
        if rng.random() < phone_share:
            while phone is None or phone in phones:
                phone = f"{_PHONE_PREFIX(rng)}{rng.randrange(10**8):08d}"
            phones.add(phone)

        community = _COMMUNITY(rng)
        grid = f"第{rng.randint(1, _grid_count(community))}网格"
        address = _address(rng, community)
        notes = rng.choice(demo_names.NOTES) if rng.random() < 0.04 else ""
        tags = _tags(rng, age, sex)
        consent = None
        if rng.random() < 0.92:
            consent = _CONSENT_GUARDIAN if age < 14 else _CONSENT_SENSITIVE if tags else _CONSENT_BASIC
        yield PersonSpec(
            name=name,
            sex=sex,
            birth_date=birth,
            id_number=id_number,
            phone=phone,
            community=community,
            grid=grid,
            address=address,
            notes=notes,
            consent_scope=consent,
            registered=rng.random(),
            registered_minute=rng.randrange(0, 510),
            tags=tags,
        )


@dataclass
class _Build:
    """What the steps share: where to write, how to stamp, and what earlier steps produced."""

    ctx: ServiceContext
    seed: int
    persons: int
    years: int
    today: date
    stamper: Stamper
    tag_ids: dict[str, str] = field(default_factory=dict)
    person_ids: list[str] = field(default_factory=list)
    registered_on: list[date] = field(default_factory=list)  # per person, in person_ids' order
    key_candidates: list[int] = field(default_factory=list)  # persons tagged 重点对象, by index
    user_ids: dict[str, str] = field(default_factory=dict)  # username -> id
    partner_ids: list[str] = field(default_factory=list)
    tag_links: int = 0
    records: dict[str, int] = field(default_factory=dict)  # table -> rows the later steps wrote

    def stamp(self) -> dict[str, Any]:
        return {"id": new_id(), "site_id": self.stamper.site_id, "hlc": self.stamper.clock.tick()}


def _station_and_users(build: _Build, _report: Callable[[float], None]) -> None:
    """The station profile, the demo users (one password hash for all), the default tags."""
    password_hash = hash_password(DEMO_PASSWORD)
    with build.ctx.transaction() as session:
        station = Station()
        apply_profile(station, PROFILE)
        session.add(station)
        for username, display_name, role in USERS:
            session.add(
                User(
                    username=username,
                    display_name=display_name,
                    role=role.value,
                    password_hash=password_hash,
                    active=True,
                )
            )
        seed_default_tags(session)
        session.flush()
        build.tag_ids = {t.name: t.id for t in session.scalars(select(Tag))}
        build.user_ids = {u.username: u.id for u in session.scalars(select(User))}
        audit.record(
            session,
            None,
            "demo.build",
            actor_name="stationdesk demo",
            detail=f"years={build.years} seed={build.seed} persons={build.persons}",
        )


def _persons(build: _Build, report: Callable[[float], None]) -> None:
    """The registry: persons and their tags, inserted in chunks of CHUNK_ROWS."""
    keys_cache: dict[str, NameKeys] = {}
    span_days = max(build.years, 1) * 365
    specs = generate_persons(build.seed, build.persons)
    done = 0
    while chunk := list(itertools.islice(specs, CHUNK_ROWS)):
        people: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for spec in chunk:
            keys = keys_cache.get(spec.name)
            if keys is None:
                keys = keys_cache[spec.name] = name_keys(spec.name)
            registered = build.today - timedelta(days=int(spec.registered * span_days))
            registered = min(max(registered, spec.birth_date + timedelta(days=30)), build.today)
            created = datetime.combine(registered, datetime.min.time()) + timedelta(
                minutes=8 * 60 + 30 + spec.registered_minute
            )
            row = build.stamp()
            row.update(
                deleted=False,
                name=spec.name,
                name_initials=keys.initials,
                name_pinyin=keys.full,
                sex=spec.sex,
                birth_date=spec.birth_date,
                id_number=spec.id_number,
                id_number_rev=spec.id_number[::-1] if spec.id_number else None,
                phone=spec.phone,
                phone_rev=spec.phone[::-1] if spec.phone else None,
                community=spec.community,
                grid=spec.grid,
                address=spec.address,
                notes=spec.notes,
                consent_date=registered if spec.consent_scope else None,
                consent_scope=spec.consent_scope or "",
                duplicate_reason="",
                created_at=created,
                updated_at=created,
            )
            people.append(row)
            if "重点对象" in spec.tags:
                build.key_candidates.append(len(build.person_ids))
            build.person_ids.append(row["id"])
            build.registered_on.append(registered)
            for tag in spec.tags:
                link = build.stamp()
                link.update(deleted=False, person_id=row["id"], tag_id=build.tag_ids[tag])
                links.append(link)
        with build.ctx.engine.begin() as conn:
            conn.execute(insert(Person.__table__), people)
            if links:
                conn.execute(insert(PersonTag.__table__), links)
        build.tag_links += len(links)
        done += len(chunk)
        report(done / build.persons)


DEMO_PARTNERS: tuple[tuple[str, str, str, str], ...] = (
    ("平湖市民政局", "relief_department", "0573-85011001", "低保、特困供养、临时救助的申请受理"),
    ("平湖市医疗保障局", "relief_department", "0573-85011002", "医疗救助、大病保险"),
    ("平湖市残疾人联合会", "relief_department", "0573-85011003", "残疾人证办理、辅具适配、康复补助"),
    ("平湖市慈善总会", "social_organization", "0573-85011004", "慈善救助、助学"),
    ("当湖街道社区卫生服务中心", "other", "0573-85011005", "家庭医生签约、上门巡诊"),
    ("嘉兴学院志愿服务队", "university_team", "0573-85011006", "助老陪伴、课业辅导、公益巴士"),
    ("平湖爱心企业联盟", "caring_enterprise", "0573-85011007", "就业岗位、爱心物资"),
)
"""Partners a Pinghu station refers people to (the phone numbers are made up)."""


def _partners(build: _Build, _report: Callable[[float], None]) -> None:
    """The directory of partners and resources the reception desk refers to."""
    with build.ctx.transaction() as session:
        partners = [
            Partner(name=name, kind=kind, phone=phone, provides=provides, retired=False)
            for name, kind, phone, provides in DEMO_PARTNERS
        ]
        session.add_all(partners)
        session.flush()
        build.partner_ids = [partner.id for partner in partners]


_HIGHLIGHTS = (
    "1. 联合嘉兴学院志愿服务队开展“公益巴士进社区”活动，为老年人提供理发、量血压等服务。\n"
    "2. 完成辖区高风险重点对象全覆盖走访，对未探访对象已落实补访计划。\n"
    "3. 存在问题：持证社工人手紧张，下月将协调街道增派一名专职人员。",
    "1. 开展“智创营”技能培训，学员出勤率保持在九成左右。\n"
    "2. 转介低保、医疗救助申请若干件，已办结的均回访确认。\n"
    "3. 下步计划：重阳节前完成独居老人入户探访，并组织敬老志愿服务。",
)
"""The manager's highlights of the last two complete months (the report prints them)."""


def _highlights(build: _Build, _report: Callable[[float], None]) -> None:
    month_end = build.today.replace(day=1) - timedelta(days=1)
    writer = build.user_ids[USERS[0][0]]
    with build.ctx.transaction() as session:
        station_id = session.scalars(select(Station.id)).one()
        for text in _HIGHLIGHTS:
            period = station_report.period_of_month(month_end.year, month_end.month)
            at = datetime.combine(period.last_day, datetime.min.time())
            station_report.put_highlights(session, station_id, period, text, writer, at)
            month_end = month_end.replace(day=1) - timedelta(days=1)


Step = Callable[[_Build, Callable[[float], None]], None]
STEPS: tuple[tuple[str, float, Step], ...] = (
    ("station and users", 0.04, _station_and_users),
    ("partners", 0.01, _partners),
    ("persons", 0.45, _persons),
    ("walk-ins, follow-ups and referrals", 0.41, demo_reception.reception),
    ("key targets and visits", 0.05, demo_reception.key_targets),
    ("training", 0.02, demo_training.training),
    ("volunteers", 0.02, demo_volunteers.volunteers),
    ("report highlights", 0.0, _highlights),
)
"""(label, share of the total work, function); later issues append receptions, visits, trainings."""


def build_demo(
    ctx_or_url: ServiceContext | str | URL,
    years: int = 1,
    seed: int = 1,
    progress: Progress | None = None,
    *,
    persons: int | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill a fresh (not yet set-up) station database with the demo station.

    ``persons`` overrides the PERSONS_PER_YEAR * years default (tests use a few hundred).
    Raises ServiceError ``demo.not_empty`` if the station was already set up.
    """
    if years < 1:
        raise ServiceError("demo.bad_years", min=1)
    count = PERSONS_PER_YEAR * years if persons is None else persons
    if count < 0:
        raise ServiceError("demo.bad_persons", min=0)
    if isinstance(ctx_or_url, ServiceContext):
        return _build(ctx_or_url, years, seed, count, today or date.today(), progress)
    ctx = open_station(ctx_or_url).ctx
    # A demo built from a URL is a new file that build_demo_file renames into place only when
    # complete (and syncs then): no need to wait for the disk after every chunk.
    event.listen(ctx.engine, "connect", _unsynchronised)
    ctx.engine.dispose()  # pooled connections reconnect with it
    try:
        return _build(ctx, years, seed, count, today or date.today(), progress)
    finally:
        ctx.engine.dispose()


def _unsynchronised(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.execute("PRAGMA synchronous=OFF")
    dbapi_conn.execute("PRAGMA cache_size=-262144")  # 256 MB: the indexes of millions of change-log rows


def _build(
    ctx: ServiceContext, years: int, seed: int, count: int, today: date, progress: Progress | None
) -> DemoSummary:
    if not needs_setup(ctx):
        raise ServiceError("demo.not_empty")
    started = time.perf_counter()
    stamper: Stamper = ctx.sessions.kw["info"]["stamper"]
    build = _Build(ctx, seed, count, years, today, stamper)
    before = 0.0
    for label, share, step in STEPS:

        def report(fraction: float, label: str = label, before: float = before, share: float = share) -> None:
            if progress is not None:
                progress(label, min(1.0, before + share * fraction))

        report(0.0)
        step(build, report)
        report(1.0)
        before += share
    return DemoSummary(
        persons=len(build.person_ids),
        users=len(USERS),
        tag_links=build.tag_links,
        seconds=time.perf_counter() - started,
    )


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build_demo_file(
    path: Path,
    years: int = 1,
    seed: int = 1,
    progress: Progress | None = None,
    *,
    persons: int | None = None,
    force: bool = False,
    today: date | None = None,
) -> DemoSummary:
    """Build the demo into a SQLite file: next to it first, renamed into place only when complete.

    Refuses (``demo.target_exists``) to replace a non-empty file unless ``force``; an interrupted
    build leaves the target as it was.
    """
    path = Path(path).absolute()
    if not path.parent.is_dir():
        raise ServiceError("demo.no_folder", path=str(path.parent))
    if path.is_dir():
        raise ServiceError("demo.target_is_folder", path=str(path))
    if path.exists() and path.stat().st_size > 0 and not force:
        raise ServiceError("demo.target_exists", path=str(path))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.building")
    _remove_with_sidecars(tmp)
    try:
        summary = build_demo(url_for_path(tmp), years, seed, progress, persons=persons, today=today)
        # Fold the write-ahead log into the file so that one file is renamed, complete.
        with closing(sqlite3.connect(tmp)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, path)
    finally:
        _remove_with_sidecars(tmp)
    return summary
