"""Timeliness (公开时效): the due date of every record and whether it was, or is being, met.

The due date comes from the item's deadline rule and the record's 生成日期 (formed_on), counted
with the agency's working-day calendar (zwgk.holidays.services.calendar_for). Rule kinds:
- after_event: `days` working or calendar days after formed_on (day 0 is formed_on itself);
- yearly (每年M月D日前): the next M-D on or after formed_on, so a 年报 formed in 2025 is due
  on 2026-01-31 and one formed on 2026-01-20 on 2026-01-31;
- periodic (每月/每季度/每年): the end of the period containing formed_on, plus the rule's
  `days` (working or calendar) when given, otherwise plus 20 working days (the 条例's general
  20-working-day rule for 主动公开, counted from the end of the period the information covers);
- immediate (实时/及时): 20 working days after formed_on, marked for staff confirmation;
- anything else (unparsed): no due date, status "unknown", label 时限待确认.
Late and overdue counts are working days after the due date, at least 1 once the date passed.
"""
from __future__ import annotations

import calendar as pycalendar
import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from zwgk.holidays.services import calendar_for

DEFAULT_WORKING_DAYS = 20


@dataclass
class Due:
    due_on: datetime.date
    provisional: bool
    explanation: str


@dataclass
class Timeliness:
    due_on: datetime.date | None
    status: str  # pending | on_time | late | overdue | unknown
    days: int | None
    provisional: bool
    label: str
    explanation: str
    notes: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        """Badge classes for staff.css (.badge.on_time/.late/.overdue/.pending/.provisional)."""
        return " ".join(c for c in (self.status if self.status != "unknown" else "", "provisional" if self.provisional else "") if c)


def _working(cal, start: datetime.date, days: int, what: str) -> Due:
    explanation = cal.explain(start, days)
    return Due(explanation.due, bool(explanation.provisional), f"{what}：{explanation.as_text()}")


def _calendar_days(cal, start: datetime.date, days: int, what: str) -> Due:
    due = start + datetime.timedelta(days=days)
    return Due(due, bool(cal.is_provisional(start, due)), f"{what}：自 {start:%Y-%m-%d} 起 {days} 个自然日，至 {due:%Y-%m-%d}。")


def _add(cal, rule, start: datetime.date, what: str) -> Due:
    if rule.day_type == "calendar":
        return _calendar_days(cal, start, rule.days, what)
    return _working(cal, start, rule.days, what)


