"""Cross-checks of any published annual report's tables 三 and 四 (domain.md §2.7; no Django).

Reads grids (see `grids`), finds table 三 by its row labels and table 四 by its header, and lists
every violated check with the table, row label, column and the numbers involved. Blank cells
count as 0; a blank 总计 on a row with figures is reported as such. Works on the 2021 format and
on the 2019 试行 format, whose （六）其他处理 is a single row.
"""
import re
from dataclasses import asdict, dataclass, field

from zwgk.annualreport import tables
from zwgk.annualreport.grids import Grid, read_grids

CHECKS = ("column_identity", "row_total", "outcome_total", "table4_total", "blank_total", "unreadable")
SIX = tables.COLUMNS[:6]

GROUPS = {"三": "withheld", "四": "unavailable", "五": "not_processed", "六": "other"}
GROUP_CODES = {
    prefix: [code for code in tables.OUTCOME_CODES if code.startswith(prefix + ".")] for prefix in GROUPS.values()
}
TABLE4_GROUPS = [
    ("reconsideration", "行政复议"),
    ("litigation_direct", "行政诉讼·未经复议直接起诉"),
    ("litigation_after_reconsideration", "行政诉讼·复议后起诉"),
]
TABLE4_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
BLANK_MARKS = {"", "-", "—", "——", "/", "／", "无"}

_MARKER = re.compile(r"[（(]([一二三四五六七])[)）]")
_TOP = re.compile(r"^([一二三四])[、.．]")
_SUB = re.compile(r"^(\d+)\s*[.．、]")
_THOUSANDS = re.compile(r"[,，'’\s]")


@dataclass
class Finding:
    check: str
    table: str | None
    row: str | None
    column: str | None
    expected: int | None
    found: int | str | None
    message: str

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Cell:
    value: int
    blank: bool


@dataclass
class Result:
    readable: bool
    format: str | None = None
    findings: list[Finding] = field(default_factory=list)
    table3: dict[str, list[int]] = field(default_factory=dict)  # row code → 7 values as read
    table4: dict[str, list[int]] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "readable": self.readable, "format": self.format,
            "table3": self.table3, "table4": self.table4,
            "findings": [f.to_json() for f in self.findings],
        }


def norm(text: str) -> str:
    """Label text for comparison: no spaces, full-width brackets."""
    return re.sub(r"\s", "", text).replace("(", "（").replace(")", "）")


def parse_number(text: str) -> Cell | None:
    """A count as printed: blanks and dashes are 0, thousands separators and stray spaces ignored."""
    raw = _THOUSANDS.sub("", text)
    if raw in BLANK_MARKS:
        return Cell(0, True)
    if raw.isascii() and raw.isdigit():
        return Cell(int(raw), False)
    if re.fullmatch(r"\d+\.0+", raw):
        return Cell(int(raw.split(".")[0]), False)
    return None


# --------------------------------------------------------------------------- finding the tables

def _has(grid: Grid, *needles: str) -> bool:
    texts = {norm(cell) for row in grid for cell in row}
    return all(any(needle in text for text in texts) for needle in needles)


def _row_code(labels: list[str], group: str | None):
    """(code, group) of a table-三 row from its label cells; code None for header rows."""
    markers = [m.group(1) for m in (_MARKER.search(lb) for lb in labels) if m]
    last = labels[-1] if labels else ""
    sub = _SUB.match(last)
    if markers:
        marker = markers[-1]
        if marker == "一":
            return "disclosed", None
        if marker == "二":
            return "partly_disclosed", None
        if marker == "七":
            return "total", None
        group = GROUPS[marker]
        if not sub:
            return f"group:{group}", group
    elif sub and group:
        pass
    else:
        top = _TOP.match(labels[0]) if labels else None
        if top:
            return {"一": "new", "二": "carried_in", "四": "carried_out"}.get(top.group(1)), None
        return None, group
    index = int(sub.group(1)) - 1
    codes = GROUP_CODES[group]
    return (codes[index] if 0 <= index < len(codes) else f"unknown:{group}:{sub.group(1)}"), group


def _columns3(grid: Grid) -> list[int]:
    """Grid column of each of the seven figures of table 三 (by header text, else the last seven)."""
    width = len(grid[0])
    found = {}
    for row in grid[:6]:
        for c, text in enumerate(row):
            label = norm(text)
            if label in tables.COLUMNS and label not in found:
                found[label] = c
    if len(found) == 7 and sorted(found.values()) == [found[label] for label in tables.COLUMNS]:
        return [found[label] for label in tables.COLUMNS]
    return list(range(width - 7, width))


def _read_table3(grid: Grid, result: Result) -> bool:
    columns = _columns3(grid)
    first = columns[0]
    rows: dict[str, list[Cell]] = {}
    labels_of: dict[str, str] = {}
    group = None
    seen_groups: dict[str, list[Cell] | None] = {}
    for row in grid:
        labels = list(dict.fromkeys(cell for cell in row[:first] if cell))
        if not labels:
            continue
        code, group = _row_code([norm(lb) for lb in labels], group)
        if code is None:
            continue
        label = labels[-1]
        cells = []
        for c, column in zip(columns, tables.COLUMNS):
            cell = parse_number(row[c]) if c < len(row) else Cell(0, True)
            if cell is None:
                result.findings.append(Finding(
                    "unreadable", "table3", label, column, None, row[c],
                    f"表三“{label}”行“{column}”列的“{row[c]}”不是数字，按 0 计。"))
                cell = Cell(0, True)
            cells.append(cell)
        if code.startswith("unknown:"):
            result.findings.append(Finding("unreadable", "table3", label, None, None, None,
                                           f"表三无法识别的行“{label}”，未计入核对。"))
            continue
        if code.startswith("group:"):
            seen_groups[code[6:]] = cells
            continue
        rows[code] = cells
        labels_of[code] = label
    missing = [code for code in ("new", "carried_in", "total", "carried_out") if code not in rows]
    if missing:
        names = "、".join(tables.ROW_LABELS[code] for code in missing)
        result.findings.append(Finding("unreadable", "table3", None, None, None, None, f"表三缺少以下行：{names}。"))
        return False
    has_other_subrows = any(code.startswith("other.") for code in rows)
    result.format = "2021" if has_other_subrows else ("2019" if "other" in seen_groups else "2021")
    if result.format == "2019":
        rows["other"] = seen_groups["other"]
        labels_of["other"] = "（六）其他处理"
    result.table3 = {code: [c.value for c in cells] for code, cells in rows.items()}
    _check_table3(rows, labels_of, result)
    return True


