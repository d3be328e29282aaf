"""Calendar pages: the back office (edit days, import notices) and the public year view with a
deadline calculator. Views stay thin: rules live in services and zwgk.workdays."""
import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from zwgk.holidays import display, services
from zwgk.holidays.forms import CalculatorForm, CalendarDayForm, NoticeForm
from zwgk.holidays.models import CalendarDay, HolidayNotice
from zwgk.lib.params import ParamError, query_int
from zwgk.workdays import WorkdaysError
from zwgk.workdays.notice import NoticeError, parse_notice


def _year(request, cal, default):
    raw = request.GET.get("year", "")
    if not raw:
        return default, None
    try:
        year = query_int(raw, "year")
    except ParamError:
        return default, f"年份不正确：“{raw[:20]}”"
    if not cal.first_year <= year <= cal.last_year:
        return default, f"年份超出支持范围（{cal.first_year}–{cal.last_year}）：{year}"
    return year, None


def _region(request, regions, default=""):
    """The resolved ?region= (宁夏 → 宁夏回族自治区); an unknown one is an error on the page."""
    try:
        return services.resolve(request.GET.get("region", default)), None
    except WorkdaysError as exc:
        return "", f"{exc}（下方显示的是全国日历）"


def _year_context(request, regions, default_year=None, default_region=""):
    errors = []
    region, error = _region(request, regions, default_region)
    errors += [error] if error else []
    if region and region not in regions:
        regions = sorted([*regions, region])
    cal = services.calendar_for_region(region)
    year, error = _year(request, cal, default_year or timezone.localdate().year)
    errors += [error] if error else []
    return {
        "cal": cal, "region": region, "regions": regions, "year": year, "errors": errors,
        "months": display.year_months(cal, year), "special": display.special_rows(cal, year),
        "weekday_headers": display.WEEKDAY_HEADERS,
        "notes": cal.missing_data(dt.date(year, 1, 1), dt.date(year, 12, 31)),
        "prev_year": year - 1 if year > cal.first_year else None,
        "next_year": year + 1 if year < cal.last_year else None,
    }


def _calculate(request, regions, region=""):
    """The calculator form (bound when ?date= is given) and its explanation, if it computed one."""
    form = CalculatorForm(request.GET if "date" in request.GET else None, regions=regions, initial={"region": region})
    if not (form.is_bound and form.is_valid()):
        return form, None
    cal = services.calendar_for_region(form.cleaned_data["region"])
    try:
        return form, cal.explain(form.cleaned_data["date"], form.cleaned_data["n"], form.cleaned_data["start"])
    except WorkdaysError as exc:
        form.add_error(None, str(exc))
        return form, None


def _public_agency(request):
    """The agency whose pages linked here (?agency=slug), so the page shows its region and links back."""
    from zwgk.catalog.models import Agency

    slug = request.GET.get("agency", "")
    if not slug or len(slug) > 100:
        return None
    return Agency.objects.filter(slug=slug).first()


def public_calendar(request):
    """Year view with holidays and make-up workdays, and a deadline calculator (no JavaScript)."""
    regions = services.known_regions()
    agency = _public_agency(request)
    agency_region = services.normalise_region(agency.region) if agency else ""
    form, explanation = _calculate(request, regions, agency_region)
    default_year = explanation.start.year if explanation else None
    context = _year_context(request, regions, default_year, agency_region)
    context.update({"form": form, "explanation": explanation, "agency": agency, "section": "calendar"})
    return render(request, "holidays/public_calendar.html", context)


@login_required
def staff_calendar(request):
    regions = services.known_regions()
    form, explanation = _calculate(request, regions)
    context = _year_context(request, regions, explanation.start.year if explanation else None)
    allowed = services.editable_regions(request.user)
    year, region = context["year"], context["region"]
    rows = CalendarDay.objects.filter(date__year=year).select_related("notice")
    if region:
        rows = rows.filter(region__in=["", *region.split("/")])
    context.update({
        "rows": [(row, allowed is None or row.region in allowed) for row in rows],
        "notices": HolidayNotice.objects.filter(year=year),
        "can_edit": allowed is None or bool(allowed),
        "day_form": CalendarDayForm(user_regions=allowed, initial={"region": region.split("/")[0] if region else ""}),
        "form": form, "explanation": explanation,
    })
    return render(request, "holidays/staff_calendar.html", context)


