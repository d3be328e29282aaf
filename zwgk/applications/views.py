"""Back-office views of 依申请公开 (/staff/applications/): thin wrappers around services and rules."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from zwgk.accounts.models import Role
from zwgk.applications import codes, forms, letters, replies, rules, services
from zwgk.applications.identity import mask_id, mask_name
from zwgk.applications.models import Application, ApplicationAttachment, ReplyDocument, ReplyTemplate, ReviewCase
from zwgk.catalog.models import Agency


def _app(request, pk) -> Application:
    """The application, or 404 for anyone who does not handle it (never reveal that it exists)."""
    app = get_object_or_404(Application.objects.select_related("agency", "handler"), pk=pk)
    if not rules.can_see(request.user, app):
        raise Http404("没有找到该申请")
    return app


def _agencies(user):
    ids = rules.handler_agency_ids(user)
    return Agency.objects.all() if user.is_superuser else Agency.objects.filter(pk__in=ids)


def _staff(agency, role):
    return get_user_model().objects.filter(
        memberships__agency=agency, memberships__role__in=[role] if isinstance(role, str) else role).distinct()


def _errors(request, exc: ValidationError):
    for field, msgs in exc.message_dict.items():
        for msg in msgs:
            messages.error(request, msg)


def masked(app) -> dict:
    """What a list row shows of the applicant."""
    name = mask_name(app.name) if app.applicant_type == "natural_person" else app.name
    return {"app": app, "name": name, "id_number": mask_id(app.id_number)}


@login_required
def queue(request):
    agencies = _agencies(request.user)
    if not agencies.exists():
        raise PermissionDenied("您不是依申请公开办理人员。")
    qs = rules.visible_applications(request.user)
    handlers = get_user_model().objects.filter(memberships__agency__in=agencies,
                                               memberships__role__in=[Role.HANDLER, Role.OFFICE_HEAD]).distinct()
    form = forms.QueueFilterForm(request.GET or None, handlers=handlers)
    within = 5
    if form.is_valid():
        within = form.cleaned_data.get("within") or 5
        if form.cleaned_data.get("handler"):
            qs = qs.filter(handler=form.cleaned_data["handler"])
    sections = services.open_queue(qs, within=within)
    titles = [("overdue", "已超期"), ("due_soon", f"{within}个工作日内到期"), ("pending", "待确认收到"),
              ("awaiting_correction", "待补正"), ("paused", "计时暂停（征求意见、待缴费）"), ("other", "其他办理中")]
    return render(request, "applications/staff/queue.html", {
        "form": form, "within": within,
        "sections": [(key, title, [masked(a) for a in sections[key]]) for key, title in titles],
        "closed": [masked(a) for a in qs.filter(state="closed").select_related("agency").order_by("-closed_on")[:20]],
        "can_head": any(rules.is_head(request.user, a) for a in agencies),
    })


@login_required
def application_list(request):
    qs = rules.visible_applications(request.user).select_related("agency", "handler")
    number = request.GET.get("number", "").strip()
    if number:
        qs = qs.filter(number__icontains=number)
    state = request.GET.get("state", "")
    if state:
        qs = qs.filter(state=state)
    page = Paginator(qs.order_by("-submitted_at", "-id"), 50).get_page(request.GET.get("page"))
    from zwgk.applications.models import State

    return render(request, "applications/staff/list.html", {
        "page": page, "rows": [masked(a) for a in page.object_list], "states": State.choices, "state": state,
        "number": number,
    })


@login_required
def intake(request):
    agencies = list(_agencies(request.user))
    if not agencies:
        raise PermissionDenied("您不是依申请公开办理人员。")
    agency = agencies[0]
    if request.method == "POST" and request.POST.get("agency"):
        agency = next((a for a in agencies if str(a.pk) == request.POST["agency"]), None) or agency
    form = forms.IntakeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            app, code, _ = services.submit(agency, data, channel=data["channel"], ip=services.client_ip(request),
                                           user=request.user, received_on=data["received_on"])
        except ValidationError as exc:
            for field, msgs in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, msgs)
        else:
            if not rules.is_head(request.user, agency):
                services.assign(app, request.user, request.user)
            messages.success(request, f"已登记申请 {app.number}，查询码 {services.format_code(code)}（请告知申请人，只显示这一次）。")
            return redirect("applications:detail", app.pk)
    return render(request, "applications/staff/intake.html", {"form": form, "agencies": agencies, "agency": agency})


@login_required
def detail(request, pk):
    app = _app(request, pk)
    services.audit(app, request.user, "view", ip=services.client_ip(request))
    result = None
    error = ""
    try:
        result = services.clock_result(app)
    except Exception as exc:  # a calendar change can make an old timeline inconsistent: show, don't crash
        error = str(exc)
    heads = _staff(app.agency, Role.OFFICE_HEAD)
    can_work = rules.can_work(request.user, app)
    try:
        pages = max(0, min(100000, int(request.GET.get("pages", "") or 0)))
    except ValueError:
        pages = 0
    return render(request, "applications/staff/detail.html", {
        "app": app, "result": result, "clock_error": error, "events": app.events.select_related("user", "approved_by"),
        "can_work": can_work, "is_head": rules.is_head(request.user, app.agency),
        "event_form": forms.EventForm(heads=heads, initial={"on": services.today()}),
        "confirm_form": forms.ConfirmForm(initial={"received_on": services.today()}),
        "reply_form": forms.ReplyForm(initial={"on": services.today()}),
        "delivery_form": forms.DeliveryForm(initial={"on": services.today()}),
        "assign_form": forms.AssignForm(handlers=_staff(app.agency, [Role.HANDLER, Role.OFFICE_HEAD]),
                                        initial={"handler": app.handler}),
        "documents": app.documents.all(), "attachments": app.attachments.all(),
        "reviews": app.review_cases.all(), "today": services.today(),
        "fee": services.fee_quote(app, pages) if app.is_open and app.received_on else None,
    })


@login_required
@require_POST
def confirm(request, pk):
    app = _app(request, pk)
    form = forms.ConfirmForm(request.POST)
    if form.is_valid():
        try:
            services.confirm_receipt(app, request.user, form.cleaned_data["received_on"], ip=services.client_ip(request))
            messages.success(request, "已确认收到申请，开始计算答复期限。")
        except ValidationError as exc:
            _errors(request, exc)
    else:
        messages.error(request, "请填写确认收到的日期。")
    return redirect("applications:detail", app.pk)


@login_required
@require_POST
def add_event(request, pk):
    app = _app(request, pk)
    form = forms.EventForm(request.POST, heads=_staff(app.agency, Role.OFFICE_HEAD))
    if form.is_valid():
        d = form.cleaned_data
        try:
            if d["type"] == "note":
                services.log_note(app, request.user, d["on"], d["note"], ip=services.client_ip(request))
            else:
                services.record_event(app, request.user, d["type"], d["on"], days=d["days"], until=d["until"],
                                      amount=d["amount"], note=d["note"], approved_by=d["approved_by"],
                                      ip=services.client_ip(request))
            messages.success(request, "已记录。")
        except ValidationError as exc:
            _errors(request, exc)
    else:
        for field, errs in form.errors.items():
            for e in errs:
                messages.error(request, f"{form.fields[field].label if field in form.fields else ''}：{e}")
    return redirect("applications:detail", app.pk)


@login_required
@require_POST
def assign(request, pk):
    app = _app(request, pk)
    form = forms.AssignForm(request.POST, handlers=_staff(app.agency, [Role.HANDLER, Role.OFFICE_HEAD]))
    if form.is_valid():
        try:
            services.assign(app, request.user, form.cleaned_data["handler"], ip=services.client_ip(request))
            messages.success(request, "已分配办理人。")
        except ValidationError as exc:
            _errors(request, exc)
    return redirect("applications:detail", app.pk)


@login_required
def reply(request, pk):
    app = _app(request, pk)
    if not rules.can_work(request.user, app):
        raise PermissionDenied
    form = forms.ReplyForm(request.POST or None, initial={"on": services.today()})
    preview = None
    if form.is_valid():
        d = form.cleaned_data
        if "issue" in request.POST:
            try:
                replies.issue(app, request.user, d["outcome"], d["note"], d["on"], ip=services.client_ip(request))
            except ValidationError as exc:
                _errors(request, exc)
            else:
                messages.success(request, "已办结并生成答复书（DOCX、PDF）。")
                return redirect("applications:detail", app.pk)
        preview = replies.draft(app, d["outcome"], d["note"], d["on"])
    return render(request, "applications/staff/reply.html", {"app": app, "form": form, "preview": preview})


@login_required
@require_POST
def deliver(request, pk):
    app = _app(request, pk)
    form = forms.DeliveryForm(request.POST)
    if form.is_valid():
        try:
            services.record_delivery(app, request.user, form.cleaned_data["on"], form.cleaned_data["method"],
                                     form.cleaned_data["note"], ip=services.client_ip(request))
            messages.success(request, "已记录送达。")
        except ValidationError as exc:
            _errors(request, exc)
    return redirect("applications:detail", app.pk)


@login_required
def document(request, pk, doc):
    app = _app(request, pk)
    d = get_object_or_404(ReplyDocument, pk=doc, application=app)
    services.audit(app, request.user, "download", ip=services.client_ip(request), document=d.pk)
    return FileResponse(d.file.open("rb"), as_attachment=True, filename=f"{d.title}-{app.number}.{d.kind}")


@login_required
def attachment(request, pk, att):
    app = _app(request, pk)
    a = get_object_or_404(ApplicationAttachment, pk=att, application=app)
    services.audit(app, request.user, "attachment", ip=services.client_ip(request), attachment=a.pk)
    return FileResponse(a.file.open("rb"), as_attachment=True, filename=a.name)


# --------------------------------------------------------------------------- 行政复议、行政诉讼

@login_required
def reviews(request):
    agencies = _agencies(request.user)
    cases = ReviewCase.objects.filter(agency__in=agencies).select_related("agency", "application")
    return render(request, "applications/staff/reviews.html", {"cases": cases})


@login_required
def review_new(request):
    agencies = list(_agencies(request.user))
    if not agencies:
        raise PermissionDenied
    app = None
    if request.GET.get("application") or request.POST.get("application"):
        app = _app(request, request.GET.get("application") or request.POST.get("application"))
    form = forms.ReviewCaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        case = form.save(commit=False)
        case.agency = app.agency if app else next((a for a in agencies if str(a.pk) == request.POST.get("agency")), agencies[0])
        case.application = app
        case.created_by = request.user
        case.save()
        if app:
            services.audit(app, request.user, "review_case", ip=services.client_ip(request), kind=case.kind)
        messages.success(request, "已登记行政复议、行政诉讼案件。")
        return redirect("applications:reviews")
    return render(request, "applications/staff/review_form.html", {"form": form, "app": app, "agencies": agencies})


@login_required
def review_edit(request, pk):
    case = get_object_or_404(ReviewCase, pk=pk, agency__in=_agencies(request.user))
    form = forms.ReviewCaseForm(request.POST or None, instance=case)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "已保存。")
        return redirect("applications:reviews")
    return render(request, "applications/staff/review_form.html", {"form": form, "app": case.application, "case": case})


# --------------------------------------------------------------------------- reply templates

@login_required
def templates(request):
    agencies = [a for a in _agencies(request.user) if rules.is_head(request.user, a)]
    if not agencies:
        raise PermissionDenied("只有政务公开办负责人可以编辑答复书模板。")
    agency = agencies[0]
    own = {t.outcome for t in ReplyTemplate.objects.filter(agency=agency)}
    rows = [(code, label, code in own) for code, label in codes.OUTCOMES]
    return render(request, "applications/staff/templates.html", {"rows": rows, "agency": agency})


@login_required
def template_edit(request, outcome):
    if outcome not in codes.OUTCOME_LABELS:
        raise Http404
    agencies = [a for a in _agencies(request.user) if rules.is_head(request.user, a)]
    if not agencies:
        raise PermissionDenied("只有政务公开办负责人可以编辑答复书模板。")
    agency = agencies[0]
    title, body = replies.template_for(agency, outcome)
    error = []
    if request.method == "POST":
        title, body = request.POST.get("title", "").strip(), request.POST.get("body", "")
        error = letters.template_errors(body) + ([] if title else ["请填写文书标题。"])
        if not error:
            ReplyTemplate.objects.update_or_create(agency=agency, outcome=outcome,
                                                   defaults={"title": title, "body": body, "updated_by": request.user})
            messages.success(request, "模板已保存。")
            return redirect("applications:templates")
    return render(request, "applications/staff/template_edit.html", {
        "outcome": outcome, "label": codes.OUTCOME_LABELS[outcome], "title": title, "body": body, "errors": error,
        "placeholders": letters.PLACEHOLDERS.items(), "agency": agency,
    })

