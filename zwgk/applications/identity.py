"""Applicant identity documents: 居民身份证 (GB 11643) and 统一社会信用代码 (GB 32100). No Django."""
from __future__ import annotations

from zwgk.lib.idnumbers import credit_check_char, is_valid_credit_code, is_valid_id_number  # noqa: F401


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
    """Hide the middle of an ID number for lists: 1101**********002X (short ones entirely)."""
    value = value or ""
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def mask_name(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧***; organisations keep their name (it is not personal data)."""
    if not name:
        return ""
    return name[0] + "*" * (len(name) - 1) if len(name) <= 4 else name
