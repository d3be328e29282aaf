"""Chinese identity numbers: 居民身份证号 (GB 11643 check digit) and 统一社会信用代码 (GB 32100).

Pure. The records' personal-information detector and the applicant form both check with these.
"""
from __future__ import annotations

import datetime
import re

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_RE = re.compile(r"[1-9]\d{16}[0-9X]")

# GB 32100-2015: 18 characters from this 31-character set (no I, O, S, V, Z).
CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CREDIT_RE = re.compile(rf"[{CREDIT_CHARS}]{{18}}")


def id_check_digit(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def is_valid_id_number(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not _ID_RE.fullmatch(value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def credit_check_char(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters."""
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS))
    return CREDIT_CHARS[(31 - total % 31) % 31]


def is_valid_credit_code(value: str) -> bool:
    """18 characters of the GB 32100 set whose last one is the check character."""
    value = value.strip().upper()
    return bool(_CREDIT_RE.fullmatch(value)) and credit_check_char(value[:17]) == value[17]
