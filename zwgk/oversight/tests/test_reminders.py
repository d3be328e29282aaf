"""zwgk send-reminders: unit deadlines, stale obligations, the annual report; one mail per state."""
import datetime
import io

from django.core import mail
from django.core.management import call_command

D = datetime.date


def run(today, **options):
    out = io.StringIO()
    call_command("send_reminders", today=today, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def test_each_unit_gets_its_own_overdue_and_due_soon_records_once(world, make_record):
    make_record(world.event, D(2026, 1, 2), due_on=D(2026, 1, 9), title="逾期的处罚决定")
    make_record(world.quarterly, D(2026, 1, 2), due_on=D(2026, 1, 14), title="即将到期的统计")
    make_record(world.event, D(2026, 1, 2), due_on=D(2026, 3, 1), title="还早的决定")
    run("2026-01-12")
    unit_mails = {m.to[0]: m for m in mail.outbox if m.to[0] in ("office@example.gov.cn", "jobs@example.gov.cn")}
    office, jobs = unit_mails["office@example.gov.cn"], unit_mails["jobs@example.gov.cn"]
    assert "逾期的处罚决定" in office.body and "已逾期 1 个工作日" in office.body and "即将到期的统计" not in office.body
    assert "即将到期的统计" in jobs.body and "还早的决定" not in office.body + jobs.body
    sent = len(mail.outbox)
    assert "records：已发送 0 封" in run("2026-01-12")  # cron again: nothing changed, nothing sent
    assert len(mail.outbox) == sent


def test_a_change_of_state_sends_a_new_mail(world, make_record):
    make_record(world.event, D(2026, 1, 2), due_on=D(2026, 1, 14), title="即将到期的决定")
    run("2026-01-12")
    first = [m for m in mail.outbox if m.to == ["office@example.gov.cn"]]
    run("2026-01-15")  # now overdue
    second = [m for m in mail.outbox if m.to == ["office@example.gov.cn"]]
    assert len(first) == 1 and len(second) == 2 and "已逾期" in second[-1].body


def test_the_administrator_hears_of_stale_obligations_and_the_annual_report(world, make_record):
    make_record(world.report, D(2025, 1, 20), D(2025, 1, 21))  # the 2024 report
    run("2026-01-20")
    admin = [m for m in mail.outbox if m.to == ["admin@example.gov.cn"]]
    report = [m for m in admin if "年度报告" in m.subject]
    assert len(report) == 1 and "2026-01-31" in report[0].subject and "还剩 11 天" in report[0].body
    stale = [m for m in admin if "未履行的公开义务" in m.subject]
    assert len(stale) == 1 and "行政处罚结果" in stale[0].body
    assert not [m for m in mail.outbox if "other@example.gov.cn" in m.to and "年度报告" in m.subject]
    run("2026-01-21")
    assert len([m for m in mail.outbox if "年度报告" in m.subject]) == 1  # the same state: no second mail
    run("2026-02-01")  # missed: now a stale obligation, a new state
    assert any("政府信息公开年报" in m.body and "2025年度" in m.body for m in mail.outbox if "未履行" in m.subject and m.to == ["admin@example.gov.cn"])


def test_a_published_report_stops_the_reminder(world, make_record):
    make_record(world.report, D(2026, 1, 10), D(2026, 1, 12))
    run("2026-01-20")
    assert not [m for m in mail.outbox if "年度报告" in m.subject and m.to == ["admin@example.gov.cn"]]


def test_dry_run_sends_and_records_nothing(world, make_record):
    from zwgk.applications.models import SentReminder

    make_record(world.event, D(2026, 1, 2), due_on=D(2026, 1, 9))
    out = run("2026-01-12", dry_run=True)
    assert "将发送" in out and not mail.outbox and not SentReminder.objects.exists()


def test_a_failed_send_is_retried_next_run(world, make_record, monkeypatch):
    import pytest

    from zwgk.applications import reminders

    make_record(world.event, D(2026, 1, 2), due_on=D(2026, 1, 9))

    def broken(*args, **kwargs):
        raise OSError("SMTP 不可用")

    monkeypatch.setattr(reminders, "send_mail", broken)
    with pytest.raises(OSError):
        run("2026-01-12")
    monkeypatch.undo()
    run("2026-01-12")
    assert any(m.to == ["office@example.gov.cn"] for m in mail.outbox)
