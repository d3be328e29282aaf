import datetime

import pytest

from zwgk.records import services
from zwgk.records.models import Record


def test_the_default_format_is_credit_code_year_and_five_digit_serial(agency):
    assert services.next_index_number(agency, 2025) == ("11640100MB1234567X/2025-00001", 1)
    assert services.next_index_number(agency, 2025) == ("11640100MB1234567X/2025-00002", 2)


def test_serials_restart_each_year_and_are_separate_per_agency(agency, other_agency):
    services.next_index_number(agency, 2025)
    assert services.next_index_number(agency, 2026)[1] == 1
    assert services.next_index_number(other_agency, 2025) == ("11640200MB7654321Y/2025-00001", 1)


@pytest.mark.parametrize("fmt, kwargs, expected", [
    ("{code}/{year}{month:02d}-{serial:05d}", {"month": 10}, "11640100MB1234567X/202510-00001"),
    ("{code}/{year}-{serial:05d}", {}, "11640100MB1234567X/2025-00001"),
    ("{code}-{year}-{serial:06d}", {}, "11640100MB1234567X-2025-000001"),
])
def test_the_agency_format_variants(agency, fmt, kwargs, expected):
    agency.index_format = fmt
    assert services.next_index_number(agency, 2025, **kwargs)[0] == expected


def test_an_organisation_code_with_its_hyphen_is_kept(agency):
    agency.credit_code = "0142768-8"
    assert services.next_index_number(agency, 2022)[0] == "0142768-8/2022-00001"


def test_an_agency_without_a_code_never_gets_none_in_its_index_number(agency):
    agency.credit_code = ""
    number, _ = services.next_index_number(agency, 2021)
    assert "None" not in number
    assert number == f"{agency.pk:09d}/2021-00001"


@pytest.mark.parametrize("fmt", ["{code}/{year}", "{code}/{serial}", "{code}/{year}-{nonsense}", "{code}/{year-{serial}"])
def test_a_format_that_cannot_give_unique_numbers_is_refused(fmt):
    with pytest.raises(ValueError):
        services.validate_index_format(fmt)


def test_numbers_already_used_by_imported_records_are_skipped(world):
    Record.objects.create(agency=world.agency, item=world.item_a, title="旧网站迁移", formed_on=datetime.date(2025, 1, 2),
                          index_number="11640100MB1234567X/2025-00001", serial=1, state=Record.State.PUBLISHED)
    assert services.next_index_number(world.agency, 2025) == ("11640100MB1234567X/2025-00002", 2)


def test_bulk_reservation_gives_consecutive_unique_numbers(agency):
    numbers = services.reserve_index_numbers(agency, 2025, 500)
    assert [s for _, s in numbers] == list(range(1, 501))
    assert len({n for n, _ in numbers}) == 500
    assert services.next_index_number(agency, 2025)[1] == 501


def test_publishing_assigns_the_number_from_the_publication_year_and_a_change_keeps_it(world, new_record):
    record = new_record("published")
    year = record.published_at.astimezone(datetime.timezone(datetime.timedelta(hours=8))).year
    assert record.index_number == f"11640100MB1234567X/{year}-00001"
    services.change(record, world.reviewer, {"title": "更正后的标题"}, version=record.version,
                    formed_on=datetime.date(2025, 10, 9), note="更正标题")
    record.refresh_from_db()
    assert record.index_number == f"11640100MB1234567X/{year}-00001"


def test_a_draft_has_no_index_number(new_record):
    assert new_record("approved").index_number is None
