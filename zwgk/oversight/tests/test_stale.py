"""Stale obligations, especially the 年报 around 31 January."""
import datetime

import pytest

from zwgk.oversight.stale import Period, last_due_period, stale_obligations

D = datetime.date


def kinds(agency, today, **kw):
    return {(s.kind, s.item.name if s.item else s.column, s.period.code if s.period else "") for s in stale_obligations(agency, today, **kw)}


@pytest.fixture
def quiet(world, make_record):
    """Every item has something recent, so only what a test changes is stale."""
    make_record(world.event, D(2026, 1, 5), D(2026, 1, 6))
    make_record(world.quarterly, D(2026, 1, 10), D(2026, 1, 12))  # formed in Q1 2026: covers 2025Q4 by default
    return world


def test_the_2025_report_is_due_on_31_january_and_stale_from_1_february(quiet, make_record):
    make_record(quiet.report, D(2025, 1, 20), D(2025, 1, 21))  # the 2024 report
    assert ("yearly", "政府信息公开年报", "2025") not in kinds(quiet.agency, D(2026, 1, 31))
    assert ("yearly", "政府信息公开年报", "2025") in kinds(quiet.agency, D(2026, 2, 1))


def test_a_report_published_by_31_january_fulfils_its_year(quiet, make_record):
    make_record(quiet.report, D(2026, 1, 20), D(2026, 1, 30))
    assert not any(k[0] == "yearly" for k in kinds(quiet.agency, D(2026, 2, 1)))


def test_a_late_report_still_fulfils_its_year_once_published(quiet, make_record):
    make_record(quiet.report, D(2026, 2, 3), D(2026, 2, 4))
    assert ("yearly", "政府信息公开年报", "2025") in kinds(quiet.agency, D(2026, 2, 3))
    assert not any(k[0] == "yearly" for k in kinds(quiet.agency, D(2026, 2, 5)))


def test_last_year_report_does_not_fulfil_this_year(quiet, make_record):
    make_record(quiet.report, D(2024, 12, 30), D(2025, 1, 10))  # formed in 2024: the 2024 report
    assert ("yearly", "政府信息公开年报", "2025") in kinds(quiet.agency, D(2026, 2, 1))
    # …but in February 2025 it covered 2024.
    assert not any(k[0] == "yearly" for k in kinds(quiet.agency, D(2025, 2, 1)))


def test_an_unpublished_draft_does_not_fulfil_anything(quiet, make_record):
    make_record(quiet.report, D(2026, 1, 20))
    assert ("yearly", "政府信息公开年报", "2025") in kinds(quiet.agency, D(2026, 2, 1))


def test_the_last_due_period_of_a_yearly_rule_turns_over_after_its_day(world):
    rule = world.report.rule
    assert last_due_period(rule, D(2026, 1, 31), None) == (Period("year", 2024), D(2025, 1, 31))
    assert last_due_period(rule, D(2026, 2, 1), None) == (Period("year", 2025), D(2026, 1, 31))
    assert last_due_period(rule, D(2025, 12, 31), None) == (Period("year", 2024), D(2025, 1, 31))


def test_a_quarter_is_stale_once_its_deadline_passed(world, make_record):
    from zwgk.holidays.services import calendar_for

    cal = calendar_for(world.agency)
    period, due = last_due_period(world.quarterly.rule, D(2026, 1, 15), cal)
    assert period == Period("quarter", 2025, 3)  # 2025Q4's 20 working days are still running
    period, due = last_due_period(world.quarterly.rule, D(2026, 2, 27), cal)
    assert period == Period("quarter", 2025, 4) and due < D(2026, 2, 27)
    make_record(world.quarterly, D(2025, 10, 9), D(2025, 10, 10))  # covers 2025Q3 (formed in Q4)
    assert ("periodic", "统计数据", "2025Q4") in kinds(world.agency, D(2026, 2, 27))
    assert not any(k[0] == "periodic" for k in kinds(world.agency, D(2026, 1, 15)))


def test_items_never_published_and_quiet_columns(world, make_record):
    found = kinds(world.agency, D(2025, 6, 1), days=180)
    assert ("no_record", "行政处罚结果", "") in found
    assert ("column", "门户网站 › 行政执法", "") in found
    assert not any(k[1] == "依申请公开目录" for k in found)  # 依申请 only: nothing to publish proactively
    make_record(world.event, D(2025, 1, 2), D(2025, 1, 3))
    found = kinds(world.agency, D(2025, 6, 1), days=180)
    assert ("no_record", "行政处罚结果", "") not in found and ("column", "门户网站 › 行政执法", "") not in found
    assert ("column", "门户网站 › 行政执法", "") in kinds(world.agency, D(2025, 8, 1), days=180)
    assert ("column", "门户网站 › 行政执法", "") not in kinds(world.agency, D(2025, 8, 1), days=365)


def test_another_agency_records_do_not_count(world, make_record):
    make_record(world.other_item, D(2025, 1, 2), D(2025, 1, 3), unit=None)
    assert ("no_record", "行政处罚结果", "") in kinds(world.agency, D(2025, 6, 1))


def test_a_stored_period_decides_over_the_formed_date(quiet, make_record):
    # Formed in 2024, but stored as the 2025 report: it fulfils 2025.
    make_record(quiet.report, D(2024, 3, 1), D(2026, 1, 20), period="2025")
    assert not any(k[0] == "yearly" for k in kinds(quiet.agency, D(2026, 2, 1)))


def test_a_record_stored_for_another_period_does_not_cover_this_one(quiet, make_record):
    # Formed in the 2025 window, but stored as the 2024 report: 2025 is still missing.
    make_record(quiet.report, D(2026, 1, 10), D(2026, 1, 20), period="2024")
    assert ("yearly", "政府信息公开年报", "2025") in kinds(quiet.agency, D(2026, 2, 1))


def test_covered_items_counts_only_what_was_public_on_the_day(quiet, make_record):
    from zwgk.oversight.stale import covered_items

    make_record(quiet.report, D(2026, 1, 10), D(2026, 2, 3), period="2025")
    make_record(quiet.quarterly, D(2025, 12, 1), D(2026, 2, 3), period="2025Q2")
    periods = {quiet.report.pk: Period("year", 2025), quiet.quarterly.pk: Period("quarter", 2025, 2)}
    assert covered_items(periods, D(2026, 2, 2)) == set()
    assert covered_items(periods, D(2026, 2, 3)) == {quiet.report.pk, quiet.quarterly.pk}
    assert covered_items({quiet.quarterly.pk: Period("quarter", 2025, 3)}, D(2026, 2, 3)) == set()
    # the fixture's record without a stored period, formed in 2026Q1, covers 2025Q4 by its date
    assert covered_items({quiet.quarterly.pk: Period("quarter", 2025, 4)}, D(2026, 2, 3)) == {quiet.quarterly.pk}
