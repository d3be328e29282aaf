"""`zwgk applications clock`, `zwgk send-reminders`, `zwgk import-applications`."""
import csv
import datetime as dt
import json

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from zwgk.applications import services
from zwgk.applications.models import Application, SentReminder
from zwgk.applications.tests.conftest import form_data
from zwgk.holidays.models import CalendarDay

D = dt.date


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


# ----------------------------------------------------------------------------------- clock

@pytest.mark.django_db
def test_clock_prints_a_list_in_input_order(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps([
        {"received_on": "2025-03-03", "events": [{"type": "extended", "on": "2025-03-31", "days": 20}]},
        {"received_on": "2019-06-03", "region": "宁夏回族自治区", "events": []},
        {"received_on": "2025-03-03", "events": [{"type": "fee_notice", "on": "2025-03-10"}]},
    ]), encoding="utf-8")
    out = json.loads(run("applications", "clock", str(path), "--today", "2025-04-10"))
    assert [set(r) for r in out] == [{"due_on", "provisional", "state", "paused_workdays", "explanation"}] * 3
    # The third: 4 days counted, paused 3/10–4/9 (22 working days), closed unpaid on 4/10.
    assert [r["due_on"] for r in out] == ["2025-04-28", "2019-07-04", "2025-04-30"]
    assert out[2]["state"] == "closed" and out[2]["paused_workdays"] == 22
    assert "开斋节" in out[1]["explanation"] and out[0]["state"] == "processing"
    single = tmp_path / "one.json"
    single.write_text('{"received_on": "2025-03-03"}', encoding="utf-8")
    assert json.loads(run("applications", "clock", str(single)))[0]["due_on"] == "2025-03-31"


@pytest.mark.django_db
def test_clock_reads_staff_edited_calendar_days_and_writes_nothing(tmp_path):
    CalendarDay.objects.create(date=D(2025, 3, 20), region="", kind=CalendarDay.KIND_OFF, name="临时放假")
    path = tmp_path / "t.json"
    path.write_text('{"received_on": "2025-03-03"}', encoding="utf-8")
    out = json.loads(run("applications", "clock", str(path)))
    assert out[0]["due_on"] == "2025-04-01" and "临时放假" in out[0]["explanation"]
    assert Application.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("content, message", [
    ("{", "JSON 格式错误"),
    ('{"events": []}', "第1个时间线：缺少 received_on"),
    ('[{"received_on": "2025-03-03"}, {"received_on": "2025/03/03"}]', "第2个时间线：received_on 日期格式不正确"),
    ('{"received_on": "2025-03-03", "events": [{"type": "fly", "on": "2025-03-04"}]}', "第1个时间线第1个事件：未知的事件类型"),
    ('{"received_on": "2025-03-03", "events": [{"type": "fee_paid", "on": "2025-03-04"}]}', "没有进行中的待缴信息处理费"),
])
def test_clock_errors_name_the_timeline_and_event(tmp_path, content, message):
    path = tmp_path / "t.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        run("applications", "clock", str(path))


def test_clock_missing_file():
    with pytest.raises(CommandError, match="找不到文件"):
        run("applications", "clock", "/nonexistent.json")


# ----------------------------------------------------------------------------------- reminders

@pytest.mark.django_db
def test_send_reminders_once_per_state_change(application, people, today):
    pending, _, _ = services.submit(people.agency, form_data(name="王五"))
    mail.outbox.clear()
    out = run("send_reminders", "--today", "2025-03-27")
    assert "applications：已发送 2 封" in out
    subjects = sorted(m.subject for m in mail.outbox)
    assert any(application.number in s and "到期" in s for s in subjects)
    assert any(pending.number in s and "待确认" in s for s in subjects)
    assert {tuple(m.to) for m in mail.outbox} == {("handler_a@gov.example",), ("head@gov.example",)}
    assert "已发送 0 封，跳过 2 封" in run("send_reminders", "--today", "2025-03-27")  # cron again: nothing new
    assert len(mail.outbox) == 2
    run("send_reminders", "--today", "2025-04-01")  # now overdue: a new state, one new mail
    assert len(mail.outbox) == 3 and "已超过答复期限" in mail.outbox[-1].subject
    assert SentReminder.objects.count() == 3


@pytest.mark.django_db
def test_send_reminders_dry_run_sends_nothing(application, today):
    mail.outbox.clear()
    out = run("send_reminders", "--dry-run", "--today", "2025-04-01")
    assert "将发送 1 封" in out and application.number in out
    assert mail.outbox == [] and SentReminder.objects.count() == 0


