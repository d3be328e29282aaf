"""The standard 基层政务公开标准目录 table, shared by the XLSX and DOCX formats.

Both office formats first reduce a file to a *grid*: one list of cell texts per table row, with a
merged cell's text repeated into every grid position it covers. This module then finds the header
rows in that grid by their content, maps columns to catalog fields, turns data rows into
`ItemSpec`s, and (for export) lays a `CatalogSpec` out as preamble lines, header and data rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import cells
from .deadline import parse_deadline
from .structure import (
    AUDIENCES,
    FIVE_TYPES,
    LEVELS,
    MODES,
    CatalogImportError,
    CatalogSpec,
    ElementSpec,
    ItemSpec,
    ParseResult,
    Problem,
    check_declared,
    printed_channels,
)

HEADER_SEARCH_ROWS = 15  # real catalogs put a title, 附件 line and header facts above the table

# ---------------------------------------------------------------------------------------------
# Column vocabulary
# ---------------------------------------------------------------------------------------------

# Tick columns: key prefix -> (group label written on export, canonical values in order).
TICK_GROUPS = {
    "audience": ("公开对象", AUDIENCES),
    "mode": ("公开方式", MODES),
    "level": ("公开层级", LEVELS),
    "five": ("所属“五公开”类型", FIVE_TYPES),
}
# The ItemSpec attribute (fields.ITEM_FIELDS key) each tick group fills.
TICK_ATTRIBUTES = {"audience": "audience", "mode": "mode", "level": "scope_level", "five": "five_types"}

# Header labels, matched against the normalised text (no spaces, half-width brackets, no quotes).
# Sub-labels are listed first so "依申请公开" is a mode column, not a group heading.
_LABELS: list[tuple[str, str]] = [
    (r"序号|编号", "seq"),
    (r"一级(事项)?(名称)?", "level1"),
    (r"二级(事项)?(名称)?", "level2"),
    (r"三级(事项)?(名称)?", "level3"),
    (r"全社会|社会公众", "audience:全社会"),
    (r"特定(群体|群众|对象|人群)", "audience:特定群体"),
    (r"主动(公开)?", "mode:主动"),
    (r"依申请(公开)?", "mode:依申请"),
    (r"县(\(.*\))?级", "level:县级"),
    (r"(乡|镇|村)\S{0,8}级", "level:乡级"),
    (r"(决策|执行|管理|服务|结果)(公开)?", "five"),
    (r"公开事项(名称)?|事项(名称)?", "group:items"),
    (r"公开内容.*|.*要素.*", "elements"),
    (r"(公开)?依据", "basis"),
    (r"(公开)?时限", "deadline"),
    (r"(公开|责任|实施)?主体|责任单位", "units"),
    (r"公开渠道.*|.*渠道和?载体|公开载体", "channels"),
    (r"公开对象", "group:audience"),
    (r"公开方式", "group:mode"),
    (r"公开层级", "group:level"),
    (r".*五公开.*", "group:five"),
    (r".*栏目.*", "columns"),
    (r"备注", "remarks"),
]
_SUB_KEYS = ("level1", "level2", "level3", "audience:", "mode:", "level:", "five:")
_CONTENT_KEYS = ("elements", "basis", "deadline", "units", "channels", "columns", "remarks")

# What the exporter writes, and what the "missing column" error calls each required column.
_EXPORT_LABELS = {
    "seq": "序号",
    "level1": "一级事项",
    "level2": "二级事项",
    "level3": "三级事项",
    "elements": "公开内容（要素）",
    "basis": "公开依据",
    "deadline": "公开时限",
    "units": "公开主体",
    "channels": "公开渠道和载体",
    "columns": "网站所属栏目",
    "remarks": "备注",
}


def normalise_label(text: str) -> str:
    """Header text reduced to what matters for recognising it."""
    text = re.sub(r"\s+", "", text or "")
    text = text.translate(str.maketrans("（）【】", "()[]", "“”\"'‘’"))
    return text


def classify_label(text: str) -> str | None:
    """The column key a header cell names ("mode:依申请", "elements", "group:audience"...), or None."""
    label = normalise_label(text)
    if not label:
        return None
    for pattern, key in _LABELS:
        if re.fullmatch(pattern, label):
            return f"five:{label[:2]}" if key == "five" else key
    return None


# ---------------------------------------------------------------------------------------------
# Parsing: grid -> CatalogSpec
# ---------------------------------------------------------------------------------------------


@dataclass
class Header:
    first: int  # index in the grid of the first header row
    last: int  # index of the last header row (== first for a one-row header)
    columns: dict[str, int] = field(default_factory=dict)  # key -> grid column
    rows: list[list[str]] = field(default_factory=list)


def find_header(grid: list[list[str]], row_numbers: list[int], source: str) -> Header:
    """Locate the header rows by content and map each column to a key; raise if 事项 columns are missing."""
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        keys = {classify_label(text) for text in row} - {None}
        if len(keys) < 3:  # a title or facts line never names three header labels
            continue
        last = index
        if index + 1 < len(grid) and _is_sub_header(grid[index + 1]):
            last = index + 1
        header = Header(index, last, rows=grid[index : last + 1])
        _map_columns(header)
        _require_columns(header, row_numbers[index], source)
        return header
    raise CatalogImportError(
        f"前{HEADER_SEARCH_ROWS}行中没有找到目录表头（应有“公开事项”“公开内容”“公开依据”等列名）",
        source=source,
        column="公开事项",
    )


def _is_sub_header(row: list[str]) -> bool:
    keys = [classify_label(text) for text in row]
    return sum(1 for key in keys if key and key.startswith(_SUB_KEYS)) >= 2


def _map_columns(header: Header) -> None:
    """Key each grid column by its lower label if that is specific, else by its upper label."""
    width = max(len(row) for row in header.rows)
    for col in range(width):
        labels = [row[col] if col < len(row) else "" for row in header.rows]
        key = None
        for label in reversed(labels):  # the sub-header row is the more specific one
            candidate = classify_label(label)
            if candidate and not candidate.startswith("group:"):
                key = candidate
                break
        if key is None:
            # A 公开方式/公开对象/… column without sub-columns holds words ("主动公开"), not ticks.
            groups = [classify_label(label) for label in labels]
            key = next((g.replace("group:", "text:") for g in groups if g and g.startswith("group:") and g != "group:items"), None)
        if key is None or key in header.columns:
            continue  # unknown extra columns are ignored; a merged label repeats across its span
        header.columns[key] = col


def _require_columns(header: Header, row_number: int, source: str) -> None:
    for key, name in (("level2", "公开事项（二级事项）"), ("level1", "公开事项（一级事项）")):
        if key not in header.columns:
            raise CatalogImportError(f"缺少必需的“{name}”列", source=source, row=row_number, column=name)


def parse_grid(
    grid: list[list[str]], row_numbers: list[int], source: str, fmt: str, preamble: list[str] = ()
) -> ParseResult:
    """Turn a table grid (plus any text lines above the table) into a ParseResult."""
    header = find_header(grid, row_numbers, source)
    catalog = CatalogSpec()
    lines = list(preamble) + [row_as_line(row) for row in grid[: header.first]]
    read_preamble([line for line in lines if line], catalog)
    reader = _RowReader(header)
    for row, number in zip(grid[header.last + 1 :], row_numbers[header.last + 1 :]):
        reader.feed(row, number)
    catalog.items = reader.finish()
    return ParseResult(catalog=catalog, warnings=reader.warnings + check_declared(catalog), format=fmt)


def row_as_line(row: list[str]) -> str:
    """A preamble row as one line: merged cells repeat their text, so keep each text once."""
    seen: list[str] = []
    for text in row:
        text = text.strip()
        if text and text not in seen:
            seen.append(text)
    return " ".join(seen)


class _RowReader:
    """Reads data rows in order, carrying 一级/二级 names down over blank ("same as above") cells."""

    def __init__(self, header: Header):
        self.header = header
        self.has_level3 = "level3" in header.columns
        self.items: list[ItemSpec] = []
        self.warnings: list[Problem] = []
        self.level1 = self.level2 = ""
        self.previous_rule = None
        self.pending: ItemSpec | None = None  # a name-only row: a heading, or a truncated row

    def cell(self, row: list[str], key: str) -> str:
        col = self.header.columns.get(key)
        return row[col] if col is not None and col < len(row) else ""

    def feed(self, row: list[str], number: int) -> None:
        texts = [t for t in row if t.strip()]
        if not texts or self._is_repeated_header(row) or _is_column_number_row(texts):
            return
        if len(texts) >= 3 and len({t.strip() for t in texts}) == 1 and not cells.tick(texts[0]):
            self._start_category(texts[0])  # a section row merged across the whole table
            return
        path = self._path(row, number)
        if path is None:
            return
        has_content = any(self.cell(row, key).strip() for key in self._content_keys())
        item = ItemSpec(path=path, source_row=number)
        if not has_content:
            self._flush_pending()
            self.pending = item  # decided by the next row: parent heading or truncated row
            return
        if self.pending and path[: len(self.pending.path)] == self.pending.path and len(path) > len(self.pending.path):
            self.pending = None  # it was the 二级 heading of these 三级 items
        self._flush_pending()
        self._fill(item, row, number)
        self.items.append(item)

    def finish(self) -> list[ItemSpec]:
        self._flush_pending()
        return self.items

    def _content_keys(self):
        return [key for key in self.header.columns if key.startswith(_CONTENT_KEYS + _SUB_KEYS[3:] + ("text:",))]

    def _is_repeated_header(self, row: list[str]) -> bool:
        # Tables that span pages sometimes repeat the header as ordinary rows.
        return len({classify_label(text) for text in row} - {None}) >= 3

    def _start_category(self, text: str) -> None:
        self._flush_pending()
        self.level1, self.level2 = strip_numbering(cells.clean_text(text)), ""

    def _path(self, row: list[str], number: int) -> list[str] | None:
        """The item's names, inheriting blank 一级/二级 cells from the rows above."""
        level1 = strip_numbering(cells.clean_text(self.cell(row, "level1")))
        level2 = strip_numbering(cells.clean_text(self.cell(row, "level2")))
        level3 = strip_numbering(cells.clean_text(self.cell(row, "level3"))) if self.has_level3 else ""
        if level1 and level1 != self.level1:
            self.level1, self.level2 = level1, ""  # a new 一级 never inherits the old 二级
        if level2:
            self.level2 = level2
        elif self.has_level3 and level3:
            level2 = self.level2  # 三级 rows under a 二级 cell that is merged or left blank
        if not self.level1 or not level2:
            if any(self.cell(row, key).strip() for key in self._content_keys()):
                self.warnings.append(
                    Problem("缺少事项名称（一级或二级事项为空，上方也没有可沿用的名称），已跳过该行", number, "二级事项", "error")
                )
            elif self.level1:
                self._flush_pending()  # a row that only names a new 一级 category
            return None
        return [self.level1, level2] + ([level3] if level3 else [])

    def _flush_pending(self) -> None:
        if self.pending is None:
            return
        item, self.pending = self.pending, None
        self.warnings.append(
            Problem(f"事项“{item.name}”只有名称，其余各列为空（该行可能不完整或被截断）", item.source_row, "公开内容（要素）")
        )
        self.items.append(item)

    def _fill(self, item: ItemSpec, row: list[str], number: int) -> None:
        cell = lambda key: self.cell(row, key)  # noqa: E731
        problems = self.warnings  # the cell helpers append what they notice, with this row number
        names = cells.split_elements(cell("elements"), problems, row=number)
        item.elements = [element_from_text(name) for name in names]
        item.basis = split_basis_lines(cell("basis"), problems, number)
        item.deadline_text = cells.clean_text(cell("deadline"))
        item.deadline_rule = parse_deadline(item.deadline_text, previous=self.previous_rule)
        self.previous_rule = item.deadline_rule
        if item.deadline_text and item.deadline_rule.kind == "unparsed":
            self.warnings.append(Problem(cells.unparsed_deadline_message(item.deadline_text), number, "公开时限"))
        item.units = cells.split_units(cell("units"))
        item.channels = cells.parse_channels(cell("channels"), problems, row=number)
        for prefix, (_, values) in TICK_GROUPS.items():
            words = cell(f"text:{prefix}")
            ticked = [value for value in values if cells.tick(cell(f"{prefix}:{value}")) or _written(value, words)]
            setattr(item, TICK_ATTRIBUTES[prefix], ticked)
        # split_columns loses bare line breaks (clean_text drops a newline between Chinese
        # characters), so a break is made an explicit separator first.
        item.columns = cells.split_columns(cell("columns").replace("\n", "；"))
        item.remarks = cell("remarks").strip()


