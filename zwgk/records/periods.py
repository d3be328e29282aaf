"""Reporting periods (报告期): the year, half-year, quarter or month a periodic record covers.

Pure (no Django). A period is stored as a short code: ``2024`` (year), ``2024H1``/``2024H2``
(half-year), ``2024Q3`` (quarter), ``2024-03`` (month). Which kind a record needs follows
its item's deadline rule (`granularity`): 每年M月D日前 and 每年… rules cover a year, 每季度…
a quarter, and so on; other rules have no period.

The default, which the editor sees and may change, is the period that ended most recently
before the 生成日期: for a year, the previous year when formed in January–June, else that
year (a 年报 formed in 2025-02 covers 2024); for a half-year, quarter or month the one that
ended before the 生成日期.
"""
from __future__ import annotations

import calendar as pycalendar
import datetime as dt
import re
from dataclasses import dataclass

GRANULARITIES = ("year", "half_year", "quarter", "month")
NAMES = {"year": "年度", "half_year": "半年", "quarter": "季度", "month": "月份"}
EXAMPLES = {"year": "2024", "half_year": "2024年上半年", "quarter": "2024年第1季度", "month": "2024年3月"}
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}


class PeriodError(ValueError):
    """A period text that cannot be read, or that is of the wrong kind for the item."""


@dataclass(frozen=True)
class Period:
    kind: str  # one of GRANULARITIES
    year: int
    number: int = 1  # half (1–2), quarter (1–4) or month (1–12); 1 for a year

    @property
    def code(self) -> str:
        if self.kind == "year":
            return f"{self.year}"
        if self.kind == "half_year":
            return f"{self.year}H{self.number}"
        if self.kind == "quarter":
            return f"{self.year}Q{self.number}"
        return f"{self.year}-{self.number:02d}"

    @property
    def label(self) -> str:
        """Chinese name: 2024年度, 2024年上半年, 2024年第3季度, 2024年3月."""
        if self.kind == "year":
            return f"{self.year}年度"
        if self.kind == "half_year":
            return f"{self.year}年{'上' if self.number == 1 else '下'}半年"
        if self.kind == "quarter":
            return f"{self.year}年第{self.number}季度"
        return f"{self.year}年{self.number}月"

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self._first_month, 1)

    @property
    def end(self) -> dt.date:
        month = self._first_month + {"year": 12, "half_year": 6, "quarter": 3, "month": 1}[self.kind] - 1
        return dt.date(self.year, month, pycalendar.monthrange(self.year, month)[1])

    @property
    def _first_month(self) -> int:
        return {"year": 1, "half_year": 6 * (self.number - 1) + 1, "quarter": 3 * (self.number - 1) + 1,
                "month": self.number}[self.kind]

    def previous(self) -> "Period":
        if self.kind == "year":
            return Period("year", self.year - 1)
        count = {"half_year": 2, "quarter": 4, "month": 12}[self.kind]
        if self.number > 1:
            return Period(self.kind, self.year, self.number - 1)
        return Period(self.kind, self.year - 1, count)


def granularity(rule) -> str | None:
    """The kind of period records under `rule` (a DeadlineRule) cover, or None."""
    if rule.kind == "yearly":
        return "year"
    if rule.kind == "periodic" and rule.period in GRANULARITIES:
        return rule.period
    return None


def containing(kind: str, day: dt.date) -> Period:
    """The period of `kind` that contains `day`."""
    if kind == "year":
        return Period("year", day.year)
    if kind == "half_year":
        return Period(kind, day.year, 1 if day.month <= 6 else 2)
    if kind == "quarter":
        return Period(kind, day.year, (day.month - 1) // 3 + 1)
    return Period("month", day.year, day.month)


def default_period(kind: str, formed_on: dt.date) -> Period:
    """The period a record formed on `formed_on` most likely covers (see the module docstring)."""
    if kind == "year":
        return Period("year", formed_on.year - 1 if formed_on.month <= 6 else formed_on.year)
    return containing(kind, formed_on).previous()


_PATTERNS = [
    ("year", re.compile(r"^(\d{4})\s*(?:年度?)?$")),
    ("half_year", re.compile(r"^(\d{4})\s*(?:[-/ ]?\s*[Hh]\s*([12])|年\s*([上下])\s*半年)$")),
    ("quarter", re.compile(r"^(\d{4})\s*(?:[-/ ]?\s*[Qq]\s*([1-4])|年\s*(?:第\s*)?([1-4一二三四])\s*季度)$")),
    ("month", re.compile(r"^(\d{4})\s*(?:[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月份?)$")),
]


def parse_period(text, kind: str | None = None) -> Period:
    """Read '2024', '2024年度', '2024Q1', '2024年第一季度', '2024H2', '2024年上半年', '2024-03', '2024年3月'.

    With `kind`, the text must name a period of that kind; PeriodError (Chinese) otherwise.
    """
    if isinstance(text, int) and not isinstance(text, bool):
        text = str(text)
    if isinstance(text, float) and text.is_integer():
        text = str(int(text))
    value = str(text or "").strip()
    found = None
    for name, pattern in _PATTERNS:
        match = pattern.match(value)
        if match:
            year = int(match.group(1))
            if name == "year":
                number = 1
            else:
                raw = next(g for g in match.groups()[1:] if g)
                number = {"上": 1, "下": 2}.get(raw) or _CN_DIGITS.get(raw) or int(raw)
            if name == "month" and not 1 <= number <= 12:
                raise PeriodError(f"“{value}”的月份应在 1 到 12 之间")
            found = Period(name, year, number)
            break
    if found is None:
        example = EXAMPLES.get(kind or "year")
        raise PeriodError(f"“{value}”不是有效的报告期（如 {example}）")
    if not 1900 <= found.year <= 2200:
        raise PeriodError(f"“{value}”的年份超出范围（1900–2200）")
    if kind is not None and found.kind != kind:
        raise PeriodError(f"该事项按{NAMES[kind]}公开，报告期应写成如“{EXAMPLES[kind]}”，而不是“{value}”")
    return found


def period_label(code: str) -> str:
    """The Chinese name of a stored period code ('' for none or an unreadable one)."""
    if not code:
        return ""
    try:
        return parse_period(code).label
    except PeriodError:
        return code


def effective_period(rule, code: str, formed_on: dt.date | None) -> Period | None:
    """The period a record covers: its stored one when it fits the rule, else the default."""
    kind = granularity(rule)
    if kind is None:
        return None
    if code:
        try:
            return parse_period(code, kind)
        except PeriodError:
            pass
    return default_period(kind, formed_on) if formed_on else None
