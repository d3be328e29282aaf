"""Parse the text of a holiday notice (《国务院办公厅关于2026年部分节假日安排的通知》 or a
regional one) into days off and make-up workdays.

Each item reads like `二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、
2月28日（周六）上班。`. Clauses are classified by their verb (放假/补休/休息 → days off,
上班 → make-up workdays); weekday annotations and `共N天` counts are checked against the dates.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from zwgk.workdays.calendar import WEEKDAYS

NUMERALS = "一二三四五六七八九十"
WEEKDAY_NUMBER = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

TITLE_YEAR = re.compile(r"关于\s*(\d{4})\s*年[^\n]{0,20}?(?:节假日|放假)")
ANY_YEAR = re.compile(r"(\d{4})\s*年\s*(?:部分)?节假日安排")
ITEM = re.compile(rf"^\s*([{NUMERALS}]+\s*[、.]\s*|\d+\s*[、.]\s*|\(\s*[{NUMERALS}]+\s*\)\s*)?"
                  r"([^:\s\d][^:]{0,24}?)\s*:\s*(.+)$")
ITEM_START = re.compile(rf"(?<=[。;])\s*(?=[{NUMERALS}]+、)")
DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日(?:\s*\(([^)]*)\))?")
RANGE_SEP = re.compile(r"^\s*(?:至|到|~|-|—|–|－)\s*$")
LIST_SEP = re.compile(r"^\s*(?:、|,|和|及|与)\s*$")
COUNT = re.compile(r"(?:共|放假|休息)\s*(\d+|[一二三四五六七八九十]+)\s*天")
WEEKDAY_NOTE = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天])")
OFF_WORDS = ("放假", "补休", "休息", "休假")
# Sentences that only encourage (2024: 鼓励各单位…安排职工在除夕（2月9日）休息) decide no day.
ADVISORY_WORDS = ("鼓励", "倡导", "提倡", "建议")
# What may remain of a clause once its dates and 共N天 are taken out: no digits, no range words,
# no numeral days (else "2月15日那天到二十三放假" would silently become one day off).
LEFTOVER = re.compile(r"\d|至|到|[一二三四五六七八九十廿]+\s*[日号]")
WORK_WORDS = ("上班",)
MAX_RANGE_DAYS = 15


class NoticeError(ValueError):
    """The notice text cannot be understood; `line` is the 1-based line number, if any."""

    def __init__(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = f"第{line}行：" if line else ""
        snippet = f"\n  “{text.strip()}”" if text and text.strip() else ""
        super().__init__(f"{where}{message}{snippet}")


@dataclass(frozen=True)
class NoticeDay:
    date: dt.date
    name: str
    line: int


@dataclass
class NoticeItem:
    name: str
    line: int
    text: str
    days_off: list = field(default_factory=list)
    workdays: list = field(default_factory=list)


@dataclass
class Notice:
    """The parsed notice: its year, title and items with their days."""

    year: int
    title: str
    items: list

    @property
    def days_off(self) -> list:
        """Each day off once, in date order (named by the first item that lists it)."""
        return _first_by_date(d for item in self.items for d in item.days_off)

    @property
    def workdays(self) -> list:
        """Each make-up workday once, in date order."""
        return _first_by_date(d for item in self.items for d in item.workdays)

    @property
    def years(self) -> set:
        """Every calendar year the notice touches (元旦 may start in December of the year before)."""
        return {self.year} | {d.date.year for d in self.days_off + self.workdays}

    def as_dict(self) -> dict:
        return {
            "year": self.year,
            "days_off": [d.date.isoformat() for d in self.days_off],
            "workdays": [d.date.isoformat() for d in self.workdays],
        }


def _first_by_date(days) -> list:
    # A date two items both list (a regional item repeating a national day) is one day: the
    # import counts and saves days by date.
    first: dict = {}
    for day in days:
        first.setdefault(day.date, day)
    return sorted(first.values(), key=lambda d: d.date)


def normalise(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def find_year(text: str) -> int | None:
    """The year from the title (…关于2026年部分节假日安排的通知), if stated."""
    for pattern in (TITLE_YEAR, ANY_YEAR):
        match = pattern.search(text)
        if match:
            return int(match.group(1))
    return None


def find_title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line and ("节假日" in line or "放假" in line):
            return line.strip("《》<> ")[:300]
    return ""


# The numerals a day count is written in: 一 … 九, 十 … 九十九; anything else ("一二", "十十")
# is a typo to report, not a number to guess.
CN_NUMBER = re.compile(r"[一二三四五六七八九]|[二三四五六七八九]?十[一二三四五六七八九]?")


def _cn_number(text: str) -> int | None:
    """The value of a day count in digits or Chinese numerals; None for a malformed numeral."""
    if text.isdigit():
        return int(text)
    if not CN_NUMBER.fullmatch(text):
        return None
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def parse_notice(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = normalise(text)
    title_year = find_year(text)
    if year is not None and title_year is not None and year != title_year:
        raise NoticeError(f"指定的年份 {year} 与通知标题中的年份 {title_year} 不一致")
    year = year or title_year
    if year is None:
        raise NoticeError("无法确定通知年份：标题中没有“关于YYYY年部分节假日安排”，请指定年份（--year）")
    if not 1900 <= year <= 2200:
        raise NoticeError(f"年份不合理：{year}")

    items = []
    for number, raw in enumerate(text.splitlines(), start=1):
        for chunk in ITEM_START.split(raw):
            item = _parse_line(chunk, number, year)
            if item is not None:
                items.append(item)
    if not items:
        raise NoticeError("没有找到可识别的节假日条目（应形如“一、元旦：1月1日放假，共1天。”）")

    seen: dict = {}
    for item in items:
        for kind, days in (("放假", item.days_off), ("上班", item.workdays)):
            for d in days:
                other = seen.get(d.date)
                if other and other[0] != kind:
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def _parse_line(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if not any(w in body for w in OFF_WORDS + WORK_WORDS):
        if not numbered:
            return None  # e.g. "发布日期：2025年11月4日"
        raise NoticeError("条目中有日期，但看不出是放假还是上班", number, line)
    item = NoticeItem(name=name, line=number, text=line)
    crosses_year = _crosses_year(body)
    for sentence in re.split(r"[。;]", body):
        if any(w in sentence for w in ADVISORY_WORDS):
            continue
        last_off: list = []
        for clause in re.split(r",(?![^(]*\))", sentence):
            clause = clause.strip()
            if not clause:
                continue
            dates = _dates(clause, number, line, year, crosses_year)
            count = COUNT.search(clause)
            leftover = LEFTOVER.search(COUNT.sub(" ", _outside_dates(clause)))
            if leftover:
                raise NoticeError(f"无法理解“{clause}”中的“{leftover.group(0)}”", number, line)
            if dates:
                if any(w in clause for w in WORK_WORDS):
                    item.workdays.extend(NoticeDay(d, name, number) for d in dates)
                elif any(w in clause for w in OFF_WORDS):
                    item.days_off.extend(NoticeDay(d, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if expected is None:
                    raise NoticeError(f"无法理解天数“{count.group(1)}”", number, line)
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def _outside_dates(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = list(DATE.finditer(clause))
    if not matches:
        return clause
    return clause[:matches[0].start()] + " " + clause[matches[-1].end():]


def _crosses_year(body: str) -> bool:
    months = [int(m) for m in re.findall(r"(\d{1,2})\s*月", body)]
    return 12 in months and 1 in months


def _dates(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", number, line)
        y = int(m.group(1)) if m.group(1) else None
        month = int(m.group(2)) if m.group(2) else None
        day_no = int(m.group(3))
        if month is None:
            if prev_date is None:
                raise NoticeError(f"“{m.group(0)}”缺少月份", number, line)
            month = prev_date.month
            y = y or prev_date.year
        if y is None:
            y = year - 1 if (crosses_year and month == 12) else year
        try:
            day = dt.date(y, month, day_no)
        except ValueError:
            raise NoticeError(f"日期不存在：{y}年{month}月{day_no}日", number, line) from None
        if m.group(2) is None and prev_date is not None and day < prev_date:
            raise NoticeError(f"“{m.group(0)}”早于前一个日期，请写明月份", number, line)
        _check_weekday(day, m.group(4), number, line)
        if is_range:
            start = prev_date
            if day <= start:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 的结束日期不晚于开始日期", number, line)
            if (day - start).days >= MAX_RANGE_DAYS:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def _check_weekday(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, line,
        )
