"""公开时限 text -> a machine-checkable `DeadlineRule`.

Recognised (after removing extraction spaces and turning 全角/Chinese numerals into digits):
- after_event: "<event>之日起/后 N 个工作日内" (working) or "N 日/天/自然日" (calendar);
- yearly: "每年1月31日前", "每年3月底前" (the month's last day);
- periodic: "每月/每季度/每半年/每年", optionally "(结束)后N个工作日内" or "N日前";
- immediate: 实时/及时/即时/随时 -> flagged, 20 working days after 形成或变更 (条例第二十六条);
- same_as_above: "同上" -> a copy of `previous`;
- compound: clauses separated by ；/。 -> the first clause is the rule, each "其中…" clause a sub-rule;
- anything else: kind="unparsed", flagged, the text kept for staff. Nothing is guessed.
"""
from __future__ import annotations

import calendar
import copy
import re

from .cells import halfwidth
from .structure import DeadlineRule

__all__ = ["parse_deadline", "chinese_to_int", "canonical_event", "rule_problems", "DEFAULT_IMMEDIATE_DAYS", "MAX_DAYS"]

DEFAULT_IMMEDIATE_DAYS = 20
# A longer deadline is a typo (or hostile input) and would overflow date arithmetic downstream.
MAX_DAYS = 366
IMMEDIATE_NOTE = (
    "原文未写明天数（实时/及时公开），按《中华人民共和国政府信息公开条例》第二十六条，"
    "默认自信息形成或者变更之日起20个工作日内公开，请核对"
)

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百]+")


def chinese_to_int(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def _normalise(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


# Event phrases seen in catalogs -> short canonical names. First match wins.
_EVENTS = [
    (r"形成(?:或者?|、|和)?变更|变更或形成", "形成或变更"),
    (r"文件发布或变更", "文件发布或变更"),
    (r"(?:文件)?印发", "文件印发"),
    (r"新闻发布会召开|发布会召开|召开新闻发布会", "新闻发布会召开"),
    (r"政策(?:文件)?发布|发布政策", "政策发布"),
    (r"行政处罚(?:决定)?作出|作出行政处罚(?:决定)?", "行政处罚作出"),
    (r"行政许可(?:决定)?作出|作出行政许可(?:决定)?", "行政许可作出"),
    (r"行政决定作出|作出行政决定|作出决定|决定作出", "行政决定作出"),
    (r"预决算批复|预算(?:和|、|及)?决算批复", "预决算批复"),
    (r"预算批复", "预算批复"),
    (r"决算批复", "决算批复"),
    (r"(?:信息)?产生", "信息产生"),
    (r"(?:信息)?形成", "形成"),
    (r"(?:信息)?变更", "变更"),
]


def canonical_event(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


# What may follow a deadline: a verb of publication and nothing that changes the meaning.
_PUBLISH_TAIL = r"(?:予以|主动|向社会|在网站上?)?(?:公开|公示|发布|更新|公布|完成公开)?[。.]?"
_UNIT = r"(?P<unit>个工作日|工作日|个自然日|自然日|日|天)"
_AFTER = re.compile(rf"^(?P<event>.*?)(?P<n>\d+){_UNIT}(?:内|以内|之内)?(?P<rest>.*)$")
_YEARLY = re.compile(r"^每年(?:的)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日|底|末)(?:前|之前|以前|内|止)")
_PERIODS = [("每半年", "half_year"), ("每季度", "quarter"), ("每季", "quarter"), ("每月", "month"), ("每年", "year")]
_IMMEDIATE = re.compile(r"实时|及时|即时|随时|适时")
_SAME = re.compile(r"^(?:同上|同前|同上一?项|同上栏)[。.]?$")


def _after_event(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def _periodic(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def _single(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def parse_deadline(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def rule_problems(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems
