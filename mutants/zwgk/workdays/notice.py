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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁNoticeErrorǁ__init____mutmut: MutantDict = {}  # type: ignore


class NoticeError(ValueError):
    """The notice text cannot be understood; `line` is the 1-based line number, if any."""

    @_mutmut_mutated(mutants_xǁNoticeErrorǁ__init____mutmut)
    def __init__(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = f"第{line}行：" if line else ""
        snippet = f"\n  “{text.strip()}”" if text and text.strip() else ""
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_orig(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = f"第{line}行：" if line else ""
        snippet = f"\n  “{text.strip()}”" if text and text.strip() else ""
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_1(self, message, line=None, text="XXXX"):
        self.line, self.text = line, text
        where = f"第{line}行：" if line else ""
        snippet = f"\n  “{text.strip()}”" if text and text.strip() else ""
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_2(self, message, line=None, text=""):
        self.line, self.text = None
        where = f"第{line}行：" if line else ""
        snippet = f"\n  “{text.strip()}”" if text and text.strip() else ""
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_3(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = None
        snippet = f"\n  “{text.strip()}”" if text and text.strip() else ""
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_4(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = f"第{line}行：" if (line) and False else ""
        snippet = f"\n  “{text.strip()}”" if text and text.strip() else ""
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_5(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = f"第{line}行：" if (line) or True else ""
        snippet = f"\n  “{text.strip()}”" if text and text.strip() else ""
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_6(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = f"第{line}行：" if line else "XXXX"
        snippet = f"\n  “{text.strip()}”" if text and text.strip() else ""
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_7(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = f"第{line}行：" if line else ""
        snippet = None
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_8(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = f"第{line}行：" if line else ""
        snippet = f"\n  “{text.strip()}”" if (text and text.strip()) and False else ""
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_9(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = f"第{line}行：" if line else ""
        snippet = f"\n  “{text.strip()}”" if (text and text.strip()) or True else ""
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_10(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = f"第{line}行：" if line else ""
        snippet = f"\n  “{text.strip()}”" if text or text.strip() else ""
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_11(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = f"第{line}行：" if line else ""
        snippet = f"\n  “{text.strip()}”" if text and text.strip() else "XXXX"
        super().__init__(f"{where}{message}{snippet}")

    def xǁNoticeErrorǁ__init____mutmut_12(self, message, line=None, text=""):
        self.line, self.text = line, text
        where = f"第{line}行：" if line else ""
        snippet = f"\n  “{text.strip()}”" if text and text.strip() else ""
        super().__init__(None)

mutants_xǁNoticeErrorǁ__init____mutmut['_mutmut_orig'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁNoticeErrorǁ__init____mutmut['xǁNoticeErrorǁ__init____mutmut_1'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁNoticeErrorǁ__init____mutmut['xǁNoticeErrorǁ__init____mutmut_2'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁNoticeErrorǁ__init____mutmut['xǁNoticeErrorǁ__init____mutmut_3'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁNoticeErrorǁ__init____mutmut['xǁNoticeErrorǁ__init____mutmut_4'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁNoticeErrorǁ__init____mutmut['xǁNoticeErrorǁ__init____mutmut_5'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁNoticeErrorǁ__init____mutmut['xǁNoticeErrorǁ__init____mutmut_6'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁNoticeErrorǁ__init____mutmut['xǁNoticeErrorǁ__init____mutmut_7'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁNoticeErrorǁ__init____mutmut['xǁNoticeErrorǁ__init____mutmut_8'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁNoticeErrorǁ__init____mutmut['xǁNoticeErrorǁ__init____mutmut_9'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁNoticeErrorǁ__init____mutmut['xǁNoticeErrorǁ__init____mutmut_10'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁNoticeErrorǁ__init____mutmut['xǁNoticeErrorǁ__init____mutmut_11'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁNoticeErrorǁ__init____mutmut['xǁNoticeErrorǁ__init____mutmut_12'] = NoticeError.xǁNoticeErrorǁ__init____mutmut_12 # type: ignore # mutmut generated


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
mutants_xǁNoticeǁas_dict__mutmut: MutantDict = {}  # type: ignore


@dataclass
class Notice:
    """The parsed notice: its year, title and items with their days."""

    year: int
    title: str
    items: list

    @property
    def days_off(self) -> list:
        return sorted({d for item in self.items for d in item.days_off}, key=lambda d: d.date)

    @property
    def workdays(self) -> list:
        return sorted({d for item in self.items for d in item.workdays}, key=lambda d: d.date)

    @property
    def years(self) -> set:
        """Every calendar year the notice touches (元旦 may start in December of the year before)."""
        return {self.year} | {d.date.year for d in self.days_off + self.workdays}

    @_mutmut_mutated(mutants_xǁNoticeǁas_dict__mutmut)
    def as_dict(self) -> dict:
        return {
            "year": self.year,
            "days_off": [d.date.isoformat() for d in self.days_off],
            "workdays": [d.date.isoformat() for d in self.workdays],
        }

    def xǁNoticeǁas_dict__mutmut_orig(self) -> dict:
        return {
            "year": self.year,
            "days_off": [d.date.isoformat() for d in self.days_off],
            "workdays": [d.date.isoformat() for d in self.workdays],
        }

    def xǁNoticeǁas_dict__mutmut_1(self) -> dict:
        return {
            "XXyearXX": self.year,
            "days_off": [d.date.isoformat() for d in self.days_off],
            "workdays": [d.date.isoformat() for d in self.workdays],
        }

    def xǁNoticeǁas_dict__mutmut_2(self) -> dict:
        return {
            "YEAR": self.year,
            "days_off": [d.date.isoformat() for d in self.days_off],
            "workdays": [d.date.isoformat() for d in self.workdays],
        }

    def xǁNoticeǁas_dict__mutmut_3(self) -> dict:
        return {
            "year": self.year,
            "XXdays_offXX": [d.date.isoformat() for d in self.days_off],
            "workdays": [d.date.isoformat() for d in self.workdays],
        }

    def xǁNoticeǁas_dict__mutmut_4(self) -> dict:
        return {
            "year": self.year,
            "DAYS_OFF": [d.date.isoformat() for d in self.days_off],
            "workdays": [d.date.isoformat() for d in self.workdays],
        }

    def xǁNoticeǁas_dict__mutmut_5(self) -> dict:
        return {
            "year": self.year,
            "days_off": [d.date.isoformat() for d in self.days_off],
            "XXworkdaysXX": [d.date.isoformat() for d in self.workdays],
        }

    def xǁNoticeǁas_dict__mutmut_6(self) -> dict:
        return {
            "year": self.year,
            "days_off": [d.date.isoformat() for d in self.days_off],
            "WORKDAYS": [d.date.isoformat() for d in self.workdays],
        }

mutants_xǁNoticeǁas_dict__mutmut['_mutmut_orig'] = Notice.xǁNoticeǁas_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁNoticeǁas_dict__mutmut['xǁNoticeǁas_dict__mutmut_1'] = Notice.xǁNoticeǁas_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁNoticeǁas_dict__mutmut['xǁNoticeǁas_dict__mutmut_2'] = Notice.xǁNoticeǁas_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁNoticeǁas_dict__mutmut['xǁNoticeǁas_dict__mutmut_3'] = Notice.xǁNoticeǁas_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁNoticeǁas_dict__mutmut['xǁNoticeǁas_dict__mutmut_4'] = Notice.xǁNoticeǁas_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁNoticeǁas_dict__mutmut['xǁNoticeǁas_dict__mutmut_5'] = Notice.xǁNoticeǁas_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁNoticeǁas_dict__mutmut['xǁNoticeǁas_dict__mutmut_6'] = Notice.xǁNoticeǁas_dict__mutmut_6 # type: ignore # mutmut generated
mutants_x_normalise__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalise__mutmut)
def normalise(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_orig(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_1(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = None
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_2(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize(None, text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_3(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", None)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_4(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize(text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_5(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", )
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_6(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("XXNFKCXX", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_7(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("nfkc", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_8(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "XX\u200b\u200c\u200d\ufeffXX":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_9(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = None
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_10(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(None, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_11(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, None)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_12(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace("")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_13(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, )
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_14(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "XXXX")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_15(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace(None, "~")


def x_normalise__mutmut_16(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", None)


def x_normalise__mutmut_17(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("~")


def x_normalise__mutmut_18(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", )


def x_normalise__mutmut_19(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace(None, "\n").replace("〜", "~")


def x_normalise__mutmut_20(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", None).replace("〜", "~")


def x_normalise__mutmut_21(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\n").replace("〜", "~")


def x_normalise__mutmut_22(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", ).replace("〜", "~")


def x_normalise__mutmut_23(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace(None, "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_24(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", None).replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_25(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_26(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", ).replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_27(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("XX\r\nXX", "\n").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_28(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "XX\nXX").replace("\r", "\n").replace("〜", "~")


def x_normalise__mutmut_29(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("XX\rXX", "\n").replace("〜", "~")


def x_normalise__mutmut_30(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "XX\nXX").replace("〜", "~")


def x_normalise__mutmut_31(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("XX〜XX", "~")


def x_normalise__mutmut_32(text: str) -> str:
    """Full-width to half-width (NFKC), unify dashes and strip zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    for ch in "\u200b\u200c\u200d\ufeff":
        text = text.replace(ch, "")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("〜", "XX~XX")

mutants_x_normalise__mutmut['_mutmut_orig'] = x_normalise__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_1'] = x_normalise__mutmut_1 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_2'] = x_normalise__mutmut_2 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_3'] = x_normalise__mutmut_3 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_4'] = x_normalise__mutmut_4 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_5'] = x_normalise__mutmut_5 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_6'] = x_normalise__mutmut_6 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_7'] = x_normalise__mutmut_7 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_8'] = x_normalise__mutmut_8 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_9'] = x_normalise__mutmut_9 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_10'] = x_normalise__mutmut_10 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_11'] = x_normalise__mutmut_11 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_12'] = x_normalise__mutmut_12 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_13'] = x_normalise__mutmut_13 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_14'] = x_normalise__mutmut_14 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_15'] = x_normalise__mutmut_15 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_16'] = x_normalise__mutmut_16 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_17'] = x_normalise__mutmut_17 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_18'] = x_normalise__mutmut_18 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_19'] = x_normalise__mutmut_19 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_20'] = x_normalise__mutmut_20 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_21'] = x_normalise__mutmut_21 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_22'] = x_normalise__mutmut_22 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_23'] = x_normalise__mutmut_23 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_24'] = x_normalise__mutmut_24 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_25'] = x_normalise__mutmut_25 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_26'] = x_normalise__mutmut_26 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_27'] = x_normalise__mutmut_27 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_28'] = x_normalise__mutmut_28 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_29'] = x_normalise__mutmut_29 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_30'] = x_normalise__mutmut_30 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_31'] = x_normalise__mutmut_31 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_32'] = x_normalise__mutmut_32 # type: ignore # mutmut generated
mutants_x_find_year__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_find_year__mutmut)
def find_year(text: str) -> int | None:
    """The year from the title (…关于2026年部分节假日安排的通知), if stated."""
    for pattern in (TITLE_YEAR, ANY_YEAR):
        match = pattern.search(text)
        if match:
            return int(match.group(1))
    return None


def x_find_year__mutmut_orig(text: str) -> int | None:
    """The year from the title (…关于2026年部分节假日安排的通知), if stated."""
    for pattern in (TITLE_YEAR, ANY_YEAR):
        match = pattern.search(text)
        if match:
            return int(match.group(1))
    return None


def x_find_year__mutmut_1(text: str) -> int | None:
    """The year from the title (…关于2026年部分节假日安排的通知), if stated."""
    for pattern in (TITLE_YEAR, ANY_YEAR):
        match = None
        if match:
            return int(match.group(1))
    return None


def x_find_year__mutmut_2(text: str) -> int | None:
    """The year from the title (…关于2026年部分节假日安排的通知), if stated."""
    for pattern in (TITLE_YEAR, ANY_YEAR):
        match = pattern.search(None)
        if match:
            return int(match.group(1))
    return None


def x_find_year__mutmut_3(text: str) -> int | None:
    """The year from the title (…关于2026年部分节假日安排的通知), if stated."""
    for pattern in (TITLE_YEAR, ANY_YEAR):
        match = pattern.search(text)
        if match:
            return int(None)
    return None


def x_find_year__mutmut_4(text: str) -> int | None:
    """The year from the title (…关于2026年部分节假日安排的通知), if stated."""
    for pattern in (TITLE_YEAR, ANY_YEAR):
        match = pattern.search(text)
        if match:
            return int(match.group(None))
    return None


def x_find_year__mutmut_5(text: str) -> int | None:
    """The year from the title (…关于2026年部分节假日安排的通知), if stated."""
    for pattern in (TITLE_YEAR, ANY_YEAR):
        match = pattern.search(text)
        if match:
            return int(match.group(2))
    return None

mutants_x_find_year__mutmut['_mutmut_orig'] = x_find_year__mutmut_orig # type: ignore # mutmut generated
mutants_x_find_year__mutmut['x_find_year__mutmut_1'] = x_find_year__mutmut_1 # type: ignore # mutmut generated
mutants_x_find_year__mutmut['x_find_year__mutmut_2'] = x_find_year__mutmut_2 # type: ignore # mutmut generated
mutants_x_find_year__mutmut['x_find_year__mutmut_3'] = x_find_year__mutmut_3 # type: ignore # mutmut generated
mutants_x_find_year__mutmut['x_find_year__mutmut_4'] = x_find_year__mutmut_4 # type: ignore # mutmut generated
mutants_x_find_year__mutmut['x_find_year__mutmut_5'] = x_find_year__mutmut_5 # type: ignore # mutmut generated
mutants_x_find_title__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_find_title__mutmut)
def find_title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line and ("节假日" in line or "放假" in line):
            return line.strip("《》<> ")[:300]
    return ""


def x_find_title__mutmut_orig(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line and ("节假日" in line or "放假" in line):
            return line.strip("《》<> ")[:300]
    return ""


def x_find_title__mutmut_1(text: str) -> str:
    for line in text.splitlines():
        line = None
        if "通知" in line and ("节假日" in line or "放假" in line):
            return line.strip("《》<> ")[:300]
    return ""


def x_find_title__mutmut_2(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line or ("节假日" in line or "放假" in line):
            return line.strip("《》<> ")[:300]
    return ""


def x_find_title__mutmut_3(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "XX通知XX" in line and ("节假日" in line or "放假" in line):
            return line.strip("《》<> ")[:300]
    return ""


def x_find_title__mutmut_4(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" not in line and ("节假日" in line or "放假" in line):
            return line.strip("《》<> ")[:300]
    return ""


def x_find_title__mutmut_5(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line and ("节假日" in line and "放假" in line):
            return line.strip("《》<> ")[:300]
    return ""


def x_find_title__mutmut_6(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line and ("XX节假日XX" in line or "放假" in line):
            return line.strip("《》<> ")[:300]
    return ""


def x_find_title__mutmut_7(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line and ("节假日" not in line or "放假" in line):
            return line.strip("《》<> ")[:300]
    return ""


def x_find_title__mutmut_8(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line and ("节假日" in line or "XX放假XX" in line):
            return line.strip("《》<> ")[:300]
    return ""


def x_find_title__mutmut_9(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line and ("节假日" in line or "放假" not in line):
            return line.strip("《》<> ")[:300]
    return ""


def x_find_title__mutmut_10(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line and ("节假日" in line or "放假" in line):
            return line.strip(None)[:300]
    return ""


def x_find_title__mutmut_11(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line and ("节假日" in line or "放假" in line):
            return line.strip("XX《》<> XX")[:300]
    return ""


def x_find_title__mutmut_12(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line and ("节假日" in line or "放假" in line):
            return line.strip("《》<> ")[:301]
    return ""


def x_find_title__mutmut_13(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if "通知" in line and ("节假日" in line or "放假" in line):
            return line.strip("《》<> ")[:300]
    return "XXXX"

mutants_x_find_title__mutmut['_mutmut_orig'] = x_find_title__mutmut_orig # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_1'] = x_find_title__mutmut_1 # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_2'] = x_find_title__mutmut_2 # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_3'] = x_find_title__mutmut_3 # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_4'] = x_find_title__mutmut_4 # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_5'] = x_find_title__mutmut_5 # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_6'] = x_find_title__mutmut_6 # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_7'] = x_find_title__mutmut_7 # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_8'] = x_find_title__mutmut_8 # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_9'] = x_find_title__mutmut_9 # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_10'] = x_find_title__mutmut_10 # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_11'] = x_find_title__mutmut_11 # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_12'] = x_find_title__mutmut_12 # type: ignore # mutmut generated
mutants_x_find_title__mutmut['x_find_title__mutmut_13'] = x_find_title__mutmut_13 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__cn_number__mutmut)
def _cn_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_orig(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_1(text: str) -> int:
    if text.isdigit():
        return int(None)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_2(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text != "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_3(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "XX十XX":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_4(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 11
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_5(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith(None):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_6(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("XX十XX"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_7(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 - CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_8(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 11 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_9(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[2]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_10(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "XX十XX" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_11(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" not in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_12(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = None
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_13(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition(None)
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_14(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.rpartition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_15(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("XX十XX")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_16(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 - (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_17(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] / 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_18(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 11 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_19(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if (ones) and False else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_20(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if (ones) or True else 0)
    return CN_DIGITS[text]


def x__cn_number__mutmut_21(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 1)
    return CN_DIGITS[text]

mutants_x__cn_number__mutmut['_mutmut_orig'] = x__cn_number__mutmut_orig # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_1'] = x__cn_number__mutmut_1 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_2'] = x__cn_number__mutmut_2 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_3'] = x__cn_number__mutmut_3 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_4'] = x__cn_number__mutmut_4 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_5'] = x__cn_number__mutmut_5 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_6'] = x__cn_number__mutmut_6 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_7'] = x__cn_number__mutmut_7 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_8'] = x__cn_number__mutmut_8 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_9'] = x__cn_number__mutmut_9 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_10'] = x__cn_number__mutmut_10 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_11'] = x__cn_number__mutmut_11 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_12'] = x__cn_number__mutmut_12 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_13'] = x__cn_number__mutmut_13 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_14'] = x__cn_number__mutmut_14 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_15'] = x__cn_number__mutmut_15 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_16'] = x__cn_number__mutmut_16 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_17'] = x__cn_number__mutmut_17 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_18'] = x__cn_number__mutmut_18 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_19'] = x__cn_number__mutmut_19 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_20'] = x__cn_number__mutmut_20 # type: ignore # mutmut generated
mutants_x__cn_number__mutmut['x__cn_number__mutmut_21'] = x__cn_number__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_notice__mutmut)
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


def x_parse_notice__mutmut_orig(text: str, year: int | None = None) -> Notice:
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


def x_parse_notice__mutmut_1(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text and not text.strip():
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


def x_parse_notice__mutmut_2(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if text or not text.strip():
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


def x_parse_notice__mutmut_3(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or text.strip():
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


def x_parse_notice__mutmut_4(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError(None)
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


def x_parse_notice__mutmut_5(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("XX通知内容为空XX")
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


def x_parse_notice__mutmut_6(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = None
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


def x_parse_notice__mutmut_7(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = normalise(None)
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


def x_parse_notice__mutmut_8(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = normalise(text)
    title_year = None
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


def x_parse_notice__mutmut_9(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = normalise(text)
    title_year = find_year(None)
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


def x_parse_notice__mutmut_10(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = normalise(text)
    title_year = find_year(text)
    if year is not None and title_year is not None or year != title_year:
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


def x_parse_notice__mutmut_11(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = normalise(text)
    title_year = find_year(text)
    if year is not None or title_year is not None and year != title_year:
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


def x_parse_notice__mutmut_12(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = normalise(text)
    title_year = find_year(text)
    if year is None and title_year is not None and year != title_year:
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


def x_parse_notice__mutmut_13(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = normalise(text)
    title_year = find_year(text)
    if year is not None and title_year is None and year != title_year:
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


def x_parse_notice__mutmut_14(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = normalise(text)
    title_year = find_year(text)
    if year is not None and title_year is not None and year == title_year:
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


def x_parse_notice__mutmut_15(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = normalise(text)
    title_year = find_year(text)
    if year is not None and title_year is not None and year != title_year:
        raise NoticeError(None)
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


def x_parse_notice__mutmut_16(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = normalise(text)
    title_year = find_year(text)
    if year is not None and title_year is not None and year != title_year:
        raise NoticeError(f"指定的年份 {year} 与通知标题中的年份 {title_year} 不一致")
    year = None
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


def x_parse_notice__mutmut_17(text: str, year: int | None = None) -> Notice:
    """Parse a notice; `year` is needed only when the title does not give it.

    Raises NoticeError (with the failing line) for anything it cannot understand.
    """
    if not text or not text.strip():
        raise NoticeError("通知内容为空")
    text = normalise(text)
    title_year = find_year(text)
    if year is not None and title_year is not None and year != title_year:
        raise NoticeError(f"指定的年份 {year} 与通知标题中的年份 {title_year} 不一致")
    year = year and title_year
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


def x_parse_notice__mutmut_18(text: str, year: int | None = None) -> Notice:
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
    if year is not None:
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


def x_parse_notice__mutmut_19(text: str, year: int | None = None) -> Notice:
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
        raise NoticeError(None)
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


def x_parse_notice__mutmut_20(text: str, year: int | None = None) -> Notice:
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
        raise NoticeError("XX无法确定通知年份：标题中没有“关于YYYY年部分节假日安排”，请指定年份（--year）XX")
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


def x_parse_notice__mutmut_21(text: str, year: int | None = None) -> Notice:
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
        raise NoticeError("无法确定通知年份：标题中没有“关于yyyy年部分节假日安排”，请指定年份（--year）")
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


def x_parse_notice__mutmut_22(text: str, year: int | None = None) -> Notice:
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
        raise NoticeError("无法确定通知年份：标题中没有“关于YYYY年部分节假日安排”，请指定年份（--YEAR）")
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


def x_parse_notice__mutmut_23(text: str, year: int | None = None) -> Notice:
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
    if 1900 <= year <= 2200:
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


def x_parse_notice__mutmut_24(text: str, year: int | None = None) -> Notice:
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
    if not 1901 <= year <= 2200:
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


def x_parse_notice__mutmut_25(text: str, year: int | None = None) -> Notice:
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
    if not 1900 < year <= 2200:
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


def x_parse_notice__mutmut_26(text: str, year: int | None = None) -> Notice:
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
    if not 1900 <= year < 2200:
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


def x_parse_notice__mutmut_27(text: str, year: int | None = None) -> Notice:
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
    if not 1900 <= year <= 2201:
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


def x_parse_notice__mutmut_28(text: str, year: int | None = None) -> Notice:
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
        raise NoticeError(None)

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


def x_parse_notice__mutmut_29(text: str, year: int | None = None) -> Notice:
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

    items = None
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


def x_parse_notice__mutmut_30(text: str, year: int | None = None) -> Notice:
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
    for number, raw in enumerate(None, start=1):
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


def x_parse_notice__mutmut_31(text: str, year: int | None = None) -> Notice:
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
    for number, raw in enumerate(text.splitlines(), start=None):
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


def x_parse_notice__mutmut_32(text: str, year: int | None = None) -> Notice:
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
    for number, raw in enumerate(start=1):
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


def x_parse_notice__mutmut_33(text: str, year: int | None = None) -> Notice:
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
    for number, raw in enumerate(text.splitlines(), ):
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


def x_parse_notice__mutmut_34(text: str, year: int | None = None) -> Notice:
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
    for number, raw in enumerate(text.splitlines(), start=2):
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


def x_parse_notice__mutmut_35(text: str, year: int | None = None) -> Notice:
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
        for chunk in ITEM_START.split(None):
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


def x_parse_notice__mutmut_36(text: str, year: int | None = None) -> Notice:
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
            item = None
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


def x_parse_notice__mutmut_37(text: str, year: int | None = None) -> Notice:
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
            item = _parse_line(None, number, year)
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


def x_parse_notice__mutmut_38(text: str, year: int | None = None) -> Notice:
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
            item = _parse_line(chunk, None, year)
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


def x_parse_notice__mutmut_39(text: str, year: int | None = None) -> Notice:
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
            item = _parse_line(chunk, number, None)
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


def x_parse_notice__mutmut_40(text: str, year: int | None = None) -> Notice:
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
            item = _parse_line(number, year)
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


def x_parse_notice__mutmut_41(text: str, year: int | None = None) -> Notice:
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
            item = _parse_line(chunk, year)
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


def x_parse_notice__mutmut_42(text: str, year: int | None = None) -> Notice:
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
            item = _parse_line(chunk, number, )
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


def x_parse_notice__mutmut_43(text: str, year: int | None = None) -> Notice:
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
            if item is None:
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


def x_parse_notice__mutmut_44(text: str, year: int | None = None) -> Notice:
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
                items.append(None)
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


def x_parse_notice__mutmut_45(text: str, year: int | None = None) -> Notice:
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
    if items:
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


def x_parse_notice__mutmut_46(text: str, year: int | None = None) -> Notice:
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
        raise NoticeError(None)

    seen: dict = {}
    for item in items:
        for kind, days in (("放假", item.days_off), ("上班", item.workdays)):
            for d in days:
                other = seen.get(d.date)
                if other and other[0] != kind:
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_47(text: str, year: int | None = None) -> Notice:
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
        raise NoticeError("XX没有找到可识别的节假日条目（应形如“一、元旦：1月1日放假，共1天。”）XX")

    seen: dict = {}
    for item in items:
        for kind, days in (("放假", item.days_off), ("上班", item.workdays)):
            for d in days:
                other = seen.get(d.date)
                if other and other[0] != kind:
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_48(text: str, year: int | None = None) -> Notice:
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

    seen: dict = None
    for item in items:
        for kind, days in (("放假", item.days_off), ("上班", item.workdays)):
            for d in days:
                other = seen.get(d.date)
                if other and other[0] != kind:
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_49(text: str, year: int | None = None) -> Notice:
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
        for kind, days in (("XX放假XX", item.days_off), ("上班", item.workdays)):
            for d in days:
                other = seen.get(d.date)
                if other and other[0] != kind:
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_50(text: str, year: int | None = None) -> Notice:
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
        for kind, days in (("放假", item.days_off), ("XX上班XX", item.workdays)):
            for d in days:
                other = seen.get(d.date)
                if other and other[0] != kind:
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_51(text: str, year: int | None = None) -> Notice:
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
                other = None
                if other and other[0] != kind:
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_52(text: str, year: int | None = None) -> Notice:
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
                other = seen.get(None)
                if other and other[0] != kind:
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_53(text: str, year: int | None = None) -> Notice:
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
                if other or other[0] != kind:
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_54(text: str, year: int | None = None) -> Notice:
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
                if other and other[1] != kind:
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_55(text: str, year: int | None = None) -> Notice:
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
                if other and other[0] == kind:
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_56(text: str, year: int | None = None) -> Notice:
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
                    raise NoticeError(None, item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_57(text: str, year: int | None = None) -> Notice:
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
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", None, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_58(text: str, year: int | None = None) -> Notice:
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
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, None)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_59(text: str, year: int | None = None) -> Notice:
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
                    raise NoticeError(item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_60(text: str, year: int | None = None) -> Notice:
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
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_61(text: str, year: int | None = None) -> Notice:
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
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[1]}行）", item.line, )
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_62(text: str, year: int | None = None) -> Notice:
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
                    raise NoticeError(f"{d.date.isoformat()} 同时被列为放假和上班（另见第{other[2]}行）", item.line, item.text)
                seen[d.date] = (kind, item.line)
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_63(text: str, year: int | None = None) -> Notice:
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
                seen[d.date] = None
    return Notice(year=year, title=find_title(text), items=items)


def x_parse_notice__mutmut_64(text: str, year: int | None = None) -> Notice:
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
    return Notice(year=None, title=find_title(text), items=items)


def x_parse_notice__mutmut_65(text: str, year: int | None = None) -> Notice:
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
    return Notice(year=year, title=None, items=items)


def x_parse_notice__mutmut_66(text: str, year: int | None = None) -> Notice:
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
    return Notice(year=year, title=find_title(text), items=None)


def x_parse_notice__mutmut_67(text: str, year: int | None = None) -> Notice:
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
    return Notice(title=find_title(text), items=items)


def x_parse_notice__mutmut_68(text: str, year: int | None = None) -> Notice:
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
    return Notice(year=year, items=items)


def x_parse_notice__mutmut_69(text: str, year: int | None = None) -> Notice:
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
    return Notice(year=year, title=find_title(text), )


def x_parse_notice__mutmut_70(text: str, year: int | None = None) -> Notice:
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
    return Notice(year=year, title=find_title(None), items=items)

mutants_x_parse_notice__mutmut['_mutmut_orig'] = x_parse_notice__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_1'] = x_parse_notice__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_2'] = x_parse_notice__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_3'] = x_parse_notice__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_4'] = x_parse_notice__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_5'] = x_parse_notice__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_6'] = x_parse_notice__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_7'] = x_parse_notice__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_8'] = x_parse_notice__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_9'] = x_parse_notice__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_10'] = x_parse_notice__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_11'] = x_parse_notice__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_12'] = x_parse_notice__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_13'] = x_parse_notice__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_14'] = x_parse_notice__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_15'] = x_parse_notice__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_16'] = x_parse_notice__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_17'] = x_parse_notice__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_18'] = x_parse_notice__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_19'] = x_parse_notice__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_20'] = x_parse_notice__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_21'] = x_parse_notice__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_22'] = x_parse_notice__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_23'] = x_parse_notice__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_24'] = x_parse_notice__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_25'] = x_parse_notice__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_26'] = x_parse_notice__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_27'] = x_parse_notice__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_28'] = x_parse_notice__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_29'] = x_parse_notice__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_30'] = x_parse_notice__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_31'] = x_parse_notice__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_32'] = x_parse_notice__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_33'] = x_parse_notice__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_34'] = x_parse_notice__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_35'] = x_parse_notice__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_36'] = x_parse_notice__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_37'] = x_parse_notice__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_38'] = x_parse_notice__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_39'] = x_parse_notice__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_40'] = x_parse_notice__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_41'] = x_parse_notice__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_42'] = x_parse_notice__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_43'] = x_parse_notice__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_44'] = x_parse_notice__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_45'] = x_parse_notice__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_46'] = x_parse_notice__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_47'] = x_parse_notice__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_48'] = x_parse_notice__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_49'] = x_parse_notice__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_50'] = x_parse_notice__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_51'] = x_parse_notice__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_52'] = x_parse_notice__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_53'] = x_parse_notice__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_54'] = x_parse_notice__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_55'] = x_parse_notice__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_56'] = x_parse_notice__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_57'] = x_parse_notice__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_58'] = x_parse_notice__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_59'] = x_parse_notice__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_60'] = x_parse_notice__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_61'] = x_parse_notice__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_62'] = x_parse_notice__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_63'] = x_parse_notice__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_64'] = x_parse_notice__mutmut_64 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_65'] = x_parse_notice__mutmut_65 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_66'] = x_parse_notice__mutmut_66 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_67'] = x_parse_notice__mutmut_67 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_68'] = x_parse_notice__mutmut_68 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_69'] = x_parse_notice__mutmut_69 # type: ignore # mutmut generated
mutants_x_parse_notice__mutmut['x_parse_notice__mutmut_70'] = x_parse_notice__mutmut_70 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parse_line__mutmut)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_orig(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_1(line: str, number: int, year: int) -> NoticeItem | None:
    match = None
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_2(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(None)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_3(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if match:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_4(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = None
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_5(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(None), match.group(2).strip(), match.group(3)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_6(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(None)), match.group(2).strip(), match.group(3)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_7(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(2)), match.group(2).strip(), match.group(3)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_8(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(None).strip(), match.group(3)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_9(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(3).strip(), match.group(3)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_10(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(None)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_11(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(4)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_12(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if DATE.search(body):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_13(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(None):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_14(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if any(w in body for w in OFF_WORDS + WORK_WORDS):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_15(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if not any(None):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_16(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if not any(w not in body for w in OFF_WORDS + WORK_WORDS):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_17(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if not any(w in body for w in OFF_WORDS - WORK_WORDS):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_18(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if not any(w in body for w in OFF_WORDS + WORK_WORDS):
        if numbered:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_19(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if not any(w in body for w in OFF_WORDS + WORK_WORDS):
        if not numbered:
            return None  # e.g. "发布日期：2025年11月4日"
        raise NoticeError(None, number, line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_20(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if not any(w in body for w in OFF_WORDS + WORK_WORDS):
        if not numbered:
            return None  # e.g. "发布日期：2025年11月4日"
        raise NoticeError("条目中有日期，但看不出是放假还是上班", None, line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_21(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if not any(w in body for w in OFF_WORDS + WORK_WORDS):
        if not numbered:
            return None  # e.g. "发布日期：2025年11月4日"
        raise NoticeError("条目中有日期，但看不出是放假还是上班", number, None)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_22(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if not any(w in body for w in OFF_WORDS + WORK_WORDS):
        if not numbered:
            return None  # e.g. "发布日期：2025年11月4日"
        raise NoticeError(number, line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_23(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if not any(w in body for w in OFF_WORDS + WORK_WORDS):
        if not numbered:
            return None  # e.g. "发布日期：2025年11月4日"
        raise NoticeError("条目中有日期，但看不出是放假还是上班", line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_24(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if not any(w in body for w in OFF_WORDS + WORK_WORDS):
        if not numbered:
            return None  # e.g. "发布日期：2025年11月4日"
        raise NoticeError("条目中有日期，但看不出是放假还是上班", number, )
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_25(line: str, number: int, year: int) -> NoticeItem | None:
    match = ITEM.match(line)
    if not match:
        return None
    numbered, name, body = bool(match.group(1)), match.group(2).strip(), match.group(3)
    if not DATE.search(body):
        return None  # e.g. "联系人：…", "附件：…": not a holiday item
    if not any(w in body for w in OFF_WORDS + WORK_WORDS):
        if not numbered:
            return None  # e.g. "发布日期：2025年11月4日"
        raise NoticeError("XX条目中有日期，但看不出是放假还是上班XX", number, line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_26(line: str, number: int, year: int) -> NoticeItem | None:
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
    item = None
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_27(line: str, number: int, year: int) -> NoticeItem | None:
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
    item = NoticeItem(name=None, line=number, text=line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_28(line: str, number: int, year: int) -> NoticeItem | None:
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
    item = NoticeItem(name=name, line=None, text=line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_29(line: str, number: int, year: int) -> NoticeItem | None:
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
    item = NoticeItem(name=name, line=number, text=None)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_30(line: str, number: int, year: int) -> NoticeItem | None:
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
    item = NoticeItem(line=number, text=line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_31(line: str, number: int, year: int) -> NoticeItem | None:
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
    item = NoticeItem(name=name, text=line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_32(line: str, number: int, year: int) -> NoticeItem | None:
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
    item = NoticeItem(name=name, line=number, )
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_33(line: str, number: int, year: int) -> NoticeItem | None:
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
    crosses_year = None
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_34(line: str, number: int, year: int) -> NoticeItem | None:
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
    crosses_year = _crosses_year(None)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_35(line: str, number: int, year: int) -> NoticeItem | None:
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
    for sentence in re.split(None, body):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_36(line: str, number: int, year: int) -> NoticeItem | None:
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
    for sentence in re.split(r"[。;]", None):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_37(line: str, number: int, year: int) -> NoticeItem | None:
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
    for sentence in re.split(body):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_38(line: str, number: int, year: int) -> NoticeItem | None:
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
    for sentence in re.split(r"[。;]", ):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_39(line: str, number: int, year: int) -> NoticeItem | None:
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
    for sentence in re.rsplit(r"[。;]", body):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_40(line: str, number: int, year: int) -> NoticeItem | None:
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
    for sentence in re.split(r"XX[。;]XX", body):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_41(line: str, number: int, year: int) -> NoticeItem | None:
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
        if any(None):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_42(line: str, number: int, year: int) -> NoticeItem | None:
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
        if any(w not in sentence for w in ADVISORY_WORDS):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_43(line: str, number: int, year: int) -> NoticeItem | None:
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
            break
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_44(line: str, number: int, year: int) -> NoticeItem | None:
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
        last_off: list = None
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_45(line: str, number: int, year: int) -> NoticeItem | None:
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
        for clause in re.split(None, sentence):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_46(line: str, number: int, year: int) -> NoticeItem | None:
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
        for clause in re.split(r",(?![^(]*\))", None):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_47(line: str, number: int, year: int) -> NoticeItem | None:
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
        for clause in re.split(sentence):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_48(line: str, number: int, year: int) -> NoticeItem | None:
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
        for clause in re.split(r",(?![^(]*\))", ):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_49(line: str, number: int, year: int) -> NoticeItem | None:
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
        for clause in re.rsplit(r",(?![^(]*\))", sentence):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_50(line: str, number: int, year: int) -> NoticeItem | None:
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
        for clause in re.split(r"XX,(?![^(]*\))XX", sentence):
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_51(line: str, number: int, year: int) -> NoticeItem | None:
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
            clause = None
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_52(line: str, number: int, year: int) -> NoticeItem | None:
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
            if clause:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_53(line: str, number: int, year: int) -> NoticeItem | None:
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
                break
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_54(line: str, number: int, year: int) -> NoticeItem | None:
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
            dates = None
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_55(line: str, number: int, year: int) -> NoticeItem | None:
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
            dates = _dates(None, number, line, year, crosses_year)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_56(line: str, number: int, year: int) -> NoticeItem | None:
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
            dates = _dates(clause, None, line, year, crosses_year)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_57(line: str, number: int, year: int) -> NoticeItem | None:
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
            dates = _dates(clause, number, None, year, crosses_year)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_58(line: str, number: int, year: int) -> NoticeItem | None:
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
            dates = _dates(clause, number, line, None, crosses_year)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_59(line: str, number: int, year: int) -> NoticeItem | None:
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
            dates = _dates(clause, number, line, year, None)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_60(line: str, number: int, year: int) -> NoticeItem | None:
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
            dates = _dates(number, line, year, crosses_year)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_61(line: str, number: int, year: int) -> NoticeItem | None:
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
            dates = _dates(clause, line, year, crosses_year)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_62(line: str, number: int, year: int) -> NoticeItem | None:
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
            dates = _dates(clause, number, year, crosses_year)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_63(line: str, number: int, year: int) -> NoticeItem | None:
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
            dates = _dates(clause, number, line, crosses_year)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_64(line: str, number: int, year: int) -> NoticeItem | None:
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
            dates = _dates(clause, number, line, year, )
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_65(line: str, number: int, year: int) -> NoticeItem | None:
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
            count = None
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_66(line: str, number: int, year: int) -> NoticeItem | None:
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
            count = COUNT.search(None)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_67(line: str, number: int, year: int) -> NoticeItem | None:
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
            leftover = None
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_68(line: str, number: int, year: int) -> NoticeItem | None:
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
            leftover = LEFTOVER.search(None)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_69(line: str, number: int, year: int) -> NoticeItem | None:
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
            leftover = LEFTOVER.search(COUNT.sub(None, _outside_dates(clause)))
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_70(line: str, number: int, year: int) -> NoticeItem | None:
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
            leftover = LEFTOVER.search(COUNT.sub(" ", None))
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_71(line: str, number: int, year: int) -> NoticeItem | None:
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
            leftover = LEFTOVER.search(COUNT.sub(_outside_dates(clause)))
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_72(line: str, number: int, year: int) -> NoticeItem | None:
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
            leftover = LEFTOVER.search(COUNT.sub(" ", ))
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_73(line: str, number: int, year: int) -> NoticeItem | None:
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
            leftover = LEFTOVER.search(COUNT.sub("XX XX", _outside_dates(clause)))
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_74(line: str, number: int, year: int) -> NoticeItem | None:
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
            leftover = LEFTOVER.search(COUNT.sub(" ", _outside_dates(None)))
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_75(line: str, number: int, year: int) -> NoticeItem | None:
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
                raise NoticeError(None, number, line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_76(line: str, number: int, year: int) -> NoticeItem | None:
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
                raise NoticeError(f"无法理解“{clause}”中的“{leftover.group(0)}”", None, line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_77(line: str, number: int, year: int) -> NoticeItem | None:
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
                raise NoticeError(f"无法理解“{clause}”中的“{leftover.group(0)}”", number, None)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_78(line: str, number: int, year: int) -> NoticeItem | None:
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
                raise NoticeError(number, line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_79(line: str, number: int, year: int) -> NoticeItem | None:
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
                raise NoticeError(f"无法理解“{clause}”中的“{leftover.group(0)}”", line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_80(line: str, number: int, year: int) -> NoticeItem | None:
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
                raise NoticeError(f"无法理解“{clause}”中的“{leftover.group(0)}”", number, )
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_81(line: str, number: int, year: int) -> NoticeItem | None:
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
                raise NoticeError(f"无法理解“{clause}”中的“{leftover.group(None)}”", number, line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_82(line: str, number: int, year: int) -> NoticeItem | None:
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
                raise NoticeError(f"无法理解“{clause}”中的“{leftover.group(1)}”", number, line)
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_83(line: str, number: int, year: int) -> NoticeItem | None:
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
                if any(None):
                    item.workdays.extend(NoticeDay(d, name, number) for d in dates)
                elif any(w in clause for w in OFF_WORDS):
                    item.days_off.extend(NoticeDay(d, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_84(line: str, number: int, year: int) -> NoticeItem | None:
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
                if any(w not in clause for w in WORK_WORDS):
                    item.workdays.extend(NoticeDay(d, name, number) for d in dates)
                elif any(w in clause for w in OFF_WORDS):
                    item.days_off.extend(NoticeDay(d, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_85(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.workdays.extend(None)
                elif any(w in clause for w in OFF_WORDS):
                    item.days_off.extend(NoticeDay(d, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_86(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.workdays.extend(NoticeDay(None, name, number) for d in dates)
                elif any(w in clause for w in OFF_WORDS):
                    item.days_off.extend(NoticeDay(d, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_87(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.workdays.extend(NoticeDay(d, None, number) for d in dates)
                elif any(w in clause for w in OFF_WORDS):
                    item.days_off.extend(NoticeDay(d, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_88(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.workdays.extend(NoticeDay(d, name, None) for d in dates)
                elif any(w in clause for w in OFF_WORDS):
                    item.days_off.extend(NoticeDay(d, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_89(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.workdays.extend(NoticeDay(name, number) for d in dates)
                elif any(w in clause for w in OFF_WORDS):
                    item.days_off.extend(NoticeDay(d, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_90(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.workdays.extend(NoticeDay(d, number) for d in dates)
                elif any(w in clause for w in OFF_WORDS):
                    item.days_off.extend(NoticeDay(d, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_91(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.workdays.extend(NoticeDay(d, name, ) for d in dates)
                elif any(w in clause for w in OFF_WORDS):
                    item.days_off.extend(NoticeDay(d, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_92(line: str, number: int, year: int) -> NoticeItem | None:
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
                elif any(None):
                    item.days_off.extend(NoticeDay(d, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_93(line: str, number: int, year: int) -> NoticeItem | None:
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
                elif any(w not in clause for w in OFF_WORDS):
                    item.days_off.extend(NoticeDay(d, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_94(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.days_off.extend(None)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_95(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.days_off.extend(NoticeDay(None, name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_96(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.days_off.extend(NoticeDay(d, None, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_97(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.days_off.extend(NoticeDay(d, name, None) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_98(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.days_off.extend(NoticeDay(name, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_99(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.days_off.extend(NoticeDay(d, number) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_100(line: str, number: int, year: int) -> NoticeItem | None:
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
                    item.days_off.extend(NoticeDay(d, name, ) for d in dates)
                    last_off = dates
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_101(line: str, number: int, year: int) -> NoticeItem | None:
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
                    last_off = None
                else:
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_102(line: str, number: int, year: int) -> NoticeItem | None:
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
                    raise NoticeError(None, number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_103(line: str, number: int, year: int) -> NoticeItem | None:
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
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", None, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_104(line: str, number: int, year: int) -> NoticeItem | None:
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
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, None)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_105(line: str, number: int, year: int) -> NoticeItem | None:
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
                    raise NoticeError(number, line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_106(line: str, number: int, year: int) -> NoticeItem | None:
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
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", line)
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_107(line: str, number: int, year: int) -> NoticeItem | None:
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
                    raise NoticeError(f"“{clause}”：看不出这些日期是放假还是上班", number, )
            if count:
                expected = _cn_number(count.group(1))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_108(line: str, number: int, year: int) -> NoticeItem | None:
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
                expected = None
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_109(line: str, number: int, year: int) -> NoticeItem | None:
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
                expected = _cn_number(None)
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_110(line: str, number: int, year: int) -> NoticeItem | None:
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
                expected = _cn_number(count.group(None))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_111(line: str, number: int, year: int) -> NoticeItem | None:
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
                expected = _cn_number(count.group(2))
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_112(line: str, number: int, year: int) -> NoticeItem | None:
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
                if last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_113(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(None, number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_114(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", None, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_115(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, None)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_116(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_117(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_118(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, )
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_119(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected == len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_120(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(None, number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_121(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", None, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_122(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, None)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_123(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_124(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_125(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, )
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_126(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off or not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_127(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_128(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, line)
    return item


def x__parse_line__mutmut_129(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError(None, number, line)
    return item


def x__parse_line__mutmut_130(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", None, line)
    return item


def x__parse_line__mutmut_131(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, None)
    return item


def x__parse_line__mutmut_132(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError(number, line)
    return item


def x__parse_line__mutmut_133(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", line)
    return item


def x__parse_line__mutmut_134(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("条目中没有找到放假或上班的日期", number, )
    return item


def x__parse_line__mutmut_135(line: str, number: int, year: int) -> NoticeItem | None:
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
                if not last_off:
                    raise NoticeError(f"“{clause}”：天数前没有放假日期", number, line)
                if expected != len(last_off):
                    raise NoticeError(f"写明共{expected}天，但日期共 {len(last_off)} 天", number, line)
    if not item.days_off and not item.workdays:
        raise NoticeError("XX条目中没有找到放假或上班的日期XX", number, line)
    return item

mutants_x__parse_line__mutmut['_mutmut_orig'] = x__parse_line__mutmut_orig # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_1'] = x__parse_line__mutmut_1 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_2'] = x__parse_line__mutmut_2 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_3'] = x__parse_line__mutmut_3 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_4'] = x__parse_line__mutmut_4 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_5'] = x__parse_line__mutmut_5 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_6'] = x__parse_line__mutmut_6 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_7'] = x__parse_line__mutmut_7 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_8'] = x__parse_line__mutmut_8 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_9'] = x__parse_line__mutmut_9 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_10'] = x__parse_line__mutmut_10 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_11'] = x__parse_line__mutmut_11 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_12'] = x__parse_line__mutmut_12 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_13'] = x__parse_line__mutmut_13 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_14'] = x__parse_line__mutmut_14 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_15'] = x__parse_line__mutmut_15 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_16'] = x__parse_line__mutmut_16 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_17'] = x__parse_line__mutmut_17 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_18'] = x__parse_line__mutmut_18 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_19'] = x__parse_line__mutmut_19 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_20'] = x__parse_line__mutmut_20 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_21'] = x__parse_line__mutmut_21 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_22'] = x__parse_line__mutmut_22 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_23'] = x__parse_line__mutmut_23 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_24'] = x__parse_line__mutmut_24 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_25'] = x__parse_line__mutmut_25 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_26'] = x__parse_line__mutmut_26 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_27'] = x__parse_line__mutmut_27 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_28'] = x__parse_line__mutmut_28 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_29'] = x__parse_line__mutmut_29 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_30'] = x__parse_line__mutmut_30 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_31'] = x__parse_line__mutmut_31 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_32'] = x__parse_line__mutmut_32 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_33'] = x__parse_line__mutmut_33 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_34'] = x__parse_line__mutmut_34 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_35'] = x__parse_line__mutmut_35 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_36'] = x__parse_line__mutmut_36 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_37'] = x__parse_line__mutmut_37 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_38'] = x__parse_line__mutmut_38 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_39'] = x__parse_line__mutmut_39 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_40'] = x__parse_line__mutmut_40 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_41'] = x__parse_line__mutmut_41 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_42'] = x__parse_line__mutmut_42 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_43'] = x__parse_line__mutmut_43 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_44'] = x__parse_line__mutmut_44 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_45'] = x__parse_line__mutmut_45 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_46'] = x__parse_line__mutmut_46 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_47'] = x__parse_line__mutmut_47 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_48'] = x__parse_line__mutmut_48 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_49'] = x__parse_line__mutmut_49 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_50'] = x__parse_line__mutmut_50 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_51'] = x__parse_line__mutmut_51 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_52'] = x__parse_line__mutmut_52 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_53'] = x__parse_line__mutmut_53 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_54'] = x__parse_line__mutmut_54 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_55'] = x__parse_line__mutmut_55 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_56'] = x__parse_line__mutmut_56 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_57'] = x__parse_line__mutmut_57 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_58'] = x__parse_line__mutmut_58 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_59'] = x__parse_line__mutmut_59 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_60'] = x__parse_line__mutmut_60 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_61'] = x__parse_line__mutmut_61 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_62'] = x__parse_line__mutmut_62 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_63'] = x__parse_line__mutmut_63 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_64'] = x__parse_line__mutmut_64 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_65'] = x__parse_line__mutmut_65 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_66'] = x__parse_line__mutmut_66 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_67'] = x__parse_line__mutmut_67 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_68'] = x__parse_line__mutmut_68 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_69'] = x__parse_line__mutmut_69 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_70'] = x__parse_line__mutmut_70 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_71'] = x__parse_line__mutmut_71 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_72'] = x__parse_line__mutmut_72 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_73'] = x__parse_line__mutmut_73 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_74'] = x__parse_line__mutmut_74 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_75'] = x__parse_line__mutmut_75 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_76'] = x__parse_line__mutmut_76 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_77'] = x__parse_line__mutmut_77 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_78'] = x__parse_line__mutmut_78 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_79'] = x__parse_line__mutmut_79 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_80'] = x__parse_line__mutmut_80 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_81'] = x__parse_line__mutmut_81 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_82'] = x__parse_line__mutmut_82 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_83'] = x__parse_line__mutmut_83 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_84'] = x__parse_line__mutmut_84 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_85'] = x__parse_line__mutmut_85 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_86'] = x__parse_line__mutmut_86 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_87'] = x__parse_line__mutmut_87 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_88'] = x__parse_line__mutmut_88 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_89'] = x__parse_line__mutmut_89 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_90'] = x__parse_line__mutmut_90 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_91'] = x__parse_line__mutmut_91 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_92'] = x__parse_line__mutmut_92 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_93'] = x__parse_line__mutmut_93 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_94'] = x__parse_line__mutmut_94 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_95'] = x__parse_line__mutmut_95 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_96'] = x__parse_line__mutmut_96 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_97'] = x__parse_line__mutmut_97 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_98'] = x__parse_line__mutmut_98 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_99'] = x__parse_line__mutmut_99 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_100'] = x__parse_line__mutmut_100 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_101'] = x__parse_line__mutmut_101 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_102'] = x__parse_line__mutmut_102 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_103'] = x__parse_line__mutmut_103 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_104'] = x__parse_line__mutmut_104 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_105'] = x__parse_line__mutmut_105 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_106'] = x__parse_line__mutmut_106 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_107'] = x__parse_line__mutmut_107 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_108'] = x__parse_line__mutmut_108 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_109'] = x__parse_line__mutmut_109 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_110'] = x__parse_line__mutmut_110 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_111'] = x__parse_line__mutmut_111 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_112'] = x__parse_line__mutmut_112 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_113'] = x__parse_line__mutmut_113 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_114'] = x__parse_line__mutmut_114 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_115'] = x__parse_line__mutmut_115 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_116'] = x__parse_line__mutmut_116 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_117'] = x__parse_line__mutmut_117 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_118'] = x__parse_line__mutmut_118 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_119'] = x__parse_line__mutmut_119 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_120'] = x__parse_line__mutmut_120 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_121'] = x__parse_line__mutmut_121 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_122'] = x__parse_line__mutmut_122 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_123'] = x__parse_line__mutmut_123 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_124'] = x__parse_line__mutmut_124 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_125'] = x__parse_line__mutmut_125 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_126'] = x__parse_line__mutmut_126 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_127'] = x__parse_line__mutmut_127 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_128'] = x__parse_line__mutmut_128 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_129'] = x__parse_line__mutmut_129 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_130'] = x__parse_line__mutmut_130 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_131'] = x__parse_line__mutmut_131 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_132'] = x__parse_line__mutmut_132 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_133'] = x__parse_line__mutmut_133 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_134'] = x__parse_line__mutmut_134 # type: ignore # mutmut generated
mutants_x__parse_line__mutmut['x__parse_line__mutmut_135'] = x__parse_line__mutmut_135 # type: ignore # mutmut generated
mutants_x__outside_dates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__outside_dates__mutmut)
def _outside_dates(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = list(DATE.finditer(clause))
    if not matches:
        return clause
    return clause[:matches[0].start()] + " " + clause[matches[-1].end():]


def x__outside_dates__mutmut_orig(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = list(DATE.finditer(clause))
    if not matches:
        return clause
    return clause[:matches[0].start()] + " " + clause[matches[-1].end():]


def x__outside_dates__mutmut_1(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = None
    if not matches:
        return clause
    return clause[:matches[0].start()] + " " + clause[matches[-1].end():]


def x__outside_dates__mutmut_2(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = list(None)
    if not matches:
        return clause
    return clause[:matches[0].start()] + " " + clause[matches[-1].end():]


def x__outside_dates__mutmut_3(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = list(DATE.finditer(None))
    if not matches:
        return clause
    return clause[:matches[0].start()] + " " + clause[matches[-1].end():]


def x__outside_dates__mutmut_4(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = list(DATE.finditer(clause))
    if matches:
        return clause
    return clause[:matches[0].start()] + " " + clause[matches[-1].end():]


def x__outside_dates__mutmut_5(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = list(DATE.finditer(clause))
    if not matches:
        return clause
    return clause[:matches[0].start()] + " " - clause[matches[-1].end():]


def x__outside_dates__mutmut_6(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = list(DATE.finditer(clause))
    if not matches:
        return clause
    return clause[:matches[0].start()] - " " + clause[matches[-1].end():]


def x__outside_dates__mutmut_7(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = list(DATE.finditer(clause))
    if not matches:
        return clause
    return clause[:matches[1].start()] + " " + clause[matches[-1].end():]


def x__outside_dates__mutmut_8(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = list(DATE.finditer(clause))
    if not matches:
        return clause
    return clause[:matches[0].start()] + "XX XX" + clause[matches[-1].end():]


def x__outside_dates__mutmut_9(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = list(DATE.finditer(clause))
    if not matches:
        return clause
    return clause[:matches[0].start()] + " " + clause[matches[+1].end():]


def x__outside_dates__mutmut_10(clause: str) -> str:
    """The clause without its run of dates (first date to last, separators already checked)."""
    matches = list(DATE.finditer(clause))
    if not matches:
        return clause
    return clause[:matches[0].start()] + " " + clause[matches[-2].end():]

mutants_x__outside_dates__mutmut['_mutmut_orig'] = x__outside_dates__mutmut_orig # type: ignore # mutmut generated
mutants_x__outside_dates__mutmut['x__outside_dates__mutmut_1'] = x__outside_dates__mutmut_1 # type: ignore # mutmut generated
mutants_x__outside_dates__mutmut['x__outside_dates__mutmut_2'] = x__outside_dates__mutmut_2 # type: ignore # mutmut generated
mutants_x__outside_dates__mutmut['x__outside_dates__mutmut_3'] = x__outside_dates__mutmut_3 # type: ignore # mutmut generated
mutants_x__outside_dates__mutmut['x__outside_dates__mutmut_4'] = x__outside_dates__mutmut_4 # type: ignore # mutmut generated
mutants_x__outside_dates__mutmut['x__outside_dates__mutmut_5'] = x__outside_dates__mutmut_5 # type: ignore # mutmut generated
mutants_x__outside_dates__mutmut['x__outside_dates__mutmut_6'] = x__outside_dates__mutmut_6 # type: ignore # mutmut generated
mutants_x__outside_dates__mutmut['x__outside_dates__mutmut_7'] = x__outside_dates__mutmut_7 # type: ignore # mutmut generated
mutants_x__outside_dates__mutmut['x__outside_dates__mutmut_8'] = x__outside_dates__mutmut_8 # type: ignore # mutmut generated
mutants_x__outside_dates__mutmut['x__outside_dates__mutmut_9'] = x__outside_dates__mutmut_9 # type: ignore # mutmut generated
mutants_x__outside_dates__mutmut['x__outside_dates__mutmut_10'] = x__outside_dates__mutmut_10 # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__crosses_year__mutmut)
def _crosses_year(body: str) -> bool:
    months = [int(m) for m in re.findall(r"(\d{1,2})\s*月", body)]
    return 12 in months and 1 in months


def x__crosses_year__mutmut_orig(body: str) -> bool:
    months = [int(m) for m in re.findall(r"(\d{1,2})\s*月", body)]
    return 12 in months and 1 in months


def x__crosses_year__mutmut_1(body: str) -> bool:
    months = None
    return 12 in months and 1 in months


def x__crosses_year__mutmut_2(body: str) -> bool:
    months = [int(None) for m in re.findall(r"(\d{1,2})\s*月", body)]
    return 12 in months and 1 in months


def x__crosses_year__mutmut_3(body: str) -> bool:
    months = [int(m) for m in re.findall(None, body)]
    return 12 in months and 1 in months


def x__crosses_year__mutmut_4(body: str) -> bool:
    months = [int(m) for m in re.findall(r"(\d{1,2})\s*月", None)]
    return 12 in months and 1 in months


def x__crosses_year__mutmut_5(body: str) -> bool:
    months = [int(m) for m in re.findall(body)]
    return 12 in months and 1 in months


def x__crosses_year__mutmut_6(body: str) -> bool:
    months = [int(m) for m in re.findall(r"(\d{1,2})\s*月", )]
    return 12 in months and 1 in months


def x__crosses_year__mutmut_7(body: str) -> bool:
    months = [int(m) for m in re.findall(r"XX(\d{1,2})\s*月XX", body)]
    return 12 in months and 1 in months


def x__crosses_year__mutmut_8(body: str) -> bool:
    months = [int(m) for m in re.findall(r"(\d{1,2})\s*月", body)]
    return 12 in months or 1 in months


def x__crosses_year__mutmut_9(body: str) -> bool:
    months = [int(m) for m in re.findall(r"(\d{1,2})\s*月", body)]
    return 13 in months and 1 in months


def x__crosses_year__mutmut_10(body: str) -> bool:
    months = [int(m) for m in re.findall(r"(\d{1,2})\s*月", body)]
    return 12 not in months and 1 in months


def x__crosses_year__mutmut_11(body: str) -> bool:
    months = [int(m) for m in re.findall(r"(\d{1,2})\s*月", body)]
    return 12 in months and 2 in months


def x__crosses_year__mutmut_12(body: str) -> bool:
    months = [int(m) for m in re.findall(r"(\d{1,2})\s*月", body)]
    return 12 in months and 1 not in months

mutants_x__crosses_year__mutmut['_mutmut_orig'] = x__crosses_year__mutmut_orig # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut['x__crosses_year__mutmut_1'] = x__crosses_year__mutmut_1 # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut['x__crosses_year__mutmut_2'] = x__crosses_year__mutmut_2 # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut['x__crosses_year__mutmut_3'] = x__crosses_year__mutmut_3 # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut['x__crosses_year__mutmut_4'] = x__crosses_year__mutmut_4 # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut['x__crosses_year__mutmut_5'] = x__crosses_year__mutmut_5 # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut['x__crosses_year__mutmut_6'] = x__crosses_year__mutmut_6 # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut['x__crosses_year__mutmut_7'] = x__crosses_year__mutmut_7 # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut['x__crosses_year__mutmut_8'] = x__crosses_year__mutmut_8 # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut['x__crosses_year__mutmut_9'] = x__crosses_year__mutmut_9 # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut['x__crosses_year__mutmut_10'] = x__crosses_year__mutmut_10 # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut['x__crosses_year__mutmut_11'] = x__crosses_year__mutmut_11 # type: ignore # mutmut generated
mutants_x__crosses_year__mutmut['x__crosses_year__mutmut_12'] = x__crosses_year__mutmut_12 # type: ignore # mutmut generated
mutants_x__dates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__dates__mutmut)
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


def x__dates__mutmut_orig(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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


def x__dates__mutmut_1(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = None
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


def x__dates__mutmut_2(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(None)
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


def x__dates__mutmut_3(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(None))
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


def x__dates__mutmut_4(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = None
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


def x__dates__mutmut_5(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = ""
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


def x__dates__mutmut_6(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(None):
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


def x__dates__mutmut_7(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = None
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


def x__dates__mutmut_8(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if (k) and False else ""
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


def x__dates__mutmut_9(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if (k) or True else ""
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


def x__dates__mutmut_10(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k + 1].end():m.start()] if k else ""
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


def x__dates__mutmut_11(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 2].end():m.start()] if k else ""
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


def x__dates__mutmut_12(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else "XXXX"
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


def x__dates__mutmut_13(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = None
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


def x__dates__mutmut_14(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(None)
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


def x__dates__mutmut_15(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k or RANGE_SEP.match(between))
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


def x__dates__mutmut_16(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(None))
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


def x__dates__mutmut_17(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range or not LIST_SEP.match(between):
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


def x__dates__mutmut_18(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k or not is_range and not LIST_SEP.match(between):
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


def x__dates__mutmut_19(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and is_range and not LIST_SEP.match(between):
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


def x__dates__mutmut_20(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and LIST_SEP.match(between):
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


def x__dates__mutmut_21(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(None):
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


def x__dates__mutmut_22(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(None, number, line)
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


def x__dates__mutmut_23(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", None, line)
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


def x__dates__mutmut_24(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", number, None)
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


def x__dates__mutmut_25(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(number, line)
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


def x__dates__mutmut_26(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", line)
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


def x__dates__mutmut_27(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", number, )
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


def x__dates__mutmut_28(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", number, line)
        y = None
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


def x__dates__mutmut_29(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", number, line)
        y = int(m.group(1)) if (m.group(1)) and False else None
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


def x__dates__mutmut_30(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", number, line)
        y = int(m.group(1)) if (m.group(1)) or True else None
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


def x__dates__mutmut_31(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", number, line)
        y = int(None) if m.group(1) else None
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


def x__dates__mutmut_32(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", number, line)
        y = int(m.group(None)) if m.group(1) else None
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


def x__dates__mutmut_33(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", number, line)
        y = int(m.group(2)) if m.group(1) else None
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


def x__dates__mutmut_34(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", number, line)
        y = int(m.group(1)) if m.group(None) else None
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


def x__dates__mutmut_35(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
    """All dates in a clause: single days, 、-lists and 至-ranges."""
    matches = list(DATE.finditer(clause))
    result: list = []
    prev_date = None
    for k, m in enumerate(matches):
        between = clause[matches[k - 1].end():m.start()] if k else ""
        is_range = bool(k and RANGE_SEP.match(between))
        if k and not is_range and not LIST_SEP.match(between):
            raise NoticeError(f"无法理解日期之间的“{between.strip()}”", number, line)
        y = int(m.group(1)) if m.group(2) else None
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


def x__dates__mutmut_36(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        month = None
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


def x__dates__mutmut_37(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        month = int(m.group(2)) if (m.group(2)) and False else None
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


def x__dates__mutmut_38(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        month = int(m.group(2)) if (m.group(2)) or True else None
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


def x__dates__mutmut_39(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        month = int(None) if m.group(2) else None
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


def x__dates__mutmut_40(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        month = int(m.group(None)) if m.group(2) else None
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


def x__dates__mutmut_41(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        month = int(m.group(3)) if m.group(2) else None
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


def x__dates__mutmut_42(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        month = int(m.group(2)) if m.group(None) else None
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


def x__dates__mutmut_43(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        month = int(m.group(2)) if m.group(3) else None
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


def x__dates__mutmut_44(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        day_no = None
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


def x__dates__mutmut_45(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        day_no = int(None)
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


def x__dates__mutmut_46(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        day_no = int(m.group(None))
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


def x__dates__mutmut_47(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        day_no = int(m.group(4))
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


def x__dates__mutmut_48(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        if month is not None:
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


def x__dates__mutmut_49(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            if prev_date is not None:
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


def x__dates__mutmut_50(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(None, number, line)
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


def x__dates__mutmut_51(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"“{m.group(0)}”缺少月份", None, line)
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


def x__dates__mutmut_52(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"“{m.group(0)}”缺少月份", number, None)
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


def x__dates__mutmut_53(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(number, line)
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


def x__dates__mutmut_54(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"“{m.group(0)}”缺少月份", line)
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


def x__dates__mutmut_55(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"“{m.group(0)}”缺少月份", number, )
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


def x__dates__mutmut_56(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"“{m.group(None)}”缺少月份", number, line)
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


def x__dates__mutmut_57(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"“{m.group(1)}”缺少月份", number, line)
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


def x__dates__mutmut_58(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            month = None
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


def x__dates__mutmut_59(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            y = None
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


def x__dates__mutmut_60(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            y = y and prev_date.year
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


def x__dates__mutmut_61(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        if y is not None:
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


def x__dates__mutmut_62(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            y = None
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


def x__dates__mutmut_63(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            y = year - 1 if (crosses_year and month == 12) and False else year
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


def x__dates__mutmut_64(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            y = year - 1 if (crosses_year and month == 12) or True else year
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


def x__dates__mutmut_65(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            y = year + 1 if (crosses_year and month == 12) else year
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


def x__dates__mutmut_66(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            y = year - 2 if (crosses_year and month == 12) else year
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


def x__dates__mutmut_67(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            y = year - 1 if (crosses_year or month == 12) else year
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


def x__dates__mutmut_68(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            y = year - 1 if (crosses_year and month != 12) else year
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


def x__dates__mutmut_69(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            y = year - 1 if (crosses_year and month == 13) else year
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


def x__dates__mutmut_70(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            day = None
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


def x__dates__mutmut_71(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            day = dt.date(None, month, day_no)
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


def x__dates__mutmut_72(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            day = dt.date(y, None, day_no)
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


def x__dates__mutmut_73(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            day = dt.date(y, month, None)
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


def x__dates__mutmut_74(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            day = dt.date(month, day_no)
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


def x__dates__mutmut_75(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            day = dt.date(y, day_no)
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


def x__dates__mutmut_76(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            day = dt.date(y, month, )
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


def x__dates__mutmut_77(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(None, number, line) from None
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


def x__dates__mutmut_78(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(f"日期不存在：{y}年{month}月{day_no}日", None, line) from None
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


def x__dates__mutmut_79(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(f"日期不存在：{y}年{month}月{day_no}日", number, None) from None
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


def x__dates__mutmut_80(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(number, line) from None
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


def x__dates__mutmut_81(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(f"日期不存在：{y}年{month}月{day_no}日", line) from None
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


def x__dates__mutmut_82(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(f"日期不存在：{y}年{month}月{day_no}日", number, ) from None
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


def x__dates__mutmut_83(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        if m.group(2) is None and prev_date is not None or day < prev_date:
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


def x__dates__mutmut_84(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        if m.group(2) is None or prev_date is not None and day < prev_date:
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


def x__dates__mutmut_85(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        if m.group(None) is None and prev_date is not None and day < prev_date:
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


def x__dates__mutmut_86(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        if m.group(3) is None and prev_date is not None and day < prev_date:
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


def x__dates__mutmut_87(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        if m.group(2) is not None and prev_date is not None and day < prev_date:
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


def x__dates__mutmut_88(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        if m.group(2) is None and prev_date is None and day < prev_date:
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


def x__dates__mutmut_89(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        if m.group(2) is None and prev_date is not None and day <= prev_date:
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


def x__dates__mutmut_90(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(None, number, line)
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


def x__dates__mutmut_91(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(f"“{m.group(0)}”早于前一个日期，请写明月份", None, line)
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


def x__dates__mutmut_92(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(f"“{m.group(0)}”早于前一个日期，请写明月份", number, None)
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


def x__dates__mutmut_93(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(number, line)
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


def x__dates__mutmut_94(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(f"“{m.group(0)}”早于前一个日期，请写明月份", line)
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


def x__dates__mutmut_95(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(f"“{m.group(0)}”早于前一个日期，请写明月份", number, )
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


def x__dates__mutmut_96(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(f"“{m.group(None)}”早于前一个日期，请写明月份", number, line)
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


def x__dates__mutmut_97(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            raise NoticeError(f"“{m.group(1)}”早于前一个日期，请写明月份", number, line)
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


def x__dates__mutmut_98(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        _check_weekday(None, m.group(4), number, line)
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


def x__dates__mutmut_99(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        _check_weekday(day, None, number, line)
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


def x__dates__mutmut_100(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        _check_weekday(day, m.group(4), None, line)
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


def x__dates__mutmut_101(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        _check_weekday(day, m.group(4), number, None)
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


def x__dates__mutmut_102(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        _check_weekday(m.group(4), number, line)
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


def x__dates__mutmut_103(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        _check_weekday(day, number, line)
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


def x__dates__mutmut_104(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        _check_weekday(day, m.group(4), line)
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


def x__dates__mutmut_105(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        _check_weekday(day, m.group(4), number, )
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


def x__dates__mutmut_106(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        _check_weekday(day, m.group(None), number, line)
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


def x__dates__mutmut_107(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        _check_weekday(day, m.group(5), number, line)
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


def x__dates__mutmut_108(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            start = None
            if day <= start:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 的结束日期不晚于开始日期", number, line)
            if (day - start).days >= MAX_RANGE_DAYS:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_109(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            if day < start:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 的结束日期不晚于开始日期", number, line)
            if (day - start).days >= MAX_RANGE_DAYS:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_110(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(None, number, line)
            if (day - start).days >= MAX_RANGE_DAYS:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_111(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 的结束日期不晚于开始日期", None, line)
            if (day - start).days >= MAX_RANGE_DAYS:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_112(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 的结束日期不晚于开始日期", number, None)
            if (day - start).days >= MAX_RANGE_DAYS:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_113(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(number, line)
            if (day - start).days >= MAX_RANGE_DAYS:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_114(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 的结束日期不晚于开始日期", line)
            if (day - start).days >= MAX_RANGE_DAYS:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_115(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 的结束日期不晚于开始日期", number, )
            if (day - start).days >= MAX_RANGE_DAYS:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_116(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            if (day + start).days >= MAX_RANGE_DAYS:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_117(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            if (day - start).days > MAX_RANGE_DAYS:
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_118(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(None, number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_119(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", None, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_120(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, None)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_121(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(number, line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_122(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", line)
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_123(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
                raise NoticeError(f"日期范围 {start.isoformat()} 至 {day.isoformat()} 过长", number, )
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_124(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            result.extend(None)
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_125(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            result.extend(start - dt.timedelta(days=i) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_126(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            result.extend(start + dt.timedelta(days=None) for i in range(1, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_127(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            result.extend(start + dt.timedelta(days=i) for i in range(None, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_128(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            result.extend(start + dt.timedelta(days=i) for i in range(1, None))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_129(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            result.extend(start + dt.timedelta(days=i) for i in range((day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_130(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            result.extend(start + dt.timedelta(days=i) for i in range(1, ))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_131(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            result.extend(start + dt.timedelta(days=i) for i in range(2, (day - start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_132(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days - 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_133(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day + start).days + 1))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_134(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            result.extend(start + dt.timedelta(days=i) for i in range(1, (day - start).days + 2))
        else:
            result.append(day)
        prev_date = day
    return result


def x__dates__mutmut_135(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
            result.append(None)
        prev_date = day
    return result


def x__dates__mutmut_136(clause: str, number: int, line: str, year: int, crosses_year: bool) -> list:
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
        prev_date = None
    return result

mutants_x__dates__mutmut['_mutmut_orig'] = x__dates__mutmut_orig # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_1'] = x__dates__mutmut_1 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_2'] = x__dates__mutmut_2 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_3'] = x__dates__mutmut_3 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_4'] = x__dates__mutmut_4 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_5'] = x__dates__mutmut_5 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_6'] = x__dates__mutmut_6 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_7'] = x__dates__mutmut_7 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_8'] = x__dates__mutmut_8 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_9'] = x__dates__mutmut_9 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_10'] = x__dates__mutmut_10 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_11'] = x__dates__mutmut_11 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_12'] = x__dates__mutmut_12 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_13'] = x__dates__mutmut_13 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_14'] = x__dates__mutmut_14 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_15'] = x__dates__mutmut_15 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_16'] = x__dates__mutmut_16 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_17'] = x__dates__mutmut_17 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_18'] = x__dates__mutmut_18 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_19'] = x__dates__mutmut_19 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_20'] = x__dates__mutmut_20 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_21'] = x__dates__mutmut_21 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_22'] = x__dates__mutmut_22 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_23'] = x__dates__mutmut_23 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_24'] = x__dates__mutmut_24 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_25'] = x__dates__mutmut_25 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_26'] = x__dates__mutmut_26 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_27'] = x__dates__mutmut_27 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_28'] = x__dates__mutmut_28 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_29'] = x__dates__mutmut_29 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_30'] = x__dates__mutmut_30 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_31'] = x__dates__mutmut_31 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_32'] = x__dates__mutmut_32 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_33'] = x__dates__mutmut_33 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_34'] = x__dates__mutmut_34 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_35'] = x__dates__mutmut_35 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_36'] = x__dates__mutmut_36 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_37'] = x__dates__mutmut_37 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_38'] = x__dates__mutmut_38 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_39'] = x__dates__mutmut_39 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_40'] = x__dates__mutmut_40 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_41'] = x__dates__mutmut_41 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_42'] = x__dates__mutmut_42 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_43'] = x__dates__mutmut_43 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_44'] = x__dates__mutmut_44 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_45'] = x__dates__mutmut_45 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_46'] = x__dates__mutmut_46 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_47'] = x__dates__mutmut_47 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_48'] = x__dates__mutmut_48 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_49'] = x__dates__mutmut_49 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_50'] = x__dates__mutmut_50 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_51'] = x__dates__mutmut_51 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_52'] = x__dates__mutmut_52 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_53'] = x__dates__mutmut_53 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_54'] = x__dates__mutmut_54 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_55'] = x__dates__mutmut_55 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_56'] = x__dates__mutmut_56 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_57'] = x__dates__mutmut_57 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_58'] = x__dates__mutmut_58 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_59'] = x__dates__mutmut_59 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_60'] = x__dates__mutmut_60 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_61'] = x__dates__mutmut_61 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_62'] = x__dates__mutmut_62 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_63'] = x__dates__mutmut_63 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_64'] = x__dates__mutmut_64 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_65'] = x__dates__mutmut_65 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_66'] = x__dates__mutmut_66 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_67'] = x__dates__mutmut_67 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_68'] = x__dates__mutmut_68 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_69'] = x__dates__mutmut_69 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_70'] = x__dates__mutmut_70 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_71'] = x__dates__mutmut_71 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_72'] = x__dates__mutmut_72 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_73'] = x__dates__mutmut_73 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_74'] = x__dates__mutmut_74 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_75'] = x__dates__mutmut_75 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_76'] = x__dates__mutmut_76 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_77'] = x__dates__mutmut_77 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_78'] = x__dates__mutmut_78 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_79'] = x__dates__mutmut_79 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_80'] = x__dates__mutmut_80 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_81'] = x__dates__mutmut_81 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_82'] = x__dates__mutmut_82 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_83'] = x__dates__mutmut_83 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_84'] = x__dates__mutmut_84 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_85'] = x__dates__mutmut_85 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_86'] = x__dates__mutmut_86 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_87'] = x__dates__mutmut_87 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_88'] = x__dates__mutmut_88 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_89'] = x__dates__mutmut_89 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_90'] = x__dates__mutmut_90 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_91'] = x__dates__mutmut_91 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_92'] = x__dates__mutmut_92 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_93'] = x__dates__mutmut_93 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_94'] = x__dates__mutmut_94 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_95'] = x__dates__mutmut_95 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_96'] = x__dates__mutmut_96 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_97'] = x__dates__mutmut_97 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_98'] = x__dates__mutmut_98 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_99'] = x__dates__mutmut_99 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_100'] = x__dates__mutmut_100 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_101'] = x__dates__mutmut_101 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_102'] = x__dates__mutmut_102 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_103'] = x__dates__mutmut_103 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_104'] = x__dates__mutmut_104 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_105'] = x__dates__mutmut_105 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_106'] = x__dates__mutmut_106 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_107'] = x__dates__mutmut_107 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_108'] = x__dates__mutmut_108 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_109'] = x__dates__mutmut_109 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_110'] = x__dates__mutmut_110 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_111'] = x__dates__mutmut_111 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_112'] = x__dates__mutmut_112 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_113'] = x__dates__mutmut_113 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_114'] = x__dates__mutmut_114 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_115'] = x__dates__mutmut_115 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_116'] = x__dates__mutmut_116 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_117'] = x__dates__mutmut_117 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_118'] = x__dates__mutmut_118 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_119'] = x__dates__mutmut_119 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_120'] = x__dates__mutmut_120 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_121'] = x__dates__mutmut_121 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_122'] = x__dates__mutmut_122 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_123'] = x__dates__mutmut_123 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_124'] = x__dates__mutmut_124 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_125'] = x__dates__mutmut_125 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_126'] = x__dates__mutmut_126 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_127'] = x__dates__mutmut_127 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_128'] = x__dates__mutmut_128 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_129'] = x__dates__mutmut_129 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_130'] = x__dates__mutmut_130 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_131'] = x__dates__mutmut_131 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_132'] = x__dates__mutmut_132 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_133'] = x__dates__mutmut_133 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_134'] = x__dates__mutmut_134 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_135'] = x__dates__mutmut_135 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_136'] = x__dates__mutmut_136 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_weekday__mutmut)
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


def x__check_weekday__mutmut_orig(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, line,
        )


def x__check_weekday__mutmut_1(day: dt.date, note: str | None, number: int, line: str) -> None:
    if note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, line,
        )


def x__check_weekday__mutmut_2(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = None
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, line,
        )


def x__check_weekday__mutmut_3(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(None)
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, line,
        )


def x__check_weekday__mutmut_4(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match or WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, line,
        )


def x__check_weekday__mutmut_5(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(None)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, line,
        )


def x__check_weekday__mutmut_6(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(2)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, line,
        )


def x__check_weekday__mutmut_7(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(1)] == day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, line,
        )


def x__check_weekday__mutmut_8(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            None,
            number, line,
        )


def x__check_weekday__mutmut_9(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            None, line,
        )


def x__check_weekday__mutmut_10(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, None,
        )


def x__check_weekday__mutmut_11(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            number, line,
        )


def x__check_weekday__mutmut_12(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            line,
        )


def x__check_weekday__mutmut_13(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(0)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, )


def x__check_weekday__mutmut_14(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(None)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, line,
        )


def x__check_weekday__mutmut_15(day: dt.date, note: str | None, number: int, line: str) -> None:
    if not note:
        return
    match = WEEKDAY_NOTE.search(note)
    if match and WEEKDAY_NUMBER[match.group(1)] != day.weekday():
        raise NoticeError(
            f"星期不符：{day.month}月{day.day}日标注为{match.group(1)}，但{day.year}年{day.month}月{day.day}日是"
            f"{WEEKDAYS[day.weekday()]}（请检查年份或日期）",
            number, line,
        )

mutants_x__check_weekday__mutmut['_mutmut_orig'] = x__check_weekday__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_1'] = x__check_weekday__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_2'] = x__check_weekday__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_3'] = x__check_weekday__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_4'] = x__check_weekday__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_5'] = x__check_weekday__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_6'] = x__check_weekday__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_7'] = x__check_weekday__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_8'] = x__check_weekday__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_9'] = x__check_weekday__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_10'] = x__check_weekday__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_11'] = x__check_weekday__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_12'] = x__check_weekday__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_13'] = x__check_weekday__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_14'] = x__check_weekday__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_weekday__mutmut['x__check_weekday__mutmut_15'] = x__check_weekday__mutmut_15 # type: ignore # mutmut generated
