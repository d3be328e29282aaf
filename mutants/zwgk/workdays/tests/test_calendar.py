import datetime as dt
import random

import chinese_calendar
import pytest
from chinese_calendar import constants

from zwgk import workdays
from zwgk.workdays import OFF, WORKDAY, Calendar, Layer, WorkdaysError, national_layer

D = dt.date
NINGXIA = "宁夏回族自治区/银川市"


def naive_is_workday(day):
    """Independent of the index: straight from chinese_calendar's tables."""
    if day in constants.workdays:
        return True
    return day.weekday() < 5 and day not in constants.holidays


def naive_add(day, n):
    current = day
    if n == 0:  # the same day if it is a working day, else the next working day
        while not naive_is_workday(current):
            current += dt.timedelta(days=1)
        return current
    while n > 0:
        current += dt.timedelta(days=1)
        if naive_is_workday(current):
            n -= 1
    return current


def test_is_workday_agrees_with_chinese_calendar_on_every_day_2004_to_2026():
    day, last, checked = D(2004, 1, 1), D(2026, 12, 31), 0
    while day <= last:
        assert workdays.is_workday(day) == chinese_calendar.is_workday(day), day
        day += dt.timedelta(days=1)
        checked += 1
    assert checked == 8401


def test_add_workdays_agrees_with_a_day_by_day_loop_on_random_cases():
    rng = random.Random(3)
    base, span = D(2004, 1, 1).toordinal(), (D(2026, 9, 15) - D(2004, 1, 1)).days
    for _ in range(5000):
        day, n = D.fromordinal(base + rng.randrange(span)), rng.randrange(0, 61)
        assert workdays.add_workdays(day, n) == naive_add(day, n), (day, n)


def test_count_start_day_counts_a_working_start_day_as_day_one():
    rng = random.Random(4)
    base = D(2010, 1, 1).toordinal()
    for _ in range(2000):
        day, n = D.fromordinal(base + rng.randrange(5000)), rng.randrange(1, 40)
        expected = day if (n == 1 and naive_is_workday(day)) else naive_add(
            day, n - 1 if naive_is_workday(day) else n)
        assert workdays.add_workdays(day, n, count_start_day=True) == expected, (day, n)


def test_workdays_between_is_the_inverse_of_add_and_matches_counting():
    rng = random.Random(5)
    base = D(2004, 1, 1).toordinal()
    for _ in range(3000):
        a = D.fromordinal(base + rng.randrange(8000))
        b = a + dt.timedelta(days=rng.randrange(0, 120))
        counted = sum(naive_is_workday(a + dt.timedelta(days=i)) for i in range(1, (b - a).days + 1))
        assert workdays.workdays_between(a, b) == counted
        assert workdays.workdays_between(b, a) == -counted
        inclusive = counted + naive_is_workday(a)
        assert workdays.workdays_between(a, b, count_start_day=True) == inclusive
        n = rng.randrange(1, 60)
        assert workdays.workdays_between(a, workdays.add_workdays(a, n)) == n


def test_2025_national_day_counts_the_sunday_make_up_day_and_skips_october_1_to_8():
    assert workdays.add_workdays(D(2025, 9, 26), 5) == D(2025, 10, 10)
    assert workdays.is_workday(D(2025, 9, 28)) and workdays.is_workday(D(2025, 10, 11))
    assert not any(workdays.is_workday(D(2025, 10, d)) for d in range(1, 9))


def test_2026_spring_festival_and_national_day():
    assert workdays.add_workdays(D(2026, 2, 13), 1) == D(2026, 2, 14)  # Saturday make-up day
    assert workdays.add_workdays(D(2026, 2, 13), 2) == D(2026, 2, 24)  # 2/15–23 off
    assert workdays.add_workdays(D(2026, 9, 30), 1) == D(2026, 10, 8)
    assert workdays.add_workdays(D(2026, 10, 9), 1) == D(2026, 10, 10)
    assert workdays.add_workdays(D(2025, 12, 31), 1) == D(2026, 1, 4)  # 1/1–3 off, 1/4 Sunday make-up
    assert workdays.add_workdays(D(2026, 4, 3), 1) == D(2026, 4, 7)  # 清明 4/4–6
    assert workdays.add_workdays(D(2026, 4, 30), 1) == D(2026, 5, 6)  # 劳动节 5/1–5
    assert workdays.add_workdays(D(2026, 5, 8), 1) == D(2026, 5, 9)  # Saturday make-up
    assert workdays.add_workdays(D(2026, 9, 18), 1) == D(2026, 9, 20)  # Sunday make-up
    assert workdays.add_workdays(D(2026, 9, 24), 1) == D(2026, 9, 28)  # 中秋 9/25–27


