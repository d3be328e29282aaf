"""Timeliness with the real working-day calendar (2025 国庆/中秋: 10-01…10-08 off, 09-28 and 10-11 worked)."""
import datetime
from zoneinfo import ZoneInfo

import pytest

from zwgk.catalog.models import Item
from zwgk.records import deadlines, services
from zwgk.records.models import Record
from zwgk.records.timeliness import recompute_due_dates, timeliness

D = datetime.date
TZ = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def item_with(world):
    # National calendar only: the Ningxia layer needs its own yearly notice (see the last tests).
    world.agency.region = ""
    world.agency.save()

    def make(rule, text="规则"):
        item = Item.objects.create(catalog=world.catalog, name=f"事项{Item.objects.count()}", slug=f"t{Item.objects.count()}",
                                   level=2, deadline_text=text, deadline_rule=rule)
        item.units.set([world.unit_a])
        return item
    return make


def record(world, item, formed_on, state="draft", published_on=None, period=""):
    """An unsaved record with its due date computed as every save stores it."""
    published_at = datetime.datetime.combine(published_on, datetime.time(10), TZ) if published_on else None
    rec = Record(agency=world.agency, item=item, title="t", formed_on=formed_on, state=state, published_at=published_at,
                 period=period)
    deadlines.apply(rec)
    return rec


FIVE_WORKING = {"kind": "after_event", "days": 5, "day_type": "working"}


def test_five_working_days_from_the_friday_before_national_day_end_on_october_10(world, item_with):
    t = timeliness(record(world, item_with(FIVE_WORKING), D(2025, 9, 26)), today=D(2025, 9, 26))
    assert t.due_on == D(2025, 10, 10)
    assert t.provisional is False
    assert t.status == "pending" and t.days == 5 and t.label == "待发布（剩余 5 个工作日）"
    assert "2025-10-10" in t.explanation or "10月10日" in t.explanation


def test_remaining_days_skip_the_holiday(world, item_with):
    t = timeliness(record(world, item_with(FIVE_WORKING), D(2025, 9, 26)), today=D(2025, 9, 30))
    assert (t.status, t.days, t.label) == ("pending", 2, "待发布（剩余 2 个工作日）")


def test_publishing_on_the_due_date_is_on_time(world, item_with):
    t = timeliness(record(world, item_with(FIVE_WORKING), D(2025, 9, 26), "published", D(2025, 10, 10)))
    assert (t.status, t.days, t.label) == ("on_time", 0, "按时发布")


def test_publishing_on_the_saturday_make_up_day_is_one_working_day_late(world, item_with):
    t = timeliness(record(world, item_with(FIVE_WORKING), D(2025, 9, 26), "published", D(2025, 10, 11)))
    assert (t.status, t.days, t.label) == ("late", 1, "逾期 1 个工作日发布")


def test_an_unpublished_record_past_its_due_date_is_overdue(world, item_with):
    t = timeliness(record(world, item_with(FIVE_WORKING), D(2025, 9, 26)), today=D(2025, 10, 14))
    # 10-11 (调休上班), 10-13, 10-14
    assert (t.status, t.days, t.label) == ("overdue", 3, "已逾期 3 个工作日（未发布）")


def test_a_withdrawn_record_is_judged_by_its_publication(world, item_with):
    t = timeliness(record(world, item_with(FIVE_WORKING), D(2025, 9, 26), "withdrawn", D(2025, 10, 9)))
    assert t.status == "on_time"


def test_calendar_day_rules_count_every_day(world, item_with):
    item = item_with({"kind": "after_event", "days": 15, "day_type": "calendar"})
    assert timeliness(record(world, item, D(2025, 9, 26)), today=D(2025, 9, 26)).due_on == D(2025, 10, 11)


@pytest.mark.parametrize("formed, period, due", [
    (D(2025, 3, 1), "2024", D(2025, 1, 31)),  # formed in January–June: last year's
    (D(2025, 7, 1), "2025", D(2026, 1, 31)),  # formed in the second half: this year's
    (D(2026, 1, 20), "2025", D(2026, 1, 31)),
    (D(2025, 1, 31), "2024", D(2025, 1, 31)),
])
def test_a_yearly_deadline_follows_the_default_period(world, item_with, formed, period, due):
    item = item_with({"kind": "yearly", "month": 1, "day": 31}, "每年1月31日前")
    rec = record(world, item, formed)
    assert (rec.period, timeliness(rec, today=formed).due_on) == (period, due)


