"""Table layouts of a catalog: which columns, in which order, with which header wording, how 序号
is numbered and how the channel checkbox list is worded. Plain data, no Django.

An imported XLSX/DOCX/seed file gives its own layout (`layout_from_header`); a catalog created in
the back office starts from one of `STANDARD_LAYOUTS`. A layout travels as a plain dict
(`Layout.to_dict`) on `CatalogSpec.layout` and in `Catalog.layout`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .structure import AUDIENCES, FIVE_TYPES, LEVELS, MODES, NATIONAL_CHANNELS

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
SUB_KEYS = ("level1", "level2", "level3", "audience:", "mode:", "level:", "five:")
CONTENT_KEYS = ("elements", "basis", "deadline", "units", "channels", "columns", "remarks")

# The standard wording of each column, and what the "missing column" error calls it.
DEFAULT_LABELS = {
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
# Column widths in Excel character units; DOCX scales them to the page.
WIDTHS = {"seq": 5, "level1": 12, "level2": 12, "level3": 12, "elements": 24, "basis": 28, "deadline": 14,
          "units": 12, "channels": 22, "columns": 20, "remarks": 10}
TICK_WIDTH = 5

# How 序号 is numbered: every item row, once per 一级事项 (merged over its rows), or not at all.
NUMBERINGS = {"item": "逐项编号", "level1": "按一级事项编号", "none": "不编号"}


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
# Layouts
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LayoutColumn:
    """One column: `top` is the upper header row (a group label repeats over its sub-columns),
    `sub` the lower one ("" when the label spans both rows)."""

    key: str
    top: str
    sub: str = ""

    @property
    def width(self) -> float:
        return WIDTHS.get(self.key, TICK_WIDTH if ":" in self.key else 12)


@dataclass
class Layout:
    columns: list[LayoutColumn]
    numbering: str = "item"
    channels: list[str] = field(default_factory=list)  # the printed checkbox list, as worded
    name: str = ""  # a STANDARD_LAYOUTS key, or "" for a layout read from a file

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "columns": [{"key": c.key, "top": c.top, "sub": c.sub} for c in self.columns],
            "numbering": self.numbering,
            "channels": list(self.channels),
        }

    @classmethod
    def from_dict(cls, data: dict | None) -> "Layout | None":
        """The layout a stored dict describes; None for an empty or unusable one."""
        if not data or not isinstance(data, dict):
            return None
        columns = [LayoutColumn(str(c.get("key", "")), str(c.get("top", "")), str(c.get("sub", "")))
                   for c in data.get("columns") or [] if isinstance(c, dict) and c.get("key")]
        if not columns:
            return None
        numbering = data.get("numbering") if data.get("numbering") in NUMBERINGS else "item"
        channels = [str(c) for c in data.get("channels") or [] if str(c).strip()]
        return cls(columns=columns, numbering=numbering, channels=channels, name=str(data.get("name") or ""))

    def keys(self) -> list[str]:
        return [c.key for c in self.columns]

    def header_rows(self) -> tuple[list[str], list[str]]:
        """The two header rows as a table shows them (a group label repeated over its span)."""
        return [c.top for c in self.columns], [c.sub for c in self.columns]


def _ticks(prefix: str, top: str = "", words: dict | None = None) -> list[LayoutColumn]:
    group, values = TICK_GROUPS[prefix]
    return [LayoutColumn(f"{prefix}:{v}", top or group, (words or {}).get(v, v)) for v in values]


def _plain(*keys: str, labels: dict | None = None) -> list[LayoutColumn]:
    labels = {**DEFAULT_LABELS, **(labels or {})}
    return [LayoutColumn(k, labels[k]) for k in keys]


_ITEM_NAMES = [LayoutColumn("level1", "公开事项", "一级事项"), LayoutColumn("level2", "公开事项", "二级事项")]

# The 2020 Yinchuan catalogs (the seed): no 公开对象/公开层级, 序号 per 一级事项, the city's channel list.
SEED_LAYOUT = Layout(
    name="yinchuan-2020",
    columns=[
        *_plain("seq"), *_ITEM_NAMES,
        *_plain("elements", "basis", "deadline", "units", "channels", labels={"elements": "公开内容 (要素)"}),
        *_ticks("mode", words={"主动": "主动公开"}), *_ticks("five"),
        *_plain("columns", "remarks"),
    ],
    numbering="level1",
    channels=[
        "银川市人民政府门户网站", "部门网站", "两微一端", "政府公报", "发布会/听证会", "广播电视", "报刊",
        "公开查阅点", "政务服务中心", "便民服务站", "入户/现场", "社区（村）/企事业单位公示栏", "精准推送（注明）",
        "其他（注明）",
    ],
)

# The State Council's 基层政务公开标准目录 (26 areas): 公开对象 and 公开层级, every item numbered.
BASIC_LAYOUT = Layout(
    name="jiceng",
    columns=[
        *_plain("seq"), *_ITEM_NAMES,
        *_plain("elements", "basis", "deadline", "units", "channels"),
        *_ticks("audience"), *_ticks("mode"), *_ticks("level", words={"县级": "县级", "乡级": "乡级"}),
        *_plain("remarks"),
    ],
    numbering="item",
    channels=list(NATIONAL_CHANNELS),
)

# Every field the catalog stores: what catalogs without a layout of their own (JSON, CSV) export as.
FULL_LAYOUT = Layout(
    name="full",
    columns=[
        *_plain("seq"), *_ITEM_NAMES,
        *_plain("elements", "basis", "deadline", "units", "channels"),
        *_ticks("audience"), *_ticks("mode"), *_ticks("level"), *_ticks("five"),
        *_plain("columns", "remarks"),
    ],
    numbering="item",
)

STANDARD_LAYOUTS: dict[str, tuple[str, Layout]] = {
    SEED_LAYOUT.name: ("银川市2020年政务公开基本目录格式（无公开对象、公开层级；序号按一级事项）", SEED_LAYOUT),
    BASIC_LAYOUT.name: ("基层政务公开标准目录格式（含公开对象、公开层级；逐项编号）", BASIC_LAYOUT),
    FULL_LAYOUT.name: ("全部字段（含公开对象、公开层级、“五公开”类型、网站所属栏目）", FULL_LAYOUT),
}


def standard_layout(name: str) -> Layout:
    """A copy of the standard layout `name` (KeyError naming the choices if unknown)."""
    if name not in STANDARD_LAYOUTS:
        raise KeyError(f"没有“{name}”这种目录格式，可选：{'、'.join(STANDARD_LAYOUTS)}")
    return Layout.from_dict(STANDARD_LAYOUTS[name][1].to_dict())


def layout_summary(data: dict | None) -> str:
    """One line naming a layout's columns and numbering, e.g. for a change list."""
    layout = Layout.from_dict(data)
    if layout is None:
        return "全部字段（默认）"
    names, previous = [], None
    for column in layout.columns:
        label = f"{column.top}（{column.sub}）" if column.sub else column.top
        if column.sub and column.top == previous and names:
            names[-1] = names[-1][:-1] + f"、{column.sub}）"
        else:
            names.append(label)
        previous = column.top
    return f"{'、'.join(names)}；序号{NUMBERINGS[layout.numbering]}"