def test_the_ningxia_layer_moves_a_deadline_across_eid_al_fitr():
    assert workdays.add_workdays(D(2019, 6, 3), 5) == D(2019, 6, 11)
    assert workdays.add_workdays(D(2019, 6, 3), 5, region=NINGXIA) == D(2019, 6, 13)
    assert workdays.add_workdays(D(2019, 6, 3), 5, region=["宁夏回族自治区"]) == D(2019, 6, 13)
    assert not workdays.is_workday(D(2019, 8, 12), region=NINGXIA)
    assert workdays.is_workday(D(2019, 8, 12))
    assert workdays.workdays_between(D(2019, 8, 9), D(2019, 8, 16), region=NINGXIA) == 3


def test_explain_lists_every_skipped_day_with_its_reason_and_counts_the_make_up_day():
    e = workdays.explain(D(2025, 9, 26), 5)
    assert e.due == D(2025, 10, 10) and not e.provisional
    skipped = {s.date: s.reason for s in e.skipped}
    assert skipped[D(2025, 9, 27)] == "周末"
    assert skipped[D(2025, 10, 1)] == "国庆节" and skipped[D(2025, 10, 6)] == "中秋节"
    assert set(skipped) == {D(2025, 9, 27)} | {D(2025, 10, d) for d in range(1, 9)}
    assert [(s.date, s.number) for s in e.makeup_days] == [(D(2025, 9, 28), 1)]
    assert [s.number for s in e.steps if s.number] == [1, 2, 3, 4, 5]
    text = e.as_text()
    assert "2025年10月10日" in text and "国庆节调休上班" in text and "周末" in text and "暂定" not in text


def test_explain_names_the_regional_festival():
    e = workdays.explain(D(2019, 6, 3), 5, region=NINGXIA)
    reasons = {s.date: (s.reason, s.layer) for s in e.skipped}
    assert reasons[D(2019, 6, 5)] == ("开斋节", "宁夏回族自治区")
    assert reasons[D(2019, 6, 7)][0] == "端午节"
    assert "开斋节" in e.as_text()


def test_a_year_without_official_data_is_provisional():
    assert workdays.is_provisional(D(2027, 3, 1))
    assert workdays.is_provisional(D(2026, 12, 20), D(2027, 1, 10))
    assert not workdays.is_provisional(D(2026, 1, 1), D(2026, 12, 31))
    e = workdays.explain(D(2026, 12, 30), 3)
    assert e.provisional and "暂定" in e.as_text() and "2027年" in e.as_text()
    assert not workdays.explain(D(2026, 12, 1), 3).provisional


def test_a_region_whose_yearly_notice_is_missing_makes_results_provisional():
    cal = workdays.calendar_for_region(NINGXIA)
    assert not cal.is_provisional(D(2019, 6, 3), D(2019, 6, 13))
    assert cal.is_provisional(D(2025, 3, 1))
    assert any("宁夏回族自治区" in note for note in cal.missing_data(D(2025, 3, 1)))
    assert not workdays.is_provisional(D(2025, 3, 1))  # the national calendar has 2025


