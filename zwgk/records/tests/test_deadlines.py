"""Stored due dates: periods (条例第四十九条), the one computation, and recomputing when an input changes.

National calendar 2025: 10-01…10-08 off (国庆/中秋), 09-28 (Sun) and 10-11 (Sat) worked.
"""
import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from zwgk.catalog.formats.structure import DeadlineRule
from zwgk.catalog.models import Item
from zwgk.records import deadlines, services
from zwgk.records.models import Record
from zwgk.records.timeliness import timeliness

D = datetime.date
TZ = ZoneInfo("Asia/Shanghai")
YEARLY = {"kind": "yearly", "month": 1, "day": 31}
QUARTER_15 = {"kind": "periodic", "period": "quarter", "days": 15, "day_type": "working"}
MONTH_10TH = {"kind": "periodic", "period": "month", "day": 10}
FIVE = {"kind": "after_event", "days": 5, "day_type": "working"}


@pytest.fixture
def national(world):
    world.agency.region = ""
    world.agency.save()
    return world


@pytest.fixture
def make_item(national):
    def make(rule, text="规则"):
        n = Item.objects.count()
        item = Item.objects.create(catalog=national.catalog, name=f"事项{n}", slug=f"d{n}", level=2, deadline_text=text,
                                   deadline_rule=rule)
        item.units.set([national.unit_a])
        return item
    return make


def create(world, item, formed_on, **data):
    return services.create_record(item, world.reviewer, {"title": "t", "formed_on": formed_on, **data})


def published_on(record, day):
    record.state, record.published_at = "published", datetime.datetime.combine(day, datetime.time(10), TZ)
    return record


# ---------------------------------------------------------------- §2: due by the period covered


def test_the_2024_annual_report_formed_in_february_2025_was_due_on_january_31_and_is_late(national, make_item):
    report = create(national, make_item(YEARLY, "每年1月31日前"), D(2025, 2, 5))
    assert (report.period, report.due_on) == ("2024", D(2025, 1, 31))
    t = timeliness(published_on(report, D(2025, 2, 6)))
    assert t.status == "late" and t.days == 2  # 02-05 and 02-06: 春节 is off until 02-04


def test_the_2024_annual_report_is_due_on_january_31_2025_wherever_and_whenever_formed(national, make_item):
    item = make_item(YEARLY, "每年1月31日前")
    before_the_year_ended = create(national, item, D(2024, 12, 20), period="2024")
    long_after = create(national, item, D(2025, 9, 1), period="2024年度")
    assert before_the_year_ended.due_on == long_after.due_on == D(2025, 1, 31)
    assert long_after.period == "2024"
    assert timeliness(long_after, today=D(2025, 9, 1)).status == "overdue"
    assert timeliness(before_the_year_ended, today=D(2025, 1, 2)).status == "pending"


def test_quarterly_15_working_days_count_from_the_quarters_end(national, make_item):
    item = make_item(QUARTER_15, "每季度结束后15个工作日内")
    # 09-30 + 15 working days: 10-09, 10-10, 10-11 (调休), 10-13…17, 10-20…24, 10-27, 10-28.
    formed_after = create(national, item, D(2025, 10, 9))
    assert (formed_after.period, formed_after.due_on) == ("2025Q3", D(2025, 10, 28))
    formed_before_the_end = create(national, item, D(2025, 9, 15), period="2025年第三季度")
    assert (formed_before_the_end.period, formed_before_the_end.due_on) == ("2025Q3", D(2025, 10, 28))
    late = create(national, item, D(2025, 11, 3), period="2025Q3")
    assert late.due_on == D(2025, 10, 28)
    assert timeliness(late, today=D(2025, 11, 3)).status == "overdue"


def test_monthly_by_the_10th_is_due_on_the_10th_of_the_following_month(national, make_item):
    item = make_item(MONTH_10TH, "每月10日前")
    on_time = create(national, item, D(2025, 4, 2))
    assert (on_time.period, on_time.due_on) == ("2025-03", D(2025, 4, 10))
    assert timeliness(published_on(on_time, D(2025, 4, 9))).status == "on_time"
    december = create(national, item, D(2025, 12, 20), period="2025年12月")
    assert december.due_on == D(2026, 1, 10)
    late = create(national, item, D(2025, 4, 20), period="2025-03")
    assert timeliness(published_on(late, D(2025, 4, 21))).status == "late"


