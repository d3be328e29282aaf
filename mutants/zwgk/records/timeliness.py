"""Timeliness (公开时效): whether a record's stored due date was, or is being, met.

The due date itself is computed once and stored (`zwgk.records.deadlines`); this module only
reads `due_on`, `due_provisional` and `due_explanation` and words the verdict. The calendar is
needed just to count working days late or left: pass one per agency (`calendars`) on lists.
Late and overdue counts are working days after the due date, at least 1 once the date passed.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from zwgk.holidays.services import calendar_for


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


def _late_days(cal, due: datetime.date, day: datetime.date) -> int:
    return max(1, cal.workdays_between(due, day))


def calendar_of(record, calendars: dict | None = None):
    """The agency's calendar, once per agency when a `calendars` dict is shared across a page."""
    if calendars is None:
        return calendar_for(record.agency)
    cal = calendars.get(record.agency_id)
    if cal is None:
        cal = calendars[record.agency_id] = calendar_for(record.agency)
    return cal


def timeliness(record, *, today: datetime.date | None = None, cal=None, calendars: dict | None = None) -> Timeliness:
    """Where the record stands against its stored due date, with a Chinese label and the explanation."""
    due = record.due_on
    explanation = record.due_explanation or ""
    if due is None:
        return Timeliness(None, "unknown", None, False, "时限待确认", explanation or "尚未计算公开时限。")
    cal = cal or calendar_of(record, calendars)
    today = today or timezone.localdate()
    published = record.last_published_at if record.state in ("published", "withdrawn") else None
    start = min(record.formed_on or due, due)
    if published is not None:
        day = timezone.localtime(published).date() if isinstance(published, datetime.datetime) else published
        if day <= due:
            status, days, label = "on_time", 0, "按时发布"
        else:
            days = _late_days(cal, due, day)
            status, label = "late", f"逾期 {days} 个工作日发布"
        provisional = record.due_provisional or (day > due and bool(cal.is_provisional(start, day)))
    elif today <= due:
        days = cal.workdays_between(today, due)
        status, label = "pending", ("待发布（今日到期）" if days == 0 else f"待发布（剩余 {days} 个工作日）")
        provisional = record.due_provisional
    else:
        days = _late_days(cal, due, today)
        status, label = "overdue", f"已逾期 {days} 个工作日（未发布）"
        provisional = record.due_provisional or bool(cal.is_provisional(start, today))
    if provisional:
        label += "（暂定）"
        explanation += " 所涉年份的节假日安排尚未公布，日期为暂定。"
    return Timeliness(due, status, days, provisional, label, explanation)


def recompute_due_dates(years) -> int:
    """Recompute stored due dates of records whose window touches `years` (and all provisional ones)."""
    from zwgk.records import deadlines
    from zwgk.records.models import Record

    years = {int(y) for y in years}
    if not years:
        return 0
    return deadlines.recompute(deadlines.touching_years(Record.objects.all(), years))
