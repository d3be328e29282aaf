"""One date policy for every input: ISO 2024-03-01, 2024/3/1, 2024.3.1, 20240301 and
2024年3月1日 (spaces allowed around 年/月/日), or a date/datetime object (spreadsheet cells)."""
from __future__ import annotations

import datetime as dt
import re

FORMS = "2024-03-01、2024/3/1、2024.3.1、20240301 或 2024年3月1日"

_PATTERNS = [
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"),
    re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
]


class DateError(ValueError):
    """A value that is no date under the policy above; the message quotes it (in Chinese)."""


def parse_date(value) -> dt.date:
    """The date a value names; DateError says whether the form or the day itself is wrong."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                raise DateError(f"日期不存在：“{text}”") from None
    raise DateError(f"日期格式无法识别：“{text}”（应为 {FORMS}）")