# ---------------------------------------------------------------------------------------------
# Reading a layout from a file's header rows
# ---------------------------------------------------------------------------------------------


def map_header(rows: list[list[str]]) -> list[tuple[str, int]]:
    """(key, grid column) for each recognised column of one or two header rows, left to right.

    A column is keyed by its lower label if that is specific, else by its upper label; a
    公开方式/公开对象/… column without sub-columns holds words ("主动公开"), keyed text:mode.
    Unknown columns are left out, and a label merged across columns counts once.
    """
    width = max((len(row) for row in rows), default=0)
    found: list[tuple[str, int]] = []
    seen: set[str] = set()
    for col in range(width):
        labels = [row[col] if col < len(row) else "" for row in rows]
        key = None
        for label in reversed(labels):  # the sub-header row is the more specific one
            candidate = classify_label(label)
            if candidate and not candidate.startswith("group:"):
                key = candidate
                break
        if key is None:
            groups = [classify_label(label) for label in labels]
            key = next((g.replace("group:", "text:") for g in groups
                        if g and g.startswith("group:") and g != "group:items"), None)
        if key is None or key in seen:
            continue
        seen.add(key)
        found.append((key, col))
    return found


def layout_from_header(rows: list[list[str]], *, numbering: str = "item", channels=()) -> Layout:
    """The layout a file's header rows describe, wording kept as written.

    Works for grids where merged labels repeat over their span (XLSX, DOCX) and for text where a
    group label stands only over its first sub-column (the seed).
    """
    rows = [[(text or "").strip() for text in row] for row in rows]
    tops = list(rows[0]) if rows else []
    subs = list(rows[1]) if len(rows) > 1 else []
    # A group label written once (seed text) stands over the sub-columns that follow it.
    last = ""
    for col in range(len(subs)):
        if col < len(tops) and tops[col]:
            last = tops[col]
        elif subs[col] and last:
            while len(tops) <= col:
                tops.append("")
            tops[col] = last
    columns = []
    for key, col in map_header([tops, subs] if subs else [tops]):
        top = tops[col] if col < len(tops) else ""
        sub = subs[col] if col < len(subs) else ""
        if sub == top or key.startswith("text:") or key in CONTENT_KEYS or key == "seq":
            sub = ""  # a label merged down over both rows
        if not top and sub:
            top, sub = sub, ""
        columns.append(LayoutColumn(key, top, sub))
    return Layout(columns=columns, numbering=numbering, channels=list(channels))


def detect_numbering(items_seq: list[tuple[str, str]]) -> str:
    """How a file numbered 序号, from (一级事项 name, 序号 text) per item row in order."""
    if not items_seq or not any(seq.strip() for _, seq in items_seq):
        return "none"
    runs: list[list[str]] = []
    previous = None
    for category, seq in items_seq:
        if category != previous:
            runs.append([])
            previous = category
        runs[-1].append(seq.strip())
    per_run = all(run[0] and all(s in ("", run[0]) for s in run[1:]) for run in runs)
    if per_run and any(len(run) > 1 for run in runs):
        return "level1"
    return "item"
