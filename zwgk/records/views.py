"""Back-office views for records (/staff/records/): thin wrappers around services and rules."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from zwgk.accounts.permissions import agency_ids
from zwgk.catalog.models import Item, Unit
from zwgk.lib.params import ParamError, query_int
from zwgk.records import forms, rules, services
from zwgk.records import auditlog, body_images
from zwgk.records import pending as pending_bodies
from zwgk.records.body import normalize_body
from zwgk.records.attachments import AttachmentError
from zwgk.records.models import Attachment, Record, Revision
from zwgk.records.timeliness import timeliness as compute_timeliness

# Word's clipboard HTML carries its style sheet: a long document pastes as a few MB.
CLEAN_MAX_BYTES = 8 * 1024 * 1024



def _record(request, pk) -> Record:
    """The record, or 404 for anyone outside its agency (never reveal another agency's drafts)."""
    record = get_object_or_404(Record.objects.select_related("agency", "item__catalog", "unit"), pk=pk)
    if not rules.can_see(request.user, record):
        raise Http404("没有找到该信息")
    return record


def _item(request, item_id) -> Item:
    item = get_object_or_404(Item.objects.select_related("catalog__agency"), pk=item_id)
    ids = agency_ids(request.user)
    if ids is not None and item.catalog.agency_id not in ids:
        raise Http404("没有找到该事项")
    return item


def _ip(request):
    return services.client_ip(request)


@login_required
def record_list(request):
    qs = rules.visible_records(request.user).select_related("agency", "item", "item__catalog", "unit")
    ids = agency_ids(request.user)
    units = Unit.objects.all() if ids is None else Unit.objects.filter(agency_id__in=ids)
    form = forms.FilterForm(request.GET or None, units=units)
    item = None
    if form.is_valid():
        data = form.cleaned_data
        if data.get("state"):
            qs = qs.filter(state=data["state"])
        if data.get("item"):
            qs = qs.filter(item_id=data["item"])
            # Only an item of the user's own agencies is named on the page.
            item = Item.objects.filter(pk=data["item"])
            item = (item if ids is None else item.filter(catalog__agency_id__in=ids)).first()
        if data.get("unit"):
            qs = qs.filter(unit=data["unit"])
        if data.get("q"):
            qs = qs.filter(Q(title__icontains=data["q"]) | Q(index_number__icontains=data["q"]))
    page = Paginator(qs.order_by("-updated_at", "-id"), 50).get_page(request.GET.get("page"))
    calendars = {}  # one calendar per agency for the whole page
    rows = [(r, compute_timeliness(r, calendars=calendars)) for r in page.object_list]
    return render(request, "records/list.html", {"page": page, "rows": rows, "form": form, "item": item})


@login_required
def choose_item(request):
    ids = agency_ids(request.user)
    # parent__parent: Item.path walks up to three levels; without it each row costs two queries.
    items = Item.objects.current().leaves().select_related("catalog__agency", "parent__parent").prefetch_related("units")
    if ids is not None:
        items = items.filter(catalog__agency_id__in=ids)
    allowed = [i for i in items if rules.can_create(request.user, i)]
    return render(request, "records/choose_item.html", {"items": allowed})


def _save_uploads(request, record, form):
    limit = services.attachment_checks.max_bytes()
    for element, upload in form.uploaded_files():
        # Checked before read(): the file is on disk now and would otherwise be read whole into memory.
        if upload.size > limit:
            raise AttachmentError(f"“{upload.name}”超过上限 {limit // 1048576} MB。")
        # The versioned write: the version just saved by this request, a revision per file.
        services.add_attachment(record, request.user, upload.name, upload.read(), element=element,
                                version=record.version, ip=_ip(request))


@login_required
def record_create(request, item_id):
    item = _item(request, item_id)
    if not rules.can_create(request.user, item):
        raise PermissionDenied("您只能在本单位负责的公开事项下起草信息。")
    form = forms.RecordForm(request.POST or None, request.FILES or None, item=item, user=request.user,
                            instance=Record(item=item, agency=item.catalog.agency, publisher=item.catalog.agency.name))
    if request.method == "POST" and form.is_valid() and form.cleaned_data.get("body_docx"):
        preview = _pend_docx(request, form, item, None, "create")
        if preview:
            return preview
    elif request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():  # the draft and its files, or nothing
                record = services.create_record(item, request.user, form.record_data(), ip=_ip(request))
                _save_uploads(request, record, form)
        except AttachmentError as exc:
            form.add_error(None, f"附件未上传：{exc}")
        else:
            messages.success(request, "草稿已保存。")
            return redirect("records:detail", record.pk)
    return render(request, "records/form.html", {"form": form, "item": item, "title": "新建信息", "genres": forms.GENRES})


@login_required
def record_edit(request, pk):
    record = _record(request, pk)
    if not rules.can_edit(request.user, record):
        if rules.can_change(request.user, record):
            return redirect("records:change", record.pk)
        raise PermissionDenied("当前状态下您不能修改该信息。")
    form = forms.RecordForm(request.POST or None, request.FILES or None, item=record.item, user=request.user, instance=record)
    if request.method == "POST" and form.is_valid() and form.cleaned_data.get("body_docx"):
        preview = _pend_docx(request, form, record.item, record, "edit")
        if preview:
            return preview
    elif request.method == "POST" and form.is_valid():
        version = form.cleaned_data.get("version")
        try:
            if version is None:
                raise services.StaleVersion("表单缺少版本号，请刷新页面后重新修改。")
            with transaction.atomic():
                services.update_record(record, request.user, form.record_data(), version=version, ip=_ip(request))
                _save_uploads(request, record, form)
        except (services.WorkflowError, AttachmentError) as exc:
            # The other person's save stays; the user keeps their input on screen to copy from.
            form.add_error(None, str(exc))
        else:
            messages.success(request, "已保存。")
            return redirect("records:detail", record.pk)
    return render(request, "records/form.html", {"form": form, "item": record.item, "record": record, "title": "修改信息", "genres": forms.GENRES})


@login_required
def record_change(request, pk):
    record = _record(request, pk)
    if not rules.can_change(request.user, record):
        raise PermissionDenied("只有审核人或管理员可以变更已发布的信息。")
    form = forms.ChangeForm(request.POST or None, request.FILES or None, item=record.item, user=request.user, instance=record)
    if request.method == "POST" and form.is_valid() and form.cleaned_data.get("body_docx"):
        preview = _pend_docx(request, form, record.item, record, "change")
        if preview:
            return preview
    elif request.method == "POST" and form.is_valid():
        try:
            version = form.cleaned_data.get("version")
            if version is None:
                raise services.StaleVersion("表单缺少版本号，请刷新页面后重新修改。")
            with transaction.atomic():
                services.change(record, request.user, form.record_data(), version=version,
                                formed_on=form.cleaned_data["change_date"], note=form.cleaned_data["change_note"], ip=_ip(request))
                _save_uploads(request, record, form)
        except (services.WorkflowError, AttachmentError) as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "变更已发布，公开时限从变更日期重新起算。")
            return redirect("records:detail", record.pk)
    return render(request, "records/form.html", {"form": form, "item": record.item, "record": record, "title": "变更已发布信息", "change": True, "genres": forms.GENRES})


