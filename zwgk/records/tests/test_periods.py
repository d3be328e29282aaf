"""Reporting periods (pure): reading, naming, defaults and ends."""
import datetime

import pytest

from zwgk.catalog.formats.structure import DeadlineRule
from zwgk.records.periods import (
    Period, PeriodError, default_period, effective_period, granularity, parse_period, period_label,
)

D = datetime.date


@pytest.mark.parametrize("text, code", [
    ("2024", "2024"), ("2024年", "2024"), ("2024年度", "2024"), (2024, "2024"), (2024.0, "2024"),
    ("2024Q1", "2024Q1"), ("2024-q3", "2024Q3"), ("2024年第一季度", "2024Q1"), ("2024年第4季度", "2024Q4"), ("2024年二季度", "2024Q2"),
    ("2024H2", "2024H2"), ("2024年上半年", "2024H1"), ("2024年下半年", "2024H2"),
    ("2024-03", "2024-03"), ("2024-3", "2024-03"), ("2024年12月", "2024-12"), ("2024.11", "2024-11"),
])
def test_every_written_form_reads_to_one_code(text, code):
    assert parse_period(text).code == code


@pytest.mark.parametrize("text", ["", "24", "2024Q5", "2024年第五季度", "2024-13", "2024-00", "上半年", "1800", "二〇二四"])
def test_unreadable_periods_are_refused_with_a_chinese_message(text):
    with pytest.raises(PeriodError, match="报告期|月份|年份"):
        parse_period(text)


def test_a_period_of_the_wrong_kind_names_the_expected_form():
    with pytest.raises(PeriodError, match="按季度公开.*2024年第1季度"):
        parse_period("2024", "quarter")
    assert parse_period("2024年第2季度", "quarter").code == "2024Q2"


@pytest.mark.parametrize("code, label, start, end", [
    ("2024", "2024年度", D(2024, 1, 1), D(2024, 12, 31)),
    ("2024H1", "2024年上半年", D(2024, 1, 1), D(2024, 6, 30)),
    ("2024H2", "2024年下半年", D(2024, 7, 1), D(2024, 12, 31)),
    ("2024Q1", "2024年第1季度", D(2024, 1, 1), D(2024, 3, 31)),
    ("2024Q4", "2024年第4季度", D(2024, 10, 1), D(2024, 12, 31)),
    ("2024-02", "2024年2月", D(2024, 2, 1), D(2024, 2, 29)),
    ("2023-02", "2023年2月", D(2023, 2, 1), D(2023, 2, 28)),
])
def test_labels_starts_and_ends(code, label, start, end):
    period = parse_period(code)
    assert (period.label, period.start, period.end) == (label, start, end)
    assert period_label(code) == label


@pytest.mark.parametrize("kind, formed, code", [
    ("year", D(2025, 1, 1), "2024"), ("year", D(2025, 6, 30), "2024"), ("year", D(2025, 7, 1), "2025"),
    ("year", D(2025, 12, 31), "2025"),
    ("quarter", D(2025, 4, 10), "2025Q1"), ("quarter", D(2025, 1, 5), "2024Q4"), ("quarter", D(2025, 3, 31), "2024Q4"),
    ("month", D(2025, 1, 3), "2024-12"), ("month", D(2025, 3, 31), "2025-02"),
    ("half_year", D(2025, 7, 3), "2025H1"), ("half_year", D(2025, 2, 3), "2024H2"),
])
def test_the_default_is_the_period_that_ended_before_the_record_was_formed(kind, formed, code):
    assert default_period(kind, formed).code == code


def test_the_rule_decides_the_kind_of_period():
    assert granularity(DeadlineRule(kind="yearly", month=1, day=31)) == "year"
    assert granularity(DeadlineRule(kind="periodic", period="quarter")) == "quarter"
    assert granularity(DeadlineRule(kind="after_event", days=20)) is None
    assert granularity(DeadlineRule(kind="periodic", period=None)) is None


def test_a_stored_period_of_another_kind_falls_back_to_the_default():
    quarterly = DeadlineRule(kind="periodic", period="quarter")
    assert effective_period(quarterly, "2024Q3", D(2025, 5, 1)) == Period("quarter", 2024, 3)
    assert effective_period(quarterly, "2024", D(2025, 5, 1)) == Period("quarter", 2025, 1)
    assert effective_period(DeadlineRule(kind="after_event", days=5), "2024", D(2025, 5, 1)) is None


def test_previous_crosses_the_year():
    assert Period("quarter", 2025, 1).previous() == Period("quarter", 2024, 4)
    assert Period("month", 2025, 1).previous() == Period("month", 2024, 12)
    assert Period("half_year", 2025, 2).previous() == Period("half_year", 2025, 1)
    assert Period("year", 2025).previous() == Period("year", 2024)
