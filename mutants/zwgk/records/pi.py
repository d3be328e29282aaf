"""Personal-information detector (个人信息检查): pure, no Django.

Finds what must not be published in a record: 18-digit 居民身份证号 (GB 11643 check digit and a
sane birth date), mobile numbers, bank card numbers (Luhn) and e-mail addresses. A number only
counts when it is not part of a longer run of digits, so 文号, dates and order numbers do not hit.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

KIND_LABELS = {"id_card": "居民身份证号", "mobile": "手机号码", "bank_card": "银行卡号", "email": "电子邮箱"}

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

# Lookarounds keep a hit from being a slice of a longer number or an alphanumeric code.
_ID_RE = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{16}[0-9Xx](?![0-9A-Za-z])")
_MOBILE_RE = re.compile(r"(?<![0-9])(?:(?:\+|00)?86[- ]?)?(1[3-9]\d(?:[- ]?\d{4}){2})(?![0-9])")
# Bank cards start with 3–6 (JCB/Amex, Visa, Mastercard, UnionPay 62); printed plain or in groups of 4.
_BANK_RE = re.compile(r"(?<![0-9])([3-6]\d{3}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?|[3-6]\d{12,18})(?![0-9])")
_EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

CONTEXT_CHARS = 20


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_id_check_digit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_id_check_digit__mutmut)
def id_check_digit(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def x_id_check_digit__mutmut_orig(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def x_id_check_digit__mutmut_1(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = None
    return _ID_CHECK[total % 11]


def x_id_check_digit__mutmut_2(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(None)
    return _ID_CHECK[total % 11]


def x_id_check_digit__mutmut_3(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(c) / w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def x_id_check_digit__mutmut_4(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(None) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def x_id_check_digit__mutmut_5(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(None, _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def x_id_check_digit__mutmut_6(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, None))
    return _ID_CHECK[total % 11]


def x_id_check_digit__mutmut_7(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(_ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def x_id_check_digit__mutmut_8(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, ))
    return _ID_CHECK[total % 11]


def x_id_check_digit__mutmut_9(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[total / 11]


def x_id_check_digit__mutmut_10(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[total % 12]

mutants_x_id_check_digit__mutmut['_mutmut_orig'] = x_id_check_digit__mutmut_orig # type: ignore # mutmut generated
mutants_x_id_check_digit__mutmut['x_id_check_digit__mutmut_1'] = x_id_check_digit__mutmut_1 # type: ignore # mutmut generated
mutants_x_id_check_digit__mutmut['x_id_check_digit__mutmut_2'] = x_id_check_digit__mutmut_2 # type: ignore # mutmut generated
mutants_x_id_check_digit__mutmut['x_id_check_digit__mutmut_3'] = x_id_check_digit__mutmut_3 # type: ignore # mutmut generated
mutants_x_id_check_digit__mutmut['x_id_check_digit__mutmut_4'] = x_id_check_digit__mutmut_4 # type: ignore # mutmut generated
mutants_x_id_check_digit__mutmut['x_id_check_digit__mutmut_5'] = x_id_check_digit__mutmut_5 # type: ignore # mutmut generated
mutants_x_id_check_digit__mutmut['x_id_check_digit__mutmut_6'] = x_id_check_digit__mutmut_6 # type: ignore # mutmut generated
mutants_x_id_check_digit__mutmut['x_id_check_digit__mutmut_7'] = x_id_check_digit__mutmut_7 # type: ignore # mutmut generated
mutants_x_id_check_digit__mutmut['x_id_check_digit__mutmut_8'] = x_id_check_digit__mutmut_8 # type: ignore # mutmut generated
mutants_x_id_check_digit__mutmut['x_id_check_digit__mutmut_9'] = x_id_check_digit__mutmut_9 # type: ignore # mutmut generated
mutants_x_id_check_digit__mutmut['x_id_check_digit__mutmut_10'] = x_id_check_digit__mutmut_10 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_valid_id_number__mutmut)
def is_valid_id_number(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_orig(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_1(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = None
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_2(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.lower()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_3(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_4(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(None, value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_5(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", None):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_6(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_7(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", ):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_8(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"XX[1-9]\d{16}[0-9X]XX", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_9(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9x]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_10(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return True
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_11(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = None
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_12(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(None, int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_13(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), None, int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_14(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), None)
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_15(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_16(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_17(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), )
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_18(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(None), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_19(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[7:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_20(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:11]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_21(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(None), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_22(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[11:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_23(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:13]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_24(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(None))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_25(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[13:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_26(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:15]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_27(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return True
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_28(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 and born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_29(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year <= 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_30(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1901 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_31(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born >= (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_32(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today and datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_33(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return True
    return id_check_digit(value[:17]) == value[17]


def x_is_valid_id_number__mutmut_34(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(None) == value[17]


def x_is_valid_id_number__mutmut_35(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:18]) == value[17]


def x_is_valid_id_number__mutmut_36(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) != value[17]


def x_is_valid_id_number__mutmut_37(value: str, today: datetime.date | None = None) -> bool:
    """18 characters, a real birth date between 1900 and today, and a matching check digit."""
    value = value.upper()
    if not re.fullmatch(r"[1-9]\d{16}[0-9X]", value):
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or datetime.date.today()):
        return False
    return id_check_digit(value[:17]) == value[18]

mutants_x_is_valid_id_number__mutmut['_mutmut_orig'] = x_is_valid_id_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_1'] = x_is_valid_id_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_2'] = x_is_valid_id_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_3'] = x_is_valid_id_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_4'] = x_is_valid_id_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_5'] = x_is_valid_id_number__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_6'] = x_is_valid_id_number__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_7'] = x_is_valid_id_number__mutmut_7 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_8'] = x_is_valid_id_number__mutmut_8 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_9'] = x_is_valid_id_number__mutmut_9 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_10'] = x_is_valid_id_number__mutmut_10 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_11'] = x_is_valid_id_number__mutmut_11 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_12'] = x_is_valid_id_number__mutmut_12 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_13'] = x_is_valid_id_number__mutmut_13 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_14'] = x_is_valid_id_number__mutmut_14 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_15'] = x_is_valid_id_number__mutmut_15 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_16'] = x_is_valid_id_number__mutmut_16 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_17'] = x_is_valid_id_number__mutmut_17 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_18'] = x_is_valid_id_number__mutmut_18 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_19'] = x_is_valid_id_number__mutmut_19 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_20'] = x_is_valid_id_number__mutmut_20 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_21'] = x_is_valid_id_number__mutmut_21 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_22'] = x_is_valid_id_number__mutmut_22 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_23'] = x_is_valid_id_number__mutmut_23 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_24'] = x_is_valid_id_number__mutmut_24 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_25'] = x_is_valid_id_number__mutmut_25 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_26'] = x_is_valid_id_number__mutmut_26 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_27'] = x_is_valid_id_number__mutmut_27 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_28'] = x_is_valid_id_number__mutmut_28 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_29'] = x_is_valid_id_number__mutmut_29 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_30'] = x_is_valid_id_number__mutmut_30 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_31'] = x_is_valid_id_number__mutmut_31 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_32'] = x_is_valid_id_number__mutmut_32 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_33'] = x_is_valid_id_number__mutmut_33 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_34'] = x_is_valid_id_number__mutmut_34 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_35'] = x_is_valid_id_number__mutmut_35 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_36'] = x_is_valid_id_number__mutmut_36 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_37'] = x_is_valid_id_number__mutmut_37 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_luhn_ok__mutmut)
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


def x_luhn_ok__mutmut_orig(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_1(digits: str) -> bool:
    total = None
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_2(digits: str) -> bool:
    total = 1
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_3(digits: str) -> bool:
    total = 0
    for i, c in enumerate(None):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_4(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(None)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_5(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = None
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_6(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(None)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_7(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i / 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_8(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 3 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_9(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 != 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_10(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_11(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n = 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_12(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n /= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_13(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 3
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_14(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n >= 9:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_15(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 10:
                n -= 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_16(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n = 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_17(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n += 9
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_18(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 10
        total += n
    return total % 10 == 0


def x_luhn_ok__mutmut_19(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total = n
    return total % 10 == 0


def x_luhn_ok__mutmut_20(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total -= n
    return total % 10 == 0


def x_luhn_ok__mutmut_21(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total / 10 == 0


def x_luhn_ok__mutmut_22(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 11 == 0


def x_luhn_ok__mutmut_23(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 != 0


def x_luhn_ok__mutmut_24(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 1

mutants_x_luhn_ok__mutmut['_mutmut_orig'] = x_luhn_ok__mutmut_orig # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_1'] = x_luhn_ok__mutmut_1 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_2'] = x_luhn_ok__mutmut_2 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_3'] = x_luhn_ok__mutmut_3 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_4'] = x_luhn_ok__mutmut_4 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_5'] = x_luhn_ok__mutmut_5 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_6'] = x_luhn_ok__mutmut_6 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_7'] = x_luhn_ok__mutmut_7 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_8'] = x_luhn_ok__mutmut_8 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_9'] = x_luhn_ok__mutmut_9 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_10'] = x_luhn_ok__mutmut_10 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_11'] = x_luhn_ok__mutmut_11 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_12'] = x_luhn_ok__mutmut_12 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_13'] = x_luhn_ok__mutmut_13 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_14'] = x_luhn_ok__mutmut_14 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_15'] = x_luhn_ok__mutmut_15 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_16'] = x_luhn_ok__mutmut_16 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_17'] = x_luhn_ok__mutmut_17 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_18'] = x_luhn_ok__mutmut_18 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_19'] = x_luhn_ok__mutmut_19 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_20'] = x_luhn_ok__mutmut_20 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_21'] = x_luhn_ok__mutmut_21 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_22'] = x_luhn_ok__mutmut_22 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_23'] = x_luhn_ok__mutmut_23 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_24'] = x_luhn_ok__mutmut_24 # type: ignore # mutmut generated
mutants_x__digits__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__digits__mutmut)
def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def x__digits__mutmut_orig(value: str) -> str:
    return re.sub(r"\D", "", value)


def x__digits__mutmut_1(value: str) -> str:
    return re.sub(None, "", value)


def x__digits__mutmut_2(value: str) -> str:
    return re.sub(r"\D", None, value)


def x__digits__mutmut_3(value: str) -> str:
    return re.sub(r"\D", "", None)


def x__digits__mutmut_4(value: str) -> str:
    return re.sub("", value)


def x__digits__mutmut_5(value: str) -> str:
    return re.sub(r"\D", value)


def x__digits__mutmut_6(value: str) -> str:
    return re.sub(r"\D", "", )


def x__digits__mutmut_7(value: str) -> str:
    return re.sub(r"XX\DXX", "", value)


def x__digits__mutmut_8(value: str) -> str:
    return re.sub(r"\D", "XXXX", value)

mutants_x__digits__mutmut['_mutmut_orig'] = x__digits__mutmut_orig # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_1'] = x__digits__mutmut_1 # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_2'] = x__digits__mutmut_2 # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_3'] = x__digits__mutmut_3 # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_4'] = x__digits__mutmut_4 # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_5'] = x__digits__mutmut_5 # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_6'] = x__digits__mutmut_6 # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_7'] = x__digits__mutmut_7 # type: ignore # mutmut generated
mutants_x__digits__mutmut['x__digits__mutmut_8'] = x__digits__mutmut_8 # type: ignore # mutmut generated
mutants_x__candidates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__candidates__mutmut)
def _candidates(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_orig(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_1(text: str, today=None):
    for m in _ID_RE.finditer(None):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_2(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(None, today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_3(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), None):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_4(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_5(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), ):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_6(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 1, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_7(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "XXid_cardXX", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_8(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "ID_CARD", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_9(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(None):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_10(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = None
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_11(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(None)
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_12(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(None))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_13(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(2))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_14(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 or luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_15(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 14 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_16(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 < len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_17(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) < 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_18(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 20 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_19(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(None):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_20(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 2, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_21(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "XXbank_cardXX", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_22(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "BANK_CARD", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_23(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(None), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_24(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(2), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_25(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(None)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_26(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(2)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_27(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(None):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_28(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 3, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_29(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "XXmobileXX", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_30(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "MOBILE", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_31(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(None), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_32(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(2), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_33(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(None)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_34(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(2)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_35(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(None):
        yield 3, "email", m.start(), m.end()


def x__candidates__mutmut_36(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 4, "email", m.start(), m.end()


def x__candidates__mutmut_37(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "XXemailXX", m.start(), m.end()


def x__candidates__mutmut_38(text: str, today=None):
    for m in _ID_RE.finditer(text):
        if is_valid_id_number(m.group(), today):
            yield 0, "id_card", m.start(), m.end()
    for m in _BANK_RE.finditer(text):
        digits = _digits(m.group(1))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield 1, "bank_card", m.start(1), m.end(1)
    for m in _MOBILE_RE.finditer(text):
        yield 2, "mobile", m.start(1), m.end(1)
    for m in _EMAIL_RE.finditer(text):
        yield 3, "EMAIL", m.start(), m.end()

mutants_x__candidates__mutmut['_mutmut_orig'] = x__candidates__mutmut_orig # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_1'] = x__candidates__mutmut_1 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_2'] = x__candidates__mutmut_2 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_3'] = x__candidates__mutmut_3 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_4'] = x__candidates__mutmut_4 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_5'] = x__candidates__mutmut_5 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_6'] = x__candidates__mutmut_6 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_7'] = x__candidates__mutmut_7 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_8'] = x__candidates__mutmut_8 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_9'] = x__candidates__mutmut_9 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_10'] = x__candidates__mutmut_10 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_11'] = x__candidates__mutmut_11 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_12'] = x__candidates__mutmut_12 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_13'] = x__candidates__mutmut_13 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_14'] = x__candidates__mutmut_14 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_15'] = x__candidates__mutmut_15 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_16'] = x__candidates__mutmut_16 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_17'] = x__candidates__mutmut_17 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_18'] = x__candidates__mutmut_18 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_19'] = x__candidates__mutmut_19 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_20'] = x__candidates__mutmut_20 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_21'] = x__candidates__mutmut_21 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_22'] = x__candidates__mutmut_22 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_23'] = x__candidates__mutmut_23 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_24'] = x__candidates__mutmut_24 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_25'] = x__candidates__mutmut_25 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_26'] = x__candidates__mutmut_26 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_27'] = x__candidates__mutmut_27 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_28'] = x__candidates__mutmut_28 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_29'] = x__candidates__mutmut_29 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_30'] = x__candidates__mutmut_30 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_31'] = x__candidates__mutmut_31 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_32'] = x__candidates__mutmut_32 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_33'] = x__candidates__mutmut_33 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_34'] = x__candidates__mutmut_34 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_35'] = x__candidates__mutmut_35 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_36'] = x__candidates__mutmut_36 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_37'] = x__candidates__mutmut_37 # type: ignore # mutmut generated
mutants_x__candidates__mutmut['x__candidates__mutmut_38'] = x__candidates__mutmut_38 # type: ignore # mutmut generated
mutants_x_scan__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_scan__mutmut)
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


def x_scan__mutmut_orig(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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


def x_scan__mutmut_1(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if text:
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


def x_scan__mutmut_2(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = None
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


def x_scan__mutmut_3(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = None
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(_candidates(text, today)):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_4(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = []
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(None):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_5(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = []
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(_candidates(None, today)):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_6(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = []
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(_candidates(text, None)):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_7(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = []
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(_candidates(today)):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_8(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = []
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(_candidates(text, )):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_9(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = []
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(_candidates(text, today)):
        if any(None):
            continue
        taken.append((start, end))
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_10(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = []
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(_candidates(text, today)):
        if any(start < e or s < end for s, e in taken):
            continue
        taken.append((start, end))
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_11(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = []
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(_candidates(text, today)):
        if any(start <= e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_12(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = []
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(_candidates(text, today)):
        if any(start < e and s <= end for s, e in taken):
            continue
        taken.append((start, end))
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_13(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = []
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(_candidates(text, today)):
        if any(start < e and s < end for s, e in taken):
            break
        taken.append((start, end))
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_14(text: str, *, today: datetime.date | None = None) -> list[Hit]:
    """Every personal-information hit in `text`, in reading order, never overlapping."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits = []
    # Stronger evidence first: a valid ID number wins over a Luhn-valid digit run at the same place.
    for _, kind, start, end in sorted(_candidates(text, today)):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append(None)
        hits.append(
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_15(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            None
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_16(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(None, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_17(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, None, start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_18(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], None, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_19(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, None, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_20(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, end, None, text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_21(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], None)
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_22(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_23(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_24(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], end, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_25(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_26(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, end, text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_27(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], )
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_28(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, end, text[max(None, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_29(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, end, text[max(0, None):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_30(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, end, text[max(start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_31(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, end, text[max(0, ):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_32(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, end, text[max(1, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_33(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, end, text[max(0, start + CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_34(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
            Hit(kind, text[start:end], start, end, text[max(0, start - CONTEXT_CHARS):start], text[end:end - CONTEXT_CHARS])
        )
    return sorted(hits, key=lambda h: h.start)


def x_scan__mutmut_35(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
    return sorted(None, key=lambda h: h.start)


def x_scan__mutmut_36(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
    return sorted(hits, key=None)


def x_scan__mutmut_37(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
    return sorted(key=lambda h: h.start)


def x_scan__mutmut_38(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
    return sorted(hits, )


def x_scan__mutmut_39(text: str, *, today: datetime.date | None = None) -> list[Hit]:
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
    return sorted(hits, key=lambda h: None)

mutants_x_scan__mutmut['_mutmut_orig'] = x_scan__mutmut_orig # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_1'] = x_scan__mutmut_1 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_2'] = x_scan__mutmut_2 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_3'] = x_scan__mutmut_3 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_4'] = x_scan__mutmut_4 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_5'] = x_scan__mutmut_5 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_6'] = x_scan__mutmut_6 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_7'] = x_scan__mutmut_7 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_8'] = x_scan__mutmut_8 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_9'] = x_scan__mutmut_9 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_10'] = x_scan__mutmut_10 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_11'] = x_scan__mutmut_11 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_12'] = x_scan__mutmut_12 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_13'] = x_scan__mutmut_13 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_14'] = x_scan__mutmut_14 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_15'] = x_scan__mutmut_15 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_16'] = x_scan__mutmut_16 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_17'] = x_scan__mutmut_17 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_18'] = x_scan__mutmut_18 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_19'] = x_scan__mutmut_19 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_20'] = x_scan__mutmut_20 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_21'] = x_scan__mutmut_21 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_22'] = x_scan__mutmut_22 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_23'] = x_scan__mutmut_23 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_24'] = x_scan__mutmut_24 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_25'] = x_scan__mutmut_25 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_26'] = x_scan__mutmut_26 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_27'] = x_scan__mutmut_27 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_28'] = x_scan__mutmut_28 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_29'] = x_scan__mutmut_29 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_30'] = x_scan__mutmut_30 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_31'] = x_scan__mutmut_31 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_32'] = x_scan__mutmut_32 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_33'] = x_scan__mutmut_33 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_34'] = x_scan__mutmut_34 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_35'] = x_scan__mutmut_35 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_36'] = x_scan__mutmut_36 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_37'] = x_scan__mutmut_37 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_38'] = x_scan__mutmut_38 # type: ignore # mutmut generated
mutants_x_scan__mutmut['x_scan__mutmut_39'] = x_scan__mutmut_39 # type: ignore # mutmut generated
mutants_x_mask__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mask__mutmut)
def mask(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_orig(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_1(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind != "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_2(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "XXemailXX":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_3(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "EMAIL":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_4(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = None
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_5(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition(None)
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_6(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.rpartition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_7(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("XX@XX")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_8(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:2]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_9(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = None
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_10(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if (kind != "id_card") and False else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_11(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if (kind != "id_card") or True else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_12(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(None) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_13(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind == "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_14(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "XXid_cardXX" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_15(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "ID_CARD" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_16(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind != "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_17(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "XXmobileXX":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_18(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "MOBILE":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_19(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" - digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_20(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] - "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_21(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:4] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_22(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "XX****XX" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_23(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[+4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_24(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-5:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_25(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = None
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_26(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 5
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_27(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) < keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_28(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep / 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_29(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 3:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_30(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" / len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_31(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "XX*XX" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_32(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) - digits[-keep:]


def x_mask__mutmut_33(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] - "*" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_34(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" / (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_35(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "XX*XX" * (len(digits) - 2 * keep) + digits[-keep:]


def x_mask__mutmut_36(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) + 2 * keep) + digits[-keep:]


def x_mask__mutmut_37(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 / keep) + digits[-keep:]


def x_mask__mutmut_38(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 3 * keep) + digits[-keep:]


def x_mask__mutmut_39(value: str, kind: str) -> str:
    """Hide the middle of a value: 6401**********1234, 138****5678, 6222***********0123, z***@example.com."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = _digits(value) if kind != "id_card" else value
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    keep = 4
    if len(digits) <= keep * 2:
        return "*" * len(digits)
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[+keep:]

mutants_x_mask__mutmut['_mutmut_orig'] = x_mask__mutmut_orig # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_1'] = x_mask__mutmut_1 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_2'] = x_mask__mutmut_2 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_3'] = x_mask__mutmut_3 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_4'] = x_mask__mutmut_4 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_5'] = x_mask__mutmut_5 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_6'] = x_mask__mutmut_6 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_7'] = x_mask__mutmut_7 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_8'] = x_mask__mutmut_8 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_9'] = x_mask__mutmut_9 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_10'] = x_mask__mutmut_10 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_11'] = x_mask__mutmut_11 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_12'] = x_mask__mutmut_12 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_13'] = x_mask__mutmut_13 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_14'] = x_mask__mutmut_14 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_15'] = x_mask__mutmut_15 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_16'] = x_mask__mutmut_16 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_17'] = x_mask__mutmut_17 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_18'] = x_mask__mutmut_18 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_19'] = x_mask__mutmut_19 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_20'] = x_mask__mutmut_20 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_21'] = x_mask__mutmut_21 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_22'] = x_mask__mutmut_22 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_23'] = x_mask__mutmut_23 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_24'] = x_mask__mutmut_24 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_25'] = x_mask__mutmut_25 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_26'] = x_mask__mutmut_26 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_27'] = x_mask__mutmut_27 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_28'] = x_mask__mutmut_28 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_29'] = x_mask__mutmut_29 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_30'] = x_mask__mutmut_30 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_31'] = x_mask__mutmut_31 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_32'] = x_mask__mutmut_32 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_33'] = x_mask__mutmut_33 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_34'] = x_mask__mutmut_34 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_35'] = x_mask__mutmut_35 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_36'] = x_mask__mutmut_36 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_37'] = x_mask__mutmut_37 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_38'] = x_mask__mutmut_38 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_39'] = x_mask__mutmut_39 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mask_in_text__mutmut)
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


def x_mask_in_text__mutmut_orig(text: str, value: str, kind: str) -> tuple[str, int]:
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


def x_mask_in_text__mutmut_1(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text and not value:
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


def x_mask_in_text__mutmut_2(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if text or not value:
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


def x_mask_in_text__mutmut_3(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or value:
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


def x_mask_in_text__mutmut_4(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 1
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_5(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = None
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_6(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 1, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_7(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 1
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_8(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(None):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_9(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind or hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_10(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind != kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_11(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value != value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_12(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(None)
            parts.append(mask(value, kind))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_13(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(None)
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_14(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(None, kind))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_15(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, None))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_16(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(kind))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_17(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, ))
            last = hit.end
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_18(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = None
            count += 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_19(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = hit.end
            count = 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_20(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = hit.end
            count -= 1
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_21(text: str, value: str, kind: str) -> tuple[str, int]:
    """Replace every occurrence of `value` that the detector finds in `text` by its mask."""
    if not text or not value:
        return text, 0
    parts, last, count = [], 0, 0
    for hit in scan(text):
        if hit.kind == kind and hit.value == value:
            parts.append(text[last:hit.start])
            parts.append(mask(value, kind))
            last = hit.end
            count += 2
    parts.append(text[last:])
    return "".join(parts), count


def x_mask_in_text__mutmut_22(text: str, value: str, kind: str) -> tuple[str, int]:
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
    parts.append(None)
    return "".join(parts), count


def x_mask_in_text__mutmut_23(text: str, value: str, kind: str) -> tuple[str, int]:
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
    return "".join(None), count


def x_mask_in_text__mutmut_24(text: str, value: str, kind: str) -> tuple[str, int]:
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
    return "XXXX".join(parts), count

mutants_x_mask_in_text__mutmut['_mutmut_orig'] = x_mask_in_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_1'] = x_mask_in_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_2'] = x_mask_in_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_3'] = x_mask_in_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_4'] = x_mask_in_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_5'] = x_mask_in_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_6'] = x_mask_in_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_7'] = x_mask_in_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_8'] = x_mask_in_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_9'] = x_mask_in_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_10'] = x_mask_in_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_11'] = x_mask_in_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_12'] = x_mask_in_text__mutmut_12 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_13'] = x_mask_in_text__mutmut_13 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_14'] = x_mask_in_text__mutmut_14 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_15'] = x_mask_in_text__mutmut_15 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_16'] = x_mask_in_text__mutmut_16 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_17'] = x_mask_in_text__mutmut_17 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_18'] = x_mask_in_text__mutmut_18 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_19'] = x_mask_in_text__mutmut_19 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_20'] = x_mask_in_text__mutmut_20 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_21'] = x_mask_in_text__mutmut_21 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_22'] = x_mask_in_text__mutmut_22 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_23'] = x_mask_in_text__mutmut_23 # type: ignore # mutmut generated
mutants_x_mask_in_text__mutmut['x_mask_in_text__mutmut_24'] = x_mask_in_text__mutmut_24 # type: ignore # mutmut generated
