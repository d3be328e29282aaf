"""依申请公开 figures for the dashboard and the 自查 report, aggregated in the database.

An application counts as received on its 收到日期 (`received_on`, empty while 待确认), as
answered on its 办结日期 (`closed_on`), on time when closed on or before its stored `due_on`.
Open applications are paused (`paused`: 补正, 征求意见, 缴费) or overdue once `due_on` passed.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, F, Q

from zwgk.applications import codes
from zwgk.applications.models import Application
from zwgk.oversight.dbfuncs import MonthOf
from zwgk.oversight.tables import Table, percent


@dataclass
class ApplicationFigures:
    received: int = 0
    closed: int = 0
    on_time: int = 0
    late: int = 0
    open: int = 0
    unconfirmed: int = 0
    paused: int = 0
    overdue: int = 0
    by_outcome: dict = field(default_factory=dict)  # outcome code → closed in the window
    by_type: dict = field(default_factory=dict)  # applicant type → received in the window
    by_month: dict = field(default_factory=dict)  # "YYYY-MM" → {"received", "closed", "on_time"}

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.closed if self.closed else None

    def outcome_rows(self) -> list[tuple[str, int]]:
        """(label, count) in the table-三 order, outcomes with none left out."""
        rows = []
        for code, label in codes.OUTCOMES:
            if self.by_outcome.get(code):
                group = codes.outcome_group_label(code)
                name = label.split("（区分")[0]
                name = name.split("）", 1)[-1] if name.startswith("（") else name  # （一）予以公开 → 予以公开
                rows.append(((group.split("）")[-1] + "·" if group else "") + name, self.by_outcome[code]))
        if self.by_outcome.get(""):
            rows.append(("（未填写办理结果）", self.by_outcome[""]))
        return rows

    def tables(self, agency_name: str, year: int) -> list[Table]:
        return [
            Table("applications", f"{agency_name}{year}年依申请公开办理情况",
                  ["收到申请", "办结", "按期答复", "逾期答复", "按期答复率", "办理中", "待确认", "计时暂停", "已逾期未答复"],
                  [[self.received, self.closed, self.on_time, self.late, percent(self.on_time_rate), self.open,
                    self.unconfirmed, self.paused, self.overdue]]),
            Table("applications-by-outcome", f"{agency_name}{year}年办结申请按办理结果", ["办理结果", "件数"],
                  [list(row) for row in self.outcome_rows()]),
            Table("applications-by-month", f"{agency_name}{year}年依申请公开按月统计", ["月份", "收到申请", "办结", "按期答复"],
                  [[m, v["received"], v["closed"], v["on_time"]] for m, v in sorted(self.by_month.items())]),
            Table("applications-by-type", f"{agency_name}{year}年收到申请按申请人类型", ["申请人类型", "件数"],
                  [[label, self.by_type.get(code, 0)] for code, label in codes.APPLICANT_TYPES]),
        ]


def figures(agency, start: datetime.date, end: datetime.date, today: datetime.date) -> ApplicationFigures:
    """Applications of `agency` received and answered between start and end, and open ones today."""
    qs = Application.objects.filter(agency=agency)
    result = ApplicationFigures()
    # Three grouped queries, each answered from one of the oversight migration's covering indexes.
    received = (qs.filter(received_on__gte=start, received_on__lte=end).annotate(m=MonthOf("received_on"))
                .values("applicant_type", "m").annotate(n=Count("agency_id")).order_by())
    for row in received:
        result.by_type[row["applicant_type"]] = result.by_type.get(row["applicant_type"], 0) + row["n"]
        _month(result, row["m"])["received"] += row["n"]
    on_time_q = Q(due_on__isnull=False, closed_on__lte=F("due_on"))
    closed = (qs.filter(closed_on__gte=start, closed_on__lte=end).annotate(m=MonthOf("closed_on"))
              .values("outcome", "m").annotate(n=Count("agency_id"), on_time=Count("agency_id", filter=on_time_q),
                                               late=Count("agency_id", filter=Q(closed_on__gt=F("due_on")))).order_by())
    for row in closed:
        result.by_outcome[row["outcome"]] = result.by_outcome.get(row["outcome"], 0) + row["n"]
        result.on_time += row["on_time"]
        result.late += row["late"]
        entry = _month(result, row["m"])
        entry["closed"] += row["n"]
        entry["on_time"] += row["on_time"]
    result.received, result.closed = sum(result.by_type.values()), sum(result.by_outcome.values())
    counts = qs.filter(closed_on__isnull=True).aggregate(
        n_open=Count("agency_id"), n_unconfirmed=Count("agency_id", filter=Q(received_on__isnull=True)),
        n_paused=Count("agency_id", filter=Q(paused=True)), n_overdue=Count("agency_id", filter=Q(paused=False, due_on__lt=today)))
    result.open, result.unconfirmed, result.paused, result.overdue = (
        counts["n_open"], counts["n_unconfirmed"], counts["n_paused"], counts["n_overdue"])
    return result


def _month(result: ApplicationFigures, month: str) -> dict:
    return result.by_month.setdefault(month, {"received": 0, "closed": 0, "on_time": 0})


def overdue_applications(agency, today: datetime.date, *, limit: int = 50):
    """Open, running applications past their due date, the oldest first."""
    return list(Application.objects.filter(agency=agency, closed_on__isnull=True, paused=False, due_on__lt=today)
                .select_related("handler").order_by("due_on")[:limit])
