"""Back-office views of the annual report (/staff/annualreport/): thin wrappers around services."""
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from zwgk.accounts.models import Role
from zwgk.accounts.permissions import agency_ids
from zwgk.annualreport import forms, render as report_render, services
from zwgk.annualreport.models import AnnualReport
from zwgk.annualreport.validator import validate_file
from zwgk.catalog.models import Agency
from zwgk.records.services import WorkflowError

REPORT_ROLES = (Role.AGENCY_ADMIN, Role.REVIEWER, Role.OFFICE_HEAD)
CONTENT_TYPES = {
    "json": "application/json; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def _agencies(user):
    ids = agency_ids(user, roles=REPORT_ROLES)
    return Agency.objects.all() if ids is None else Agency.objects.filter(pk__in=ids)


def _report(request, pk) -> AnnualReport:
    """The report, or 404 outside the user's agencies."""
    report = get_object_or_404(AnnualReport.objects.select_related("agency", "record"), pk=pk)
    if not _agencies(request.user).filter(pk=report.agency_id).exists():
        raise Http404("没有找到该年度报告")
    return report


@login_required
def report_list(request):
    agencies = _agencies(request.user).order_by("name")
    form = forms.StartForm(request.POST or None, agencies=agencies)
    if request.method == "POST":
        if not agencies.exists():
            raise PermissionDenied("您没有编制年度报告的权限。")
        if form.is_valid():
            try:
                report = services.start_draft(form.cleaned_data["agency"], form.cleaned_data["year"])
            except services.ReportError as exc:
                form.add_error("year", str(exc))
            else:
                return redirect("annualreport:edit", pk=report.pk)
    reports = AnnualReport.objects.filter(agency__in=agencies).select_related("agency", "record")
    return render(request, "annualreport/list.html", {"form": form, "reports": reports, "can_start": agencies.exists()})


@login_required
def report_edit(request, pk):
    report = _report(request, pk)
    if request.method == "POST" and not report.is_final:
        form = forms.ReportForm(request.POST, instance=report)
        if form.is_valid():
            try:
                services.save_draft(report, form.cleaned_data, version=form.cleaned_data["version"])
            except services.ReportError as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, "已保存。")
                return redirect("annualreport:edit", pk=report.pk)
    else:
        form = forms.ReportForm(instance=report)
    fig = None if report.is_final else services.collect(report.agency, report.year, report)
    data = services.report_json(report.agency, report.year, report, fig=fig)
    return render(request, "annualreport/edit.html", {
        "report": report, "form": form, "data": data, "fig": fig,
        "preview": report_render.html_body(data), "manual": report_render.manual_notes(data),
    })


@login_required
@require_POST
def report_redraft(request, pk):
    report = _report(request, pk)
    try:
        services.redraft(report)
    except services.ReportError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "已按最新数据重新起草第一、五、六部分。")
    return redirect("annualreport:edit", pk=report.pk)


@login_required
@require_POST
def report_finalise(request, pk):
    report = _report(request, pk)
    try:
        report = services.finalise(report, request.user, ip=request.META.get("REMOTE_ADDR"))
    except (services.ReportError, WorkflowError) as exc:
        messages.error(request, f"未能定稿：{exc}")
    except PermissionDenied:
        messages.error(request, "未能定稿：发布年度报告需要审核人或机关管理员权限。")
    else:
        messages.success(request, f"已定稿并发布，索引号 {report.record.index_number}。")
    return redirect("annualreport:edit", pk=report.pk)


@login_required
def report_download(request, pk, fmt):
    report = _report(request, pk)
    if fmt not in CONTENT_TYPES:
        raise Http404("不支持的格式")
    data = services.report_json(report.agency, report.year, report)
    if fmt == "json":
        body = json.dumps(data, ensure_ascii=False, indent=2).encode()
    elif fmt == "html":
        body = report_render.html_document(data).encode()
    elif fmt == "docx":
        body = report_render.docx_bytes(data)
    else:
        body = report_render.pdf_bytes(data)
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    name = f"annual-report-{report.year}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def validate(request):
    posted = request.method == "POST"
    form = forms.ValidateForm(request.POST if posted else None, request.FILES if posted else None)
    result = None
    name = None
    if posted and form.is_valid():
        result = validate_file(form.cleaned_data["content"])
        name = form.cleaned_data["name"]
    return render(request, "annualreport/validate.html", {"form": form, "result": result, "name": name})
