"""Integers from a query string: absent gives the default, anything else must be an in-range
integer or the caller gets a ParamError it can answer with HTTP 400 (never an overflow or a 500)."""
from __future__ import annotations

# Longer digit strings are out of range for every parameter we take (and for a 64-bit column).
MAX_DIGITS = 18


class ParamError(ValueError):
    """An unusable parameter value; the message (in Chinese) names the parameter."""

    def __init__(self, name: str, message: str):
        self.name = name
        super().__init__(message)


def query_int(raw, name: str, *, low: int | None = None, high: int | None = None, default: int | None = None):
    """`raw` (a query-string value or None) as an integer within [low, high]."""
    if raw is None or str(raw).strip() == "":
        return default
    text = str(raw).strip()
    digits = text.removeprefix("-")
    if not (digits.isascii() and digits.isdigit()):
        raise ParamError(name, f"参数 {name} 应为整数，收到“{text[:40]}”")
    if len(digits) > MAX_DIGITS:
        raise ParamError(name, f"参数 {name} 超出范围")
    value = int(text)
    if low is not None and value < low:
        raise ParamError(name, f"参数 {name} 不能小于 {low}")
    if high is not None and value > high:
        raise ParamError(name, f"参数 {name} 不能大于 {high}")
    return value


def query_int_or_none(raw, *, low: int | None = None, high: int | None = None) -> int | None:
    """The lenient form for filters a page may ignore: None when absent, malformed or out of range."""
    try:
        return query_int(raw, "", low=low, high=high)
    except ParamError:
        return None
