"""Region names: a full name, a short name (宁夏) or a city/county the data knows (银川市)
resolves to one canonical path ('宁夏回族自治区/银川市'); anything else is an error naming the
known regions. Plain Python: the registry is zwgk/workdays/regions.json.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from zwgk.workdays.calendar import WorkdaysError

REGISTRY_PATH = Path(__file__).parent / "regions.json"
NATIONAL_NAMES = ("", "全国", "中国", "全国通用")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class UnknownRegionError(WorkdaysError):
    """A region name that resolves to nothing the data knows, or to more than one place."""


@dataclass(frozen=True)
class Registry:
    """Canonical paths by every name that may refer to them, plus the provinces in order."""

    paths: dict  # name or short name -> tuple of canonical paths (tuples of parts)
    provinces: tuple  # full provincial names, registry order
    regional: frozenset  # names whose own yearly notice adds days off (宁夏回族自治区, …)
mutants_x__add__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__add__mutmut)
def _add(index: dict, name: str, path: tuple) -> None:
    found = index.setdefault(name, [])
    if path not in found:
        found.append(path)


def x__add__mutmut_orig(index: dict, name: str, path: tuple) -> None:
    found = index.setdefault(name, [])
    if path not in found:
        found.append(path)


def x__add__mutmut_1(index: dict, name: str, path: tuple) -> None:
    found = None
    if path not in found:
        found.append(path)


def x__add__mutmut_2(index: dict, name: str, path: tuple) -> None:
    found = index.setdefault(None, [])
    if path not in found:
        found.append(path)


def x__add__mutmut_3(index: dict, name: str, path: tuple) -> None:
    found = index.setdefault(name, None)
    if path not in found:
        found.append(path)


def x__add__mutmut_4(index: dict, name: str, path: tuple) -> None:
    found = index.setdefault([])
    if path not in found:
        found.append(path)


def x__add__mutmut_5(index: dict, name: str, path: tuple) -> None:
    found = index.setdefault(name, )
    if path not in found:
        found.append(path)


def x__add__mutmut_6(index: dict, name: str, path: tuple) -> None:
    found = index.setdefault(name, [])
    if path in found:
        found.append(path)


def x__add__mutmut_7(index: dict, name: str, path: tuple) -> None:
    found = index.setdefault(name, [])
    if path not in found:
        found.append(None)

mutants_x__add__mutmut['_mutmut_orig'] = x__add__mutmut_orig # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_1'] = x__add__mutmut_1 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_2'] = x__add__mutmut_2 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_3'] = x__add__mutmut_3 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_4'] = x__add__mutmut_4 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_5'] = x__add__mutmut_5 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_6'] = x__add__mutmut_6 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_7'] = x__add__mutmut_7 # type: ignore # mutmut generated


@lru_cache(maxsize=1)
def registry() -> Registry:
    """The bundled registry (read once)."""
    data = json.loads(REGISTRY_PATH.read_text(encoding="utf-8"))
    index: dict = {}
    provinces, regional = [], set()
    for entry in data["regions"]:
        province = entry["name"]
        provinces.append(province)
        if entry.get("regional_holidays"):
            regional.add(province)
        _add(index, province, (province,))
        for short in entry.get("short", ()):
            _add(index, short, (province,))
        for city, counties in entry.get("children", {}).items():
            _add(index, city, (province, city))
            for county in counties:
                _add(index, county, (province, city, county))
    return Registry({k: tuple(v) for k, v in index.items()}, tuple(provinces), frozenset(regional))
mutants_x__parts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parts__mutmut)
def _parts(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("／", "/").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_orig(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("／", "/").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_1(text) -> list:
    if text is not None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("／", "/").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_2(text) -> list:
    if text is None:
        return []
    if isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("／", "/").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_3(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = None
    parts = [p.strip() for p in text.replace("／", "/").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_4(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(None)
    parts = [p.strip() for p in text.replace("／", "/").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_5(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "XX/XX".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("／", "/").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_6(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(None) for p in text)
    parts = [p.strip() for p in text.replace("／", "/").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_7(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = None
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_8(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("／", "/").split(None)]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_9(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace(None, "/").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_10(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("／", None).split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_11(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("/").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_12(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("／", ).split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_13(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("XX／XX", "/").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_14(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("／", "XX/XX").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_15(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("／", "/").split("XX/XX")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def x__parts__mutmut_16(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("／", "/").split("/")]
    return [p for p in parts if p in NATIONAL_NAMES]

mutants_x__parts__mutmut['_mutmut_orig'] = x__parts__mutmut_orig # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_1'] = x__parts__mutmut_1 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_2'] = x__parts__mutmut_2 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_3'] = x__parts__mutmut_3 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_4'] = x__parts__mutmut_4 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_5'] = x__parts__mutmut_5 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_6'] = x__parts__mutmut_6 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_7'] = x__parts__mutmut_7 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_8'] = x__parts__mutmut_8 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_9'] = x__parts__mutmut_9 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_10'] = x__parts__mutmut_10 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_11'] = x__parts__mutmut_11 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_12'] = x__parts__mutmut_12 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_13'] = x__parts__mutmut_13 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_14'] = x__parts__mutmut_14 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_15'] = x__parts__mutmut_15 # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_16'] = x__parts__mutmut_16 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_known_names_text__mutmut)
def known_names_text(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(set(extra) - set(registry().provinces))
    return ("可用的地区：" + "、".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_orig(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(set(extra) - set(registry().provinces))
    return ("可用的地区：" + "、".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_1(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = None
    return ("可用的地区：" + "、".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_2(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) - sorted(set(extra) - set(registry().provinces))
    return ("可用的地区：" + "、".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_3(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(None) + sorted(set(extra) - set(registry().provinces))
    return ("可用的地区：" + "、".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_4(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(None)
    return ("可用的地区：" + "、".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_5(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(set(extra) + set(registry().provinces))
    return ("可用的地区：" + "、".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_6(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(set(None) - set(registry().provinces))
    return ("可用的地区：" + "、".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_7(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(set(extra) - set(None))
    return ("可用的地区：" + "、".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_8(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(set(extra) - set(registry().provinces))
    return ("可用的地区：" + "、".join(names) - "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_9(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(set(extra) - set(registry().provinces))
    return ("可用的地区：" - "、".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_10(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(set(extra) - set(registry().provinces))
    return ("XX可用的地区：XX" + "、".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_11(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(set(extra) - set(registry().provinces))
    return ("可用的地区：" + "、".join(None)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_12(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(set(extra) - set(registry().provinces))
    return ("可用的地区：" + "XX、XX".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


def x_known_names_text__mutmut_13(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(set(extra) - set(registry().provinces))
    return ("可用的地区：" + "、".join(names)
            + "XX；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）XX")

mutants_x_known_names_text__mutmut['_mutmut_orig'] = x_known_names_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_1'] = x_known_names_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_2'] = x_known_names_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_3'] = x_known_names_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_4'] = x_known_names_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_5'] = x_known_names_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_6'] = x_known_names_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_7'] = x_known_names_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_8'] = x_known_names_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_9'] = x_known_names_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_10'] = x_known_names_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_11'] = x_known_names_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_12'] = x_known_names_text__mutmut_12 # type: ignore # mutmut generated
mutants_x_known_names_text__mutmut['x_known_names_text__mutmut_13'] = x_known_names_text__mutmut_13 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_resolve_region__mutmut)
def resolve_region(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_orig(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_1(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = None
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_2(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(None)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_3(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_4(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return "XXXX"
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_5(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = None
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_6(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = None

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_7(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(None)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_8(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = None
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_9(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(None)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_10(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") or name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_11(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None or not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_12(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is not None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_13(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_14(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith(None) and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_15(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("XX市XX") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_16(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name - "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_17(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "XX市XX" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_18(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" not in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_19(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = None  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_20(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name - "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_21(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "XX市XX"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_22(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None or name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_23(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is not None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_24(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name not in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_25(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = None
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_26(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = None
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_27(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(None)
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_28(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[+1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_29(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-2])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_30(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_31(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(None)
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_32(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[+1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_33(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-2]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_34(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(None)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_35(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = None
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_36(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(None)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_37(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:+1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_38(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-2]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_39(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = None
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_40(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(None)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_41(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_42(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(None)
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_43(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(None)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_44(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = None
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_45(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(None)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_46(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o or len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_47(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] != o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_48(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) <= len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_49(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_50(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(None)
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_51(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[+1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_52(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-2]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_53(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) >= 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_54(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 2:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_55(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = None
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_56(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join(None)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_57(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "XX、XX".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_58(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(None) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_59(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("XX/XX".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_60(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(None)
    return "/".join(matches[0])


def x_resolve_region__mutmut_61(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[+1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_62(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-2]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_63(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(None)}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_64(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'XX/XX'.join(matches[0])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_65(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[1])}")
    return "/".join(matches[0])


def x_resolve_region__mutmut_66(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(None)


def x_resolve_region__mutmut_67(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "XX/XX".join(matches[0])


def x_resolve_region__mutmut_68(text, extra=()) -> str:
    """The canonical path of `text` ('' for national); raises UnknownRegionError.

    `extra` are single region names known outside the registry (a layer registered at run
    time, or a region whose days staff entered); they resolve to themselves.
    """
    parts = _parts(text)
    if not parts:
        return ""
    reg = registry()
    extra = set(extra)

    def candidates(name):
        found = reg.paths.get(name)
        if found is None and not name.endswith("市") and name + "市" in reg.paths:
            found = reg.paths[name + "市"]  # 银川 → 银川市
        if found is None and name in extra:
            found = ((name,),)
        return found

    last = candidates(parts[-1])
    if not last:
        raise UnknownRegionError(f"未知地区“{parts[-1]}”。{known_names_text(extra)}")
    matches = list(last)
    for earlier in parts[:-1]:
        outer = candidates(earlier)
        if not outer:
            raise UnknownRegionError(f"未知地区“{earlier}”。{known_names_text(extra)}")
        matches = [m for m in matches if any(m[:len(o)] == o and len(o) < len(m) for o in outer)]
        if not matches:
            raise UnknownRegionError(f"“{parts[-1]}”不在“{earlier}”之下，请检查地区写法")
    if len(matches) > 1:
        options = "、".join("/".join(m) for m in matches)
        raise UnknownRegionError(f"地区“{parts[-1]}”有多个同名地方：{options}；请写出上级地区，如 {'/'.join(matches[0])}")
    return "/".join(matches[1])

mutants_x_resolve_region__mutmut['_mutmut_orig'] = x_resolve_region__mutmut_orig # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_1'] = x_resolve_region__mutmut_1 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_2'] = x_resolve_region__mutmut_2 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_3'] = x_resolve_region__mutmut_3 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_4'] = x_resolve_region__mutmut_4 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_5'] = x_resolve_region__mutmut_5 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_6'] = x_resolve_region__mutmut_6 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_7'] = x_resolve_region__mutmut_7 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_8'] = x_resolve_region__mutmut_8 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_9'] = x_resolve_region__mutmut_9 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_10'] = x_resolve_region__mutmut_10 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_11'] = x_resolve_region__mutmut_11 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_12'] = x_resolve_region__mutmut_12 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_13'] = x_resolve_region__mutmut_13 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_14'] = x_resolve_region__mutmut_14 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_15'] = x_resolve_region__mutmut_15 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_16'] = x_resolve_region__mutmut_16 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_17'] = x_resolve_region__mutmut_17 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_18'] = x_resolve_region__mutmut_18 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_19'] = x_resolve_region__mutmut_19 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_20'] = x_resolve_region__mutmut_20 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_21'] = x_resolve_region__mutmut_21 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_22'] = x_resolve_region__mutmut_22 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_23'] = x_resolve_region__mutmut_23 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_24'] = x_resolve_region__mutmut_24 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_25'] = x_resolve_region__mutmut_25 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_26'] = x_resolve_region__mutmut_26 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_27'] = x_resolve_region__mutmut_27 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_28'] = x_resolve_region__mutmut_28 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_29'] = x_resolve_region__mutmut_29 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_30'] = x_resolve_region__mutmut_30 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_31'] = x_resolve_region__mutmut_31 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_32'] = x_resolve_region__mutmut_32 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_33'] = x_resolve_region__mutmut_33 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_34'] = x_resolve_region__mutmut_34 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_35'] = x_resolve_region__mutmut_35 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_36'] = x_resolve_region__mutmut_36 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_37'] = x_resolve_region__mutmut_37 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_38'] = x_resolve_region__mutmut_38 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_39'] = x_resolve_region__mutmut_39 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_40'] = x_resolve_region__mutmut_40 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_41'] = x_resolve_region__mutmut_41 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_42'] = x_resolve_region__mutmut_42 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_43'] = x_resolve_region__mutmut_43 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_44'] = x_resolve_region__mutmut_44 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_45'] = x_resolve_region__mutmut_45 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_46'] = x_resolve_region__mutmut_46 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_47'] = x_resolve_region__mutmut_47 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_48'] = x_resolve_region__mutmut_48 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_49'] = x_resolve_region__mutmut_49 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_50'] = x_resolve_region__mutmut_50 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_51'] = x_resolve_region__mutmut_51 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_52'] = x_resolve_region__mutmut_52 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_53'] = x_resolve_region__mutmut_53 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_54'] = x_resolve_region__mutmut_54 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_55'] = x_resolve_region__mutmut_55 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_56'] = x_resolve_region__mutmut_56 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_57'] = x_resolve_region__mutmut_57 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_58'] = x_resolve_region__mutmut_58 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_59'] = x_resolve_region__mutmut_59 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_60'] = x_resolve_region__mutmut_60 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_61'] = x_resolve_region__mutmut_61 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_62'] = x_resolve_region__mutmut_62 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_63'] = x_resolve_region__mutmut_63 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_64'] = x_resolve_region__mutmut_64 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_65'] = x_resolve_region__mutmut_65 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_66'] = x_resolve_region__mutmut_66 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_67'] = x_resolve_region__mutmut_67 # type: ignore # mutmut generated
mutants_x_resolve_region__mutmut['x_resolve_region__mutmut_68'] = x_resolve_region__mutmut_68 # type: ignore # mutmut generated
mutants_x_regional_holidays__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_regional_holidays__mutmut)
def regional_holidays(name: str) -> bool:
    """True for a region known to publish its own yearly days off (its notice must be imported)."""
    return name in registry().regional


def x_regional_holidays__mutmut_orig(name: str) -> bool:
    """True for a region known to publish its own yearly days off (its notice must be imported)."""
    return name in registry().regional


def x_regional_holidays__mutmut_1(name: str) -> bool:
    """True for a region known to publish its own yearly days off (its notice must be imported)."""
    return name not in registry().regional

mutants_x_regional_holidays__mutmut['_mutmut_orig'] = x_regional_holidays__mutmut_orig # type: ignore # mutmut generated
mutants_x_regional_holidays__mutmut['x_regional_holidays__mutmut_1'] = x_regional_holidays__mutmut_1 # type: ignore # mutmut generated
