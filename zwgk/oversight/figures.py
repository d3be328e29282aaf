"""Timeliness figures of an agency's records, aggregated in the database.

Every figure comes from GROUP BY queries over the stored `due_on` (the one truth of a record's
deadline, kept current by zwgk.records.timeliness); Python only folds the grouped rows. A record
is judged by the local day its current content went public (变更 publication, else the first one)
against `due_on`; lateness is counted in the agency's working days, at least 1 once late, as on
the record page.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db import connections
from django.db.models import Count, F, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from zwgk.holidays.services import calendar_for
from zwgk.oversight.dbfuncs import LocalDate, MonthOf
from zwgk.records.models import Record

PUBLIC_STATES = [Record.State.PUBLISHED, Record.State.WITHDRAWN]
OPEN_STATES = [Record.State.DRAFT, Record.State.SUBMITTED, Record.State.APPROVED]


@dataclass
class Stats:
    """Published records of one group and how they met their deadlines."""

    published: int = 0
    on_time: int = 0
    late: int = 0
    delay_sum: int = 0
    delay_max: int = 0
    provisional: int = 0

    @property
    def judged(self) -> int:
        return self.on_time + self.late

    @property
    def unknown(self) -> int:
        """Published records without a computable deadline (时限待确认)."""
        return self.published - self.judged

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.judged if self.judged else None

    @property
    def average_delay(self) -> float | None:
        return self.delay_sum / self.late if self.late else None

    def add(self, other: "Stats") -> None:
        self.published += other.published
        self.on_time += other.on_time
        self.late += other.late
        self.delay_sum += other.delay_sum
        self.delay_max = max(self.delay_max, other.delay_max)
        self.provisional += other.provisional


@dataclass
class RecordFigures:
    total: Stats = field(default_factory=Stats)
    by_unit: dict = field(default_factory=dict)  # unit_id (None: 未指定) → Stats
    by_item: dict = field(default_factory=dict)  # item_id → Stats
    by_month: dict = field(default_factory=dict)  # "YYYY-MM" → Stats


def local_bounds(start: datetime.date, end: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """Aware datetimes [start 00:00, day after end 00:00) in the local zone."""
    zone = timezone.get_current_timezone()
    return (datetime.datetime.combine(start, datetime.time(), zone),
            datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time(), zone))


def published_in(agency, start: datetime.date, end: datetime.date, unit_id=None):
    """Records of `agency` first published between start and end (local days, inclusive)."""
    low, high = local_bounds(start, end)
    qs = Record.objects.filter(agency=agency, state__in=PUBLIC_STATES, published_at__gte=low, published_at__lt=high)
    if unit_id is not None:
        qs = qs.filter(unit_id=unit_id)
    return qs.annotate(pub_day=LocalDate(Coalesce("changed_at", "published_at")))


def record_figures(agency, start: datetime.date, end: datetime.date, *, cal=None, unit_id=None) -> RecordFigures:
    """Published records of the window by unit, item and month of publication, with delays."""
    cal = cal or calendar_for(agency)
    base = published_in(agency, start, end, unit_id).annotate(month=MonthOf(LocalDate("published_at")))
    figures = RecordFigures()
    groups = {}
    counts = base.values("unit_id", "item_id", "month").annotate(
        n=Count("agency_id"),
        on_time=Count("agency_id", filter=Q(pub_day__lte=F("due_on"))),
        late=Count("agency_id", filter=Q(pub_day__gt=F("due_on"))),
        provisional=Count("agency_id", filter=Q(due_provisional=True)),
    ).order_by()
    for unit, item, month, n, on_time, late, provisional in _raw_rows(counts):
        groups[(unit, item, month)] = Stats(published=n, on_time=on_time, late=late, provisional=provisional)
    delays = {}
    late_rows = (base.filter(pub_day__gt=F("due_on")).values("unit_id", "item_id", "month", "due_on", "pub_day")
                 .annotate(n=Count("agency_id")).order_by())
    for unit, item, month, due, day, n in _raw_rows(late_rows):
        pair = (due, day)
        delay = delays.get(pair)
        if delay is None:
            delay = delays[pair] = late_days(cal, due, day)
        stats = groups[(unit, item, month)]
        stats.delay_sum += delay * n
        if delay > stats.delay_max:
            stats.delay_max = delay
    for (unit_id_, item_id, month), stats in groups.items():
        figures.total.add(stats)
        for key, table in ((unit_id_, figures.by_unit), (item_id, figures.by_item), (month, figures.by_month)):
            table.setdefault(key, Stats()).add(stats)
    figures.by_month = dict(sorted(figures.by_month.items()))
    return figures


def _raw_rows(queryset):
    """The rows of a values() query as the driver returns them, without the ORM's per-value converters.

    A large agency's year has thousands of (due date, publication day) groups; parsing each date
    on SQLite costs more than the query, and late_days() needs each distinct pair parsed only once.
    """
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def late_days(cal, due: datetime.date, day: datetime.date) -> int:
    """Working days from `due` to `day`, at least 1 (the record page's rule)."""
    # Raw rows: SQLite returns a computed date as text (a date column it parses itself).
    due = datetime.date.fromisoformat(due) if isinstance(due, str) else due
    day = datetime.date.fromisoformat(day) if isinstance(day, str) else day
    try:
        return max(1, cal.workdays_between(due, day))
    except ValueError:  # outside the calendar's years: fall back to calendar days
        return max(1, (day - due).days)


@dataclass
class OpenRecords:
    """Unpublished records against their deadlines: overdue and due within `soon_days` working days."""

    soon_until: datetime.date
    overdue_count: int
    due_soon_count: int
    overdue: list
    due_soon: list
    by_unit: dict  # unit_id → {"overdue": n, "due_soon": n}


def soon_limit(cal, today: datetime.date, soon_days: int) -> datetime.date:
    """The last day counted as due soon: `soon_days` working days after `today`."""
    try:
        return cal.add_workdays(today, soon_days)
    except ValueError:  # outside the calendar's years
        return today + datetime.timedelta(days=soon_days * 7 // 5)


def open_records(agency, today: datetime.date, soon_days: int = 5, *, cal=None, limit: int = 50, unit_id=None):
    """Overdue and due-soon unpublished records of `agency` (lists capped at `limit`)."""
    cal = cal or calendar_for(agency)
    soon_until = soon_limit(cal, today, soon_days)
    qs = Record.objects.filter(agency=agency, state__in=OPEN_STATES, due_on__isnull=False)
    if unit_id is not None:
        qs = qs.filter(unit_id=unit_id)
    overdue_q, soon_q = Q(due_on__lt=today), Q(due_on__gte=today, due_on__lte=soon_until)
    by_unit = {}
    # Grouping by an expression keeps SQLite on the (agency, state, due_on) index instead of
    # walking the whole unit_id index to avoid a sort.
    grouped = qs.annotate(u=Coalesce("unit_id", Value(0))).values("u").annotate(
        overdue=Count("agency_id", filter=overdue_q), due_soon=Count("agency_id", filter=soon_q)).order_by()
    for row in grouped:
        if row["overdue"] or row["due_soon"]:
            by_unit[row["u"] or None] = {"overdue": row["overdue"], "due_soon": row["due_soon"]}
    listed = qs.select_related("item", "unit").order_by("due_on", "id")
    overdue = list(listed.filter(overdue_q)[:limit])
    due_soon = list(listed.filter(soon_q)[:limit])
    for record in overdue:
        record.overdue_days = late_days(cal, record.due_on, today)
    for record in due_soon:
        record.days_left = cal.workdays_between(today, record.due_on) if record.due_on >= today else 0
    return OpenRecords(
        soon_until=soon_until,
        overdue_count=sum(v["overdue"] for v in by_unit.values()),
        due_soon_count=sum(v["due_soon"] for v in by_unit.values()),
        overdue=overdue, due_soon=due_soon, by_unit=by_unit,
    )


def review_queue(agency, *, limit: int = 50):
    """The reviewer's 待审核 queue: submitted records, the nearest deadline first; (count, first rows)."""
    qs = Record.objects.filter(agency=agency, state=Record.State.SUBMITTED)
    rows = list(qs.select_related("item", "unit").order_by(F("due_on").asc(nulls_last=True), "updated_at")[:limit])
    return qs.count(), rows
