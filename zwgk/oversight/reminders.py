"""Oversight's reminder producers for `zwgk send-reminders` (settings.ZWGK_REMINDER_PRODUCERS).

Plain functions `producer(today)` yielding zwgk.applications.reminders.Reminder, one per
recipient. Each key names the state it reports (which records and whether due soon or overdue,
which obligations): the command mails each (producer, key, recipient) once, so a daily cron sends
one mail per change of state and nothing when nothing changed. "Due soon" is within
settings.ZWGK_REMINDER_SOON_DAYS working days; the annual report is announced from
ANNUAL_REPORT_DAYS calendar days before its deadline.
"""
from __future__ import annotations

import datetime
import hashlib
from django.conf import settings

from zwgk.accounts.models import Membership, Role
from zwgk.catalog.models import Agency, Unit
from zwgk.holidays.services import calendar_for
from zwgk.oversight.figures import OPEN_STATES, late_days
from zwgk.oversight.selfcheck import annual_report_item
from zwgk.oversight.stale import covering, next_yearly_deadline, stale_obligations
from zwgk.applications.reminders import Reminder
from zwgk.records.models import Record

DEFAULT_SOON_DAYS = 5
ANNUAL_REPORT_DAYS = 15


def _digest(parts) -> str:
    return hashlib.sha256("|".join(sorted(map(str, parts))).encode()).hexdigest()[:20]


def _emails(memberships) -> list[str]:
    return sorted({m.user.email for m in memberships.select_related("user") if m.user.email and m.user.is_active})


def unit_emails(unit) -> list[str]:
    """The unit's editors (单位编辑)."""
    return _emails(Membership.objects.filter(unit=unit, role=Role.EDITOR))


def admin_emails(agency) -> list[str]:
    """The agency administrators (机关管理员)."""
    return _emails(Membership.objects.filter(agency=agency, role=Role.AGENCY_ADMIN))


def _each(producer: str, key: str, recipients, subject: str, body: str) -> list[Reminder]:
    return [Reminder(producer, key, recipient, subject, body) for recipient in recipients]


def unit_deadlines(today: datetime.date, *, soon_days: int | None = None) -> list[Reminder]:
    """Each unit's editors: its unpublished records overdue or due within `soon_days` working days."""
    if soon_days is None:
        soon_days = getattr(settings, "ZWGK_REMINDER_SOON_DAYS", DEFAULT_SOON_DAYS)
    reminders = []
    for agency in Agency.objects.order_by("pk"):
        cal = calendar_for(agency)
        try:
            until = cal.add_workdays(today, soon_days)
        except ValueError:
            until = today + datetime.timedelta(days=soon_days * 7 // 5)
        records = (Record.objects.filter(agency=agency, state__in=OPEN_STATES, unit__isnull=False, due_on__isnull=False,
                                         due_on__lte=until).select_related("item").order_by("unit_id", "due_on", "pk"))
        by_unit = {}
        for record in records:
            by_unit.setdefault(record.unit_id, []).append(record)
        units = Unit.objects.in_bulk(list(by_unit))
        for unit_id, rows in by_unit.items():
            overdue = [r for r in rows if r.due_on < today]
            soon = [r for r in rows if r.due_on >= today]
            lines = [f"{units[unit_id].name}：", ""]
            if overdue:
                lines.append(f"已超过公开时限、尚未发布（{len(overdue)} 条）：")
                lines += [f"  · {r.title}（{r.item.name}），应于 {r.due_on:%Y-%m-%d} 前公开，已逾期 {late_days(cal, r.due_on, today)} 个工作日"
                          for r in overdue]
            if soon:
                lines.append(f"{soon_days} 个工作日内到期（{len(soon)} 条）：")
                lines += [f"  · {r.title}（{r.item.name}），应于 {r.due_on:%Y-%m-%d}{'（暂定）' if r.due_provisional else ''} 前公开"
                          for r in soon]
            lines += ["", "请登录政务公开后台处理：/staff/records/"]
            state = [f"{r.pk}:{r.due_on}:{'overdue' if r.due_on < today else 'soon'}" for r in rows]
            reminders += _each("records", f"unit:{unit_id}:{_digest(state)}", unit_emails(units[unit_id]),
                               f"【政务公开提醒】{units[unit_id].name}：{len(overdue)} 条逾期、{len(soon)} 条即将到期",
                               "\n".join(lines))
    return reminders


def agency_obligations(today: datetime.date, *, annual_report_days: int = ANNUAL_REPORT_DAYS) -> list[Reminder]:
    """Each agency administrator: stale obligations, and the annual report's approaching deadline."""
    reminders = []
    for agency in Agency.objects.order_by("pk"):
        recipients = admin_emails(agency)
        stale = stale_obligations(agency, today)
        if stale:
            lines = [f"{agency.name}截至 {today:%Y-%m-%d} 有 {len(stale)} 项未履行的公开义务：", ""]
            lines += [f"  · {s.kind_label}：{s.column or s.item.name}。{s.description}" for s in stale]
            lines += ["", "详见政务公开后台“公开监督”：/staff/oversight/"]
            state = [f"{s.kind}:{s.item.pk if s.item else s.column}:{s.period.code if s.period else ''}" for s in stale]
            reminders += _each("obligations", f"stale:{agency.pk}:{_digest(state)}", recipients,
                               f"【政务公开提醒】{agency.name}：{len(stale)} 项未履行的公开义务", "\n".join(lines))
        item = annual_report_item(agency)
        coming = next_yearly_deadline(item.rule, today) if item else None
        if coming and (coming[1] - today).days <= annual_report_days and not covering(item, coming[0], today).exists():
            period, deadline = coming
            reminders += _each(
                "obligations", f"annual-report:{agency.pk}:{period.code}", recipients,
                f"【政务公开提醒】{agency.name}{period.year}年政府信息公开工作年度报告应于 {deadline:%Y-%m-%d} 前发布",
                f"{agency.name}{period.label}政府信息公开工作年度报告应于 {deadline:%Y-%m-%d} 前发布"
                f"（条例第四十九条），还剩 {(deadline - today).days} 天，目前尚未发布。\n\n"
                "请在政务公开后台编制、定稿并发布年度报告。")
    return reminders

