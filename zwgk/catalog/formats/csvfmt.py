"""CSV: one row per item, a header row with the Chinese column names.

Layout written by `dump` (UTF-8 with BOM so Excel opens it as Chinese):
- optional key/value rows before the header: 目录名称, 年度, 机关, 责任单位, 填表人, 复核人, 审签人,
  填表时间, 声明事项数 ("主动公开一级事项6项，二级事项26项；依申请公开二级事项0项");
- the header row: 一级事项, 二级事项, 三级事项, 公开内容（要素）, 公开依据, 公开时限, 公开主体,
  公开渠道和载体, 公开对象, 公开方式, 公开层级, “五公开”类型, 网站所属栏目, 备注, 时限规则;
- multi-value cells are joined with "；" (MULTI_SEP); elements are numbered "1、姓名；2、职务", and an
  element whose type/required differ from the defaults carries a suffix "〔date，必填〕";
- 时限规则 (optional) holds the rule as JSON so a rule edited by staff survives; when it is
  empty the rule is parsed from 公开时限.
Reading also accepts a comma/tab/semicolon delimiter, GBK/GB18030 text, blank 一级事项 cells meaning
"same as above", and √ columns named 主动/依申请/全社会/特定群体/县级/乡级/决策…结果.
"""
from __future__ import annotations

import csv
import io
import json
import re

from . import cells
from .deadline import parse_deadline
from .jsonfmt import RULE_KINDS
from .structure import (
    year_problem,
    AUDIENCES,
    FIELD_TYPES,
    FIVE_TYPES,
    LEVELS,
    MODES,
    CatalogImportError,
    CatalogSpec,
    DeadlineRule,
    ElementSpec,
    ItemSpec,
    ParseResult,
    Problem,
    check_declared,
)
from .seedtext import _declared_counts

__all__ = ["parse", "dump", "COLUMNS", "MULTI_SEP"]

MULTI_SEP = "；"
COLUMNS = ["一级事项", "二级事项", "三级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体",
           "公开渠道和载体", "公开对象", "公开方式", "公开层级", "“五公开”类型", "网站所属栏目", "备注", "时限规则"]
REQUIRED = ["一级事项", "二级事项"]

# Header spellings seen in the wild -> canonical column. Keys are compared without spaces,
# brackets or quotes (see _header_key).
_ALIASES = {
    "一级事项": "一级事项", "公开事项一级事项": "一级事项", "一级": "一级事项", "类别": "一级事项",
    "二级事项": "二级事项", "公开事项": "二级事项", "公开事项二级事项": "二级事项", "事项名称": "二级事项", "二级": "二级事项",
    "三级事项": "三级事项", "三级": "三级事项",
    "公开内容要素": "公开内容（要素）", "公开内容": "公开内容（要素）", "要素": "公开内容（要素）",
    "公开依据": "公开依据", "依据": "公开依据",
    "公开时限": "公开时限", "时限": "公开时限",
    "公开主体": "公开主体", "责任主体": "公开主体",
    "公开渠道和载体": "公开渠道和载体", "公开渠道": "公开渠道和载体", "渠道": "公开渠道和载体",
    "公开对象": "公开对象", "公开方式": "公开方式", "公开层级": "公开层级",
    "五公开类型": "“五公开”类型", "所属五公开类型": "“五公开”类型",
    "网站所属栏目": "网站所属栏目", "栏目": "网站所属栏目",
    "备注": "备注", "时限规则": "时限规则",
}
# Single-choice √ columns, as in the standard table: header -> (attribute, value).
_TICK_COLUMNS = {
    "主动": ("mode", "主动"), "主动公开": ("mode", "主动"), "依申请": ("mode", "依申请"), "依申请公开": ("mode", "依申请"),
    "全社会": ("audience", "全社会"), "特定群体": ("audience", "特定群体"), "特定群众": ("audience", "特定群体"),
    "县级": ("scope_level", "县级"), "乡级": ("scope_level", "乡级"), "乡村级": ("scope_level", "乡级"),
    **{t: ("five_types", t) for t in FIVE_TYPES},
}
_CHOICES = {"mode": (MODES, {"主动公开": "主动", "依申请公开": "依申请"}),
            "audience": (AUDIENCES, {"特定群众": "特定群体"}),
            "scope_level": (LEVELS, {"乡、村级": "乡级", "乡村级": "乡级"}),
            "five_types": (FIVE_TYPES, {"决策公开": "决策", "执行公开": "执行", "管理公开": "管理",
                                        "服务公开": "服务", "结果公开": "结果"})}
_CHOICE_COLUMNS = {"公开方式": "mode", "公开对象": "audience", "公开层级": "scope_level", "“五公开”类型": "five_types"}
_META = {"目录名称": "title", "年度": "year", "机关": "agency_name", "责任单位": "responsible_unit",
         "填表人": "filled_by", "复核人": "reviewed_by", "审签人": "signed_by", "填表时间": "filled_on",
         "声明事项数": "declared"}
_ELEMENT_SUFFIX = re.compile(r"〔(?P<type>" + "|".join(FIELD_TYPES) + r")?(?:，?(?P<req>必填))?〕$")