def _pend_docx(request, form, item, record, mode):
    """Convert the chosen DOCX and keep it with the form for the preview (nothing is saved yet);
    None, with the reason on the form, when the file is refused."""
    upload = form.cleaned_data["body_docx"]
    try:
        pending = pending_bodies.create(request.user, item, record, mode=mode, name=upload.name, data=upload.read(),
                                        post=request.POST, files=request.FILES)
    except AttachmentError as exc:
        form.add_error("body_docx", str(exc))
        return None
    return redirect("records:body_preview", pending.token)


@login_required
def body_preview(request, token):
    """The DOCX body as it will be saved, with 确认保存 and 取消; only its own user sees it."""
    pending = pending_bodies.get(token, request.user)
    if pending is None:
        raise Http404("没有找到待确认的正文：预览已过期、已处理，或不属于您。")
    item, record = pending.item, pending.record
    back = reverse("records:create", args=[item.pk]) if record is None else \
        reverse("records:change" if pending.mode == "change" else "records:edit", args=[record.pk])
    if request.method == "POST" and request.POST.get("action") == "cancel":
        pending.delete()
        messages.info(request, "已取消导入，正文未作修改。")
        return redirect(back)
    errors = []
    if request.method == "POST" and request.POST.get("action") == "confirm":
        form_class = forms.ChangeForm if pending.mode == "change" else forms.RecordForm
        instance = record or Record(item=item, agency=item.catalog.agency, publisher=item.catalog.agency.name)
        data, files = pending_bodies.form_arguments(pending)
        form = form_class(data, files, item=item, user=request.user, instance=instance)
        if not form.is_valid():
            errors = [str(e) for field_errors in form.errors.values() for e in field_errors]
        else:
            try:
                with transaction.atomic():  # the record, its files and the body, or nothing
                    values = form.record_data()
                    if record is None:
                        record = services.create_record(item, request.user, {**values, "body": ""}, ip=_ip(request))
                        version = record.version
                    else:
                        version = form.cleaned_data.get("version")
                        if version is None:
                            raise services.StaleVersion("表单缺少版本号，请刷新页面后重新修改。")
                    change = {"formed_on": form.cleaned_data["change_date"], "note": form.cleaned_data["change_note"]} \
                        if pending.mode == "change" else None
                    services.import_docx_body(record, request.user, values, docx_name=pending.docx_name,
                                              docx_data=bytes(pending.docx), version=version, published_change=change,
                                              ip=_ip(request))
                    _save_uploads(request, record, form)
                    pending.delete()
            except (services.WorkflowError, AttachmentError) as exc:
                errors = [str(exc)]
                record = pending.record
            else:
                messages.success(request, "正文已从 DOCX 导入并保存，原文件和图片已作为附件保留。")
                return redirect("records:detail", record.pk)
    return render(request, "records/body_preview.html", {
        "pending": pending, "item": item, "record": record, "back": back, "errors": errors,
    })


