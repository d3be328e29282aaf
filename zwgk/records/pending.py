"""DOCX bodies waiting for confirmation: kept in the database (every worker sees them), keyed by a
random token *and* the user, so a token alone opens nothing; expired ones are deleted."""
from __future__ import annotations

import base64
import datetime
import secrets

from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import QueryDict
from django.utils import timezone
from django.utils.datastructures import MultiValueDict

from zwgk.records import attachments as attachment_checks
from zwgk.records import docxbody
from zwgk.records.models import PendingBody

LIFETIME = datetime.timedelta(minutes=30)


def create(user, item, record, *, mode: str, name: str, data: bytes, post, files) -> PendingBody:
    """Convert `data` (AttachmentError if refused) and keep it with the form as posted; writes no record."""
    try:
        converted = docxbody.convert(data, limit=attachment_checks.max_bytes())
    except docxbody.DocxRefused as exc:
        raise attachment_checks.AttachmentError(str(exc)) from None
    now = timezone.now()
    PendingBody.objects.filter(expires_at__lt=now).delete()
    # One pending conversion per user and form: a second upload replaces the first.
    PendingBody.objects.filter(user=user, item=item, record=record).delete()
    form_data = {key: post.getlist(key) for key in post if key != "csrfmiddlewaretoken"}
    form_files = [{"field": key, "name": upload.name, "data": base64.b64encode(upload.read()).decode("ascii")}
                  for key, upload in files.items() if key != "body_docx"]
    return PendingBody.objects.create(
        token=secrets.token_urlsafe(32), user=user, item=item, record=record, mode=mode, form_data=form_data,
        form_files=form_files, docx_name=name[:255], docx=data,
        html=docxbody.preview_html(converted.html, converted.pictures), notes=converted.notes,
        expires_at=now + LIFETIME)


def get(token: str, user) -> PendingBody | None:
    """The user's own pending conversion under `token`, if it has not expired."""
    return PendingBody.objects.select_related("item__catalog__agency", "record").filter(
        token=token, user=user, expires_at__gte=timezone.now()).first()


def form_arguments(pending: PendingBody) -> tuple[QueryDict, MultiValueDict]:
    """The record form's data and files as they were posted with the DOCX."""
    data = QueryDict(mutable=True)
    for key, values in pending.form_data.items():
        data.setlist(key, values)
    files = MultiValueDict()
    for entry in pending.form_files:
        files.appendlist(entry["field"], SimpleUploadedFile(entry["name"], base64.b64decode(entry["data"])))
    return data, files

