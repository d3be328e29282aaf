import datetime as dt
from pathlib import Path

import pytest

from zwgk.holidays import services
from zwgk.holidays.models import CalendarDay, HolidayNotice
from zwgk.workdays.notice import parse_notice

D = dt.date
FIXTURES = Path(__file__).resolve().parents[2] / "workdays" / "tests" / "fixtures"

NOTICE_2027 = """国务院办公厅关于2027年部分节假日安排的通知（测试用虚构文本）
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。
"""


@pytest.fixture
def recompute_calls():
    """Record the calendar_changed signals sent (a receiver that claims 7 updated records)."""
    from zwgk.holidays.signals import calendar_changed

    calls = []

    def receiver(sender, region, years, **kwargs):
        calls.append(set(years))
        return 7

    calendar_changed.connect(receiver, dispatch_uid="test-recompute-calls")
    yield calls
    calendar_changed.disconnect(dispatch_uid="test-recompute-calls")


@pytest.fixture
def national_agency(db):
    from zwgk.catalog.models import Agency

    return Agency.objects.create(name="国家某局", slug="guojia", region="")


def test_calendar_for_an_agency_uses_its_region_layers(agency, other_agency, national_agency):
    assert services.calendar_for(agency).add_workdays(D(2019, 6, 3), 5) == D(2019, 6, 13)
    assert services.calendar_for(other_agency).add_workdays(D(2019, 6, 3), 5) == D(2019, 6, 13)
    assert services.calendar_for(national_agency).add_workdays(D(2019, 6, 3), 5) == D(2019, 6, 11)


def test_calendar_days_override_the_bundled_data_and_invalidate_the_cache(agency):
    before = services.calendar_for(agency)
    assert before.is_workday(D(2026, 3, 20))
    assert services.calendar_for(agency) is before  # cached
    day = CalendarDay.objects.create(date=D(2026, 3, 20), region="宁夏回族自治区", kind="off", name="开斋节")
    after = services.calendar_for(agency)
    assert not after.is_workday(D(2026, 3, 20)) and after.reason(D(2026, 3, 20)) == "开斋节"
    assert services.calendar_for_region("").is_workday(D(2026, 3, 20))  # national unaffected
    day.kind = "workday"
    day.save()
    assert services.calendar_for(agency).is_workday(D(2026, 3, 20))
    day.delete()
    assert services.calendar_for(agency).add_workdays(D(2026, 3, 19), 1) == D(2026, 3, 20)


def test_a_national_calendar_day_overrides_the_bundled_national_data(db):
    CalendarDay.objects.create(date=D(2025, 10, 8), region="", kind="workday", name="测试：改为上班")
    cal = services.calendar_for_region("宁夏回族自治区/银川市")
    assert cal.is_workday(D(2025, 10, 8))
    assert services.calendar_for_region("").add_workdays(D(2025, 9, 30), 1) == D(2025, 10, 8)


def test_the_cache_notices_changes_made_behind_its_back(db):
    cal = services.calendar_for_region("")
    # A bulk update sends no signals (as another process would not reach ours).
    CalendarDay.objects.bulk_create([CalendarDay(date=D(2026, 3, 2), region="", kind="off", name="测试")])
    assert services.calendar_for_region("") is not cal
    assert not services.calendar_for_region("").is_workday(D(2026, 3, 2))


def test_importing_the_2027_notice_makes_2027_final_and_triggers_recomputation(national_agency, recompute_calls):
    cal = services.calendar_for(national_agency)
    # Until the notice: the statute's 国庆节 10/1–3 (Fri–Sun) and two 补假 days, 暂定.
    assert cal.is_provisional(D(2027, 9, 30)) and cal.add_workdays(D(2027, 9, 30), 1) == D(2027, 10, 6)
    result = services.import_notice(parse_notice(NOTICE_2027), text=NOTICE_2027)
    assert recompute_calls == [{2027}] and result.recomputed == 7
    assert (result.days_off, result.workdays) == (10, 2)
    cal = services.calendar_for(national_agency)
    assert not cal.is_provisional(D(2027, 9, 30))
    assert cal.add_workdays(D(2027, 9, 30), 1) == D(2027, 10, 8)
    assert cal.add_workdays(D(2027, 9, 24), 1) == D(2027, 9, 26)  # Sunday make-up day counted
    assert not cal.explain(D(2027, 9, 30), 1).provisional


def test_re_importing_a_notice_replaces_its_own_rows(db, recompute_calls):
    services.import_notice(parse_notice(NOTICE_2027))
    shorter = NOTICE_2027.replace("至3日（周日）放假，共3天", "放假，共1天")
    parsed = parse_notice(shorter)
    services.import_notice(parsed)
    assert len(parsed.days_off) == 8
    assert CalendarDay.objects.filter(date__year=2027).count() == 10
    assert not CalendarDay.objects.filter(date=D(2027, 1, 2)).exists()
    assert HolidayNotice.objects.count() == 1


