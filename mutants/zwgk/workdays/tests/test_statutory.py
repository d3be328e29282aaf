"""Years without a State Council notice: the statute's holidays (国务院令第795号), 暂定."""
import datetime as dt

import pytest

from zwgk import workdays
from zwgk.workdays import OFF, Calendar, Layer, national_layer, with_statute
from zwgk.workdays.statutory import STATUTE_FIRST_YEAR, estimated_note, statutory_days, statutory_holidays

D = dt.date


def offs(year):
    return {d: name for d, (kind, name) in statutory_days(year).items() if kind == OFF}


def test_2027_by_the_statute_with_weekend_days_made_up_after_each_block():
    from zwgk.workdays.statutory import _statutory_days

    _statutory_days.cache_clear()  # computed here, not taken from an earlier test's cache
    days = offs(2027)
    assert sorted(days) == [
        D(2027, 1, 1),
        D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8),  # 除夕 (Fri) to 初三
        D(2027, 2, 9), D(2027, 2, 10),  # 补假 for the Saturday and the Sunday
        D(2027, 4, 5),  # 清明 solar term
        D(2027, 5, 1), D(2027, 5, 2), D(2027, 5, 3), D(2027, 5, 4),  # Sat + Sun, then 2 补假
        D(2027, 6, 9),  # 端午 (五月初五)
        D(2027, 9, 15),  # 中秋 (八月十五)
        D(2027, 10, 1), D(2027, 10, 2), D(2027, 10, 3), D(2027, 10, 4), D(2027, 10, 5),
    ]
    assert days[D(2027, 2, 5)] == "春节（推定）"
    assert days[D(2027, 2, 9)] == "春节补假（推定）"
    assert days[D(2027, 5, 3)] == "劳动节补假（推定）"
    assert days[D(2027, 10, 4)] == "国庆节补假（推定）"


def test_statute_matches_the_known_lunar_dates_of_2025_and_2026():
    # The notices' own dates: 除夕 2025-01-28, 端午 2025-05-31, 中秋 2025-10-06; 清明 2026-04-05.
    h2025 = dict(statutory_holidays(2025))
    assert h2025["春节"] == [D(2025, 1, 28), D(2025, 1, 29), D(2025, 1, 30), D(2025, 1, 31)]
    assert h2025["端午节"] == [D(2025, 5, 31)] and h2025["中秋节"] == [D(2025, 10, 6)]
    assert h2025["清明节"] == [D(2025, 4, 4)]
    h2026 = dict(statutory_holidays(2026))
    assert h2026["清明节"] == [D(2026, 4, 5)] and h2026["中秋节"] == [D(2026, 9, 25)]
    assert h2026["春节"][0] == D(2026, 2, 16)
    assert [name for name, _ in statutory_holidays(2026)] == ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"]


def test_a_saturday_holiday_is_made_up_on_the_following_monday():
    days = offs(2025)
    assert days[D(2025, 5, 31)] == "端午节（推定）"  # a Saturday
    assert days[D(2025, 6, 2)] == "端午节补假（推定）"
    assert D(2025, 6, 1) not in days  # the Sunday stays an ordinary weekend day
    d26 = offs(2026)
    assert d26[D(2026, 4, 6)] == "清明节补假（推定）"  # 清明 on a Sunday
    assert d26[D(2026, 5, 4)] == "劳动节补假（推定）"  # 5/2 Saturday; 5/3 Sunday skipped


def test_holidays_on_weekdays_get_no_make_up_day():
    days = offs(2025)
    assert not any("补假" in name and d.month in (1, 4, 5, 10) for d, name in days.items() if d.month != 6)
    assert len([n for n in days.values() if "补假" in n]) == 1


def test_mid_autumn_next_to_national_day_is_one_block_and_a_shared_day_is_made_up():
    # 2028: 中秋 (八月十五) falls on 10-03, a day 国庆 also claims.
    h = dict(statutory_holidays(2028))
    assert h["中秋节"] == [D(2028, 10, 3)]
    days = offs(2028)
    extra = sorted(d for d, name in days.items() if "补假" in name and d.month == 10)
    # 10/1 Sun → 1 补假, 10/3 shared → 1 补假: 10/4 and 10/5 (Wed, Thu).
    assert extra == [D(2028, 10, 4), D(2028, 10, 5)]


def test_years_before_the_2024_revision_get_nothing():
    assert statutory_days(STATUTE_FIRST_YEAR - 1) == {}
    assert statutory_days(STATUTE_FIRST_YEAR)


def test_with_statute_fills_only_years_without_a_notice_and_keeps_staff_days():
    base = Layer("全国", {D(2027, 1, 1): (OFF, "元旦")}, frozenset({2025, 2026}))
    layer = with_statute(base, last_year=2028)
    assert layer.days[D(2027, 1, 1)] == (OFF, "元旦")  # the staff-entered day wins
    assert layer.days[D(2027, 2, 9)] == (OFF, "春节补假（推定）")
    assert D(2025, 6, 2) not in layer.days and D(2029, 1, 1) not in layer.days
    assert layer.estimated == frozenset({2027, 2028}) and layer.years == frozenset({2025, 2026})


def test_new_years_day_2027_is_off_and_provisional_with_the_reason():
    # The example: 2026-12-31 + 1 working day used to give 2027-01-01.
    assert workdays.add_workdays(D(2026, 12, 31), 1) == D(2027, 1, 4)
    e = workdays.explain(D(2026, 12, 31), 1)
    assert e.provisional
    assert e.skipped[0].reason == "元旦（推定）"
    assert "注意：2027年国务院放假通知尚未发布，按《全国年节及纪念日放假办法》推定" in e.as_text()
    assert workdays.add_workdays(D(2027, 9, 30), 1) == D(2027, 10, 6)
    assert estimated_note(2027) == "2027年国务院放假通知尚未发布，按《全国年节及纪念日放假办法》推定"


def test_a_notice_replaces_the_statutory_year():
    notice = Layer("全国", {D(2027, 1, 1): (OFF, "元旦")}, frozenset({2027}))
    cal = Calendar([with_statute(national_layer().merged_with(notice))])
    assert cal.is_workday(D(2027, 2, 9))  # no inferred 补假 once the notice is in
    assert not cal.is_workday(D(2027, 1, 1))
    assert not cal.is_provisional(D(2027, 1, 1), D(2027, 12, 31))
    assert cal.missing_data(D(2027, 1, 1)) == []
    assert cal.missing_data(D(2028, 1, 1)) == [estimated_note(2028)]


def test_years_before_the_data_keep_the_weekends_only_note():
    cal = workdays.calendar_for_region(None)
    notes = cal.missing_data(D(1995, 5, 1))
    assert notes == ["1995年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定"]
    assert cal.is_workday(D(1995, 5, 1))  # a Monday: weekends only, nothing inferred before 2025


@pytest.mark.parametrize("year", range(2027, 2100))
def test_every_statutory_year_has_13_statutory_days_and_makes_up_weekends(year):
    holidays = statutory_holidays(year)
    entries = [(n, d) for n, dates in holidays for d in dates]
    assert len(entries) == 13
    days = statutory_days(year)
    weekend_or_shared = sum(1 for i, (n, d) in enumerate(entries) if d.weekday() >= 5 or d in [e[1] for e in entries[:i]])
    assert len([n for _, n in days.values() if "补假" in n]) == weekend_or_shared
    assert all(d.weekday() < 5 for d, (_, n) in days.items() if "补假" in n)
    assert all(d.year == year for d in days)
