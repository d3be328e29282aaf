"""The seed layout: a catalog table extracted from a PDF as tab-separated text.

Quirks handled (row numbers are the file's 1-based line numbers):
- Header lines before the table: title, 责任单位/填表人/复核人/审签人/填表时间, declared counts.
- Two header rows; their cells give the column positions relative to the 公开渠道和载体 cell.
- Data rows are anchored on the channel cell (the one with checkboxes), because cells before it
  shift: rows whose empty 一级事项 cell was dropped start one cell early (the 一级 is inherited).
- After the channel cell the √ cells and the 网站所属栏目 text wobble by a few cells; √ are mapped
  by their distance from the channel cell and every doubtful one is reported.
- Page breaks: a blank line, then a continuation line without name/时限/主体 whose cells are not
  aligned. Its cells are classified by content and glued to the row above without a space.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import cells
from .deadline import parse_deadline
from .layouts import detect_numbering, layout_from_header
from .structure import (
    FIVE_TYPES,
    CatalogImportError,
    CatalogSpec,
    ElementSpec,
    ItemSpec,
    ParseResult,
    Problem,
    check_declared,
)

__all__ = ["parse", "looks_like_seed"]

_CHECKBOX = re.compile(r"<input\b[^>]*checkbox[^>]*>|[■□☑☐]", re.IGNORECASE)

# Default layout of the seed (used when a header cell cannot be found): offsets from the channel
# cell of each column after it, and the positions of the columns before it.
_DEFAULT_CHANNEL_INDEX = 7
_DEFAULT_AFTER = {1: "主动公开", 2: "依申请", 3: "决策", 4: "执行", 5: "管理", 6: "服务", 7: "结果", 8: ""}
_DEFAULT_COLUMNS_OFFSET = 9

_MODE_NAMES = {"主动公开": "主动", "主动": "主动", "依申请": "依申请", "依申请公开": "依申请"}
_AUDIENCE_NAMES = {"全社会": "全社会", "特定群体": "特定群体", "特定群众": "特定群体"}
_LEVEL_NAMES = {"县级": "县级", "乡级": "乡级", "乡、村级": "乡级", "乡村级": "乡级"}


def looks_like_seed(text: str) -> bool:
    """Tab-separated rows with checkbox markup and a 公开事项 table header."""
    return "\t" in text and bool(_CHECKBOX.search(text)) and "公开事项" in text


@dataclass
class _Layout:
    channel_index: int = _DEFAULT_CHANNEL_INDEX
    after: dict = field(default_factory=lambda: dict(_DEFAULT_AFTER))  # offset -> header name
    columns_offset: int = _DEFAULT_COLUMNS_OFFSET
    header_end: int = 0  # index (0-based) of the last header line
    header_rows: list = field(default_factory=list)  # the header lines' cells, as written


@dataclass
class _RawRow:
    """One item's raw cell texts, before continuation lines are merged and cells are parsed."""

    line: int
    category: str
    name: str
    elements: str
    basis: str
    deadline: str
    units: str
    channels: str
    ticks: list  # (offset from the channel cell, line number)
    columns: str
    columns_offset: int | None
    remarks: str
    seq: str = ""  # the 序号 cell, to tell how the file numbers its rows
    continuation_lines: list = field(default_factory=list)
    basis_repeats: list = field(default_factory=list)  # (line, repeated document)


def parse(data: bytes, source: str = "") -> ParseResult:
    """Parse the PDF-extracted seed catalog text."""
    text = cells.decode_text(data, source) if isinstance(data, (bytes, bytearray)) else str(data)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    problems: list[Problem] = []
    spec = CatalogSpec()
    layout = _find_layout(lines, source)
    _read_header_lines(lines[: layout.header_end], spec, problems)
    raw_rows = _read_rows(lines, layout, source, problems)
    if not raw_rows:
        raise CatalogImportError("表头之后没有任何事项行", source=source, row=layout.header_end + 1)
    spec.items = [_build_item(raw, layout, spec, problems, raw_rows[i - 1] if i else None, spec.items)
                  for i, raw in enumerate(raw_rows)]
    _check_units(spec, problems)
    numbering = detect_numbering([(item.path[0], raw.seq) for item, raw in zip(spec.items, raw_rows)])
    spec.layout = layout_from_header(layout.header_rows, numbering=numbering,
                                     channels=cells.channel_labels(raw_rows[0].channels)).to_dict()
    problems.sort(key=lambda p: (p.row is None, p.row or 0))  # stable: file order, header last
    problems.extend(check_declared(spec))
    return ParseResult(catalog=spec, warnings=problems, format="seed")


