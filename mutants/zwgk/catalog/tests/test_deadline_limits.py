"""rule_problems: the limits a saved deadline rule must respect (pure, no Django)."""
import pytest

from zwgk.catalog.formats.deadline import MAX_DAYS, rule_problems
from zwgk.catalog.formats.structure import DeadlineRule


@pytest.mark.parametrize("rule, message", [
    (DeadlineRule(kind="after_event", days=367, day_type="working"), "公开时限的天数 367 超出范围：最多 366 个工作日或自然日"),
    (DeadlineRule(kind="after_event", days=-1, day_type="calendar"), "公开时限的天数 -1 超出范围：最多 366 个工作日或自然日"),
    (DeadlineRule(kind="yearly", month=13, day=1), "公开时限的月份 13 应为 1～12"),
    (DeadlineRule(kind="yearly", month=0, day=1), "公开时限的月份 0 应为 1～12"),
    (DeadlineRule(kind="periodic", period="month", day=32), "公开时限的日期 32 应为 1～31"),
    (DeadlineRule(kind="periodic", period="month", day=0), "公开时限的日期 0 应为 1～31"),
    (DeadlineRule(kind="after_event", days=5, subrules=[DeadlineRule(kind="after_event", days=10**12)]),
     "公开时限的第1个附加时限的天数 1000000000000 超出范围：最多 366 个工作日或自然日"),
])
def test_rule_problems_name_the_field_and_the_limit(rule, message):
    assert rule_problems(rule) == [message]


@pytest.mark.parametrize("rule", [
    DeadlineRule(kind="after_event", days=MAX_DAYS, day_type="calendar"),
    DeadlineRule(kind="after_event", days=0, day_type="working"),
    DeadlineRule(kind="yearly", month=12, day=31),
    DeadlineRule(kind="yearly", month=1, day=1),
    DeadlineRule(kind="unparsed"),
])
def test_rules_at_the_limits_are_fine(rule):
    assert rule_problems(rule) == []
