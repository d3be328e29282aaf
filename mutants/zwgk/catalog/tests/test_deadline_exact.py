"""Exact rules for the 公开时限 forms the parser promises, boundaries included (issue 9: the
mutation run showed month < 12, day 1/32, trailing text, 每季度10日前 and numerals untested)."""
import pytest

from zwgk.catalog.formats.deadline import IMMEDIATE_NOTE, canonical_event, chinese_to_int, parse_deadline
from zwgk.catalog.formats.structure import DeadlineRule

DEFAULT_EVENT_NOTE = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"


@pytest.mark.parametrize("text, expected", [
    ("每年12月31日前", {"kind": "yearly", "month": 12, "day": 31}),
    ("每年1月1日前", {"kind": "yearly", "month": 1, "day": 1}),
    ("每年的5月10日之前公开", {"kind": "yearly", "month": 5, "day": 10}),
    ("每年12月底前", {"kind": "yearly", "month": 12, "day": 31}),
    ("每年4月末止", {"kind": "yearly", "month": 4, "day": 30}),
    ("公开时限：每年1月31日前", {"kind": "yearly", "month": 1, "day": 31}),
    ("时限:每年1月31日内", {"kind": "yearly", "month": 1, "day": 31}),
    ("每年九月三十日前", {"kind": "yearly", "month": 9, "day": 30}),
])
def test_yearly_rules_exactly(text, expected):
    assert parse_deadline(text).to_dict() == expected


@pytest.mark.parametrize("text", ["每年1月32日前", "每年1月0日前", "每年0月5日前", "每年13月1日前"])
def test_yearly_dates_out_of_range_are_unparsed(text):
    assert parse_deadline(text).to_dict() == {"kind": "unparsed", "flagged": True, "note": "无法识别的公开时限，请人工核对"}


@pytest.mark.parametrize("text, expected", [
    ("每月10日前", {"kind": "periodic", "period": "month", "day": 10}),
    ("每月1日前公开", {"kind": "periodic", "period": "month", "day": 1}),
    ("每月5日以前", {"kind": "periodic", "period": "month", "day": 5}),
    ("每季度结束后15个工作日内", {"kind": "periodic", "period": "quarter", "days": 15, "day_type": "working", "event": "周期结束"}),
    ("每季结束后10日内", {"kind": "periodic", "period": "quarter", "days": 10, "day_type": "calendar", "event": "周期结束"}),
    ("每半年终了后20天内", {"kind": "periodic", "period": "half_year", "days": 20, "day_type": "calendar", "event": "周期结束"}),
    ("每月前5个工作日", {"kind": "periodic", "period": "month", "days": 5, "day_type": "working", "event": "周期开始"}),
    ("每月的前3日内", {"kind": "periodic", "period": "month", "days": 3, "day_type": "calendar", "event": "周期开始"}),
    ("每季度一次", {"kind": "periodic", "period": "quarter"}),
    ("每年度公开", {"kind": "periodic", "period": "year"}),
    ("每月一报", {"kind": "periodic", "period": "month"}),
    ("每半年更新一次", {"kind": "periodic", "period": "half_year"}),
])
def test_periodic_rules_exactly(text, expected):
    assert parse_deadline(text).to_dict() == expected


@pytest.mark.parametrize("text", ["每季度10日前", "每半年5日前", "每月10号前", "每月第三周", "每月10日前后"])
def test_periodic_forms_not_understood_are_unparsed(text):
    assert parse_deadline(text).kind == "unparsed"


@pytest.mark.parametrize("text, expected", [
    ("形成之日起20个工作日内", {"kind": "after_event", "days": 20, "day_type": "working", "event": "形成"}),
    ("变更后10日内公开", {"kind": "after_event", "days": 10, "day_type": "calendar", "event": "变更"}),
    ("信息产生之后3天内公布", {"kind": "after_event", "days": 3, "day_type": "calendar", "event": "信息产生"}),
    ("预算批复后20日内", {"kind": "after_event", "days": 20, "day_type": "calendar", "event": "预算批复"}),
    ("决算批复后20日内", {"kind": "after_event", "days": 20, "day_type": "calendar", "event": "决算批复"}),
    ("行政许可作出之日起7个工作日内", {"kind": "after_event", "days": 7, "day_type": "working", "event": "行政许可作出"}),
    ("文件印发之日起5个工作日以内向社会公开", {"kind": "after_event", "days": 5, "day_type": "working", "event": "文件印发"}),
    ("召开新闻发布会后2个工作日内在网站上公开", {"kind": "after_event", "days": 2, "day_type": "working", "event": "新闻发布会召开"}),
    ("应自项目立项时起8个工作日内公开", {"kind": "after_event", "days": 8, "day_type": "working", "event": "项目立项时"}),
    ("从相关信息审定后4个工作日内", {"kind": "after_event", "days": 4, "day_type": "working", "event": "审定"}),
    ("自20个工作日内", {"kind": "after_event", "days": 20, "day_type": "working", "event": "形成或变更",
                       "flagged": True, "note": DEFAULT_EVENT_NOTE}),
    ("20个自然日内。", {"kind": "after_event", "days": 20, "day_type": "calendar", "event": "形成或变更",
                      "flagged": True, "note": DEFAULT_EVENT_NOTE}),
    ("形成后零个工作日内", {"kind": "after_event", "days": 0, "day_type": "working", "event": "形成"}),
])
def test_after_event_rules_exactly(text, expected):
    assert parse_deadline(text).to_dict() == expected