# ---------------------------------------------------------------------------------------------
# Header

def _find_layout(lines: list[str], source: str) -> _Layout:
    """Locate the two header rows and derive column offsets from them."""
    for i, line in enumerate(lines):
        head = [cells.clean_text(c) for c in line.split("\t")]
        if "序号" not in head and not any("公开事项" == c for c in head):
            continue
        if not any("渠道" in c for c in head):
            continue
        layout = _Layout()
        layout.header_rows = [line.split("\t")]
        layout.channel_index = next(j for j, c in enumerate(head) if "渠道" in c)
        second_i = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].strip()), None)
        second = [cells.clean_text(c) for c in lines[second_i].split("\t")] if second_i is not None else []
        if second and ("一级事项" in second or "二级事项" in second):
            layout.header_rows.append(lines[second_i].split("\t"))
            after = {}
            width = max(len(head), len(second))
            for j in range(layout.channel_index + 1, width):
                name = second[j] if j < len(second) else ""
                top = head[j] if j < len(head) else ""
                if "栏目" in top:
                    layout.columns_offset = j - layout.channel_index
                    break
                after[j - layout.channel_index] = name
            if after:
                layout.after = after
            layout.header_end = second_i + 1
        else:
            layout.header_end = i + 1
        return layout
    raise CatalogImportError("找不到目录表头（应包含“序号/公开事项/公开渠道和载体”）", source=source)


_META_KEYS = {"责任单位": "responsible_unit", "填表人": "filled_by", "复核人": "reviewed_by", "审签人": "signed_by"}


def _read_header_lines(lines: list[str], spec: CatalogSpec, problems: list[Problem]) -> None:
    """Title, 责任单位 … 填表时间 and the declared counts from the lines above the table."""
    for number, line in enumerate(lines, 1):
        text = cells.clean_text(line.replace("\t", " "))
        if not text:
            continue
        if "填表" in text or "责任单位" in text or "审签" in text:
            for label, attr in _META_KEYS.items():
                m = re.search(label + r"[:：]\s*(.*?)\s*(?=(?:责任单位|填表人|复核人|审签人|填表时间)[:：]|$)", text)
                if m:
                    setattr(spec, attr, m.group(1).strip())
            m = re.search(r"填表时间[:：]\s*(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})", text)
            if m:
                spec.filled_on = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
            elif "填表时间" in text:
                problems.append(Problem("填表时间无法识别", number, "填表时间"))
        elif "事项" in text and re.search(r"\d+\s*项", text):
            spec.declared.update(_declared_counts(text))
        elif not spec.title and "序号" not in text:
            spec.title = text
    if spec.title:
        spec.agency_name = re.sub(r"(政务公开|政府信息公开).*$", "", spec.title)
    year = re.search(r"(20\d{2})\s*年", spec.title) or re.match(r"(\d{4})", spec.filled_on or "")
    spec.year = int(year.group(1)) if year else None


def _declared_counts(text: str) -> dict:
    """"主动公开一级事项6项，二级事项26项；依申请公开二级事项0项" -> level1/level2/on_request_level2."""
    declared = {}
    for clause in re.split(r"[；;]", text):
        prefix = "on_request_" if "依申请" in clause else ""
        for level, count in re.findall(r"([一二三])级事项\s*(\d+)\s*项", clause):
            declared[f"{prefix}level{'一二三'.index(level) + 1}"] = int(count)
    return declared


# ---------------------------------------------------------------------------------------------
# Rows

def _channel_cell(row: list[str]) -> int | None:
    return next((j for j, c in enumerate(row) if _CHECKBOX.search(c)), None)


