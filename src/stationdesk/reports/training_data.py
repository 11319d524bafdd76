"""What the training printouts show: the sign-in sheet (签到表) and the attendance records (考勤记录)
of a session and of a programme, as plain data, with their fixed texts (zh_CN by default).

One module for the PDF writers (reports/signin_sheet.py, reports/attendance_record.py) and the xlsx
writer (reports/training_xlsx.py), without reportlab or openpyxl, so that both files of a list show the
same rows, words and figures. Values stay typed (dates, times, counts); each writer formats them.
The service (services/training_printouts.py) fills them from the attendance read model
(services/attendance.py), whose row numbers and sign-in codes the paper reconciliation relies on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction
from types import MappingProxyType

from stationdesk.domain.training import ATTENDED, Attendance, RuleKind

WALK_IN_SHARE = 10  # percent of the roster left blank for walk-ins ...
WALK_IN_MIN = 5  # ... but at least this many rows

WEEKDAYS = "一二三四五六日"


def walk_in_rows(participants: int) -> int:
    """Blank rows at the end of a sign-in sheet: a tenth of the roster (rounded up), at least 5."""
    return max(WALK_IN_MIN, -(-participants * WALK_IN_SHARE // 100))


@dataclass(frozen=True)
class SessionHead:
    """One session as a printout heads it."""

    starts_at: datetime
    ends_at: datetime
    venue: str = ""
    trainer: str = ""
    topic: str = ""
    number: int = 0  # its place in the programme (1-based), 0: unknown
    of: int = 0  # the programme's sessions


@dataclass(frozen=True)
class ProgrammeHead:
    name: str
    organiser: str = ""
    rule_kind: str = RuleKind.SHARE.value
    rule_value: int = 80
    minutes_per_session: int = 0


@dataclass(frozen=True)
class Participant:
    """A roster row: the number and sign-in code are the ones of services/attendance.roster."""

    number: int
    name: str
    unit: str
    group: str  # target group code (TargetGroup), "" when not given
    code: str
    walk_in: bool = False


@dataclass(frozen=True)
class SigninSheetData:
    station_name: str
    programme: ProgrammeHead
    session: SessionHead
    participants: Sequence[Participant]
    blank_rows: int = WALK_IN_MIN
    logo_png: bytes | None = None
    printed_on: str = ""


@dataclass(frozen=True)
class SessionMark:
    """One participant at one session: status "" when nothing was recorded."""

    participant: Participant
    status: str = ""
    signed_in_at: datetime | None = None
    signed_out_at: datetime | None = None
    method: str = ""


@dataclass(frozen=True)
class SessionRecordData:
    station_name: str
    programme: ProgrammeHead
    session: SessionHead
    marks: Sequence[SessionMark]
    held: bool
    as_of: datetime
    logo_png: bytes | None = None
    printed_on: str = ""

    def count(self, status: str) -> int:
        return sum(1 for mark in self.marks if mark.status == status)

    @property
    def attended(self) -> int:
        return sum(1 for mark in self.marks if mark.status in ATTENDED)

    @property
    def rate(self) -> Fraction | None:
        """Attended of those enrolled, once the session was held."""
        return Fraction(self.attended, len(self.marks)) if self.held and self.marks else None


@dataclass(frozen=True)
class GridRow:
    participant: Participant
    statuses: tuple[str, ...]  # one per column of the grid, "" for no mark
    attended: int
    held: int
    minutes: int
    completed: bool

    @property
    def rate(self) -> Fraction | None:
        return Fraction(self.attended, self.held) if self.held else None


@dataclass(frozen=True)
class ProgrammeRecordData:
    station_name: str
    programme: ProgrammeHead
    sessions: Sequence[SessionHead]  # the columns, in time order (cancelled ones left out)
    held: Sequence[bool]  # per column: started by ``as_of``
    rows: Sequence[GridRow]
    as_of: datetime
    logo_png: bytes | None = None
    printed_on: str = ""

    def attended_at(self, column: int) -> int:
        return sum(1 for row in self.rows if row.statuses[column] in ATTENDED)

    @property
    def completed(self) -> int:
        return sum(1 for row in self.rows if row.completed)


def _zh(values: dict[str, str]) -> Mapping[str, str]:
    return MappingProxyType(values)


@dataclass(frozen=True)
class TrainingLabels:
    """Every fixed text of the training printouts; the defaults are the Chinese (zh_CN) ones."""

    sheet_title: str = "签到表"
    session_title: str = "培训考勤记录"
    programme_title: str = "培训考勤汇总表"
    programme: str = "培训项目"
    organiser: str = "主办单位"
    date: str = "日期"
    time: str = "时间"
    venue: str = "地点"
    trainer: str = "培训师"
    topic: str = "主题"
    session_of: str = "第 {number} 场 / 共 {of} 场"
    number: str = "序号"
    name: str = "姓名"
    unit: str = "单位"
    group: str = "类别"
    code: str = "签到码"
    signin_time: str = "签到时间"
    signout_time: str = "签退时间"
    signature: str = "签名"
    status: str = "出勤情况"
    method: str = "签到方式"
    walk_in_note: str = "现场报名"
    expected: str = "应到 {count} 人，实到 ________ 人"
    trainer_signature: str = "培训师签字："
    station_signature: str = "社工站（盖章）："
    sign_date: str = "日期：________年____月____日"
    sessions_heading: str = "各场次出勤"
    sessions_range: str = "各场次出勤（第 {first}–{last} 场）"
    attended: str = "出勤/应到"
    attended_count: str = "出勤场次"
    held_count: str = "已举行场次"
    first_day: str = "首场日期"
    last_day: str = "末场日期"
    rate: str = "出勤率"
    hours: str = "学时"
    completed: str = "结业"
    yes: str = "是"
    no: str = "否"
    attended_row: str = "出勤人数"
    rate_row: str = "出勤率"
    summary: str = "应到 {enrolled} 人，实到 {attended} 人，出勤率 {rate}"
    not_held: str = "本场尚未举行（截至 {as_of}）。"
    programme_summary: str = (
        "学员 {participants} 人，已举行 {held} 场 / 共 {sessions} 场，达到结业条件 {completed} 人"
    )
    rule_label: str = "结业条件"
    rule_share: str = "出勤不少于已举行场次的 {value}%"
    rule_count: str = "出勤不少于 {value} 场"
    as_of: str = "统计截至 {as_of}"
    legend: str = "图例：√ 出席；迟 迟到；早 早退；假 请假；× 缺席；空白 未举行或未记录"
    unmarked: str = "未记录"
    ledger_signatures: tuple[str, ...] = ("经办人：", "审核人：", "负责人：")
    seal: str = "（盖章）"
    printed_on: str = "打印日期：{date}"
    page_label: str = "第 {page} 页 共 {pages} 页"
    groups: Mapping[str, str] = field(
        default_factory=lambda: _zh(
            {
                "certified_sw": "持证社工",
                "community_worker": "社区工作者",
                "grid_worker": "网格员",
                "volunteer": "志愿者",
                "other": "其他",
            }
        )
    )
    statuses: Mapping[str, str] = field(
        default_factory=lambda: _zh(
            {
                Attendance.PRESENT: "出席",
                Attendance.LATE: "迟到",
                Attendance.LEFT_EARLY: "早退",
                Attendance.EXCUSED: "请假",
                Attendance.ABSENT: "缺席",
            }
        )
    )
    symbols: Mapping[str, str] = field(
        default_factory=lambda: _zh(
            {
                Attendance.PRESENT: "√",
                Attendance.LATE: "迟",
                Attendance.LEFT_EARLY: "早",
                Attendance.EXCUSED: "假",
                Attendance.ABSENT: "×",
            }
        )
    )
    methods: Mapping[str, str] = field(
        default_factory=lambda: _zh(
            {"scan": "扫码", "name": "姓名", "phone": "手机尾号", "paper": "纸质补录", "kiosk": "自助"}
        )
    )

    def group_of(self, code: str) -> str:
        return self.groups.get(code, code)

    def rule(self, programme: ProgrammeHead) -> str:
        template = self.rule_count if programme.rule_kind == RuleKind.COUNT else self.rule_share
        return template.format(value=programme.rule_value)


def day_text(when: datetime) -> str:
    """2026-11-03（周二）"""
    return f"{when:%Y-%m-%d}（周{WEEKDAYS[when.weekday()]}）"


def span_text(head: SessionHead) -> str:
    """14:00–17:00"""
    return f"{head.starts_at:%H:%M}–{head.ends_at:%H:%M}"


def short_day(when: datetime) -> str:
    """11/03: a grid column's header."""
    return f"{when:%m/%d}"


def hours(minutes: int) -> float:
    """Credited time in hours (a whole number stays whole)."""
    return minutes // 60 if minutes % 60 == 0 else round(minutes / 60, 2)


def percent(rate: Fraction | None) -> str:
    """One decimal, floored: never 100.0% while someone missed a session; "—" when nothing was held."""
    if rate is None:
        return "—"
    tenths = rate.numerator * 1000 // rate.denominator
    return f"{tenths // 10}.{tenths % 10}%"


def session_subtitle(programme: ProgrammeHead, session: SessionHead) -> str:
    """The line under the title on every page: programme, day and time, so loose pages go back."""
    return f"{programme.name}　{day_text(session.starts_at)} {span_text(session)}"
