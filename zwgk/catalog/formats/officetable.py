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
from .layouts import (
    CONTENT_KEYS,
    DEFAULT_LABELS,
    FULL_LAYOUT,
    SUB_KEYS,
    TICK_ATTRIBUTES,
    TICK_GROUPS,
    Layout,
    LayoutColumn,
    classify_label,
    detect_numbering,
    layout_from_header,
    map_header,
    normalise_label,
)
from .structure import (
    CatalogImportError,
    CatalogSpec,
    ElementSpec,
    ItemSpec,
    ParseResult,
    Problem,
    check_declared,
    count_levels,
    printed_channels,
)

HEADER_SEARCH_ROWS = 15  # real catalogs put a title, 附件 line and header facts above the table

# ---------------------------------------------------------------------------------------------
# Column vocabulary
# ---------------------------------------------------------------------------------------------

# The column vocabulary lives with the layouts; these names are kept for the parsers below.
_SUB_KEYS, _CONTENT_KEYS, _EXPORT_LABELS = SUB_KEYS, CONTENT_KEYS, DEFAULT_LABELS


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
    header.columns.update(dict(map_header(header.rows)))


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
    numbering = detect_numbering([(item.path[0], reader.seq.get(item.source_row, "")) for item in catalog.items])
    catalog.layout = layout_from_header(header.rows, numbering=numbering, channels=reader.channel_labels).to_dict()
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
        self.seq: dict[int, str] = {}  # source row -> its 序号 text, to tell how the file numbers
        self.channel_labels: list[str] = []  # the checkbox list as the file words it

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
        self.seq[number] = cells.clean_text(self.cell(row, "seq"))
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
        if not self.channel_labels:
            self.channel_labels = cells.channel_labels(cell("channels"))
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
    """Title, the 责任单位/填表人/… line and the counts line, as exported above the table."""
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
    if spec.declared or spec.layout:
        # Recounted from the table: a source whose header miscounted (the seed declares 26 二级事项
        # and lists 27) is not copied; the import history keeps that warning.
        lines.append(_declared_line(count_levels(spec)))
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


def _has_data(spec: CatalogSpec, key: str) -> bool:
    attribute = {"deadline": "deadline_text"}.get(key, TICK_ATTRIBUTES.get(key, key))
    return any(getattr(item, attribute) for item in spec.items)


def export_layout(spec: CatalogSpec) -> Layout:
    """The catalog's own layout (FULL_LAYOUT when it has none), completed so nothing is lost:
    a 三级事项 column when some item has three levels, and the standard column of any field that
    holds data but has no column in the layout (placed before 备注)."""
    layout = Layout.from_dict(spec.layout) or Layout.from_dict(FULL_LAYOUT.to_dict())
    columns = list(layout.columns)
    keys = {c.key for c in columns}
    for key, after in (("level1", None), ("level2", "level1")):
        if key not in keys:  # the parsers refuse a table without them; a hand-made layout may lack one
            at = next((i + 1 for i, c in enumerate(columns) if c.key == after), 1 if "seq" in keys else 0)
            columns.insert(at, LayoutColumn(key, "公开事项", DEFAULT_LABELS[key]))
            keys.add(key)
    if "level3" not in keys and any(len(item.path) > 2 for item in spec.items):
        at = next(i for i, c in enumerate(columns) if c.key == "level2")
        columns.insert(at + 1, LayoutColumn("level3", columns[at].top if columns[at].sub else "公开事项", "三级事项"))
    missing = []
    for column in FULL_LAYOUT.columns:
        prefix = column.key.split(":")[0]
        if prefix in TICK_GROUPS:
            present = any(k.startswith(f"{prefix}:") or k == f"text:{prefix}" for k in keys)
            wanted = not present and _has_data(spec, prefix)
        else:
            wanted = column.key not in keys and column.key in CONTENT_KEYS and _has_data(spec, column.key)
        if wanted:
            missing.append(column)
    at = next((i for i, c in enumerate(columns) if c.key == "remarks"), len(columns))
    columns[at:at] = missing
    return Layout(columns=columns, numbering=layout.numbering, channels=layout.channels, name=layout.name)