def _period_end(day: datetime.date, period: str) -> datetime.date:
    if period == "month":
        return day.replace(day=pycalendar.monthrange(day.year, day.month)[1])
    if period == "quarter":
        month = ((day.month - 1) // 3 + 1) * 3
        return datetime.date(day.year, month, pycalendar.monthrange(day.year, month)[1])
    if period == "half_year":  # the value catalog.formats.deadline writes
        return datetime.date(day.year, 6, 30) if day.month <= 6 else datetime.date(day.year, 12, 31)
    return datetime.date(day.year, 12, 31)


def _safe_date(year, month, day) -> datetime.date:
    return datetime.date(year, month, min(day, pycalendar.monthrange(year, month)[1]))


def due_for(rule, formed_on: datetime.date, cal) -> Due | None:
    """The due date of information formed on `formed_on` under `rule` (a DeadlineRule), or None."""
    kind = rule.kind
    if kind == "after_event" and rule.days is not None:
        return _add(cal, rule, formed_on, f"自生成日期起 {rule.days} 个{'自然日' if rule.day_type == 'calendar' else '工作日'}")
    if kind == "yearly" and rule.month and rule.day:
        due = _safe_date(formed_on.year, rule.month, rule.day)
        if due < formed_on:
            due = _safe_date(formed_on.year + 1, rule.month, rule.day)
        return Due(due, bool(cal.is_provisional(formed_on, due)),
                   f"每年 {rule.month} 月 {rule.day} 日前公开：生成日期 {formed_on:%Y-%m-%d} 之后的第一个截止日为 {due:%Y-%m-%d}。")
    if kind == "periodic" and rule.period:
        end = _period_end(formed_on, rule.period)
        names = {"month": "月", "quarter": "季度", "half_year": "半年", "year": "年"}
        what = f"按{names.get(rule.period, rule.period)}公开，所在周期截至 {end:%Y-%m-%d}"
        if rule.days is not None:
            return _add(cal, rule, end, what + f"，其后 {rule.days} 个{'自然日' if rule.day_type == 'calendar' else '工作日'}")
        if rule.day:  # 每月10日前: by that day of the month after the period
            nxt = end + datetime.timedelta(days=1)
            due = _safe_date(nxt.year, nxt.month, rule.day)
            return Due(due, bool(cal.is_provisional(formed_on, due)), what + f"，于次月 {rule.day} 日前，即 {due:%Y-%m-%d}。")
        return _working(cal, end, DEFAULT_WORKING_DAYS, what + f"，其后按条例 {DEFAULT_WORKING_DAYS} 个工作日")
    if kind == "immediate":
        result = _working(cal, formed_on, DEFAULT_WORKING_DAYS, f"“及时公开”按条例 {DEFAULT_WORKING_DAYS} 个工作日计算（待人工确认）")
        return result
    return None


def compute_due(record, cal=None) -> tuple[datetime.date | None, bool]:
    """(due_on, provisional) to store on the record."""
    if record.formed_on is None:
        return None, False
    cal = cal or calendar_for(record.agency)
    try:
        result = due_for(record.item.rule, record.formed_on, cal)
    except ValueError:  # outside the calendar's range (WorkdaysError) or a malformed rule
        return None, False
    return (result.due_on, result.provisional) if result else (None, False)


def _late_days(cal, due: datetime.date, day: datetime.date) -> int:
    return max(1, cal.workdays_between(due, day))


def timeliness(record, *, today: datetime.date | None = None, cal=None) -> Timeliness:
    """Where the record stands against its deadline, with a Chinese label and the explanation."""
    if record.formed_on is None:
        return Timeliness(None, "unknown", None, False, "时限待确认", "未填写生成日期。")
    cal = cal or calendar_for(record.agency)
    rule = record.item.rule
    try:
        result = due_for(rule, record.formed_on, cal)
    except ValueError as exc:
        return Timeliness(None, "unknown", None, False, "时限待确认", f"无法计算公开时限：{exc}")
    if result is None:
        text = record.item.deadline_text or "未设置"
        return Timeliness(None, "unknown", None, False, "时限待确认", f"公开时限“{text}”尚未确认为可计算的规则，请在目录中确认。")
    due = result.due_on
    today = today or timezone.localdate()
    published = record.last_published_at if record.state in ("published", "withdrawn") else None
    if published is not None:
        day = timezone.localtime(published).date() if isinstance(published, datetime.datetime) else published
        if day <= due:
            status, days, label = "on_time", 0, "按时发布"
        else:
            days = _late_days(cal, due, day)
            status, label = "late", f"逾期 {days} 个工作日发布"
        provisional = result.provisional or bool(cal.is_provisional(record.formed_on, max(day, due)))
    elif today <= due:
        days = cal.workdays_between(today, due)
        status, label = "pending", ("待发布（今日到期）" if days == 0 else f"待发布（剩余 {days} 个工作日）")
        provisional = result.provisional or bool(cal.is_provisional(record.formed_on, due))
    else:
        days = _late_days(cal, due, today)
        status, label = "overdue", f"已逾期 {days} 个工作日（未发布）"
        provisional = result.provisional or bool(cal.is_provisional(record.formed_on, today))
    explanation = result.explanation
    if provisional:
        label += "（暂定）"
        explanation += " 所涉年份的节假日安排尚未公布，日期为暂定。"
    if rule.kind == "immediate" or record.item.deadline_flagged:
        explanation += " 该事项的公开时限待人工确认。"
    return Timeliness(due, status, days, provisional, label, explanation)


def recompute_due_dates(years: set[int]) -> int:
    """Recompute stored due dates of records whose window touches `years` (and all provisional ones).

    Called after holiday data for those years is imported; returns how many records changed.
    """
    from django.db.models import Q

    from zwgk.records.models import Record

    years = {int(y) for y in years}
    if not years:
        return 0
    qs = Record.objects.filter(
        Q(formed_on__year__in=years) | Q(due_on__year__in=years) | Q(due_provisional=True)
    ).select_related("item", "agency")
    calendars, changed = {}, []
    for record in qs.iterator(chunk_size=2000):
        cal = calendars.get(record.agency_id)
        if cal is None:
            cal = calendars[record.agency_id] = calendar_for(record.agency)
        due_on, provisional = compute_due(record, cal)
        if (due_on, provisional) != (record.due_on, record.due_provisional):
            record.due_on, record.due_provisional = due_on, provisional
            changed.append(record)
    Record.objects.bulk_update(changed, ["due_on", "due_provisional"], batch_size=1000)
    return len(changed)
