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


class UnknownRegionError(WorkdaysError):
    """A region name that resolves to nothing the data knows, or to more than one place."""


@dataclass(frozen=True)
class Registry:
    """Canonical paths by every name that may refer to them, plus the provinces in order."""

    paths: dict  # name or short name -> tuple of canonical paths (tuples of parts)
    provinces: tuple  # full provincial names, registry order
    regional: frozenset  # names whose own yearly notice adds days off (宁夏回族自治区, …)


def _add(index: dict, name: str, path: tuple) -> None:
    found = index.setdefault(name, [])
    if path not in found:
        found.append(path)


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


def _parts(text) -> list:
    if text is None:
        return []
    if not isinstance(text, str):
        text = "/".join(str(p) for p in text)
    parts = [p.strip() for p in text.replace("／", "/").split("/")]
    return [p for p in parts if p not in NATIONAL_NAMES]


def known_names_text(extra=()) -> str:
    """The sentence every unknown-region error ends with."""
    names = list(registry().provinces) + sorted(set(extra) - set(registry().provinces))
    return ("可用的地区：" + "、".join(names)
            + "；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）")


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


def regional_holidays(name: str) -> bool:
    """True for a region known to publish its own yearly days off (its notice must be imported)."""
    return name in registry().regional