def export_columns(spec: CatalogSpec, layout: Layout | None = None) -> list[ExportColumn]:
    """The columns the exported table has, in order, with their header wording and widths."""
    layout = layout or export_layout(spec)
    return [ExportColumn(c.key, c.top, c.sub, c.width) for c in layout.columns]


def channel_list(spec: CatalogSpec, layout: Layout | None = None) -> list[str]:
    """The checkbox list every channel cell shows: the layout's list as worded, else the printed
    list (national or the seed's) that covers most of the checked channels; then any other names
    the catalog uses."""
    layout = layout or export_layout(spec)
    used = list(dict.fromkeys(c.name for item in spec.items for c in item.channels))
    if not layout.channels:
        return printed_channels(used)
    names = {cells.channel_from_label(label).name for label in layout.channels}
    return list(layout.channels) + [n for n in used if n not in names]


def channel_cell(item: ItemSpec, labels: list[str]) -> str:
    """■/□ list in the fixed order, unchecked boxes worded as the list is (其他（注明）); the item's
    checked channels fill the checked slots in *its* order."""
    wording = {}
    for label in labels:
        wording.setdefault(cells.channel_from_label(label).name, label)
    checked = {c.name for c in item.channels}
    entries = list(item.channels)

    def ticked(channel) -> str:
        return "■" + (f"{channel.name}（{channel.note}）" if channel.note else wording.get(channel.name, channel.name))

    boxes = []
    for label in labels:
        name = cells.channel_from_label(label).name
        if name in checked and entries:
            boxes.append(ticked(entries.pop(0)))
        elif name not in checked:
            boxes.append("□" + label)
    boxes += [ticked(c) for c in entries]
    return "\n".join(boxes)


def seq_numbers(spec: CatalogSpec, numbering: str) -> list[str]:
    """序号 per item row: 1…n, or one number per 一级事项 on its first row (the seed), or none."""
    if numbering == "none":
        return [""] * len(spec.items)
    if numbering != "level1":
        return [str(n) for n in range(1, len(spec.items) + 1)]
    numbers, run, previous = [], 0, None
    for item in spec.items:
        if item.path[0] != previous:
            run, previous = run + 1, item.path[0]
            numbers.append(str(run))
        else:
            numbers.append("")
    return numbers


def item_cells(item: ItemSpec, number, columns: list[ExportColumn], names: list[str]) -> list[str]:
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
        values[f"text:{prefix}"] = "、".join(chosen)
    return [values.get(column.key, "") for column in columns]


def export_rows(spec: CatalogSpec, layout: Layout | None = None) -> tuple[list[ExportColumn], list[list[str]]]:
    """The columns and every item's row of texts, numbered the way the layout numbers 序号."""
    layout = layout or export_layout(spec)
    columns = export_columns(spec, layout)
    names = channel_list(spec, layout)
    numbers = seq_numbers(spec, layout.numbering)
    return columns, [item_cells(item, numbers[i], columns, names) for i, item in enumerate(spec.items)]


def merged_columns(columns: list[ExportColumn], numbering: str) -> list[tuple[int, int]]:
    """(column index, depth) of the columns merged down over runs of items, as in print: the
    一级事项 (and 序号 when it numbers them), and the 二级事项 when there are 三级 rows."""
    keys = [c.key for c in columns]
    merged = [(keys.index("level1"), 1)]
    if numbering == "level1" and "seq" in keys:
        merged.append((keys.index("seq"), 1))
    if "level3" in keys:
        merged.append((keys.index("level2"), 2))
    return merged


def merge_runs(spec: CatalogSpec, depth: int) -> list[tuple[int, int]]:
    """(first, last) item indexes of consecutive items sharing their first `depth` names."""
    runs, start = [], 0
    for index in range(1, len(spec.items) + 1):
        if index == len(spec.items) or spec.items[index].path[:depth] != spec.items[start].path[:depth]:
            if index - 1 > start:
                runs.append((start, index - 1))
            start = index
    return runs
