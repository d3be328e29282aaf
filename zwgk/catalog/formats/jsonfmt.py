"""The JSON interchange format (documented by docs/catalog.schema.json).

    {"format": "zwgk-catalog", "version": 1,
     "catalog": {"title", "year", "agency", "responsible_unit", "filled_by", "reviewed_by",
                 "signed_by", "filled_on", "declared"},
     "items": [{"category", "name", "path", "elements": [{"name", "type", "required"}], "basis",
                "deadline": {"text", "rule": {"kind", "days", "day_type", "event", ...}}, "units",
                "channels": [{"name", "note"}], "mode", "audience", "level", "five_types",
                "columns", "remarks"}]}

A bare list of items is accepted too. Shape errors name the item (1-based) and the key.
"""
from __future__ import annotations

import json

from . import cells
from .deadline import parse_deadline, rule_problems
from .fields import ITEM_FIELDS
from .structure import (
    year_problem,
    AUDIENCES,
    FIELD_TYPES,
    FIVE_TYPES,
    LEVELS,
    MODES,
    CatalogImportError,
    CatalogSpec,
    ChannelSpec,
    DeadlineRule,
    ElementSpec,
    ItemSpec,
    ParseResult,
    Problem,
    check_declared,
)

__all__ = ["parse", "dump", "spec_to_json", "item_to_json", "FORMAT_NAME", "FORMAT_VERSION"]

FORMAT_NAME = "zwgk-catalog"
FORMAT_VERSION = 1
RULE_KINDS = ["after_event", "yearly", "periodic", "immediate", "same_as_above", "unparsed"]

_CATALOG_KEYS = {  # JSON key -> CatalogSpec attribute
    "title": "title", "year": "year", "agency": "agency_name", "responsible_unit": "responsible_unit",
    "filled_by": "filled_by", "reviewed_by": "reviewed_by", "signed_by": "signed_by",
    "filled_on": "filled_on", "declared": "declared",
}


# ---------------------------------------------------------------------------------------------
# dump

def _json_value(item: ItemSpec, key: str):
    value = getattr(item, key)
    if key == "elements":
        return [{"name": e.name, "type": e.field_type, "required": e.required} for e in value]
    if key == "channels":
        return [{"name": c.name, "note": c.note} for c in value]
    if key == "deadline_text":
        return {"text": value, "rule": item.deadline_rule.to_dict()}
    return list(value) if isinstance(value, list) else value


def item_to_json(item: ItemSpec) -> dict:
    """One item in the interchange shape (also used by the /api/v1/catalog view)."""
    out = {"category": item.category, "name": item.name, "path": list(item.path)}
    for f in ITEM_FIELDS:
        if f.key == "name" or f.kind == "rule":
            continue  # the name is in `path`; the rule is written with its text under "deadline"
        out["deadline" if f.key == "deadline_text" else f.json_key] = _json_value(item, f.key)
    return out


def spec_to_json(spec: CatalogSpec) -> dict:
    """The whole catalog as the interchange document (a plain dict)."""
    catalog = {key: getattr(spec, attr) for key, attr in _CATALOG_KEYS.items()}
    catalog["declared"] = dict(spec.declared or {})
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "catalog": catalog,
            "items": [item_to_json(i) for i in spec.items]}


