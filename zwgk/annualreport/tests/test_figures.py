"""The report's figures from hand-built data with known answers (and the SQL agrees with `classify`)."""
import datetime as dt
import random
from decimal import Decimal

import pytest

from zwgk.annualreport import figures, tables
from zwgk.annualreport.tests.conftest import make_application, make_case, make_record
from zwgk.records.models import Record

D = dt.date
pytestmark = pytest.mark.django_db


def test_carry_over_across_two_years(world):
    agency = world["agency"]
    make_application(agency, D(2024, 11, 3), D(2024, 12, 1), "disclosed")        # closed in 2024: in no 2025 table
    make_application(agency, D(2024, 12, 20), D(2025, 1, 8), "partly_disclosed")  # carried into 2025, closed there
    make_application(agency, D(2024, 12, 28), None, applicant_type="enterprise")  # carried through 2025 into 2026
    make_application(agency, D(2025, 3, 1), D(2025, 3, 20), "disclosed")
    make_application(agency, D(2025, 12, 30), D(2026, 1, 6), "unavailable.not_held", applicant_type="research")
    make_application(agency, None)                                               # 待确认: not counted
    t2024 = figures.collect(agency, 2024).table3
    assert t2024.value("new") == 3 and t2024.value("carried_in") == 0
    assert t2024.value("disclosed") == 1 and t2024.value("total") == 1 and t2024.value("carried_out") == 2
    t2025 = figures.collect(agency, 2025).table3
    assert t2025.row("carried_in").values == t2024.row("carried_out").values == (1, 1, 0, 0, 0, 0, 2)
    assert t2025.row("new").values == (1, 0, 1, 0, 0, 0, 2)
    assert t2025.value("disclosed") == 1 and t2025.value("partly_disclosed") == 1 and t2025.value("total") == 2
    assert t2025.row("carried_out").values == (0, 1, 1, 0, 0, 0, 2)
    t2026 = figures.collect(agency, 2026).table3
    assert t2026.row("carried_in").values == t2025.row("carried_out").values
    assert t2026.row("unavailable.not_held").values == (0, 0, 1, 0, 0, 0, 1)
    assert t2026.value("carried_out") == 1


def test_every_outcome_row_counts_its_own_applications(world):
    agency = world["agency"]
    for i, code in enumerate(tables.OUTCOME_CODES):
        applicant = tables.APPLICANT_CODES[i % 6]
        for _ in range(i + 1):  # a different count for every row, so no two rows can be swapped unnoticed
            make_application(agency, D(2025, 2, 1), D(2025, 4, 1), code, applicant_type=applicant)
    table = figures.collect(agency, 2025).table3
    for i, code in enumerate(tables.OUTCOME_CODES):
        expected = [0] * 6
        expected[i % 6] = i + 1
        assert table.row(code).values == (*expected, i + 1), code
    n = sum(range(1, len(tables.OUTCOME_CODES) + 1))
    assert table.value("new") == table.value("total") == n and table.value("carried_out") == 0


def test_a_closed_application_without_outcome_still_leaves_the_year(world):
    agency = world["agency"]
    make_application(agency, D(2025, 2, 1), D(2025, 2, 9), "")
    fig = figures.collect(agency, 2025)
    assert fig.closed_without_outcome == 1 and fig.table3.value("other.other") == 1


def test_other_agencies_are_not_counted(world, other_agency):
    make_application(other_agency, D(2025, 2, 1), D(2025, 2, 9), "disclosed")
    make_case(other_agency, "reconsideration", D(2025, 3, 1))
    fig = figures.collect(world["agency"], 2025)
    assert fig.table3.value("new") == 0 and fig.table4["reconsideration"]["total"] == 0


def test_table4_from_the_cases(world):
    agency = world["agency"]
    make_case(agency, "reconsideration", D(2025, 2, 1), D(2025, 5, 1), "upheld")
    make_case(agency, "reconsideration", D(2025, 2, 1), D(2025, 6, 1), "corrected")
    make_case(agency, "reconsideration", D(2025, 11, 1))                               # pending at year end
    make_case(agency, "reconsideration", D(2025, 11, 1), D(2026, 2, 1), "upheld")      # decided next year
    make_case(agency, "litigation_direct", D(2024, 10, 1), D(2025, 3, 1), "other")     # carried in, decided
    make_case(agency, "litigation_direct", D(2024, 5, 1), D(2024, 8, 1), "upheld")     # done before 2025
    make_case(agency, "litigation_after_reconsideration", D(2025, 4, 1), D(2025, 9, 1), "corrected")
    t4 = figures.collect(agency, 2025).table4
    assert t4["reconsideration"] == {"upheld": 1, "corrected": 1, "other": 0, "pending": 2, "total": 4}
    assert t4["litigation_direct"] == {"upheld": 0, "corrected": 0, "other": 1, "pending": 0, "total": 1}
    assert t4["litigation_after_reconsideration"]["corrected"] == 1
    assert figures.collect(agency, 2026).table4["reconsideration"]["upheld"] == 1


