"""Applicant identity documents: 居民身份证 (GB 11643) and 统一社会信用代码 (GB 32100). No Django."""
from __future__ import annotations

import re

from zwgk.records.pi import is_valid_id_number, mask

# GB 32100-2015: 18 characters from this 31-character set (no I, O, S, V, Z).
CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CREDIT_RE = re.compile(rf"[{CREDIT_CHARS}]{{18}}")


def credit_check_char(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters."""
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS))
    return CREDIT_CHARS[(31 - total % 31) % 31]


def is_valid_credit_code(value: str) -> bool:
    """18 characters of the GB 32100 set whose last one is the check character."""
    value = value.strip().upper()
    return bool(_CREDIT_RE.fullmatch(value)) and credit_check_char(value[:17]) == value[17]


def id_number_error(id_type: str, value: str) -> str:
    """'' when `value` is a plausible number for `id_type`, else the reason in Chinese."""
    value = (value or "").strip()
    if not value:
        return "请填写证件号码。"
    if id_type == "resident_id":
        if not is_valid_id_number(value):
            return "居民身份证号码不正确：应为18位，出生日期有效，且最后一位校验码（GB 11643）相符。"
    elif id_type == "credit_code":
        if not is_valid_credit_code(value):
            return "统一社会信用代码不正确：应为18位数字或大写字母（不含I、O、S、V、Z），且最后一位校验码（GB 32100）相符。"
    elif len(value) > 60:
        return "证件号码过长（最多60个字符）。"
    return ""


def mask_id(value: str) -> str:
    """Hide the middle of an ID number for lists: 1101**********8515."""
    return mask(value, "id_card") if value else ""


def mask_name(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧***; organisations keep their name (it is not personal data)."""
    if not name:
        return ""
    return name[0] + "*" * (len(name) - 1) if len(name) <= 4 else name
