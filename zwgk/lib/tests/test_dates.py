"""The one date policy."""
import datetime as dt

import pytest

from zwgk.lib.dates import DateError, parse_date


@pytest.mark.parametrize("text", ["2024-03-01", "2024-3-1", "2024/3/1", "2024/03/01", "2024.3.1", "20240301",
                                  "2024年3月1日", "2024 年 3 月 1 日", " 2024.03.01 "])
def test_every_documented_form_is_read(text):
    assert parse_date(text) == dt.date(2024, 3, 1)


def test_date_and_datetime_values_pass_through():
    assert parse_date(dt.datetime(2024, 3, 1, 9, 30)) == dt.date(2024, 3, 1)
    assert parse_date(dt.date(2024, 3, 1)) == dt.date(2024, 3, 1)


@pytest.mark.parametrize("text", ["2024-02-30", "20241301", "2023年2月29日"])
def test_a_day_that_does_not_exist_says_so(text):
    with pytest.raises(DateError, match=f"日期不存在：“{text}”"):
        parse_date(text)


@pytest.mark.parametrize("text", ["03/01/2024", "2024年3月", "2024031", "明天", "2024-03-01 10:00", "2024-03/01"])
def test_other_forms_are_refused_naming_the_accepted_ones(text):
    with pytest.raises(DateError, match="日期格式无法识别：.*（应为 2024-03-01、2024/3/1、2024.3.1、20240301 或 2024年3月1日）"):
        parse_date(text)
