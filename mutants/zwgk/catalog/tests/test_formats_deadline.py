"""公开时限 texts -> machine-checkable rules."""
from pathlib import Path

import pytest

from zwgk.catalog.formats import parse_file
from zwgk.catalog.formats.deadline import chinese_to_int, parse_deadline
from zwgk.catalog.formats.structure import DeadlineRule

SEED = Path(__file__).resolve().parents[1] / "seeds" / "yinchuan-rsj-2020.txt"

# name -> (days, event) for every seed row; the 年报 is the one yearly rule.
SEED_RULES = {
    "机构信息": (20, "形成或变更"), "领导信息": (20, "形成或变更"), "内设机构": (20, "形成或变更"),
    "直属单位": (20, "形成或变更"), "政府信息公开指南": (20, "形成或变更"),
    "政策法规": (5, "文件发布或变更"), "部门文件": (5, "文件印发"), "政策解读": (3, "政策发布"),
    "新闻发布会": (3, "新闻发布会召开"), "人社动态": (3, "形成或变更"), "权责清单": (20, "形成或变更"),
    "行政职权事中事后监管清单": (20, "形成或变更"), "责任清单": (20, "形成或变更"),
    "行政处罚结果公开": (7, "行政处罚作出"), "财务管理": (20, "预决算批复"),
    "就业创业工作": (20, "形成或变更"), "社会保障工作": (20, "形成或变更"), "人事人才工作": (20, "形成或变更"),
    "劳动监察仲裁工作": (20, "形成或变更"), "脱贫攻坚工作": (20, "形成或变更"), "法治工作": (20, "形成或变更"),
    "双随机一公开": (20, "形成或变更"), "规划计划工作总结": (20, "形成或变更"), "建议提案办理": (20, "形成或变更"),
    "回应关切（热点回应、电视问政、网民留言、“领导信箱”办理等）": (5, "信息产生"),
    "公共服务事项清单": (20, "形成或变更"),
}


@pytest.fixture(scope="module")
def seed_items():
    return {i.name: i for i in parse_file(SEED).catalog.items}


def test_all_27_seed_deadlines_parse(seed_items):
    assert len(seed_items) == 27
    for name, item in seed_items.items():
        rule = item.deadline_rule
        if name == "政府信息公开年报":
            assert (rule.kind, rule.month, rule.day) == ("yearly", 1, 31)
            continue
        assert (rule.kind, rule.days, rule.day_type, rule.event) == ("after_event", *SEED_RULES[name][:1], "working",
                                                                      SEED_RULES[name][1]), name
        assert not rule.flagged


@pytest.mark.parametrize("text, days, event", [
    ("形成或变 更之日起 20个工作 日内", 20, "形成或变更"),
    ("文件发布 或变更之 日起5个工 作日内公 开", 5, "文件发布或变更"),
    ("自信息形成或者变更之日起二十个工作日内予以公开", 20, "形成或变更"),
    ("公开事项信息形成或变更之日起２０个工作日内公开", 20, "形成或变更"),
    ("行政处罚作出后 7 个工作日内公开", 7, "行政处罚作出"),
    ("作出行政决定之日起七个工作日内公示", 7, "行政决定作出"),
    ("信息产生5个工作日内公开", 5, "信息产生"),
])
def test_working_days_after_an_event(text, days, event):
    rule = parse_deadline(text)
    assert (rule.kind, rule.days, rule.day_type, rule.event) == ("after_event", days, "working", event)


@pytest.mark.parametrize("text", ["文件印发后15日内公开", "政策发布后10天内", "信息形成之日起30个自然日内"])
def test_plain_days_are_calendar_days(text):
    rule = parse_deadline(text)
    assert rule.kind == "after_event" and rule.day_type == "calendar"


def test_yearly_date():
    rule = parse_deadline("每年1月31日前公开")
    assert (rule.kind, rule.month, rule.day) == ("yearly", 1, 31)
    assert parse_deadline("每年13月40日前").kind == "unparsed"


@pytest.mark.parametrize("text, period, days", [
    ("每月", "month", None), ("每季度公开", "quarter", None), ("每半年公开一次", "half_year", None),
    ("每年", "year", None), ("每季度结束后15日内", "quarter", 15), ("每月前10个工作日内", "month", 10),
])
def test_periodic(text, period, days):
    rule = parse_deadline(text)
    assert (rule.kind, rule.period, rule.days) == ("periodic", period, days)


@pytest.mark.parametrize("text", ["实时公开", "及时公开", "即时更新"])
def test_immediate_is_flagged_with_the_article_26_default(text):
    rule = parse_deadline(text)
    assert (rule.kind, rule.days, rule.day_type, rule.flagged) == ("immediate", 20, "working", True)
    assert "第二十六条" in rule.note


def test_same_as_above_copies_the_previous_rule():
    previous = parse_deadline("文件印发后5个工作日内公开")
    rule = parse_deadline("同上", previous=previous)
    assert (rule.kind, rule.days, rule.event) == ("after_event", 5, "文件印发")
    assert rule is not previous


def test_same_as_above_without_a_previous_rule_is_flagged():
    rule = parse_deadline("同上")
    assert rule.kind == "same_as_above" and rule.flagged


def test_compound_text_keeps_the_main_rule_and_a_scoped_subrule():
    rule = parse_deadline("信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示")
    assert (rule.kind, rule.days, rule.event) == ("after_event", 20, "形成")
    [sub] = rule.subrules
    assert (sub.kind, sub.days, sub.day_type, sub.event, sub.scope) == (
        "after_event", 7, "working", "行政决定作出", "行政许可、行政处罚事项")
    again = DeadlineRule.from_dict(rule.to_dict())
    assert again == rule


def test_a_compound_clause_that_cannot_be_read_flags_the_rule():
    rule = parse_deadline("信息形成或变更之日起20个工作日内公开；特殊情况另行处理")
    assert rule.days == 20 and rule.flagged and "特殊情况另行处理" in rule.note


def test_a_count_without_an_event_uses_the_default_event_and_is_flagged():
    rule = parse_deadline("20工作日")
    assert (rule.kind, rule.days, rule.day_type, rule.event, rule.flagged) == ("after_event", 20, "working", "形成或变更", True)


@pytest.mark.parametrize("text, month, day", [("每年3月底前", 3, 31), ("每年6月末前公开", 6, 30), ("每年2月底以前", 2, 29)])
def test_a_yearly_end_of_month_is_that_months_last_day(text, month, day):
    assert parse_deadline(text).to_dict() == {"kind": "yearly", "month": month, "day": day}


@pytest.mark.parametrize("text", ["长期公开", "", "   ", "形成后3个月内", "每年第一季度", "每年13月底前", "按上级要求",
                                  "随到随办20"])
def test_anything_else_is_unparsed_and_flagged_never_guessed(text):
    rule = parse_deadline(text)
    assert rule.kind == "unparsed" and rule.flagged and rule.days is None


@pytest.mark.parametrize("text, value", [("二十", 20), ("十五", 15), ("三", 3), ("十", 10), ("一百二十", 120), ("两", 2)])
def test_chinese_numerals(text, value):
    assert chinese_to_int(text) == value


def test_rule_dict_round_trip_keeps_zero_days():
    rule = DeadlineRule(kind="after_event", days=0, day_type="calendar", event="形成或变更")
    assert DeadlineRule.from_dict(rule.to_dict()) == rule
