"""The demo station's reception desk and key-target visits: years of walk-ins with their needs,
follow-ups and referrals, and the key-target list with its visits and exemptions.

Steps of services/demo.py (each with its own random stream). The rates are a busy township
station's: about 42 walk-ins a working day (a few at weekends) for a 5,000-person year of
registry (scaled with the registry), a key-target list of a few hundred, visited on their tier's
cadence about 95% of the time, less in the current, unfinished period.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from stationdesk.domain.referrals import ReferralStatus, new_tracking_code
from stationdesk.domain.visits import DEFAULT_CADENCE, ExemptionReason, Period, periods_between
from stationdesk.services.reception import AGE_BANDS, FOLLOW_UP, REFERRED, RESOLVED
from stationdesk.store.models import (
    FollowUp,
    HomeVisit,
    KeyTarget,
    KeyTargetExemption,
    NeedCategory,
    Referral,
    ReferralEvent,
    VisitMethod,
    WalkIn,
    WalkInNeed,
)

if TYPE_CHECKING:
    from stationdesk.services.demo import _Build

WALK_INS_PER_DAY = 42.0
"""At PERSONS_PER_YEAR registrations a year; the demo scales it with the registry it builds."""
KEY_TARGET_SHARE = 0.2
"""Of the persons tagged 重点对象, the share on the key-target list at some time."""
VISIT_RATE = 0.95
CHUNK = 5000
WORKERS = ("staff", "wangmin", "zhouqiang", "xuhong", "demo")
WORKER_WEIGHTS = (30, 25, 25, 15, 5)

# Category name -> (weight, short notes a clerk would write).
NEEDS: dict[str, tuple[int, tuple[str, ...]]] = {
    "政策咨询": (25, ("咨询低保申请条件", "咨询养老服务补贴", "咨询医保缴费", "咨询残疾人补贴政策")),
    "救助申请/转介": (15, ("申请临时救助", "因病致贫申请医疗救助", "申请低保", "申请困难残疾人生活补贴")),
    "人文关怀": (12, ("独居老人来站聊天", "节日慰问登记", "老人反映生活不便")),
    "心理疏导": (8, ("丧偶后情绪低落", "家庭矛盾导致焦虑", "孩子厌学家长求助")),
    "生计发展": (8, ("失业求职登记", "咨询技能培训", "灵活就业咨询")),
    "关系调适": (6, ("婆媳矛盾调解", "邻里纠纷", "赡养问题协调")),
    "社会融入": (5, ("新市民子女入学咨询", "外来务工人员社保咨询")),
    "志愿服务": (8, ("报名志愿者", "咨询公益巴士排班", "登记志愿服务时长")),
    "投诉建议": (3, ("反映小区路灯损坏", "建议增加助餐点")),
    "其他": (10, ("打印复印", "问路", "代办材料咨询")),
}
PARTNER_FOR = {
    "救助申请/转介": (0, 1, 2, 3), "政策咨询": (0, 1, 2), "生计发展": (6,), "志愿服务": (5,),
    "人文关怀": (4, 5), "心理疏导": (3, 4), "关系调适": (0, 3),
}  # fmt: skip
"""Category -> indices into demo.DEMO_PARTNERS a referral for it goes to; other needs are not referred."""
DONE_NOTES = ("已电话回访，问题已解决", "已上门了解情况并协助办理", "材料已补齐并提交", "已转告相关部门处理",
              "当事人表示满意")  # fmt: skip
REJECT_REASONS = ("不符合申请条件", "材料不全，已告知补充", "不属于本单位受理范围")
TARGET_REASONS = ("独居高龄老人", "特困供养人员", "困境儿童", "重度残疾且低保", "失独家庭", "空巢老人")
TIERS = (("high_risk", 12), ("key", 50), ("general", 38))
METHODS = (("上门", 55), ("电话", 33), ("视频", 4), ("志愿者/党员结对", 8))
FINDINGS = (
    "身体状况稳定，生活能自理", "精神状态良好", "血压偏高，已提醒按时服药", "家中环境整洁，无安全隐患",
    "反映天冷取暖困难", "子女每周探望", "行动不便，需助餐服务", "情绪低落，建议心理疏导",
)  # fmt: skip


def _weighted(rng: random.Random, pairs: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([item for item, _ in pairs], [weight for _, weight in pairs])[0]


WEEKEND_SHARE = 0.15
"""On Saturdays and Sundays a colleague on duty (周末轮值) sees a few residents."""


def _days(start: date, end: date) -> Iterator[tuple[date, float]]:
    """Every day with its share of a working day's walk-ins."""
    day = start
    while day <= end:
        yield day, 1.0 if day.weekday() < 5 else WEEKEND_SHARE
        day += timedelta(days=1)


