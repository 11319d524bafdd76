"""Every fixed word of the station report (月报), PDF and .xlsx, in the three languages it prints in.

One :class:`ReportWords` per language in :data:`WORDS` ("zh_CN", "zh_TW", "en"): section titles,
labels, units, the period texts and the words for every code the figures can hold (walk-in
outcomes, referral statuses, key-target tiers, miss reasons, 6430 measures). Data names (need
categories, partners, people, grids) are printed as stored. zh_TW is written out in Traditional
characters by hand (no converter at run time). Plain data: no reportlab, no openpyxl.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

LANGUAGES = ("zh_CN", "zh_TW", "en")

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_QUARTERS_ZH = "一二三四"


@dataclass(frozen=True)
class ReportWords:
    lang: str
    title_month: str
    title_quarter: str
    title_days: str
    month: str  # {year} {month}
    quarter: str  # {year} {quarter} (the quarter as the language writes it)
    days: str  # {first} {last}
    day: str  # {year} {month} {day}
    page_label: str
    printed_on: str  # {date}
    colon: str  # between a label and its value
    # cover block
    station: str
    roll_up: str  # {n}: the district hub's report over all its stations
    stations_joiner: str  # between the names of the stations a report covers
    period: str
    prepared_by: str
    printed: str
    compared_with: str  # {previous} {last_year}
    # comparison
    summary_title: str
    figure: str
    this_period: str
    previous: str
    last_year: str
    change: str
    no_base: str  # the change's percent when the base is 0
    # sections
    reception: str
    walk_ins: str
    new_persons: str
    first_time: str
    returning: str
    anonymous: str
    by_need: str
    by_outcome: str
    visitors: str  # the chart of first-time / returning / anonymous
    referrals: str
    referrals_sent: str
    by_status: str
    by_partner: str
    partner: str
    follow_ups: str
    follow_ups_opened: str
    follow_ups_done: str
    follow_ups_overdue: str
    visits: str
    visits_due: str
    visits_visited: str
    visits_pending: str
    visit_rate: str
    goal: str  # the 100% line's label
    visits_not_for_days: str
    visits_nobody_due: str
    misses: str  # {count}
    no_misses: str
    miss_columns: tuple[str, str, str, str, str, str]
    volunteers: str
    volunteer_hours: str
    volunteers_served: str
    volunteers_active: str
    training: str
    training_sessions: str
    training_programmes: str
    training_participants: str
    training_attended: str
    training_expected: str
    attendance_rate: str
    staffing: str
    staffing_columns: tuple[str, str, str, str]  # measure, count, target, met?
    staffing_line: str  # {measure} {target}
    met: str
    not_met: str
    staffing_on: str  # {date}
    highlights: str
    no_highlights: str
    no_data: str  # a chart with nothing to show
    others: str  # the rest of a long list in a chart: {count} items
    follow_up_chart: str
    volunteer_people: str
    training_chart: str
    staffing_chart: str
    outcomes: Mapping[str, str]
    statuses: Mapping[str, str]
    tiers: Mapping[str, str]
    reasons: Mapping[str, str]
    measures: Mapping[str, str]
    sheet_figures: str  # .xlsx tab names (at most 31 characters)
    sheet_misses: str

    def title(self, kind: str) -> str:
        return {"month": self.title_month, "quarter": self.title_quarter}.get(kind, self.title_days)

    def date_text(self, day: date) -> str:
        month = _MONTHS_EN[day.month - 1] if self.lang == "en" else day.month
        return self.day.format(year=day.year, month=month, day=day.day)

    def period_text(self, kind: str, first: date, last: date) -> str:
        """2026年10月 / 2026年第四季度 / 2026年10月1日至2026年10月15日 (October 2026, Q4 2026 ...)."""
        if kind == "month":
            month = _MONTHS_EN[first.month - 1] if self.lang == "en" else first.month
            return self.month.format(year=first.year, month=month)
        if kind == "quarter":
            number = (first.month - 1) // 3 + 1
            quarter = number if self.lang == "en" else _QUARTERS_ZH[number - 1]
            return self.quarter.format(year=first.year, quarter=quarter)
        return self.days.format(first=self.date_text(first), last=self.date_text(last))


_ZH_CN = ReportWords(
    lang="zh_CN",
    title_month="社工站工作月报",
    title_quarter="社工站工作季报",
    title_days="社工站工作报告",
    month="{year}年{month}月",
    quarter="{year}年第{quarter}季度",
    days="{first}至{last}",
    day="{year}年{month}月{day}日",
    page_label="第 {page} 页 共 {pages} 页",
    printed_on="打印日期：{date}",
    colon="：",
    station="站点",
    roll_up="全区汇总（{n} 个站点）",
    stations_joiner="、",
    period="统计期间",
    prepared_by="填报人",
    printed="打印日期",
    compared_with="对比：上期 {previous}；去年同期 {last_year}",
    summary_title="主要指标对比",
    figure="指标",
    this_period="本期",
    previous="上期",
    last_year="去年同期",
    change="变化",
    no_base="—",
    reception="一、来访接待",
    walk_ins="来访人次",
    new_persons="新登记人数",
    first_time="首次来访人数",
    returning="再次来访人数",
    anonymous="匿名来访人次",
    by_need="按诉求类别（人次）",
    by_outcome="按办理结果（人次）",
    visitors="来访人员构成",
    referrals="二、转介服务",
    referrals_sent="转介件数",
    by_status="按办理状态（件）",
    by_partner="按承接单位（件）",
    partner="承接单位",
    follow_ups="三、跟进回访",
    follow_ups_opened="新增跟进",
    follow_ups_done="完成跟进",
    follow_ups_overdue="逾期未完成",
    visits="四、重点对象探访",
    visits_due="应访人次",
    visits_visited="已访人次",
    visits_pending="待访人次（周期未结束）",
    visit_rate="探访率",
    goal="目标 100%",
    visits_not_for_days="探访率按自然月或季度统计，本报告期不是整月或整季度，故不列探访率。",
    visits_nobody_due="本期没有应访对象。",
    misses="未访名单及原因（{count}）",
    no_misses="本期应访对象均已探访。",
    miss_columns=("对象", "网格", "责任人", "类别", "周期", "原因"),
    volunteers="五、志愿服务",
    volunteer_hours="服务时长（小时）",
    volunteers_served="参与服务志愿者（人）",
    volunteers_active="活跃志愿者（人）",
    training="六、培训活动",
    training_sessions="开展场次",
    training_programmes="涉及培训项目",
    training_participants="参训人数",
    training_attended="出勤人次",
    training_expected="应到人次",
    attendance_rate="出勤率",
    staffing="七、人员配备（6430）",
    staffing_columns=("项目", "现有", "标准", "是否达标"),
    staffing_line="{measure}（标准 {target}）",
    met="达标",
    not_met="未达标",
    staffing_on="截至 {date}",
    highlights="八、工作亮点",
    no_highlights="本期未填写工作亮点。",
    no_data="本期无数据",
    others="其余 {count} 项",
    follow_up_chart="跟进情况",
    volunteer_people="志愿者人数",
    training_chart="开展场次与参训人数",
    staffing_chart="对照 6430 标准（现有 / 标准）",
    outcomes=MappingProxyType({"resolved": "当场办结", "referred": "已转介", "follow_up": "需跟进"}),
    statuses=MappingProxyType(
        {"sent": "已发送", "accepted": "已接收", "rejected": "已退回", "done": "已办结", "revoked": "已撤回"}
    ),
    tiers=MappingProxyType({"high_risk": "高风险", "key": "重点", "general": "一般"}),
    reasons=MappingProxyType(
        {
            "not_visited": "未探访",
            "hospital": "住院",
            "away": "外出",
            "refused": "拒绝探访",
            "moved": "迁出",
            "deceased": "死亡",
        }
    ),
    measures=MappingProxyType({"full_time": "专职人员", "certified": "持证社工", "volunteers": "活跃志愿者"}),
    sheet_figures="月报指标",
    sheet_misses="未访名单",
)

_ZH_TW = ReportWords(
    lang="zh_TW",
    title_month="社工站工作月報",
    title_quarter="社工站工作季報",
    title_days="社工站工作報告",
    month="{year}年{month}月",
    quarter="{year}年第{quarter}季度",
    days="{first}至{last}",
    day="{year}年{month}月{day}日",
    page_label="第 {page} 頁 共 {pages} 頁",
    printed_on="列印日期：{date}",
    colon="：",
    station="站點",
    roll_up="全區匯總（{n} 個站點）",
    stations_joiner="、",
    period="統計期間",
    prepared_by="填報人",
    printed="列印日期",
    compared_with="對比：上期 {previous}；去年同期 {last_year}",
    summary_title="主要指標對比",
    figure="指標",
    this_period="本期",
    previous="上期",
    last_year="去年同期",
    change="變化",
    no_base="—",
    reception="一、來訪接待",
    walk_ins="來訪人次",
    new_persons="新登記人數",
    first_time="首次來訪人數",
    returning="再次來訪人數",
    anonymous="匿名來訪人次",
    by_need="按訴求類別（人次）",
    by_outcome="按辦理結果（人次）",
    visitors="來訪人員構成",
    referrals="二、轉介服務",
    referrals_sent="轉介件數",
    by_status="按辦理狀態（件）",
    by_partner="按承接單位（件）",
    partner="承接單位",
    follow_ups="三、跟進回訪",
    follow_ups_opened="新增跟進",
    follow_ups_done="完成跟進",
    follow_ups_overdue="逾期未完成",
    visits="四、重點對象探訪",
    visits_due="應訪人次",
    visits_visited="已訪人次",
    visits_pending="待訪人次（週期未結束）",
    visit_rate="探訪率",
    goal="目標 100%",
    visits_not_for_days="探訪率按自然月或季度統計，本報告期不是整月或整季度，故不列探訪率。",
    visits_nobody_due="本期沒有應訪對象。",
    misses="未訪名單及原因（{count}）",
    no_misses="本期應訪對象均已探訪。",
    miss_columns=("對象", "網格", "責任人", "類別", "週期", "原因"),
    volunteers="五、志願服務",
    volunteer_hours="服務時長（小時）",
    volunteers_served="參與服務志願者（人）",
    volunteers_active="活躍志願者（人）",
    training="六、培訓活動",
    training_sessions="開展場次",
    training_programmes="涉及培訓項目",
    training_participants="參訓人數",
    training_attended="出勤人次",
    training_expected="應到人次",
    attendance_rate="出勤率",
    staffing="七、人員配備（6430）",
    staffing_columns=("項目", "現有", "標準", "是否達標"),
    staffing_line="{measure}（標準 {target}）",
    met="達標",
    not_met="未達標",
    staffing_on="截至 {date}",
    highlights="八、工作亮點",
    no_highlights="本期未填寫工作亮點。",
    no_data="本期無數據",
    others="其餘 {count} 項",
    follow_up_chart="跟進情況",
    volunteer_people="志願者人數",
    training_chart="開展場次與參訓人數",
    staffing_chart="對照 6430 標準（現有 / 標準）",
    outcomes=MappingProxyType({"resolved": "當場辦結", "referred": "已轉介", "follow_up": "需跟進"}),
    statuses=MappingProxyType(
        {"sent": "已發送", "accepted": "已接收", "rejected": "已退回", "done": "已辦結", "revoked": "已撤回"}
    ),
    tiers=MappingProxyType({"high_risk": "高風險", "key": "重點", "general": "一般"}),
    reasons=MappingProxyType(
        {
            "not_visited": "未探訪",
            "hospital": "住院",
            "away": "外出",
            "refused": "拒絕探訪",
            "moved": "遷出",
            "deceased": "死亡",
        }
    ),
    measures=MappingProxyType({"full_time": "專職人員", "certified": "持證社工", "volunteers": "活躍志願者"}),
    sheet_figures="月報指標",
    sheet_misses="未訪名單",
)

_EN = ReportWords(
    lang="en",
    title_month="Social Work Station Monthly Report",
    title_quarter="Social Work Station Quarterly Report",
    title_days="Social Work Station Report",
    month="{month} {year}",
    quarter="Q{quarter} {year}",
    days="{first} to {last}",
    day="{day} {month} {year}",
    page_label="Page {page} of {pages}",
    printed_on="Printed on {date}",
    colon=": ",
    station="Station",
    roll_up="District roll-up ({n} stations)",
    stations_joiner=", ",
    period="Period",
    prepared_by="Prepared by",
    printed="Printed on",
    compared_with="Compared with the previous period ({previous}) and the same period a year before"
    " ({last_year})",
    summary_title="Headline figures compared",
    figure="Figure",
    this_period="This period",
    previous="Previous",
    last_year="Last year",
    change="Change",
    no_base="—",
    reception="1. Reception",
    walk_ins="Walk-ins",
    new_persons="Persons newly registered",
    first_time="First-time visitors",
    returning="Returning visitors",
    anonymous="Anonymous walk-ins",
    by_need="By need category (walk-ins)",
    by_outcome="By outcome (walk-ins)",
    visitors="Who came",
    referrals="2. Referrals",
    referrals_sent="Referrals sent",
    by_status="By status",
    by_partner="By partner",
    partner="Partner",
    follow_ups="3. Follow-ups",
    follow_ups_opened="Follow-ups opened",
    follow_ups_done="Follow-ups done",
    follow_ups_overdue="Overdue at the period's end",
    visits="4. Key-target visits",
    visits_due="Visits due",
    visits_visited="Visits made",
    visits_pending="Still pending (period not over)",
    visit_rate="Visit rate",
    goal="Goal 100%",
    visits_not_for_days="Visit rates are counted by calendar month or quarter; this period is neither, "
    "so no visit rate is given.",
    visits_nobody_due="No key target was due for a visit in this period.",
    misses="Missed visits and reasons ({count})",
    no_misses="Every key target due was visited.",
    miss_columns=("Person", "Grid", "Worker", "Tier", "Period", "Reason"),
    volunteers="5. Volunteer service",
    volunteer_hours="Hours served",
    volunteers_served="Volunteers who served",
    volunteers_active="Active volunteers",
    training="6. Training",
    training_sessions="Sessions held",
    training_programmes="Programmes",
    training_participants="Participants",
    training_attended="Attendances",
    training_expected="Attendances expected",
    attendance_rate="Attendance rate",
    staffing="7. Staffing (6430 rule)",
    staffing_columns=("Measure", "Now", "Standard", "Met"),
    staffing_line="{measure} (standard {target})",
    met="Met",
    not_met="Not met",
    staffing_on="As of {date}",
    highlights="8. Highlights",
    no_highlights="No highlights were written for this period.",
    no_data="No data in this period",
    others="{count} others",
    follow_up_chart="Follow-ups",
    volunteer_people="Volunteers",
    training_chart="Sessions and participants",
    staffing_chart="Against the 6430 standard (now / standard)",
    outcomes=MappingProxyType({"resolved": "Resolved", "referred": "Referred", "follow_up": "Follow-up"}),
    statuses=MappingProxyType(
        {"sent": "Sent", "accepted": "Accepted", "rejected": "Returned", "done": "Done", "revoked": "Revoked"}
    ),
    tiers=MappingProxyType({"high_risk": "High risk", "key": "Key", "general": "General"}),
    reasons=MappingProxyType(
        {
            "not_visited": "Not visited",
            "hospital": "In hospital",
            "away": "Away",
            "refused": "Refused",
            "moved": "Moved away",
            "deceased": "Deceased",
        }
    ),
    measures=MappingProxyType(
        {
            "full_time": "Full-time staff",
            "certified": "Certified social workers",
            "volunteers": "Active volunteers",
        }
    ),
    sheet_figures="Figures",
    sheet_misses="Missed visits",
)

WORDS: Mapping[str, ReportWords] = MappingProxyType({"zh_CN": _ZH_CN, "zh_TW": _ZH_TW, "en": _EN})
"""The words of each language of :data:`LANGUAGES`."""