# Spreadsheet programs run a CSV cell starting with = + - @ (or tab/CR) as a formula (CSV
# injection). `dump` writes such cells with a leading apostrophe, as Excel itself does for text;
# cells that already start with apostrophes before such a character get one more, so `parse`
# can drop exactly one and every value survives the round trip.
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED_FORMULA = re.compile(r"'+[=+\-@\t\r]")


def _csv_out(value):
    """A cell value made inert for spreadsheets (see _FORMULA_START)."""
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def _csv_in(value: str) -> str:
    return value[1:] if _ESCAPED_FORMULA.match(value) else value


def _header_key(cell: str) -> str:
    return re.sub(r"[\s（）()“”\"'‘’【】\[\]]", "", cells.clean_text(cell))


# ---------------------------------------------------------------------------------------------
# dump

def _declared_text(declared: dict) -> str:
    names = {"level1": "一级事项", "level2": "二级事项", "level3": "三级事项"}
    active = [f"{names[k]}{v}项" for k, v in declared.items() if k in names]
    on_request = [f"{names[k[len('on_request_'):]]}{v}项" for k, v in declared.items()
                  if k.startswith("on_request_") and k[len("on_request_"):] in names]
    parts = (["主动公开" + "，".join(active)] if active else []) + (["依申请公开" + "，".join(on_request)] if on_request else [])
    return "；".join(parts)


def _element_text(number: int, element: ElementSpec) -> str:
    suffix = ""
    if element.field_type != cells.guess_field_type(element.name) or element.required:
        suffix = "〔" + element.field_type + ("，必填" if element.required else "") + "〕"
    return f"{number}、{element.name}{suffix}"


