"""Bundled holiday data: the national calendar from `chinese_calendar` and regional JSON files."""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

from zwgk.workdays.calendar import OFF, WORKDAY, Layer

DATA_DIR = Path(__file__).parent / "data"
NATIONAL = "全国"

# chinese_calendar names its holidays in English; notices use these names.
HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__zh__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__zh__mutmut)
def _zh(name: str) -> str:
    return HOLIDAY_NAMES.get(name, name)


def x__zh__mutmut_orig(name: str) -> str:
    return HOLIDAY_NAMES.get(name, name)


def x__zh__mutmut_1(name: str) -> str:
    return HOLIDAY_NAMES.get(None, name)


def x__zh__mutmut_2(name: str) -> str:
    return HOLIDAY_NAMES.get(name, None)


def x__zh__mutmut_3(name: str) -> str:
    return HOLIDAY_NAMES.get(name)


def x__zh__mutmut_4(name: str) -> str:
    return HOLIDAY_NAMES.get(name, )

mutants_x__zh__mutmut['_mutmut_orig'] = x__zh__mutmut_orig # type: ignore # mutmut generated
mutants_x__zh__mutmut['x__zh__mutmut_1'] = x__zh__mutmut_1 # type: ignore # mutmut generated
mutants_x__zh__mutmut['x__zh__mutmut_2'] = x__zh__mutmut_2 # type: ignore # mutmut generated
mutants_x__zh__mutmut['x__zh__mutmut_3'] = x__zh__mutmut_3 # type: ignore # mutmut generated
mutants_x__zh__mutmut['x__zh__mutmut_4'] = x__zh__mutmut_4 # type: ignore # mutmut generated


@lru_cache(maxsize=1)
def national_layer() -> Layer:
    """State Council holidays and make-up workdays for the years chinese_calendar covers (2004–2026)."""
    from chinese_calendar import constants

    days = {}
    for day, name in constants.holidays.items():
        days[day] = (OFF, _zh(name))
    for day, name in constants.workdays.items():
        days[day] = (WORKDAY, _zh(name))
    years = frozenset(range(min(constants.holidays).year, max(constants.holidays).year + 1))
    sources = {year: f"《国务院办公厅关于{year}年部分节假日安排的通知》（chinesecalendar 数据）" for year in years}
    return Layer(NATIONAL, days, years, True, sources)