def test_the_editor_changes_the_period_and_the_due_date_follows(national, make_item):
    record = create(national, make_item(YEARLY, "每年1月31日前"), D(2025, 3, 1))
    assert record.period == "2024"
    services.update_record(record, national.reviewer, {"period": "2025"}, version=record.version)
    record.refresh_from_db()
    assert (record.period, record.due_on) == ("2025", D(2026, 1, 31))
    assert record.revisions.last().data["period"] == "2025"


def test_a_period_of_the_wrong_kind_is_refused(national, make_item):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as info:
        create(national, make_item(QUARTER_15), D(2025, 10, 9), period="2025")
    assert "季度" in info.value.message_dict["period"][0]


def test_records_of_other_items_have_no_period(national, make_item):
    record = create(national, make_item(FIVE), D(2025, 9, 26), period="")
    assert record.period == "" and record.due_on == D(2025, 10, 10)


def test_the_form_shows_the_default_period_and_accepts_a_change(client, national, make_item):
    item = make_item(YEARLY, "每年1月31日前")
    record = create(national, item, D(2025, 2, 5))
    client.force_login(national.reviewer)
    page = client.get(f"/staff/records/{record.pk}/edit/").content.decode()
    assert "报告期（年度）" in page and 'value="2024年度"' in page
    detail = client.get(f"/staff/records/{record.pk}/").content.decode()
    assert "报告期" in detail and "2024年度" in detail


def test_the_api_and_the_portal_index_show_the_period(client, national, make_item):
    record = create(national, make_item(YEARLY, "每年1月31日前"), D(2025, 2, 5))
    services.submit(record, national.reviewer, confirm_reason="测试")
    services.decide(record, national.reviewer, "主动公开")
    services.approve(record, national.reviewer)
    services.publish(record, national.reviewer)
    data = client.get(f"/api/v1/records/{record.index_number}").json()
    assert data["period"] == "2024" and data["due_on"] == "2025-01-31"
    page = client.get(f"/{national.agency.slug}/record/{record.index_number}/").content.decode()
    assert "报告期" in page and "2024年度" in page


# ---------------------------------------------------------------- §1: one stored truth, recomputed on change


def test_timeliness_only_formats_the_stored_values(national, make_item):
    record = create(national, make_item(FIVE), D(2025, 9, 26))
    Record.objects.filter(pk=record.pk).update(due_on=D(2025, 10, 20), due_explanation="存储的说明")
    record.refresh_from_db()
    t = timeliness(record, today=D(2025, 10, 14))
    assert t.due_on == D(2025, 10, 20) and t.explanation.startswith("存储的说明")


def test_changing_the_items_deadline_in_the_item_form_recomputes_its_records(national, make_item):
    from zwgk.catalog.editing import update_item

    item = make_item(FIVE, "5个工作日")
    record = create(national, item, D(2025, 9, 26))
    untouched = create(national, make_item(FIVE, "5个工作日"), D(2025, 9, 26))
    update_item(item, {"deadline_text": "自形成之日起10个工作日内"})
    record.refresh_from_db()
    untouched.refresh_from_db()
    # 10 working days from 09-26: 09-28 (调休), 09-29, 09-30, 10-09, 10-10, 10-11 (调休), 10-13…10-16.
    assert record.due_on == D(2025, 10, 16) and "10 个工作日" in record.due_explanation
    assert untouched.due_on == D(2025, 10, 10)


def test_reimporting_the_catalog_with_a_new_deadline_recomputes_records(agency):
    from zwgk.catalog import importing as catalog_services
    from zwgk.catalog.tests.appfactories import result, small_spec

    agency.region = ""
    agency.save()
    catalog_services.import_catalog(result(), agency=agency)
    item = Item.objects.get(name="机构信息")
    record = Record.objects.create(agency=agency, item=item, title="机构调整", formed_on=D(2025, 9, 26))
    # 20 working days: 09-28 (调休), 09-29, 09-30, 10-09, 10-10, 10-11 (调休), 10-13…10-30.
    assert record.due_on == D(2025, 10, 30)
    spec = small_spec()
    spec.items[0].deadline_text = "形成或变更之日起5个工作日内"
    spec.items[0].deadline_rule = DeadlineRule(kind="after_event", days=5, day_type="working")
    catalog_services.import_catalog(result(spec), agency=agency)
    record.refresh_from_db()
    assert record.due_on == D(2025, 10, 10)