def test_a_regional_notice_is_imported_for_its_region_only(agency, national_agency, recompute_calls):
    text = (FIXTURES / "ningxia_2019.txt").read_text(encoding="utf-8")
    services.import_notice(parse_notice(text), region="宁夏回族自治区", text=text)
    assert recompute_calls == [{2018, 2019}]
    assert CalendarDay.objects.filter(region="宁夏回族自治区", name="开斋节").count() == 2
    assert not CalendarDay.objects.filter(region="").exists()
    assert services.calendar_for(agency).add_workdays(D(2019, 8, 9), 1) == D(2019, 8, 14)
    assert services.calendar_for(national_agency).add_workdays(D(2019, 8, 9), 1) == D(2019, 8, 12)


def test_importing_a_region_year_clears_the_provisional_mark_for_its_agencies(agency, recompute_calls):
    assert services.calendar_for(agency).is_provisional(D(2025, 3, 28))
    text = "宁夏回族自治区人民政府办公厅关于2025年部分节假日安排的通知（测试用虚构文本）\n五、开斋节：3月31日（周一）至4月1日（周二）放假。"
    services.import_notice(parse_notice(text), region="宁夏回族自治区")
    cal = services.calendar_for(agency)
    assert not cal.is_provisional(D(2025, 3, 28))
    assert cal.add_workdays(D(2025, 3, 28), 1) == D(2025, 4, 2)


def test_import_is_all_or_nothing(db, monkeypatch):
    calls = {"n": 0}
    real = CalendarDay.objects.update_or_create

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(CalendarDay.objects, "update_or_create", failing)
    with pytest.raises(RuntimeError):
        services.import_notice(parse_notice(NOTICE_2027))
    assert not CalendarDay.objects.exists() and not HolidayNotice.objects.exists()


@pytest.mark.parametrize("region", ["宁夏回族自治区/银川市", "x" * 101])
def test_a_region_must_be_a_single_layer_name(db, region):
    with pytest.raises(services.HolidayImportError):
        services.import_notice(parse_notice(NOTICE_2027), region=region)


def test_known_regions_lists_agency_regions_and_regions_with_data(agency):
    CalendarDay.objects.create(date=D(2026, 3, 3), region="广西壮族自治区", kind="off", name="三月三")
    assert {"宁夏回族自治区", "宁夏回族自治区/银川市", "广西壮族自治区"} <= set(services.known_regions())


def test_importing_a_notice_recomputes_a_real_records_provisional_deadline(national_agency):
    # End to end, no stub: records' hook runs against a stored record whose 20-working-day
    # window reaches into 2027 (the statute's 元旦 is off already, but only provisionally).
    from zwgk.catalog.models import Catalog, Item
    from zwgk.records.models import Record
    from zwgk.records.timeliness import timeliness

    catalog = Catalog.objects.create(agency=national_agency, title="目录", year=2026)
    item = Item.objects.create(catalog=catalog, level=1, name="部门文件", slug="1", position=0,
                               deadline_rule={"kind": "after_event", "days": 20, "day_type": "working", "event": "印发"})
    record = Record.objects.create(agency=national_agency, item=item, title="年底印发的通知", formed_on=D(2026, 12, 20))
    assert (record.due_on, record.due_provisional) == (D(2027, 1, 18), True)
    assert timeliness(record).provisional and "暂定" in timeliness(record).label

    result = services.import_notice(parse_notice(NOTICE_2027), text=NOTICE_2027)

    record.refresh_from_db()
    assert result.recomputed >= 1
    assert (record.due_on, record.due_provisional) == (D(2027, 1, 18), False)  # the notice confirms 1/1–3
    assert "暂定" not in timeliness(record).label


def test_inside_a_scope_the_freshness_check_runs_once_and_a_save_refreshes_it(agency, django_assert_num_queries):
    services.calendar_for(agency)  # built and cached
    with services.calendar_scope():
        with django_assert_num_queries(1):  # one fingerprint query for any number of calls
            for _ in range(5):
                cal = services.calendar_for(agency)
                services.calendar_for_region("宁夏回族自治区/银川市")
        CalendarDay.objects.create(date=D(2026, 3, 20), region="宁夏回族自治区", kind="off", name="开斋节")
        assert not services.calendar_for(agency).is_workday(D(2026, 3, 20))  # the save dropped the scope's check
    assert cal.is_workday(D(2026, 3, 20))
    with django_assert_num_queries(1):
        services.calendar_for(agency)  # outside a scope every call checks


def test_an_unknown_region_is_refused_by_the_services_but_a_stored_one_is_used_as_written(db):
    with pytest.raises(services.UnknownRegionError, match="未知地区“火星”"):
        services.calendar_for_region("火星")
    assert services.calendar_for_region("火星", strict=False).region == "火星"
    with pytest.raises(services.HolidayImportError, match="未知地区“火星”"):
        services.import_notice(parse_notice(NOTICE_2027), region="火星")
    assert services.validate_region_name("宁夏") == "宁夏回族自治区"
    assert services.validate_region_name("银川") == "银川市"
    CalendarDay.objects.create(date=D(2026, 3, 3), region="测试自治区", kind="off", name="测试节")
    assert services.resolve("测试自治区") == "测试自治区"  # a region staff entered days for