def test_later_layers_override_earlier_ones_and_any_number_of_layers_stack():
    national = national_layer()
    a = Layer("甲区", {D(2026, 3, 2): (OFF, "甲节"), D(2026, 3, 7): (WORKDAY, "甲节")}, frozenset({2026}))
    b = Layer("乙市", {D(2026, 3, 2): (WORKDAY, "乙节"), D(2026, 3, 3): (OFF, "乙节")}, frozenset({2026}), yearly=False)
    cal = Calendar([national, a, b], region="甲区/乙市")
    assert cal.is_workday(D(2026, 3, 2))  # 乙市 overrides 甲区
    assert not cal.is_workday(D(2026, 3, 3)) and cal.is_workday(D(2026, 3, 7))
    assert cal.reason(D(2026, 3, 3)) == "乙节" and cal.reason(D(2026, 3, 7)) == "甲节调休上班"
    assert cal.add_workdays(D(2026, 3, 2), 1) == D(2026, 3, 4)
    assert not cal.is_provisional(D(2026, 3, 1))  # 乙市 is not yearly, 甲区 covers 2026


def test_register_layer_adds_a_region_for_the_module_functions():
    layer = Layer("测试自治区", {D(2026, 3, 20): (OFF, "肉孜节")}, frozenset({2026}))
    try:
        workdays.register_layer(layer)
        assert not workdays.is_workday(D(2026, 3, 20), region="测试自治区")
        assert workdays.is_workday(D(2026, 3, 20))
    finally:
        workdays._extra_layers.pop("测试自治区", None)
        workdays._calendars.clear()


@pytest.mark.parametrize("call, message", [
    (lambda: workdays.add_workdays(D(2025, 1, 1), -1), "负数"),
    (lambda: workdays.add_workdays(D(1900, 1, 1), 3), "范围"),
    (lambda: workdays.add_workdays(D(2099, 12, 30), 10), "范围"),
    (lambda: workdays.add_workdays(D(2025, 1, 1), 1.5), "整数"),
    (lambda: workdays.is_workday("2025-01-01"), "不是日期"),
    (lambda: workdays.parse_date("2025-13-01"), "日期不存在"),
    (lambda: workdays.parse_date("tomorrow"), "日期格式无法识别"),
    (lambda: workdays.parse_count("-3"), "负数"),
    (lambda: workdays.parse_count("五"), "非负整数"),
])
def test_bad_input_raises_a_clear_chinese_error(call, message):
    with pytest.raises(WorkdaysError, match=message):
        call()


def test_zero_working_days_is_the_day_itself_when_it_is_a_working_day():
    assert workdays.add_workdays(D(2025, 9, 30), 0) == D(2025, 9, 30)
    assert workdays.add_workdays(D(2025, 9, 28), 0) == D(2025, 9, 28)  # a Sunday make-up workday
    assert workdays.add_workdays(D(2025, 9, 30), 0, count_start_day=True) == D(2025, 9, 30)
    assert workdays.explain(D(2025, 9, 30), 0).steps == ()


def test_zero_working_days_on_a_day_off_is_the_next_working_day():
    assert workdays.add_workdays(D(2025, 10, 3), 0) == D(2025, 10, 9)  # 10/1–8 off
    assert workdays.add_workdays(D(2025, 10, 3), 0, count_start_day=True) == D(2025, 10, 9)
    assert workdays.add_workdays(D(2025, 10, 8), 0) == D(2025, 10, 9)
    assert workdays.add_workdays(D(2025, 9, 27), 0) == D(2025, 9, 28)  # Saturday, then the make-up Sunday
    e = workdays.explain(D(2025, 10, 3), 0)
    assert e.due == D(2025, 10, 9)
    assert [s.date for s in e.skipped] == [D(2025, 10, d) for d in range(3, 9)]
    assert e.skipped[0].reason == "国庆节" and e.makeup_days == []
    assert "届满日：2025年10月9日（周四）" in e.as_text()


def test_zero_working_days_at_the_end_of_the_range_is_an_error():
    cal = Calendar([Layer("全国", {}, frozenset(range(2000, 2001)))], first_year=2000, last_year=2000)
    assert cal.add_workdays(D(2000, 12, 29), 0) == D(2000, 12, 29)  # a Friday
    with pytest.raises(WorkdaysError, match="范围"):
        cal.add_workdays(D(2000, 12, 30), 0)  # Saturday, and no working day after it in range


def test_the_package_does_not_import_django():
    import subprocess
    import sys

    code = "import sys, zwgk.workdays, zwgk.workdays.notice; print(any(m.startswith('django') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
