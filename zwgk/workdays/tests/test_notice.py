import datetime as dt
import json
from pathlib import Path

import chinese_calendar
import pytest
from chinese_calendar import constants

from zwgk.workdays import regional_layers
from zwgk.workdays.notice import NoticeError, parse_notice

D = dt.date
FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name):
    return (FIXTURES / name).read_text(encoding="utf-8")


def span(a, b):
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


# Facts of domain.md §5, written out independently of the fixtures.
NATIONAL_2025_OFF = [D(2025, 1, 1)] + span(D(2025, 1, 28), D(2025, 2, 4)) + span(D(2025, 4, 4), D(2025, 4, 6)) \
    + span(D(2025, 5, 1), D(2025, 5, 5)) + span(D(2025, 5, 31), D(2025, 6, 2)) + span(D(2025, 10, 1), D(2025, 10, 8))
NATIONAL_2025_WORK = [D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11)]
NATIONAL_2026_OFF = span(D(2026, 1, 1), D(2026, 1, 3)) + span(D(2026, 2, 15), D(2026, 2, 23)) \
    + span(D(2026, 4, 4), D(2026, 4, 6)) + span(D(2026, 5, 1), D(2026, 5, 5)) + span(D(2026, 6, 19), D(2026, 6, 21)) \
    + span(D(2026, 9, 25), D(2026, 9, 27)) + span(D(2026, 10, 1), D(2026, 10, 7))
NATIONAL_2026_WORK = [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)]


def dates(days):
    return [d.date for d in days]


@pytest.mark.parametrize("name, year, off, work", [
    ("national_2025.txt", 2025, NATIONAL_2025_OFF, NATIONAL_2025_WORK),
    ("national_2026.txt", 2026, NATIONAL_2026_OFF, NATIONAL_2026_WORK),
])
def test_the_national_notices_give_exactly_the_days_of_domain_md(name, year, off, work):
    notice = parse_notice(fixture(name))
    assert notice.year == year
    assert dates(notice.days_off) == sorted(off)
    assert dates(notice.workdays) == sorted(work)
    assert notice.title == f"国务院办公厅关于{year}年部分节假日安排的通知"


@pytest.mark.parametrize("name, year", [("national_2025.txt", 2025), ("national_2026.txt", 2026)])
def test_the_national_notices_agree_with_the_bundled_data(name, year):
    notice = parse_notice(fixture(name))
    assert set(dates(notice.workdays)) == {d for d in constants.workdays if d.year == year}
    assert set(dates(notice.days_off)) == {d for d in constants.holidays if d.year == year}
    assert all(not chinese_calendar.is_workday(d) for d in dates(notice.days_off))


def test_item_names_are_kept_for_each_day():
    notice = parse_notice(fixture("national_2025.txt"))
    names = {d.date: d.name for d in notice.days_off + notice.workdays}
    assert names[D(2025, 1, 28)] == "春节" and names[D(2025, 9, 28)] == "国庆节、中秋节"
    assert names[D(2025, 4, 27)] == "劳动节"


def test_the_ningxia_notice_adds_eid_days_and_handles_the_cross_year_new_year():
    notice = parse_notice(fixture("ningxia_2019.txt"))
    assert notice.year == 2019 and notice.years == {2018, 2019}
    named = {d.date: d.name for d in notice.days_off}
    assert [d for d, n in named.items() if n in ("开斋节", "古尔邦节")] == [D(2019, 6, 5), D(2019, 6, 6), D(2019, 8, 12), D(2019, 8, 13)]
    assert {D(2018, 12, 30), D(2018, 12, 31), D(2019, 1, 1)} <= set(named)
    assert D(2018, 12, 29) in dates(notice.workdays)
    # The shipped regional layer holds exactly the notice's regional additions.
    layer = regional_layers()["宁夏回族自治区"]
    regional = {d: n for d, n in named.items() if n in ("开斋节", "古尔邦节")}
    assert {d: name for d, (kind, name) in layer.days.items()} == regional
    # Everything else repeats the national schedule (the original 2019 劳动节 was later extended).
    for d in set(named) - set(regional):
        assert not chinese_calendar.is_workday(d), d


def test_a_regional_item_with_a_range_needs_only_the_year():
    notice = parse_notice("五、开斋节：5月13日至14日放假。", year=2021)
    assert dates(notice.days_off) == [D(2021, 5, 13), D(2021, 5, 14)]
    assert notice.days_off[0].name == "开斋节"


