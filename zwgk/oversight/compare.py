"""All-agency comparison (各机关对比) for users who oversee several agencies (city-level roles).

One grouped query per figure over every agency at once, instead of one dashboard per agency;
each row equals the totals of that agency's own dashboard (the tests compare them).
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from zwgk.applications.models import Application
from zwgk.holidays.services import calendar_for
from zwgk.oversight.dbfuncs import LocalDate
from zwgk.oversight.figures import OPEN_STATES, PUBLIC_STATES, Stats, late_days, local_bounds, soon_limit
from zwgk.oversight.stale import stale_obligations
from zwgk.oversight.tables import Table, one_decimal, percent
from zwgk.records.models import Record


@dataclass
class AgencyRow:
    agency: object
    records: Stats = field(default_factory=Stats)
    overdue: int = 0
    due_soon: int = 0
    review: int = 0
    stale: int | None = None
    received: int = 0
    closed: int = 0
    answered_on_time: int = 0
    applications_overdue: int = 0

    @property
    def answered_rate(self) -> float | None:
        return self.answered_on_time / self.closed if self.closed else None


HEADERS = ["机关", "发布数量", "按时发布", "逾期发布", "按时发布率", "平均逾期（工作日）", "最长逾期（工作日）",
           "逾期未发布", "即将到期", "待审核", "未履行的公开义务", "收到申请", "办结", "按期答复率", "已逾期未答复"]


def comparison(agencies, year: int, *, today: datetime.date | None = None, soon_days: int = 5,
               with_stale: bool = True) -> list[AgencyRow]:
    """One row per agency (in the given order) with its dashboard totals for `year` on `today`."""
    today = today or timezone.localdate()
    agencies = list(agencies)
    rows = {a.pk: AgencyRow(a) for a in agencies}
    ids = list(rows)
    cals = {a.pk: calendar_for(a) for a in agencies}
    low, high = local_bounds(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    published = (Record.objects.filter(agency_id__in=ids, state__in=PUBLIC_STATES, published_at__gte=low, published_at__lt=high)
                 .annotate(pub_day=LocalDate(Coalesce("changed_at", "published_at"))))
    for row in published.values("agency_id").annotate(
            n=Count("agency_id"), on_time=Count("agency_id", filter=Q(pub_day__lte=F("due_on"))),
            late=Count("agency_id", filter=Q(pub_day__gt=F("due_on")))).order_by():
        stats = rows[row["agency_id"]].records
        stats.published, stats.on_time, stats.late = row["n"], row["on_time"], row["late"]
    delays = {}
    for row in (published.filter(pub_day__gt=F("due_on")).values("agency_id", "due_on", "pub_day")
                .annotate(n=Count("agency_id")).order_by()):
        key = (row["agency_id"], row["due_on"], row["pub_day"])
        days = delays.get(key) or late_days(cals[row["agency_id"]], row["due_on"], row["pub_day"])
        stats = rows[row["agency_id"]].records
        stats.delay_sum += days * row["n"]
        stats.delay_max = max(stats.delay_max, days)
    # Agencies sharing a calendar share the due-soon limit: one query per distinct limit.
    by_limit = {}
    for pk in ids:
        by_limit.setdefault(soon_limit(cals[pk], today, soon_days), []).append(pk)
    for until, group in by_limit.items():
        for row in (Record.objects.filter(agency_id__in=group, state__in=OPEN_STATES, due_on__isnull=False)
                    .values("agency_id").annotate(overdue=Count("agency_id", filter=Q(due_on__lt=today)),
                                                  soon=Count("agency_id", filter=Q(due_on__gte=today, due_on__lte=until)))
                    .order_by()):
            rows[row["agency_id"]].overdue, rows[row["agency_id"]].due_soon = row["overdue"], row["soon"]
    for pk, n in (Record.objects.filter(agency_id__in=ids, state=Record.State.SUBMITTED).values("agency_id")
                  .annotate(n=Count("agency_id")).order_by().values_list("agency_id", "n")):
        rows[pk].review = n
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    applications = Application.objects.filter(agency_id__in=ids)
    for pk, n in (applications.filter(received_on__gte=start, received_on__lte=end).values("agency_id")
                  .annotate(n=Count("agency_id")).order_by().values_list("agency_id", "n")):
        rows[pk].received = n
    for row in (applications.filter(closed_on__gte=start, closed_on__lte=end).values("agency_id")
                .annotate(n=Count("agency_id"), on_time=Count("agency_id", filter=Q(due_on__isnull=False, closed_on__lte=F("due_on"))))
                .order_by()):
        rows[row["agency_id"]].closed, rows[row["agency_id"]].answered_on_time = row["n"], row["on_time"]
    for pk, n in (applications.filter(closed_on__isnull=True, paused=False, due_on__lt=today).values("agency_id")
                  .annotate(n=Count("agency_id")).order_by().values_list("agency_id", "n")):
        rows[pk].applications_overdue = n
    if with_stale:
        for a in agencies:
            rows[a.pk].stale = len(stale_obligations(a, today, cal=cals[a.pk]))
    return [rows[a.pk] for a in agencies]


def comparison_table(rows: list[AgencyRow], year: int) -> Table:
    """The comparison as a downloadable table."""
    return Table("agencies", f"{year}年各机关政务公开情况对比", HEADERS, [
        [r.agency.name, r.records.published, r.records.on_time, r.records.late, percent(r.records.on_time_rate),
         one_decimal(r.records.average_delay), r.records.delay_max or (0 if r.records.judged else "—"),
         r.overdue, r.due_soon, r.review, "—" if r.stale is None else r.stale, r.received, r.closed,
         percent(r.answered_rate), r.applications_overdue]
        for r in rows])