def _read_rows(lines: list[str], layout: _Layout, source: str, problems: list[Problem]) -> list[_RawRow]:
    rows: list[_RawRow] = []
    category = ""
    for index in range(layout.header_end, len(lines)):
        number = index + 1
        line = lines[index]
        if not line.strip():
            continue
        row = line.split("\t")
        c = _channel_cell(row)
        is_new_item = c is not None and c >= 5 and any(cells.clean_text(row[c - k]) for k in (5, 2, 1))
        if not is_new_item:
            if not rows:
                raise CatalogImportError("表头之后的第一行不是完整的事项行（找不到事项名称或公开渠道）",
                                         source=source, row=number)
            if any(cells.clean_text(x) for x in row[:2]):
                # A page-break continuation never fills 序号/一级/二级: this is a broken item row.
                raise CatalogImportError("该行不完整（可能被截断）：找不到“公开渠道和载体”单元格",
                                         source=source, row=number, column="公开渠道和载体")
            _merge_continuation(rows[-1], row, c, number, problems)
            continue
        shift = layout.channel_index - c
        if shift not in (0, 1):
            problems.append(Problem(f"单元格错位：公开渠道和载体在第{c + 1}格（应为第{layout.channel_index + 1}格），"
                                    "按渠道列向前推算各列", number, "公开渠道和载体"))
        first = cells.clean_text(row[c - 6]) if c >= 6 else ""
        if shift == 0 and first and not first.isdigit():
            category = first
        if not category:
            raise CatalogImportError("一级事项为空，且上方没有可沿用的一级事项", source=source,
                                     row=number, column="一级事项")
        name = cells.clean_text(row[c - 5])
        if not name:
            raise CatalogImportError("二级事项名称为空", source=source, row=number, column="二级事项")
        seq = cells.clean_text(row[c - 7]) if shift == 0 and c >= 7 else ""
        raw = _RawRow(line=number, category=category, name=name, elements=row[c - 4], basis=row[c - 3],
                      deadline=row[c - 2], units=row[c - 1], channels=row[c], ticks=[], columns="",
                      columns_offset=None, remarks="", seq=seq if seq.isdigit() else "")
        _read_after_channel(raw, row, c, number, problems)
        rows.append(raw)
    return rows


def _read_after_channel(raw: _RawRow, row: list[str], c: int, number: int, problems: list[Problem]) -> None:
    """√ cells keep their offset from the channel cell; the first text cell is 网站所属栏目 and any
    later text is 备注."""
    texts = []
    for offset, cell in enumerate(row[c + 1:], 1):
        if cells.tick(cell):
            raw.ticks.append((offset, number))
        elif cells.clean_text(cell):
            texts.append((offset, cell))
    if texts:
        raw.columns_offset, raw.columns = texts[0]
        raw.remarks = " ".join(cells.clean_text(t) for _, t in texts[1:])


def _merge_continuation(parent: _RawRow, row: list[str], c: int | None, number: int,
                        problems: list[Problem]) -> None:
    """Glue a page-break continuation line to the item above, classifying its cells by content
    (they are not aligned with the parent's cells)."""
    parent.continuation_lines.append(number)
    basis_index = next((j for j, x in enumerate(row) if ("《" in x or "》" in x) and j != c), None)
    limit = c if c is not None else len(row)
    for j, cell in enumerate(row):
        text = cell.strip()
        if not text:
            continue
        if j == c:
            parent.channels = parent.channels + " " + cell
        elif cells.tick(cell):
            problems.append(Problem(f"分页续行中的 √（第{j + 1}格）无法确定所属列，未计入，请核对", number, "公开方式"))
        elif j == basis_index:
            before = cells.split_basis(parent.basis)
            added = cells.split_basis(cells.join_broken(parent.basis, text)[0])
            parent.basis = _join(parent.basis, text, number, "公开依据", problems)
            if set(added) <= set(before) and "《" in text.lstrip()[:1]:
                parent.basis_repeats.append((number, cells.clean_text(text)))
        elif "栏目" in text or "网站" in text or (c is not None and j > c):
            parent.columns = _join(parent.columns, text, number, "网站所属栏目", problems)
        elif (basis_index is not None and j == basis_index - 1) or (basis_index is None and j < limit):
            parent.elements = _join(parent.elements, text, number, "公开内容（要素）", problems)
        else:
            problems.append(Problem(f"分页续行中无法归类的文本“{cells.clean_text(text)}”已并入备注，请核对",
                                    number, "备注"))
            parent.remarks = (parent.remarks + " " + cells.clean_text(text)).strip()


def _join(head: str, tail: str, number: int, column: str, problems: list[Problem]) -> str:
    joined, dropped = cells.join_broken(head, tail)
    if dropped:
        problems.append(Problem(f"分页处重复的“{dropped}”已去掉一个（合并为“…{cells.clean_text(joined[max(0, len(head.rstrip()) - 6):len(head.rstrip()) + 6])}…”），请核对",
                                number, column))
    return joined


# ---------------------------------------------------------------------------------------------
# Items

