"""Due dates (应公开日期): the one function that computes them, and the bulk recompute.

A record's stored `due_on`, `due_provisional`, `due_explanation` and `period` are the only
truth every page, the API, the dashboard and exports read. `compute` derives them from the
item's deadline rule, the 生成日期, the 报告期 and the agency's working-day calendar; it runs
in the writing transaction whenever one of these inputs changes (record saves in services, the
bulk import, and the receivers in `zwgk.records.receivers` for catalog and calendar changes),
and for everything with `zwgk recompute-deadlines`.

Rule kinds:
- after_event: `days` working or calendar days after the 生成日期 (day 0 is that day itself);
- yearly (每年M月D日前): information covering year Y is due on M-D of year Y+1 (the 2024 年报
  by 2025-01-31, whenever it was formed);
- periodic (每月/每季度/每半年/每年): from the end of the 报告期, `days` working or calendar
  days when given, by day D of the following month for 每月D日前, otherwise the 条例's general
  20 working days;
- immediate (实时/及时): 20 working days after the 生成日期, marked for staff confirmation;
- anything else (unparsed): no due date, with the reason.
"""
from __future__ import annotations

import calendar as pycalendar
import datetime
import json
from dataclasses import dataclass

from zwgk.records.periods import effective_period

DEFAULT_WORKING_DAYS = 20
PERIOD_WORDS = {"month": "月", "quarter": "季度", "half_year": "半年", "year": "年度"}
CONFIRM_NOTE = " 该事项的公开时限待人工确认。"


@dataclass(frozen=True)
class Due:
    """What is stored on a record: due date, provisional flag, explanation and the 报告期 code."""

    due_on: datetime.date | None
    provisional: bool
    explanation: str
    period: str = ""


def _special_days(cal, start, end) -> str:
    """The holidays and make-up working days in (start, end], in words (short: it is stored)."""
    found, day = [], start + datetime.timedelta(days=1)
    while day <= end:
        special = cal.special_day(day)
        if special is not None:
            found.append(f"{day:%m-%d} {special.label}")
        day += datetime.timedelta(days=1)
    return f"其间的节假日与调休：{'、'.join(found)}。" if found else "其间没有节假日或调休。"


def _working(cal, start, days, what) -> Due:
    due = cal.add_workdays(start, days)
    provisional = bool(cal.is_provisional(start, due))
    text = (f"{what}：起算日 {start:%Y-%m-%d}（当日不计入），第 {days} 个工作日为 {due:%Y-%m-%d}。"
            + _special_days(cal, start, due))
    notes = cal.missing_data(start, due) if provisional else []
    return Due(due, provisional, text + "".join(f" {note}。" for note in notes))


def _calendar_days(cal, start, days, what) -> Due:
    due = start + datetime.timedelta(days=days)
    return Due(due, bool(cal.is_provisional(start, due)), f"{what}：自 {start:%Y-%m-%d} 起 {days} 个自然日，至 {due:%Y-%m-%d}。")


def _add(cal, rule, start, what) -> Due:
    if rule.day_type == "calendar":
        return _calendar_days(cal, start, rule.days, what)
    return _working(cal, start, rule.days, what)


def _safe_date(year, month, day) -> datetime.date:
    return datetime.date(year, month, min(day, pycalendar.monthrange(year, month)[1]))


def _unit(rule) -> str:
    return "自然日" if rule.day_type == "calendar" else "工作日"


def due_for(rule, formed_on: datetime.date, cal, period=None) -> Due | None:
    """The due date under `rule` (a DeadlineRule) of information formed on `formed_on`
    covering `period` (a periods.Period, for yearly and periodic rules), or None."""
    kind = rule.kind
    if kind == "after_event" and rule.days is not None:
        return _add(cal, rule, formed_on, f"自生成日期起 {rule.days} 个{_unit(rule)}")
    if kind == "yearly" and rule.month and rule.day and period is not None:
        due = _safe_date(period.year + 1, rule.month, rule.day)
        return Due(due, bool(cal.is_provisional(min(formed_on, due), max(formed_on, due))),
                   f"每年 {rule.month} 月 {rule.day} 日前公开上一年度的信息：报告期 {period.label}，"
                   f"应于 {due:%Y-%m-%d} 前公开。")
    if kind == "periodic" and period is not None:
        end = period.end
        what = f"按{PERIOD_WORDS[period.kind]}公开，报告期 {period.label} 截至 {end:%Y-%m-%d}"
        if rule.days is not None:
            result = _add(cal, rule, end, what + f"，其后 {rule.days} 个{_unit(rule)}")
        elif rule.day:  # 每月10日前: by that day of the month after the period
            nxt = end + datetime.timedelta(days=1)
            due = _safe_date(nxt.year, nxt.month, rule.day)
            result = Due(due, bool(cal.is_provisional(end, due)), what + f"，于次月 {rule.day} 日前，即 {due:%Y-%m-%d}。")
        else:
            result = _working(cal, end, DEFAULT_WORKING_DAYS, what + f"，其后按条例 {DEFAULT_WORKING_DAYS} 个工作日")
        return result
    if kind == "immediate":
        return _working(cal, formed_on, DEFAULT_WORKING_DAYS, f"“及时公开”按条例 {DEFAULT_WORKING_DAYS} 个工作日计算（待人工确认）")
    return None