mutants_x_source_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_source_text__mutmut)
def source_text(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_orig(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_1(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_2(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source and ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_3(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or "XXXX"
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_4(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = None
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_5(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(None)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_6(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "XX，XX".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_7(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(None) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_8(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get(None), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_9(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("XXdoc_numberXX"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_10(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("DOC_NUMBER"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_11(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get(None)) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_12(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("XXissued_onXX")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_13(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("ISSUED_ON")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_14(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if (extra) and False else source.get("title", "")


def x_source_text__mutmut_15(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if (extra) or True else source.get("title", "")


def x_source_text__mutmut_16(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get(None, '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_17(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', None)}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_18(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_19(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', )}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_20(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('XXtitleXX', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_21(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('TITLE', '')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_22(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', 'XXXX')}（{extra}）" if extra else source.get("title", "")


def x_source_text__mutmut_23(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get(None, "")


def x_source_text__mutmut_24(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", None)


def x_source_text__mutmut_25(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("")


def x_source_text__mutmut_26(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", )


def x_source_text__mutmut_27(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("XXtitleXX", "")


def x_source_text__mutmut_28(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("TITLE", "")


def x_source_text__mutmut_29(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "XXXX")

mutants_x_source_text__mutmut['_mutmut_orig'] = x_source_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_1'] = x_source_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_2'] = x_source_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_3'] = x_source_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_4'] = x_source_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_5'] = x_source_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_6'] = x_source_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_7'] = x_source_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_8'] = x_source_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_9'] = x_source_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_10'] = x_source_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_11'] = x_source_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_12'] = x_source_text__mutmut_12 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_13'] = x_source_text__mutmut_13 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_14'] = x_source_text__mutmut_14 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_15'] = x_source_text__mutmut_15 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_16'] = x_source_text__mutmut_16 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_17'] = x_source_text__mutmut_17 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_18'] = x_source_text__mutmut_18 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_19'] = x_source_text__mutmut_19 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_20'] = x_source_text__mutmut_20 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_21'] = x_source_text__mutmut_21 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_22'] = x_source_text__mutmut_22 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_23'] = x_source_text__mutmut_23 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_24'] = x_source_text__mutmut_24 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_25'] = x_source_text__mutmut_25 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_26'] = x_source_text__mutmut_26 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_27'] = x_source_text__mutmut_27 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_28'] = x_source_text__mutmut_28 # type: ignore # mutmut generated
mutants_x_source_text__mutmut['x_source_text__mutmut_29'] = x_source_text__mutmut_29 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_region_file__mutmut)
def load_region_file(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_orig(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_1(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = None
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_2(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(None)
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_3(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding=None))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_4(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(None).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_5(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="XXutf-8XX"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_6(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="UTF-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_7(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = None
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_8(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get(None, {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_9(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", None).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_10(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get({}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_11(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", ).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_12(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("XXyearsXX", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_13(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("YEARS", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_14(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = None
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_15(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(None)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_16(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(None)
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_17(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get(None, ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_18(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", None))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_19(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get(""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_20(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_21(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("XXsourceXX", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_22(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("SOURCE", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_23(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", "XXXX"))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_24(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "XXdays_offXX"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_25(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "DAYS_OFF"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_26(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "XXworkdaysXX")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_27(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "WORKDAYS")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_28(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(None, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_29(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, None).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_30(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get({}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_31(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, ).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_32(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = None
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_33(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(None)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_34(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = None
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_35(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(None)
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_36(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(None) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_37(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get(None, {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_38(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", None))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_39(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get({}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_40(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", ))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_41(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("XXyearsXX", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_42(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("YEARS", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_43(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(None, days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_44(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], None, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_45(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, None, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_46(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, None, sources)


def x_load_region_file__mutmut_47(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), None)


def x_load_region_file__mutmut_48(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_49(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_50(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_51(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, sources)


def x_load_region_file__mutmut_52(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), )


def x_load_region_file__mutmut_53(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["XXregionXX"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_54(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["REGION"], days, years, bool(data.get("yearly", True)), sources)


def x_load_region_file__mutmut_55(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(None), sources)


def x_load_region_file__mutmut_56(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get(None, True)), sources)


def x_load_region_file__mutmut_57(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", None)), sources)


def x_load_region_file__mutmut_58(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get(True)), sources)


def x_load_region_file__mutmut_59(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", )), sources)


def x_load_region_file__mutmut_60(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("XXyearlyXX", True)), sources)


def x_load_region_file__mutmut_61(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("YEARLY", True)), sources)


def x_load_region_file__mutmut_62(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source", ""))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", False)), sources)

mutants_x_load_region_file__mutmut['_mutmut_orig'] = x_load_region_file__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_1'] = x_load_region_file__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_2'] = x_load_region_file__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_3'] = x_load_region_file__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_4'] = x_load_region_file__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_5'] = x_load_region_file__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_6'] = x_load_region_file__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_7'] = x_load_region_file__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_8'] = x_load_region_file__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_9'] = x_load_region_file__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_10'] = x_load_region_file__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_11'] = x_load_region_file__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_12'] = x_load_region_file__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_13'] = x_load_region_file__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_14'] = x_load_region_file__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_15'] = x_load_region_file__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_16'] = x_load_region_file__mutmut_16 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_17'] = x_load_region_file__mutmut_17 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_18'] = x_load_region_file__mutmut_18 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_19'] = x_load_region_file__mutmut_19 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_20'] = x_load_region_file__mutmut_20 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_21'] = x_load_region_file__mutmut_21 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_22'] = x_load_region_file__mutmut_22 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_23'] = x_load_region_file__mutmut_23 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_24'] = x_load_region_file__mutmut_24 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_25'] = x_load_region_file__mutmut_25 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_26'] = x_load_region_file__mutmut_26 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_27'] = x_load_region_file__mutmut_27 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_28'] = x_load_region_file__mutmut_28 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_29'] = x_load_region_file__mutmut_29 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_30'] = x_load_region_file__mutmut_30 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_31'] = x_load_region_file__mutmut_31 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_32'] = x_load_region_file__mutmut_32 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_33'] = x_load_region_file__mutmut_33 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_34'] = x_load_region_file__mutmut_34 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_35'] = x_load_region_file__mutmut_35 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_36'] = x_load_region_file__mutmut_36 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_37'] = x_load_region_file__mutmut_37 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_38'] = x_load_region_file__mutmut_38 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_39'] = x_load_region_file__mutmut_39 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_40'] = x_load_region_file__mutmut_40 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_41'] = x_load_region_file__mutmut_41 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_42'] = x_load_region_file__mutmut_42 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_43'] = x_load_region_file__mutmut_43 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_44'] = x_load_region_file__mutmut_44 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_45'] = x_load_region_file__mutmut_45 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_46'] = x_load_region_file__mutmut_46 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_47'] = x_load_region_file__mutmut_47 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_48'] = x_load_region_file__mutmut_48 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_49'] = x_load_region_file__mutmut_49 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_50'] = x_load_region_file__mutmut_50 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_51'] = x_load_region_file__mutmut_51 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_52'] = x_load_region_file__mutmut_52 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_53'] = x_load_region_file__mutmut_53 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_54'] = x_load_region_file__mutmut_54 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_55'] = x_load_region_file__mutmut_55 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_56'] = x_load_region_file__mutmut_56 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_57'] = x_load_region_file__mutmut_57 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_58'] = x_load_region_file__mutmut_58 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_59'] = x_load_region_file__mutmut_59 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_60'] = x_load_region_file__mutmut_60 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_61'] = x_load_region_file__mutmut_61 # type: ignore # mutmut generated
mutants_x_load_region_file__mutmut['x_load_region_file__mutmut_62'] = x_load_region_file__mutmut_62 # type: ignore # mutmut generated


@lru_cache(maxsize=1)
def regional_layers() -> dict:
    """Bundled regional layers by region name (宁夏回族自治区 → Layer)."""
    layers = {}
    for path in sorted(DATA_DIR.glob("*.json")):
        layer = load_region_file(path)
        layers[layer.name] = layers[layer.name].merged_with(layer) if layer.name in layers else layer
    return layers
mutants_x_split_region__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_split_region__mutmut)
def split_region(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", "/").split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_orig(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", "/").split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_1(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", "/").split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_2(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = None
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_3(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", "/").split(None)
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_4(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace(None, "/").split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_5(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", None).split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_6(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("/").split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_7(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", ).split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_8(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("XX／XX", "/").split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_9(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", "XX/XX").split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_10(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", "/").split("XX/XX")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_11(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", "/").split("/")
    else:
        parts = None
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_12(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", "/").split("/")
    else:
        parts = list(None)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_13(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", "/").split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() or p.strip() != NATIONAL]


def x_split_region__mutmut_14(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", "/").split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p or p.strip() and p.strip() != NATIONAL]


def x_split_region__mutmut_15(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", "/").split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() == NATIONAL]

mutants_x_split_region__mutmut['_mutmut_orig'] = x_split_region__mutmut_orig # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_1'] = x_split_region__mutmut_1 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_2'] = x_split_region__mutmut_2 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_3'] = x_split_region__mutmut_3 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_4'] = x_split_region__mutmut_4 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_5'] = x_split_region__mutmut_5 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_6'] = x_split_region__mutmut_6 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_7'] = x_split_region__mutmut_7 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_8'] = x_split_region__mutmut_8 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_9'] = x_split_region__mutmut_9 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_10'] = x_split_region__mutmut_10 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_11'] = x_split_region__mutmut_11 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_12'] = x_split_region__mutmut_12 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_13'] = x_split_region__mutmut_13 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_14'] = x_split_region__mutmut_14 # type: ignore # mutmut generated
mutants_x_split_region__mutmut['x_split_region__mutmut_15'] = x_split_region__mutmut_15 # type: ignore # mutmut generated