def test_half_width_punctuation_and_one_paragraph_give_the_same_days():
    text = fixture("national_2026.txt")
    half = text.replace("：", ":").replace("，", ",").replace("（", "(").replace("）", ")").replace("、", "、")
    one_paragraph = text.replace("。\n二", "。二").replace("。\n三", "。三").replace("。\n四", "。四")
    expected = parse_notice(text).as_dict()
    assert parse_notice(half).as_dict() == expected
    assert parse_notice(one_paragraph).as_dict() == expected


def test_ranges_across_months_weekday_forms_and_bu_xiu():
    text = ("关于2012年部分节假日安排的通知\n"
            "一、元旦：1月1日放假，1月2日（星期一）补休。\n"
            "二、国庆节、中秋节：9月30日至10月7日放假调休，共8天。9月29日（星期六）上班。\n"
            "三、清明节：4月4日（礼拜三）放假，与周末连休。")
    notice = parse_notice(text)
    assert dates(notice.days_off) == [D(2012, 1, 1), D(2012, 1, 2), D(2012, 4, 4)] + span(D(2012, 9, 30), D(2012, 10, 7))
    assert dates(notice.workdays) == [D(2012, 9, 29)]


def test_a_year_less_december_date_in_a_cross_year_item_belongs_to_the_year_before():
    notice = parse_notice("一、元旦：12月30日至1月1日放假调休，共3天。12月29日（星期六）上班。", year=2019)
    assert dates(notice.days_off) == [D(2018, 12, 30), D(2018, 12, 31), D(2019, 1, 1)]
    assert dates(notice.workdays) == [D(2018, 12, 29)]


def test_as_dict_is_the_cli_json_shape():
    data = json.loads(json.dumps(parse_notice(fixture("national_2026.txt")).as_dict()))
    assert set(data) == {"year", "days_off", "workdays"}
    assert data["workdays"][0] == "2026-01-04"


@pytest.mark.parametrize("text, year, message", [
    ("", None, "为空"),
    ("关于2026年部分节假日安排的通知\n节假日期间请安排好值班。", None, "没有找到可识别的节假日条目"),
    ("一、元旦：1月1日放假。", None, "无法确定通知年份"),
    ("关于2026年部分节假日安排的通知\n一、元旦：1月1日放假。", 2025, "不一致"),
    ("关于2026年部分节假日安排的通知\n一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周六）上班。", None, "第2行：星期不符"),
    ("关于2026年部分节假日安排的通知\n一、元旦：1月1日至3日放假调休，共4天。", None, "共4天"),
    ("关于2026年部分节假日安排的通知\n二、春节：2月15日至23日。", None, "第2行：条目中有日期，但看不出是放假还是上班"),
    ("关于2026年部分节假日安排的通知\n二、春节：2月30日放假。", None, "日期不存在"),
    ("关于2026年部分节假日安排的通知\n二、春节：2月23日至15日放假。", None, "早于前一个日期"),
    ("关于2026年部分节假日安排的通知\n二、春节：2月15日至3月23日放假。", None, "过长"),
    ("关于2026年部分节假日安排的通知\n二、春节：2月15日放假，2月15日上班。", None, "同时被列为放假和上班"),
    ("关于2026年部分节假日安排的通知\n二、春节：2月15日或16日放假。", None, "无法理解日期之间的“或”"),
    ("关于2026年部分节假日安排的通知\n二、春节：15日放假。", None, "缺少月份"),
])
def test_text_it_cannot_understand_is_rejected_with_the_failing_line(text, year, message):
    with pytest.raises(NoticeError, match=message) as info:
        parse_notice(text, year=year)
    if "第" in message:
        assert "“" in str(info.value)  # quotes the line


def test_unnumbered_lines_with_a_date_but_no_holiday_words_are_ignored():
    text = "国务院办公厅关于2026年部分节假日安排的通知\n发布日期：2025年11月4日\n一、元旦：1月1日至3日放假调休，共3天。"
    assert dates(parse_notice(text).days_off) == span(D(2026, 1, 1), D(2026, 1, 3))


NATIONAL_2024 = """国务院办公厅关于2024年部分节假日安排的通知
一、元旦：1月1日放假，与周末连休。
二、春节：2月10日至17日放假调休，共8天。2月4日（周日）、2月18日（周日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。
三、清明节：4月4日至6日放假调休，共3天。4月7日（周日）上班。
四、劳动节：5月1日至5日放假调休，共5天。4月28日（周日）、5月11日（周六）上班。
五、端午节：6月10日放假，与周末连休。
六、中秋节：9月15日至17日放假调休，共3天。9月14日（周六）上班。
七、国庆节：10月1日至7日放假调休，共7天。9月29日（周日）、10月12日（周六）上班。"""