# How a value is written in a one-column 公开方式/公开对象/公开层级/五公开 cell.
_WORDS = {"特定群体": r"特定群", "县级": r"县", "乡级": r"乡|镇|村|街道"}


def _written(value: str, words: str) -> bool:
    return bool(words) and re.search(_WORDS.get(value, value), words) is not None


def split_basis_lines(text: str, problems: list | None = None, row: int | None = None) -> list[str]:
    """公开依据 one document per line when every line is a whole document, else free text."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and all(line.count("《") == line.count("》") for line in lines):
        return [entry for line in lines for entry in cells.split_basis(line, problems, row=row)]
    return cells.split_basis(text, problems, row=row)


# An element's field type and "required" flag, written after its name only when they differ from
# what the name suggests (guess_field_type), so ordinary catalogs print exactly as published.
_TYPE_LABELS = {"text": "文本", "date": "日期", "number": "数字", "file": "文件", "list": "列表"}
_ANNOTATION = re.compile(r"〔((?:文本|日期|数字|文件|列表|必填)(?:，(?:文本|日期|数字|文件|列表|必填))*)〕$")


def element_text(element: ElementSpec) -> str:
    """The element as written in the 公开内容 cell, e.g. 处罚金额〔数字，必填〕."""
    marks = []
    if element.field_type != cells.guess_field_type(element.name):
        marks.append(_TYPE_LABELS.get(element.field_type, "文本"))
    if element.required:
        marks.append("必填")
    return element.name + (f"〔{'，'.join(marks)}〕" if marks else "")


def element_from_text(text: str) -> ElementSpec:
    """Inverse of element_text; an element without marks gets the type its name suggests."""
    found = _ANNOTATION.search(text)
    name = text[: found.start()] if found else text
    marks = found.group(1).split("，") if found else []
    by_label = {label: key for key, label in _TYPE_LABELS.items()}
    field_type = next((by_label[m] for m in marks if m in by_label), cells.guess_field_type(name))
    return ElementSpec(name=name, field_type=field_type, required="必填" in marks)


def _is_column_number_row(texts: list[str]) -> bool:
    """The "1 2 3 … 14" row some catalogs put under the header."""
    numbers = [t.strip() for t in texts]
    return len(numbers) >= 5 and all(n.isdigit() for n in numbers) and numbers == sorted(numbers, key=int)


_NUMBERING = re.compile(
    r"^\s*(?:\d+(?:[.．]\d+)+[.．、]?|\d+[.．、]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）])\s*"
)


def strip_numbering(name: str) -> str:
    """Drop an outline number ("1.", "1.1", "一、", "（一）") in front of an item name."""
    stripped = _NUMBERING.sub("", name, count=1)
    return stripped or name


# ---------------------------------------------------------------------------------------------
# Header facts above the table (title, 责任单位/填表人/…, declared counts)
# ---------------------------------------------------------------------------------------------

_FACT_FIELDS = {
    "填报单位": "agency_name",
    "年度": "year",
    "责任单位": "responsible_unit",
    "填表人": "filled_by",
    "复核人": "reviewed_by",
    "审签人": "signed_by",
    "填表时间": "filled_on",
}
_FACT_RE = re.compile(r"(%s)\s*(?:[（(][^）)]*[）)])?\s*[:：]\s*" % "|".join(_FACT_FIELDS))

# Declared counts as written in the seed header: 主动公开一级事项6项，二级事项26项；依申请公开二级事项0项
# (keys as seedtext uses them: level1, level2, on_request_level2).
_DECLARED_RE = re.compile(r"([一二三])级事项\s*(\d+)\s*项")


def read_preamble(lines: list[str], catalog: CatalogSpec) -> None:
    """Fill the catalog's header facts from the text lines above the table header."""
    given: set[str] = set()
    for line in lines:
        if _FACT_RE.search(line):
            given |= _read_facts(line, catalog)
        elif _DECLARED_RE.search(line):
            catalog.declared.update(_read_declared(line))
        elif not catalog.title and not re.fullmatch(r"附件\s*\d*", line):
            catalog.title = cells.clean_text(line)
    # Like the seed parser: without explicit 填报单位/年度, take them from the title (and date).
    if "agency_name" not in given:
        catalog.agency_name = derived_agency(catalog.title)
    if "year" not in given:
        catalog.year = derived_year(catalog.title, catalog.filled_on)


