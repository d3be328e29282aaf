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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__lunar__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__lunar__mutmut)
def _lunar(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__lunar__mutmut_orig(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__lunar__mutmut_1(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = None
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__lunar__mutmut_2(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(None, month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__lunar__mutmut_3(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, None, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__lunar__mutmut_4(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, None).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__lunar__mutmut_5(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__lunar__mutmut_6(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__lunar__mutmut_7(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, ).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__lunar__mutmut_8(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return dt.date(None, solar.getMonth(), solar.getDay())


def x__lunar__mutmut_9(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return dt.date(solar.getYear(), None, solar.getDay())


def x__lunar__mutmut_10(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), None)


def x__lunar__mutmut_11(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return dt.date(solar.getMonth(), solar.getDay())


def x__lunar__mutmut_12(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return dt.date(solar.getYear(), solar.getDay())


def x__lunar__mutmut_13(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), )

mutants_x__lunar__mutmut['_mutmut_orig'] = x__lunar__mutmut_orig # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_1'] = x__lunar__mutmut_1 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_2'] = x__lunar__mutmut_2 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_3'] = x__lunar__mutmut_3 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_4'] = x__lunar__mutmut_4 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_5'] = x__lunar__mutmut_5 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_6'] = x__lunar__mutmut_6 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_7'] = x__lunar__mutmut_7 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_8'] = x__lunar__mutmut_8 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_9'] = x__lunar__mutmut_9 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_10'] = x__lunar__mutmut_10 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_11'] = x__lunar__mutmut_11 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_12'] = x__lunar__mutmut_12 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_13'] = x__lunar__mutmut_13 # type: ignore # mutmut generated
mutants_x__qingming__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__qingming__mutmut)
def _qingming(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__qingming__mutmut_orig(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__qingming__mutmut_1(year: int) -> dt.date:
    from lunar_python import Solar

    solar = None
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__qingming__mutmut_2(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(None, 4, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__qingming__mutmut_3(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, None, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__qingming__mutmut_4(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, None).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__qingming__mutmut_5(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(4, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__qingming__mutmut_6(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__qingming__mutmut_7(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, ).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__qingming__mutmut_8(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 5, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__qingming__mutmut_9(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, 2).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__qingming__mutmut_10(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["XX清明XX"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def x__qingming__mutmut_11(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(None, solar.getMonth(), solar.getDay())


def x__qingming__mutmut_12(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), None, solar.getDay())


def x__qingming__mutmut_13(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), None)


def x__qingming__mutmut_14(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getMonth(), solar.getDay())


def x__qingming__mutmut_15(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getDay())


def x__qingming__mutmut_16(year: int) -> dt.date:
    from lunar_python import Solar

    solar = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), )

mutants_x__qingming__mutmut['_mutmut_orig'] = x__qingming__mutmut_orig # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_1'] = x__qingming__mutmut_1 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_2'] = x__qingming__mutmut_2 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_3'] = x__qingming__mutmut_3 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_4'] = x__qingming__mutmut_4 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_5'] = x__qingming__mutmut_5 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_6'] = x__qingming__mutmut_6 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_7'] = x__qingming__mutmut_7 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_8'] = x__qingming__mutmut_8 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_9'] = x__qingming__mutmut_9 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_10'] = x__qingming__mutmut_10 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_11'] = x__qingming__mutmut_11 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_12'] = x__qingming__mutmut_12 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_13'] = x__qingming__mutmut_13 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_14'] = x__qingming__mutmut_14 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_15'] = x__qingming__mutmut_15 # type: ignore # mutmut generated
mutants_x__qingming__mutmut['x__qingming__mutmut_16'] = x__qingming__mutmut_16 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_statutory_holidays__mutmut)
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


def x_statutory_holidays__mutmut_orig(year: int) -> list:
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


def x_statutory_holidays__mutmut_1(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = None
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


def x_statutory_holidays__mutmut_2(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(None, 1, 1)
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


def x_statutory_holidays__mutmut_3(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, None, 1)
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


def x_statutory_holidays__mutmut_4(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, None)
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


def x_statutory_holidays__mutmut_5(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(1, 1)
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


def x_statutory_holidays__mutmut_6(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1)
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


def x_statutory_holidays__mutmut_7(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, )
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


def x_statutory_holidays__mutmut_8(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 2, 1)
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


def x_statutory_holidays__mutmut_9(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 2)
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


def x_statutory_holidays__mutmut_10(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = None
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_11(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("XX元旦XX", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_12(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(None, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_13(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, None, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_14(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, None)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_15(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_16(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_17(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, )]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_18(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 2, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_19(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 2)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_20(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("XX春节XX", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_21(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring + dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_22(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=None), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_23(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=2), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_24(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring - dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_25(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=None), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_26(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=2), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_27(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring - dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_28(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=None)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_29(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=3)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_30(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("XX清明节XX", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_31(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(None)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_32(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("XX劳动节XX", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_33(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(None, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_34(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, None, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_35(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, None), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_36(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_37(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_38(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, ), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_39(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 6, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_40(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 2), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_41(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(None, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_42(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, None, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_43(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, None)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_44(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_45(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_46(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, )]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_47(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 6, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_48(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 3)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_49(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("XX端午节XX", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_50(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(None, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_51(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, None, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_52(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, None)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_53(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_54(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_55(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, )]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_56(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 6, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_57(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 6)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_58(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("XX中秋节XX", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_59(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(None, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_60(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, None, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_61(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, None)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_62(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_63(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_64(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, )]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_65(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 9, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_66(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 16)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_67(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("XX国庆节XX", [dt.date(year, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_68(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(None, 10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_69(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, None, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_70(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, None) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_71(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(10, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_72(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_73(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, ) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_74(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 11, d) for d in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_75(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (2, 2, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_76(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 3, 3)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_77(year: int) -> list:
    """[(name, [dates…])] of the statute's holidays in `year`, in date order."""
    spring = _lunar(year, 1, 1)
    holidays = [
        ("元旦", [dt.date(year, 1, 1)]),
        ("春节", [spring - dt.timedelta(days=1), spring, spring + dt.timedelta(days=1), spring + dt.timedelta(days=2)]),
        ("清明节", [_qingming(year)]),
        ("劳动节", [dt.date(year, 5, 1), dt.date(year, 5, 2)]),
        ("端午节", [_lunar(year, 5, 5)]),
        ("中秋节", [_lunar(year, 8, 15)]),
        ("国庆节", [dt.date(year, 10, d) for d in (1, 2, 4)]),
    ]
    return sorted(holidays, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_78(year: int) -> list:
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
    return sorted(None, key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_79(year: int) -> list:
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
    return sorted(holidays, key=None)


def x_statutory_holidays__mutmut_80(year: int) -> list:
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
    return sorted(key=lambda h: h[1][0])


def x_statutory_holidays__mutmut_81(year: int) -> list:
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
    return sorted(holidays, )


def x_statutory_holidays__mutmut_82(year: int) -> list:
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
    return sorted(holidays, key=lambda h: None)


def x_statutory_holidays__mutmut_83(year: int) -> list:
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
    return sorted(holidays, key=lambda h: h[2][0])


def x_statutory_holidays__mutmut_84(year: int) -> list:
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
    return sorted(holidays, key=lambda h: h[1][1])

mutants_x_statutory_holidays__mutmut['_mutmut_orig'] = x_statutory_holidays__mutmut_orig # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_1'] = x_statutory_holidays__mutmut_1 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_2'] = x_statutory_holidays__mutmut_2 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_3'] = x_statutory_holidays__mutmut_3 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_4'] = x_statutory_holidays__mutmut_4 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_5'] = x_statutory_holidays__mutmut_5 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_6'] = x_statutory_holidays__mutmut_6 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_7'] = x_statutory_holidays__mutmut_7 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_8'] = x_statutory_holidays__mutmut_8 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_9'] = x_statutory_holidays__mutmut_9 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_10'] = x_statutory_holidays__mutmut_10 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_11'] = x_statutory_holidays__mutmut_11 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_12'] = x_statutory_holidays__mutmut_12 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_13'] = x_statutory_holidays__mutmut_13 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_14'] = x_statutory_holidays__mutmut_14 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_15'] = x_statutory_holidays__mutmut_15 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_16'] = x_statutory_holidays__mutmut_16 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_17'] = x_statutory_holidays__mutmut_17 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_18'] = x_statutory_holidays__mutmut_18 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_19'] = x_statutory_holidays__mutmut_19 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_20'] = x_statutory_holidays__mutmut_20 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_21'] = x_statutory_holidays__mutmut_21 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_22'] = x_statutory_holidays__mutmut_22 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_23'] = x_statutory_holidays__mutmut_23 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_24'] = x_statutory_holidays__mutmut_24 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_25'] = x_statutory_holidays__mutmut_25 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_26'] = x_statutory_holidays__mutmut_26 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_27'] = x_statutory_holidays__mutmut_27 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_28'] = x_statutory_holidays__mutmut_28 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_29'] = x_statutory_holidays__mutmut_29 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_30'] = x_statutory_holidays__mutmut_30 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_31'] = x_statutory_holidays__mutmut_31 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_32'] = x_statutory_holidays__mutmut_32 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_33'] = x_statutory_holidays__mutmut_33 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_34'] = x_statutory_holidays__mutmut_34 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_35'] = x_statutory_holidays__mutmut_35 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_36'] = x_statutory_holidays__mutmut_36 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_37'] = x_statutory_holidays__mutmut_37 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_38'] = x_statutory_holidays__mutmut_38 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_39'] = x_statutory_holidays__mutmut_39 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_40'] = x_statutory_holidays__mutmut_40 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_41'] = x_statutory_holidays__mutmut_41 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_42'] = x_statutory_holidays__mutmut_42 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_43'] = x_statutory_holidays__mutmut_43 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_44'] = x_statutory_holidays__mutmut_44 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_45'] = x_statutory_holidays__mutmut_45 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_46'] = x_statutory_holidays__mutmut_46 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_47'] = x_statutory_holidays__mutmut_47 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_48'] = x_statutory_holidays__mutmut_48 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_49'] = x_statutory_holidays__mutmut_49 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_50'] = x_statutory_holidays__mutmut_50 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_51'] = x_statutory_holidays__mutmut_51 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_52'] = x_statutory_holidays__mutmut_52 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_53'] = x_statutory_holidays__mutmut_53 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_54'] = x_statutory_holidays__mutmut_54 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_55'] = x_statutory_holidays__mutmut_55 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_56'] = x_statutory_holidays__mutmut_56 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_57'] = x_statutory_holidays__mutmut_57 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_58'] = x_statutory_holidays__mutmut_58 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_59'] = x_statutory_holidays__mutmut_59 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_60'] = x_statutory_holidays__mutmut_60 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_61'] = x_statutory_holidays__mutmut_61 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_62'] = x_statutory_holidays__mutmut_62 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_63'] = x_statutory_holidays__mutmut_63 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_64'] = x_statutory_holidays__mutmut_64 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_65'] = x_statutory_holidays__mutmut_65 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_66'] = x_statutory_holidays__mutmut_66 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_67'] = x_statutory_holidays__mutmut_67 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_68'] = x_statutory_holidays__mutmut_68 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_69'] = x_statutory_holidays__mutmut_69 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_70'] = x_statutory_holidays__mutmut_70 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_71'] = x_statutory_holidays__mutmut_71 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_72'] = x_statutory_holidays__mutmut_72 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_73'] = x_statutory_holidays__mutmut_73 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_74'] = x_statutory_holidays__mutmut_74 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_75'] = x_statutory_holidays__mutmut_75 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_76'] = x_statutory_holidays__mutmut_76 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_77'] = x_statutory_holidays__mutmut_77 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_78'] = x_statutory_holidays__mutmut_78 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_79'] = x_statutory_holidays__mutmut_79 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_80'] = x_statutory_holidays__mutmut_80 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_81'] = x_statutory_holidays__mutmut_81 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_82'] = x_statutory_holidays__mutmut_82 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_83'] = x_statutory_holidays__mutmut_83 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_84'] = x_statutory_holidays__mutmut_84 # type: ignore # mutmut generated
mutants_x__blocks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__blocks__mutmut)
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


def x__blocks__mutmut_orig(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(d for _, d in blocks[-1]) + dt.timedelta(days=1):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_1(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = None
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(d for _, d in blocks[-1]) + dt.timedelta(days=1):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_2(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = None
        if blocks and dates[0] <= max(d for _, d in blocks[-1]) + dt.timedelta(days=1):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_3(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks or dates[0] <= max(d for _, d in blocks[-1]) + dt.timedelta(days=1):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_4(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[1] <= max(d for _, d in blocks[-1]) + dt.timedelta(days=1):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_5(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] < max(d for _, d in blocks[-1]) + dt.timedelta(days=1):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_6(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(d for _, d in blocks[-1]) - dt.timedelta(days=1):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_7(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(None) + dt.timedelta(days=1):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_8(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(d for _, d in blocks[+1]) + dt.timedelta(days=1):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_9(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(d for _, d in blocks[-2]) + dt.timedelta(days=1):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_10(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(d for _, d in blocks[-1]) + dt.timedelta(days=None):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_11(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(d for _, d in blocks[-1]) + dt.timedelta(days=2):
            blocks[-1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_12(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(d for _, d in blocks[-1]) + dt.timedelta(days=1):
            blocks[-1].extend(None)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_13(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(d for _, d in blocks[-1]) + dt.timedelta(days=1):
            blocks[+1].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_14(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(d for _, d in blocks[-1]) + dt.timedelta(days=1):
            blocks[-2].extend(entries)
        else:
            blocks.append(entries)
    return blocks


def x__blocks__mutmut_15(holidays: list) -> list:
    """Holidays merged where their days touch or overlap (中秋 next to 国庆): [[(name, date)…]]."""
    blocks: list = []
    for name, dates in holidays:
        entries = [(name, d) for d in dates]
        if blocks and dates[0] <= max(d for _, d in blocks[-1]) + dt.timedelta(days=1):
            blocks[-1].extend(entries)
        else:
            blocks.append(None)
    return blocks

mutants_x__blocks__mutmut['_mutmut_orig'] = x__blocks__mutmut_orig # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_1'] = x__blocks__mutmut_1 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_2'] = x__blocks__mutmut_2 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_3'] = x__blocks__mutmut_3 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_4'] = x__blocks__mutmut_4 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_5'] = x__blocks__mutmut_5 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_6'] = x__blocks__mutmut_6 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_7'] = x__blocks__mutmut_7 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_8'] = x__blocks__mutmut_8 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_9'] = x__blocks__mutmut_9 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_10'] = x__blocks__mutmut_10 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_11'] = x__blocks__mutmut_11 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_12'] = x__blocks__mutmut_12 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_13'] = x__blocks__mutmut_13 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_14'] = x__blocks__mutmut_14 # type: ignore # mutmut generated
mutants_x__blocks__mutmut['x__blocks__mutmut_15'] = x__blocks__mutmut_15 # type: ignore # mutmut generated


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
mutants_x_statutory_days__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_statutory_days__mutmut)
def statutory_days(year: int) -> dict:
    """{date: (OFF, name)} for `year` by the statute, 补假 included; empty before 2025."""
    if year < STATUTE_FIRST_YEAR:
        return {}
    return dict(_statutory_days(year))


def x_statutory_days__mutmut_orig(year: int) -> dict:
    """{date: (OFF, name)} for `year` by the statute, 补假 included; empty before 2025."""
    if year < STATUTE_FIRST_YEAR:
        return {}
    return dict(_statutory_days(year))


def x_statutory_days__mutmut_1(year: int) -> dict:
    """{date: (OFF, name)} for `year` by the statute, 补假 included; empty before 2025."""
    if year <= STATUTE_FIRST_YEAR:
        return {}
    return dict(_statutory_days(year))


def x_statutory_days__mutmut_2(year: int) -> dict:
    """{date: (OFF, name)} for `year` by the statute, 补假 included; empty before 2025."""
    if year < STATUTE_FIRST_YEAR:
        return {}
    return dict(None)


def x_statutory_days__mutmut_3(year: int) -> dict:
    """{date: (OFF, name)} for `year` by the statute, 补假 included; empty before 2025."""
    if year < STATUTE_FIRST_YEAR:
        return {}
    return dict(_statutory_days(None))

mutants_x_statutory_days__mutmut['_mutmut_orig'] = x_statutory_days__mutmut_orig # type: ignore # mutmut generated
mutants_x_statutory_days__mutmut['x_statutory_days__mutmut_1'] = x_statutory_days__mutmut_1 # type: ignore # mutmut generated
mutants_x_statutory_days__mutmut['x_statutory_days__mutmut_2'] = x_statutory_days__mutmut_2 # type: ignore # mutmut generated
mutants_x_statutory_days__mutmut['x_statutory_days__mutmut_3'] = x_statutory_days__mutmut_3 # type: ignore # mutmut generated


def estimated_note(year: int) -> str:
    """Why a year's results are 暂定 when its days come from the statute."""
    return f"{year}年国务院放假通知尚未发布，按{STATUTE}推定"
