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


def known_layer_names() -> set:
    """Region names that have bundled or registered data (they resolve even outside the registry)."""
    return set(regional_layers()) | set(_extra_layers)


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


def calendar_for_region(region=None) -> Calendar:
    """The (cached) bundled-data Calendar for a region name such as 宁夏, 银川市 or
    '宁夏回族自治区/银川市'; an unknown name raises UnknownRegionError."""
    key = region if isinstance(region, str) or region is None else "/".join(region)
    cal = _calendars.get(key)
    if cal is None:
        cal = _calendars[key] = build_calendar(resolve_region(region, known_layer_names()))
    return cal


def register_layer(layer: Layer) -> None:
    """Add or replace a bundled regional layer at run time (e.g. 新疆's 肉孜节)."""
    _extra_layers[layer.name] = layer
    _calendars.clear()


def is_workday(day, region=None) -> bool:
    """True if `day` is a working day nationally (plus `region`'s holidays)."""
    return calendar_for_region(region).is_workday(day)


def add_workdays(day, n, region=None, count_start_day=False):
    """The n-th working day after `day` (start day not counted unless count_start_day);
    n=0 gives `day` if it is a working day, else the next working day."""
    try:
        cal = _calendars[region]
    except (KeyError, TypeError):
        cal = calendar_for_region(region)
    return cal.add_workdays(day, n, count_start_day)


def workdays_between(a, b, region=None, count_start_day=False) -> int:
    """Working days in (a, b]; workdays_between(d, add_workdays(d, n)) == n for n ≥ 1."""
    return calendar_for_region(region).workdays_between(a, b, count_start_day)


def explain(day, n, region=None, count_start_day=False) -> Explanation:
    """The due date with every skipped day (and why) and every make-up workday counted."""
    return calendar_for_region(region).explain(day, n, count_start_day)


def is_provisional(start, end=None, region=None) -> bool:
    """True when [start, end] touches a year without official holiday data."""
    return calendar_for_region(region).is_provisional(start, end)