def test_an_encouraged_rest_day_is_not_taken_as_a_day_off():
    # 2024's notice only *encourages* rest on 除夕 (2月9日); it stayed a working day.
    notice = parse_notice(NATIONAL_2024)
    assert D(2024, 2, 9) not in dates(notice.days_off)
    assert set(dates(notice.days_off)) == {d for d in constants.holidays if d.year == 2024}
    assert set(dates(notice.workdays)) == {d for d in constants.workdays if d.year == 2024}


@pytest.mark.parametrize("item, fragment", [
    ("二、春节：2月15日那天到二十三放假。", "到"),
    ("二、春节：2月15日至放假。", "至"),
    ("二、春节：2月15日放假，另加十六日。", "十六日"),
])
def test_a_clause_with_dates_it_could_not_read_is_rejected_not_half_read(item, fragment):
    with pytest.raises(NoticeError, match=f"第2行：无法理解.*“{fragment}”"):
        parse_notice("关于2026年部分节假日安排的通知\n" + item)


@pytest.mark.parametrize("count", ["一二", "十十", "二十十", "十一二"])
def test_a_malformed_chinese_day_count_is_reported_not_guessed(count):
    # "一二" used to escape as a KeyError (a 500 page), "十十" to be read as 20.
    line = f"一、元旦:1月1日至3日放假调休,共{count}天。"
    with pytest.raises(NoticeError) as info:
        parse_notice("关于2026年部分节假日安排的通知\n" + line.replace(":", "：").replace(",", "，"))
    assert str(info.value) == f"第2行：无法理解天数“{count}”\n  “{line}”"


# Exact behaviour of the notice grammar (issue 9: a mutation run showed error texts, line numbers,
# boundaries and several branches were not pinned down).
import unicodedata  # noqa: E402

from zwgk.workdays.notice import find_year, normalise  # noqa: E402

TITLE_2026 = "国务院办公厅关于2026年部分节假日安排的通知"


def error_of(text, year=None):
    with pytest.raises(NoticeError) as info:
        parse_notice(text, year=year)
    return info.value


@pytest.mark.parametrize("item, message", [
    ("二、春节：2月15日至23日放假调休，共8天。", "写明共8天，但日期共 9 天"),
    ("二、春节：2月14日（周六）上班，共9天。", "“共9天”：天数前没有放假日期"),
    ("二、春节：2月13日，2月15日至23日放假。", "“2月13日”：看不出这些日期是放假还是上班"),
    ("二、春节：鼓励各单位安排职工在除夕（2月16日）休息。", "条目中没有找到放假或上班的日期"),
    ("二、春节：2月15日至23日。", "条目中有日期，但看不出是放假还是上班"),
    ("二、春节：2月15日或16日放假。", "无法理解日期之间的“或”"),
    ("二、春节：15日至23日放假。", "“15日”缺少月份"),
    ("二、春节：2月30日放假。", "日期不存在：2026年2月30日"),
    ("二、春节：2月23日至15日放假。", "“15日”早于前一个日期，请写明月份"),
    # The same day as start and end: with or without the month it is not a range.
    ("二、春节：2月15日至15日放假。", "日期范围 2026-02-15 至 2026-02-15 的结束日期不晚于开始日期"),
    ("二、春节：2月15日至2月15日放假。", "日期范围 2026-02-15 至 2026-02-15 的结束日期不晚于开始日期"),
    ("二、春节：2月1日至16日放假。", "日期范围 2026-02-01 至 2026-02-16 过长"),
    ("二、春节：2月15日那天到二十三放假。", "无法理解“2月15日那天到二十三放假”中的“到”"),
    ("二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月28日（周五）上班。",
     "星期不符：2月28日标注为周五，但2026年2月28日是周六（请检查年份或日期）"),
    ("一、元旦：1月4日（星期六）上班。", "星期不符：1月4日标注为星期六，但2026年1月4日是周日（请检查年份或日期）"),
    ("一、元旦：1月3日（礼拜天）放假。", "星期不符：1月3日标注为礼拜天，但2026年1月3日是周六（请检查年份或日期）"),
])
def test_each_error_names_the_line_quotes_it_and_says_why(item, message):
    err = error_of(f"{TITLE_2026}\n{item}")
    line = unicodedata.normalize("NFKC", item)
    assert str(err) == f"第2行：{message}\n  “{line}”"
    assert (err.line, err.text) == (2, line)


def test_a_day_both_off_and_a_workday_names_both_lines():
    err = error_of(f"{TITLE_2026}\n一、元旦：1月1日至3日放假调休，共3天。1月4日（周日）上班。\n二、春节：1月4日放假。")
    assert str(err) == "第3行：2026-01-04 同时被列为放假和上班（另见第2行）\n  “二、春节:1月4日放假。”"
    assert (err.line, err.text) == (3, "二、春节:1月4日放假。")