def _check_table3(rows, labels_of, result):
    out = result.findings
    for code, cells in rows.items():
        label = labels_of[code]
        six = sum(c.value for c in cells[:6])
        total = cells[6]
        if total.blank and six:
            out.append(Finding("blank_total", "table3", label, "总计", six, None,
                               f"表三“{label}”行的总计为空，但各列之和为 {six}。"))
        elif total.value != six:
            out.append(Finding("row_total", "table3", label, "总计", six, total.value,
                               f"表三“{label}”行：总计为 {total.value}，各列之和为 {six}。"))
    outcome_codes = [code for code in rows if code not in ("new", "carried_in", "total", "carried_out")]
    for i, column in enumerate(tables.COLUMNS):
        new, carried_in = rows["new"][i].value, rows["carried_in"][i].value
        total, carried_out = rows["total"][i].value, rows["carried_out"][i].value
        if new + carried_in != total + carried_out:
            out.append(Finding(
                "column_identity", "table3", "一＋二＝三（七）＋四", column, new + carried_in, total + carried_out,
                f"表三“{column}”列：本年新收 {new} ＋ 上年结转 {carried_in} ＝ {new + carried_in}，"
                f"而（七）总计 {total} ＋ 结转下年度 {carried_out} ＝ {total + carried_out}。"))
        outcomes = sum(rows[code][i].value for code in outcome_codes)
        if outcomes != total:
            out.append(Finding(
                "outcome_total", "table3", tables.TOTAL_LABEL, column, outcomes, total,
                f"表三“{column}”列：（七）总计为 {total}，（一）至（六）各项之和为 {outcomes}。"))


def _read_table4(grid: Grid, result: Result) -> bool:
    data_rows = []
    for row in grid:
        cells = [parse_number(text) for text in row]
        tail = cells[-15:]
        if len(row) >= 15 and all(c is not None for c in tail) and not all(c.blank for c in tail):
            data_rows.append((row[-15:], tail))
    if not data_rows:
        # A row with unreadable figures: report the cells, read them as 0.
        for row in grid[::-1]:
            if len(row) >= 15 and sum(parse_number(t) is not None for t in row[-15:]) >= 10:
                tail = []
                for i, text in enumerate(row[-15:]):
                    cell = parse_number(text)
                    if cell is None:
                        name, sub = TABLE4_GROUPS[i // 5][1], TABLE4_LABELS[i % 5]
                        result.findings.append(Finding("unreadable", "table4", None, f"{name}·{sub}", None, text,
                                                       f"表四“{name}·{sub}”的“{text}”不是数字，按 0 计。"))
                        cell = Cell(0, True)
                    tail.append(cell)
                data_rows.append((row[-15:], tail))
                break
    if not data_rows:
        result.findings.append(Finding("unreadable", "table4", None, None, None, None, "表四没有找到 15 个数字的数据行。"))
        return False
    _, cells = data_rows[-1]
    for g, (code, name) in enumerate(TABLE4_GROUPS):
        group = cells[g * 5:(g + 1) * 5]
        result.table4[code] = [c.value for c in group]
        parts = sum(c.value for c in group[:4])
        total = group[4]
        if total.blank and parts:
            result.findings.append(Finding("blank_total", "table4", None, f"{name}·总计", parts, None,
                                           f"表四“{name}”的总计为空，但各项之和为 {parts}。"))
        elif total.value != parts:
            result.findings.append(Finding(
                "table4_total", "table4", None, f"{name}·总计", parts, total.value,
                f"表四“{name}”：总计为 {total.value}，结果维持＋结果纠正＋其他结果＋尚未审结＝{parts}。"))
    return True


def validate_grids(grids: list[Grid]) -> Result:
    """Find tables 三 and 四 among the grids and check them."""
    result = Result(readable=False)
    table3 = next((g for g in grids if _has(g, "本年新收") or _has(g, "本年度办理结果")), None)
    table4 = next((g for g in grids if g is not table3 and _has(g, "行政复议", "行政诉讼")), None)
    if table3 is None:
        result.findings.append(Finding("unreadable", "table3", None, None, None, None,
                                       "没有找到表三（收到和处理政府信息公开申请情况）。"))
    if table4 is None:
        result.findings.append(Finding("unreadable", "table4", None, None, None, None,
                                       "没有找到表四（政府信息公开行政复议、行政诉讼情况）。"))
    ok3 = table3 is not None and _read_table3(table3, result)
    ok4 = table4 is not None and _read_table4(table4, result)
    result.readable = ok3 and ok4
    return result


def validate_file(data: bytes) -> Result:
    """Read an HTML or DOCX report and check its tables."""
    try:
        grids = read_grids(data)
    except Exception as exc:  # a corrupt DOCX or binary garbage: say so instead of crashing
        result = Result(readable=False)
        result.findings.append(Finding("unreadable", None, None, None, None, None, f"无法读取文件：{exc}"))
        return result
    return validate_grids(grids)
