"""Stale obligations (未履行的公开义务): what the catalog requires and nobody has published.

Four kinds, each judged on `today`:
- `no_record`: a 主动公开 item of the current catalog with no published record at all;
- `yearly`: a 每年M月D日前 item whose last passed deadline has no record for its period (the
  2025 年报 is due by 2026-01-31: on 2026-01-31 it is still due, on 2026-02-01 it is stale);
- `periodic`: a 每月/每季度/每半年/每年 item whose last period, once its deadline passed, has
  no record;
- `column`: a 网站所属栏目 where nothing was published for `column_days` days.
A record covers a period by its `period` code ("2025", "2025H2", "2025Q4", "2025-12") or, when
it has none, by the default the records app gives it from its 生成日期 (default_formed_range).
"""
from __future__ import annotations

import calendar as pycalendar
import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from zwgk.catalog.models import Item
from zwgk.holidays.services import calendar_for
from zwgk.records.deadlines import due_for
from zwgk.records.models import Record
from zwgk.records.periods import Period, containing, granularity

DEFAULT_COLUMN_DAYS = 180  # 政府网站检查指标: 栏目超过 6 个月未更新

KIND_LABELS = {"no_record": "从未发布", "yearly": "年度信息未发布", "periodic": "定期信息未发布", "column": "栏目长期未更新"}


def default_formed_range(period: Period) -> tuple[datetime.date, datetime.date]:
    """生成日期 of records without a stored period whose default period (periods.default_period) is `period`.

    A year is covered by records formed from its July to the next June (a 年报 formed in
    2026-01 covers 2025); a shorter period by those formed in the period after it.
    """
    if period.kind == "year":
        return datetime.date(period.year, 7, 1), datetime.date(period.year + 1, 6, 30)
    following = containing(period.kind, period.end + datetime.timedelta(days=1))
    return following.start, following.end


@dataclass
class StaleItem:
    kind: str
    item: Item | None
    column: str = ""
    period: Period | None = None
    due_on: datetime.date | None = None
    last_published: datetime.date | None = None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def description(self) -> str:
        if self.kind == "column":
            since = f"最近一次发布于 {self.last_published:%Y-%m-%d}" if self.last_published else "从未发布"
            return f"栏目“{self.column}”{since}"
        if self.kind == "no_record":
            return "该事项尚无任何已发布的信息"
        return f"{self.period.label}的信息应于 {self.due_on:%Y-%m-%d} 前公开，尚未发布"


def obligation_items(agency):
    """Leaf items of the agency's current catalog that are published proactively (主动公开)."""
    items = (Item.objects.current().leaves().filter(catalog__agency=agency, level__gte=2)
             .prefetch_related("units").order_by("catalog", "position"))
    return [item for item in items if not item.mode or "主动" in item.mode]


def _safe_date(year: int, month: int, day: int) -> datetime.date:
    return datetime.date(year, month, min(day, pycalendar.monthrange(year, month)[1]))


def last_due_period(rule, today: datetime.date, cal) -> tuple[Period, datetime.date] | None:
    """The latest period whose deadline is before `today`, with that deadline."""
    kind = granularity(rule)
    if kind is None or (rule.kind == "yearly" and not (rule.month and rule.day)):
        return None
    if rule.kind == "yearly":
        deadline = _safe_date(today.year, rule.month, rule.day)
        if deadline >= today:
            deadline = _safe_date(today.year - 1, rule.month, rule.day)
        # 每年M月D日前 reports on the year before (the records app's rule for yearly items).
        return Period("year", deadline.year - 1), deadline
    period = containing(kind, today).previous()
    for _ in range(3):
        try:
            due = period_due(rule, period, cal)
        except ValueError:
            return None
        if due is None:
            return None
        if due.due_on < today:
            return period, due.due_on
        period = period.previous()
    return None


def period_due(rule, period: Period, cal):
    """The records app's due date (a Due, or None) for information covering `period` under `rule`."""
    return due_for(rule, period.end, cal, period)


def next_yearly_deadline(rule, today: datetime.date) -> tuple[Period, datetime.date] | None:
    """The coming 每年M月D日前 deadline on or after `today` and the period it reports on."""
    if rule.kind != "yearly" or not (rule.month and rule.day):
        return None
    deadline = _safe_date(today.year, rule.month, rule.day)
    if deadline < today:
        deadline = _safe_date(today.year + 1, rule.month, rule.day)
    return Period("year", deadline.year - 1), deadline