def derived_agency(title: str) -> str:
    found = re.search(r"(政务公开|政府信息公开)", title)
    return title[: found.start()] if found else ""


def derived_year(title: str, filled_on: str) -> int | None:
    found = re.search(r"(20\d{2})\s*年", title) or re.match(r"(\d{4})-", filled_on or "")
    return int(found.group(1)) if found else None


def _read_facts(line: str, catalog: CatalogSpec) -> set[str]:
    matches = list(_FACT_RE.finditer(line))
    given = set()
    for match, following in zip(matches, matches[1:] + [None]):
        value = line[match.end() : following.start() if following else len(line)].strip()
        attribute = _FACT_FIELDS[match.group(1)]
        given.add(attribute)
        if attribute == "year":
            digits = re.search(r"\d{4}", value)
            catalog.year = int(digits.group()) if digits else None
        elif attribute == "filled_on":
            catalog.filled_on = _iso_date(value)
        else:
            setattr(catalog, attribute, value)
    return given


def _read_declared(line: str) -> dict:
    declared = {}
    for clause in re.split(r"[；;]", line):
        prefix = "on_request_" if "依申请" in clause else ""
        for level, count in _DECLARED_RE.findall(clause):
            declared[f"{prefix}level{'一二三'.index(level) + 1}"] = int(count)
    return declared