def dump(spec: CatalogSpec) -> bytes:
    """UTF-8 (with BOM) CSV in the layout described above."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    meta = {"目录名称": spec.title, "年度": spec.year or "", "机关": spec.agency_name,
            "责任单位": spec.responsible_unit, "填表人": spec.filled_by, "复核人": spec.reviewed_by,
            "审签人": spec.signed_by, "填表时间": spec.filled_on, "声明事项数": _declared_text(spec.declared or {})}
    for key, value in meta.items():
        if value not in ("", None):
            writer.writerow([key, _csv_out(value)])
    writer.writerow(COLUMNS)
    for item in spec.items:
        level3 = item.path[2] if len(item.path) > 2 else ""
        writer.writerow(_csv_out(value) for value in [
            item.path[0], item.path[1], level3,
            MULTI_SEP.join(_element_text(n, e) for n, e in enumerate(item.elements, 1)),
            MULTI_SEP.join(item.basis), item.deadline_text, MULTI_SEP.join(item.units),
            MULTI_SEP.join(c.name + (f"（{c.note}）" if c.note else "") for c in item.channels),
            MULTI_SEP.join(item.audience), MULTI_SEP.join(item.mode), MULTI_SEP.join(item.scope_level),
            MULTI_SEP.join(item.five_types), MULTI_SEP.join(item.columns), item.remarks,
            json.dumps(item.deadline_rule.to_dict(), ensure_ascii=False),
        ])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# parse

def _delimiter(text: str) -> str:
    for line in text.splitlines():
        if "二级事项" in line or "公开事项" in line:
            return max([",", "\t", ";"], key=line.count)
    return ","


def _records(text: str, source: str):
    """(first line number, cells) for every CSV record; multi-line cells keep their start line."""
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    start = 1
    try:
        for record in reader:
            yield start, [_csv_in(value) for value in record]
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CatalogImportError(f"CSV 格式错误：{exc}", source=source, row=start) from None


def _find_header(records, source: str):
    meta_rows = []
    for number, record in records:
        keys = [_header_key(c) for c in record]
        mapped = [_ALIASES.get(k) for k in keys]
        if sum(1 for m in mapped if m) >= 2 or "二级事项" in mapped:
            return number, record, keys, mapped, meta_rows
        meta_rows.append((number, record))
        if len(meta_rows) > 50:
            break
    raise CatalogImportError("无法识别的文件格式：找不到包含“二级事项/公开事项”等列名的表头行", source=source)


def _split(value: str) -> list[str]:
    return [p for p in (cells.clean_text(x) for x in cells.split_outside_brackets(value, "；;\n")) if p]


def _unique(values) -> list[str]:
    out = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def _elements(value: str, problems: list[Problem], row: int) -> list[ElementSpec]:
    out = []
    for name in cells.split_elements(value, problems, row=row):
        m = _ELEMENT_SUFFIX.search(name)
        if m:
            base = name[:m.start()].strip()
            out.append(ElementSpec(base, m.group("type") or cells.guess_field_type(base), bool(m.group("req"))))
        else:
            out.append(ElementSpec(name, cells.guess_field_type(name)))
    return out


def _choices(value: str, attr: str, problems: list[Problem], row: int, column: str) -> list[str]:
    allowed, aliases = _CHOICES[attr]
    out = []
    for part in cells.split_outside_brackets(cells.clean_text(value), "；;、，,/ "):
        part = aliases.get(part.strip(), part.strip())
        if not part:
            continue
        if part not in allowed:
            problems.append(Problem(f"取值“{part}”不在 {'/'.join(allowed)} 之中", row, column))
        if part not in out:
            out.append(part)
    return out


def _rule(value: str, text: str, previous: DeadlineRule | None, source: str, row: int) -> DeadlineRule:
    if not value.strip():
        return parse_deadline(text, previous)
    try:
        data = json.loads(value)
        if not isinstance(data, dict) or data.get("kind") not in RULE_KINDS:
            raise ValueError
        return DeadlineRule.from_dict(data)
    except (ValueError, TypeError):
        raise CatalogImportError("时限规则不是有效的规则 JSON（可以留空，由公开时限文本自动识别）",
                                 source=source, row=row, column="时限规则") from None


def parse(data: bytes | str, source: str = "") -> ParseResult:
    """Parse a catalog CSV."""
    text = cells.decode_text(data, source) if isinstance(data, (bytes, bytearray)) else data
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise CatalogImportError("文件为空", source=source)
    records = _records(text, source)
    header_row, header, keys, mapped, meta_rows = _find_header(records, source)
    for column in REQUIRED:
        if column not in mapped:
            raise CatalogImportError(f"缺少必需的列“{column}”", source=source, row=header_row, column=column)
    index = {}
    for j, column in enumerate(mapped):
        if column and column not in index:
            index[column] = j
    ticks = {j: _TICK_COLUMNS[k] for j, k in enumerate(keys) if k in _TICK_COLUMNS and not mapped[j]}

    problems: list[Problem] = []
    spec = CatalogSpec()
    for number, record in meta_rows:
        key = _header_key(record[0]) if record else ""
        value = cells.clean_text(record[1]) if len(record) > 1 else ""
        attr = _META.get(key)
        if attr == "year":
            spec.year = int(value) if value.isdigit() else None
            if spec.year is not None and year_problem(spec.year):
                raise CatalogImportError(year_problem(spec.year), source=source, row=number, column="年度")
        elif attr == "declared":
            spec.declared = _declared_counts(value)
        elif attr:
            setattr(spec, attr, value)

    level1 = level2 = ""
    widths: list[tuple[int, int]] = []  # (row, cells) of each item row
    for number, record in records:
        def cell(column: str) -> str:
            j = index.get(column)
            return record[j] if j is not None and j < len(record) else ""

        if not any(c.strip() for c in record):
            continue
        one, two, three = (cells.clean_text(cell(c)) for c in ("一级事项", "二级事项", "三级事项"))
        level1 = one or level1
        if not level1:
            raise CatalogImportError("一级事项为空，且上方没有可沿用的一级事项", source=source, row=number, column="一级事项")
        if two:
            level2 = two
        elif not (three and level2):
            raise CatalogImportError("二级事项为空", source=source, row=number, column="二级事项")
        previous = spec.items[-1].deadline_rule if spec.items else None
        deadline_text = cells.clean_text(cell("公开时限"))
        item = ItemSpec(
            path=[level1, level2] + ([three] if three else []),
            elements=_elements(cell("公开内容（要素）"), problems, number),
            basis=_unique(b for part in _split(cell("公开依据"))
                          for b in (cells.split_basis(part, problems, row=number) if part.count("《") > 1 else [part])),
            deadline_text=deadline_text,
            deadline_rule=_rule(cell("时限规则"), deadline_text, previous, source, number),
            units=_unique(u for part in _split(cell("公开主体")) for u in cells.split_units(part)),
            channels=cells.parse_channels(cell("公开渠道和载体").replace(MULTI_SEP, "\n"), problems, row=number),
            columns=[c for part in _split(cell("网站所属栏目"))
                     for c in ([cells.COLUMN_SEP.join(x.strip() for x in part.split("›") if x.strip())]
                               if "›" in part else cells.split_columns(part))],
            remarks=cells.clean_text(cell("备注")),
            source_row=number,
        )
        for column, attr in _CHOICE_COLUMNS.items():
            if column in index:
                setattr(item, attr, _choices(cell(column), attr, problems, number, column))
        for j, (attr, value) in ticks.items():
            if j < len(record) and cells.tick(record[j]) and value not in getattr(item, attr):
                getattr(item, attr).append(value)
        if item.deadline_rule.kind in ("unparsed", "same_as_above") and item.deadline_rule.flagged:
            problems.append(Problem(cells.unparsed_deadline_message(deadline_text), number, "公开时限"))
        spec.items.append(item)
        widths.append((number, len(record)))
    # Rows are as wide as the header (or at least as the other rows); a shorter one lost its end.
    full = min(len(header), max((w for _, w in widths), default=0))
    for number, width in widths:
        if width < full:
            missing = "、".join(f"“{c}”" for c in header[width:full] if cells.clean_text(c))
            problems.append(Problem(f"该行只有{width}列（表头有{len(header)}列），缺少{missing}等列：行可能被截断，请核对",
                                    number, cells.clean_text(header[width]) or None))
    if not spec.items:
        problems.append(Problem("表头之后没有任何事项行", header_row))
    problems.extend(check_declared(spec))
    return ParseResult(catalog=spec, warnings=problems, format="csv")