@login_required
@require_POST
def clean_body(request):
    """HTML pasted from Word/WPS into the 正文 box, cleaned as a save would (JSON for body-paste.js)."""
    if not request.user.memberships.exists() and not request.user.is_superuser:
        raise PermissionDenied
    if len(request.body) > CLEAN_MAX_BYTES:
        return JsonResponse({"error": f"粘贴的内容超过 {CLEAN_MAX_BYTES // 1048576} MB，请分段粘贴或改用 DOCX 导入。"},
                            status=413)
    return JsonResponse({"html": normalize_body(request.body.decode("utf-8", "replace"))})


@login_required
def record_detail(request, pk):
    record = _record(request, pk)
    user = request.user
    revisions = list(record.revisions.select_related("user").order_by("-number"))
    events = list(record.events.select_related("user").order_by("-at", "-id"))
    for event in events:
        event.label, event.rows = auditlog.describe(event.action, event.detail)
    can = {
        "edit": rules.can_edit(user, record), "submit": rules.can_submit(user, record),
        "review": rules.can_review(user, record), "publish": rules.can_publish(user, record),
        "withdraw": rules.can_withdraw(user, record), "change": rules.can_change(user, record),
        "delete": rules.can_delete(user, record),
    }
    can["attach"] = rules.can_attach(user, record)
    attachments = {a.pk: a for a in record.attachments.all()}
    return render(request, "records/detail.html", {
        "record": record, "revisions": revisions, "events": events, "can": can,
        "timeliness": compute_timeliness(record), "element_rows": _element_rows(record, attachments),
        "attachments": attachments.values(), "attachment_form": forms.AttachmentForm(initial={"version": record.version}),
        "body_html": staff_body_html(record, attachments),
    })


