"""Personal-information detector (个人信息检查): pure, no Django.

Finds what must not be published in a record: 18-digit 居民身份证号 (GB 11643 check digit and a
sane birth date), mobile numbers, bank card numbers (Luhn) and e-mail addresses. A number only
counts when it is not part of a longer run of digits, so 文号, dates and order numbers do not hit.
Full-width digits (１３８…) are read as digits, and an ID number may be split 6-8-4 by spaces or
hyphens (640104 19900101 123X) the way forms print it.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from zwgk.lib.idnumbers import id_check_digit, is_valid_id_number  # noqa: F401 (part of this module's API)

KIND_LABELS = {"id_card": "居民身份证号", "mobile": "手机号码", "bank_card": "银行卡号", "email": "电子邮箱"}


# Lookarounds keep a hit from being a slice of a longer number or an alphanumeric code.
# An 18-character code followed by "/2020-…" is a 索引号's organisation code, not a person.
_ID_RE = re.compile(r"(?<![0-9A-Za-z])(?<![0-9][ -])[1-9]\d{5}([ -]?)\d{8}\1\d{3}[0-9Xx]"
                    r"(?![0-9A-Za-z])(?![ -][0-9])(?!/\d{4})")
_MOBILE_RE = re.compile(r"(?<![0-9])(?:(?:\+|00)?86[- ]?)?(1[3-9]\d(?:[- ]?\d{4}){2})(?![0-9])")
# Bank cards start with 3–6 (JCB/Amex, Visa, Mastercard, UnionPay 62); printed plain or in groups of 4.
_BANK_RE = re.compile(r"(?<![0-9])([3-6]\d{3}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?|[3-6]\d{12,18})(?![0-9])")
_EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

CONTEXT_CHARS = 20


@dataclass(frozen=True)
class Hit:
    kind: str  # id_card | mobile | bank_card | email
    value: str  # exactly as it appears in the text
    start: int
    end: int
    before: str  # up to CONTEXT_CHARS characters of context on each side
    after: str

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def context(self) -> str:
        return f"{self.before}【{self.value}】{self.after}"

    @property
    def masked(self) -> str:
        return mask(self.value, self.kind)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def _digits(value: str) -> str:
    return re.sub(r"[^0-9]", "", value.translate(_HALFWIDTH))


# Full-width digits, letters and spaces read as ASCII; one character for one, so positions hold.
_HALFWIDTH = {**{0xFF10 + i: 0x30 + i for i in range(10)}, **{0xFF21 + i: 0x41 + i for i in range(26)},
              **{0xFF41 + i: 0x61 + i for i in range(26)}, 0x3000: 0x20, 0xFF0D: 0x2D, 0xFF0B: 0x2B,
              0xFF20: 0x40, 0xFF0E: 0x2E}


def _candidates(text: str, today=None):
    text = text.translate(_HALFWIDTH)
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(re.sub(r"[ -]", "", m.group()), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def scan(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = []
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(_candidates(text, today)):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def mask(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else re.sub(r"[ -]", "", value.translate(_HALFWIDTH))
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def mask_in_text(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def mask_in_data(data, value: str, kind: str):
    """`mask_in_text` over every string of a JSON-like snapshot (dicts, lists); (new data, count)."""
    if isinstance(data, str):
        return mask_in_text(data, value, kind)
    if isinstance(data, dict):
        out, total = {}, 0
        for key, item in data.items():
            out[key], n = mask_in_data(item, value, kind)
            total += n
        return out, total
    if isinstance(data, list):
        out_list, total = [], 0
        for item in data:
            masked, n = mask_in_data(item, value, kind)
            out_list.append(masked)
            total += n
        return out_list, total
    return data, 0