def _back(day=None):
    url = reverse("holidays_staff:index")
    return f"{url}?year={day.year}" if day else url


def _recompute(request, years, region=""):
    count = services.trigger_recompute(years, region)
    if count:
        messages.info(request, f"已重新计算 {count} 条记录的公开期限。")


@login_required
def day_edit(request, pk=None):
    allowed = services.editable_regions(request.user)
    if allowed is not None and not allowed:
        raise PermissionDenied("只有机关管理员或平台管理员可以编辑节假日")
    day = get_object_or_404(CalendarDay, pk=pk) if pk else None
    if day is not None and not services.may_edit(request.user, day.region):
        raise PermissionDenied("无权编辑该地区的节假日")
    old_year = day.date.year if day else None
    old_region = day.region if day else None
    form = CalendarDayForm(request.POST or None, instance=day, user_regions=allowed)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():  # the day and the due dates it changes, or neither
            saved = form.save()
            messages.success(request, f"已保存：{saved}")
            _recompute(request, {saved.date.year} | ({old_year} if old_year else set()), saved.region)
            if old_region is not None and old_region != saved.region:
                _recompute(request, {old_year}, old_region)
        return redirect(_back(saved.date))
    return render(request, "holidays/staff_day_form.html", {
        "form": form, "day": day, "regions": services.known_regions(),
    })


@login_required
@require_POST
def day_delete(request, pk):
    day = get_object_or_404(CalendarDay, pk=pk)
    if not services.may_edit(request.user, day.region):
        raise PermissionDenied("无权删除该地区的节假日")
    text, date, region = str(day), day.date, day.region
    with transaction.atomic():
        day.delete()
        messages.success(request, f"已删除：{text}")
        _recompute(request, {date.year}, region)
    return redirect(_back(date))


@login_required
def notice_import(request):
    """Paste a notice → preview the parsed days → confirm to save them."""
    allowed = services.editable_regions(request.user)
    if allowed is not None and not allowed:
        raise PermissionDenied("只有机关管理员或平台管理员可以导入节假日安排")
    form = NoticeForm(request.POST or None)
    parsed, rows, error = None, [], None
    if request.method == "POST" and form.is_valid():
        region = form.cleaned_data["region"].strip()
        try:
            region = services.validate_region_name(region)
            if not services.may_edit(request.user, region):
                raise PermissionDenied("无权导入该地区的节假日安排（全国安排由平台管理员导入）")
            parsed = parse_notice(form.cleaned_data["text"], year=form.cleaned_data["year"])
        except (NoticeError, services.HolidayImportError) as exc:
            error = str(exc)
        if parsed is not None and request.POST.get("action") == "confirm":
            try:
                result = services.import_notice(parsed, region=region, text=form.cleaned_data["text"], user=request.user)
            except services.HolidayImportError as exc:
                error = str(exc)
            else:
                messages.success(request, f"已导入 {parsed.year} 年（{region or '全国'}）：放假 {result.days_off} 天，"
                                          f"调休上班 {result.workdays} 天。")
                messages.info(request, f"已重新计算 {result.recomputed} 条记录的公开期限。")
                return redirect(f"{reverse('holidays_staff:index')}?year={parsed.year}")
        if parsed is not None:
            national = services.calendar_for_region("")
            for kind, days in (("放假", parsed.days_off), ("调休上班", parsed.workdays)):
                for d in days:
                    try:
                        same = national.is_workday(d.date) == (kind == "调休上班")
                    except WorkdaysError:
                        same = False
                    rows.append({"date": d.date, "weekday": "一二三四五六日"[d.date.weekday()], "kind": kind,
                                 "name": d.name, "line": d.line, "same": same})
            rows.sort(key=lambda r: r["date"])
    return render(request, "holidays/staff_notice.html", {
        "form": form, "parsed": parsed, "rows": rows, "error": error, "regions": services.known_regions(),
    })