def test_table2_counts_rules_and_normative_documents_by_genre_and_validity_dates(world):
    agency, docs = world["agency"], world["docs"]
    make_record(agency, docs, formed_on=D(2025, 3, 1), genre="规章")
    make_record(agency, docs, formed_on=D(2019, 3, 1), genre="规章")
    make_record(agency, docs, formed_on=D(2018, 3, 1), genre="规章", validity="废止", valid_until=D(2025, 6, 30))
    make_record(agency, docs, formed_on=D(2025, 5, 1), genre="行政规范性文件")
    make_record(agency, docs, formed_on=D(2021, 5, 1), genre="规范性文件", validity="失效", valid_until=D(2024, 12, 31))
    make_record(agency, docs, formed_on=D(2022, 5, 1), genre="行政规范性文件", validity="废止", valid_until=D(2026, 1, 31))
    make_record(agency, docs, formed_on=D(2026, 1, 5), genre="行政规范性文件")       # after the year
    make_record(agency, docs, formed_on=D(2025, 7, 1), genre="行政规范性文件", state=Record.State.DRAFT)
    make_record(agency, docs, formed_on=D(2025, 7, 1), genre="通知")
    t2 = figures.collect(agency, 2025).table2
    assert t2.rules == tables.DocumentCounts(made=1, repealed=1, in_force=2)
    # 2022's document is repealed only in 2026: still in force at the end of 2025.
    assert t2.normative_documents == tables.DocumentCounts(made=1, repealed=0, in_force=2)


def test_table2_decisions_from_matching_items_with_a_manual_override(world):
    agency = world["agency"]
    for _ in range(3):
        make_record(agency, world["licensing"], formed_on=D(2025, 4, 1))
    make_record(agency, world["licensing"], formed_on=D(2024, 4, 1))
    make_record(agency, world["penalty"], formed_on=D(2025, 8, 1))
    fig = figures.collect(agency, 2025, overrides={"enforcement": 7}, fees_10k_yuan=Decimal("0.57"))
    t2 = fig.table2
    assert (t2.licensing.value, t2.licensing.overridden) == (3, False)
    assert (t2.penalty.value, t2.enforcement.computed, t2.enforcement.value) == (1, 0, 7)
    assert t2.to_json()["enforcement"] == {"value": 7, "computed": 0, "source": "manual"}
    assert t2.to_json()["fees_10k_yuan"] == "0.57"
    assert fig.decision_items["penalty"] == ["行政处罚结果公开"]


def test_fees_collected_in_the_year(world):
    agency = world["agency"]
    make_application(agency, D(2025, 2, 1), D(2025, 3, 1), "disclosed", fee_amount=Decimal("100.00"), fee_paid_on=D(2025, 2, 20))
    make_application(agency, D(2025, 2, 1), D(2025, 3, 1), "disclosed", fee_amount=Decimal("300.50"), fee_paid_on=D(2025, 2, 21))
    make_application(agency, D(2024, 2, 1), D(2024, 3, 1), "disclosed", fee_amount=Decimal("50"), fee_paid_on=D(2024, 2, 21))
    make_application(agency, D(2025, 2, 1), D(2025, 3, 1), "other.fee_unpaid", fee_amount=Decimal("80"))
    fig = figures.collect(agency, 2025)
    assert (fig.fee_yuan, fig.fee_applications) == (Decimal("400.50"), 2)


def test_the_grouped_query_agrees_with_classify_on_random_applications(world):
    agency = world["agency"]
    rng = random.Random(11)
    apps = []
    for _ in range(150):
        received = None if rng.random() < 0.1 else D(2023, 1, 1) + dt.timedelta(days=rng.randrange(1200))
        closed = None if received is None or rng.random() < 0.3 else received + dt.timedelta(days=rng.randrange(60))
        outcome = rng.choice(tables.OUTCOME_CODES) if closed else ""
        applicant = rng.choice(tables.APPLICANT_CODES)
        make_application(agency, received, closed, outcome, applicant_type=applicant)
        apps.append((received, closed, outcome, applicant))
    for year in (2023, 2024, 2025, 2026):
        flows = {}
        for received, closed, outcome, applicant in apps:
            place = tables.classify(received, closed, year)
            if place:
                key = (place[0], outcome if place[1] else "carried_out", applicant)
                flows[key] = flows.get(key, 0) + 1
        assert figures.collect(agency, year).table3 == tables.table3_from_flows(flows), year


def test_the_report_indexes_survive_every_migration():
    """A later migration that rebuilds records_record on SQLite would drop them silently."""
    import importlib

    from django.db import connection

    indexes = importlib.import_module("zwgk.annualreport.migrations.0002_report_indexes").INDEXES
    with connection.cursor() as cursor:
        present = set(connection.introspection.get_constraints(cursor, "records_record"))
        present |= set(connection.introspection.get_constraints(cursor, "applications_application"))
    assert set(indexes) <= present
