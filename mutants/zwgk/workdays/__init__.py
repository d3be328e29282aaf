"""Working-day calendar (工作日). Plain Python: no Django here.

    >>> add_workdays(date(2025, 9, 26), 5)          # 9/28 (Sunday) is a make-up workday, 10/1–8 off
    datetime.date(2025, 10, 10)

Module functions use the bundled data only (national from `chinese_calendar`, regions from
zwgk/workdays/data/*.json). The Django side (zwgk.holidays.services.calendar_for) builds
`Calendar`s that also include staff-edited days.

The start day is not counted by default (起算日为第0日); every function takes
`count_start_day=True` to count it. A year without a State Council notice gets the statute's
holidays (zwgk.workdays.statutory), marked 暂定. Region names resolve through
zwgk.workdays.regions: 宁夏 and 银川市 both mean 宁夏回族自治区(/银川市); unknown names raise.
"""
from __future__ import annotations

from zwgk.workdays.calendar import (
    DEFAULT_LAST_YEAR,
    OFF,
    WORKDAY,
    WEEKDAYS,
    Calendar,
    Explanation,
    Layer,
    SpecialDay,
    Step,
    WorkdaysError,
    format_date,
    parse_count,
    parse_date,
)
from zwgk.workdays.data import NATIONAL, national_layer, regional_layers, split_region
from zwgk.workdays.regions import UnknownRegionError, regional_holidays, resolve_region
from zwgk.workdays.statutory import STATUTE_FIRST_YEAR, statutory_days

__all__ = [
    "OFF", "WORKDAY", "WEEKDAYS", "NATIONAL", "Calendar", "Explanation", "Layer", "SpecialDay", "Step",
    "WorkdaysError", "format_date", "parse_date", "parse_count", "calendar_for_region", "build_calendar",
    "register_layer", "is_workday", "add_workdays", "workdays_between", "explain", "is_provisional",
    "UnknownRegionError", "resolve_region", "with_statute", "known_layer_names",
]

