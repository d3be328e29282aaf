"""公开时限 text -> a machine-checkable `DeadlineRule`.

Recognised (after removing extraction spaces and turning 全角/Chinese numerals into digits):
- after_event: "<event>之日起/后 N 个工作日内" (working) or "N 日/天/自然日" (calendar);
- yearly: "每年1月31日前", "每年3月底前" (the month's last day);
- periodic: "每月/每季度/每半年/每年", optionally "(结束)后N个工作日内" or "N日前";
- immediate: 实时/及时/即时/随时 -> flagged, 20 working days after 形成或变更 (条例第二十六条);
- same_as_above: "同上" -> a copy of `previous`;
- compound: clauses separated by ；/。 -> the first clause is the rule, each "其中…" clause a sub-rule;
- anything else: kind="unparsed", flagged, the text kept for staff. Nothing is guessed.
"""
from __future__ import annotations

import calendar
import copy
import re

from .cells import halfwidth
from .structure import DeadlineRule

__all__ = ["parse_deadline", "chinese_to_int", "canonical_event", "rule_problems", "DEFAULT_IMMEDIATE_DAYS", "MAX_DAYS"]

DEFAULT_IMMEDIATE_DAYS = 20
# A longer deadline is a typo (or hostile input) and would overflow date arithmetic downstream.
MAX_DAYS = 366
IMMEDIATE_NOTE = (
    "原文未写明天数（实时/及时公开），按《中华人民共和国政府信息公开条例》第二十六条，"
    "默认自信息形成或者变更之日起20个工作日内公开，请核对"
)

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百]+")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_chinese_to_int__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_chinese_to_int__mutmut)
def chinese_to_int(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_orig(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_1(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text and any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_2(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_3(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(None):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_4(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS or ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_5(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_6(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_7(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "XX十百XX" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_8(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = None
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_9(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 1, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_10(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 1
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_11(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch != "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_12(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "XX百XX":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_13(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total = (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_14(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total -= (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_15(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) / 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_16(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current and 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_17(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 2) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_18(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 101
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_19(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = None
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_20(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 1
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_21(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch != "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_22(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "XX十XX":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_23(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total = (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_24(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total -= (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_25(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) / 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_26(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current and 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_27(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 2) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_28(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 11
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_29(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = None
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_30(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 1
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_31(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = None
    return total + current


def x_chinese_to_int__mutmut_32(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if (current) and False else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_33(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if (current) or True else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_34(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 - _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_35(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current / 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_36(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 11 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def x_chinese_to_int__mutmut_37(text: str) -> int | None:
    """二十 -> 20, 十五 -> 15, 一百二十 -> 120, 三 -> 3; None if not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total - current

mutants_x_chinese_to_int__mutmut['_mutmut_orig'] = x_chinese_to_int__mutmut_orig # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_1'] = x_chinese_to_int__mutmut_1 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_2'] = x_chinese_to_int__mutmut_2 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_3'] = x_chinese_to_int__mutmut_3 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_4'] = x_chinese_to_int__mutmut_4 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_5'] = x_chinese_to_int__mutmut_5 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_6'] = x_chinese_to_int__mutmut_6 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_7'] = x_chinese_to_int__mutmut_7 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_8'] = x_chinese_to_int__mutmut_8 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_9'] = x_chinese_to_int__mutmut_9 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_10'] = x_chinese_to_int__mutmut_10 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_11'] = x_chinese_to_int__mutmut_11 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_12'] = x_chinese_to_int__mutmut_12 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_13'] = x_chinese_to_int__mutmut_13 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_14'] = x_chinese_to_int__mutmut_14 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_15'] = x_chinese_to_int__mutmut_15 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_16'] = x_chinese_to_int__mutmut_16 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_17'] = x_chinese_to_int__mutmut_17 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_18'] = x_chinese_to_int__mutmut_18 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_19'] = x_chinese_to_int__mutmut_19 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_20'] = x_chinese_to_int__mutmut_20 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_21'] = x_chinese_to_int__mutmut_21 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_22'] = x_chinese_to_int__mutmut_22 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_23'] = x_chinese_to_int__mutmut_23 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_24'] = x_chinese_to_int__mutmut_24 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_25'] = x_chinese_to_int__mutmut_25 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_26'] = x_chinese_to_int__mutmut_26 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_27'] = x_chinese_to_int__mutmut_27 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_28'] = x_chinese_to_int__mutmut_28 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_29'] = x_chinese_to_int__mutmut_29 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_30'] = x_chinese_to_int__mutmut_30 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_31'] = x_chinese_to_int__mutmut_31 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_32'] = x_chinese_to_int__mutmut_32 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_33'] = x_chinese_to_int__mutmut_33 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_34'] = x_chinese_to_int__mutmut_34 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_35'] = x_chinese_to_int__mutmut_35 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_36'] = x_chinese_to_int__mutmut_36 # type: ignore # mutmut generated
mutants_x_chinese_to_int__mutmut['x_chinese_to_int__mutmut_37'] = x_chinese_to_int__mutmut_37 # type: ignore # mutmut generated
mutants_x__normalise__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__normalise__mutmut)
def _normalise(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_orig(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_1(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = None

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_2(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(None, "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_3(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", None, halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_4(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", None)

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_5(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub("", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_6(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_7(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", )

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_8(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"XX\s+XX", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_9(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "XXXX", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_10(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(None))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_11(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = None
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_12(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(None)
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_13(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(None))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_14(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(1))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_15(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if (value is not None) and False else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_16(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if (value is not None) or True else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_17(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(None) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_18(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_19(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(None)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_20(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(1)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, s)


def x__normalise__mutmut_21(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(None, repl, s)


def x__normalise__mutmut_22(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", None, s)


def x__normalise__mutmut_23(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, None)


def x__normalise__mutmut_24(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(repl, s)


def x__normalise__mutmut_25(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", s)


def x__normalise__mutmut_26(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)", repl, )


def x__normalise__mutmut_27(text: str) -> str:
    """Compact form: no whitespace, ASCII digits, Chinese numerals before units made digits."""
    s = re.sub(r"\s+", "", halfwidth(text))

    def repl(m: re.Match) -> str:
        value = chinese_to_int(m.group(0))
        return str(value) if value is not None else m.group(0)

    # Only numerals that count something (二十个工作日, 十五日, 三天), not words like 一级/统一.
    return re.sub(r"XX[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月|季度)XX", repl, s)

mutants_x__normalise__mutmut['_mutmut_orig'] = x__normalise__mutmut_orig # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_1'] = x__normalise__mutmut_1 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_2'] = x__normalise__mutmut_2 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_3'] = x__normalise__mutmut_3 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_4'] = x__normalise__mutmut_4 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_5'] = x__normalise__mutmut_5 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_6'] = x__normalise__mutmut_6 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_7'] = x__normalise__mutmut_7 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_8'] = x__normalise__mutmut_8 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_9'] = x__normalise__mutmut_9 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_10'] = x__normalise__mutmut_10 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_11'] = x__normalise__mutmut_11 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_12'] = x__normalise__mutmut_12 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_13'] = x__normalise__mutmut_13 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_14'] = x__normalise__mutmut_14 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_15'] = x__normalise__mutmut_15 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_16'] = x__normalise__mutmut_16 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_17'] = x__normalise__mutmut_17 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_18'] = x__normalise__mutmut_18 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_19'] = x__normalise__mutmut_19 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_20'] = x__normalise__mutmut_20 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_21'] = x__normalise__mutmut_21 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_22'] = x__normalise__mutmut_22 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_23'] = x__normalise__mutmut_23 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_24'] = x__normalise__mutmut_24 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_25'] = x__normalise__mutmut_25 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_26'] = x__normalise__mutmut_26 # type: ignore # mutmut generated
mutants_x__normalise__mutmut['x__normalise__mutmut_27'] = x__normalise__mutmut_27 # type: ignore # mutmut generated


# Event phrases seen in catalogs -> short canonical names. First match wins.
_EVENTS = [
    (r"形成(?:或者?|、|和)?变更|变更或形成", "形成或变更"),
    (r"文件发布或变更", "文件发布或变更"),
    (r"(?:文件)?印发", "文件印发"),
    (r"新闻发布会召开|发布会召开|召开新闻发布会", "新闻发布会召开"),
    (r"政策(?:文件)?发布|发布政策", "政策发布"),
    (r"行政处罚(?:决定)?作出|作出行政处罚(?:决定)?", "行政处罚作出"),
    (r"行政许可(?:决定)?作出|作出行政许可(?:决定)?", "行政许可作出"),
    (r"行政决定作出|作出行政决定|作出决定|决定作出", "行政决定作出"),
    (r"预决算批复|预算(?:和|、|及)?决算批复", "预决算批复"),
    (r"预算批复", "预算批复"),
    (r"决算批复", "决算批复"),
    (r"(?:信息)?产生", "信息产生"),
    (r"(?:信息)?形成", "形成"),
    (r"(?:信息)?变更", "变更"),
]
mutants_x_canonical_event__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_canonical_event__mutmut)
def canonical_event(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_orig(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_1(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = None
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_2(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(None, "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_3(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", None, phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_4(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", None)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_5(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub("", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_6(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_7(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", )
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_8(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"XX^(?:自|从|于|在|应自|应于|应在)XX", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_9(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "XXXX", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_10(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = None
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_11(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(None, "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_12(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", None, s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_13(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", None)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_14(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub("", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_15(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_16(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", )
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_17(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"XX(?:之日起|之日|起|以后|后|之后|时)$XX", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_18(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "XXXX", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_19(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(None, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_20(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, None):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_21(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_22(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, ):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", s)
    return s


def x_canonical_event__mutmut_23(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = None
    return s


def x_canonical_event__mutmut_24(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(None, "", s)
    return s


def x_canonical_event__mutmut_25(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", None, s)
    return s


def x_canonical_event__mutmut_26(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", None)
    return s


def x_canonical_event__mutmut_27(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub("", s)
    return s


def x_canonical_event__mutmut_28(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", s)
    return s


def x_canonical_event__mutmut_29(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "", )
    return s


def x_canonical_event__mutmut_30(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"XX^(?:公开事项|政府信息|相关信息|信息)XX", "", s)
    return s


def x_canonical_event__mutmut_31(phrase: str) -> str:
    """A short canonical event name for a phrase such as "公开事项信息形成或者变更"."""
    s = re.sub(r"^(?:自|从|于|在|应自|应于|应在)", "", phrase)
    s = re.sub(r"(?:之日起|之日|起|以后|后|之后|时)$", "", s)
    for pattern, name in _EVENTS:
        if re.search(pattern, s):
            return name
    s = re.sub(r"^(?:公开事项|政府信息|相关信息|信息)", "XXXX", s)
    return s

mutants_x_canonical_event__mutmut['_mutmut_orig'] = x_canonical_event__mutmut_orig # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_1'] = x_canonical_event__mutmut_1 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_2'] = x_canonical_event__mutmut_2 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_3'] = x_canonical_event__mutmut_3 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_4'] = x_canonical_event__mutmut_4 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_5'] = x_canonical_event__mutmut_5 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_6'] = x_canonical_event__mutmut_6 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_7'] = x_canonical_event__mutmut_7 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_8'] = x_canonical_event__mutmut_8 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_9'] = x_canonical_event__mutmut_9 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_10'] = x_canonical_event__mutmut_10 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_11'] = x_canonical_event__mutmut_11 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_12'] = x_canonical_event__mutmut_12 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_13'] = x_canonical_event__mutmut_13 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_14'] = x_canonical_event__mutmut_14 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_15'] = x_canonical_event__mutmut_15 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_16'] = x_canonical_event__mutmut_16 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_17'] = x_canonical_event__mutmut_17 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_18'] = x_canonical_event__mutmut_18 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_19'] = x_canonical_event__mutmut_19 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_20'] = x_canonical_event__mutmut_20 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_21'] = x_canonical_event__mutmut_21 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_22'] = x_canonical_event__mutmut_22 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_23'] = x_canonical_event__mutmut_23 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_24'] = x_canonical_event__mutmut_24 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_25'] = x_canonical_event__mutmut_25 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_26'] = x_canonical_event__mutmut_26 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_27'] = x_canonical_event__mutmut_27 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_28'] = x_canonical_event__mutmut_28 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_29'] = x_canonical_event__mutmut_29 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_30'] = x_canonical_event__mutmut_30 # type: ignore # mutmut generated
mutants_x_canonical_event__mutmut['x_canonical_event__mutmut_31'] = x_canonical_event__mutmut_31 # type: ignore # mutmut generated


# What may follow a deadline: a verb of publication and nothing that changes the meaning.
_PUBLISH_TAIL = r"(?:予以|主动|向社会|在网站上?)?(?:公开|公示|发布|更新|公布|完成公开)?[。.]?"
_UNIT = r"(?P<unit>个工作日|工作日|个自然日|自然日|日|天)"
_AFTER = re.compile(rf"^(?P<event>.*?)(?P<n>\d+){_UNIT}(?:内|以内|之内)?(?P<rest>.*)$")
_YEARLY = re.compile(r"^每年(?:的)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日|底|末)(?:前|之前|以前|内|止)")
_PERIODS = [("每半年", "half_year"), ("每季度", "quarter"), ("每季", "quarter"), ("每月", "month"), ("每年", "year")]
_IMMEDIATE = re.compile(r"实时|及时|即时|随时|适时")
_SAME = re.compile(r"^(?:同上|同前|同上一?项|同上栏)[。.]?$")
mutants_x__after_event__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__after_event__mutmut)
def _after_event(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_orig(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_1(clause: str) -> DeadlineRule | None:
    m = None
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_2(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(None)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_3(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_4(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = None
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_5(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group(None)
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_6(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("XXrestXX")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_7(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("REST")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_8(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest or not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_9(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_10(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(None, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_11(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, None):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_12(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_13(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, ):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_14(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = None
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_15(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group(None)
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_16(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("XXeventXX")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_17(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("EVENT")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_18(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = None
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_19(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group(None)
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_20(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("XXunitXX")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_21(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("UNIT")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_22(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = None
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_23(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind=None, days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_24(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=None,
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_25(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type=None)
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_26(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_27(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_28(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        )
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_29(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="XXafter_eventXX", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_30(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="AFTER_EVENT", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_31(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(None),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_32(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group(None)),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_33(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("XXnXX")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_34(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("N")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_35(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if ("工作日" in unit) and False else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_36(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if ("工作日" in unit) or True else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_37(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="XXworkingXX" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_38(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="WORKING" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_39(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "XX工作日XX" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_40(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" not in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_41(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "XXcalendarXX")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_42(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "CALENDAR")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_43(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text and re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_44(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_45(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(None, event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_46(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", None):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_47(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_48(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", ):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_49(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"XX(?:自|在|应|应在|应自|于)XX", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_50(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = None
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_51(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "XX形成或变更XX", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_52(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", False
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_53(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = None
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_54(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "XX原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对XX"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_55(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(None, event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_56(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", None):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_57(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_58(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", ):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_59(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"XX\d|月|年XX", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(event_text)
    return rule


def x__after_event__mutmut_60(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = None
    return rule


def x__after_event__mutmut_61(clause: str) -> DeadlineRule | None:
    m = _AFTER.match(clause)
    if not m:
        return None
    rest = m.group("rest")
    if rest and not re.fullmatch(_PUBLISH_TAIL, rest):
        return None
    event_text = m.group("event")
    unit = m.group("unit")
    rule = DeadlineRule(kind="after_event", days=int(m.group("n")),
                        day_type="working" if "工作日" in unit else "calendar")
    if not event_text or re.fullmatch(r"(?:自|在|应|应在|应自|于)", event_text):
        # "20工作日": the count is clear but not when it starts; the 条例's default event is
        # applied and the rule flagged so staff confirm it.
        rule.event, rule.flagged = "形成或变更", True
        rule.note = "原文未写明起算事件，按条例第二十六条默认自信息形成或者变更之日起计算，请核对"
    elif re.search(r"\d|月|年", event_text):
        return None  # "每年3月底前后10日" and the like: a date in the event is not understood
    else:
        rule.event = canonical_event(None)
    return rule

mutants_x__after_event__mutmut['_mutmut_orig'] = x__after_event__mutmut_orig # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_1'] = x__after_event__mutmut_1 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_2'] = x__after_event__mutmut_2 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_3'] = x__after_event__mutmut_3 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_4'] = x__after_event__mutmut_4 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_5'] = x__after_event__mutmut_5 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_6'] = x__after_event__mutmut_6 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_7'] = x__after_event__mutmut_7 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_8'] = x__after_event__mutmut_8 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_9'] = x__after_event__mutmut_9 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_10'] = x__after_event__mutmut_10 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_11'] = x__after_event__mutmut_11 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_12'] = x__after_event__mutmut_12 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_13'] = x__after_event__mutmut_13 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_14'] = x__after_event__mutmut_14 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_15'] = x__after_event__mutmut_15 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_16'] = x__after_event__mutmut_16 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_17'] = x__after_event__mutmut_17 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_18'] = x__after_event__mutmut_18 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_19'] = x__after_event__mutmut_19 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_20'] = x__after_event__mutmut_20 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_21'] = x__after_event__mutmut_21 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_22'] = x__after_event__mutmut_22 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_23'] = x__after_event__mutmut_23 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_24'] = x__after_event__mutmut_24 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_25'] = x__after_event__mutmut_25 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_26'] = x__after_event__mutmut_26 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_27'] = x__after_event__mutmut_27 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_28'] = x__after_event__mutmut_28 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_29'] = x__after_event__mutmut_29 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_30'] = x__after_event__mutmut_30 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_31'] = x__after_event__mutmut_31 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_32'] = x__after_event__mutmut_32 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_33'] = x__after_event__mutmut_33 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_34'] = x__after_event__mutmut_34 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_35'] = x__after_event__mutmut_35 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_36'] = x__after_event__mutmut_36 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_37'] = x__after_event__mutmut_37 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_38'] = x__after_event__mutmut_38 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_39'] = x__after_event__mutmut_39 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_40'] = x__after_event__mutmut_40 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_41'] = x__after_event__mutmut_41 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_42'] = x__after_event__mutmut_42 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_43'] = x__after_event__mutmut_43 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_44'] = x__after_event__mutmut_44 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_45'] = x__after_event__mutmut_45 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_46'] = x__after_event__mutmut_46 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_47'] = x__after_event__mutmut_47 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_48'] = x__after_event__mutmut_48 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_49'] = x__after_event__mutmut_49 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_50'] = x__after_event__mutmut_50 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_51'] = x__after_event__mutmut_51 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_52'] = x__after_event__mutmut_52 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_53'] = x__after_event__mutmut_53 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_54'] = x__after_event__mutmut_54 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_55'] = x__after_event__mutmut_55 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_56'] = x__after_event__mutmut_56 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_57'] = x__after_event__mutmut_57 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_58'] = x__after_event__mutmut_58 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_59'] = x__after_event__mutmut_59 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_60'] = x__after_event__mutmut_60 # type: ignore # mutmut generated
mutants_x__after_event__mutmut['x__after_event__mutmut_61'] = x__after_event__mutmut_61 # type: ignore # mutmut generated
mutants_x__periodic__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__periodic__mutmut)
def _periodic(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_orig(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_1(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_2(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(None):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_3(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            break
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_4(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = None
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_5(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = None
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_6(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(None, "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_7(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", None, tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_8(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", None)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_9(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub("", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_10(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_11(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", )
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_12(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"XX^(?:度|一次|一报)XX", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_13(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "XXXX", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_14(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = None
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_15(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(None, "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_16(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", None, tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_17(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", None)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_18(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub("", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_19(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_20(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", )
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_21(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"XX(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$XX", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_22(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "XXXX", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_23(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail != "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_24(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "XXXX":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_25(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind=None, period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_26(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=None)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_27(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_28(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", )
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_29(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="XXperiodicXX", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_30(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="PERIODIC", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_31(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = None
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_32(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(None, tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_33(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", None)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_34(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_35(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", )
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_36(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT - r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_37(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" - _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_38(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"XX(?:结束|末|终了)?(?:后|起)(\d+)XX" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_39(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"XX(?:内|以内)?XX", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_40(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind=None, period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_41(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=None, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_42(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=None,
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_43(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type=None,
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_44(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event=None)
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_45(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_46(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_47(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_48(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_49(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                )
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_50(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="XXperiodicXX", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_51(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="PERIODIC", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_52(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(None),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_53(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(None)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_54(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(2)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_55(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if ("工作日" in m.group("unit")) and False else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_56(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if ("工作日" in m.group("unit")) or True else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_57(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="XXworkingXX" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_58(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="WORKING" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_59(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "XX工作日XX" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_60(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" not in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_61(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group(None) else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_62(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("XXunitXX") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_63(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("UNIT") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_64(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "XXcalendarXX",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_65(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "CALENDAR",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_66(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="XX周期结束XX")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_67(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = None
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_68(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(None, tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_69(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", None)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_70(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_71(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", )
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_72(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT - r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_73(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" - _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_74(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"XX(?:的)?(?:前)(\d+)XX" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_75(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"XX(?:内)?XX", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_76(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind=None, period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_77(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=None, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_78(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=None,
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_79(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type=None,
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_80(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event=None)
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_81(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_82(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_83(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_84(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_85(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                )
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_86(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="XXperiodicXX", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_87(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="PERIODIC", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_88(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(None),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_89(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(None)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_90(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(2)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_91(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if ("工作日" in m.group("unit")) and False else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_92(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if ("工作日" in m.group("unit")) or True else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_93(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="XXworkingXX" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_94(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="WORKING" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_95(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "XX工作日XX" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_96(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" not in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_97(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group(None) else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_98(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("XXunitXX") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_99(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("UNIT") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_100(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "XXcalendarXX",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_101(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "CALENDAR",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_102(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="XX周期开始XX")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_103(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = None
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_104(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(None, tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_105(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", None)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_106(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_107(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", )
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_108(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"XX(\d{1,2})日(?:前|之前|以前|内)XX", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_109(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m or period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_110(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period != "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_111(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "XXmonthXX":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_112(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "MONTH":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_113(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind=None, period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_114(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=None, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_115(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=None)
        return None
    return None


def x__periodic__mutmut_116(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_117(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_118(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, )
        return None
    return None


def x__periodic__mutmut_119(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="XXperiodicXX", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_120(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="PERIODIC", period=period, day=int(m.group(1)))
        return None
    return None


def x__periodic__mutmut_121(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(None))
        return None
    return None


def x__periodic__mutmut_122(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(None)))
        return None
    return None


def x__periodic__mutmut_123(clause: str) -> DeadlineRule | None:
    for prefix, period in _PERIODS:
        if not clause.startswith(prefix):
            continue
        tail = clause[len(prefix):]
        tail = re.sub(r"^(?:度|一次|一报)", "", tail)
        tail = re.sub(r"(?:予以|主动)?(?:公开|公示|发布|更新|公布)(?:一次)?[。.]?$", "", tail)
        if tail == "":
            return DeadlineRule(kind="periodic", period=period)
        m = re.fullmatch(r"(?:结束|末|终了)?(?:后|起)(\d+)" + _UNIT + r"(?:内|以内)?", tail)
        if m:
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期结束")
        m = re.fullmatch(r"(?:的)?(?:前)(\d+)" + _UNIT + r"(?:内)?", tail)
        if m:  # 每月前10个工作日
            return DeadlineRule(kind="periodic", period=period, days=int(m.group(1)),
                                day_type="working" if "工作日" in m.group("unit") else "calendar",
                                event="周期开始")
        m = re.fullmatch(r"(\d{1,2})日(?:前|之前|以前|内)", tail)
        if m and period == "month":
            return DeadlineRule(kind="periodic", period=period, day=int(m.group(2)))
        return None
    return None

mutants_x__periodic__mutmut['_mutmut_orig'] = x__periodic__mutmut_orig # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_1'] = x__periodic__mutmut_1 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_2'] = x__periodic__mutmut_2 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_3'] = x__periodic__mutmut_3 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_4'] = x__periodic__mutmut_4 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_5'] = x__periodic__mutmut_5 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_6'] = x__periodic__mutmut_6 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_7'] = x__periodic__mutmut_7 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_8'] = x__periodic__mutmut_8 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_9'] = x__periodic__mutmut_9 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_10'] = x__periodic__mutmut_10 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_11'] = x__periodic__mutmut_11 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_12'] = x__periodic__mutmut_12 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_13'] = x__periodic__mutmut_13 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_14'] = x__periodic__mutmut_14 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_15'] = x__periodic__mutmut_15 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_16'] = x__periodic__mutmut_16 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_17'] = x__periodic__mutmut_17 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_18'] = x__periodic__mutmut_18 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_19'] = x__periodic__mutmut_19 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_20'] = x__periodic__mutmut_20 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_21'] = x__periodic__mutmut_21 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_22'] = x__periodic__mutmut_22 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_23'] = x__periodic__mutmut_23 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_24'] = x__periodic__mutmut_24 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_25'] = x__periodic__mutmut_25 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_26'] = x__periodic__mutmut_26 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_27'] = x__periodic__mutmut_27 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_28'] = x__periodic__mutmut_28 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_29'] = x__periodic__mutmut_29 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_30'] = x__periodic__mutmut_30 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_31'] = x__periodic__mutmut_31 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_32'] = x__periodic__mutmut_32 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_33'] = x__periodic__mutmut_33 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_34'] = x__periodic__mutmut_34 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_35'] = x__periodic__mutmut_35 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_36'] = x__periodic__mutmut_36 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_37'] = x__periodic__mutmut_37 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_38'] = x__periodic__mutmut_38 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_39'] = x__periodic__mutmut_39 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_40'] = x__periodic__mutmut_40 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_41'] = x__periodic__mutmut_41 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_42'] = x__periodic__mutmut_42 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_43'] = x__periodic__mutmut_43 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_44'] = x__periodic__mutmut_44 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_45'] = x__periodic__mutmut_45 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_46'] = x__periodic__mutmut_46 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_47'] = x__periodic__mutmut_47 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_48'] = x__periodic__mutmut_48 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_49'] = x__periodic__mutmut_49 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_50'] = x__periodic__mutmut_50 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_51'] = x__periodic__mutmut_51 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_52'] = x__periodic__mutmut_52 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_53'] = x__periodic__mutmut_53 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_54'] = x__periodic__mutmut_54 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_55'] = x__periodic__mutmut_55 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_56'] = x__periodic__mutmut_56 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_57'] = x__periodic__mutmut_57 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_58'] = x__periodic__mutmut_58 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_59'] = x__periodic__mutmut_59 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_60'] = x__periodic__mutmut_60 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_61'] = x__periodic__mutmut_61 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_62'] = x__periodic__mutmut_62 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_63'] = x__periodic__mutmut_63 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_64'] = x__periodic__mutmut_64 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_65'] = x__periodic__mutmut_65 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_66'] = x__periodic__mutmut_66 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_67'] = x__periodic__mutmut_67 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_68'] = x__periodic__mutmut_68 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_69'] = x__periodic__mutmut_69 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_70'] = x__periodic__mutmut_70 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_71'] = x__periodic__mutmut_71 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_72'] = x__periodic__mutmut_72 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_73'] = x__periodic__mutmut_73 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_74'] = x__periodic__mutmut_74 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_75'] = x__periodic__mutmut_75 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_76'] = x__periodic__mutmut_76 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_77'] = x__periodic__mutmut_77 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_78'] = x__periodic__mutmut_78 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_79'] = x__periodic__mutmut_79 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_80'] = x__periodic__mutmut_80 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_81'] = x__periodic__mutmut_81 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_82'] = x__periodic__mutmut_82 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_83'] = x__periodic__mutmut_83 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_84'] = x__periodic__mutmut_84 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_85'] = x__periodic__mutmut_85 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_86'] = x__periodic__mutmut_86 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_87'] = x__periodic__mutmut_87 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_88'] = x__periodic__mutmut_88 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_89'] = x__periodic__mutmut_89 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_90'] = x__periodic__mutmut_90 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_91'] = x__periodic__mutmut_91 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_92'] = x__periodic__mutmut_92 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_93'] = x__periodic__mutmut_93 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_94'] = x__periodic__mutmut_94 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_95'] = x__periodic__mutmut_95 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_96'] = x__periodic__mutmut_96 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_97'] = x__periodic__mutmut_97 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_98'] = x__periodic__mutmut_98 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_99'] = x__periodic__mutmut_99 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_100'] = x__periodic__mutmut_100 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_101'] = x__periodic__mutmut_101 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_102'] = x__periodic__mutmut_102 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_103'] = x__periodic__mutmut_103 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_104'] = x__periodic__mutmut_104 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_105'] = x__periodic__mutmut_105 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_106'] = x__periodic__mutmut_106 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_107'] = x__periodic__mutmut_107 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_108'] = x__periodic__mutmut_108 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_109'] = x__periodic__mutmut_109 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_110'] = x__periodic__mutmut_110 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_111'] = x__periodic__mutmut_111 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_112'] = x__periodic__mutmut_112 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_113'] = x__periodic__mutmut_113 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_114'] = x__periodic__mutmut_114 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_115'] = x__periodic__mutmut_115 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_116'] = x__periodic__mutmut_116 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_117'] = x__periodic__mutmut_117 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_118'] = x__periodic__mutmut_118 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_119'] = x__periodic__mutmut_119 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_120'] = x__periodic__mutmut_120 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_121'] = x__periodic__mutmut_121 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_122'] = x__periodic__mutmut_122 # type: ignore # mutmut generated
mutants_x__periodic__mutmut['x__periodic__mutmut_123'] = x__periodic__mutmut_123 # type: ignore # mutmut generated
mutants_x__single__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__single__mutmut)
def _single(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_orig(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_1(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = None
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_2(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(None, "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_3(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", None, clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_4(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", None)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_5(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub("", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_6(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_7(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", )
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_8(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"XX^(?:公开时限[:：]?|时限[:：]?)XX", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_9(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "XXXX", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_10(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = None
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_11(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(None)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_12(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_13(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(None, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_14(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, None):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_15(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_16(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, ):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_17(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = None
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_18(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(None)
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_19(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group(None))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_20(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("XXmXX"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_21(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("M"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_22(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_23(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 2 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_24(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 < month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_25(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month < 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_26(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 13:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_27(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = None
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_28(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if (m.group("d")) and False else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_29(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if (m.group("d")) or True else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_30(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(None) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_31(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group(None)) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_32(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("XXdXX")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_33(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("D")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_34(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group(None) else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_35(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("XXdXX") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_36(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("D") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_37(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(None, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_38(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, None)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_39(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_40(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, )[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_41(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2001, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_42(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[2]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_43(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 2 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_44(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 < day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_45(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day < 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_46(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 32:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_47(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind=None, month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_48(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=None, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_49(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=None)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_50(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_51(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_52(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, )
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_53(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="XXyearlyXX", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_54(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="YEARLY", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(clause)


def x__single__mutmut_55(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) and _after_event(clause)


def x__single__mutmut_56(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(None) or _after_event(clause)


def x__single__mutmut_57(clause: str) -> DeadlineRule | None:
    """One clause, already normalised; None when it is not understood."""
    clause = re.sub(r"^(?:公开时限[:：]?|时限[:：]?)", "", clause)
    m = _YEARLY.match(clause)
    if m:
        if not re.fullmatch(_PUBLISH_TAIL, clause[m.end():]):
            return None  # "每年3月底前后10日内": more than a date, not understood
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        # 月底/月末: the month's last day; due-date code clamps February 29 in common years.
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(2000, month)[1]
        if 1 <= day <= 31:
            return DeadlineRule(kind="yearly", month=month, day=day)
        return None
    return _periodic(clause) or _after_event(None)

mutants_x__single__mutmut['_mutmut_orig'] = x__single__mutmut_orig # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_1'] = x__single__mutmut_1 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_2'] = x__single__mutmut_2 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_3'] = x__single__mutmut_3 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_4'] = x__single__mutmut_4 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_5'] = x__single__mutmut_5 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_6'] = x__single__mutmut_6 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_7'] = x__single__mutmut_7 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_8'] = x__single__mutmut_8 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_9'] = x__single__mutmut_9 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_10'] = x__single__mutmut_10 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_11'] = x__single__mutmut_11 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_12'] = x__single__mutmut_12 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_13'] = x__single__mutmut_13 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_14'] = x__single__mutmut_14 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_15'] = x__single__mutmut_15 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_16'] = x__single__mutmut_16 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_17'] = x__single__mutmut_17 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_18'] = x__single__mutmut_18 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_19'] = x__single__mutmut_19 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_20'] = x__single__mutmut_20 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_21'] = x__single__mutmut_21 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_22'] = x__single__mutmut_22 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_23'] = x__single__mutmut_23 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_24'] = x__single__mutmut_24 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_25'] = x__single__mutmut_25 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_26'] = x__single__mutmut_26 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_27'] = x__single__mutmut_27 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_28'] = x__single__mutmut_28 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_29'] = x__single__mutmut_29 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_30'] = x__single__mutmut_30 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_31'] = x__single__mutmut_31 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_32'] = x__single__mutmut_32 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_33'] = x__single__mutmut_33 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_34'] = x__single__mutmut_34 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_35'] = x__single__mutmut_35 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_36'] = x__single__mutmut_36 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_37'] = x__single__mutmut_37 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_38'] = x__single__mutmut_38 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_39'] = x__single__mutmut_39 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_40'] = x__single__mutmut_40 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_41'] = x__single__mutmut_41 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_42'] = x__single__mutmut_42 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_43'] = x__single__mutmut_43 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_44'] = x__single__mutmut_44 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_45'] = x__single__mutmut_45 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_46'] = x__single__mutmut_46 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_47'] = x__single__mutmut_47 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_48'] = x__single__mutmut_48 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_49'] = x__single__mutmut_49 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_50'] = x__single__mutmut_50 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_51'] = x__single__mutmut_51 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_52'] = x__single__mutmut_52 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_53'] = x__single__mutmut_53 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_54'] = x__single__mutmut_54 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_55'] = x__single__mutmut_55 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_56'] = x__single__mutmut_56 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_57'] = x__single__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_deadline__mutmut)
def parse_deadline(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_orig(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_1(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = None
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_2(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(None)
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_3(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text and "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_4(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "XXXX")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_5(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_6(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind=None, flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_7(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=None, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_8(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note=None)
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_9(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_10(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_11(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, )
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_12(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="XXunparsedXX", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_13(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="UNPARSED", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_14(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=False, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_15(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="XX公开时限为空XX")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_16(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(None):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_17(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is not None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_18(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind=None, flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_19(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=None, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_20(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note=None)
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_21(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_22(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_23(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, )
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_24(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="XXsame_as_aboveXX", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_25(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="SAME_AS_ABOVE", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_26(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=False, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_27(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="XX“同上”但上面没有可参照的公开时限XX")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_28(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = None
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_29(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(None)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_30(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.copy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_31(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = None
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_32(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") - "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_33(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if (rule.note) and False else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_34(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if (rule.note) or True else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_35(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note - "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_36(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "XX；XX" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_37(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "XXXX") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_38(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "XX同上XX"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_39(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = None
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_40(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(None, s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_41(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", None) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_42(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_43(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", ) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_44(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.rsplit(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_45(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"XX[；;。]XX", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_46(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = None
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_47(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(None)
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_48(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[1])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_49(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) or not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_50(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None or _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_51(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is not None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_52(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(None) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_53(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[1]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_54(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_55(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(None, clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_56(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", None):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_57(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_58(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", ):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_59(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"XX\dXX", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_60(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[1]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_61(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = None
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_62(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind=None, days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_63(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=None, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_64(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type=None,
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_65(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event=None, flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_66(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=None, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_67(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=None)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_68(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_69(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_70(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_71(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_72(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_73(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, )
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_74(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="XXimmediateXX", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_75(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="IMMEDIATE", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_76(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="XXworkingXX",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_77(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="WORKING",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_78(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="XX形成或变更XX", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_79(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=False, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_80(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is not None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_81(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind=None, flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_82(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=None, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_83(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note=None)

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_84(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_85(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_86(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, )

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_87(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="XXunparsedXX", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_88(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="UNPARSED", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_89(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=False, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_90(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="XX无法识别的公开时限，请人工核对XX")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_91(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[2:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_92(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = None
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_93(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(None, clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_94(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", None)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_95(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_96(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", )
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_97(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"XX^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$XX", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_98(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?p<scope>.+?)(?:应当?|须|需)?(?p<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_99(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<SCOPE>.+?)(?:应当?|须|需)?(?P<RULE>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_100(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_101(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if (m) and False else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_102(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if (m) or True else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_103(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(None) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_104(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group(None)) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_105(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("XXruleXX")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_106(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("RULE")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_107(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is not None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_108(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = None
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_109(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(None)
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_110(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(None, "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_111(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", None, clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_112(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", None))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_113(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub("", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_114(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_115(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", ))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_116(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"XX^(?:其中|但)[，,]?XX", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_117(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "XXXX", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_118(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = None
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_119(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = "XXXX"
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_120(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = None
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_121(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(None, "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_122(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", None, m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_123(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", None)
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_124(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub("", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_125(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_126(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", )
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_127(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"XX(?:应当?|须|需)$XX", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_128(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "XXXX", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_129(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group(None))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_130(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("XXscopeXX"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_131(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("SCOPE"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_132(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is not None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_133(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = None
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_134(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = False
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_135(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = None
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_136(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") - f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_137(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if (main.note) and False else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_138(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if (main.note) or True else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_139(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note - "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_140(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "XX；XX" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_141(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "XXXX") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_142(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            break
        sub.scope = scope
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_143(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = None
        main.subrules.append(sub)
    return main


def x_parse_deadline__mutmut_144(text: str | None, previous: DeadlineRule | None = None) -> DeadlineRule:
    """Parse one 公开时限 text. `previous` is the rule of the row above, used for “同上”."""
    s = _normalise(text or "")
    if not s:
        return DeadlineRule(kind="unparsed", flagged=True, note="公开时限为空")
    if _SAME.match(s):
        if previous is None:
            return DeadlineRule(kind="same_as_above", flagged=True, note="“同上”但上面没有可参照的公开时限")
        rule = copy.deepcopy(previous)
        rule.note = (rule.note + "；" if rule.note else "") + "同上"
        return rule

    clauses = [c for c in re.split(r"[；;。]", s) if c]
    main = _single(clauses[0])
    if main is None and _IMMEDIATE.search(clauses[0]) and not re.search(r"\d", clauses[0]):
        main = DeadlineRule(kind="immediate", days=DEFAULT_IMMEDIATE_DAYS, day_type="working",
                            event="形成或变更", flagged=True, note=IMMEDIATE_NOTE)
    if main is None:
        return DeadlineRule(kind="unparsed", flagged=True, note="无法识别的公开时限，请人工核对")

    for clause in clauses[1:]:
        m = re.match(r"^(?:其中|但|另外|此外)?[，,]?(?P<scope>.+?)(?:应当?|须|需)?(?P<rule>(?:自|于|在).+)$", clause)
        sub = _single(m.group("rule")) if m else None
        if sub is None:
            sub = _single(re.sub(r"^(?:其中|但)[，,]?", "", clause))
            scope = ""
        else:
            scope = re.sub(r"(?:应当?|须|需)$", "", m.group("scope"))
        if sub is None:
            # A clause we cannot read must not be dropped silently: keep the main rule, flag it.
            main.flagged = True
            main.note = (main.note + "；" if main.note else "") + f"未能识别的附加时限：{clause}"
            continue
        sub.scope = scope
        main.subrules.append(None)
    return main

mutants_x_parse_deadline__mutmut['_mutmut_orig'] = x_parse_deadline__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_1'] = x_parse_deadline__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_2'] = x_parse_deadline__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_3'] = x_parse_deadline__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_4'] = x_parse_deadline__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_5'] = x_parse_deadline__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_6'] = x_parse_deadline__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_7'] = x_parse_deadline__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_8'] = x_parse_deadline__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_9'] = x_parse_deadline__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_10'] = x_parse_deadline__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_11'] = x_parse_deadline__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_12'] = x_parse_deadline__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_13'] = x_parse_deadline__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_14'] = x_parse_deadline__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_15'] = x_parse_deadline__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_16'] = x_parse_deadline__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_17'] = x_parse_deadline__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_18'] = x_parse_deadline__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_19'] = x_parse_deadline__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_20'] = x_parse_deadline__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_21'] = x_parse_deadline__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_22'] = x_parse_deadline__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_23'] = x_parse_deadline__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_24'] = x_parse_deadline__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_25'] = x_parse_deadline__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_26'] = x_parse_deadline__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_27'] = x_parse_deadline__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_28'] = x_parse_deadline__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_29'] = x_parse_deadline__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_30'] = x_parse_deadline__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_31'] = x_parse_deadline__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_32'] = x_parse_deadline__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_33'] = x_parse_deadline__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_34'] = x_parse_deadline__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_35'] = x_parse_deadline__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_36'] = x_parse_deadline__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_37'] = x_parse_deadline__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_38'] = x_parse_deadline__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_39'] = x_parse_deadline__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_40'] = x_parse_deadline__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_41'] = x_parse_deadline__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_42'] = x_parse_deadline__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_43'] = x_parse_deadline__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_44'] = x_parse_deadline__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_45'] = x_parse_deadline__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_46'] = x_parse_deadline__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_47'] = x_parse_deadline__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_48'] = x_parse_deadline__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_49'] = x_parse_deadline__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_50'] = x_parse_deadline__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_51'] = x_parse_deadline__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_52'] = x_parse_deadline__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_53'] = x_parse_deadline__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_54'] = x_parse_deadline__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_55'] = x_parse_deadline__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_56'] = x_parse_deadline__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_57'] = x_parse_deadline__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_58'] = x_parse_deadline__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_59'] = x_parse_deadline__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_60'] = x_parse_deadline__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_61'] = x_parse_deadline__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_62'] = x_parse_deadline__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_63'] = x_parse_deadline__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_64'] = x_parse_deadline__mutmut_64 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_65'] = x_parse_deadline__mutmut_65 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_66'] = x_parse_deadline__mutmut_66 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_67'] = x_parse_deadline__mutmut_67 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_68'] = x_parse_deadline__mutmut_68 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_69'] = x_parse_deadline__mutmut_69 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_70'] = x_parse_deadline__mutmut_70 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_71'] = x_parse_deadline__mutmut_71 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_72'] = x_parse_deadline__mutmut_72 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_73'] = x_parse_deadline__mutmut_73 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_74'] = x_parse_deadline__mutmut_74 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_75'] = x_parse_deadline__mutmut_75 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_76'] = x_parse_deadline__mutmut_76 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_77'] = x_parse_deadline__mutmut_77 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_78'] = x_parse_deadline__mutmut_78 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_79'] = x_parse_deadline__mutmut_79 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_80'] = x_parse_deadline__mutmut_80 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_81'] = x_parse_deadline__mutmut_81 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_82'] = x_parse_deadline__mutmut_82 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_83'] = x_parse_deadline__mutmut_83 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_84'] = x_parse_deadline__mutmut_84 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_85'] = x_parse_deadline__mutmut_85 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_86'] = x_parse_deadline__mutmut_86 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_87'] = x_parse_deadline__mutmut_87 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_88'] = x_parse_deadline__mutmut_88 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_89'] = x_parse_deadline__mutmut_89 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_90'] = x_parse_deadline__mutmut_90 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_91'] = x_parse_deadline__mutmut_91 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_92'] = x_parse_deadline__mutmut_92 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_93'] = x_parse_deadline__mutmut_93 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_94'] = x_parse_deadline__mutmut_94 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_95'] = x_parse_deadline__mutmut_95 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_96'] = x_parse_deadline__mutmut_96 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_97'] = x_parse_deadline__mutmut_97 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_98'] = x_parse_deadline__mutmut_98 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_99'] = x_parse_deadline__mutmut_99 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_100'] = x_parse_deadline__mutmut_100 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_101'] = x_parse_deadline__mutmut_101 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_102'] = x_parse_deadline__mutmut_102 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_103'] = x_parse_deadline__mutmut_103 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_104'] = x_parse_deadline__mutmut_104 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_105'] = x_parse_deadline__mutmut_105 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_106'] = x_parse_deadline__mutmut_106 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_107'] = x_parse_deadline__mutmut_107 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_108'] = x_parse_deadline__mutmut_108 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_109'] = x_parse_deadline__mutmut_109 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_110'] = x_parse_deadline__mutmut_110 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_111'] = x_parse_deadline__mutmut_111 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_112'] = x_parse_deadline__mutmut_112 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_113'] = x_parse_deadline__mutmut_113 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_114'] = x_parse_deadline__mutmut_114 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_115'] = x_parse_deadline__mutmut_115 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_116'] = x_parse_deadline__mutmut_116 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_117'] = x_parse_deadline__mutmut_117 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_118'] = x_parse_deadline__mutmut_118 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_119'] = x_parse_deadline__mutmut_119 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_120'] = x_parse_deadline__mutmut_120 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_121'] = x_parse_deadline__mutmut_121 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_122'] = x_parse_deadline__mutmut_122 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_123'] = x_parse_deadline__mutmut_123 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_124'] = x_parse_deadline__mutmut_124 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_125'] = x_parse_deadline__mutmut_125 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_126'] = x_parse_deadline__mutmut_126 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_127'] = x_parse_deadline__mutmut_127 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_128'] = x_parse_deadline__mutmut_128 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_129'] = x_parse_deadline__mutmut_129 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_130'] = x_parse_deadline__mutmut_130 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_131'] = x_parse_deadline__mutmut_131 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_132'] = x_parse_deadline__mutmut_132 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_133'] = x_parse_deadline__mutmut_133 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_134'] = x_parse_deadline__mutmut_134 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_135'] = x_parse_deadline__mutmut_135 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_136'] = x_parse_deadline__mutmut_136 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_137'] = x_parse_deadline__mutmut_137 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_138'] = x_parse_deadline__mutmut_138 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_139'] = x_parse_deadline__mutmut_139 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_140'] = x_parse_deadline__mutmut_140 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_141'] = x_parse_deadline__mutmut_141 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_142'] = x_parse_deadline__mutmut_142 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_143'] = x_parse_deadline__mutmut_143 # type: ignore # mutmut generated
mutants_x_parse_deadline__mutmut['x_parse_deadline__mutmut_144'] = x_parse_deadline__mutmut_144 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rule_problems__mutmut)
def rule_problems(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_orig(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_1(rule: DeadlineRule, field: str = "XX公开时限XX") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_2(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = None
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_3(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = None
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_4(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None or not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_5(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_6(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_7(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 1 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_8(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 < days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_9(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days < MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_10(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(None)
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_11(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None or not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_12(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_13(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_14(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 2 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_15(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 < rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_16(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month < 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_17(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 13:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_18(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(None)
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_19(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None or not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_20(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_21(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_22(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 2 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_23(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 < rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_24(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day < 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_25(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 32:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_26(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(None)
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_27(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(None, start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_28(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=None):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_29(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(start=1):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_30(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, ):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_31(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=2):
        problems.extend(rule_problems(sub, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_32(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(None)
    return problems


def x_rule_problems__mutmut_33(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(None, f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_34(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, None))
    return problems


def x_rule_problems__mutmut_35(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(f"{field}的第{number}个附加时限"))
    return problems


def x_rule_problems__mutmut_36(rule: DeadlineRule, field: str = "公开时限") -> list[str]:
    """Why `rule` cannot be saved (numbers out of range), each naming the field; [] if none."""
    problems = []
    days = rule.days
    if days is not None and not 0 <= days <= MAX_DAYS:
        problems.append(f"{field}的天数 {days} 超出范围：最多 {MAX_DAYS} 个工作日或自然日")
    if rule.month is not None and not 1 <= rule.month <= 12:
        problems.append(f"{field}的月份 {rule.month} 应为 1～12")
    if rule.day is not None and not 1 <= rule.day <= 31:
        problems.append(f"{field}的日期 {rule.day} 应为 1～31")
    for number, sub in enumerate(rule.subrules, start=1):
        problems.extend(rule_problems(sub, ))
    return problems

mutants_x_rule_problems__mutmut['_mutmut_orig'] = x_rule_problems__mutmut_orig # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_1'] = x_rule_problems__mutmut_1 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_2'] = x_rule_problems__mutmut_2 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_3'] = x_rule_problems__mutmut_3 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_4'] = x_rule_problems__mutmut_4 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_5'] = x_rule_problems__mutmut_5 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_6'] = x_rule_problems__mutmut_6 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_7'] = x_rule_problems__mutmut_7 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_8'] = x_rule_problems__mutmut_8 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_9'] = x_rule_problems__mutmut_9 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_10'] = x_rule_problems__mutmut_10 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_11'] = x_rule_problems__mutmut_11 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_12'] = x_rule_problems__mutmut_12 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_13'] = x_rule_problems__mutmut_13 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_14'] = x_rule_problems__mutmut_14 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_15'] = x_rule_problems__mutmut_15 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_16'] = x_rule_problems__mutmut_16 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_17'] = x_rule_problems__mutmut_17 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_18'] = x_rule_problems__mutmut_18 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_19'] = x_rule_problems__mutmut_19 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_20'] = x_rule_problems__mutmut_20 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_21'] = x_rule_problems__mutmut_21 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_22'] = x_rule_problems__mutmut_22 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_23'] = x_rule_problems__mutmut_23 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_24'] = x_rule_problems__mutmut_24 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_25'] = x_rule_problems__mutmut_25 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_26'] = x_rule_problems__mutmut_26 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_27'] = x_rule_problems__mutmut_27 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_28'] = x_rule_problems__mutmut_28 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_29'] = x_rule_problems__mutmut_29 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_30'] = x_rule_problems__mutmut_30 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_31'] = x_rule_problems__mutmut_31 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_32'] = x_rule_problems__mutmut_32 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_33'] = x_rule_problems__mutmut_33 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_34'] = x_rule_problems__mutmut_34 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_35'] = x_rule_problems__mutmut_35 # type: ignore # mutmut generated
mutants_x_rule_problems__mutmut['x_rule_problems__mutmut_36'] = x_rule_problems__mutmut_36 # type: ignore # mutmut generated