def _build_item(raw: _RawRow, layout: _Layout, spec: CatalogSpec, problems: list[Problem],
                previous_raw: _RawRow | None, built: list[ItemSpec]) -> ItemSpec:
    row = raw.line
    names = cells.split_elements(raw.elements, problems, row=row)
    if not names:
        problems.append(Problem("公开内容（要素）为空", row, "公开内容（要素）"))
    basis = cells.split_basis(raw.basis, problems, row=row)
    for line, text in raw.basis_repeats:
        problems.append(Problem(f"分页续行中的公开依据“{text}”与本事项已有依据重复，已去重", line, "公开依据"))
    deadline_text = cells.clean_text(raw.deadline)
    previous_rule = built[-1].deadline_rule if built else None
    rule = parse_deadline(deadline_text, previous=previous_rule)
    if rule.kind == "unparsed" or (rule.kind == "same_as_above" and rule.flagged):
        problems.append(Problem(cells.unparsed_deadline_message(deadline_text), row, "公开时限"))
    elif rule.flagged:
        problems.append(Problem(f"公开时限“{deadline_text}”：{rule.note}", row, "公开时限"))
    units = cells.split_units(raw.units)
    if not units:
        problems.append(Problem("公开主体为空", row, "公开主体"))
    channels = cells.parse_channels(raw.channels, problems, row=row)
    if not channels:
        problems.append(Problem("公开渠道和载体没有勾选任何一项", row, "公开渠道和载体"))

    item = ItemSpec(
        path=[raw.category, raw.name],
        elements=[ElementSpec(n, cells.guess_field_type(n)) for n in names],
        basis=basis,
        deadline_text=deadline_text,
        deadline_rule=rule,
        units=units,
        channels=channels,
        columns=cells.split_columns(raw.columns),
        remarks=cells.clean_text(raw.remarks),
        source_row=row,
    )
    _map_ticks(item, raw, layout, spec, problems)
    return item


def _map_ticks(item: ItemSpec, raw: _RawRow, layout: _Layout, spec: CatalogSpec, problems: list[Problem]) -> None:
    """Put each √ under the header column at the same distance from the channel cell, and say so
    whenever that mapping is doubtful."""
    mapped = []
    for offset, line in raw.ticks:
        header = layout.after.get(offset)
        if offset == layout.columns_offset:
            header_label = "网站所属栏目"
        elif offset == layout.columns_offset + 1:
            header_label = "备注"
        else:
            header_label = header or "（无列名）"
        if not header:
            problems.append(Problem(f"√ 落在“{header_label}”位置（渠道后第{offset}格），无法确定所属列，未计入，请核对",
                                    line, header_label))
            continue
        if header in _MODE_NAMES:
            _add(item.mode, _MODE_NAMES[header])
        elif header in FIVE_TYPES:
            _add(item.five_types, header)
        elif header in _AUDIENCE_NAMES:
            _add(item.audience, _AUDIENCE_NAMES[header])
        elif header in _LEVEL_NAMES:
            _add(item.scope_level, _LEVEL_NAMES[header])
        else:
            problems.append(Problem(f"√ 所在列“{header}”不是已知的列，未计入", line, header))
            continue
        mapped.append(header)
        if _MODE_NAMES.get(header) == "依申请" and spec.declared.get("on_request_level2") == 0:
            problems.append(Problem("本行在“依申请”列有 √，但表头声明依申请公开事项0项：√ 的列位置可能错位，请核对",
                                    line, header))
    if not item.mode:
        problems.append(Problem("公开方式没有 √（主动公开/依申请都未勾选），该行可能不完整", raw.line, "公开方式"))
    # The 主动公开 √ right after the channel cell is never in doubt; only further ticks are.
    doubtful = [offset for offset, _ in raw.ticks if offset != 1]
    if raw.columns_offset is not None and raw.columns_offset != layout.columns_offset and doubtful:
        where = "、".join(mapped) or "无"
        problems.append(Problem(
            f"本行单元格错位：网站所属栏目在渠道后第{raw.columns_offset}格（表头为第{layout.columns_offset}格），"
            f"√ 按与渠道列的距离归入：{where}，请核对", raw.line, "网站所属栏目"))


def _add(values: list, value: str) -> None:
    if value not in values:
        values.append(value)


def _check_units(spec: CatalogSpec, problems: list[Problem]) -> None:
    """Two unit names one edit apart (社保局/市社保局, a typo'd character) are probably the same
    unit: report them at the row where the second spelling first appears."""
    first_row: dict[str, int | None] = {}
    for item in spec.items:
        for unit in item.units:
            first_row.setdefault(unit, item.source_row)
    for a, b in cells.find_lookalikes(first_row):
        later = a if (first_row[a] or 0) > (first_row[b] or 0) else b
        other = b if later == a else a
        problems.append(Problem(f"公开主体“{later}”与“{other}”（第{first_row[other]}行）只差一个字，可能是同一单位或笔误，请核对",
                                first_row[later], "公开主体"))
