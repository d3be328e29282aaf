"""Business rules of 依申请公开: submission, receipt, the event log and the stored due date.

Views and commands call these; every write runs in a transaction and leaves an audit entry.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from zwgk.applications import clock, codes, rules
from zwgk.applications.models import Application, ApplicationAudit, Channel, ClockEvent, OPEN_STATES, State, ThrottleHit
from zwgk.holidays.services import calendar_for

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed by hand
CODE_LENGTH = 12
# Channels whose 收到日期 is the day both sides confirm (条例第三十一条第二、三项): they wait as 待确认.
CONFIRM_CHANNELS = {Channel.ONLINE, Channel.ORDINARY_MAIL, Channel.FAX, Channel.PLATFORM}
# Public wording of the events (no staff notes: those may name third parties).
PUBLIC_EVENT_TEXT = {
    "submitted": "提交申请",
    "confirmed": "确认收到申请",
    "correction_requested": "告知补正申请内容",
    "correction_received": "收到补正，答复期限重新起算",
    "correction_expired": "逾期未补正，不再处理",
    "extended": "延长答复期限",
    "consultation_started": "征求第三方或其他机关意见，计时暂停",
    "consultation_ended": "征求意见结束，恢复计时",
    "fee_notice": "发出收费通知，计时暂停",
    "fee_paid": "已缴纳信息处理费，恢复计时",
    "fee_expired": "逾期未缴纳信息处理费，不再处理",
    "deferred": "告知延迟答复",
    "replied": "作出答复",
    "delivered": "答复已送达",
}


def now() -> dt.datetime:
    return timezone.now()


def today() -> dt.date:
    return timezone.localdate(now())


def setting(name, default):
    return getattr(settings, name, default)


# --------------------------------------------------------------------------- audit and mail

def audit(application, user, action: str, *, ip=None, **detail) -> ApplicationAudit:
    """Every view, download and change of an application, in its append-only log."""
    return ApplicationAudit.objects.create(
        application=application, agency=application.agency, action=action, detail=detail,
        user=user if getattr(user, "is_authenticated", False) else None, ip=ip,
    )


def client_ip(request) -> str | None:
    return request.META.get("REMOTE_ADDR") if request is not None else None


def mail(to: str, subject: str, body: str) -> bool:
    """Send one plain-text mail after the transaction commits; False when there is no address."""
    if not to:
        return False
    transaction.on_commit(lambda: send_mail(subject, body, None, [to], fail_silently=False))
    return True


# --------------------------------------------------------------------------- codes and numbers

def submission_code(submission_key: str) -> str:
    """The 查询码 of a submission, derived from its key so a replay can show the same code again."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"zwgk-application-code:{submission_key}".encode(), hashlib.sha256).digest()
    return "".join(CODE_ALPHABET[b % len(CODE_ALPHABET)] for b in digest[:CODE_LENGTH])


def hash_code(code: str) -> str:
    normal = normalise_code(code)
    return hmac.new(settings.SECRET_KEY.encode(), f"zwgk-code-hash:{normal}".encode(), hashlib.sha256).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def format_code(code: str) -> str:
    """ABCD-EFGH-JKLM: easier to copy down from a screen or a phone call."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def next_number(agency, year: int) -> str:
    """YYYY-AAA-NNNNN: year, agency number and a serial per agency and year."""
    prefix = f"{year}-{agency.pk:03d}-"
    last = (Application.objects.filter(number__startswith=prefix).order_by("-number").values_list("number", flat=True).first())
    serial = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{serial:05d}"


def content_key(agency, data: dict) -> str:
    """A submission key from the content itself (replays without a form token, API calls)."""
    fields = ("applicant_type", "name", "id_type", "id_number", "phone", "email", "address", "description",
              "doc_number", "medium", "delivery")
    text = "\x1f".join([str(agency.pk)] + [str(data.get(f, "")).strip() for f in fields])
    return "c:" + hashlib.sha256(text.encode()).hexdigest()[:60]


# --------------------------------------------------------------------------- throttling

def throttled(scope: str, key: str, limit: int, window_seconds: int) -> bool:
    """True when `key` already has `limit` hits in `scope` within the window."""
    since = timezone.now() - dt.timedelta(seconds=window_seconds)
    return ThrottleHit.objects.filter(scope=scope, key=key, at__gte=since).count() >= limit


def hit(scope: str, key: str) -> None:
    ThrottleHit.objects.create(scope=scope, key=key, at=timezone.now())
    if secrets.randbelow(200) == 0:  # now and then, forget hits older than a day
        ThrottleHit.objects.filter(at__lt=timezone.now() - dt.timedelta(days=1)).delete()


def key_of(value: str) -> str:
    """Throttle keys never store the applicant's ID number or the IP in clear."""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:40]


