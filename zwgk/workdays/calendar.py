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


class WorkdaysError(ValueError):
    """Bad input to the calendar (negative N, a date outside the supported range, …)."""


def format_date(day: dt.date) -> str:
    """2025年10月10日（周五）."""
    return f"{day.year}年{day.month}月{day.day}日（{WEEKDAYS[day.weekday()]}）"


def parse_date(text: str) -> dt.date:
    """A date under the one policy of zwgk.lib.dates, failing as a WorkdaysError."""
    try:
        return dates.parse_date(text)
    except dates.DateError as exc:
        raise WorkdaysError(str(exc)) from None


def parse_count(text) -> int:
    """Parse N (a number of working days): a non-negative integer."""
    try:
        n = int(str(text).strip())
    except ValueError:
        raise WorkdaysError(f"工作日数不正确：“{text}”，应为非负整数") from None
    if n < 0:
        raise WorkdaysError(f"工作日数不能为负数：{n}")
    return n


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

    def merged_with(self, other: "Layer") -> "Layer":
        """This layer overridden by `other` (same region, e.g. bundled data + staff edits)."""
        days = dict(self.days)
        days.update(other.days)
        sources = dict(self.sources)
        sources.update(other.sources)
        years = frozenset(self.years) | frozenset(other.years)
        return Layer(self.name, days, years, self.yearly or other.yearly, sources,
                     (frozenset(self.estimated) | frozenset(other.estimated)) - years)


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


@dataclass(frozen=True)
class Step:
    """One day walked over by `explain`: counted (number set) or skipped (reason set)."""

    date: dt.date
    workday: bool
    number: int | None
    kind: str  # "count", "makeup" (a weekend make-up workday, counted) or "skip"
    reason: str
    layer: str = ""

    def as_text(self) -> str:
        day = format_date(self.date)
        if self.kind == "skip":
            return f"{day} 跳过：{self.reason}"
        if self.kind == "makeup":
            return f"{day} 第{self.number}个工作日（{self.reason}，计入）"
        return f"{day} 第{self.number}个工作日"


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


class Calendar:
    """Layers of holiday data with a precomputed working-day index.

    Conventions: `add_workdays(d, n)` is the n-th working day after `d` (the start day is day
    0, 起算日不计入); pass `count_start_day=True` to count `d` itself as day 1 when it is a
    working day. `workdays_between(a, b)` counts working days in (a, b] (or [a, b] with
    `count_start_day=True`), so `workdays_between(d, add_workdays(d, n)) == n` for n ≥ 1.
    `add_workdays(d, 0)` is `d` when it is a working day, else the next working day.
    """

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

    # -- lookups ---------------------------------------------------------------------------
    def _index(self, day) -> int:
        try:
            i = day.toordinal() - self._base
        except AttributeError:
            raise WorkdaysError(f"不是日期：{day!r}") from None
        if i < 0 or i >= self._size:
            raise WorkdaysError(f"日期 {day} 超出日历支持的范围（{self.first_year}–{self.last_year}年）")
        return i

    def is_workday(self, day) -> bool:
        """True if `day` is a working day (make-up workdays included, holidays excluded)."""
        return bool(self._flags[self._index(day)])

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

    def workdays_between(self, a, b, count_start_day=False) -> int:
        """Working days in (a, b] ([a, b] with count_start_day); negative when b < a."""
        i, j = self._index(a), self._index(b)
        if j < i:
            return -self.workdays_between(b, a, count_start_day)
        return self._cum[j + 1] - self._cum[i + 1 - bool(count_start_day)]

    def special_day(self, day) -> SpecialDay | None:
        """The holiday or make-up workday on `day`, if any."""
        return self._special.get(day)

    def special_days(self, year: int) -> list:
        """Holidays and make-up workdays of `year`, in date order."""
        return sorted((sp for d, sp in self._special.items() if d.year == year), key=lambda sp: sp.date)

    def reason(self, day) -> str:
        """Why `day` is (not) a working day: 春节 / 周末 / 春节调休上班 / ''."""
        sp = self._special.get(day)
        if sp is not None:
            return sp.label
        return "周末" if day.weekday() >= 5 else ""

    # -- provisional results -----------------------------------------------------------------
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

    def is_provisional(self, start, end=None) -> bool:
        """True when a year in [start, end] lacks an official notice (2027 today)."""
        end = end or start
        if end < start:
            start, end = end, start
        missing = self._missing
        return any(year in missing for year in range(start.year, end.year + 1))

    def provisional_years(self) -> set:
        """Years for which some layer lacks its official notice."""
        return set(self._missing)

    def known_years(self, layer_name="全国") -> set:
        """Years whose official notice the named layer has."""
        for layer in self.layers:
            if layer.name == layer_name:
                return set(layer.years)
        return set()

    # -- explanations ------------------------------------------------------------------------
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