_extra_layers: dict = {}
_calendars: dict = {}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_with_statute__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_with_statute__mutmut)
def with_statute(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_orig(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_1(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = None
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_2(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(None, last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_3(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), None) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_4(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_5(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), ) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_6(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(None, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_7(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, None), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_8(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_9(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, ), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_10(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year - 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_11(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 2) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_12(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_13(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = None
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_14(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(None)
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_15(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(None))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_16(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(None)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_17(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(None, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_18(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, None, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_19(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, None, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_20(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, None, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_21(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, None,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_22(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 None)


def x_with_statute__mutmut_23(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_24(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_25(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_26(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.sources,
                 frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_27(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, frozenset(national.estimated) | frozenset(years))


def x_with_statute__mutmut_28(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 )


def x_with_statute__mutmut_29(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) & frozenset(years))


def x_with_statute__mutmut_30(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(None) | frozenset(years))


def x_with_statute__mutmut_31(national: Layer, first_year=STATUTE_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR) -> Layer:
    """`national` plus the statute's holidays for each year it has no notice for (still 暂定).

    Days already in the layer (staff-entered ones) win over the inferred ones on the same date.
    """
    years = [y for y in range(max(first_year, STATUTE_FIRST_YEAR), last_year + 1) if y not in national.years]
    days = {}
    for year in years:
        days.update(statutory_days(year))
    days.update(national.days)
    return Layer(national.name, days, national.years, national.yearly, national.sources,
                 frozenset(national.estimated) | frozenset(None))

mutants_x_with_statute__mutmut['_mutmut_orig'] = x_with_statute__mutmut_orig # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_1'] = x_with_statute__mutmut_1 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_2'] = x_with_statute__mutmut_2 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_3'] = x_with_statute__mutmut_3 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_4'] = x_with_statute__mutmut_4 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_5'] = x_with_statute__mutmut_5 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_6'] = x_with_statute__mutmut_6 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_7'] = x_with_statute__mutmut_7 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_8'] = x_with_statute__mutmut_8 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_9'] = x_with_statute__mutmut_9 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_10'] = x_with_statute__mutmut_10 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_11'] = x_with_statute__mutmut_11 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_12'] = x_with_statute__mutmut_12 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_13'] = x_with_statute__mutmut_13 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_14'] = x_with_statute__mutmut_14 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_15'] = x_with_statute__mutmut_15 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_16'] = x_with_statute__mutmut_16 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_17'] = x_with_statute__mutmut_17 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_18'] = x_with_statute__mutmut_18 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_19'] = x_with_statute__mutmut_19 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_20'] = x_with_statute__mutmut_20 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_21'] = x_with_statute__mutmut_21 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_22'] = x_with_statute__mutmut_22 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_23'] = x_with_statute__mutmut_23 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_24'] = x_with_statute__mutmut_24 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_25'] = x_with_statute__mutmut_25 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_26'] = x_with_statute__mutmut_26 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_27'] = x_with_statute__mutmut_27 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_28'] = x_with_statute__mutmut_28 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_29'] = x_with_statute__mutmut_29 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_30'] = x_with_statute__mutmut_30 # type: ignore # mutmut generated
mutants_x_with_statute__mutmut['x_with_statute__mutmut_31'] = x_with_statute__mutmut_31 # type: ignore # mutmut generated
mutants_x_known_layer_names__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_known_layer_names__mutmut)
def known_layer_names() -> set:
    """Region names that have bundled or registered data (they resolve even outside the registry)."""
    return set(regional_layers()) | set(_extra_layers)


def x_known_layer_names__mutmut_orig() -> set:
    """Region names that have bundled or registered data (they resolve even outside the registry)."""
    return set(regional_layers()) | set(_extra_layers)


def x_known_layer_names__mutmut_1() -> set:
    """Region names that have bundled or registered data (they resolve even outside the registry)."""
    return set(regional_layers()) & set(_extra_layers)


def x_known_layer_names__mutmut_2() -> set:
    """Region names that have bundled or registered data (they resolve even outside the registry)."""
    return set(None) | set(_extra_layers)


def x_known_layer_names__mutmut_3() -> set:
    """Region names that have bundled or registered data (they resolve even outside the registry)."""
    return set(regional_layers()) | set(None)

mutants_x_known_layer_names__mutmut['_mutmut_orig'] = x_known_layer_names__mutmut_orig # type: ignore # mutmut generated
mutants_x_known_layer_names__mutmut['x_known_layer_names__mutmut_1'] = x_known_layer_names__mutmut_1 # type: ignore # mutmut generated
mutants_x_known_layer_names__mutmut['x_known_layer_names__mutmut_2'] = x_known_layer_names__mutmut_2 # type: ignore # mutmut generated
mutants_x_known_layer_names__mutmut['x_known_layer_names__mutmut_3'] = x_known_layer_names__mutmut_3 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_build_calendar__mutmut)
def build_calendar(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_orig(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_1(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = None
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_2(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra and {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_3(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = None
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_4(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(None)
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_5(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(None)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_6(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = None
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_7(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL not in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_8(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = None
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_9(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(None)
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_10(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = None
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_11(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(None)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_12(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = None
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_13(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(None)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_14(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = None
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_15(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(None)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_16(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part not in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_17(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = None
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_18(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if (layer) and False else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_19(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if (layer) or True else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_20(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(None) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_21(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None or regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_22(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is not None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_23(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(None):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_24(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = None
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_25(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(None, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_26(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, None, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_27(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, None, True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_28(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), None)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_29(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer({}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_30(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_31(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_32(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), )
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_33(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), False)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_34(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is None:
            layers.append(layer)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_35(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(None)
    return Calendar(layers, region="/".join(parts))


def x_build_calendar__mutmut_36(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(None, region="/".join(parts))


def x_build_calendar__mutmut_37(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region=None)


def x_build_calendar__mutmut_38(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(region="/".join(parts))


def x_build_calendar__mutmut_39(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, )


def x_build_calendar__mutmut_40(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="/".join(None))


def x_build_calendar__mutmut_41(region=None, extra=None) -> Calendar:
    """A Calendar of the national layer plus a layer for each part of `region` that has data.

    `region` is taken as given (resolve it first with resolve_region). `extra` maps a region
    name (or NATIONAL) to a Layer that overrides the bundled one. A region known to publish
    its own days off but without any data still gets an (empty) layer: every year is 暂定.
    """
    extra = extra or {}
    bundled = dict(regional_layers())
    bundled.update(_extra_layers)
    national = national_layer()
    if NATIONAL in extra:
        national = national.merged_with(extra[NATIONAL])
    layers = [with_statute(national)]
    parts = split_region(region)
    for part in parts:
        layer = bundled.get(part)
        if part in extra:
            layer = layer.merged_with(extra[part]) if layer else extra[part]
        if layer is None and regional_holidays(part):
            layer = Layer(part, {}, frozenset(), True)
        if layer is not None:
            layers.append(layer)
    return Calendar(layers, region="XX/XX".join(parts))

mutants_x_build_calendar__mutmut['_mutmut_orig'] = x_build_calendar__mutmut_orig # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_1'] = x_build_calendar__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_2'] = x_build_calendar__mutmut_2 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_3'] = x_build_calendar__mutmut_3 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_4'] = x_build_calendar__mutmut_4 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_5'] = x_build_calendar__mutmut_5 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_6'] = x_build_calendar__mutmut_6 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_7'] = x_build_calendar__mutmut_7 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_8'] = x_build_calendar__mutmut_8 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_9'] = x_build_calendar__mutmut_9 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_10'] = x_build_calendar__mutmut_10 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_11'] = x_build_calendar__mutmut_11 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_12'] = x_build_calendar__mutmut_12 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_13'] = x_build_calendar__mutmut_13 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_14'] = x_build_calendar__mutmut_14 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_15'] = x_build_calendar__mutmut_15 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_16'] = x_build_calendar__mutmut_16 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_17'] = x_build_calendar__mutmut_17 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_18'] = x_build_calendar__mutmut_18 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_19'] = x_build_calendar__mutmut_19 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_20'] = x_build_calendar__mutmut_20 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_21'] = x_build_calendar__mutmut_21 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_22'] = x_build_calendar__mutmut_22 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_23'] = x_build_calendar__mutmut_23 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_24'] = x_build_calendar__mutmut_24 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_25'] = x_build_calendar__mutmut_25 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_26'] = x_build_calendar__mutmut_26 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_27'] = x_build_calendar__mutmut_27 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_28'] = x_build_calendar__mutmut_28 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_29'] = x_build_calendar__mutmut_29 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_30'] = x_build_calendar__mutmut_30 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_31'] = x_build_calendar__mutmut_31 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_32'] = x_build_calendar__mutmut_32 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_33'] = x_build_calendar__mutmut_33 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_34'] = x_build_calendar__mutmut_34 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_35'] = x_build_calendar__mutmut_35 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_36'] = x_build_calendar__mutmut_36 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_37'] = x_build_calendar__mutmut_37 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_38'] = x_build_calendar__mutmut_38 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_39'] = x_build_calendar__mutmut_39 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_40'] = x_build_calendar__mutmut_40 # type: ignore # mutmut generated
mutants_x_build_calendar__mutmut['x_build_calendar__mutmut_41'] = x_build_calendar__mutmut_41 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_calendar_for_region__mutmut)
def calendar_for_region(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_orig(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_1(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = None
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_2(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if (isinstance(region, str) or region is None) and False else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_3(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if (isinstance(region, str) or region is None) or True else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_4(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) and region is None else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_5(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is not None else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_6(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(None)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_7(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "XX/XX".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_8(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(region)
    cal = None
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_9(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(region)
    cal = _calendars.get(None)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_10(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(region)
    cal = _calendars.get(key)
    if cal is not None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_11(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = None
    return cal


def x_calendar_for_region__mutmut_12(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(None)
    return cal


def x_calendar_for_region__mutmut_13(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(None, known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_14(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, None))
    return cal


def x_calendar_for_region__mutmut_15(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(known_layer_names()))
    return cal


def x_calendar_for_region__mutmut_16(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, ))
    return cal

mutants_x_calendar_for_region__mutmut['_mutmut_orig'] = x_calendar_for_region__mutmut_orig # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_1'] = x_calendar_for_region__mutmut_1 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_2'] = x_calendar_for_region__mutmut_2 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_3'] = x_calendar_for_region__mutmut_3 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_4'] = x_calendar_for_region__mutmut_4 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_5'] = x_calendar_for_region__mutmut_5 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_6'] = x_calendar_for_region__mutmut_6 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_7'] = x_calendar_for_region__mutmut_7 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_8'] = x_calendar_for_region__mutmut_8 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_9'] = x_calendar_for_region__mutmut_9 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_10'] = x_calendar_for_region__mutmut_10 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_11'] = x_calendar_for_region__mutmut_11 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_12'] = x_calendar_for_region__mutmut_12 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_13'] = x_calendar_for_region__mutmut_13 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_14'] = x_calendar_for_region__mutmut_14 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_15'] = x_calendar_for_region__mutmut_15 # type: ignore # mutmut generated
mutants_x_calendar_for_region__mutmut['x_calendar_for_region__mutmut_16'] = x_calendar_for_region__mutmut_16 # type: ignore # mutmut generated
mutants_x_register_layer__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_register_layer__mutmut)
def register_layer(layer: Layer) -> None:
    """Add or replace a bundled regional layer at run time (e.g. 新疆's 肉孜节)."""
    _extra_layers[layer.name] = layer
    _calendars.clear()


def x_register_layer__mutmut_orig(layer: Layer) -> None:
    """Add or replace a bundled regional layer at run time (e.g. 新疆's 肉孜节)."""
    _extra_layers[layer.name] = layer
    _calendars.clear()


def x_register_layer__mutmut_1(layer: Layer) -> None:
    """Add or replace a bundled regional layer at run time (e.g. 新疆's 肉孜节)."""
    _extra_layers[layer.name] = None
    _calendars.clear()

mutants_x_register_layer__mutmut['_mutmut_orig'] = x_register_layer__mutmut_orig # type: ignore # mutmut generated
mutants_x_register_layer__mutmut['x_register_layer__mutmut_1'] = x_register_layer__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_workday__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_workday__mutmut)
def is_workday(day, region=None) -> bool:
    """True if `day` is a working day nationally (plus `region`'s holidays)."""
    return calendar_for_region(region).is_workday(day)


def x_is_workday__mutmut_orig(day, region=None) -> bool:
    """True if `day` is a working day nationally (plus `region`'s holidays)."""
    return calendar_for_region(region).is_workday(day)


def x_is_workday__mutmut_1(day, region=None) -> bool:
    """True if `day` is a working day nationally (plus `region`'s holidays)."""
    return calendar_for_region(region).is_workday(None)


def x_is_workday__mutmut_2(day, region=None) -> bool:
    """True if `day` is a working day nationally (plus `region`'s holidays)."""
    return calendar_for_region(None).is_workday(day)

mutants_x_is_workday__mutmut['_mutmut_orig'] = x_is_workday__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_workday__mutmut['x_is_workday__mutmut_1'] = x_is_workday__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_workday__mutmut['x_is_workday__mutmut_2'] = x_is_workday__mutmut_2 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_add_workdays__mutmut)
def add_workdays(day, n, region=None, count_start_day=False):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = _calendars[region]
    except (KeyError, TypeError):
        cal = calendar_for_region(region)
    return cal.add_workdays(day, n, count_start_day)


def x_add_workdays__mutmut_orig(day, n, region=None, count_start_day=False):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = _calendars[region]
    except (KeyError, TypeError):
        cal = calendar_for_region(region)
    return cal.add_workdays(day, n, count_start_day)


def x_add_workdays__mutmut_1(day, n, region=None, count_start_day=True):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = _calendars[region]
    except (KeyError, TypeError):
        cal = calendar_for_region(region)
    return cal.add_workdays(day, n, count_start_day)


def x_add_workdays__mutmut_2(day, n, region=None, count_start_day=False):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = None
    except (KeyError, TypeError):
        cal = calendar_for_region(region)
    return cal.add_workdays(day, n, count_start_day)


def x_add_workdays__mutmut_3(day, n, region=None, count_start_day=False):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = _calendars[region]
    except (KeyError, TypeError):
        cal = None
    return cal.add_workdays(day, n, count_start_day)


def x_add_workdays__mutmut_4(day, n, region=None, count_start_day=False):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = _calendars[region]
    except (KeyError, TypeError):
        cal = calendar_for_region(None)
    return cal.add_workdays(day, n, count_start_day)


def x_add_workdays__mutmut_5(day, n, region=None, count_start_day=False):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = _calendars[region]
    except (KeyError, TypeError):
        cal = calendar_for_region(region)
    return cal.add_workdays(None, n, count_start_day)


def x_add_workdays__mutmut_6(day, n, region=None, count_start_day=False):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = _calendars[region]
    except (KeyError, TypeError):
        cal = calendar_for_region(region)
    return cal.add_workdays(day, None, count_start_day)


def x_add_workdays__mutmut_7(day, n, region=None, count_start_day=False):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = _calendars[region]
    except (KeyError, TypeError):
        cal = calendar_for_region(region)
    return cal.add_workdays(day, n, None)


def x_add_workdays__mutmut_8(day, n, region=None, count_start_day=False):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = _calendars[region]
    except (KeyError, TypeError):
        cal = calendar_for_region(region)
    return cal.add_workdays(n, count_start_day)


def x_add_workdays__mutmut_9(day, n, region=None, count_start_day=False):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = _calendars[region]
    except (KeyError, TypeError):
        cal = calendar_for_region(region)
    return cal.add_workdays(day, count_start_day)


def x_add_workdays__mutmut_10(day, n, region=None, count_start_day=False):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = _calendars[region]
    except (KeyError, TypeError):
        cal = calendar_for_region(region)
    return cal.add_workdays(day, n, )

mutants_x_add_workdays__mutmut['_mutmut_orig'] = x_add_workdays__mutmut_orig # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_1'] = x_add_workdays__mutmut_1 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_2'] = x_add_workdays__mutmut_2 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_3'] = x_add_workdays__mutmut_3 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_4'] = x_add_workdays__mutmut_4 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_5'] = x_add_workdays__mutmut_5 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_6'] = x_add_workdays__mutmut_6 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_7'] = x_add_workdays__mutmut_7 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_8'] = x_add_workdays__mutmut_8 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_9'] = x_add_workdays__mutmut_9 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_10'] = x_add_workdays__mutmut_10 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_workdays_between__mutmut)
def workdays_between(a, b, region=None, count_start_day=False) -> int:
    """Working days in (a, b]; workdays_between(d, add_workdays(d, n)) == n for n ≥ 1."""
    return calendar_for_region(region).workdays_between(a, b, count_start_day)


def x_workdays_between__mutmut_orig(a, b, region=None, count_start_day=False) -> int:
    """Working days in (a, b]; workdays_between(d, add_workdays(d, n)) == n for n ≥ 1."""
    return calendar_for_region(region).workdays_between(a, b, count_start_day)


def x_workdays_between__mutmut_1(a, b, region=None, count_start_day=True) -> int:
    """Working days in (a, b]; workdays_between(d, add_workdays(d, n)) == n for n ≥ 1."""
    return calendar_for_region(region).workdays_between(a, b, count_start_day)


def x_workdays_between__mutmut_2(a, b, region=None, count_start_day=False) -> int:
    """Working days in (a, b]; workdays_between(d, add_workdays(d, n)) == n for n ≥ 1."""
    return calendar_for_region(region).workdays_between(None, b, count_start_day)


def x_workdays_between__mutmut_3(a, b, region=None, count_start_day=False) -> int:
    """Working days in (a, b]; workdays_between(d, add_workdays(d, n)) == n for n ≥ 1."""
    return calendar_for_region(region).workdays_between(a, None, count_start_day)


def x_workdays_between__mutmut_4(a, b, region=None, count_start_day=False) -> int:
    """Working days in (a, b]; workdays_between(d, add_workdays(d, n)) == n for n ≥ 1."""
    return calendar_for_region(region).workdays_between(a, b, None)


def x_workdays_between__mutmut_5(a, b, region=None, count_start_day=False) -> int:
    """Working days in (a, b]; workdays_between(d, add_workdays(d, n)) == n for n ≥ 1."""
    return calendar_for_region(region).workdays_between(b, count_start_day)


def x_workdays_between__mutmut_6(a, b, region=None, count_start_day=False) -> int:
    """Working days in (a, b]; workdays_between(d, add_workdays(d, n)) == n for n ≥ 1."""
    return calendar_for_region(region).workdays_between(a, count_start_day)


def x_workdays_between__mutmut_7(a, b, region=None, count_start_day=False) -> int:
    """Working days in (a, b]; workdays_between(d, add_workdays(d, n)) == n for n ≥ 1."""
    return calendar_for_region(region).workdays_between(a, b, )


def x_workdays_between__mutmut_8(a, b, region=None, count_start_day=False) -> int:
    """Working days in (a, b]; workdays_between(d, add_workdays(d, n)) == n for n ≥ 1."""
    return calendar_for_region(None).workdays_between(a, b, count_start_day)

mutants_x_workdays_between__mutmut['_mutmut_orig'] = x_workdays_between__mutmut_orig # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_1'] = x_workdays_between__mutmut_1 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_2'] = x_workdays_between__mutmut_2 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_3'] = x_workdays_between__mutmut_3 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_4'] = x_workdays_between__mutmut_4 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_5'] = x_workdays_between__mutmut_5 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_6'] = x_workdays_between__mutmut_6 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_7'] = x_workdays_between__mutmut_7 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_8'] = x_workdays_between__mutmut_8 # type: ignore # mutmut generated
mutants_x_explain__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_explain__mutmut)
def explain(day, n, region=None, count_start_day=False) -> Explanation:
    """The due date with every skipped day (and why) and every make-up workday counted."""
    return calendar_for_region(region).explain(day, n, count_start_day)


def x_explain__mutmut_orig(day, n, region=None, count_start_day=False) -> Explanation:
    """The due date with every skipped day (and why) and every make-up workday counted."""
    return calendar_for_region(region).explain(day, n, count_start_day)


def x_explain__mutmut_1(day, n, region=None, count_start_day=True) -> Explanation:
    """The due date with every skipped day (and why) and every make-up workday counted."""
    return calendar_for_region(region).explain(day, n, count_start_day)


def x_explain__mutmut_2(day, n, region=None, count_start_day=False) -> Explanation:
    """The due date with every skipped day (and why) and every make-up workday counted."""
    return calendar_for_region(region).explain(None, n, count_start_day)


def x_explain__mutmut_3(day, n, region=None, count_start_day=False) -> Explanation:
    """The due date with every skipped day (and why) and every make-up workday counted."""
    return calendar_for_region(region).explain(day, None, count_start_day)


def x_explain__mutmut_4(day, n, region=None, count_start_day=False) -> Explanation:
    """The due date with every skipped day (and why) and every make-up workday counted."""
    return calendar_for_region(region).explain(day, n, None)


def x_explain__mutmut_5(day, n, region=None, count_start_day=False) -> Explanation:
    """The due date with every skipped day (and why) and every make-up workday counted."""
    return calendar_for_region(region).explain(n, count_start_day)


def x_explain__mutmut_6(day, n, region=None, count_start_day=False) -> Explanation:
    """The due date with every skipped day (and why) and every make-up workday counted."""
    return calendar_for_region(region).explain(day, count_start_day)


def x_explain__mutmut_7(day, n, region=None, count_start_day=False) -> Explanation:
    """The due date with every skipped day (and why) and every make-up workday counted."""
    return calendar_for_region(region).explain(day, n, )


def x_explain__mutmut_8(day, n, region=None, count_start_day=False) -> Explanation:
    """The due date with every skipped day (and why) and every make-up workday counted."""
    return calendar_for_region(None).explain(day, n, count_start_day)

mutants_x_explain__mutmut['_mutmut_orig'] = x_explain__mutmut_orig # type: ignore # mutmut generated
mutants_x_explain__mutmut['x_explain__mutmut_1'] = x_explain__mutmut_1 # type: ignore # mutmut generated
mutants_x_explain__mutmut['x_explain__mutmut_2'] = x_explain__mutmut_2 # type: ignore # mutmut generated
mutants_x_explain__mutmut['x_explain__mutmut_3'] = x_explain__mutmut_3 # type: ignore # mutmut generated
mutants_x_explain__mutmut['x_explain__mutmut_4'] = x_explain__mutmut_4 # type: ignore # mutmut generated
mutants_x_explain__mutmut['x_explain__mutmut_5'] = x_explain__mutmut_5 # type: ignore # mutmut generated
mutants_x_explain__mutmut['x_explain__mutmut_6'] = x_explain__mutmut_6 # type: ignore # mutmut generated
mutants_x_explain__mutmut['x_explain__mutmut_7'] = x_explain__mutmut_7 # type: ignore # mutmut generated
mutants_x_explain__mutmut['x_explain__mutmut_8'] = x_explain__mutmut_8 # type: ignore # mutmut generated
mutants_x_is_provisional__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_provisional__mutmut)
def is_provisional(start, end=None, region=None) -> bool:
    """True when [start, end] touches a year without official holiday data."""
    return calendar_for_region(region).is_provisional(start, end)


def x_is_provisional__mutmut_orig(start, end=None, region=None) -> bool:
    """True when [start, end] touches a year without official holiday data."""
    return calendar_for_region(region).is_provisional(start, end)


def x_is_provisional__mutmut_1(start, end=None, region=None) -> bool:
    """True when [start, end] touches a year without official holiday data."""
    return calendar_for_region(region).is_provisional(None, end)


def x_is_provisional__mutmut_2(start, end=None, region=None) -> bool:
    """True when [start, end] touches a year without official holiday data."""
    return calendar_for_region(region).is_provisional(start, None)


def x_is_provisional__mutmut_3(start, end=None, region=None) -> bool:
    """True when [start, end] touches a year without official holiday data."""
    return calendar_for_region(region).is_provisional(end)


def x_is_provisional__mutmut_4(start, end=None, region=None) -> bool:
    """True when [start, end] touches a year without official holiday data."""
    return calendar_for_region(region).is_provisional(start, )


def x_is_provisional__mutmut_5(start, end=None, region=None) -> bool:
    """True when [start, end] touches a year without official holiday data."""
    return calendar_for_region(None).is_provisional(start, end)

mutants_x_is_provisional__mutmut['_mutmut_orig'] = x_is_provisional__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_provisional__mutmut['x_is_provisional__mutmut_1'] = x_is_provisional__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_provisional__mutmut['x_is_provisional__mutmut_2'] = x_is_provisional__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_provisional__mutmut['x_is_provisional__mutmut_3'] = x_is_provisional__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_provisional__mutmut['x_is_provisional__mutmut_4'] = x_is_provisional__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_provisional__mutmut['x_is_provisional__mutmut_5'] = x_is_provisional__mutmut_5 # type: ignore # mutmut generated