def limits() -> dict:
    base = {"apply_per_ip": (10, 3600), "apply_per_applicant": (5, 86400), "track_failures": (5, 900)}
    base.update(setting("ZWGK_APPLICATION_LIMITS", {}))
    return base


def submission_throttled(ip, id_number) -> str:
    """'' or the reason the submission is refused for now."""
    per_ip, per_applicant = limits()["apply_per_ip"], limits()["apply_per_applicant"]
    if ip and throttled("apply_ip", key_of(ip), *per_ip):
        return "提交过于频繁，请稍后再试。"
    if id_number and throttled("apply_applicant", key_of(id_number.upper()), *per_applicant):
        return "同一申请人当日提交的申请过多，请明日再试或联系政府信息公开工作机构。"
    return ""


# --------------------------------------------------------------------------- submission

def submit(agency, data: dict, *, channel=Channel.ONLINE, submission_key=None, ip=None, user=None,
           received_on=None, files=()):
    """Create the application (or find the one this submission already made).

    Returns (application, code, created). `received_on` is given by staff for 当面提交 and 邮寄签收;
    other channels wait as 待确认.
    """
    key = submission_key or content_key(agency, data)
    existing = Application.objects.filter(submission_key=key).first()
    if existing is not None:
        return existing, submission_code(key), False
    code = submission_code(key)
    try:
        with transaction.atomic():
            type(agency).objects.select_for_update().filter(pk=agency.pk).first()
            at = now()
            app = Application(
                agency=agency, number=next_number(agency, timezone.localdate(at).year), code_hash=hash_code(code),
                channel=channel, submitted_at=at, submission_key=key, source_ip=ip,
                **{f: data.get(f, "") for f in APPLICANT_FIELDS},
            )
            app.id_number = app.id_number.strip().upper() if app.id_type in ("resident_id", "credit_code") else app.id_number.strip()
            app.full_clean(exclude=["code_hash", "submission_key"])
            app.save()
            for upload in files:
                app.attachments.create(**upload)
            # Staff entering a letter or a visit date it on the day it came in, not the day it was typed.
            submitted_on = min(received_on, timezone.localdate(at)) if received_on else timezone.localdate(at)
            ClockEvent.objects.create(application=app, type="submitted", on=submitted_on, user=_user(user),
                                      note=Channel(channel).label)
            if ip:
                hit("apply_ip", key_of(ip))
            hit("apply_applicant", key_of(app.id_number.upper()))
            if received_on is not None:
                _confirm(app, received_on, user)
            audit(app, user, "create", ip=ip, channel=channel)
    except IntegrityError:
        # The same key committed by a concurrent request (double click): that one wins.
        existing = Application.objects.filter(submission_key=key).first()
        if existing is None:
            raise
        return existing, code, False
    mail(app.email, f"政府信息公开申请已提交：{app.number}", submitted_mail(app, code))
    return app, code, True


APPLICANT_FIELDS = ("applicant_type", "name", "id_type", "id_number", "contact_person", "phone", "email", "address",
                    "postal_code", "description", "doc_number", "purpose", "medium", "delivery")


def submitted_mail(app, code) -> str:
    return (
        f"{app.name}：\n\n您向{app.agency.name}提交的政府信息公开申请已收到。\n"
        f"申请编号：{app.number}\n查询码：{format_code(code)}\n\n"
        "请妥善保存查询码，凭申请编号和查询码可在网站“申请查询”页面查看办理进度和答复文书。"
        "查询码不会再次发送。\n\n"
        + ("网上提交的申请，以双方确认之日为收到申请之日（《中华人民共和国政府信息公开条例》第三十一条）。\n"
           if app.state == State.PENDING else "")
        + f"\n{app.agency.disclosure_office or app.agency.name}"
    )


def _user(user):
    return user if getattr(user, "is_authenticated", False) else None