def test_a_periodic_deadline_runs_from_the_end_of_the_period(world, item_with):
    # Quarter ends 09-30; 20 working days: 10-09, 10-10, 10-11 (调休), 10-13…10-31 (15), 11-03, 11-04.
    # Formed before its period (2025Q3) ended: still due from the quarter's end.
    item = item_with({"kind": "periodic", "period": "quarter"}, "每季度公开")
    assert timeliness(record(world, item, D(2025, 8, 15), period="2025Q3"), today=D(2025, 8, 15)).due_on == D(2025, 11, 4)
    # By default a quarterly record formed in Q3 covers Q2 (ended 06-30; 20 working days → 07-28).
    assert record(world, item, D(2025, 8, 15)).period == "2025Q2"
    assert record(world, item, D(2025, 8, 15)).due_on == D(2025, 7, 28)
    item = item_with({"kind": "periodic", "period": "month", "days": 10, "day_type": "working"}, "每月前10个工作日")
    # Month ends 09-30; 10 working days: 10-09, 10-10, 10-11 (调休), 10-13…10-17, 10-20, 10-21.
    assert timeliness(record(world, item, D(2025, 10, 3)), today=D(2025, 10, 3)).due_on == D(2025, 10, 21)


def test_a_half_yearly_rule_from_the_catalog_parser_ends_at_the_half_year(world, item_with):
    from zwgk.catalog.formats.deadline import parse_deadline

    rule = parse_deadline("每半年结束后10个工作日内公开")
    assert rule.period == "half_year"
    item = item_with(rule.to_dict(), "每半年公开一次")
    # Half-year ends 06-30 (a Monday); 10 working days: 07-01…07-04, 07-07…07-11, 07-14.
    assert timeliness(record(world, item, D(2025, 7, 2)), today=D(2025, 7, 2)).due_on == D(2025, 7, 14)
    assert record(world, item, D(2025, 7, 2)).period == "2025H1"


def test_a_monthly_rule_with_a_day_is_due_that_day_of_the_next_month(world, item_with):
    from zwgk.catalog.formats.deadline import parse_deadline

    item = item_with(parse_deadline("每月10日前公开").to_dict(), "每月10日前公开")
    assert timeliness(record(world, item, D(2025, 10, 3)), today=D(2025, 10, 3)).due_on == D(2025, 10, 10)
    assert timeliness(record(world, item, D(2025, 12, 31), period="2025-12"), today=D(2025, 12, 31)).due_on == D(2026, 1, 10)


def test_immediate_means_20_working_days_and_is_flagged(world, item_with):
    t = timeliness(record(world, item_with({"kind": "immediate", "flagged": True}, "及时公开"), D(2025, 9, 26)), today=D(2025, 9, 26))
    # 09-28, 09-29, 09-30, 10-09, 10-10, 10-11 (调休), then 14 weekdays to 10-30.
    assert t.due_on == D(2025, 10, 30)
    assert "待人工确认" in t.explanation


def test_an_unparsed_rule_has_no_due_date(world, item_with):
    t = timeliness(record(world, item_with({"kind": "unparsed"}, "按有关规定"), D(2025, 9, 26)), today=D(2025, 9, 26))
    assert (t.due_on, t.status, t.label) == (None, "unknown", "时限待确认")
    assert "按有关规定" in t.explanation


def test_a_deadline_reaching_a_year_without_holiday_data_is_provisional(world, item_with):
    t = timeliness(record(world, item_with({"kind": "after_event", "days": 20, "day_type": "working"}), D(2026, 12, 20)),
                   today=D(2026, 12, 21))
    assert t.due_on.year == 2027
    assert t.provisional is True and t.label.endswith("（暂定）")
    assert "provisional" in t.css


def test_the_due_date_is_stored_on_save_and_recomputed_for_touched_years(world, item_with):
    item = item_with(FIVE_WORKING)
    rec = services.create_record(item, world.reviewer, {"title": "x", "formed_on": D(2025, 9, 26)})
    other = services.create_record(item, world.reviewer, {"title": "y", "formed_on": D(2024, 3, 1)})
    assert (rec.due_on, rec.due_provisional) == (D(2025, 10, 10), False)
    # As if computed before the notice: wrong stored dates in 2025 and in 2024.
    Record.objects.filter(pk=rec.pk).update(due_on=D(2025, 10, 1))
    Record.objects.filter(pk=other.pk).update(due_on=D(2024, 3, 2))
    assert recompute_due_dates({2025}) == 1
    rec.refresh_from_db()
    other.refresh_from_db()
    assert rec.due_on == D(2025, 10, 10)
    assert other.due_on == D(2024, 3, 2)  # its window (2024) was not touched
    assert recompute_due_dates({2025}) == 0


def test_a_regional_agency_without_its_regional_notice_gets_a_provisional_deadline(world):
    world.item_a.deadline_rule = FIVE_WORKING
    rec = Record(agency=world.agency, item=world.item_a, title="t", formed_on=D(2025, 9, 26))
    assert world.agency.region == "宁夏回族自治区/银川市"
    due = deadlines.record_due(rec)
    assert due.due_on == D(2025, 10, 10) and due.provisional is True
