"""Exact texts and boundaries of the calendar (issue 9: explanation text, Step.as_text, Saturday
make-up days, the range check in _index, parse_count("0"), known_years were untested)."""
import datetime as dt

import pytest

from zwgk import workdays
from zwgk.workdays import OFF, WORKDAY, Calendar, Layer, Step, WorkdaysError, parse_count, parse_date
from zwgk.workdays.calendar import SpecialDay
from zwgk.workdays.notice import NoticeError, _cn_number, find_title

D = dt.date


def test_the_whole_explanation_text_with_a_saturday_make_up_day():
    e = workdays.explain(D(2026, 2, 13), 2)
    lines = ["适用日历：全国", "起算日：2026年2月13日（周五）（起算日当日不计入，自次日起算）", "工作日数：2",
             "跳过的非工作日（9天）："]
    weekdays = "日一二三四五六日一"  # 2/15 is a Sunday … 2/23 a Monday
    lines += [f"  2026年2月{d}日（周{weekdays[d - 15]}） 春节" for d in range(15, 24)]
    lines += ["计入调休上班日：2026年2月14日（周六） 春节调休上班，为第1个工作日", "届满日：2026年2月24日（周二）"]
    assert e.as_text() == "\n".join(lines)
    makeup = e.steps[0]
    assert makeup == Step(D(2026, 2, 14), True, 1, "makeup", "春节调休上班", "全国")
    assert e.steps[1] == Step(D(2026, 2, 15), False, None, "skip", "春节", "全国")
    assert e.steps[-1] == Step(D(2026, 2, 24), True, 2, "count", "", "")
    assert [s.date for s in e.makeup_days] == [D(2026, 2, 14)] and len(e.skipped) == 9


def test_count_start_day_and_no_skipped_days_in_the_text():
    e = workdays.explain(D(2025, 9, 29), 1, count_start_day=True)
    assert e.due == D(2025, 9, 29) and e.count_start_day is True
    assert e.as_text() == ("适用日历：全国\n起算日：2025年9月29日（周一）（起算日当日计入）\n工作日数：1\n"
                           "期间没有跳过的非工作日。\n届满日：2025年9月29日（周一）")
    assert e.steps == (Step(D(2025, 9, 29), True, 1, "count", "", ""),)


def test_provisional_text_with_and_without_notes():
    e = workdays.explain(D(2027, 3, 1), 1)
    note = "2027年国务院放假通知尚未发布，按《全国年节及纪念日放假办法》推定"
    assert e.provisional and e.notes == (note,)
    assert e.as_text().endswith("届满日：2027年3月2日（周二）（暂定）\n注意：" + note)
    assert e.text_without_notes.endswith("届满日：2027年3月2日（周二）（暂定）")
    assert e.as_text(notes=False) == e.text_without_notes


def test_step_texts():
    assert Step(D(2025, 9, 27), False, None, "skip", "周末").as_text() == "2025年9月27日（周六） 跳过：周末"
    assert Step(D(2025, 9, 28), True, 1, "makeup", "国庆节调休上班").as_text() == \
        "2025年9月28日（周日） 第1个工作日（国庆节调休上班，计入）"
    assert Step(D(2025, 9, 29), True, 2, "count", "").as_text() == "2025年9月29日（周一） 第2个工作日"


def test_a_regional_skip_names_its_layer_and_the_region_shows():
    e = workdays.explain(D(2019, 6, 4), 1, region="宁夏回族自治区/银川市")
    assert e.region == "宁夏回族自治区/银川市" and e.as_text().startswith("适用日历：宁夏回族自治区/银川市\n")
    assert e.steps[0] == Step(D(2019, 6, 5), False, None, "skip", "开斋节", "宁夏回族自治区")
    assert e.steps[2] == Step(D(2019, 6, 7), False, None, "skip", "端午节", "全国")


def test_special_days_and_labels():
    cal = workdays.calendar_for_region(None)
    assert cal.special_day(D(2025, 9, 28)) == SpecialDay(D(2025, 9, 28), True, "国庆节", "全国")
    assert cal.special_day(D(2025, 9, 28)).label == "国庆节调休上班"
    assert cal.special_day(D(2025, 10, 1)).label == "国庆节"
    assert cal.special_day(D(2025, 9, 29)) is None
    days = cal.special_days(2025)
    assert days[0].date == D(2025, 1, 1) and days[-1].date == D(2025, 10, 11)
    assert [d.date for d in days] == sorted(d.date for d in days) and {d.date.year for d in days} == {2025}
    assert cal.reason(D(2025, 9, 27)) == "周末" and cal.reason(D(2025, 9, 29)) == "" and cal.reason(D(2025, 9, 28)) == "国庆节调休上班"
    assert cal.reason(D(2025, 9, 26)) == ""