def _confirm(app, received_on, user):
    if received_on > today():
        raise ValidationError({"received_on": "收到日期不能晚于今天。"})
    if received_on < timezone.localdate(app.submitted_at) and app.channel in (Channel.ONLINE, Channel.PLATFORM):
        raise ValidationError({"received_on": "收到日期不能早于网上提交日期。"})
    app.received_on = received_on
    app.state = State.PROCESSING
    app.save(update_fields=["received_on", "state", "updated_at"])
    ClockEvent.objects.create(application=app, type="confirmed", on=received_on, user=_user(user))
    recompute(app)


@transaction.atomic
def confirm_receipt(app, user, received_on, *, ip=None):
    """条例第三十一条: staff confirm receipt with the applicant; that day is 收到日期."""
    _require(rules.can_work(user, app))
    if app.state != State.PENDING:
        raise ValidationError({"received_on": "该申请已确认收到。"})
    _confirm(app, received_on, user)
    audit(app, user, "confirm", ip=ip, received_on=received_on.isoformat())
    mail(app.email, f"政府信息公开申请已确认收到：{app.number}",
         f"{app.name}：\n\n您的申请（编号 {app.number}）已于{received_on:%Y年%m月%d日}确认收到，"
         f"答复期限为{app.due_on:%Y年%m月%d日}。\n\n{app.agency.name}")
    return app


def _require(ok, message="您没有执行此操作的权限。"):
    if not ok:
        raise PermissionDenied(message)


# --------------------------------------------------------------------------- the clock

def clock_events(app, extra=()):
    """The application's log as clock events (log-only types left out)."""
    rows = [e for e in app.events.all() if e.type in clock.EVENT_LABELS] + list(extra)
    return [clock.Event(e.type, e.on, e.days, e.until, e.outcome) for e in rows]


def clock_result(app, extra=(), today_=None) -> clock.Result | None:
    """The clock now (None while 待确认)."""
    if app.received_on is None:
        return None
    return clock.compute(app.received_on, clock_events(app, extra), calendar_for(app.agency), today=today_ or today())


def recompute(app, *, save=True):
    """Store the clock's answer on the application: due date, provisional, paused, state, closing."""
    result = clock_result(app)
    if result is None:
        return None
    app.due_on = result.due_on
    app.due_provisional = result.provisional
    app.paused = result.paused
    app.state = result.state
    if result.closed_on is not None:
        app.closed_on = result.closed_on
        app.outcome = app.outcome or result.outcome
    if save:
        app.save(update_fields=["due_on", "due_provisional", "paused", "state", "closed_on", "outcome", "updated_at"])
    return result


def recompute_open(agency_ids=None) -> int:
    """Recompute open, received applications (of `agency_ids`, None: all) after a calendar change or daily."""
    qs = Application.objects.filter(state__in=OPEN_STATES, received_on__isnull=False).select_related("agency")
    if agency_ids is not None:
        qs = qs.filter(agency_id__in=agency_ids)
    changed = 0
    for app in qs.prefetch_related("events"):
        before = (app.due_on, app.paused, app.state, app.due_provisional)
        try:
            recompute(app, save=False)
        except clock.ClockError:
            continue
        if (app.due_on, app.paused, app.state, app.due_provisional) != before:
            app.save(update_fields=["due_on", "due_provisional", "paused", "state", "closed_on", "outcome", "updated_at"])
            changed += 1
    return changed


def fee_schedule(kind: str) -> dict:
    """The 信息处理费 bands in force: settings.ZWGK_FEE_SCHEDULE[kind] or the 109号 defaults."""
    from zwgk.applications import fees

    default = fees.PER_ITEM if kind == "per_item" else fees.PER_VOLUME
    return (setting("ZWGK_FEE_SCHEDULE", {}) or {}).get(kind) or default


def fee_quote(app, pages=None) -> dict:
    """What the fee would be: 按件 (this applicant's n-th application this natural month) and 按量."""
    from zwgk.applications import fees

    quote = {}
    if app.received_on and app.id_number:
        first = app.received_on.replace(day=1)
        earlier = Application.objects.filter(
            agency=app.agency, id_number=app.id_number, received_on__gte=first, received_on__lte=app.received_on,
        ).exclude(pk=app.pk).filter(_earlier(app)).count()
        quote["items_this_month"] = earlier + 1
        quote["per_item"] = fees.per_item_fee(earlier, 1, fee_schedule("per_item"))
    if pages:
        quote["pages"] = pages
        quote["per_volume"] = fees.per_volume_fee(pages, fee_schedule("per_volume"))
    return quote


