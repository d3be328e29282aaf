"""Staff views of the oversight dashboard: thin wrappers around dashboard, charts, tables, 自查."""
import datetime

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from zwgk.accounts.models import Role
from zwgk.accounts.permissions import agency_ids, has_role
from zwgk.catalog.models import Agency, Unit
from zwgk.oversight import applications, charts, compare, figures, selfcheck
from zwgk.oversight.dashboard import DEFAULT_SOON_DAYS, build_dashboard, year_window
from zwgk.oversight.tables import to_csv, to_xlsx

OVERSIGHT_ROLES = (Role.REVIEWER, Role.AGENCY_ADMIN, Role.OFFICE_HEAD, Role.PLATFORM_ADMIN)
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def _agencies(user):
    ids = agency_ids(user, OVERSIGHT_ROLES)
    qs = Agency.objects.all() if ids is None else Agency.objects.filter(pk__in=ids)
    return [a for a in qs.order_by("name") if has_role(user, a, *OVERSIGHT_ROLES)]


def _context(request):
    """(agency, year, soon_days, agencies) from the query string; 404 outside the user's agencies."""
    agencies = _agencies(request.user)
    if not agencies:
        raise Http404("没有可查看的机关")
    slug = request.GET.get("agency")
    agency = next((a for a in agencies if a.slug == slug), None) if slug else agencies[0]
    if agency is None:
        raise Http404("没有该机关")
    today = timezone.localdate()
    year = _int(request.GET.get("year"), today.year, 2000, today.year + 1)
    soon = _int(request.GET.get("soon"), DEFAULT_SOON_DAYS, 1, 60)
    return agency, year, soon, agencies


def _int(text, default, low, high):
    try:
        value = int(text)
    except (TypeError, ValueError):
        return default
    return value if low <= value <= high else default


def _download(content: bytes, filename: str, fmt: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{_quote(filename)}"
    return response


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name)


@login_required
def dashboard(request):
    agency, year, soon, agencies = _context(request)
    board = build_dashboard(agency, year, soon_days=soon)
    today = timezone.localdate()
    return render(request, "oversight/dashboard.html", {
        "board": board, "agencies": agencies, "tables": board.tables(),
        "years": list(range(today.year, today.year - 6, -1)), "query": f"agency={agency.slug}&year={year}&soon={soon}",
    })


def _comparison(request):
    """(table, year, soon, agencies) of the all-agency comparison; 404 for a user of one agency."""
    agency, year, soon, agencies = _context(request)
    if len(agencies) < 2:
        raise Http404("只有一个机关，无需对比")
    return compare.comparison_table(compare.comparison(agencies, year, soon_days=soon), year), year, soon, agencies


@login_required
def agencies(request):
    """各机关对比: every agency the user oversees in one table (city-level roles, platform admins)."""
    table, year, soon, agencies_ = _comparison(request)
    today = timezone.localdate()
    links = [f"/staff/oversight/?agency={a.slug}&year={year}&soon={soon}" for a in agencies_]
    table.links = links
    return render(request, "oversight/agencies.html", {
        "t": table, "year": year, "soon": soon, "years": list(range(today.year, today.year - 6, -1)),
        "query": f"year={year}&soon={soon}", "today": today,
    })


@login_required
def table_download(request, name, fmt):
    if name == "agencies":
        table = _comparison(request)[0]
        content = to_csv(table) if fmt == "csv" else to_xlsx(table)
        return _download(content, f"{table.title}.{fmt}", fmt)
    agency, year, soon, _ = _context(request)
    table = build_dashboard(agency, year, soon_days=soon, with_stale=name == "stale").tables().get(name)
    if table is None:
        raise Http404("没有该表格")
    content = to_csv(table) if fmt == "csv" else to_xlsx(table)
    return _download(content, f"{table.title}.{fmt}", fmt)


@login_required
def chart(request, name):
    """One chart as SVG; computes only the figures that chart needs."""
    agency, year, _, _ = _context(request)
    start, end = year_window(year)
    if name in ("timeliness", "units"):
        records = figures.record_figures(agency, start, end)
        if name == "timeliness":
            svg = charts.timeliness_chart([(m, s.on_time_rate, s.published) for m, s in records.by_month.items()])
        else:
            names = dict(Unit.objects.filter(agency=agency).values_list("pk", "name"))
            rows = sorted(((names.get(k, "（未指定公开主体）"), s.on_time_rate or 0.0) for k, s in records.by_unit.items()
                           if s.judged), key=lambda r: -r[1])
            svg = charts.horizontal_bars(rows[:20], title="各公开主体按时发布率", xlabel="按时发布率", as_percent=True)
    elif name == "outcomes":
        svg = charts.horizontal_bars(applications.figures(agency, start, end, timezone.localdate()).outcome_rows(), title="依申请公开办理结果", xlabel="件数")
    else:
        raise Http404("没有该图表")
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Cache-Control"] = "private, max-age=300"
    return response


def _parse_day(text, default):
    try:
        return datetime.date.fromisoformat(text) if text else default
    except ValueError:
        return default


@login_required
def selfcheck_report(request, fmt=None):
    agency, year, _, agencies = _context(request)
    start, end = year_window(year)
    start, end = _parse_day(request.GET.get("start"), start), _parse_day(request.GET.get("end"), end)
    if end < start:
        start, end = end, start
    check = selfcheck.build_selfcheck(agency, start, end)
    name = f"{selfcheck.title(check)}.{fmt}"
    if fmt == "docx":
        return _download(selfcheck.to_docx(check), name, fmt)
    if fmt == "pdf":
        return _download(selfcheck.to_pdf(check), name, fmt)
    return HttpResponse(selfcheck.to_html(check))
