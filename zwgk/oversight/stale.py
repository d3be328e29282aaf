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
from zwgk.records.models import Record

DEFAULT_COLUMN_DAYS = 180  # 政府网站检查指标: 栏目超过 6 个月未更新

KIND_LABELS = {"no_record": "从未发布", "yearly": "年度信息未发布", "periodic": "定期信息未发布", "column": "栏目长期未更新"}


def period_field() -> str | None:
    """The name of the record's 报告期 field, once the records app has it."""
    return "period" if any(f.name == "period" for f in Record._meta.get_fields()) else None


@dataclass(frozen=True)
class Period:
    """A reporting period (报告期), coded as the records app stores it."""

    kind: str  # year | half_year | quarter | month
    year: int
    number: int = 1

    @property
    def code(self) -> str:
        return {"year": f"{self.year}", "half_year": f"{self.year}H{self.number}",
                "quarter": f"{self.year}Q{self.number}", "month": f"{self.year}-{self.number:02d}"}[self.kind]

    @property
    def label(self) -> str:
        return {"year": f"{self.year}年度", "half_year": f"{self.year}年{'上' if self.number == 1 else '下'}半年",
                "quarter": f"{self.year}年第{self.number}季度", "month": f"{self.year}年{self.number}月"}[self.kind]

    @property
    def months(self) -> int:
        return {"year": 12, "half_year": 6, "quarter": 3, "month": 1}[self.kind]

    @property
    def start(self) -> datetime.date:
        return datetime.date(self.year, (self.number - 1) * self.months + 1, 1)

    @property
    def end(self) -> datetime.date:
        month = self.number * self.months
        return datetime.date(self.year, month, pycalendar.monthrange(self.year, month)[1])

    def previous(self) -> "Period":
        if self.number > 1:
            return Period(self.kind, self.year, self.number - 1)
        return Period(self.kind, self.year - 1, 12 // self.months)

    def next(self) -> "Period":
        if self.number < 12 // self.months:
            return Period(self.kind, self.year, self.number + 1)
        return Period(self.kind, self.year + 1, 1)

    @classmethod
    def containing(cls, kind: str, day: datetime.date) -> "Period":
        months = {"year": 12, "half_year": 6, "quarter": 3, "month": 1}[kind]
        return cls(kind, day.year, (day.month - 1) // months + 1)

    def default_formed_range(self) -> tuple[datetime.date, datetime.date]:
        """生成日期 of records without a stored period whose default period is this one.

        The records app's default: a year is covered by records formed from its July to the next
        June (a 年报 formed in 2026-01 covers 2025); a shorter period by those formed in the next one.
        """
        if self.kind == "year":
            return datetime.date(self.year, 7, 1), datetime.date(self.year + 1, 6, 30)
        following = self.next()
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


def period_kind(rule) -> str | None:
    if rule.kind == "yearly" and rule.month and rule.day:
        return "year"
    if rule.kind == "periodic" and rule.period in ("year", "half_year", "quarter", "month"):
        return rule.period
    return None


def _safe_date(year: int, month: int, day: int) -> datetime.date:
    return datetime.date(year, month, min(day, pycalendar.monthrange(year, month)[1]))


def last_due_period(rule, today: datetime.date, cal) -> tuple[Period, datetime.date] | None:
    """The latest period whose deadline is before `today`, with that deadline."""
    kind = period_kind(rule)
    if kind is None:
        return None
    if rule.kind == "yearly":
        deadline = _safe_date(today.year, rule.month, rule.day)
        if deadline >= today:
            deadline = _safe_date(today.year - 1, rule.month, rule.day)
        # 每年M月D日前 reports on the year before (the records app's rule for yearly items).
        return Period("year", deadline.year - 1), deadline
    period = Period.containing(kind, today).previous()
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
    try:  # the records app computes periodic deadlines from the period itself
        from zwgk.records.deadlines import due_for
    except ImportError:  # before reporting periods: from a 生成日期 inside the period
        from zwgk.records.timeliness import due_for

        return due_for(rule, period.end, cal)
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
    low, high = period.default_formed_range()
    by_date = Q(formed_on__gte=low, formed_on__lte=high)
    name = period_field()
    condition = (Q(**{name: period.code}) | (Q(**{name: ""}) & by_date)) if name else by_date
    return published_by(day).filter(item=item).filter(condition)


def column_days() -> int:
    return int(getattr(settings, "ZWGK_STALE_COLUMN_DAYS", DEFAULT_COLUMN_DAYS))


def stale_obligations(agency, today: datetime.date | None = None, *, days: int | None = None, cal=None) -> list[StaleItem]:
    """Every stale obligation of `agency` on `today` (see the module docstring)."""
    today = today or timezone.localdate()
    days = column_days() if days is None else days
    cal = cal or calendar_for(agency)
    items = obligation_items(agency)
    last = last_published(items, today)
    found = []
    for item in items:
        due = last_due_period(item.rule, today, cal)
        if due is not None and not covering(item, due[0], today).exists():
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
