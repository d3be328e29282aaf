"""Provisional national holidays for a year without a State Council notice, from the statute.

《全国年节及纪念日放假办法》 as revised in 2024 (国务院令第795号, in force 2025-01-01), 第二条:
元旦 1 day (1月1日); 春节 4 days (农历除夕、正月初一至初三); 清明节 1 day (the 清明 solar
term); 劳动节 2 days (5月1日、2日); 端午节 1 day (农历五月初五); 中秋节 1 day (农历八月十五);
国庆节 3 days (10月1日至3日). 第六条: a day of these that falls on a Saturday or Sunday is made
up (补假) on a working day; we place it on the first working day after the holiday block, the
usual practice, which is itself provisional. Lunar dates and solar terms come from lunar-python.
No 调休 make-up workdays are inferred: only the yearly notice can move a weekend.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from zwgk.workdays.calendar import OFF

STATUTE = "《全国年节及纪念日放假办法》"
STATUTE_FIRST_YEAR = 2025  # the 2024 revision's first year
MARK = "（推定）"


def _lunar(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def _qingming(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def statutory_holidays(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def _blocks(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(d for _, d in blocks[-1]) + dt.timedelta(days=1):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


@lru_cache(maxsize=None)
def _statutory_days(year: int) -> tuple:
    days: dict = {}
    for name, dates in statutory_holidays(year):
        for d in dates:
            days.setdefault(d, (OFF, name + MARK))
    for block in _blocks(statutory_holidays(year)):
        # One 补假 for each statutory day on a weekend, and for a day two holidays share.
        seen, owed = set(), []
        for name, d in sorted(block, key=lambda e: e[1]):
            if d.weekday() >= 5 or d in seen:
                owed.append(name)
            seen.add(d)
        current = max(d for _, d in block)
        for name in owed:
            current += dt.timedelta(days=1)
            while current.weekday() >= 5 or current in days:
                current += dt.timedelta(days=1)
            days[current] = (OFF, f"{name}补假{MARK}")
    return tuple(sorted(days.items()))


def statutory_days(year: int) -> dict:
    """{date: (OFF, name)} for `year` by the statute, 补假 included; empty before 2025."""
    if year < STATUTE_FIRST_YEAR:
        return {}
    return dict(_statutory_days(year))


def estimated_note(year: int) -> str:
    """Why a year's results are 暂定 when its days come from the statute."""
    return f"{year}年国务院放假通知尚未发布，按{STATUTE}推定"
