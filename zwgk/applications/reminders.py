"""Reminder mails for `zwgk send-reminders`: a list of producers, each yielding Reminders.

A producer is a function `producer(today) -> iterable of Reminder`, named by dotted path in
settings.ZWGK_REMINDER_PRODUCERS. Each (producer, key, recipient) is mailed once (SentReminder),
so a key that includes the state it reports on gives one mail per state change, and cron may
run the command as often as it likes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils.module_loading import import_string

DEFAULT_PRODUCERS = ["zwgk.applications.reminders.application_reminders"]


@dataclass(frozen=True)
class Reminder:
    producer: str  # short name, e.g. "applications"
    key: str  # what the mail is about, including the state it reports
    recipient: str
    subject: str
    body: str


def producers() -> list:
    return [import_string(path) for path in getattr(settings, "ZWGK_REMINDER_PRODUCERS", DEFAULT_PRODUCERS)]


def send_all(today: dt.date, *, dry_run=False, stdout=None) -> dict:
    """Mail every reminder not sent before; returns {producer: (sent, skipped)}."""
    from zwgk.applications.models import SentReminder

    stats: dict = {}
    for producer in producers():
        for reminder in producer(today):
            sent, skipped = stats.get(reminder.producer, (0, 0))
            if not reminder.recipient or SentReminder.objects.filter(
                    producer=reminder.producer, key=reminder.key, recipient=reminder.recipient).exists():
                stats[reminder.producer] = (sent, skipped + 1)
                continue
            if dry_run:
                stats[reminder.producer] = (sent + 1, skipped)
                if stdout:
                    stdout.write(f"[{reminder.producer}] {reminder.recipient}：{reminder.subject}")
                continue
            try:
                with transaction.atomic():
                    SentReminder.objects.create(producer=reminder.producer, key=reminder.key, recipient=reminder.recipient)
                    send_mail(reminder.subject, reminder.body, None, [reminder.recipient])
            except IntegrityError:  # another run sent it a moment ago
                stats[reminder.producer] = (sent, skipped + 1)
                continue
            stats[reminder.producer] = (sent + 1, skipped)
    return stats


def application_reminders(today: dt.date):
    """Handlers (or, for unassigned applications, the office heads): overdue, due soon, 待确认, 补正 expired."""
    from django.contrib.auth import get_user_model

    from zwgk.accounts.models import Role
    from zwgk.applications import services
    from zwgk.applications.models import Application, OPEN_STATES, State
    from zwgk.holidays.services import calendar_for

    services.recompute_open()  # unpaid fees close, calendar changes land, before anyone is told
    within = getattr(settings, "ZWGK_REMINDER_DUE_WITHIN", 3)
    heads: dict = {}
    qs = Application.objects.filter(state__in=OPEN_STATES).select_related("agency", "handler").prefetch_related("events")
    for app in qs:
        situation = _situation(app, today, within, calendar_for(app.agency))
        if situation is None:
            continue
        kind, text = situation
        if app.handler and app.handler.email:
            recipients = [app.handler.email]
        else:
            if app.agency_id not in heads:
                heads[app.agency_id] = list(get_user_model().objects.filter(
                    memberships__agency=app.agency, memberships__role=Role.OFFICE_HEAD).exclude(email="")
                    .values_list("email", flat=True).distinct())
            recipients = heads[app.agency_id]
        key = f"{app.number}:{kind}:{app.state}:{app.due_on}"
        subject = f"【依申请公开】{app.number} {text}"
        body = (f"申请 {app.number}（{app.agency.name}）{text}。\n状态：{app.get_state_display()}\n"
                f"收到日期：{app.received_on or '待确认'}\n答复期限：{app.due_on or '—'}"
                + ("（计时暂停）" if app.paused else "") + f"\n\n请登录后台处理：/staff/applications/{app.pk}/\n")
        for recipient in recipients:
            yield Reminder("applications", key, recipient, subject, body)


def _situation(app, today, within, cal):
    from zwgk.applications.models import State

    if app.state == State.PENDING:
        return "pending", "网上申请待确认收到（以双方确认之日为收到日期）"
    if app.state == State.AWAITING_CORRECTION:
        result = None
        try:
            from zwgk.applications import services

            result = services.clock_result(app, today_=today)
        except Exception:
            return None
        if result and result.correction_due and today > result.correction_due:
            return "correction_due", f"补正期限（{result.correction_due}）已届满"
        return None
    if app.paused or app.due_on is None:
        return None
    if app.due_on < today:
        return "overdue", f"已超过答复期限（{app.due_on}）"
    if cal.workdays_between(today, app.due_on) <= within:
        return "due_soon", f"将于 {app.due_on} 到期"
    return None