@pytest.mark.parametrize("text, year, message", [
    ("", None, "通知内容为空"),
    (" \n\t ", None, "通知内容为空"),
    ("一、元旦：1月1日放假。", None, "无法确定通知年份：标题中没有“关于YYYY年部分节假日安排”，请指定年份（--year）"),
    (f"{TITLE_2026}\n一、元旦：1月1日放假。", 2025, "指定的年份 2025 与通知标题中的年份 2026 不一致"),
    ("一、元旦：1月1日放假。", 1899, "年份不合理：1899"),
    ("一、元旦：1月1日放假。", 2201, "年份不合理：2201"),
    (f"{TITLE_2026}\n节假日期间请安排好值班。", None, "没有找到可识别的节假日条目（应形如“一、元旦：1月1日放假，共1天。”）"),
])
def test_errors_about_the_whole_notice_have_no_line(text, year, message):
    err = error_of(text, year)
    assert str(err) == message and err.line is None


@pytest.mark.parametrize("year", [1900, 2200])
def test_the_year_range_includes_both_ends(year):
    assert dates(parse_notice("一、元旦：1月1日放假。", year=year).days_off) == [D(year, 1, 1)]


def test_items_and_days_keep_their_name_line_and_text():
    notice = parse_notice(fixture("national_2026.txt"))
    spring = notice.items[1]
    assert (spring.name, spring.line) == ("春节", 6)
    assert spring.text == normalise(fixture("national_2026.txt")).splitlines()[5]
    assert {(d.name, d.line) for d in spring.days_off + spring.workdays} == {("春节", 6)}
    assert [(d.date, d.line) for d in notice.workdays][:2] == [(D(2026, 1, 4), 5), (D(2026, 2, 14), 6)]


def test_written_years_win_over_the_notice_year():
    notice = parse_notice(f"{TITLE_2026}\n一、元旦：2025年12月30日至31日放假，2027年1月1日放假。")
    assert dates(notice.days_off) == [D(2025, 12, 30), D(2025, 12, 31), D(2027, 1, 1)]
    assert notice.years == {2025, 2026, 2027}
    # A month-less end date takes the start's written year, not the notice's.
    notice = parse_notice(f"{TITLE_2026}\n一、元旦：2025年12月30日至31日放假。")
    assert dates(notice.days_off) == [D(2025, 12, 30), D(2025, 12, 31)]


def test_a_december_only_item_stays_in_the_notice_year():
    # 宁夏 2008: 古尔邦节 fell on 12月8日; no 1月 date, so December is not the year before.
    notice = parse_notice("五、古尔邦节：12月8日（星期一）至9日放假。", year=2008)
    assert dates(notice.days_off) == [D(2008, 12, 8), D(2008, 12, 9)]


def test_an_item_with_only_make_up_workdays():
    notice = parse_notice(f"{TITLE_2026}\n八、调休上班：10月10日（周六）上班。")
    assert dates(notice.workdays) == [D(2026, 10, 10)] and notice.days_off == []


def test_an_encouragement_does_not_hide_the_sentences_after_it():
    notice = parse_notice(f"{TITLE_2026}\n二、春节：鼓励各单位安排职工在除夕（2月16日）休息。"
                          "2月15日至23日放假调休，共9天。2月14日（周六）上班。")
    assert dates(notice.days_off) == span(D(2026, 2, 15), D(2026, 2, 23))
    assert dates(notice.workdays) == [D(2026, 2, 14)]


def test_a_doubled_comma_does_not_drop_the_rest_of_the_sentence():
    notice = parse_notice(f"{TITLE_2026}\n二、春节：2月15日至23日放假调休，，2月14日（周六）上班。")
    assert dates(notice.workdays) == [D(2026, 2, 14)] and len(notice.days_off) == 9


def test_a_comma_inside_the_brackets_does_not_split_the_clause():
    notice = parse_notice(f"{TITLE_2026}\n二、春节：2月15日（农历腊月二十八，周日）至23日（农历正月初七，周一）放假调休，共9天。")
    assert dates(notice.days_off) == span(D(2026, 2, 15), D(2026, 2, 23))


def test_the_longest_range_is_fifteen_days():
    notice = parse_notice(f"{TITLE_2026}\n二、春节：2月1日至15日放假，共十五天。")
    assert dates(notice.days_off) == span(D(2026, 2, 1), D(2026, 2, 15))


@pytest.mark.parametrize("count, value", [("一", 1), ("三", 3), ("九", 9), ("十", 10), ("十二", 12), ("二十", 20),
                                          ("二十一", 21), ("九十九", 99), ("21", 21)])
