"""Public pages of 依申请公开: the form per agency (/<slug>/apply/), the 回执, and /track/.

They live in the portal because they read the portal's agency lookup and the records' attachment
checks; the rules are in zwgk.applications.services."""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from zwgk.applications import services
from zwgk.applications.forms import MAX_FILES, PublicApplicationForm, TrackForm
from zwgk.applications.models import Application, ReplyDocument
from zwgk.portal import queries as q
from zwgk.records.attachments import AttachmentError, check, safe_name

TRACK_SESSION_KEY = "zwgk_tracked"


def _agency(slug):
    agency = q.agency_by_slug(slug)
    if agency is None:
        raise Http404("no such agency")
    return agency


def _uploads(request, form):
    """Checked attachments as model kwargs; errors go on the attachments field."""
    from django.core.files.base import ContentFile

    files = request.FILES.getlist("attachments")
    if len(files) > MAX_FILES:
        form.add_error("attachments", f"附件最多{MAX_FILES}个。")
        return []
    result = []
    for upload in files:
        data = upload.read()
        try:
            checked = check(data)
        except AttachmentError as exc:
            form.add_error("attachments", f"{upload.name}：{exc}")
            continue
        name = safe_name(upload.name, checked.extension)
        result.append({"file": ContentFile(data, name=name), "name": name, "content_type": checked.content_type,
                       "size": checked.size})
    return result


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def apply(request, agency):
    agency = _agency(agency)
    if request.method != "POST":
        form = PublicApplicationForm(initial={"form_token": PublicApplicationForm.new_token()})
        return render(request, "applications/public/apply.html", {"agency": agency, "form": form})
    form = PublicApplicationForm(request.POST, request.FILES)
    if form.is_bot:
        # Answer like a success without creating anything: bots learn nothing.
        return render(request, "applications/public/apply.html", {"agency": agency, "form": PublicApplicationForm(
            initial={"form_token": PublicApplicationForm.new_token()}), "rejected": True}, status=200)
    valid = form.is_valid()
    uploads = _uploads(request, form) if valid else []
    if valid and not form.errors:
        token = form.token_value()
        key = f"t:{agency.pk}:{token}" if token else None
        ip = services.client_ip(request)
        duplicate = key and Application.objects.filter(submission_key=key).exists()
        reason = "" if duplicate else services.submission_throttled(ip, form.cleaned_data["id_number"])
        if reason:
            form.add_error(None, reason)
        else:
            try:
                app, code, created = services.submit(agency, form.cleaned_data, submission_key=key, ip=ip, files=uploads)
            except ValidationError as exc:
                for field, messages in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, messages)
            else:
                return render(request, "applications/public/done.html", {
                    "agency": agency, "app": app, "code": services.format_code(code), "created": created,
                })
    # Keep what the applicant typed; a fresh token only if the old one was bad.
    data = request.POST.copy()
    if not form.token_value():
        data["form_token"] = PublicApplicationForm.new_token()
        form.data = data
    return render(request, "applications/public/apply.html", {"agency": agency, "form": form}, status=400)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def track(request):
    form = TrackForm(request.POST or None)
    context = {"form": form}
    if request.method == "POST" and form.is_valid():
        try:
            app = services.find_for_tracking(form.cleaned_data["number"], form.cleaned_data["code"],
                                             ip=services.client_ip(request))
        except services.Throttled:
            context["error"] = "查询失败次数过多，请15分钟后再试。"
            return render(request, "applications/public/track.html", context, status=429)
        if app is None:
            context["error"] = "申请编号或查询码不正确。"
            return render(request, "applications/public/track.html", context, status=200)
        tracked = set(request.session.get(TRACK_SESSION_KEY, []))
        tracked.add(app.pk)
        request.session[TRACK_SESSION_KEY] = sorted(tracked)[-20:]
        services.audit(app, None, "track", ip=services.client_ip(request))
        context.update(app=app, status=services.public_status(app),
                       documents=app.documents.filter(public=True))
    return render(request, "applications/public/track.html", context)


@never_cache
def document(request, pk):
    """A reply document, for a browser that tracked its application in this session."""
    doc = ReplyDocument.objects.filter(pk=pk, public=True).select_related("application__agency").first()
    if doc is None or doc.application_id not in request.session.get(TRACK_SESSION_KEY, []):
        raise Http404("没有找到该文书")
    services.audit(doc.application, None, "download", ip=services.client_ip(request), document=doc.pk)
    return FileResponse(doc.file.open("rb"), as_attachment=True, filename=f"{doc.title}-{doc.application.number}.{doc.kind}")