def _iso_date(text: str) -> str:
    found = re.fullmatch(r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?", text.strip())
    if not found:
        return text.strip()
    year, month, day = (int(g) for g in found.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def preamble_lines(spec: CatalogSpec) -> list[str]:
    """Title, the 责任单位/填表人/… line and the declared counts line, as exported above the table."""
    lines = [spec.title] if spec.title else []
    facts = []
    # 填报单位/年度 are written when set, and also (empty) when the title would suggest another value.
    implied = {"agency_name": derived_agency(spec.title), "year": derived_year(spec.title, spec.filled_on)}
    for label, attribute in _FACT_FIELDS.items():
        value = getattr(spec, attribute)
        if attribute == "filled_on":
            value = _chinese_date(value)
        if value not in (None, "") or implied.get(attribute) not in (None, "", value):
            facts.append(f"{label}：{'' if value is None else value}")
    if facts:
        lines.append("　".join(facts))
    if spec.declared:
        lines.append(_declared_line(spec.declared))
    return lines


def _chinese_date(iso: str) -> str:
    found = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    if not found:
        return iso
    return f"{int(found.group(1))}年{int(found.group(2))}月{int(found.group(3))}日"


def _declared_line(declared: dict) -> str:
    parts = {"主动公开": [], "依申请公开": []}
    for key, count in declared.items():
        found = re.fullmatch(r"(on_request_)?level([123])", key)
        if not found:
            continue  # only level counts have a wording in the official header
        level = "一二三"[int(found.group(2)) - 1]
        parts["依申请公开" if found.group(1) else "主动公开"].append(f"{level}级事项{count}项")
    return "政府信息：" + "；".join(kind + "，".join(items) for kind, items in parts.items() if items)


# ---------------------------------------------------------------------------------------------
# Export layout: CatalogSpec -> header and data rows
# ---------------------------------------------------------------------------------------------


@dataclass
class ExportColumn:
    key: str
    top: str  # upper header row (merged over the group for sub-columns)
    sub: str  # lower header row ("" when the column's label spans both rows)
    width: float  # in Excel character units; DOCX scales it


def export_columns(spec: CatalogSpec) -> list[ExportColumn]:
    """The official column order, with 三级事项 only when some item has three levels."""
    levels = ["level1", "level2"] + (["level3"] if any(len(i.path) > 2 for i in spec.items) else [])
    columns = [ExportColumn("seq", "序号", "", 5)]
    columns += [ExportColumn(key, "公开事项", _EXPORT_LABELS[key], 12) for key in levels]
    widths = {"elements": 24, "basis": 28, "deadline": 14, "units": 12, "channels": 22}
    columns += [ExportColumn(key, _EXPORT_LABELS[key], "", width) for key, width in widths.items()]
    for prefix, (group, values) in TICK_GROUPS.items():
        columns += [ExportColumn(f"{prefix}:{value}", group, value, 5) for value in values]
    columns += [ExportColumn("columns", "网站所属栏目", "", 20), ExportColumn("remarks", "备注", "", 10)]
    return columns


def channel_list(spec: CatalogSpec) -> list[str]:
    """The checkbox list every channel cell shows: the printed list (national or the seed's) that
    covers most of the checked channels, then any other names the spec uses."""
    return printed_channels(c.name for item in spec.items for c in item.channels)


def channel_cell(item: ItemSpec, names: list[str]) -> str:
    """■/□ list in the fixed order; the item's checked channels fill the checked slots in *its* order."""
    checked = {c.name for c in item.channels}
    entries = list(item.channels)
    boxes = []
    for name in names:
        if name in checked and entries:
            channel = entries.pop(0)
            boxes.append("■" + channel.name + (f"（{channel.note}）" if channel.note else ""))
        elif name not in checked:
            boxes.append("□" + name)
    boxes += ["■" + c.name + (f"（{c.note}）" if c.note else "") for c in entries]
    return "\n".join(boxes)


def item_cells(item: ItemSpec, number: int, columns: list[ExportColumn], names: list[str]) -> list[str]:
    """One data row's texts, in a form the parser reads back unchanged."""
    values = {
        "seq": str(number),
        "level1": item.path[0],
        "level2": item.path[1] if len(item.path) > 1 else "",
        "level3": item.path[2] if len(item.path) > 2 else "",
        "elements": "\n".join(f"{n}.{element_text(e)}" for n, e in enumerate(item.elements, 1)),
        "basis": "\n".join(item.basis),
        "deadline": item.deadline_text,
        "units": "、".join(item.units),
        "channels": channel_cell(item, names),
        "columns": "；\n".join(item.columns),
        "remarks": item.remarks,
    }
    for prefix, (_, options) in TICK_GROUPS.items():
        chosen = getattr(item, TICK_ATTRIBUTES[prefix])
        values.update({f"{prefix}:{value}": "√" if value in chosen else "" for value in options})
    return [values[column.key] for column in columns]


def merge_runs(spec: CatalogSpec, depth: int) -> list[tuple[int, int]]:
    """(first, last) item indexes of consecutive items sharing their first `depth` names."""
    runs, start = [], 0
    for index in range(1, len(spec.items) + 1):
        if index == len(spec.items) or spec.items[index].path[:depth] != spec.items[start].path[:depth]:
            if index - 1 > start:
                runs.append((start, index - 1))
            start = index
    return runs