def test_known_and_provisional_years():
    cal = workdays.calendar_for_region("宁夏回族自治区")
    assert cal.known_years() >= set(range(2004, 2027)) and 2027 not in cal.known_years()
    assert cal.known_years("宁夏回族自治区") == {2019}
    assert cal.known_years("火星") == set()
    assert 2027 in cal.provisional_years() and 2025 in cal.provisional_years() and 2019 not in cal.provisional_years()
    assert 2026 not in workdays.calendar_for_region(None).provisional_years()


def test_the_range_is_checked_at_both_ends():
    cal = workdays.calendar_for_region(None)
    with pytest.raises(WorkdaysError, match="超出日历支持的范围（1990–2099年）"):
        cal.is_workday(D(1989, 12, 31))
    with pytest.raises(WorkdaysError, match="超出日历支持的范围"):
        cal.is_workday(D(2100, 1, 1))
    assert cal.is_workday(D(1990, 1, 1)) is True  # a Monday
    assert cal.is_workday(D(2099, 12, 31)) is True  # a Thursday
    with pytest.raises(WorkdaysError, match="超出"):
        cal.add_workdays(D(1989, 12, 31), 1)
    with pytest.raises(WorkdaysError, match="超出"):
        cal.workdays_between(D(2025, 1, 1), D(2100, 1, 1))


def test_workdays_between_counts_the_start_day_only_when_asked():
    assert workdays.workdays_between(D(2025, 9, 29), D(2025, 9, 30)) == 1
    assert workdays.workdays_between(D(2025, 9, 29), D(2025, 9, 30), count_start_day=True) == 2
    assert workdays.workdays_between(D(2025, 9, 30), D(2025, 9, 29), count_start_day=True) == -2
    assert workdays.workdays_between(D(2025, 9, 29), D(2025, 9, 29)) == 0


def test_is_provisional_with_a_region_and_reversed_dates():
    assert workdays.is_provisional(D(2025, 3, 1), region="宁夏")
    assert not workdays.is_provisional(D(2025, 3, 1))
    cal = workdays.calendar_for_region(None)
    assert cal.is_provisional(D(2027, 1, 5), D(2026, 12, 1)) and not cal.is_provisional(D(2026, 12, 1), D(2026, 1, 1))
    assert cal.missing_data(D(2027, 1, 5), D(2026, 12, 1)) == cal.missing_data(D(2026, 12, 1), D(2027, 1, 5))


def test_parse_count_and_parse_date():
    assert parse_count("0") == 0 and parse_count(" 7 ") == 7
    with pytest.raises(WorkdaysError, match="不能为负数：-1"):
        parse_count("-1")
    assert parse_date(" 2025-09-26 ") == D(2025, 9, 26)
    with pytest.raises(WorkdaysError, match="日期不存在：“2025-13-01”"):
        parse_date("2025-13-01")


def test_merged_layers_keep_the_name_and_join_everything():
    a = Layer("甲区", {D(2026, 3, 2): (OFF, "甲节")}, frozenset({2026}), yearly=False, sources={2026: "甲通知"},
              estimated=frozenset({2027, 2028}))
    b = Layer("甲区", {D(2026, 3, 2): (WORKDAY, "乙节"), D(2027, 5, 5): (OFF, "乙节")}, frozenset({2027}), yearly=True,
              sources={2027: "乙通知"}, estimated=frozenset({2029}))
    m = a.merged_with(b)
    assert m.name == "甲区" and m.yearly is True and m.years == {2026, 2027}
    assert m.days == {D(2026, 3, 2): (WORKDAY, "乙节"), D(2027, 5, 5): (OFF, "乙节")}
    assert m.sources == {2026: "甲通知", 2027: "乙通知"}
    assert m.estimated == {2028, 2029}  # 2027 now has its notice
    assert Layer("x", yearly=False).merged_with(Layer("x", yearly=False)).yearly is False