@pytest.mark.django_db
def test_reminder_producers_are_pluggable(settings, db):
    from zwgk.applications import reminders

    settings.ZWGK_REMINDER_PRODUCERS = ["zwgk.applications.tests.test_commands.fake_producer"]
    assert reminders.send_all(D(2025, 1, 1)) == {"fake": (1, 1)}
    assert mail.outbox[0].subject == "测试提醒"


def fake_producer(today):
    from zwgk.applications.reminders import Reminder

    yield Reminder("fake", "k1", "a@example.org", "测试提醒", "正文")
    yield Reminder("fake", "k2", "", "无邮箱", "正文")


# ----------------------------------------------------------------------------------- import

HEADER = ["申请编号", "申请人类型", "收到日期", "办结日期", "办理结果", "补正日期", "收到补正日期", "延期天数"]


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(rows)


@pytest.mark.django_db
def test_import_csv_with_chinese_headers(tmp_path, agency, today):
    today.value = D(2025, 12, 31)
    path = tmp_path / "台账.csv"
    write_csv(path, [
        ["2024-YSQ-001", "自然人", "2025-03-03", "2025-03-20", "（一）予以公开", "", "", ""],
        ["2024-YSQ-002", "商业企业", "2025/3/3", "", "", "2025-03-05", "2025-03-12", ""],
        ["2024-YSQ-003", "法律服务机构", "2025年3月3日", "2025-04-20", "unavailable.not_held", "", "", "10"],
    ])
    assert "校验通过：3 件" in run("import_applications", str(path), "--agency", agency.name, "--dry-run")
    assert Application.objects.count() == 0
    assert "已导入 3 件申请（已办结 2 件，办理中 1 件）" in run("import_applications", str(path), "--agency", "yinchuan-rsj")
    a, b, c = Application.objects.order_by("number")
    assert (a.state, a.outcome, a.closed_on, a.imported) == ("closed", "disclosed", D(2025, 3, 20), True)
    assert (b.state, b.applicant_type, b.due_on) == ("processing", "enterprise", D(2025, 4, 10))
    assert (c.outcome, c.due_on, c.applicant_type) == ("unavailable.not_held", D(2025, 4, 15), "legal_services")


@pytest.mark.django_db
def test_import_is_all_or_nothing_with_row_and_column(tmp_path, agency, today):
    path = tmp_path / "bad.csv"
    write_csv(path, [
        ["A-1", "自然人", "2025-03-03", "", "", "", "", ""],
        ["A-1", "外星人", "2025-13-01", "2025-03-20", "", "", "", "30"],
        ["A-3", "自然人", "2025-03-03", "2025-03-20", "予以公开了", "", "", ""],
    ])
    with pytest.raises(CommandError) as exc:
        run("import_applications", str(path), "--agency", agency.name)
    message = str(exc.value)
    assert "未导入任何申请" in message
    for expected in ("第3行“申请编号”：与第2行重复", "第3行“申请人类型”：“外星人”不是申请人类型", "第3行“收到日期”：日期格式不正确",
                     "第3行“延期天数”：延期天数应为1–20的整数", "第3行“办理结果”：已办结的申请须填写办理结果",
                     "第4行“办理结果”：“予以公开了”不是年度报告表三的办理结果"):
        assert expected in message, expected
    assert Application.objects.count() == 0


@pytest.mark.django_db
def test_import_json_and_xlsx(tmp_path, agency, today):
    from openpyxl import Workbook

    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"number": "J-1", "applicant_type": "research", "received_on": "2025-03-03",
                                 "closed_on": None, "outcome": ""}]), encoding="utf-8")
    run("import_applications", str(path), "--agency", agency.name)
    assert Application.objects.get(number="J-1").due_on == D(2025, 3, 31)
    wb = Workbook()
    wb.active.append(HEADER[:5])
    wb.active.append(["X-1", "其他", dt.datetime(2025, 3, 3), dt.datetime(2025, 3, 10), "3.其他"])
    xlsx = tmp_path / "a.xlsx"
    wb.save(xlsx)
    run("import_applications", str(xlsx), "--agency", agency.name)
    x = Application.objects.get(number="X-1")
    assert (x.applicant_type, x.outcome, x.closed_on) == ("other_org", "other.other", D(2025, 3, 10))
    with pytest.raises(CommandError, match="系统中已有该编号"):
        run("import_applications", str(xlsx), "--agency", agency.name)
    with pytest.raises(CommandError, match="没有找到机关"):
        run("import_applications", str(xlsx), "--agency", "不存在的局")
    bad = tmp_path / "h.csv"
    bad.write_text("申请编号,颜色\nA,红\n", encoding="utf-8")
    with pytest.raises(CommandError, match="第1行：不认识的列“颜色”"):
        run("import_applications", str(bad), "--agency", agency.name)