def dump(spec: CatalogSpec) -> bytes:
    """UTF-8 JSON, Chinese kept readable."""
    return (json.dumps(spec_to_json(spec), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------
# parse

class _Reader:
    """Shape checks that raise CatalogImportError naming the item and key."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source, self.problems = source, problems

    def fail(self, message: str, index: int | None = None, key: str | None = None):
        where = f"第{index + 1}个事项" if index is not None else "catalog"
        raise CatalogImportError(f"{where}的“{key}”{message}" if key else f"{where}{message}",
                                 source=self.source, row=None if index is None else index + 1, column=key)

    def string(self, obj: dict, key: str, index: int | None, default: str = "") -> str:
        value = obj.get(key, default)
        if value is None:
            return default
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            self.fail("应为字符串", index, key)
        return value

    def strings(self, obj: dict, key: str, index: int | None) -> list[str]:
        value = obj.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            return [value] if value.strip() else []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail("应为字符串列表", index, key)
        return [v for v in value if v.strip()]

    def choices(self, obj: dict, key: str, index: int, allowed: list[str], aliases: dict) -> list[str]:
        out = []
        for value in self.strings(obj, key, index):
            value = aliases.get(value.strip(), value.strip())
            if value not in allowed:
                self.problems.append(Problem(f"“{key}”的取值“{value}”不在 {'/'.join(allowed)} 之中", index + 1, key))
            if value not in out:
                out.append(value)
        return out


def _catalog_header(doc: dict, reader: _Reader) -> CatalogSpec:
    meta = doc.get("catalog") or {}
    if not isinstance(meta, dict):
        reader.fail("应为对象", None, "catalog")
    spec = CatalogSpec()
    for key, attr in _CATALOG_KEYS.items():
        if key in ("year", "declared"):
            continue
        setattr(spec, attr, reader.string(meta, key, None))
    year = meta.get("year")
    if year not in (None, ""):
        if isinstance(year, bool) or not (isinstance(year, int) or (isinstance(year, str) and year.isdigit())):
            reader.fail("应为整数年份", None, "year")
        spec.year = int(year)
        if year_problem(spec.year):
            reader.fail(year_problem(spec.year), None, "year")
    declared = meta.get("declared") or {}
    if not isinstance(declared, dict) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in declared.values()):
        reader.fail("应为 {名称: 整数} 对象", None, "declared")
    spec.declared = dict(declared)
    return spec


def _elements(obj: dict, index: int, reader: _Reader) -> list[ElementSpec]:
    value = obj.get("elements") or []
    if isinstance(value, str):
        return [ElementSpec(n, cells.guess_field_type(n)) for n in cells.split_elements(value, reader.problems, row=index + 1)]
    if not isinstance(value, list):
        reader.fail("应为列表", index, "elements")
    out = []
    for k, element in enumerate(value):
        if isinstance(element, str):
            name = cells.clean_text(element)
            out.append(ElementSpec(name, cells.guess_field_type(name)))
            continue
        if not isinstance(element, dict) or not isinstance(element.get("name"), str) or not element["name"].strip():
            reader.fail(f"第{k + 1}个要素应为带 name 的对象", index, "elements")
        field_type = element.get("type", "text") or "text"
        if field_type not in FIELD_TYPES:
            reader.fail(f"第{k + 1}个要素的 type “{field_type}” 应为 {'/'.join(FIELD_TYPES)} 之一", index, "elements")
        required = element.get("required", False)
        if not isinstance(required, bool):
            reader.fail(f"第{k + 1}个要素的 required 应为 true/false", index, "elements")
        out.append(ElementSpec(element["name"].strip(), field_type, required))
    return out


def _deadline(obj: dict, index: int, reader: _Reader, previous: DeadlineRule | None) -> tuple[str, DeadlineRule]:
    value = obj.get("deadline")
    if value is None:
        return "", parse_deadline("", previous)
    if isinstance(value, str):
        return value, parse_deadline(value, previous)
    if not isinstance(value, dict):
        reader.fail("应为 {text, rule} 对象或文本", index, "deadline")
    text = reader.string(value, "text", index)
    rule = value.get("rule")
    if rule is None:
        return text, parse_deadline(text, previous)
    if not isinstance(rule, dict) or rule.get("kind") not in RULE_KINDS:
        reader.fail(f"的 rule.kind 应为 {'/'.join(RULE_KINDS)} 之一", index, "deadline")
    for key in ("days", "month", "day"):
        if rule.get(key) is not None and (isinstance(rule[key], bool) or not isinstance(rule[key], int)):
            reader.fail(f"的 rule.{key} 应为整数", index, "deadline")
    if rule.get("subrules") is not None and not (
            isinstance(rule["subrules"], list) and all(isinstance(r, dict) and r.get("kind") in RULE_KINDS for r in rule["subrules"])):
        reader.fail("的 rule.subrules 应为规则对象列表", index, "deadline")
    try:
        parsed = DeadlineRule.from_dict(rule)
    except TypeError:
        reader.fail("的 rule 含有无法识别的字段", index, "deadline")
    for problem in rule_problems(parsed, "rule"):
        reader.fail(f"：{problem}", index, "deadline")
    return text, parsed


def _channels(obj: dict, index: int, reader: _Reader) -> list[ChannelSpec]:
    value = obj.get("channels") or []
    if isinstance(value, str):
        return cells.parse_channels(value, reader.problems, row=index + 1)
    if not isinstance(value, list):
        reader.fail("应为列表", index, "channels")
    out = []
    for k, channel in enumerate(value):
        if isinstance(channel, str):
            out.extend(cells.parse_channels(channel))
        elif isinstance(channel, dict) and isinstance(channel.get("name"), str) and channel["name"].strip() \
                and isinstance(channel.get("note", ""), (str, type(None))):
            out.append(ChannelSpec(channel["name"].strip(), (channel.get("note") or "").strip()))
        else:
            reader.fail(f"第{k + 1}个渠道应为 {{name, note}} 对象", index, "channels")
    return out


def _item(obj, index: int, reader: _Reader, previous: ItemSpec | None) -> ItemSpec:
    if not isinstance(obj, dict):
        reader.fail("应为对象（JSON object）", index)
    path = obj.get("path")
    if path is not None:
        if not isinstance(path, list) or not all(isinstance(p, str) and p.strip() for p in path) or not 2 <= len(path) <= 3:
            reader.fail("应为 2～3 个非空名称的列表（一级、二级、可选三级）", index, "path")
        path = [p.strip() for p in path]
        for key, expected in (("category", path[0]), ("name", path[-1])):
            given = obj.get(key)
            if given not in (None, "") and (not isinstance(given, str) or given.strip() != expected):
                reader.fail(f"与 path 不一致（应为“{expected}”）", index, key)
    else:
        name = reader.string(obj, "name", index).strip()
        category = reader.string(obj, "category", index).strip()
        if not category and previous is not None:
            category = previous.category  # blank means "same as above", as in the tables
        if not name:
            reader.fail("缺少事项名称", index, "name")
        if not category:
            reader.fail("缺少一级事项名称", index, "category")
        path = [category, name]
    text, rule = _deadline(obj, index, reader, previous.deadline_rule if previous else None)
    return ItemSpec(
        path=path,
        elements=_elements(obj, index, reader),
        basis=reader.strings(obj, "basis", index),
        deadline_text=text,
        deadline_rule=rule,
        units=reader.strings(obj, "units", index),
        channels=_channels(obj, index, reader),
        mode=reader.choices(obj, "mode", index, MODES, {"主动公开": "主动", "依申请公开": "依申请"}),
        audience=reader.choices(obj, "audience", index, AUDIENCES, {"特定群众": "特定群体"}),
        scope_level=reader.choices(obj, "level", index, LEVELS, {"乡、村级": "乡级"}),
        five_types=reader.choices(obj, "five_types", index, FIVE_TYPES, {}),
        columns=reader.strings(obj, "columns", index),
        remarks=reader.string(obj, "remarks", index),
        source_row=index + 1,
    )


# json's English messages, in the words a disclosure officer reads.
_JSON_ERRORS = [
    ("Unterminated string", "字符串没有结束的引号"),
    ("Expecting value", "缺少值"),
    ("Expecting property name", "缺少带引号的键名"),
    ("Expecting ':'", "缺少冒号"),
    ("Expecting ',' delimiter", "缺少逗号"),
    ("Extra data", "在文档结束后还有多余内容"),
    ("Invalid control character", "字符串中有未转义的控制字符"),
    ("Invalid \\escape", "字符串中有无效的转义"),
]


def parse(data: bytes | str, source: str = "") -> ParseResult:
    """Parse an interchange document (or a bare list of items)."""
    text = cells.decode_text(data, source) if isinstance(data, (bytes, bytearray)) else data
    try:
        doc = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        reason = next((zh for en, zh in _JSON_ERRORS if exc.msg.startswith(en)), exc.msg)
        ends_early = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated")
        truncated = "，文件可能被截断" if ends_early else ""
        raise CatalogImportError(f"JSON 格式错误：第{exc.colno}个字符附近{reason}{truncated}",
                                 source=source, row=exc.lineno) from None
    except RecursionError:
        raise CatalogImportError("JSON 嵌套过深", source=source) from None
    problems: list[Problem] = []
    reader = _Reader(source, problems)
    if isinstance(doc, list):
        spec, items = CatalogSpec(), doc
    elif isinstance(doc, dict):
        if doc.get("format") not in (None, FORMAT_NAME):
            reader.fail(f"的 format 应为“{FORMAT_NAME}”", None, "format")
        if doc.get("version") not in (None, FORMAT_VERSION):
            reader.fail(f"的 version {doc.get('version')!r} 不受支持（应为 {FORMAT_VERSION}）", None, "version")
        spec = _catalog_header(doc, reader)
        items = doc.get("items")
        if not isinstance(items, list):
            reader.fail("缺少 items 列表", None, "items")
    else:
        raise CatalogImportError("JSON 顶层应为对象或事项列表", source=source)
    for index, obj in enumerate(items):
        spec.items.append(_item(obj, index, reader, spec.items[-1] if spec.items else None))
    if not spec.items:
        problems.append(Problem("目录中没有任何事项"))
    for index, item in enumerate(spec.items):
        if item.deadline_rule.kind in ("unparsed", "same_as_above") and item.deadline_rule.flagged:
            problems.append(Problem(cells.unparsed_deadline_message(item.deadline_text), index + 1, "deadline"))
    problems.extend(check_declared(spec))
    return ParseResult(catalog=spec, warnings=problems, format="json")