def _element_rows(record, attachments: dict) -> list:
    """(element, value) for every element of the record's item; mapped ones show the metadata field."""
    rows = []
    definitions = list(record.item.elements.all())
    mapped, _ = services.split_metadata_elements([e.name for e in definitions])
    for element in definitions:
        value = (record.elements or {}).get(element.name)
        if element.name in mapped and not value:
            value = services.metadata_value(record, mapped[element.name])
        if element.field_type == "file" and value:
            value = [attachments[i] for i in value if i in attachments]
        rows.append((element, value))
    return rows


def staff_body_html(record, attachments: dict) -> str:
    """The stored (sanitised) body, its pictures pointed at the staff attachment view: the stored
    public address answers only once the record is published."""
    return body_images.for_staff(record.body, record.agency.slug, record.pk, set(attachments))


@login_required
def record_diff(request, pk):
    record = _record(request, pk)
    numbers = list(record.revisions.values_list("number", flat=True))
    if not numbers:
        raise Http404
    try:
        b = query_int(request.GET.get("b"), "b", low=1, high=numbers[-1], default=numbers[-1])
        a = query_int(request.GET.get("a"), "a", low=1, high=numbers[-1], default=max(1, b - 1))
    except ParamError:
        raise Http404 from None
    old = get_object_or_404(Revision, record=record, number=a)
    new = get_object_or_404(Revision, record=record, number=b)
    return render(request, "records/diff.html", {"record": record, "old": old, "new": new,
                                                 "changes": services.diff_revisions(old, new), "numbers": numbers})


@login_required
def record_submit(request, pk):
    record = _record(request, pk)
    if not rules.can_submit(request.user, record):
        raise PermissionDenied("当前状态下您不能提交该信息。")
    findings = services.pi_findings(record)
    form = forms.SubmitForm(request.POST or None, initial={"version": record.version})
    if request.method == "POST" and form.is_valid():
        try:
            services.submit(record, request.user, version=form.cleaned_data.get("version"),
                            confirm_reason=form.cleaned_data.get("confirm_reason") or "", ip=_ip(request))
        except services.PIFound as exc:
            form.add_error("confirm_reason", str(exc))
            findings = exc.findings
        except services.WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "已提交审核。")
            return redirect("records:detail", record.pk)
    return render(request, "records/submit.html", {"record": record, "findings": findings, "form": form})


@login_required
@require_POST
def record_mask(request, pk):
    record = _record(request, pk)
    if not rules.allowed(request.user, record, "mask"):
        raise PermissionDenied
    form = forms.MaskForm(request.POST)
    if not form.is_valid():
        messages.error(request, "遮盖请求不完整。")
    else:
        data = form.cleaned_data
        try:
            count = services.mask_personal_info(record, request.user, source=data["source"], value=data["value"],
                                                kind=data["kind"], version=data.get("version"), ip=_ip(request))
        except services.WorkflowError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"已遮盖 {count} 处。")
    return redirect("records:submit", record.pk) if record.state == Record.State.DRAFT else redirect("records:detail", record.pk)


@login_required
def record_review(request, pk):
    record = _record(request, pk)
    if not rules.can_review(request.user, record):
        raise PermissionDenied("只有审核人可以审核该信息。")
    decision_form = forms.DecisionForm(
        request.POST if request.POST.get("step") == "decide" else None,
        initial={"decision": record.review_decision or None, "reason": record.review_reason},
        prefix="d",
    )
    review_form = forms.ReviewForm(request.POST if request.POST.get("step") == "review" else None, prefix="r")
    if request.method == "POST":
        try:
            if request.POST.get("step") == "decide" and decision_form.is_valid():
                services.decide(record, request.user, decision_form.cleaned_data["decision"],
                                decision_form.cleaned_data.get("reason") or "", ip=_ip(request))
                messages.success(request, "公开属性认定已记录。")
                return redirect("records:review", record.pk)
            if request.POST.get("step") == "review" and review_form.is_valid():
                data = review_form.cleaned_data
                if data["action"] == "approve":
                    services.approve(record, request.user, data.get("comment") or "", ip=_ip(request))
                    messages.success(request, "审核通过。")
                else:
                    services.reject(record, request.user, data.get("comment") or "", ip=_ip(request))
                    messages.success(request, "已退回修改。")
                return redirect("records:detail", record.pk)
        except services.WorkflowError as exc:
            (decision_form if request.POST.get("step") == "decide" else review_form).add_error(None, str(exc))
    attachments = {a.pk: a for a in record.attachments.all()}
    return render(request, "records/review.html", {
        "record": record, "decision_form": decision_form, "review_form": review_form,
        "findings": services.pi_findings(record), "timeliness": compute_timeliness(record),
        "element_rows": _element_rows(record, attachments), "attachments": attachments.values(),
        "body_html": staff_body_html(record, attachments),
    })


