"""信息处理费 (国办函〔2020〕109号): 按件 and 按量, both 超额累进. Plain Python: no Django here.

A schedule is a list of bands `[upper, price]` (upper inclusive, None for "and above"); per item an
open-ended `step` rule continues the last band: every further `size` items cost `increase` more.
"""
from __future__ import annotations

from decimal import Decimal

# 第四条: per applicant per natural month; 1–10 free, 11–30 at 100 元/件, then +100 元/件 per band of 10.
PER_ITEM = {"bands": [[10, 0], [30, 100]], "step": {"size": 10, "increase": 100}}
# 第五条: per application; 1–30 pages free, 31–100 at 10, 101–200 at 20, over 200 at 40 元/页.
PER_VOLUME = {"bands": [[30, 0], [100, 10], [200, 20], [None, 40]]}


class FeeError(ValueError):
    """A bad schedule or count."""


def unit_price(n: int, schedule: dict) -> Decimal:
    """The price of the n-th unit (1-based) under `schedule`."""
    if n < 1:
        raise FeeError("件数或页数从1起算")
    lower = 0
    bands = schedule["bands"]
    for upper, price in bands:
        if upper is None or n <= upper:
            return Decimal(str(price))
        lower = upper
    step = schedule.get("step")
    if not step:
        raise FeeError(f"收费标准没有覆盖第{n}件（页）")
    last_price = Decimal(str(bands[-1][1]))
    band = (n - lower - 1) // int(step["size"]) + 1
    return last_price + Decimal(str(step["increase"])) * band


def total(count: int, schedule: dict) -> Decimal:
    """The fee for `count` units, each band at its own price."""
    if count < 0:
        raise FeeError("件数或页数不能为负数")
    return sum((unit_price(n, schedule) for n in range(1, count + 1)), Decimal("0"))


def per_item_fee(earlier_items: int, items: int = 1, schedule: dict = PER_ITEM) -> Decimal:
    """按件: the fee of `items` more items when the applicant already has `earlier_items` this month."""
    return total(earlier_items + items, schedule) - total(earlier_items, schedule)


def per_volume_fee(pages: int, schedule: dict = PER_VOLUME) -> Decimal:
    """按量: the fee of one application of `pages` pages."""
    return total(pages, schedule)