@pytest.mark.parametrize("text", [
    "形成之日起20个工作日内视情况公开",  # trailing text that changes the meaning
    "形成之日起20个工作日内另行通知",
    "每年3月底前后10日内",  # a date inside the event
    "2024年形成后5个工作日内",
])
def test_trailing_or_dated_text_is_not_guessed(text):
    assert parse_deadline(text).kind == "unparsed"


@pytest.mark.parametrize("text, value", [
    ("零", 0), ("〇", 0), ("四", 4), ("八", 8), ("九", 9), ("一", 1), ("五", 5), ("六", 6), ("七", 7),
    ("二十五", 25), ("九十九", 99), ("一百", 100), ("两百", 200), ("三百六十六", 366), ("一百零五", 105),
    ("十二", 12), ("二二", 22), ("三〇", 30),
])
def test_chinese_numerals_exactly(text, value):
    assert chinese_to_int(text) == value


@pytest.mark.parametrize("text", ["", "二十a", "廿", "3", "第三"])
def test_not_a_numeral(text):
    assert chinese_to_int(text) is None


@pytest.mark.parametrize("text, days", [("形成后四个工作日内", 4), ("形成后八个工作日内", 8), ("形成后九天内", 9),
                                        ("形成后两百天内", 200), ("形成后一百零五天内", 105)])
def test_numerals_in_context(text, days):
    assert parse_deadline(text).days == days


def test_numerals_that_count_nothing_are_left_alone():
    # 一级 is not a count: the text stays unparsed rather than becoming "1级…".
    assert parse_deadline("一级事项统一公开").note == "无法识别的公开时限，请人工核对"


@pytest.mark.parametrize("phrase, event", [
    ("自信息形成", "形成"), ("从变更之日起", "变更"), ("于行政处罚决定作出后", "行政处罚作出"),
    ("在作出行政许可决定之日", "行政许可作出"), ("应在政策文件发布以后", "政策发布"), ("应于发布政策之后", "政策发布"),
    ("应自预算和决算批复时", "预决算批复"), ("公开事项审定", "审定"), ("政府信息核准", "核准"), ("相关信息报送", "报送"),
    ("信息登记", "登记"), ("项目完成", "项目完成"),
])
def test_canonical_events(phrase, event):
    assert canonical_event(phrase) == event


def test_empty_and_same_as_above_notes():
    assert parse_deadline(None).to_dict() == {"kind": "unparsed", "flagged": True, "note": "公开时限为空"}
    assert parse_deadline("").note == "公开时限为空"
    assert parse_deadline("同上").to_dict() == {"kind": "same_as_above", "flagged": True,
                                                "note": "“同上”但上面没有可参照的公开时限"}


def test_same_as_above_appends_to_the_previous_note_and_copies_deeply():
    previous = parse_deadline("20工作日")
    previous.subrules.append(DeadlineRule(kind="yearly", month=1, day=31))
    rule = parse_deadline("同上。", previous=previous)
    assert rule.note == DEFAULT_EVENT_NOTE + "；同上"
    assert previous.note == DEFAULT_EVENT_NOTE
    rule.subrules[0].day = 1
    assert previous.subrules[0].day == 31
    plain = parse_deadline("同上一项", previous=parse_deadline("形成之日起5个工作日内"))
    assert plain.note == "同上" and plain.days == 5


def test_immediate_exactly():
    assert parse_deadline("及时公开").to_dict() == {"kind": "immediate", "days": 20, "day_type": "working",
                                                    "event": "形成或变更", "flagged": True, "note": IMMEDIATE_NOTE}
    assert parse_deadline("实时更新3次").kind == "unparsed"  # a number with 实时 is not the default


def test_sub_clauses_with_and_without_a_scope():
    rule = parse_deadline("形成之日起20个工作日内。但每年1月31日前")
    assert rule.subrules == [DeadlineRule(kind="yearly", month=1, day=31, scope="")]
    rule = parse_deadline("形成之日起20个工作日内；其中，每月10日前")
    assert rule.subrules[0].to_dict() == {"kind": "periodic", "period": "month", "day": 10}
    rule = parse_deadline("形成之日起20个工作日内；其中重大事项须自决定作出之日起3个工作日内公开")
    assert rule.subrules[0].to_dict() == {"kind": "after_event", "days": 3, "day_type": "working",
                                          "event": "行政决定作出", "scope": "重大事项"}
    assert not rule.flagged and rule.note == ""