def test_a_dry_run_import_leaves_the_due_dates_alone(agency):
    from zwgk.catalog import importing as catalog_services
    from zwgk.catalog.tests.appfactories import result, small_spec

    catalog_services.import_catalog(result(), agency=agency)
    record = Record.objects.create(agency=agency, item=Item.objects.get(name="机构信息"), title="x", formed_on=D(2025, 9, 26))
    before = record.due_on
    spec = small_spec()
    spec.items[0].deadline_rule = DeadlineRule(kind="after_event", days=5, day_type="working")
    spec.items[0].deadline_text = "5个工作日"
    catalog_services.import_catalog(result(spec), agency=agency, dry_run=True)
    record.refresh_from_db()
    assert record.due_on == before


def test_changing_the_agency_region_recomputes_its_records(national, make_item):
    record = create(national, make_item(FIVE), D(2025, 9, 26))
    assert record.due_provisional is False
    national.agency.region = "宁夏回族自治区/银川市"  # no regional notice bundled for 2025: provisional
    national.agency.save()
    record.refresh_from_db()
    assert record.due_provisional is True


def test_editing_a_calendar_day_recomputes_the_records_it_touches(client, national, make_item):
    record = create(national, make_item(FIVE), D(2025, 9, 26))
    other_year = create(national, make_item(FIVE), D(2024, 3, 1))
    other_year_due = other_year.due_on
    client.force_login(national.platform)
    response = client.post("/staff/calendar/day/add/", {"date": "2025-10-10", "region": "", "kind": "off", "name": "测试停工"})
    assert response.status_code == 302
    record.refresh_from_db()
    other_year.refresh_from_db()
    assert record.due_on == D(2025, 10, 11)  # 10-10 off: 09-28, 09-29, 09-30, 10-09, 10-11 (调休)
    assert other_year.due_on == other_year_due


def test_recompute_deadlines_is_idempotent_and_repairs_stale_values(national, make_item, capsys):
    record = create(national, make_item(FIVE), D(2025, 9, 26))
    Record.objects.filter(pk=record.pk).update(due_on=D(2025, 10, 1), due_explanation="")
    call_command("recompute_deadlines")
    assert "更新 1 条" in capsys.readouterr().out
    record.refresh_from_db()
    assert record.due_on == D(2025, 10, 10)
    call_command("recompute_deadlines")
    assert "更新 0 条" in capsys.readouterr().out


def test_bulk_recompute_issues_a_number_of_queries_independent_of_the_record_count(national, make_item):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    item = make_item(FIVE)
    counts = []
    for count in (10, 200):
        Record.objects.bulk_create([Record(agency=national.agency, item=item, title=f"r{i}", formed_on=D(2025, 9, 1 + i % 5))
                                    for i in range(count)])
        with CaptureQueriesContext(connection) as queries:
            assert deadlines.recompute(Record.objects.filter(due_on__isnull=True)) == count
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 12  # read records, read items, one UPDATE per distinct result


def test_an_item_deadline_change_shows_the_same_new_date_everywhere(client, national, make_item):
    from zwgk.catalog.editing import update_item

    item = make_item(FIVE, "5个工作日")
    published = create(national, item, D(2025, 9, 26))
    services.submit(published, national.reviewer, confirm_reason="测试")
    services.decide(published, national.reviewer, "主动公开")
    services.approve(published, national.reviewer)
    services.publish(published, national.reviewer)
    draft = create(national, item, D(2025, 9, 26), title="未发布的草稿")

    update_item(item, {"deadline_text": "自形成之日起10个工作日内"})
    new = "2025-10-16"
    client.force_login(national.reviewer)
    staff_page = client.get(f"/staff/records/{published.pk}/").content.decode()
    portal_page = client.get(f"/{national.agency.slug}/record/{published.index_number}/").content.decode()
    staff_list = client.get(f"/staff/records/?item={item.pk}").content.decode()
    api_detail = client.get(f"/api/v1/records/{published.index_number}").json()
    api_list = client.get(f"/api/v1/records?item={item.slug}").json()["results"]
    dashboard = client.get("/staff/").content.decode()
    assert new in staff_page and "2025-10-10" not in staff_page
    assert f"应公开日期 {new}" in portal_page
    assert staff_list.count(f'<td class="date">{new}</td>') == 2 and "2025-10-10" not in staff_list
    assert api_detail["due_on"] == new and [r["due_on"] for r in api_list] == [new]
    assert draft.title in dashboard and new in dashboard
