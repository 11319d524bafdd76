"""Word lists for the demo station: surnames, given names, places of 平湖市当湖街道.

The demo must look like a real front desk in Pinghu (Jiaxing), so the lists follow what people
there are called rather than a national average: Jiangnan surnames such as 沈, 陆, 顾, 钱, 俞 are
boosted; given names follow the fashion of each birth cohort (秀英 and 根生 for the elderly,
建国 and 美华 for the 1950s-60s, 晓燕 and 海峰 for the 1970s-80s, 婷婷 and 俊杰 for the 1990s,
梓涵 and 子轩 for children). A few surnames whose reading differs from the common one (曾 zeng,
单 shan, 解 xie, 覃 qin, 查 zha, 仇 qiu, 缪 miao, 翟 zhai) appear in small numbers, so pinyin
search is exercised on them.

Communities: names of 当湖街道 communities found in public gazetteer pages (梅园社区 and its
listed neighbours) plus 塘桥村, one of the street's administrative villages. The street has 19
communities and 8 villages; the list need not be complete, only real.
"""

from __future__ import annotations

# Surname and relative weight (roughly per mille of the local population).
_SURNAME_TABLE = """
王 50 沈 50 张 45 陈 40 陆 35 李 30 朱 30 徐 30 顾 25 吴 25 周 25 金 20 杨 20 刘 20 钱 18
赵 15 姚 15 孙 15 胡 15 黄 15 马 12 俞 12 冯 12 蒋 12 许 12 倪 10 戴 10 高 10 曹 9 潘 9
何 9 施 8 叶 8 汤 8 钟 8 林 8 郭 8 唐 8 范 8 夏 8 方 8 蔡 8 郑 8 丁 7 严 7 宋 7 谢 7
盛 6 程 6 吕 6 邵 6 费 6 袁 6 余 6 汪 6 董 6 邹 6 罗 6 屠 5 韩 5 薛 5 杜 5 苏 5 卢 5
彭 5 梁 5 毛 5 褚 4 计 4 魏 4 田 4 邓 4 任 4 姜 4 石 4 郁 4 莫 4 殷 3 孔 3 贾 3 谭 3
闵 2 崔 2 曾 2 单 1.5 查 1.5 仇 1 缪 1 翟 0.8 解 0.8 覃 0.5 欧阳 0.3 司马 0.2
"""


def _weighted(table: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """Parse "item weight item weight ..." into parallel tuples."""
    words = table.split()
    return tuple(words[0::2]), tuple(float(w) for w in words[1::2])


SURNAMES, SURNAME_WEIGHTS = _weighted(_SURNAME_TABLE)

# Birth-year cohorts: (first year, last year, share of single-character given names).
COHORTS: tuple[tuple[int, int, float], ...] = (
    (1930, 1949, 0.08),
    (1950, 1969, 0.15),
    (1970, 1989, 0.30),
    (1990, 2004, 0.25),
    (2005, 2025, 0.10),
)

# Per cohort: (male two-character given names, female ones, male single, female single).
_GIVEN = (
    (
        "根生 金根 水根 福林 永福 金生 荣根 德明 文彬 志清 宝根 林生 全福 顺林 雪根 国良 炳生 祖荣"
        " 洪福 松林 金龙 阿林 兴福 荣生 仁杰 海根 云龙 友根 长生 寿林",
        "秀英 桂英 凤英 玉英 秀珍 玉珍 金妹 林妹 美英 彩英 月英 素珍 菊英 宝珍 招娣 来娣 银妹 金英"
        " 梅英 兰英 巧英 雪英 爱珍 凤珍 根娣 杏英 阿妹 小妹 惠珍 月娥",
        "福 荣 顺 德 根 林 祥 昌",
        "英 珍 娥 妹 兰 凤",
    ),
    (
        "建国 国强 建华 国平 建平 卫东 卫国 志强 建明 国华 跃进 永明 新华 伟民 建新 国荣 志明 海林"
        " 根荣 雪明 金林 建林 明华 建忠 正华 学明 春林 永林 建中 福明 卫星 红卫 援朝 水林",
        "美华 红英 秀芳 建英 玉芳 丽华 凤娟 月琴 红梅 桂芳 美娟 雪芳 惠英 爱华 素英 建芬 菊芬 林芳"
        " 美芬 云芳 秀娟 金芳 红芳 亚芬 卫红 春英 秋英 引娣 雪娟 爱萍 玉琴 杏芬",
        "军 华 平 明 强 勇 忠 民 荣 林",
        "芳 英 萍 红 梅 琴 华 敏 静 娟",
    ),
    (
        "建军 海军 志刚 晓东 海峰 振华 伟明 俊杰 立新 卫峰 晓峰 国庆 海波 永刚 剑锋 益峰 建峰 华东"
        " 春华 晓明 勇军 学军 宏伟 金华 文杰 志华 明亮 建伟 海涛 卫忠 利明 斌华 杰峰 新峰",
        "丽娟 晓红 海燕 丽萍 春燕 晓燕 雪萍 丽芳 红霞 美玲 慧芳 晓丽 燕萍 丽琴 雪琴 卫芳 建芳 小红"
        " 秀萍 亚萍 琴芳 丽英 春梅 晓梅 玉萍 美琴 红艳 丽君 慧萍 佳英 月芳 燕芳",
        "伟 军 勇 斌 峰 刚 磊 杰 涛 健 波 明 亮 强 平 华",
        "芳 敏 静 丽 燕 霞 艳 娟 萍 红 琴 慧 莉 颖 芬 洁",
    ),
    (
        "俊杰 家豪 晨阳 佳伟 志远 天宇 伟杰 宇航 嘉俊 子豪 浩然 文博 一凡 佳豪 逸飞 振宇 海洋 杰锋"
        " 晓龙 俊豪 明杰 佳俊 浩杰 宇杰 晨浩 子杰 晓伟 嘉伟 泽宇 凯文",
        "婷婷 佳怡 丹丹 佳琪 梦婷 雨婷 思佳 佳丽 欣怡 雪婷 晓雯 静怡 怡婷 倩倩 嘉怡 佳慧 文静 梦洁"
        " 丽婷 晓婷 佳颖 雨欣 思怡 晨怡 倩雯 佳敏 燕婷 佳莉 梦佳 亦婷",
        "杰 磊 涛 超 鹏 浩 凯 俊 鑫 帅 杭 晨 阳 宇 斌 杨",
        "婷 倩 洁 琳 莹 颖 雯 晨 静 丹 佳 怡 蕾 露 瑶 璐",
    ),
    (
        "子轩 浩宇 宇轩 浩然 一诺 俊熙 梓睿 子墨 奕辰 宇辰 皓轩 沐阳 铭泽 睿泽 承泽 梓豪 嘉诚 博文"
        " 逸辰 思远 锦程 子睿 梓轩 俊宇 宇泽 浩轩 天佑 一鸣 乐天 昊然",
        "梓涵 欣怡 可馨 诗涵 雨涵 一诺 子涵 语桐 梓萱 思彤 欣妍 若汐 雨桐 佳怡 芷若 沐晴 依诺 语嫣"
        " 梦琪 紫萱 诗琪 心怡 安琪 雨萱 可欣 欣悦 梓琪 思涵 佳琪 若曦",
        "睿 泽 轩 煜 宸 浩 皓 航 哲 博",
        "悦 妍 涵 萱 琪 彤 诺 可 菲 瑶",
    ),
)

GIVEN_NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (tuple(m2.split()), tuple(f2.split()), tuple(m1.split()), tuple(f1.split())) for m2, f2, m1, f1 in _GIVEN
)