def test_register_layer_drops_cached_calendars():
    before = workdays.calendar_for_region("宁夏")
    layer = Layer("宁夏回族自治区", {D(2026, 3, 20): (OFF, "开斋节")}, frozenset({2026}))
    try:
        workdays.register_layer(layer)
        assert workdays.calendar_for_region("宁夏") is not before
        assert not workdays.is_workday(D(2026, 3, 20), region="宁夏")
    finally:
        workdays._extra_layers.pop("宁夏回族自治区", None)
        workdays._calendars.clear()


def test_a_region_given_as_parts_shares_the_cached_calendar_of_its_joined_name():
    workdays._calendars.clear()
    try:
        joined = workdays.calendar_for_region("宁夏回族自治区/银川市")
        assert workdays.calendar_for_region(["宁夏回族自治区", "银川市"]) is joined
        assert workdays.calendar_for_region(("宁夏回族自治区", "银川市")) is joined
        assert set(workdays._calendars) == {"宁夏回族自治区/银川市"}
        assert joined.region == "宁夏回族自治区/银川市"
    finally:
        workdays._calendars.clear()


@pytest.mark.parametrize("text, value", [("十", 10), ("十二", 12), ("二十", 20), ("二十五", 25), ("三", 3), ("7", 7), ("九", 9)])
def test_notice_numbers(text, value):
    assert _cn_number(text) == value


def test_notice_title_and_error_texts():
    assert find_title("前言\n《国务院办公厅关于2027年部分节假日安排的通知》\n正文") == "国务院办公厅关于2027年部分节假日安排的通知"
    assert find_title("关于2027年放假的通知") == "关于2027年放假的通知"
    # Only the brackets, angle brackets and spaces are trimmed: a template's "XX县" keeps its letters.
    assert find_title(" <XX县人民政府关于2027年部分节假日安排的通知X> ") == "XX县人民政府关于2027年部分节假日安排的通知X"
    assert find_title("通知\n节假日安排") == ""
    assert find_title("通" + "知节假日" * 100)[:5] == "通知节假日" and len(find_title("通知节假日" + "甲" * 400)) == 300
    assert str(NoticeError("看不懂", line=3, text="  一、元旦  ")) == "第3行：看不懂\n  “一、元旦”"
    assert str(NoticeError("看不懂")) == "看不懂"
    assert str(NoticeError("看不懂", text="   ")) == "看不懂"
    error = NoticeError("x", line=2, text="y")
    assert (error.line, error.text) == (2, "y")


# Calendar built directly (issue 9: the module functions cache their calendars, so the bounds of
# the index, the per-year notes and explain()'s defaults were only checked through one cache).
def small(layers=(), **kw):
    return Calendar(layers, first_year=2010, last_year=2011, **kw)


def test_a_calendar_covers_exactly_its_first_and_last_day():
    cal = small()
    assert (cal.region, cal.first_year, cal.last_year) == ("", 2010, 2011)
    assert cal.is_workday(D(2010, 1, 1)) and cal.is_workday(D(2011, 12, 30))  # both Fridays
    assert not cal.is_workday(D(2011, 12, 31))
    for day in (D(2009, 12, 31), D(2012, 1, 1)):
        with pytest.raises(WorkdaysError) as info:
            cal.is_workday(day)
        assert str(info.value) == f"日期 {day} 超出日历支持的范围（2010–2011年）"
    # The first day itself, counted as day 1 and as day 0.
    assert cal.add_workdays(D(2010, 1, 1), 1, count_start_day=True) == D(2010, 1, 1)
    assert cal.add_workdays(D(2010, 1, 1), 1) == D(2010, 1, 4)
    assert cal.workdays_between(D(2010, 1, 1), D(2010, 1, 4), count_start_day=True) == 2


def test_layer_days_on_the_first_and_last_day_of_the_range_apply():
    layer = Layer("全国", {D(2010, 1, 1): (OFF, "元旦"), D(2011, 12, 30): (OFF, "测试"), D(2012, 1, 2): (OFF, "界外")},
                  frozenset({2010, 2011}))
    cal = small([layer])
    assert not cal.is_workday(D(2010, 1, 1)) and not cal.is_workday(D(2011, 12, 30))
    assert cal.special_day(D(2010, 1, 1)) == SpecialDay(D(2010, 1, 1), False, "元旦", "全国")
    assert cal.special_day(D(2012, 1, 2)) is None