@login_required
def record_publish(request, pk):
    record = _record(request, pk)
    if not rules.can_publish(request.user, record):
        raise PermissionDenied("只有审核人可以发布该信息。")
    form = forms.PublishForm(request.POST or None, initial={"scheduled_at": record.scheduled_at})
    if request.method == "POST":
        if request.POST.get("cancel_schedule"):
            try:
                services.cancel_schedule(record, request.user, ip=_ip(request))
            except services.WorkflowError as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, "已取消定时发布。")
            return redirect("records:detail", record.pk)
        if form.is_valid():
            at = form.cleaned_data.get("scheduled_at")
            try:
                services.publish(record, request.user, at=at, ip=_ip(request))
            except services.WorkflowError as exc:
                form.add_error(getattr(exc, "field", None), str(exc))
            else:
                messages.success(request, "已设置定时发布。" if at else f"已发布，索引号 {record.index_number}。")
                return redirect("records:detail", record.pk)
    return render(request, "records/publish.html", {"record": record, "form": form})


@login_required
def record_withdraw(request, pk):
    record = _record(request, pk)
    if not rules.can_withdraw(request.user, record):
        raise PermissionDenied("只有审核人可以撤回已发布的信息。")
    form = forms.WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.withdraw(record, request.user, form.cleaned_data["reason"], ip=_ip(request))
        except services.WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "已撤回，公开页面将显示撤回说明。")
            return redirect("records:detail", record.pk)
    return render(request, "records/withdraw.html", {"record": record, "form": form})


@login_required
def record_delete(request, pk):
    record = _record(request, pk)
    if not rules.can_delete(request.user, record):
        raise PermissionDenied("只有作者可以删除从未发布的草稿。")
    if request.method == "POST":
        services.delete_draft(record, request.user, ip=_ip(request))
        messages.success(request, "草稿已删除。")
        return redirect("records:list")
    return render(request, "records/delete.html", {"record": record})


@login_required
@require_POST
def attachment_add(request, pk):
    record = _record(request, pk)
    if not rules.can_attach(request.user, record):
        raise PermissionDenied
    form = forms.AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > services.attachment_checks.max_bytes():
                raise AttachmentError(f"文件超过上限 {services.attachment_checks.max_bytes() // 1048576} MB。")
            services.add_attachment(record, request.user, upload.name, upload.read(),
                                    version=form.cleaned_data.get("version"), ip=_ip(request))
        except (AttachmentError, services.WorkflowError) as exc:
            messages.error(request, f"附件未上传：{exc}")
        else:
            messages.success(request, "附件已上传。")
    else:
        messages.error(request, "请选择要上传的文件。")
    return redirect("records:detail", record.pk)


@login_required
@require_POST
def attachment_delete(request, pk, attachment_id):
    record = _record(request, pk)
    attachment = get_object_or_404(Attachment, pk=attachment_id, record=record)
    if not rules.can_attach(request.user, record):
        raise PermissionDenied
    services.remove_attachment(attachment, request.user, ip=_ip(request))
    messages.success(request, "附件已删除。")
    return redirect("records:detail", record.pk)


@login_required
def attachment_download(request, pk, attachment_id):
    record = _record(request, pk)
    attachment = get_object_or_404(Attachment, pk=attachment_id, record=record)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404("文件不存在") from None
    response = FileResponse(handle, content_type=attachment.content_type, as_attachment=True, filename=attachment.name)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def reverse_detail(record) -> str:
    return reverse("records:detail", args=[record.pk])
