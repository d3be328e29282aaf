"""The oversight dashboard (公开监督) of one agency and year: figures, lists and tables."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from zwgk.catalog.models import Item, Unit
from zwgk.holidays.services import calendar_for
from zwgk.oversight import applications as application_figures
from zwgk.oversight import figures as record_figures_module
from zwgk.oversight.stale import stale_obligations
from zwgk.oversight.tables import Table, one_decimal, percent

DEFAULT_SOON_DAYS = 5
STATS_HEADERS = ["发布数量", "按时发布", "逾期发布", "时限待确认", "按时发布率", "平均逾期（工作日）", "最长逾期（工作日）"]


def stats_cells(stats) -> list:
    return [stats.published, stats.on_time, stats.late, stats.unknown, percent(stats.on_time_rate),
            one_decimal(stats.average_delay), stats.delay_max or (0 if stats.judged else "—")]


@dataclass
class Dashboard:
    agency: object
    year: int
    today: datetime.date
    soon_days: int
    start: datetime.date
    end: datetime.date
    records: record_figures_module.RecordFigures
    open: record_figures_module.OpenRecords
    review_count: int
    review_rows: list
    stale: list
    applications: application_figures.ApplicationFigures
    unit_names: dict = field(default_factory=dict)
    item_names: dict = field(default_factory=dict)

    @property
    def period_text(self) -> str:
        return f"{self.start:%Y-%m-%d} 至 {self.end:%Y-%m-%d}"

    def unit_rows(self) -> list[tuple]:
        """(unit name, Stats, overdue, due soon) for every unit with figures, by name."""
        keys = set(self.records.by_unit) | set(self.open.by_unit)
        rows = []
        for key in keys:
            stats = self.records.by_unit.get(key) or record_figures_module.Stats()
            pending = self.open.by_unit.get(key, {})
            rows.append((self.unit_names.get(key, "（未指定公开主体）"), stats, pending.get("overdue", 0), pending.get("due_soon", 0)))
        return sorted(rows, key=lambda r: r[0])

    def tables(self) -> dict[str, Table]:
        """Every table of the page, by download name."""
        a = self.agency.name
        tables = [
            Table("by-unit", f"{a}{self.year}年按公开主体统计", ["公开主体"] + STATS_HEADERS + ["逾期未发布", "即将到期"],
                  [[name] + stats_cells(s) + [overdue, soon] for name, s, overdue, soon in self.unit_rows()]),
            Table("by-item", f"{a}{self.year}年按事项统计", ["事项"] + STATS_HEADERS,
                  [[self.item_names.get(k, str(k))] + stats_cells(s)
                   for k, s in sorted(self.records.by_item.items(), key=lambda kv: self.item_names.get(kv[0], ""))]),
            Table("by-month", f"{a}{self.year}年按月统计", ["发布月份"] + STATS_HEADERS,
                  [[m] + stats_cells(s) for m, s in self.records.by_month.items()]),
            Table("overdue", f"{a}已超过公开时限、尚未发布的信息", ["名称", "事项", "公开主体", "状态", "应公开日期", "已逾期（工作日）"],
                  [[r.title, r.item.name, str(r.unit or "—"), r.get_state_display(), _date(r.due_on, r.due_provisional),
                    r.overdue_days] for r in self.open.overdue],
                  note=_capped(self.open.overdue_count, len(self.open.overdue)), links=_links(self.open.overdue)),
            Table("due-soon", f"{a}{self.soon_days}个工作日内到期、尚未发布的信息", ["名称", "事项", "公开主体", "状态", "应公开日期", "剩余工作日"],
                  [[r.title, r.item.name, str(r.unit or "—"), r.get_state_display(), _date(r.due_on, r.due_provisional),
                    r.days_left] for r in self.open.due_soon],
                  note=_capped(self.open.due_soon_count, len(self.open.due_soon)), links=_links(self.open.due_soon)),
            Table("review-queue", f"{a}待审核信息", ["名称", "事项", "公开主体", "提交时间", "应公开日期"],
                  [[r.title, r.item.name, str(r.unit or "—"), f"{timezone.localtime(r.updated_at):%Y-%m-%d %H:%M}",
                    _date(r.due_on, r.due_provisional)] for r in self.review_rows],
                  note=_capped(self.review_count, len(self.review_rows)), links=_links(self.review_rows)),
            Table("stale", f"{a}未履行的公开义务（截至{self.today:%Y-%m-%d}）", ["类型", "事项或栏目", "公开主体", "报告期", "应公开日期", "说明"],
                  [[s.kind_label, s.column or s.item.name, "、".join(u.name for u in s.item.units.all()) if s.item else "—",
                    s.period.label if s.period else "—", f"{s.due_on:%Y-%m-%d}" if s.due_on else "—", s.description]
                   for s in self.stale]),
        ]
        tables.extend(self.applications.tables(a, self.year))
        order = ["overdue", "due-soon", "review-queue", "stale", "by-unit", "by-month", "by-item"]
        tables.sort(key=lambda t: order.index(t.name) if t.name in order else len(order))
        return {t.name: t for t in tables}


def _links(records) -> list[str]:
    return [f"/staff/records/{r.pk}/" for r in records]


def _date(day, provisional) -> str:
    return f"{day:%Y-%m-%d}{'（暂定）' if provisional else ''}" if day else "—"


def _capped(total: int, shown: int) -> str:
    return f"共 {total} 条，仅列出最早到期的 {shown} 条。" if total > shown else ""


def year_window(year: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def build_dashboard(agency, year: int | None = None, *, today: datetime.date | None = None,
                    soon_days: int = DEFAULT_SOON_DAYS, with_stale: bool = True) -> Dashboard:
    """Everything the dashboard shows for `agency` in `year` (publication year), as of `today`."""
    today = today or timezone.localdate()
    year = year or today.year
    start, end = year_window(year)
    cal = calendar_for(agency)
    records = record_figures_module.record_figures(agency, start, end, cal=cal)
    pending = record_figures_module.open_records(agency, today, soon_days, cal=cal)
    review_count, review_rows = record_figures_module.review_queue(agency)
    unit_ids = {k for k in list(records.by_unit) + list(pending.by_unit) if k is not None}
    return Dashboard(
        agency=agency, year=year, today=today, soon_days=soon_days, start=start, end=end,
        records=records, open=pending, review_count=review_count, review_rows=review_rows,
        stale=stale_obligations(agency, today, cal=cal) if with_stale else [],
        applications=application_figures.figures(agency, start, end, today),
        unit_names=dict(Unit.objects.filter(pk__in=unit_ids).values_list("pk", "name")),
        item_names=dict(Item.objects.filter(pk__in=list(records.by_item)).values_list("pk", "name")),
    )