def test_day_counts_in_chinese_numerals_and_digits(count, value):
    # A single day (共一天) is accepted only when it matches; the others name the value read.
    text = f"{TITLE_2026}\n一、元旦：1月1日放假，共{count}天。"
    if value == 1:
        assert dates(parse_notice(text).days_off) == [D(2026, 1, 1)]
    else:
        assert str(error_of(text)) == f"第2行：写明共{value}天，但日期共 1 天\n  “一、元旦:1月1日放假,共{count}天。”"


@pytest.mark.parametrize("clause", ["放假3天", "休息3天", "放假调休，共三天"])
def test_the_ways_a_count_is_written(clause):
    notice = parse_notice(f"{TITLE_2026}\n一、元旦：1月1日至3日{clause}。")
    assert dates(notice.days_off) == span(D(2026, 1, 1), D(2026, 1, 3))
    assert "写明共3天，但日期共 2 天" in str(error_of(f"{TITLE_2026}\n一、元旦：1月1日至2日{clause}。"))


@pytest.mark.parametrize("separator", ["至", "到", "~", "-", "—", "–", "－", "〜"])
def test_range_separators(separator):
    notice = parse_notice(f"{TITLE_2026}\n三、清明节：4月4日{separator}6日放假。")
    assert dates(notice.days_off) == span(D(2026, 4, 4), D(2026, 4, 6))


@pytest.mark.parametrize("separator", ["、", "和", "及", "与"])
def test_list_separators(separator):
    notice = parse_notice(f"{TITLE_2026}\n二、春节：2月14日（周六）{separator}2月28日（周六）上班。")
    assert dates(notice.workdays) == [D(2026, 2, 14), D(2026, 2, 28)]


@pytest.mark.parametrize("item", ["元旦：1月1日放假。", "1、元旦：1月1日放假。", "1.元旦：1月1日放假。", "（一）元旦：1月1日放假。"])
def test_item_numbering_forms(item):
    notice = parse_notice(f"{TITLE_2026}\n{item}")
    assert [(i.name, dates(i.days_off)) for i in notice.items] == [("元旦", [D(2026, 1, 1)])]


def test_items_run_together_split_after_a_full_stop_or_semicolon():
    notice = parse_notice(f"{TITLE_2026}\n一、元旦：1月1日放假；二、春节：2月15日至23日放假。三、清明节：4月4日放假。")
    assert [(i.name, i.line) for i in notice.items] == [("元旦", 2), ("春节", 2), ("清明节", 2)]
    assert [i.text for i in notice.items] == ["一、元旦:1月1日放假;", "二、春节:2月15日至23日放假。", "三、清明节:4月4日放假。"]


def test_normalise_exactly():
    assert normalise("\ufeff关于\u200b2026年\u200c部分\u200d节假日：\r\n一、\r二、4月4日〜6日") == \
        "关于2026年部分节假日:\n一、\n二、4月4日~6日"
    assert normalise("ABC XYZ \t") == "ABC XYZ \t"


def test_find_year_from_the_title_or_the_phrase():
    assert find_year("国务院办公厅关于2026年部分节假日安排的通知") == 2026
    assert find_year("关于 2019 年元旦放假的通知") == 2019
    assert find_year("2027年部分节假日安排如下") == 2027
    assert find_year("2025年11月4日发布") is None
def test_a_day_listed_by_two_items_is_one_day_named_by_the_first():
    # It used to come back twice (one NoticeDay per line), so an import counted 3 days off for 2.
    notice = parse_notice("关于2026年部分节假日安排的通知\n一、元旦：1月1日放假。\n二、元旦补充：1月1日至2日放假。1月4日上班，1月4日上班。")
    assert [(d.date, d.name, d.line) for d in notice.days_off] == [(D(2026, 1, 1), "元旦", 2), (D(2026, 1, 2), "元旦补充", 3)]
    assert [d.date for d in notice.workdays] == [D(2026, 1, 4)]
    assert notice.as_dict()["days_off"] == ["2026-01-01", "2026-01-02"]


@pytest.mark.parametrize("item", ["二、春节：十2月15日日放假。", "二、春节：2月15日至23日放假十共9天日。"])
def test_a_numeral_day_written_across_the_dates_or_the_count_is_still_caught(item):
    # The dates and 共N天 are taken out as a space, and the unread-day check allows a space before 日.
    err = error_of(f"{TITLE_2026}\n{item}")
    assert str(err).startswith("第2行：无法理解“") and str(err).split("\n")[0].endswith("中的“十 日”")
