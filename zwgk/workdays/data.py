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


def _zh(name: str) -> str:
    return HOLIDAY_NAMES.get(name, name)


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


def source_text(source) -> str:
    """A bundled year's source as one line: 《title》（文号，date）; a plain string is kept."""
    if not isinstance(source, dict):
        return source or ""
    extra = "，".join(str(v) for v in (source.get("doc_number"), source.get("issued_on")) if v)
    return f"{source.get('title', '')}（{extra}）" if extra else source.get("title", "")


def load_region_file(path: Path) -> Layer:
    """Read one regional data file (see data/ningxia.json for the shape)."""
    # Bytes: json decodes UTF-8 (with or without a BOM) itself, whatever the locale says.
    data = json.loads(Path(path).read_bytes())
    days, sources = {}, {}
    for year, entry in data.get("years", {}).items():
        sources[int(year)] = source_text(entry.get("source"))
        for kind, key in ((OFF, "days_off"), (WORKDAY, "workdays")):
            for iso, name in entry.get(key, {}).items():
                days[dt.date.fromisoformat(iso)] = (kind, name)
    years = frozenset(int(y) for y in data.get("years", {}))
    return Layer(data["region"], days, years, bool(data.get("yearly", True)), sources)


@lru_cache(maxsize=1)
def regional_layers() -> dict:
    """Bundled regional layers by region name (宁夏回族自治区 → Layer)."""
    layers = {}
    for path in sorted(DATA_DIR.glob("*.json")):
        layer = load_region_file(path)
        layers[layer.name] = layers[layer.name].merged_with(layer) if layer.name in layers else layer
    return layers


def split_region(region) -> list:
    """'宁夏回族自治区/银川市' → ['宁夏回族自治区', '银川市']; a list or tuple is taken as is."""
    if not region:
        return []
    if isinstance(region, str):
        parts = region.replace("／", "/").split("/")
    else:
        parts = list(region)
    return [p.strip() for p in parts if p and p.strip() and p.strip() != NATIONAL]