def published_by(day: datetime.date | None):
    """Records public on `day` (all public ones when None)."""
    qs = Record.objects.published()
    if day is not None:
        qs = qs.filter(published_at__lt=datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(),
                                                                  timezone.get_current_timezone()))
    return qs


def covering(item, period: Period, day: datetime.date | None = None):
    """Records of `item` covering `period`, public on `day`."""
    low, high = default_formed_range(period)
    by_date = Q(formed_on__gte=low, formed_on__lte=high)
    return published_by(day).filter(item=item).filter(Q(period=period.code) | (Q(period="") & by_date))


def covered_items(periods: dict, day: datetime.date | None = None) -> set:
    """Ids of the items in `periods` (item id → Period) with a record covering that period, public on `day`.

    One query for records with a stored period (a covering-index range per item), then one index
    seek per remaining item for records dated into the period's window, instead of reading every
    public record of each item.
    """
    if not periods:
        return set()
    public = published_by(day).order_by()
    found = {pk for pk, code in public.filter(item_id__in=list(periods), period__gt="").values_list("item_id", "period")
             .distinct() if periods[pk].code == code}
    for pk, period in periods.items():
        if pk not in found:
            low, high = default_formed_range(period)
            if public.filter(item_id=pk, period="", formed_on__gte=low, formed_on__lte=high).exists():
                found.add(pk)
    return found


def column_days() -> int:
    return int(getattr(settings, "ZWGK_STALE_COLUMN_DAYS", DEFAULT_COLUMN_DAYS))


def stale_obligations(agency, today: datetime.date | None = None, *, days: int | None = None, cal=None) -> list[StaleItem]:
    """Every stale obligation of `agency` on `today` (see the module docstring)."""
    today = today or timezone.localdate()
    days = column_days() if days is None else days
    cal = cal or calendar_for(agency)
    items = obligation_items(agency)
    last = last_published(items, today)
    dues = {item.pk: last_due_period(item.rule, today, cal) for item in items}
    covered = covered_items({pk: due[0] for pk, due in dues.items() if due is not None}, today)
    found = []
    for item in items:
        due = dues[item.pk]
        if due is not None and item.pk not in covered:
            found.append(StaleItem("yearly" if item.rule.kind == "yearly" else "periodic", item, period=due[0],
                                   due_on=due[1], last_published=_local_day(last.get(item.pk))))
        elif item.pk not in last:
            found.append(StaleItem("no_record", item))
    found.extend(stale_columns(items, last, today, days))
    return found


def last_published(items, day: datetime.date | None) -> dict:
    """item id → the latest first publication of its public records by `day` (absent: none).

    One index lookup per item and state (record_item_listing: item, state, published_at), so
    it costs the same with ten records or a million.
    """
    day = day or timezone.localdate()
    cutoff = min(timezone.now(), datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(),
                                                           timezone.get_current_timezone()))
    found = {}
    for state in (Record.State.PUBLISHED, Record.State.WITHDRAWN):
        latest = (Record.objects.filter(item=OuterRef("pk"), state=state, published_at__lt=cutoff)
                  .order_by("-published_at").values("published_at")[:1])
        rows = Item.objects.filter(pk__in=[i.pk for i in items]).annotate(last=Subquery(latest)).values_list("pk", "last")
        for pk, stamp in rows:
            if stamp is not None and (pk not in found or stamp > found[pk]):
                found[pk] = stamp
    return found


def _local_day(value):
    return timezone.localtime(value).date() if value else None


def stale_columns(items, last: dict, today: datetime.date, days: int) -> list[StaleItem]:
    """Columns (网站所属栏目) whose items published nothing in the last `days` days."""
    latest = {}
    for item in items:
        stamp = last.get(item.pk)
        for column in item.columns or []:
            current = latest.get(column)
            latest[column] = stamp if current is None else (max(current, stamp) if stamp else current)
    limit = today - datetime.timedelta(days=days)
    return [StaleItem("column", None, column=column, last_published=_local_day(stamp))
            for column, stamp in sorted(latest.items()) if stamp is None or _local_day(stamp) < limit]