def test_missing_years_are_noted_for_every_yearly_layer_and_only_inside_the_range():
    cal = small([Layer("全国", years=frozenset({2010, 2011}), yearly=False), Layer("全国", years=frozenset({2010}))])
    assert cal.missing_data(D(2010, 6, 1)) == [] and cal.missing_data(D(2009, 6, 1)) == []
    assert cal.missing_data(D(2012, 6, 1)) == []
    assert cal.missing_data(D(2011, 6, 1)) == ["2011年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定"]
    assert cal.is_provisional(D(2011, 1, 3)) and not cal.is_provisional(D(2010, 1, 4))


def test_explain_counts_from_the_next_day_by_default_and_looks_at_the_start_year():
    cal = small([Layer("全国", years=frozenset({2011}))])
    e = cal.explain(D(2010, 12, 31), 1)
    assert (e.due, e.count_start_day) == (D(2011, 1, 3), False)
    # The start is in 2010, which has no data: provisional with its note although the due date is in 2011.
    assert e.provisional and e.notes == ("2010年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定",)


def test_explain_gives_a_reason_only_for_weekend_make_up_days():
    # A weekday marked as a workday (a regional layer undoing a day off) is an ordinary counted day.
    layer = Layer("全国", {D(2010, 1, 6): (WORKDAY, "某节"), D(2010, 1, 9): (WORKDAY, "某节")}, frozenset({2010, 2011}))
    steps = small([layer]).explain(D(2010, 1, 5), 4).steps
    assert [(s.date.day, s.kind, s.reason) for s in steps] == [
        (6, "count", ""), (7, "count", ""), (8, "count", ""), (9, "makeup", "某节调休上班")]


def test_build_calendar_merges_extra_layers_with_the_bundled_ones():
    extra = {workdays.NATIONAL: Layer("全国", {D(2026, 3, 2): (OFF, "测试")}),
             "宁夏回族自治区": Layer("宁夏回族自治区", {D(2026, 5, 27): (OFF, "古尔邦节")}, frozenset({2026})),
             "新疆维吾尔自治区": Layer("新疆维吾尔自治区", {D(2026, 3, 20): (OFF, "肉孜节")}, frozenset({2026}))}
    cal = workdays.build_calendar("宁夏回族自治区/银川市", extra=extra)
    assert cal.region == "宁夏回族自治区/银川市"
    assert not cal.is_workday(D(2026, 3, 2)) and not cal.is_workday(D(2026, 5, 27))
    assert not cal.is_workday(D(2019, 6, 5))  # the bundled 2019 开斋节 is kept beside the extra days
    xinjiang = workdays.build_calendar("新疆维吾尔自治区", extra=extra)
    assert not xinjiang.is_workday(D(2026, 3, 20)) and xinjiang.is_workday(D(2026, 5, 27))
    # A region that publishes its own days but has no data: every year is provisional.
    tibet = workdays.build_calendar("西藏自治区")
    assert [layer.yearly for layer in tibet.layers] == [True, True] and tibet.is_provisional(D(2025, 6, 3))


def test_with_statute_keeps_the_national_sources():
    national = workdays.national_layer()
    merged = workdays.with_statute(national)
    assert (merged.name, merged.sources) == ("全国", national.sources)


def test_split_region_forms():
    from zwgk.workdays import split_region

    assert split_region("宁夏回族自治区／银川市") == ["宁夏回族自治区", "银川市"]
    assert split_region(("宁夏回族自治区", "银川市")) == ["宁夏回族自治区", "银川市"]
    assert split_region("全国/宁夏回族自治区/ /") == ["宁夏回族自治区"]
    assert split_region("") == [] and split_region(None) == []


def test_statutory_blocks_merge_touching_holidays_only():
    from zwgk.workdays.statutory import _blocks

    mid_autumn, national = ("中秋节", [D(2031, 9, 30)]), ("国庆节", [D(2031, 10, d) for d in (1, 2, 3)])
    assert _blocks([mid_autumn, national]) == [[("中秋节", D(2031, 9, 30))] + [("国庆节", D(2031, 10, d)) for d in (1, 2, 3)]]
    gap = ("中秋节", [D(2031, 9, 29)])
    assert len(_blocks([gap, national])) == 2
    new_year = ("元旦", [D(2031, 1, 1)])
    assert _blocks([new_year, mid_autumn, national])[0] == [("元旦", D(2031, 1, 1))]
    assert len(_blocks([new_year, mid_autumn, national])[1]) == 4