def _earlier(app):
    from django.db.models import Q

    return Q(received_on__lt=app.received_on) | Q(received_on=app.received_on, pk__lt=app.pk)


def outcome_code(value: str) -> str:
    """An outcome code from its code or its exact table-三 row label ('' if neither)."""
    value = (value or "").strip()
    if value in codes.OUTCOME_LABELS:
        return value
    for code, label in codes.OUTCOMES:
        if value == label:
            return code
    return ""


@transaction.atomic
def record_event(app, user, type_: str, on: dt.date, *, days=None, until=None, amount=None, outcome="", note="",
                 approved_by=None, ip=None) -> ClockEvent:
    """Add one event after checking it with the clock; recompute the due date; tell the applicant."""
    _require(rules.can_work(user, app))
    app = Application.objects.select_for_update().get(pk=app.pk)
    if app.received_on is None:
        raise ValidationError({"type": "请先确认收到申请（条例第三十一条），再记录办理事件。"})
    if on > today():
        raise ValidationError({"on": "日期不能晚于今天。"})
    errors = {}
    if type_ == "extended":
        if approved_by is None:
            errors["approved_by"] = "延长答复期限须经政府信息公开工作机构负责人同意（条例第三十三条）。"
        elif not rules.can_approve_extension(approved_by, app.agency):
            errors["approved_by"] = f"{approved_by.get_full_name() or approved_by.username} 不是本机关的政务公开办负责人。"
    if type_ == "replied":
        outcome = outcome_code(outcome)
        if not outcome:
            errors["outcome"] = "办结须选择办理结果（年度报告表三的一项）。"
    if type_ == "correction_requested" and not note.strip():
        errors["note"] = "请写明需要补正的事项。"
    if type_ in ("fee_notice",) and (amount is None or amount <= 0):
        errors["amount"] = "请填写收费金额。"
    if errors:
        raise ValidationError(errors)
    event = ClockEvent(application=app, type=type_, on=on, days=days, until=until, amount=amount, outcome=outcome,
                       note=note, approved_by=approved_by, user=_user(user))
    try:
        clock.compute(app.received_on, clock_events(app, [event]), calendar_for(app.agency), today=today())
    except clock.ClockError as exc:
        raise ValidationError({"on": str(exc).split("：", 1)[-1]}) from None
    event.save()
    if type_ == "fee_notice":
        app.fee_amount = amount
    if type_ == "fee_paid":
        app.fee_paid_on = on
    if type_ == "replied":
        app.outcome = outcome
    app.save()
    recompute(app)
    audit(app, user, "event", ip=ip, type=type_, on=on.isoformat())
    text = PUBLIC_EVENT_TEXT.get(type_)
    if text and type_ not in ("replied",):
        due = f"当前答复期限：{app.due_on:%Y年%m月%d日}" + ("（计时暂停中）" if app.paused else "") if app.due_on else ""
        mail(app.email, f"政府信息公开申请办理进展：{app.number}",
             f"{app.name}：\n\n您的申请（编号 {app.number}）于{on:%Y年%m月%d日}{text}。\n"
             + (f"说明：{note}\n" if note and type_ in ("correction_requested", "extended", "deferred", "fee_notice") else "")
             + (f"{due}\n" if due else "") + f"\n{app.agency.name}")
    return event


@transaction.atomic
def log_note(app, user, on, note, *, ip=None) -> ClockEvent:
    """A staff note in the log (not shown to the applicant)."""
    _require(rules.can_work(user, app))
    if not note.strip():
        raise ValidationError({"note": "请填写备注内容。"})
    event = ClockEvent.objects.create(application=app, type="note", on=on, note=note, user=_user(user))
    audit(app, user, "note", ip=ip)
    return event