def compute(rule, formed_on, period_code: str, cal, *, deadline_text: str = "", flagged: bool = False) -> Due:
    """The stored values for a record: the one function behind every due date zwgk shows."""
    period = effective_period(rule, period_code or "", formed_on)
    code = period.code if period is not None else ""
    if formed_on is None:
        return Due(None, False, "未填写生成日期。", code)
    try:
        result = due_for(rule, formed_on, cal, period)
    except ValueError as exc:  # outside the calendar's range (WorkdaysError) or a malformed rule
        return Due(None, False, f"无法计算公开时限：{exc}", code)
    if result is None:
        text = deadline_text or "未设置"
        return Due(None, False, f"公开时限“{text}”尚未确认为可计算的规则，请在目录中确认。", code)
    explanation = result.explanation
    if rule.kind == "immediate" or flagged:
        explanation += CONFIRM_NOTE
    return Due(result.due_on, result.provisional, explanation, code)


def record_due(record, cal=None) -> Due:
    """compute() for one record, with its item and agency (calendar_for(agency) unless given)."""
    if cal is None:
        from zwgk.holidays.services import calendar_for

        cal = calendar_for(record.agency)
    item = record.item
    return compute(item.rule, record.formed_on, record.period, cal,
                   deadline_text=item.deadline_text, flagged=item.deadline_flagged)


DUE_FIELDS = ["due_on", "due_provisional", "due_explanation", "period"]


def apply(record, cal=None) -> Due:
    """Set the record's stored due-date fields (not saved: the caller writes them)."""
    due = record_due(record, cal)
    record.due_on, record.due_provisional, record.due_explanation, record.period = (
        due.due_on, due.provisional, due.explanation, due.period)
    return due


class Calculator:
    """compute() for many records: one calendar per region, one computation per distinct input."""

    def __init__(self):
        self._calendars, self._results = {}, {}

    def calendar(self, region: str):
        cal = self._calendars.get(region)
        if cal is None:
            from zwgk.holidays.services import calendar_for_region

            cal = self._calendars[region] = calendar_for_region(region)
        return cal

    def due(self, rule_dict: dict, deadline_text: str, flagged: bool, region: str, formed_on, period: str,
            *, rule_key=None) -> Due:
        from zwgk.catalog.formats.structure import DeadlineRule

        if rule_key is None:
            rule_key = json.dumps(rule_dict or {}, sort_keys=True, ensure_ascii=False)
        key = (rule_key, deadline_text, flagged, region, formed_on, period)
        result = self._results.get(key)
        if result is None:
            result = self._results[key] = compute(DeadlineRule.from_dict(rule_dict), formed_on, period,
                                                  self.calendar(region), deadline_text=deadline_text, flagged=flagged)
        return result

    def for_item(self, item, region: str, formed_on, period: str = "") -> Due:
        return self.due(item.deadline_rule, item.deadline_text, item.deadline_flagged, region, formed_on, period)


UPDATE_BATCH = 5000


def recompute(queryset=None, *, calculator: Calculator | None = None) -> int:
    """Recompute and store the due dates of the records in `queryset` (all when None) in bulk.

    A fixed number of queries whatever the count: one read of the records, one of their items,
    and batched UPDATEs (executemany, 5,000 rows a batch) of the records whose values changed;
    each distinct input is computed once. Returns how many records changed.
    """
    from django.db import connection

    from zwgk.catalog.models import Item
    from zwgk.records.models import Record

    queryset = Record.objects.all() if queryset is None else queryset
    calculator = calculator or Calculator()
    items = {
        pk: (rule, text, flagged, json.dumps(rule or {}, sort_keys=True, ensure_ascii=False))
        for pk, rule, text, flagged in Item.objects.filter(pk__in=queryset.values("item_id")).values_list(
            "id", "deadline_rule", "deadline_text", "deadline_flagged")
    }
    rows = queryset.order_by().values_list(
        "id", "item_id", "agency__region", "formed_on", "period", "due_on", "due_provisional", "due_explanation")
    changed = []
    for pk, item_id, region, formed_on, period, due_on, provisional, explanation in rows.iterator(chunk_size=5000):
        rule, text, flagged, rule_key = items[item_id]
        due = calculator.due(rule, text, flagged, region or "", formed_on, period, rule_key=rule_key)
        if (due.due_on, due.provisional, due.explanation, due.period) != (due_on, provisional, explanation, period):
            changed.append((due.due_on, due.provisional, due.explanation, due.period, pk))
    if changed:
        table, quote = Record._meta.db_table, connection.ops.quote_name
        columns = ", ".join(f"{quote(name)} = %s" for name in DUE_FIELDS)
        sql = f"UPDATE {quote(table)} SET {columns} WHERE {quote('id')} = %s"
        with connection.cursor() as cursor:
            for start in range(0, len(changed), UPDATE_BATCH):
                cursor.executemany(sql, changed[start:start + UPDATE_BATCH])
    return len(changed)


def touching_years(queryset, years):
    """The records whose deadline window may involve one of `years` (and every provisional one)."""
    from django.db.models import Q

    years = {int(y) for y in years}
    return queryset.filter(Q(formed_on__year__in=years) | Q(due_on__year__in=years) | Q(due_provisional=True))
