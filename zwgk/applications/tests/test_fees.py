from decimal import Decimal

import pytest

from zwgk.applications.fees import FeeError, per_item_fee, per_volume_fee, total, unit_price, PER_ITEM


def test_per_item_bands():
    assert [unit_price(n, PER_ITEM) for n in (1, 10, 11, 30, 31, 40, 41, 50, 51)] == [0, 0, 100, 100, 200, 200, 300, 300, 400]
    assert per_item_fee(0, 10) == 0
    assert per_item_fee(10) == 100  # the 11th item this month
    assert per_item_fee(0, 35) == 20 * 100 + 5 * 200
    assert per_item_fee(29, 3) == 100 + 200 + 200


def test_per_volume_bands():
    assert per_volume_fee(30) == 0
    assert per_volume_fee(31) == 10
    assert per_volume_fee(100) == 70 * 10
    assert per_volume_fee(150) == 700 + 50 * 20
    assert per_volume_fee(250) == 700 + 2000 + 50 * 40
    assert isinstance(per_volume_fee(1), Decimal)


def test_configurable_schedule_and_errors():
    schedule = {"bands": [[5, 0], [None, "0.5"]]}
    assert per_volume_fee(7, schedule) == Decimal("1.0")
    with pytest.raises(FeeError, match="没有覆盖第3件"):
        total(3, {"bands": [[2, 0]]})
    with pytest.raises(FeeError):
        total(-1, PER_ITEM)
    with pytest.raises(FeeError):
        unit_price(0, PER_ITEM)