@transaction.atomic
def assign(app, user, handler, *, ip=None):
    _require(rules.is_head(user, app.agency) or (handler == user and rules.can_work(user, app)))
    if handler is not None and app.agency_id not in rules.handler_agency_ids(handler):
        raise ValidationError({"handler": "该人员不是本机关的依申请办理人。"})
    app.handler = handler
    app.save(update_fields=["handler", "updated_at"])
    ClockEvent.objects.create(application=app, type="assigned", on=today(), user=_user(user),
                              note=handler.get_full_name() or handler.username if handler else "取消分配")
    audit(app, user, "assign", ip=ip, handler=handler.username if handler else "")


@transaction.atomic
def record_delivery(app, user, on, method, note="", *, ip=None):
    _require(rules.can_work(user, app))
    if app.state != State.CLOSED:
        raise ValidationError({"on": "申请办结后才能记录送达。"})
    if app.closed_on and on < app.closed_on:
        raise ValidationError({"on": "送达日期不能早于答复日期。"})
    app.delivered_on, app.delivery_method, app.delivery_note = on, method, note
    app.save(update_fields=["delivered_on", "delivery_method", "delivery_note", "updated_at"])
    ClockEvent.objects.create(application=app, type="delivered", on=on, note=f"{method} {note}".strip(), user=_user(user))
    audit(app, user, "deliver", ip=ip, on=on.isoformat(), method=method)


# --------------------------------------------------------------------------- tracking

def find_for_tracking(number: str, code: str, ip=None):
    """The application if number and code match; None otherwise (never says which was wrong)."""
    number = (number or "").strip()
    code_hash = hash_code(code)
    limit, window = limits()["track_failures"]
    if (ip and throttled("track_ip", key_of(ip), limit * 4, window)) or throttled("track_number", key_of(number), limit, window):
        raise Throttled()
    app = Application.objects.filter(number=number).select_related("agency").first()
    # Compare even when the number is unknown, so both paths cost the same.
    expected = app.code_hash if app is not None else hash_code(secrets.token_hex(8))
    if app is not None and hmac.compare_digest(expected, code_hash):
        return app
    if ip:
        hit("track_ip", key_of(ip))
    hit("track_number", key_of(number))
    return None


class Throttled(Exception):
    """Too many wrong 查询码 lately."""


def public_events(app) -> list[dict]:
    """What the applicant may see of the log, in plain Chinese."""
    rows = []
    for e in app.events.all():
        text = PUBLIC_EVENT_TEXT.get(e.type)
        if not text:
            continue
        if e.type == "extended" and e.days:
            text += f"{e.days}个工作日"
        if e.type == "deferred" and e.until:
            text += f"至{e.until:%Y年%m月%d日}"
        if e.type == "fee_notice" and e.amount:
            text += f"，金额{e.amount}元"
        if e.type == "replied" and e.outcome:
            text += f"：{codes.OUTCOME_LABELS.get(e.outcome, '')}"
        rows.append({"on": e.on.isoformat(), "type": e.type, "text": text})
    return rows


def public_status(app) -> dict:
    """The JSON of GET /api/v1/applications/status (and the /track/ page)."""
    return {
        "number": app.number,
        "state": app.state,
        "state_label": app.get_state_display(),
        "received_on": app.received_on.isoformat() if app.received_on else None,
        "due_on": app.due_on.isoformat() if app.due_on else None,
        "provisional": app.due_provisional,
        "paused": app.paused,
        "closed_on": app.closed_on.isoformat() if app.closed_on else None,
        "outcome": app.outcome or None,
        "events": public_events(app),
    }


def open_queue(qs, *, within=5, day=None):
    """Split open applications into the queue's sections: 待确认, overdue, due soon, paused, others."""
    day = day or today()
    sections = {"pending": [], "overdue": [], "due_soon": [], "paused": [], "awaiting_correction": [], "other": []}
    apps = list(qs.filter(state__in=OPEN_STATES).select_related("agency", "handler").order_by("due_on", "submitted_at"))
    cals = {}
    for app in apps:
        cal = cals.setdefault(app.agency_id, calendar_for(app.agency))
        if app.state == State.PENDING:
            sections["pending"].append(app)
        elif app.state == State.AWAITING_CORRECTION:
            sections["awaiting_correction"].append(app)
        elif app.paused:
            sections["paused"].append(app)
        elif app.due_on and app.due_on < day:
            sections["overdue"].append(app)
        elif app.due_on and cal.workdays_between(day, app.due_on) <= within:
            sections["due_soon"].append(app)
        else:
            sections["other"].append(app)
    return sections