TOWN = "当湖街道"

# Community or village -> roads (or, for a village, None: addresses are 村/组/号).
COMMUNITIES: dict[str, tuple[str, ...] | None] = {
    "东湖社区": ("东湖大道", "新华中路", "环城东路"),
    "南市社区": ("新华南路", "南市路", "解放东路"),
    "梅园社区": ("梅兴路", "人民西路", "新华北路"),
    "启元社区": ("人民东路", "环城北路", "建国路"),
    "北河溇社区": ("新华北路", "环城北路", "胜利路"),
    "永丰社区": ("胜利路", "人民西路", "三港路"),
    "梅兰苑社区": ("梅兴路", "三港路", "环城西路"),
    "百花社区": ("解放西路", "环城西路", "胜利路"),
    "滨湖社区": ("东湖大道", "环城南路", "解放东路"),
    "如意社区": ("人民东路", "建国路", "环城东路"),
    "东升社区": ("东湖大道", "人民东路", "建国路"),
    "南河头社区": ("新华南路", "解放西路", "环城南路"),
    "洁芳社区": ("三港路", "胜利路", "梅兴路"),
    "凤凰社区": ("环城南路", "解放东路", "新华南路"),
    "塘桥村": None,
}

# Relative size of each community (the old town centre is denser than the village).
COMMUNITY_WEIGHTS: tuple[float, ...] = (10, 9, 9, 8, 7, 8, 7, 7, 8, 6, 7, 6, 6, 7, 4)

# Mobile number prefixes (China Mobile, Unicom, Telecom) with rough shares.
_PHONE_TABLE = """
134 3 135 5 136 4 137 4 138 6 139 7 150 4 151 3 152 3 157 2 158 4 159 4 182 3 183 2 187 3
188 3 198 2 130 3 131 3 132 2 155 2 156 2 185 2 186 3 176 2 166 1 133 3 153 2 180 2 181 2
189 3 177 1 173 1 199 2 191 1 147 1 178 1
"""
PHONE_PREFIXES, PHONE_PREFIX_WEIGHTS = _weighted(_PHONE_TABLE)

NOTES: tuple[str, ...] = (
    "听力较差，请大声慢讲",
    "行动不便，需上门服务",
    "子女在外地工作",
    "外来务工人员，暂住",
    "由社区网格员转介",
    "偏好电话联系，白天不在家",
    "家属陪同前来",
    "需要方言沟通（平湖话）",
)
