"""Query-string integers: a value or a clean error, never an overflow."""
import pytest

from zwgk.lib.params import ParamError, query_int, query_int_or_none


@pytest.mark.parametrize("raw, expected", [("12", 12), ("0012", 12), (" 7 ", 7), ("-3", -3)])
def test_plain_ascii_integers_are_read(raw, expected):
    assert query_int(raw, "page") == expected


@pytest.mark.parametrize("raw", [None, "", "  "])
def test_an_absent_value_gives_the_default(raw):
    assert query_int(raw, "page", default=1) == 1


@pytest.mark.parametrize("raw", ["1e3", "１２", "1.5", "+1", "abc", "1 2"])
def test_anything_but_digits_is_refused_naming_the_parameter(raw):
    with pytest.raises(ParamError, match="参数 page 应为整数") as info:
        query_int(raw, "page")
    assert info.value.name == "page"


def test_bounds_are_inclusive_and_their_errors_say_which():
    assert query_int("1", "page", low=1, high=5) == 1 and query_int("5", "page", low=1, high=5) == 5
    with pytest.raises(ParamError, match="不能小于 1"):
        query_int("0", "page", low=1)
    with pytest.raises(ParamError, match="不能大于 5"):
        query_int("6", "page", high=5)


@pytest.mark.parametrize("raw", ["1000000000000000000", "9" * 5000])
def test_huge_numbers_are_out_of_range_not_an_overflow(raw):
    with pytest.raises(ParamError, match="超出范围"):
        query_int(raw, "page")


@pytest.mark.parametrize("raw, expected", [("12", 12), ("-1", None), ("1e3", None), ("", None), ("99999999999", None)])
def test_the_lenient_form_gives_none_for_what_it_cannot_use(raw, expected):
    assert query_int_or_none(raw, low=1, high=10**9) == expected