@dataclass
class Rows:
    """Rows waiting to be inserted, flushed per table in chunks (parents before children)."""

    build: _Build
    tables: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)
    order: tuple[Any, ...] = ()

    def add(self, model: Any, **values: Any) -> str:
        row = self.build.stamp()
        row.update(values)
        if "deleted" in model.__table__.c:
            row.setdefault("deleted", False)
        self.tables.setdefault(model, []).append(row)
        return str(row["id"])

    def pending(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    def flush(self, conn: Connection) -> None:
        """Through the driver, with each column's own conversion: SQLAlchemy's per-row parameter
        handling would be a third of the demo's build time."""
        for model in self.order:
            rows = self.tables.pop(model, None)
            if not rows:
                continue
            table = model.__table__
            names = [column.name for column in table.c]
            processors = [column.type.bind_processor(conn.dialect) for column in table.c]
            sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            conn.exec_driver_sql(
                sql,
                [
                    tuple(value if convert is None else convert(value)
                          for value, convert in zip((row[name] for name in names), processors, strict=True))
                    for row in rows
                ],
            )  # fmt: skip
            self.build.records[table.name] = self.build.records.get(table.name, 0) + len(rows)


def _at(day: date, rng: random.Random, earliest: int = 8 * 60 + 30, latest: int = 17 * 60) -> datetime:
    return datetime.combine(day, time()) + timedelta(minutes=rng.randrange(earliest, latest))


# --- reception ---------------------------------------------------------------------------------------


@dataclass
class _Desk:
    rng: random.Random
    build: _Build
    rows: Rows
    categories: dict[str, str]
    by_registration: list[int]  # person indices sorted by registration day
    registration_days: list[date]  # the same, their days
    regulars: list[int] = field(default_factory=list)
    codes: set[str] = field(default_factory=set)

    def person_on(self, day: date) -> int | None:
        """A registered person who could have come on ``day``: often a regular, else anyone registered."""
        if self.regulars and self.rng.random() < 0.35:
            return self.rng.choice(self.regulars)
        known = bisect_right(self.registration_days, day)
        if not known:
            return None
        person = self.by_registration[self.rng.randrange(known)]
        if self.rng.random() < 0.05:
            self.regulars.append(person)
        return person

    def worker(self) -> str:
        return self.build.user_ids[self.rng.choices(WORKERS, WORKER_WEIGHTS)[0]]

    def walk_in(self, day: date, latest: int) -> None:
        rng, build = self.rng, self.build
        index = self.person_on(day) if rng.random() < 0.9 else None
        person_id = build.person_ids[index] if index is not None else None
        names = rng.sample(list(NEEDS), 2 if rng.random() < 0.25 else 1)
        names.sort(key=lambda name: -NEEDS[name][0])
        note = rng.choice(NEEDS[names[0]][1])
        roll = rng.random()
        outcome = RESOLVED
        if (
            person_id is not None
            and names[0] in PARTNER_FOR
            and (roll < 0.12 or (names[0] == "救助申请/转介" and roll < 0.5))
        ):
            outcome = REFERRED
        elif roll > 0.82:
            outcome = FOLLOW_UP
        arrived = _at(day, rng, latest=latest)
        owner = self.worker()
        walk_in_id = self.rows.add(
            WalkIn,
            person_id=person_id,
            anonymous_sex="" if person_id else rng.choice("MF"),
            anonymous_age_band="" if person_id else rng.choice(AGE_BANDS[2:]),
            arrived_at=arrived,
            note=note,
            outcome=outcome,
            owner_id=owner,
            recorded_by=owner,
        )
        for name in names:
            self.rows.add(WalkInNeed, walk_in_id=walk_in_id, category_id=self.categories[name])
        if outcome == FOLLOW_UP:
            self.follow_up(person_id, walk_in_id, owner, day, note)
        elif outcome == REFERRED and person_id is not None:
            self.referral(person_id, walk_in_id, owner, arrived, names[0], note)

    def follow_up(
        self, person_id: str | None, walk_in_id: str | None, owner: str, day: date, note: str
    ) -> None:
        rng, today = self.rng, self.build.today
        due = day + timedelta(days=rng.randint(2, 7))
        # Nearly all are done by their due day; a few recent ones run late, none for months.
        done = due < today - timedelta(days=14) or (due < today - timedelta(days=2) and rng.random() < 0.9)
        done_on = min(due - timedelta(days=rng.randint(0, 2)), today)
        self.rows.add(
            FollowUp,
            person_id=person_id,
            walk_in_id=walk_in_id,
            owner_id=owner,
            due_on=due,
            note=f"回访：{note}",
            status="done" if done else "open",
            done_at=_at(max(done_on, day), rng) if done else None,
            done_note=rng.choice(DONE_NOTES) if done else "",
            created_by=owner,
        )

    def _code(self) -> str:
        code = new_tracking_code(self.rng.choice)
        while code in self.codes:
            code = new_tracking_code(self.rng.choice)
        self.codes.add(code)
        return code

    def referral(
        self, person_id: str, walk_in_id: str, owner: str, sent_at: datetime, need: str, note: str
    ) -> None:
        rng = self.rng
        partner_id = self.build.partner_ids[rng.choice(PARTNER_FOR[need])]
        age = (self.build.today - sent_at.date()).days
        path = self._path(age)
        consent = rng.random() < 0.97
        referral_id = self.rows.add(
            Referral,
            person_id=person_id,
            walk_in_id=walk_in_id,
            partner_id=partner_id,
            need=note,
            status=path[-1][0],
            status_reason="",
            tracking_code=self._code(),
            consent_given=consent,
            override_by=None if consent else self.build.user_ids["demo"],
            override_reason="" if consent else "情况紧急，先行转介，事后补签同意书",
            sent_by=owner,
            sent_at=sent_at,
            closed_at=None,
        )
        row = self.rows.tables[Referral][-1]
        previous, at = "", sent_at
        for status, days in path:
            at = min(
                at + timedelta(days=days, minutes=rng.randrange(0, 300)),
                datetime.combine(self.build.today, time(8)),
            )
            reason = rng.choice(REJECT_REASONS) if status == ReferralStatus.REJECTED else ""
            if status == ReferralStatus.REVOKED:
                reason = "当事人撤回申请"
            self.rows.add(ReferralEvent, referral_id=referral_id, at=at if previous else sent_at,
                          from_status=previous, to_status=status, by_user_id=owner, note=reason)  # fmt: skip
            previous = status
            row["status_reason"] = reason
        if previous in (ReferralStatus.DONE, ReferralStatus.REJECTED, ReferralStatus.REVOKED):
            row["closed_at"] = at

    def _path(self, age: int) -> list[tuple[str, int]]:
        """The statuses a referral went through, each with the days it took, by how long ago it was sent."""
        rng = self.rng
        sent = [(ReferralStatus.SENT.value, 0)]
        accepted = [*sent, (ReferralStatus.ACCEPTED.value, rng.randint(1, 4))]
        roll = rng.random()
        if age > 60:  # long settled
            if roll < 0.86:
                return [*accepted, (ReferralStatus.DONE.value, rng.randint(4, 20))]
            return [
                *sent,
                (ReferralStatus.REJECTED.value if roll < 0.98 else ReferralStatus.REVOKED.value, 3),
            ]
        if age > 30:
            if roll < 0.80:
                return [*accepted, (ReferralStatus.DONE.value, rng.randint(4, 20))]
            if roll < 0.88:
                return [*sent, (ReferralStatus.REJECTED.value, rng.randint(1, 5))]
            if roll < 0.89:
                return [*sent, (ReferralStatus.REVOKED.value, rng.randint(1, 3))]
            return accepted if roll < 0.96 else sent
        if age > 7:
            if roll < 0.3:
                return [*accepted, (ReferralStatus.DONE.value, rng.randint(4, max(4, age - 5)))]
            if roll < 0.35:
                return [*sent, (ReferralStatus.REJECTED.value, rng.randint(1, 5))]
            return accepted if roll < 0.85 else sent
        return accepted if roll < 0.3 and age > 1 else sent


def flush_if_full(build: _Build, rows: Rows, force: bool = False) -> None:
    if rows.pending() >= CHUNK or force:
        with build.ctx.engine.begin() as conn:
            rows.flush(conn)


def reception(build: _Build, report: Callable[[float], None]) -> None:
    """Walk-ins of every working day of the demo's years, with their follow-ups and referrals."""
    rng = random.Random(f"stationdesk-demo:{build.seed}:reception")
    with build.ctx.reading() as session:
        categories = {c.name: c.id for c in session.scalars(select(NeedCategory))}
    order = sorted(range(len(build.person_ids)), key=lambda i: build.registered_on[i])
    rows = Rows(build, order=(WalkIn, WalkInNeed, FollowUp, Referral, ReferralEvent))
    desk = _Desk(rng, build, rows, categories, order, [build.registered_on[i] for i in order])
    scale = len(build.person_ids) / (5000 * max(build.years, 1))
    mean = WALK_INS_PER_DAY * scale
    start = build.today - timedelta(days=365 * build.years)
    days = list(_days(start, build.today))
    for number, (day, share) in enumerate(days):
        today = day == build.today
        count = round(rng.uniform(0.6, 1.4) * mean * share * (0.5 if today else 1.0))
        for _ in range(max(count, 3) if today else count):  # the demo's today always shows some
            desk.walk_in(day, latest=11 * 60 + 30 if today else 17 * 60)
        flush_if_full(build, rows)
        if number % 50 == 0:
            report(number / len(days))
    flush_if_full(build, rows, force=True)


# --- key targets -------------------------------------------------------------------------------------


def _exemptions(rng: random.Random, start: date, end: date) -> list[tuple[str, date, date | None]]:
    """Hospital stays and stretches away, about as often as they happen to old people living alone."""
    out: list[tuple[str, date, date | None]] = []
    years = max((end - start).days / 365, 0.1)
    for reason, yearly, shortest, longest in (("hospital", 0.3, 5, 25), ("away", 0.08, 30, 120)):
        for _ in range(int(years * yearly) + (rng.random() < (years * yearly) % 1)):
            begin = start + timedelta(days=rng.randrange(max((end - start).days, 1)))
            out.append((reason, begin, min(begin + timedelta(days=rng.randint(shortest, longest)), end)))
    return out


def _exempt(day: date, exemptions: Sequence[tuple[str, date, date | None]]) -> bool:
    return any(begin <= day and (until is None or day <= until) for _, begin, until in exemptions)


def key_targets(build: _Build, report: Callable[[float], None]) -> None:
    """The key-target list over the demo's years, with exemptions and visits on each tier's cadence."""
    rng = random.Random(f"stationdesk-demo:{build.seed}:key-targets")
    with build.ctx.reading() as session:
        methods = {m.name: m.id for m in session.scalars(select(VisitMethod))}
    rows = Rows(build, order=(KeyTarget, KeyTargetExemption, HomeVisit))
    first_day = build.today - timedelta(days=365 * build.years)
    chosen = [i for i in build.key_candidates if rng.random() < KEY_TARGET_SHARE]
    for number, index in enumerate(chosen):
        start = max(build.registered_on[index] + timedelta(days=rng.randint(0, 90)), first_day)
        if start > build.today:
            continue
        end: date | None = None
        end_reason = ""
        if rng.random() < 0.2 and (build.today - start).days > 90:
            end = start + timedelta(days=rng.randint(60, (build.today - start).days))
            end_reason = rng.choice(("情况好转", "迁出本辖区", "去世"))
        worker = build.user_ids[rng.choices(WORKERS[:4], WORKER_WEIGHTS[:4])[0]]
        tier = _weighted(rng, TIERS)
        person_id = build.person_ids[index]
        target_id = rows.add(KeyTarget, person_id=person_id, tier=tier, reason=rng.choice(TARGET_REASONS),
                             worker_id=worker, start_on=start, end_on=end, end_reason=end_reason,
                             created_by=worker)  # fmt: skip
        last = end or build.today
        exemptions = _exemptions(rng, start, last)
        for reason, begin, until in exemptions:
            rows.add(KeyTargetExemption, target_id=target_id, reason=reason, start_on=begin, end_on=until,
                     note="", recorded_by=worker)  # fmt: skip
        if end_reason == "去世":
            deceased = ExemptionReason.DECEASED.value
            rows.add(KeyTargetExemption, target_id=target_id, reason=deceased, start_on=end, end_on=None,
                     note="", recorded_by=worker)  # fmt: skip
        for period in periods_between(start, last, DEFAULT_CADENCE[tier]):
            _visit(
                rng, rows, build, period, (target_id, person_id, worker), (start, last), exemptions, methods
            )
        flush_if_full(build, rows)
        if number % 20 == 0:
            report(number / max(len(chosen), 1))
    flush_if_full(build, rows, force=True)


def _visit(
    rng: random.Random,
    rows: Rows,
    build: _Build,
    period: Period,
    who: tuple[str, str, str],
    span: tuple[date, date],
    exemptions: Sequence[tuple[str, date, date | None]],
    methods: dict[str, str],
) -> None:
    low, high = max(period.start, span[0]), min(period.end, span[1])
    if high < low:
        return
    chance = VISIT_RATE
    if period.end >= build.today:  # the running period: visits come as it goes on
        chance *= ((build.today - period.start).days + 1) / period.days
    if rng.random() >= chance:
        return
    # A day the target was there: a few tries (a target away the whole period gets no visit).
    tries = (low + timedelta(days=rng.randint(0, (high - low).days)) for _ in range(6))
    day = next((day for day in tries if not _exempt(day, exemptions)), None)
    if day is None:
        return
    target_id, person_id, worker = who
    risk = "raised" if rng.random() < 0.03 else "cleared" if rng.random() < 0.02 else ""
    rows.add(HomeVisit, target_id=target_id, person_id=person_id, visited_on=day,
             method_id=methods[_weighted(rng, METHODS)], visitor_id=worker,
             companions="党员志愿者" if rng.random() < 0.1 else "", findings=rng.choice(FINDINGS), risk=risk,
             follow_up_id=None, recorded_by=worker, recorded_at=_at(day, rng))  # fmt: skip
