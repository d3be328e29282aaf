"""Reply letters for an application: pick the template, fill it, store DOCX and PDF."""
from __future__ import annotations

from django.core.files.base import ContentFile
from django.db import transaction

from zwgk.applications import letters, rules, services
from zwgk.applications.models import ReplyDocument, ReplyTemplate


def template_for(agency, outcome: str) -> tuple[str, str]:
    """(title, body): the agency's own template, else the platform's edited one, else the default."""
    for owner in (agency, None):
        row = ReplyTemplate.objects.filter(agency=owner, outcome=outcome).first()
        if row is not None:
            return row.title, row.body
    return letters.default_template(outcome)


def values_for(app, details: str, replied_on) -> dict:
    agency = app.agency
    return {
        "applicant": app.name,
        "number": app.number,
        "received_on": f"{app.received_on:%Y年%m月%d日}" if app.received_on else "",
        "description": app.description if len(app.description) <= 200 else app.description[:200] + "……",
        "details": details or "",
        "agency": agency.name,
        "replied_on": f"{replied_on:%Y年%m月%d日}",
        "office": agency.disclosure_office or agency.name,
        "phone": agency.phone or "（见政府信息公开指南）",
        "review_body": getattr(agency, "review_body", "") or "本级人民政府或者上一级主管部门",
    }


def draft(app, outcome: str, details: str, replied_on) -> letters.Letter:
    title, body = template_for(app.agency, outcome)
    return letters.render(title, body, values_for(app, details, replied_on))


@transaction.atomic
def issue(app, user, outcome: str, details: str, replied_on, *, ip=None) -> list:
    """Close the application with `outcome` and store its reply letter as DOCX and PDF."""
    services.record_event(app, user, "replied", replied_on, outcome=outcome, note=details, ip=ip)
    app.refresh_from_db()
    letter = draft(app, app.outcome, details, replied_on)
    heading = f"申请编号：{app.number}"
    docs = []
    for kind, data in (("docx", letters.to_docx(letter, heading)), ("pdf", letters.to_pdf(letter, heading))):
        doc = ReplyDocument(application=app, kind=kind, title=letter.title, user=services._user(user))
        doc.file.save(f"{app.number}-{kind}.{kind}", ContentFile(data), save=False)
        doc.save()
        docs.append(doc)
    services.audit(app, user, "reply", ip=ip, outcome=app.outcome)
    services.mail(app.email, f"政府信息公开申请已答复：{app.number}",
                  f"{app.name}：\n\n您的申请（编号 {app.number}）已于{replied_on:%Y年%m月%d日}作出答复（{letter.title}）。"
                  "凭申请编号和查询码可在网站“申请查询”页面下载答复书。\n\n" + app.agency.name)
    return docs


def can_edit_templates(user, agency) -> bool:
    return rules.is_head(user, agency)
