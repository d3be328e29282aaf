"""The working-day calendar: layers of holiday data merged into a precomputed index.

A `Calendar` stacks `Layer`s (national first, then each region, later layers win on the
same date) and precomputes, over a fixed range of years, a cumulative count of working days
per date and the list of working days in order. `add_workdays` is then two list lookups and
`workdays_between` a subtraction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from zwgk.lib import dates

WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")

OFF = "off"
WORKDAY = "workday"

DEFAULT_FIRST_YEAR = 1990
DEFAULT_LAST_YEAR = 2099
# Why a national year is 暂定 when its days were inferred from the statute (zwgk.workdays.statutory).
ESTIMATED_NOTE = "{year}年国务院放假通知尚未发布，按《全国年节及纪念日放假办法》推定"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class WorkdaysError(ValueError):
    """Bad input to the calendar (negative N, a date outside the supported range, …)."""


def format_date(day: dt.date) -> str:
    """2025年10月10日（周五）."""
    return f"{day.year}年{day.month}月{day.day}日（{WEEKDAYS[day.weekday()]}）"
mutants_x_parse_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_date__mutmut)
def parse_date(text: str) -> dt.date:
    """A date under the one policy of zwgk.lib.dates, failing as a WorkdaysError."""
    try:
        return dates.parse_date(text)
    except dates.DateError as exc:
        raise WorkdaysError(str(exc)) from None


def x_parse_date__mutmut_orig(text: str) -> dt.date:
    """A date under the one policy of zwgk.lib.dates, failing as a WorkdaysError."""
    try:
        return dates.parse_date(text)
    except dates.DateError as exc:
        raise WorkdaysError(str(exc)) from None


def x_parse_date__mutmut_1(text: str) -> dt.date:
    """A date under the one policy of zwgk.lib.dates, failing as a WorkdaysError."""
    try:
        return dates.parse_date(None)
    except dates.DateError as exc:
        raise WorkdaysError(str(exc)) from None


def x_parse_date__mutmut_2(text: str) -> dt.date:
    """A date under the one policy of zwgk.lib.dates, failing as a WorkdaysError."""
    try:
        return dates.parse_date(text)
    except dates.DateError as exc:
        raise WorkdaysError(None) from None


def x_parse_date__mutmut_3(text: str) -> dt.date:
    """A date under the one policy of zwgk.lib.dates, failing as a WorkdaysError."""
    try:
        return dates.parse_date(text)
    except dates.DateError as exc:
        raise WorkdaysError(str(None)) from None

mutants_x_parse_date__mutmut['_mutmut_orig'] = x_parse_date__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_date__mutmut['x_parse_date__mutmut_1'] = x_parse_date__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_date__mutmut['x_parse_date__mutmut_2'] = x_parse_date__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_date__mutmut['x_parse_date__mutmut_3'] = x_parse_date__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_count__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_count__mutmut)
def parse_count(text) -> int:
    """Parse N (a number of working days): a non-negative integer."""
    try:
        n = int(str(text).strip())
    except ValueError:
        raise WorkdaysError(f"工作日数不正确：“{text}”，应为非负整数") from None
    if n < 0:
        raise WorkdaysError(f"工作日数不能为负数：{n}")
    return n


def x_parse_count__mutmut_orig(text) -> int:
    """Parse N (a number of working days): a non-negative integer."""
    try:
        n = int(str(text).strip())
    except ValueError:
        raise WorkdaysError(f"工作日数不正确：“{text}”，应为非负整数") from None
    if n < 0:
        raise WorkdaysError(f"工作日数不能为负数：{n}")
    return n


def x_parse_count__mutmut_1(text) -> int:
    """Parse N (a number of working days): a non-negative integer."""
    try:
        n = None
    except ValueError:
        raise WorkdaysError(f"工作日数不正确：“{text}”，应为非负整数") from None
    if n < 0:
        raise WorkdaysError(f"工作日数不能为负数：{n}")
    return n


def x_parse_count__mutmut_2(text) -> int:
    """Parse N (a number of working days): a non-negative integer."""
    try:
        n = int(None)
    except ValueError:
        raise WorkdaysError(f"工作日数不正确：“{text}”，应为非负整数") from None
    if n < 0:
        raise WorkdaysError(f"工作日数不能为负数：{n}")
    return n


def x_parse_count__mutmut_3(text) -> int:
    """Parse N (a number of working days): a non-negative integer."""
    try:
        n = int(str(None).strip())
    except ValueError:
        raise WorkdaysError(f"工作日数不正确：“{text}”，应为非负整数") from None
    if n < 0:
        raise WorkdaysError(f"工作日数不能为负数：{n}")
    return n


def x_parse_count__mutmut_4(text) -> int:
    """Parse N (a number of working days): a non-negative integer."""
    try:
        n = int(str(text).strip())
    except ValueError:
        raise WorkdaysError(None) from None
    if n < 0:
        raise WorkdaysError(f"工作日数不能为负数：{n}")
    return n


def x_parse_count__mutmut_5(text) -> int:
    """Parse N (a number of working days): a non-negative integer."""
    try:
        n = int(str(text).strip())
    except ValueError:
        raise WorkdaysError(f"工作日数不正确：“{text}”，应为非负整数") from None
    if n <= 0:
        raise WorkdaysError(f"工作日数不能为负数：{n}")
    return n


def x_parse_count__mutmut_6(text) -> int:
    """Parse N (a number of working days): a non-negative integer."""
    try:
        n = int(str(text).strip())
    except ValueError:
        raise WorkdaysError(f"工作日数不正确：“{text}”，应为非负整数") from None
    if n < 1:
        raise WorkdaysError(f"工作日数不能为负数：{n}")
    return n


def x_parse_count__mutmut_7(text) -> int:
    """Parse N (a number of working days): a non-negative integer."""
    try:
        n = int(str(text).strip())
    except ValueError:
        raise WorkdaysError(f"工作日数不正确：“{text}”，应为非负整数") from None
    if n < 0:
        raise WorkdaysError(None)
    return n

mutants_x_parse_count__mutmut['_mutmut_orig'] = x_parse_count__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_count__mutmut['x_parse_count__mutmut_1'] = x_parse_count__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_count__mutmut['x_parse_count__mutmut_2'] = x_parse_count__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_count__mutmut['x_parse_count__mutmut_3'] = x_parse_count__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_count__mutmut['x_parse_count__mutmut_4'] = x_parse_count__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_count__mutmut['x_parse_count__mutmut_5'] = x_parse_count__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_count__mutmut['x_parse_count__mutmut_6'] = x_parse_count__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_count__mutmut['x_parse_count__mutmut_7'] = x_parse_count__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Layer:
    """One source of holiday data: the national calendar or one region's additions.

    `days` maps a date to (kind, name) with kind OFF (放假) or WORKDAY (调休上班).
    `years` are the years for which the layer's official notice is known. When `yearly`
    is set, the layer's dates move every year, so a year missing from `years` makes any
    result touching it provisional. `estimated` are years whose days were inferred from the
    statute rather than left as weekends only (still provisional, with a different note).
    """

    name: str
    days: dict = field(default_factory=dict)
    years: frozenset = frozenset()
    yearly: bool = True
    sources: dict = field(default_factory=dict)  # year -> notice title
    estimated: frozenset = frozenset()

    @_mutmut_mutated(mutants_xǁLayerǁmerged_with__mutmut)
    def merged_with(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_orig(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_1(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = None
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_2(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(None)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_3(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(None)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_4(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = None
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_5(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(None)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_6(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(None)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_7(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = None
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_8(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) & frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_9(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(None) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_10(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(None)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_11(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(None, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_12(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, None, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_13(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, None, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_14(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, None, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_15(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, None,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_16(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     None)

    def xǁLayerǁmerged_with__mutmut_17(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_18(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_19(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_20(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_21(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_22(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     )

    def xǁLayerǁmerged_with__mutmut_23(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly and other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_24(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) + years)

    def xǁLayerǁmerged_with__mutmut_25(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) & frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_26(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(None) | frozenset(other.estimated)) - years)

    def xǁLayerǁmerged_with__mutmut_27(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(None)) - years)

mutants_xǁLayerǁmerged_with__mutmut['_mutmut_orig'] = Layer.xǁLayerǁmerged_with__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_1'] = Layer.xǁLayerǁmerged_with__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_2'] = Layer.xǁLayerǁmerged_with__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_3'] = Layer.xǁLayerǁmerged_with__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_4'] = Layer.xǁLayerǁmerged_with__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_5'] = Layer.xǁLayerǁmerged_with__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_6'] = Layer.xǁLayerǁmerged_with__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_7'] = Layer.xǁLayerǁmerged_with__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_8'] = Layer.xǁLayerǁmerged_with__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_9'] = Layer.xǁLayerǁmerged_with__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_10'] = Layer.xǁLayerǁmerged_with__mutmut_10 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_11'] = Layer.xǁLayerǁmerged_with__mutmut_11 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_12'] = Layer.xǁLayerǁmerged_with__mutmut_12 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_13'] = Layer.xǁLayerǁmerged_with__mutmut_13 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_14'] = Layer.xǁLayerǁmerged_with__mutmut_14 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_15'] = Layer.xǁLayerǁmerged_with__mutmut_15 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_16'] = Layer.xǁLayerǁmerged_with__mutmut_16 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_17'] = Layer.xǁLayerǁmerged_with__mutmut_17 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_18'] = Layer.xǁLayerǁmerged_with__mutmut_18 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_19'] = Layer.xǁLayerǁmerged_with__mutmut_19 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_20'] = Layer.xǁLayerǁmerged_with__mutmut_20 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_21'] = Layer.xǁLayerǁmerged_with__mutmut_21 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_22'] = Layer.xǁLayerǁmerged_with__mutmut_22 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_23'] = Layer.xǁLayerǁmerged_with__mutmut_23 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_24'] = Layer.xǁLayerǁmerged_with__mutmut_24 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_25'] = Layer.xǁLayerǁmerged_with__mutmut_25 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_26'] = Layer.xǁLayerǁmerged_with__mutmut_26 # type: ignore # mutmut generated
mutants_xǁLayerǁmerged_with__mutmut['xǁLayerǁmerged_with__mutmut_27'] = Layer.xǁLayerǁmerged_with__mutmut_27 # type: ignore # mutmut generated


@dataclass(frozen=True)
class SpecialDay:
    """A day that differs from the Monday–Friday rule, or a holiday falling on a weekend."""

    date: dt.date
    workday: bool
    name: str
    layer: str

    @property
    def label(self) -> str:
        return f"{self.name}调休上班" if self.workday else self.name
mutants_xǁStepǁas_text__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Step:
    """One day walked over by `explain`: counted (number set) or skipped (reason set)."""

    date: dt.date
    workday: bool
    number: int | None
    kind: str  # "count", "makeup" (a weekend make-up workday, counted) or "skip"
    reason: str
    layer: str = ""

    @_mutmut_mutated(mutants_xǁStepǁas_text__mutmut)
    def as_text(self) -> str:
        day = format_date(self.date)
        if self.kind == "skip":
            return f"{day} 跳过：{self.reason}"
        if self.kind == "makeup":
            return f"{day} 第{self.number}个工作日（{self.reason}，计入）"
        return f"{day} 第{self.number}个工作日"

    def xǁStepǁas_text__mutmut_orig(self) -> str:
        day = format_date(self.date)
        if self.kind == "skip":
            return f"{day} 跳过：{self.reason}"
        if self.kind == "makeup":
            return f"{day} 第{self.number}个工作日（{self.reason}，计入）"
        return f"{day} 第{self.number}个工作日"

    def xǁStepǁas_text__mutmut_1(self) -> str:
        day = None
        if self.kind == "skip":
            return f"{day} 跳过：{self.reason}"
        if self.kind == "makeup":
            return f"{day} 第{self.number}个工作日（{self.reason}，计入）"
        return f"{day} 第{self.number}个工作日"

    def xǁStepǁas_text__mutmut_2(self) -> str:
        day = format_date(None)
        if self.kind == "skip":
            return f"{day} 跳过：{self.reason}"
        if self.kind == "makeup":
            return f"{day} 第{self.number}个工作日（{self.reason}，计入）"
        return f"{day} 第{self.number}个工作日"

    def xǁStepǁas_text__mutmut_3(self) -> str:
        day = format_date(self.date)
        if self.kind != "skip":
            return f"{day} 跳过：{self.reason}"
        if self.kind == "makeup":
            return f"{day} 第{self.number}个工作日（{self.reason}，计入）"
        return f"{day} 第{self.number}个工作日"

    def xǁStepǁas_text__mutmut_4(self) -> str:
        day = format_date(self.date)
        if self.kind == "XXskipXX":
            return f"{day} 跳过：{self.reason}"
        if self.kind == "makeup":
            return f"{day} 第{self.number}个工作日（{self.reason}，计入）"
        return f"{day} 第{self.number}个工作日"

    def xǁStepǁas_text__mutmut_5(self) -> str:
        day = format_date(self.date)
        if self.kind == "SKIP":
            return f"{day} 跳过：{self.reason}"
        if self.kind == "makeup":
            return f"{day} 第{self.number}个工作日（{self.reason}，计入）"
        return f"{day} 第{self.number}个工作日"

    def xǁStepǁas_text__mutmut_6(self) -> str:
        day = format_date(self.date)
        if self.kind == "skip":
            return f"{day} 跳过：{self.reason}"
        if self.kind != "makeup":
            return f"{day} 第{self.number}个工作日（{self.reason}，计入）"
        return f"{day} 第{self.number}个工作日"

    def xǁStepǁas_text__mutmut_7(self) -> str:
        day = format_date(self.date)
        if self.kind == "skip":
            return f"{day} 跳过：{self.reason}"
        if self.kind == "XXmakeupXX":
            return f"{day} 第{self.number}个工作日（{self.reason}，计入）"
        return f"{day} 第{self.number}个工作日"

    def xǁStepǁas_text__mutmut_8(self) -> str:
        day = format_date(self.date)
        if self.kind == "skip":
            return f"{day} 跳过：{self.reason}"
        if self.kind == "MAKEUP":
            return f"{day} 第{self.number}个工作日（{self.reason}，计入）"
        return f"{day} 第{self.number}个工作日"

mutants_xǁStepǁas_text__mutmut['_mutmut_orig'] = Step.xǁStepǁas_text__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStepǁas_text__mutmut['xǁStepǁas_text__mutmut_1'] = Step.xǁStepǁas_text__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStepǁas_text__mutmut['xǁStepǁas_text__mutmut_2'] = Step.xǁStepǁas_text__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStepǁas_text__mutmut['xǁStepǁas_text__mutmut_3'] = Step.xǁStepǁas_text__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStepǁas_text__mutmut['xǁStepǁas_text__mutmut_4'] = Step.xǁStepǁas_text__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStepǁas_text__mutmut['xǁStepǁas_text__mutmut_5'] = Step.xǁStepǁas_text__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStepǁas_text__mutmut['xǁStepǁas_text__mutmut_6'] = Step.xǁStepǁas_text__mutmut_6 # type: ignore # mutmut generated
mutants_xǁStepǁas_text__mutmut['xǁStepǁas_text__mutmut_7'] = Step.xǁStepǁas_text__mutmut_7 # type: ignore # mutmut generated
mutants_xǁStepǁas_text__mutmut['xǁStepǁas_text__mutmut_8'] = Step.xǁStepǁas_text__mutmut_8 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Explanation:
    """How a deadline was computed: the due date and every day on the way."""

    start: dt.date
    n: int
    due: dt.date
    provisional: bool
    steps: tuple
    count_start_day: bool = False
    region: str = ""
    notes: tuple = ()

    @property
    def skipped(self) -> list:
        return [s for s in self.steps if s.kind == "skip"]

    @property
    def makeup_days(self) -> list:
        return [s for s in self.steps if s.kind == "makeup"]

    @property
    def text_without_notes(self) -> str:
        """as_text() minus the provisional notes (for pages that show the notes as warnings)."""
        return self.as_text(notes=False)

    @_mutmut_mutated(mutants_xǁExplanationǁas_text__mutmut)
    def as_text(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_orig(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_1(self, notes: bool = False) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_2(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = None
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_3(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region and "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_4(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "XX全国XX"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_5(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = None
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_6(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if (self.count_start_day) and False else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_7(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if (self.count_start_day) or True else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_8(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "XX起算日当日计入XX" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_9(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "XX起算日当日不计入，自次日起算XX"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_10(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = None
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_11(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(None)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_12(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = None
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_13(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(None)
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_14(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(None)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_15(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(None)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_16(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append(None)
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_17(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("XX期间没有跳过的非工作日。XX")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_18(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(None)
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_19(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(None)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_20(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = None
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_21(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if (self.provisional) and False else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_22(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if (self.provisional) or True else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_23(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "XX（暂定）XX" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_24(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else "XXXX"
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_25(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(None)
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_26(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(None)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_27(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(None)
        return "\n".join(lines)

    def xǁExplanationǁas_text__mutmut_28(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(None)

    def xǁExplanationǁas_text__mutmut_29(self, notes: bool = True) -> str:
        """A Chinese explanation, one fact per line."""
        where = self.region or "全国"
        rule = "起算日当日计入" if self.count_start_day else "起算日当日不计入，自次日起算"
        lines = [f"适用日历：{where}", f"起算日：{format_date(self.start)}（{rule}）", f"工作日数：{self.n}"]
        skipped = self.skipped
        if skipped:
            lines.append(f"跳过的非工作日（{len(skipped)}天）：")
            lines.extend(f"  {format_date(s.date)} {s.reason}" for s in skipped)
        else:
            lines.append("期间没有跳过的非工作日。")
        for s in self.makeup_days:
            lines.append(f"计入调休上班日：{format_date(s.date)} {s.reason}，为第{s.number}个工作日")
        status = "（暂定）" if self.provisional else ""
        lines.append(f"届满日：{format_date(self.due)}{status}")
        if notes:
            lines.extend(f"注意：{note}" for note in self.notes)
        return "XX\nXX".join(lines)

mutants_xǁExplanationǁas_text__mutmut['_mutmut_orig'] = Explanation.xǁExplanationǁas_text__mutmut_orig # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_1'] = Explanation.xǁExplanationǁas_text__mutmut_1 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_2'] = Explanation.xǁExplanationǁas_text__mutmut_2 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_3'] = Explanation.xǁExplanationǁas_text__mutmut_3 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_4'] = Explanation.xǁExplanationǁas_text__mutmut_4 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_5'] = Explanation.xǁExplanationǁas_text__mutmut_5 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_6'] = Explanation.xǁExplanationǁas_text__mutmut_6 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_7'] = Explanation.xǁExplanationǁas_text__mutmut_7 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_8'] = Explanation.xǁExplanationǁas_text__mutmut_8 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_9'] = Explanation.xǁExplanationǁas_text__mutmut_9 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_10'] = Explanation.xǁExplanationǁas_text__mutmut_10 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_11'] = Explanation.xǁExplanationǁas_text__mutmut_11 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_12'] = Explanation.xǁExplanationǁas_text__mutmut_12 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_13'] = Explanation.xǁExplanationǁas_text__mutmut_13 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_14'] = Explanation.xǁExplanationǁas_text__mutmut_14 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_15'] = Explanation.xǁExplanationǁas_text__mutmut_15 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_16'] = Explanation.xǁExplanationǁas_text__mutmut_16 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_17'] = Explanation.xǁExplanationǁas_text__mutmut_17 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_18'] = Explanation.xǁExplanationǁas_text__mutmut_18 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_19'] = Explanation.xǁExplanationǁas_text__mutmut_19 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_20'] = Explanation.xǁExplanationǁas_text__mutmut_20 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_21'] = Explanation.xǁExplanationǁas_text__mutmut_21 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_22'] = Explanation.xǁExplanationǁas_text__mutmut_22 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_23'] = Explanation.xǁExplanationǁas_text__mutmut_23 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_24'] = Explanation.xǁExplanationǁas_text__mutmut_24 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_25'] = Explanation.xǁExplanationǁas_text__mutmut_25 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_26'] = Explanation.xǁExplanationǁas_text__mutmut_26 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_27'] = Explanation.xǁExplanationǁas_text__mutmut_27 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_28'] = Explanation.xǁExplanationǁas_text__mutmut_28 # type: ignore # mutmut generated
mutants_xǁExplanationǁas_text__mutmut['xǁExplanationǁas_text__mutmut_29'] = Explanation.xǁExplanationǁas_text__mutmut_29 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁ_index__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁis_workday__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁadd_workdays__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁ_add_slow__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁworkdays_between__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁspecial_day__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁspecial_days__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁreason__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁmissing_data__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁis_provisional__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁprovisional_years__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁknown_years__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCalendarǁexplain__mutmut: MutantDict = {}  # type: ignore


class Calendar:
    """Layers of holiday data with a precomputed working-day index.

    Conventions: `add_workdays(d, n)` is the n-th working day after `d` (the start day is day
    0, 起算日不计入); pass `count_start_day=True` to count `d` itself as day 1 when it is a
    working day. `workdays_between(a, b)` counts working days in (a, b] (or [a, b] with
    `count_start_day=True`), so `workdays_between(d, add_workdays(d, n)) == n` for n ≥ 1.
    `add_workdays(d, 0)` is `d` when it is a working day, else the next working day.
    """

    @_mutmut_mutated(mutants_xǁCalendarǁ__init____mutmut)
    def __init__(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_orig(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_1(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region="XXXX"):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_2(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = None
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_3(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(None)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_4(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = None
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_5(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = None
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_6(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = None
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_7(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = None
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_8(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(None, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_9(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, None, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_10(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, None)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_11(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_12(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_13(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, )
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_14(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 2, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_15(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 2)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_16(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = None
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_17(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(None, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_18(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, None, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_19(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, None)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_20(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_21(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_22(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, )
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_23(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 13, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_24(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 32)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_25(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = None
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_26(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = None

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_27(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base - 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_28(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() + self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_29(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 2

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_30(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = None
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_31(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year < day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_32(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year < last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_33(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = None
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_34(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(None, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_35(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, None, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_36(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, None, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_37(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, None)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_38(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_39(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_40(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_41(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, )
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_42(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind != WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_43(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = None

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_44(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = None
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_45(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = None
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_46(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(None)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_47(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = None
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_48(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(None):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_49(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) / 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_50(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday - i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_51(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 8 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_52(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 <= 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_53(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 6:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_54(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = None
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_55(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 2
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_56(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = None
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_57(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() + base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_58(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if (sp.workday) and False else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_59(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if (sp.workday) or True else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_60(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 2 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_61(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 1
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_62(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = None
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_63(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] / (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_64(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [1] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_65(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size - 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_66(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 2)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_67(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = None
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_68(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = None
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_69(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 1
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_70(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = None
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_71(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(None):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_72(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total = 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_73(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total -= 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_74(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 2
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_75(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(None)
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_76(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(None))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_77(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base - i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_78(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = None
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_79(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i - 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_80(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 2] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_81(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = None
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_82(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(None)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_83(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = None
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_84(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = None

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_85(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = None
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_86(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = None
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_87(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_88(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                break
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_89(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(None, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_90(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, None):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_91(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_92(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, ):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_93(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year - 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_94(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 2):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_95(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_96(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(None)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_97(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(None, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_98(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, None).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_99(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault([]).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_100(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, ).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_101(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year not in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_102(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add(None)
        self._missing = missing
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_103(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = None
        self._estimated = estimated

    def xǁCalendarǁ__init____mutmut_104(self, layers=(), *, first_year=DEFAULT_FIRST_YEAR, last_year=DEFAULT_LAST_YEAR, region=""):
        self.layers = tuple(layers)
        self.region = region
        self.first_year = first_year
        self.last_year = last_year
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self._base = self.first.toordinal()
        self._size = self.last.toordinal() - self._base + 1

        special: dict = {}
        for layer in self.layers:
            for day, (kind, name) in layer.days.items():
                if first_year <= day.year <= last_year:
                    special[day] = SpecialDay(day, kind == WORKDAY, name, layer.name)
        self._special = special

        base, size = self._base, self._size
        flags = bytearray(size)
        # Monday–Friday pattern first, then the special days on top.
        first_weekday = self.first.weekday()
        for i in range(size):
            if (first_weekday + i) % 7 < 5:
                flags[i] = 1
        for day, sp in special.items():
            flags[day.toordinal() - base] = 1 if sp.workday else 0
        cum = [0] * (size + 1)
        work_dates = []
        total = 0
        fromordinal = dt.date.fromordinal
        for i in range(size):
            if flags[i]:
                total += 1
                work_dates.append(fromordinal(base + i))
            cum[i + 1] = total
        self._flags = bytes(flags)
        self._cum = cum
        self._work_dates = work_dates

        missing: dict = {}
        estimated: set = set()
        for layer in self.layers:
            if not layer.yearly:
                continue
            for year in range(first_year, last_year + 1):
                if year not in layer.years:
                    missing.setdefault(year, []).append(layer.name)
                    if year in layer.estimated:
                        estimated.add((layer.name, year))
        self._missing = missing
        self._estimated = None

    # -- lookups ---------------------------------------------------------------------------
    @_mutmut_mutated(mutants_xǁCalendarǁ_index__mutmut)
    def _index(self, day) -> int:
        try:
            i = day.toordinal() - self._base
        except AttributeError:
            raise WorkdaysError(f"不是日期：{day!r}") from None
        if i < 0 or i >= self._size:
            raise WorkdaysError(f"日期 {day} 超出日历支持的范围（{self.first_year}–{self.last_year}年）")
        return i

    # -- lookups ---------------------------------------------------------------------------
    def xǁCalendarǁ_index__mutmut_orig(self, day) -> int:
        try:
            i = day.toordinal() - self._base
        except AttributeError:
            raise WorkdaysError(f"不是日期：{day!r}") from None
        if i < 0 or i >= self._size:
            raise WorkdaysError(f"日期 {day} 超出日历支持的范围（{self.first_year}–{self.last_year}年）")
        return i

    # -- lookups ---------------------------------------------------------------------------
    def xǁCalendarǁ_index__mutmut_1(self, day) -> int:
        try:
            i = None
        except AttributeError:
            raise WorkdaysError(f"不是日期：{day!r}") from None
        if i < 0 or i >= self._size:
            raise WorkdaysError(f"日期 {day} 超出日历支持的范围（{self.first_year}–{self.last_year}年）")
        return i

    # -- lookups ---------------------------------------------------------------------------
    def xǁCalendarǁ_index__mutmut_2(self, day) -> int:
        try:
            i = day.toordinal() + self._base
        except AttributeError:
            raise WorkdaysError(f"不是日期：{day!r}") from None
        if i < 0 or i >= self._size:
            raise WorkdaysError(f"日期 {day} 超出日历支持的范围（{self.first_year}–{self.last_year}年）")
        return i

    # -- lookups ---------------------------------------------------------------------------
    def xǁCalendarǁ_index__mutmut_3(self, day) -> int:
        try:
            i = day.toordinal() - self._base
        except AttributeError:
            raise WorkdaysError(None) from None
        if i < 0 or i >= self._size:
            raise WorkdaysError(f"日期 {day} 超出日历支持的范围（{self.first_year}–{self.last_year}年）")
        return i

    # -- lookups ---------------------------------------------------------------------------
    def xǁCalendarǁ_index__mutmut_4(self, day) -> int:
        try:
            i = day.toordinal() - self._base
        except AttributeError:
            raise WorkdaysError(f"不是日期：{day!r}") from None
        if i < 0 and i >= self._size:
            raise WorkdaysError(f"日期 {day} 超出日历支持的范围（{self.first_year}–{self.last_year}年）")
        return i

    # -- lookups ---------------------------------------------------------------------------
    def xǁCalendarǁ_index__mutmut_5(self, day) -> int:
        try:
            i = day.toordinal() - self._base
        except AttributeError:
            raise WorkdaysError(f"不是日期：{day!r}") from None
        if i <= 0 or i >= self._size:
            raise WorkdaysError(f"日期 {day} 超出日历支持的范围（{self.first_year}–{self.last_year}年）")
        return i

    # -- lookups ---------------------------------------------------------------------------
    def xǁCalendarǁ_index__mutmut_6(self, day) -> int:
        try:
            i = day.toordinal() - self._base
        except AttributeError:
            raise WorkdaysError(f"不是日期：{day!r}") from None
        if i < 1 or i >= self._size:
            raise WorkdaysError(f"日期 {day} 超出日历支持的范围（{self.first_year}–{self.last_year}年）")
        return i

    # -- lookups ---------------------------------------------------------------------------
    def xǁCalendarǁ_index__mutmut_7(self, day) -> int:
        try:
            i = day.toordinal() - self._base
        except AttributeError:
            raise WorkdaysError(f"不是日期：{day!r}") from None
        if i < 0 or i > self._size:
            raise WorkdaysError(f"日期 {day} 超出日历支持的范围（{self.first_year}–{self.last_year}年）")
        return i

    # -- lookups ---------------------------------------------------------------------------
    def xǁCalendarǁ_index__mutmut_8(self, day) -> int:
        try:
            i = day.toordinal() - self._base
        except AttributeError:
            raise WorkdaysError(f"不是日期：{day!r}") from None
        if i < 0 or i >= self._size:
            raise WorkdaysError(None)
        return i

    @_mutmut_mutated(mutants_xǁCalendarǁis_workday__mutmut)
    def is_workday(self, day) -> bool:
        """True if `day` is a working day (make-up workdays included, holidays excluded)."""
        return bool(self._flags[self._index(day)])

    def xǁCalendarǁis_workday__mutmut_orig(self, day) -> bool:
        """True if `day` is a working day (make-up workdays included, holidays excluded)."""
        return bool(self._flags[self._index(day)])

    def xǁCalendarǁis_workday__mutmut_1(self, day) -> bool:
        """True if `day` is a working day (make-up workdays included, holidays excluded)."""
        return bool(None)

    def xǁCalendarǁis_workday__mutmut_2(self, day) -> bool:
        """True if `day` is a working day (make-up workdays included, holidays excluded)."""
        return bool(self._flags[self._index(None)])

    @_mutmut_mutated(mutants_xǁCalendarǁadd_workdays__mutmut)
    def add_workdays(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_orig(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_1(self, day, n, count_start_day=True):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_2(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = None
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_3(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() + self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_4(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 or 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_5(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n >= 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_6(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 1 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_7(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 1 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_8(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 < i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_9(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i <= self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_10(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n + 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_11(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] - n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_12(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 + count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_13(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i - 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_14(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 2 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_15(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 2]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, n)

    def xǁCalendarǁadd_workdays__mutmut_16(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(None, n)

    def xǁCalendarǁadd_workdays__mutmut_17(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, None)

    def xǁCalendarǁadd_workdays__mutmut_18(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(n)

    def xǁCalendarǁadd_workdays__mutmut_19(self, day, n, count_start_day=False):
        """The n-th working day after `day`; n=0 is `day` itself if it is a working day, else the
        next working day (a deadline never falls on a day off)."""
        i = day.toordinal() - self._base
        if n > 0 and 0 <= i < self._size:
            try:
                return self._work_dates[self._cum[i + 1 - count_start_day] + n - 1]
            except (IndexError, TypeError):
                pass
        return self._add_slow(day, )

    @_mutmut_mutated(mutants_xǁCalendarǁ_add_slow__mutmut)
    def _add_slow(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_orig(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_1(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = None
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_2(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(None)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_3(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_4(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(None)
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_5(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n <= 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_6(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 1:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_7(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(None)
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_8(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n != 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_9(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 1:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_10(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = None  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_11(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i - 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_12(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 2]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_13(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt <= len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(f"{day} 之后第 {n} 个工作日超出日历支持的范围（至 {self.last_year} 年）")

    def xǁCalendarǁ_add_slow__mutmut_14(self, day, n):
        # Error paths and n == 0, kept out of the fast path above.
        i = self._index(day)
        if not isinstance(n, int):
            raise WorkdaysError(f"工作日数必须是整数：{n!r}")
        if n < 0:
            raise WorkdaysError(f"工作日数不能为负数：{n}")
        if n == 0:
            if self._flags[i]:
                return day
            nxt = self._cum[i + 1]  # working days up to `day`: the index of the next one
            if nxt < len(self._work_dates):
                return self._work_dates[nxt]
        raise WorkdaysError(None)

    @_mutmut_mutated(mutants_xǁCalendarǁworkdays_between__mutmut)
    def workdays_between(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_orig(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_1(self, a, b, count_start_day=True) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_2(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = None
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_3(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(None), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_4(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(None)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_5(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j <= i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_6(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return +self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_7(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(None, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_8(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, None, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_9(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, None)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_10(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_11(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_12(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, )
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_13(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] + self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_14(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j - 1] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_15(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 2] - self._cum[i + 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_16(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 + bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_17(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i - 1 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_18(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 2 - bool(count_start_day)]

    def xǁCalendarǁworkdays_between__mutmut_19(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(None)]

    @_mutmut_mutated(mutants_xǁCalendarǁspecial_day__mutmut)
    def special_day(self, day) -> SpecialDay | None:
        """The holiday or make-up workday on `day`, if any."""
        return self._special.get(day)

    def xǁCalendarǁspecial_day__mutmut_orig(self, day) -> SpecialDay | None:
        """The holiday or make-up workday on `day`, if any."""
        return self._special.get(day)

    def xǁCalendarǁspecial_day__mutmut_1(self, day) -> SpecialDay | None:
        """The holiday or make-up workday on `day`, if any."""
        return self._special.get(None)

    @_mutmut_mutated(mutants_xǁCalendarǁspecial_days__mutmut)
    def special_days(self, year: int) -> list:
        """Holidays and make-up workdays of `year`, in date order."""
        return sorted((sp for d, sp in self._special.items() if d.year == year), key=lambda sp: sp.date)

    def xǁCalendarǁspecial_days__mutmut_orig(self, year: int) -> list:
        """Holidays and make-up workdays of `year`, in date order."""
        return sorted((sp for d, sp in self._special.items() if d.year == year), key=lambda sp: sp.date)

    def xǁCalendarǁspecial_days__mutmut_1(self, year: int) -> list:
        """Holidays and make-up workdays of `year`, in date order."""
        return sorted(None, key=lambda sp: sp.date)

    def xǁCalendarǁspecial_days__mutmut_2(self, year: int) -> list:
        """Holidays and make-up workdays of `year`, in date order."""
        return sorted((sp for d, sp in self._special.items() if d.year == year), key=None)

    def xǁCalendarǁspecial_days__mutmut_3(self, year: int) -> list:
        """Holidays and make-up workdays of `year`, in date order."""
        return sorted(key=lambda sp: sp.date)

    def xǁCalendarǁspecial_days__mutmut_4(self, year: int) -> list:
        """Holidays and make-up workdays of `year`, in date order."""
        return sorted((sp for d, sp in self._special.items() if d.year == year), )

    def xǁCalendarǁspecial_days__mutmut_5(self, year: int) -> list:
        """Holidays and make-up workdays of `year`, in date order."""
        return sorted((sp for d, sp in self._special.items() if d.year != year), key=lambda sp: sp.date)

    def xǁCalendarǁspecial_days__mutmut_6(self, year: int) -> list:
        """Holidays and make-up workdays of `year`, in date order."""
        return sorted((sp for d, sp in self._special.items() if d.year == year), key=lambda sp: None)

    @_mutmut_mutated(mutants_xǁCalendarǁreason__mutmut)
    def reason(self, day) -> str:
        """Why `day` is (not) a working day: 春节 / 周末 / 春节调休上班 / ''."""
        sp = self._special.get(day)
        if sp is not None:
            return sp.label
        return "周末" if day.weekday() >= 5 else ""

    def xǁCalendarǁreason__mutmut_orig(self, day) -> str:
        """Why `day` is (not) a working day: 春节 / 周末 / 春节调休上班 / ''."""
        sp = self._special.get(day)
        if sp is not None:
            return sp.label
        return "周末" if day.weekday() >= 5 else ""

    def xǁCalendarǁreason__mutmut_1(self, day) -> str:
        """Why `day` is (not) a working day: 春节 / 周末 / 春节调休上班 / ''."""
        sp = None
        if sp is not None:
            return sp.label
        return "周末" if day.weekday() >= 5 else ""

    def xǁCalendarǁreason__mutmut_2(self, day) -> str:
        """Why `day` is (not) a working day: 春节 / 周末 / 春节调休上班 / ''."""
        sp = self._special.get(None)
        if sp is not None:
            return sp.label
        return "周末" if day.weekday() >= 5 else ""

    def xǁCalendarǁreason__mutmut_3(self, day) -> str:
        """Why `day` is (not) a working day: 春节 / 周末 / 春节调休上班 / ''."""
        sp = self._special.get(day)
        if sp is None:
            return sp.label
        return "周末" if day.weekday() >= 5 else ""

    def xǁCalendarǁreason__mutmut_4(self, day) -> str:
        """Why `day` is (not) a working day: 春节 / 周末 / 春节调休上班 / ''."""
        sp = self._special.get(day)
        if sp is not None:
            return sp.label
        return "周末" if (day.weekday() >= 5) and False else ""

    def xǁCalendarǁreason__mutmut_5(self, day) -> str:
        """Why `day` is (not) a working day: 春节 / 周末 / 春节调休上班 / ''."""
        sp = self._special.get(day)
        if sp is not None:
            return sp.label
        return "周末" if (day.weekday() >= 5) or True else ""

    def xǁCalendarǁreason__mutmut_6(self, day) -> str:
        """Why `day` is (not) a working day: 春节 / 周末 / 春节调休上班 / ''."""
        sp = self._special.get(day)
        if sp is not None:
            return sp.label
        return "XX周末XX" if day.weekday() >= 5 else ""

    def xǁCalendarǁreason__mutmut_7(self, day) -> str:
        """Why `day` is (not) a working day: 春节 / 周末 / 春节调休上班 / ''."""
        sp = self._special.get(day)
        if sp is not None:
            return sp.label
        return "周末" if day.weekday() > 5 else ""

    def xǁCalendarǁreason__mutmut_8(self, day) -> str:
        """Why `day` is (not) a working day: 春节 / 周末 / 春节调休上班 / ''."""
        sp = self._special.get(day)
        if sp is not None:
            return sp.label
        return "周末" if day.weekday() >= 6 else ""

    def xǁCalendarǁreason__mutmut_9(self, day) -> str:
        """Why `day` is (not) a working day: 春节 / 周末 / 春节调休上班 / ''."""
        sp = self._special.get(day)
        if sp is not None:
            return sp.label
        return "周末" if day.weekday() >= 5 else "XXXX"

    # -- provisional results -----------------------------------------------------------------
    @_mutmut_mutated(mutants_xǁCalendarǁmissing_data__mutmut)
    def missing_data(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_orig(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_1(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = None
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_2(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end and start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_3(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end <= start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_4(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = None
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_5(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = None
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_6(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(None, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_7(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, None):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_8(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_9(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, ):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_10(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year - 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_11(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 2):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_12(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(None, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_13(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, None):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_14(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_15(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_16(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) not in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_17(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(None)
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_18(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=None))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_19(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer != "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_20(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "XX全国XX":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_21(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(None)
                else:
                    notes.append(f"{year}年{layer}地方节假日安排尚未导入，结果为暂定")
        return notes

    # -- provisional results -----------------------------------------------------------------
    def xǁCalendarǁmissing_data__mutmut_22(self, start, end=None) -> list:
        """Notes for every year in [start, end] that lacks official data in some layer."""
        end = end or start
        if end < start:
            start, end = end, start
        notes = []
        for year in range(start.year, end.year + 1):
            for layer in self._missing.get(year, ()):
                if (layer, year) in self._estimated:
                    notes.append(ESTIMATED_NOTE.format(year=year))
                elif layer == "全国":
                    notes.append(f"{year}年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定")
                else:
                    notes.append(None)
        return notes

    @_mutmut_mutated(mutants_xǁCalendarǁis_provisional__mutmut)
    def is_provisional(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(year in missing for year in range(start.year, end.year + 1))

    def xǁCalendarǁis_provisional__mutmut_orig(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(year in missing for year in range(start.year, end.year + 1))

    def xǁCalendarǁis_provisional__mutmut_1(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = None
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(year in missing for year in range(start.year, end.year + 1))

    def xǁCalendarǁis_provisional__mutmut_2(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end and start
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(year in missing for year in range(start.year, end.year + 1))

    def xǁCalendarǁis_provisional__mutmut_3(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end <= start:
            start, end = end, start
        missing = self._missing
        return any(year in missing for year in range(start.year, end.year + 1))

    def xǁCalendarǁis_provisional__mutmut_4(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = None
        missing = self._missing
        return any(year in missing for year in range(start.year, end.year + 1))

    def xǁCalendarǁis_provisional__mutmut_5(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = end, start
        missing = None
        return any(year in missing for year in range(start.year, end.year + 1))

    def xǁCalendarǁis_provisional__mutmut_6(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(None)

    def xǁCalendarǁis_provisional__mutmut_7(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(year not in missing for year in range(start.year, end.year + 1))

    def xǁCalendarǁis_provisional__mutmut_8(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(year in missing for year in range(None, end.year + 1))

    def xǁCalendarǁis_provisional__mutmut_9(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(year in missing for year in range(start.year, None))

    def xǁCalendarǁis_provisional__mutmut_10(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(year in missing for year in range(end.year + 1))

    def xǁCalendarǁis_provisional__mutmut_11(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(year in missing for year in range(start.year, ))

    def xǁCalendarǁis_provisional__mutmut_12(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(year in missing for year in range(start.year, end.year - 1))

    def xǁCalendarǁis_provisional__mutmut_13(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(year in missing for year in range(start.year, end.year + 2))

    @_mutmut_mutated(mutants_xǁCalendarǁprovisional_years__mutmut)
    def provisional_years(self) -> set:
        """Years for which some layer lacks its official notice."""
        return set(self._missing)

    def xǁCalendarǁprovisional_years__mutmut_orig(self) -> set:
        """Years for which some layer lacks its official notice."""
        return set(self._missing)

    def xǁCalendarǁprovisional_years__mutmut_1(self) -> set:
        """Years for which some layer lacks its official notice."""
        return set(None)

    @_mutmut_mutated(mutants_xǁCalendarǁknown_years__mutmut)
    def known_years(self, layer_name="全国") -> set:
        """Years whose official notice the named layer has."""
        for layer in self.layers:
            if layer.name == layer_name:
                return set(layer.years)
        return set()

    def xǁCalendarǁknown_years__mutmut_orig(self, layer_name="全国") -> set:
        """Years whose official notice the named layer has."""
        for layer in self.layers:
            if layer.name == layer_name:
                return set(layer.years)
        return set()

    def xǁCalendarǁknown_years__mutmut_1(self, layer_name="XX全国XX") -> set:
        """Years whose official notice the named layer has."""
        for layer in self.layers:
            if layer.name == layer_name:
                return set(layer.years)
        return set()

    def xǁCalendarǁknown_years__mutmut_2(self, layer_name="全国") -> set:
        """Years whose official notice the named layer has."""
        for layer in self.layers:
            if layer.name != layer_name:
                return set(layer.years)
        return set()

    def xǁCalendarǁknown_years__mutmut_3(self, layer_name="全国") -> set:
        """Years whose official notice the named layer has."""
        for layer in self.layers:
            if layer.name == layer_name:
                return set(None)
        return set()

    # -- explanations ------------------------------------------------------------------------
    @_mutmut_mutated(mutants_xǁCalendarǁexplain__mutmut)
    def explain(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_orig(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_1(self, day, n, count_start_day=True) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_2(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = None
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_3(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(None, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_4(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, None, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_5(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, None)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_6(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_7(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_8(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, )
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_9(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = None
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_10(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = None
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_11(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) and False else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_12(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) or True else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_13(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day and n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_14(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n != 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_15(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 1) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_16(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day - dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_17(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=None)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_18(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=2)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_19(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = None
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_20(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 1
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_21(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if (n == 0) and False else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_22(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if (n == 0) or True else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_23(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current <= due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_24(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n != 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_25(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 1 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_26(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current < due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_27(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = None
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_28(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(None)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_29(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = None
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_30(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(None)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_31(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = None
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_32(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) and False else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_33(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) or True else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_34(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(None)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_35(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else "XXXX"
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_36(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number = 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_37(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number -= 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_38(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 2
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_39(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = None
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_40(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if (current.weekday() >= 5) and False else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_41(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if (current.weekday() >= 5) or True else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_42(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "XXmakeupXX" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_43(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "MAKEUP" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_44(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() > 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_45(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 6 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_46(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "XXcountXX"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_47(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "COUNT"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_48(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(None)
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_49(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(None, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_50(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, None, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_51(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, None, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_52(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, None, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_53(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, None, layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_54(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", None))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_55(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_56(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_57(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_58(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_59(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_60(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", ))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_61(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, False, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_62(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if (kind == "makeup") and False else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_63(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if (kind == "makeup") or True else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_64(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind != "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_65(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "XXmakeupXX" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_66(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "MAKEUP" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_67(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "XXXX", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_68(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(None)
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_69(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(None, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_70(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, None, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_71(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, None, reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_72(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", None, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_73(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, None))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_74(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_75(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_76(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_77(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_78(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_79(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, ))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_80(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, True, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_81(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "XXskipXX", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_82(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "SKIP", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_83(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current = dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_84(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current -= dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_85(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=None)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_86(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=2)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_87(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=None, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_88(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=None, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_89(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=None, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_90(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=None, steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_91(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=None,
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_92(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=None, region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_93(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=None, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_94(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=None,
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_95(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_96(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_97(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_98(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_99(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_100(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_101(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_102(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_103(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(None, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_104(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, None), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_105(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_106(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, ), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_107(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(None),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_108(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(None), region=self.region, notes=tuple(self.missing_data(day, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_109(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(None),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_110(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(None, due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_111(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, None)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_112(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(due)),
        )

    # -- explanations ------------------------------------------------------------------------
    def xǁCalendarǁexplain__mutmut_113(self, day, n, count_start_day=False) -> Explanation:
        """The due date of `n` working days from `day`, with every skipped and counted day."""
        due = self.add_workdays(day, n, count_start_day)
        steps = []
        # n == 0 on a day off: the days from `day` up to the next working day are shown as skipped.
        current = day if (count_start_day or n == 0) else day + dt.timedelta(days=1)
        number = 0
        while current < due if n == 0 else current <= due:
            workday = self.is_workday(current)
            reason = self.reason(current)
            layer = sp.layer if (sp := self._special.get(current)) else ""
            if workday:
                number += 1
                kind = "makeup" if current.weekday() >= 5 else "count"
                steps.append(Step(current, True, number, kind, reason if kind == "makeup" else "", layer))
            else:
                steps.append(Step(current, False, None, "skip", reason, layer))
            current += dt.timedelta(days=1)
        return Explanation(
            start=day, n=n, due=due, provisional=self.is_provisional(day, due), steps=tuple(steps),
            count_start_day=bool(count_start_day), region=self.region, notes=tuple(self.missing_data(day, )),
        )

mutants_xǁCalendarǁ__init____mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_1'] = Calendar.xǁCalendarǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_2'] = Calendar.xǁCalendarǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_3'] = Calendar.xǁCalendarǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_4'] = Calendar.xǁCalendarǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_5'] = Calendar.xǁCalendarǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_6'] = Calendar.xǁCalendarǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_7'] = Calendar.xǁCalendarǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_8'] = Calendar.xǁCalendarǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_9'] = Calendar.xǁCalendarǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_10'] = Calendar.xǁCalendarǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_11'] = Calendar.xǁCalendarǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_12'] = Calendar.xǁCalendarǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_13'] = Calendar.xǁCalendarǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_14'] = Calendar.xǁCalendarǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_15'] = Calendar.xǁCalendarǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_16'] = Calendar.xǁCalendarǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_17'] = Calendar.xǁCalendarǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_18'] = Calendar.xǁCalendarǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_19'] = Calendar.xǁCalendarǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_20'] = Calendar.xǁCalendarǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_21'] = Calendar.xǁCalendarǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_22'] = Calendar.xǁCalendarǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_23'] = Calendar.xǁCalendarǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_24'] = Calendar.xǁCalendarǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_25'] = Calendar.xǁCalendarǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_26'] = Calendar.xǁCalendarǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_27'] = Calendar.xǁCalendarǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_28'] = Calendar.xǁCalendarǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_29'] = Calendar.xǁCalendarǁ__init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_30'] = Calendar.xǁCalendarǁ__init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_31'] = Calendar.xǁCalendarǁ__init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_32'] = Calendar.xǁCalendarǁ__init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_33'] = Calendar.xǁCalendarǁ__init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_34'] = Calendar.xǁCalendarǁ__init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_35'] = Calendar.xǁCalendarǁ__init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_36'] = Calendar.xǁCalendarǁ__init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_37'] = Calendar.xǁCalendarǁ__init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_38'] = Calendar.xǁCalendarǁ__init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_39'] = Calendar.xǁCalendarǁ__init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_40'] = Calendar.xǁCalendarǁ__init____mutmut_40 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_41'] = Calendar.xǁCalendarǁ__init____mutmut_41 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_42'] = Calendar.xǁCalendarǁ__init____mutmut_42 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_43'] = Calendar.xǁCalendarǁ__init____mutmut_43 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_44'] = Calendar.xǁCalendarǁ__init____mutmut_44 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_45'] = Calendar.xǁCalendarǁ__init____mutmut_45 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_46'] = Calendar.xǁCalendarǁ__init____mutmut_46 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_47'] = Calendar.xǁCalendarǁ__init____mutmut_47 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_48'] = Calendar.xǁCalendarǁ__init____mutmut_48 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_49'] = Calendar.xǁCalendarǁ__init____mutmut_49 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_50'] = Calendar.xǁCalendarǁ__init____mutmut_50 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_51'] = Calendar.xǁCalendarǁ__init____mutmut_51 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_52'] = Calendar.xǁCalendarǁ__init____mutmut_52 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_53'] = Calendar.xǁCalendarǁ__init____mutmut_53 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_54'] = Calendar.xǁCalendarǁ__init____mutmut_54 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_55'] = Calendar.xǁCalendarǁ__init____mutmut_55 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_56'] = Calendar.xǁCalendarǁ__init____mutmut_56 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_57'] = Calendar.xǁCalendarǁ__init____mutmut_57 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_58'] = Calendar.xǁCalendarǁ__init____mutmut_58 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_59'] = Calendar.xǁCalendarǁ__init____mutmut_59 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_60'] = Calendar.xǁCalendarǁ__init____mutmut_60 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_61'] = Calendar.xǁCalendarǁ__init____mutmut_61 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_62'] = Calendar.xǁCalendarǁ__init____mutmut_62 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_63'] = Calendar.xǁCalendarǁ__init____mutmut_63 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_64'] = Calendar.xǁCalendarǁ__init____mutmut_64 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_65'] = Calendar.xǁCalendarǁ__init____mutmut_65 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_66'] = Calendar.xǁCalendarǁ__init____mutmut_66 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_67'] = Calendar.xǁCalendarǁ__init____mutmut_67 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_68'] = Calendar.xǁCalendarǁ__init____mutmut_68 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_69'] = Calendar.xǁCalendarǁ__init____mutmut_69 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_70'] = Calendar.xǁCalendarǁ__init____mutmut_70 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_71'] = Calendar.xǁCalendarǁ__init____mutmut_71 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_72'] = Calendar.xǁCalendarǁ__init____mutmut_72 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_73'] = Calendar.xǁCalendarǁ__init____mutmut_73 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_74'] = Calendar.xǁCalendarǁ__init____mutmut_74 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_75'] = Calendar.xǁCalendarǁ__init____mutmut_75 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_76'] = Calendar.xǁCalendarǁ__init____mutmut_76 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_77'] = Calendar.xǁCalendarǁ__init____mutmut_77 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_78'] = Calendar.xǁCalendarǁ__init____mutmut_78 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_79'] = Calendar.xǁCalendarǁ__init____mutmut_79 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_80'] = Calendar.xǁCalendarǁ__init____mutmut_80 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_81'] = Calendar.xǁCalendarǁ__init____mutmut_81 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_82'] = Calendar.xǁCalendarǁ__init____mutmut_82 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_83'] = Calendar.xǁCalendarǁ__init____mutmut_83 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_84'] = Calendar.xǁCalendarǁ__init____mutmut_84 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_85'] = Calendar.xǁCalendarǁ__init____mutmut_85 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_86'] = Calendar.xǁCalendarǁ__init____mutmut_86 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_87'] = Calendar.xǁCalendarǁ__init____mutmut_87 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_88'] = Calendar.xǁCalendarǁ__init____mutmut_88 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_89'] = Calendar.xǁCalendarǁ__init____mutmut_89 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_90'] = Calendar.xǁCalendarǁ__init____mutmut_90 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_91'] = Calendar.xǁCalendarǁ__init____mutmut_91 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_92'] = Calendar.xǁCalendarǁ__init____mutmut_92 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_93'] = Calendar.xǁCalendarǁ__init____mutmut_93 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_94'] = Calendar.xǁCalendarǁ__init____mutmut_94 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_95'] = Calendar.xǁCalendarǁ__init____mutmut_95 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_96'] = Calendar.xǁCalendarǁ__init____mutmut_96 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_97'] = Calendar.xǁCalendarǁ__init____mutmut_97 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_98'] = Calendar.xǁCalendarǁ__init____mutmut_98 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_99'] = Calendar.xǁCalendarǁ__init____mutmut_99 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_100'] = Calendar.xǁCalendarǁ__init____mutmut_100 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_101'] = Calendar.xǁCalendarǁ__init____mutmut_101 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_102'] = Calendar.xǁCalendarǁ__init____mutmut_102 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_103'] = Calendar.xǁCalendarǁ__init____mutmut_103 # type: ignore # mutmut generated
mutants_xǁCalendarǁ__init____mutmut['xǁCalendarǁ__init____mutmut_104'] = Calendar.xǁCalendarǁ__init____mutmut_104 # type: ignore # mutmut generated

mutants_xǁCalendarǁ_index__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁ_index__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁ_index__mutmut['xǁCalendarǁ_index__mutmut_1'] = Calendar.xǁCalendarǁ_index__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_index__mutmut['xǁCalendarǁ_index__mutmut_2'] = Calendar.xǁCalendarǁ_index__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_index__mutmut['xǁCalendarǁ_index__mutmut_3'] = Calendar.xǁCalendarǁ_index__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_index__mutmut['xǁCalendarǁ_index__mutmut_4'] = Calendar.xǁCalendarǁ_index__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_index__mutmut['xǁCalendarǁ_index__mutmut_5'] = Calendar.xǁCalendarǁ_index__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_index__mutmut['xǁCalendarǁ_index__mutmut_6'] = Calendar.xǁCalendarǁ_index__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_index__mutmut['xǁCalendarǁ_index__mutmut_7'] = Calendar.xǁCalendarǁ_index__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_index__mutmut['xǁCalendarǁ_index__mutmut_8'] = Calendar.xǁCalendarǁ_index__mutmut_8 # type: ignore # mutmut generated

mutants_xǁCalendarǁis_workday__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁis_workday__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁis_workday__mutmut['xǁCalendarǁis_workday__mutmut_1'] = Calendar.xǁCalendarǁis_workday__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_workday__mutmut['xǁCalendarǁis_workday__mutmut_2'] = Calendar.xǁCalendarǁis_workday__mutmut_2 # type: ignore # mutmut generated

mutants_xǁCalendarǁadd_workdays__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁadd_workdays__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_1'] = Calendar.xǁCalendarǁadd_workdays__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_2'] = Calendar.xǁCalendarǁadd_workdays__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_3'] = Calendar.xǁCalendarǁadd_workdays__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_4'] = Calendar.xǁCalendarǁadd_workdays__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_5'] = Calendar.xǁCalendarǁadd_workdays__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_6'] = Calendar.xǁCalendarǁadd_workdays__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_7'] = Calendar.xǁCalendarǁadd_workdays__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_8'] = Calendar.xǁCalendarǁadd_workdays__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_9'] = Calendar.xǁCalendarǁadd_workdays__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_10'] = Calendar.xǁCalendarǁadd_workdays__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_11'] = Calendar.xǁCalendarǁadd_workdays__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_12'] = Calendar.xǁCalendarǁadd_workdays__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_13'] = Calendar.xǁCalendarǁadd_workdays__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_14'] = Calendar.xǁCalendarǁadd_workdays__mutmut_14 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_15'] = Calendar.xǁCalendarǁadd_workdays__mutmut_15 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_16'] = Calendar.xǁCalendarǁadd_workdays__mutmut_16 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_17'] = Calendar.xǁCalendarǁadd_workdays__mutmut_17 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_18'] = Calendar.xǁCalendarǁadd_workdays__mutmut_18 # type: ignore # mutmut generated
mutants_xǁCalendarǁadd_workdays__mutmut['xǁCalendarǁadd_workdays__mutmut_19'] = Calendar.xǁCalendarǁadd_workdays__mutmut_19 # type: ignore # mutmut generated

mutants_xǁCalendarǁ_add_slow__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁ_add_slow__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_1'] = Calendar.xǁCalendarǁ_add_slow__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_2'] = Calendar.xǁCalendarǁ_add_slow__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_3'] = Calendar.xǁCalendarǁ_add_slow__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_4'] = Calendar.xǁCalendarǁ_add_slow__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_5'] = Calendar.xǁCalendarǁ_add_slow__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_6'] = Calendar.xǁCalendarǁ_add_slow__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_7'] = Calendar.xǁCalendarǁ_add_slow__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_8'] = Calendar.xǁCalendarǁ_add_slow__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_9'] = Calendar.xǁCalendarǁ_add_slow__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_10'] = Calendar.xǁCalendarǁ_add_slow__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_11'] = Calendar.xǁCalendarǁ_add_slow__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_12'] = Calendar.xǁCalendarǁ_add_slow__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_13'] = Calendar.xǁCalendarǁ_add_slow__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCalendarǁ_add_slow__mutmut['xǁCalendarǁ_add_slow__mutmut_14'] = Calendar.xǁCalendarǁ_add_slow__mutmut_14 # type: ignore # mutmut generated

mutants_xǁCalendarǁworkdays_between__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁworkdays_between__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_1'] = Calendar.xǁCalendarǁworkdays_between__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_2'] = Calendar.xǁCalendarǁworkdays_between__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_3'] = Calendar.xǁCalendarǁworkdays_between__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_4'] = Calendar.xǁCalendarǁworkdays_between__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_5'] = Calendar.xǁCalendarǁworkdays_between__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_6'] = Calendar.xǁCalendarǁworkdays_between__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_7'] = Calendar.xǁCalendarǁworkdays_between__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_8'] = Calendar.xǁCalendarǁworkdays_between__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_9'] = Calendar.xǁCalendarǁworkdays_between__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_10'] = Calendar.xǁCalendarǁworkdays_between__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_11'] = Calendar.xǁCalendarǁworkdays_between__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_12'] = Calendar.xǁCalendarǁworkdays_between__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_13'] = Calendar.xǁCalendarǁworkdays_between__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_14'] = Calendar.xǁCalendarǁworkdays_between__mutmut_14 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_15'] = Calendar.xǁCalendarǁworkdays_between__mutmut_15 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_16'] = Calendar.xǁCalendarǁworkdays_between__mutmut_16 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_17'] = Calendar.xǁCalendarǁworkdays_between__mutmut_17 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_18'] = Calendar.xǁCalendarǁworkdays_between__mutmut_18 # type: ignore # mutmut generated
mutants_xǁCalendarǁworkdays_between__mutmut['xǁCalendarǁworkdays_between__mutmut_19'] = Calendar.xǁCalendarǁworkdays_between__mutmut_19 # type: ignore # mutmut generated

mutants_xǁCalendarǁspecial_day__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁspecial_day__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁspecial_day__mutmut['xǁCalendarǁspecial_day__mutmut_1'] = Calendar.xǁCalendarǁspecial_day__mutmut_1 # type: ignore # mutmut generated

mutants_xǁCalendarǁspecial_days__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁspecial_days__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁspecial_days__mutmut['xǁCalendarǁspecial_days__mutmut_1'] = Calendar.xǁCalendarǁspecial_days__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCalendarǁspecial_days__mutmut['xǁCalendarǁspecial_days__mutmut_2'] = Calendar.xǁCalendarǁspecial_days__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCalendarǁspecial_days__mutmut['xǁCalendarǁspecial_days__mutmut_3'] = Calendar.xǁCalendarǁspecial_days__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCalendarǁspecial_days__mutmut['xǁCalendarǁspecial_days__mutmut_4'] = Calendar.xǁCalendarǁspecial_days__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCalendarǁspecial_days__mutmut['xǁCalendarǁspecial_days__mutmut_5'] = Calendar.xǁCalendarǁspecial_days__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCalendarǁspecial_days__mutmut['xǁCalendarǁspecial_days__mutmut_6'] = Calendar.xǁCalendarǁspecial_days__mutmut_6 # type: ignore # mutmut generated

mutants_xǁCalendarǁreason__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁreason__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁreason__mutmut['xǁCalendarǁreason__mutmut_1'] = Calendar.xǁCalendarǁreason__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCalendarǁreason__mutmut['xǁCalendarǁreason__mutmut_2'] = Calendar.xǁCalendarǁreason__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCalendarǁreason__mutmut['xǁCalendarǁreason__mutmut_3'] = Calendar.xǁCalendarǁreason__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCalendarǁreason__mutmut['xǁCalendarǁreason__mutmut_4'] = Calendar.xǁCalendarǁreason__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCalendarǁreason__mutmut['xǁCalendarǁreason__mutmut_5'] = Calendar.xǁCalendarǁreason__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCalendarǁreason__mutmut['xǁCalendarǁreason__mutmut_6'] = Calendar.xǁCalendarǁreason__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCalendarǁreason__mutmut['xǁCalendarǁreason__mutmut_7'] = Calendar.xǁCalendarǁreason__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCalendarǁreason__mutmut['xǁCalendarǁreason__mutmut_8'] = Calendar.xǁCalendarǁreason__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCalendarǁreason__mutmut['xǁCalendarǁreason__mutmut_9'] = Calendar.xǁCalendarǁreason__mutmut_9 # type: ignore # mutmut generated

mutants_xǁCalendarǁmissing_data__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁmissing_data__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_1'] = Calendar.xǁCalendarǁmissing_data__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_2'] = Calendar.xǁCalendarǁmissing_data__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_3'] = Calendar.xǁCalendarǁmissing_data__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_4'] = Calendar.xǁCalendarǁmissing_data__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_5'] = Calendar.xǁCalendarǁmissing_data__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_6'] = Calendar.xǁCalendarǁmissing_data__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_7'] = Calendar.xǁCalendarǁmissing_data__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_8'] = Calendar.xǁCalendarǁmissing_data__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_9'] = Calendar.xǁCalendarǁmissing_data__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_10'] = Calendar.xǁCalendarǁmissing_data__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_11'] = Calendar.xǁCalendarǁmissing_data__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_12'] = Calendar.xǁCalendarǁmissing_data__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_13'] = Calendar.xǁCalendarǁmissing_data__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_14'] = Calendar.xǁCalendarǁmissing_data__mutmut_14 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_15'] = Calendar.xǁCalendarǁmissing_data__mutmut_15 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_16'] = Calendar.xǁCalendarǁmissing_data__mutmut_16 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_17'] = Calendar.xǁCalendarǁmissing_data__mutmut_17 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_18'] = Calendar.xǁCalendarǁmissing_data__mutmut_18 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_19'] = Calendar.xǁCalendarǁmissing_data__mutmut_19 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_20'] = Calendar.xǁCalendarǁmissing_data__mutmut_20 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_21'] = Calendar.xǁCalendarǁmissing_data__mutmut_21 # type: ignore # mutmut generated
mutants_xǁCalendarǁmissing_data__mutmut['xǁCalendarǁmissing_data__mutmut_22'] = Calendar.xǁCalendarǁmissing_data__mutmut_22 # type: ignore # mutmut generated

mutants_xǁCalendarǁis_provisional__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁis_provisional__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_1'] = Calendar.xǁCalendarǁis_provisional__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_2'] = Calendar.xǁCalendarǁis_provisional__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_3'] = Calendar.xǁCalendarǁis_provisional__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_4'] = Calendar.xǁCalendarǁis_provisional__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_5'] = Calendar.xǁCalendarǁis_provisional__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_6'] = Calendar.xǁCalendarǁis_provisional__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_7'] = Calendar.xǁCalendarǁis_provisional__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_8'] = Calendar.xǁCalendarǁis_provisional__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_9'] = Calendar.xǁCalendarǁis_provisional__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_10'] = Calendar.xǁCalendarǁis_provisional__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_11'] = Calendar.xǁCalendarǁis_provisional__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_12'] = Calendar.xǁCalendarǁis_provisional__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCalendarǁis_provisional__mutmut['xǁCalendarǁis_provisional__mutmut_13'] = Calendar.xǁCalendarǁis_provisional__mutmut_13 # type: ignore # mutmut generated

mutants_xǁCalendarǁprovisional_years__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁprovisional_years__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁprovisional_years__mutmut['xǁCalendarǁprovisional_years__mutmut_1'] = Calendar.xǁCalendarǁprovisional_years__mutmut_1 # type: ignore # mutmut generated

mutants_xǁCalendarǁknown_years__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁknown_years__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁknown_years__mutmut['xǁCalendarǁknown_years__mutmut_1'] = Calendar.xǁCalendarǁknown_years__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCalendarǁknown_years__mutmut['xǁCalendarǁknown_years__mutmut_2'] = Calendar.xǁCalendarǁknown_years__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCalendarǁknown_years__mutmut['xǁCalendarǁknown_years__mutmut_3'] = Calendar.xǁCalendarǁknown_years__mutmut_3 # type: ignore # mutmut generated

mutants_xǁCalendarǁexplain__mutmut['_mutmut_orig'] = Calendar.xǁCalendarǁexplain__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_1'] = Calendar.xǁCalendarǁexplain__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_2'] = Calendar.xǁCalendarǁexplain__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_3'] = Calendar.xǁCalendarǁexplain__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_4'] = Calendar.xǁCalendarǁexplain__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_5'] = Calendar.xǁCalendarǁexplain__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_6'] = Calendar.xǁCalendarǁexplain__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_7'] = Calendar.xǁCalendarǁexplain__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_8'] = Calendar.xǁCalendarǁexplain__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_9'] = Calendar.xǁCalendarǁexplain__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_10'] = Calendar.xǁCalendarǁexplain__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_11'] = Calendar.xǁCalendarǁexplain__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_12'] = Calendar.xǁCalendarǁexplain__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_13'] = Calendar.xǁCalendarǁexplain__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_14'] = Calendar.xǁCalendarǁexplain__mutmut_14 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_15'] = Calendar.xǁCalendarǁexplain__mutmut_15 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_16'] = Calendar.xǁCalendarǁexplain__mutmut_16 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_17'] = Calendar.xǁCalendarǁexplain__mutmut_17 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_18'] = Calendar.xǁCalendarǁexplain__mutmut_18 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_19'] = Calendar.xǁCalendarǁexplain__mutmut_19 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_20'] = Calendar.xǁCalendarǁexplain__mutmut_20 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_21'] = Calendar.xǁCalendarǁexplain__mutmut_21 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_22'] = Calendar.xǁCalendarǁexplain__mutmut_22 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_23'] = Calendar.xǁCalendarǁexplain__mutmut_23 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_24'] = Calendar.xǁCalendarǁexplain__mutmut_24 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_25'] = Calendar.xǁCalendarǁexplain__mutmut_25 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_26'] = Calendar.xǁCalendarǁexplain__mutmut_26 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_27'] = Calendar.xǁCalendarǁexplain__mutmut_27 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_28'] = Calendar.xǁCalendarǁexplain__mutmut_28 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_29'] = Calendar.xǁCalendarǁexplain__mutmut_29 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_30'] = Calendar.xǁCalendarǁexplain__mutmut_30 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_31'] = Calendar.xǁCalendarǁexplain__mutmut_31 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_32'] = Calendar.xǁCalendarǁexplain__mutmut_32 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_33'] = Calendar.xǁCalendarǁexplain__mutmut_33 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_34'] = Calendar.xǁCalendarǁexplain__mutmut_34 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_35'] = Calendar.xǁCalendarǁexplain__mutmut_35 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_36'] = Calendar.xǁCalendarǁexplain__mutmut_36 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_37'] = Calendar.xǁCalendarǁexplain__mutmut_37 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_38'] = Calendar.xǁCalendarǁexplain__mutmut_38 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_39'] = Calendar.xǁCalendarǁexplain__mutmut_39 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_40'] = Calendar.xǁCalendarǁexplain__mutmut_40 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_41'] = Calendar.xǁCalendarǁexplain__mutmut_41 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_42'] = Calendar.xǁCalendarǁexplain__mutmut_42 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_43'] = Calendar.xǁCalendarǁexplain__mutmut_43 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_44'] = Calendar.xǁCalendarǁexplain__mutmut_44 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_45'] = Calendar.xǁCalendarǁexplain__mutmut_45 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_46'] = Calendar.xǁCalendarǁexplain__mutmut_46 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_47'] = Calendar.xǁCalendarǁexplain__mutmut_47 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_48'] = Calendar.xǁCalendarǁexplain__mutmut_48 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_49'] = Calendar.xǁCalendarǁexplain__mutmut_49 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_50'] = Calendar.xǁCalendarǁexplain__mutmut_50 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_51'] = Calendar.xǁCalendarǁexplain__mutmut_51 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_52'] = Calendar.xǁCalendarǁexplain__mutmut_52 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_53'] = Calendar.xǁCalendarǁexplain__mutmut_53 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_54'] = Calendar.xǁCalendarǁexplain__mutmut_54 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_55'] = Calendar.xǁCalendarǁexplain__mutmut_55 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_56'] = Calendar.xǁCalendarǁexplain__mutmut_56 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_57'] = Calendar.xǁCalendarǁexplain__mutmut_57 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_58'] = Calendar.xǁCalendarǁexplain__mutmut_58 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_59'] = Calendar.xǁCalendarǁexplain__mutmut_59 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_60'] = Calendar.xǁCalendarǁexplain__mutmut_60 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_61'] = Calendar.xǁCalendarǁexplain__mutmut_61 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_62'] = Calendar.xǁCalendarǁexplain__mutmut_62 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_63'] = Calendar.xǁCalendarǁexplain__mutmut_63 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_64'] = Calendar.xǁCalendarǁexplain__mutmut_64 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_65'] = Calendar.xǁCalendarǁexplain__mutmut_65 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_66'] = Calendar.xǁCalendarǁexplain__mutmut_66 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_67'] = Calendar.xǁCalendarǁexplain__mutmut_67 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_68'] = Calendar.xǁCalendarǁexplain__mutmut_68 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_69'] = Calendar.xǁCalendarǁexplain__mutmut_69 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_70'] = Calendar.xǁCalendarǁexplain__mutmut_70 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_71'] = Calendar.xǁCalendarǁexplain__mutmut_71 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_72'] = Calendar.xǁCalendarǁexplain__mutmut_72 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_73'] = Calendar.xǁCalendarǁexplain__mutmut_73 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_74'] = Calendar.xǁCalendarǁexplain__mutmut_74 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_75'] = Calendar.xǁCalendarǁexplain__mutmut_75 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_76'] = Calendar.xǁCalendarǁexplain__mutmut_76 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_77'] = Calendar.xǁCalendarǁexplain__mutmut_77 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_78'] = Calendar.xǁCalendarǁexplain__mutmut_78 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_79'] = Calendar.xǁCalendarǁexplain__mutmut_79 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_80'] = Calendar.xǁCalendarǁexplain__mutmut_80 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_81'] = Calendar.xǁCalendarǁexplain__mutmut_81 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_82'] = Calendar.xǁCalendarǁexplain__mutmut_82 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_83'] = Calendar.xǁCalendarǁexplain__mutmut_83 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_84'] = Calendar.xǁCalendarǁexplain__mutmut_84 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_85'] = Calendar.xǁCalendarǁexplain__mutmut_85 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_86'] = Calendar.xǁCalendarǁexplain__mutmut_86 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_87'] = Calendar.xǁCalendarǁexplain__mutmut_87 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_88'] = Calendar.xǁCalendarǁexplain__mutmut_88 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_89'] = Calendar.xǁCalendarǁexplain__mutmut_89 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_90'] = Calendar.xǁCalendarǁexplain__mutmut_90 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_91'] = Calendar.xǁCalendarǁexplain__mutmut_91 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_92'] = Calendar.xǁCalendarǁexplain__mutmut_92 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_93'] = Calendar.xǁCalendarǁexplain__mutmut_93 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_94'] = Calendar.xǁCalendarǁexplain__mutmut_94 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_95'] = Calendar.xǁCalendarǁexplain__mutmut_95 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_96'] = Calendar.xǁCalendarǁexplain__mutmut_96 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_97'] = Calendar.xǁCalendarǁexplain__mutmut_97 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_98'] = Calendar.xǁCalendarǁexplain__mutmut_98 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_99'] = Calendar.xǁCalendarǁexplain__mutmut_99 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_100'] = Calendar.xǁCalendarǁexplain__mutmut_100 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_101'] = Calendar.xǁCalendarǁexplain__mutmut_101 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_102'] = Calendar.xǁCalendarǁexplain__mutmut_102 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_103'] = Calendar.xǁCalendarǁexplain__mutmut_103 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_104'] = Calendar.xǁCalendarǁexplain__mutmut_104 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_105'] = Calendar.xǁCalendarǁexplain__mutmut_105 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_106'] = Calendar.xǁCalendarǁexplain__mutmut_106 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_107'] = Calendar.xǁCalendarǁexplain__mutmut_107 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_108'] = Calendar.xǁCalendarǁexplain__mutmut_108 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_109'] = Calendar.xǁCalendarǁexplain__mutmut_109 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_110'] = Calendar.xǁCalendarǁexplain__mutmut_110 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_111'] = Calendar.xǁCalendarǁexplain__mutmut_111 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_112'] = Calendar.xǁCalendarǁexplain__mutmut_112 # type: ignore # mutmut generated
mutants_xǁCalendarǁexplain__mutmut['xǁCalendarǁexplain__mutmut_113'] = Calendar.xǁCalendarǁexplain__mutmut_113 # type: ignore # mutmut generated
