"""Table 三 and 四 calculators: known answers, bad input, and the identities on random data."""
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zwgk.annualreport import tables
from zwgk.annualreport.tables import classify, review_column, table3_from_flows, table4_from_counts

D = dt.date


def test_classify_follows_the_year_boundaries():
    assert classify(D(2025, 3, 1), None, 2025) == ("new", False)
    assert classify(D(2025, 3, 1), D(2025, 12, 31), 2025) == ("new", True)
    assert classify(D(2025, 12, 31), D(2026, 1, 2), 2025) == ("new", False)
    assert classify(D(2024, 12, 20), D(2025, 1, 1), 2025) == ("carried_in", True)
    assert classify(D(2024, 12, 20), None, 2025) == ("carried_in", False)
    assert classify(D(2024, 12, 20), D(2024, 12, 31), 2025) is None  # closed before 1 January
    assert classify(D(2026, 1, 1), None, 2025) is None  # received after the year
    assert classify(None, None, 2025) is None  # 待确认: not received yet


def test_rows_come_in_the_official_order_with_exact_labels():
    table = table3_from_flows({})
    assert [r.code for r in table.rows][:3] == ["new", "carried_in", "disclosed"]
    assert [r.code for r in table.rows][-2:] == ["total", "carried_out"]
    assert len(table.rows) == 25
    assert table.row("partly_disclosed").label == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    assert table.row("carried_out").label == "四、结转下年度继续办理"
    assert table.to_json()["columns"] == ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


def test_flows_fill_entry_outcome_total_and_carried_out():
    table = table3_from_flows({
        ("new", "disclosed", "natural_person"): 5,
        ("new", "carried_out", "enterprise"): 2,
        ("carried_in", "withheld.third_party", "legal_services"): 1,
        ("carried_in", "other.fee_unpaid", "natural_person"): 3,
    })
    assert table.row("new").values == (5, 2, 0, 0, 0, 0, 7)
    assert table.row("carried_in").values == (3, 0, 0, 0, 1, 0, 4)
    assert table.row("disclosed").values == (5, 0, 0, 0, 0, 0, 5)
    assert table.row("withheld.third_party").values == (0, 0, 0, 0, 1, 0, 1)
    assert table.row("other.fee_unpaid").values == (3, 0, 0, 0, 0, 0, 3)
    assert table.row("total").values == (8, 0, 0, 0, 1, 0, 9)
    assert table.row("carried_out").values == (0, 2, 0, 0, 0, 0, 2)


@pytest.mark.parametrize("key, message", [
    (("old", "disclosed", "natural_person"), "未知的来源"),
    (("new", "approved", "natural_person"), "未知的办理结果代码"),
    (("new", "disclosed", "alien"), "未知的申请人类型"),
])
def test_unknown_codes_are_refused_by_name(key, message):
    with pytest.raises(tables.TableInputError, match=message):
        table3_from_flows({key: 1})


def test_negative_counts_are_refused():
    with pytest.raises(tables.TableInputError, match="负数"):
        table3_from_flows({("new", "disclosed", "natural_person"): -1})


def test_review_cases_belong_to_the_years_they_are_open_in():
    assert review_column(D(2025, 3, 1), D(2025, 6, 1), "upheld", 2025) == "upheld"
    assert review_column(D(2025, 3, 1), D(2026, 2, 1), "corrected", 2025) == "pending"
    assert review_column(D(2025, 3, 1), D(2026, 2, 1), "corrected", 2026) == "corrected"
    assert review_column(D(2025, 3, 1), None, "pending", 2026) == "pending"
    assert review_column(D(2024, 3, 1), D(2024, 9, 1), "upheld", 2025) is None
    assert review_column(D(2026, 1, 5), None, "pending", 2025) is None


def test_table4_totals_each_group():
    t4 = table4_from_counts({("reconsideration", "upheld"): 3, ("reconsideration", "pending"): 1,
                             ("litigation_direct", "corrected"): 2})
    assert t4["reconsideration"] == {"upheld": 3, "corrected": 0, "other": 0, "pending": 1, "total": 4}
    assert t4["litigation_direct"]["total"] == 2
    assert t4["litigation_after_reconsideration"]["total"] == 0
    with pytest.raises(tables.TableInputError):
        table4_from_counts({("appeal", "upheld"): 1})


def test_amounts_are_written_without_trailing_zeros():
    from decimal import Decimal

    assert tables.format_amount(Decimal("0.5700")) == "0.57"
    assert tables.format_amount(Decimal("12.0000")) == "12"
    assert tables.format_amount(Decimal("0")) == "0"


# --------------------------------------------------------------------------- identities on random data

dates = st.dates(min_value=D(2022, 1, 1), max_value=D(2027, 12, 31))
applications = st.lists(
    st.tuples(
        st.one_of(st.none(), dates),
        st.one_of(st.none(), st.integers(min_value=0, max_value=900)),
        st.sampled_from(tables.OUTCOME_CODES),
        st.sampled_from(tables.APPLICANT_CODES),
    ),
    max_size=80,
)


def flows_for(apps, year):
    flows = {}
    counted = 0
    for received, days_open, outcome, applicant in apps:
        closed = None if received is None or days_open is None else received + dt.timedelta(days=days_open)
        place = classify(received, closed, year)
        if place is None:
            continue
        counted += 1
        entry, closed_in_year = place
        key = (entry, outcome if closed_in_year else "carried_out", applicant)
        flows[key] = flows.get(key, 0) + 1
    return flows, counted


@settings(max_examples=200, deadline=None)
@given(applications, st.integers(min_value=2023, max_value=2026))
def test_identities_hold_on_any_applications(apps, year):
    flows, counted = flows_for(apps, year)
    table = table3_from_flows(flows)
    rows = {r.code: r.values for r in table.rows}
    for c in range(7):
        assert rows["new"][c] + rows["carried_in"][c] == rows["total"][c] + rows["carried_out"][c]
        assert rows["total"][c] == sum(rows[code][c] for code in tables.OUTCOME_CODES)
    for values in rows.values():
        assert values[6] == sum(values[:6])
    # Each application counted once: once on entry, once on exit.
    assert rows["new"][6] + rows["carried_in"][6] == counted


@settings(max_examples=100, deadline=None)
@given(applications, st.integers(min_value=2023, max_value=2026))
def test_this_years_carried_out_is_next_years_carried_in(apps, year):
    this = table3_from_flows(flows_for(apps, year)[0])
    following = table3_from_flows(flows_for(apps, year + 1)[0])
    assert this.row("carried_out").values == following.row("carried_in").values
