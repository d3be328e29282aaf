"""The neutral, in-memory shape of a disclosure catalog, shared by every parser and exporter.

Nothing here imports Django: parsers produce these objects, `catalog.importing` saves them, and
exporters read them back, so a round trip is a comparison of two `CatalogSpec`s.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

# The fixed channel list of the standard 基层政务公开标准目录 and of the seed catalog.
STANDARD_CHANNELS = [
    "政府网站",
    "银川市人民政府门户网站",
    "部门网站",
    "政府公报",
    "两微一端",
    "发布会/听证会",
    "广播电视",
    "报刊",
    "纸质媒体",
    "公开查阅点",
    "政务服务中心",
    "便民服务站",
    "入户/现场",
    "社区/企事业单位/村公示栏(电子屏)",
    "社区（村）/企事业单位公示栏",
    "精准推送",
    "其他基层公共服务平台",
    "12345政务服务热线",
    "其他",
]

# The two printed checkbox lists an exported table shows (the union above is for reading): the
# national 基层政务公开标准目录 list, and the list of the 2020 Yinchuan catalogs (the seed's).
NATIONAL_CHANNELS = [
    "政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点",
    "政务服务中心", "便民服务站", "入户/现场", "社区/企事业单位/村公示栏(电子屏)", "精准推送",
    "其他",
]
YINCHUAN_CHANNELS = [
    "银川市人民政府门户网站", "部门网站", "两微一端", "政府公报", "发布会/听证会", "广播电视", "报刊",
    "公开查阅点", "政务服务中心", "便民服务站", "入户/现场", "社区（村）/企事业单位公示栏", "精准推送",
    "其他",
]
CHANNEL_LISTS = [NATIONAL_CHANNELS, YINCHUAN_CHANNELS]


def printed_channels(used) -> list[str]:
    """The checkbox list for a catalog whose checked channels are `used`: the printed list that
    covers most of them, then the other names in use."""
    used = list(dict.fromkeys(used))
    names = list(max(CHANNEL_LISTS, key=lambda names: sum(n in names for n in used)))
    return names + [n for n in used if n not in names]

MODES = ["主动", "依申请"]            # 公开方式
AUDIENCES = ["全社会", "特定群体"]     # 公开对象
LEVELS = ["县级", "乡级"]              # 公开层级
FIVE_TYPES = ["决策", "执行", "管理", "服务", "结果"]  # “五公开”
FIELD_TYPES = ["text", "date", "number", "file", "list"]


@dataclass
class ElementSpec:
    """One 公开内容（要素）: a field that records under the item fill in."""

    name: str
    field_type: str = "text"
    required: bool = False


@dataclass
class ChannelSpec:
    """A checked 公开渠道和载体, with the free text written beside it (其他（宁夏政务服务网）)."""

    name: str
    note: str = ""


@dataclass
class DeadlineRule:
    """A machine-checkable 公开时限.

    kind: after_event (days after event), yearly (by month/day each year), periodic (period),
    immediate (实时/及时: defaults to 20 working days, flagged), same_as_above (resolved by the
    parser), unparsed (kept for staff, never guessed).
    """

    kind: str
    days: int | None = None
    day_type: str | None = None  # "working" | "calendar"
    event: str | None = None
    month: int | None = None
    day: int | None = None
    period: str | None = None  # "month" | "quarter" | "year"
    flagged: bool = False
    note: str = ""
    # A compound 时限 ("…；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示")
    # keeps the main rule above and one sub-rule per 其中 clause;
    # `scope` says which matters a sub-rule applies to.
    scope: str = ""
    subrules: list["DeadlineRule"] = field(default_factory=list)

    def to_dict(self) -> dict:
        out = {}
        for k, v in asdict(self).items():
            if k == "subrules":
                if self.subrules:
                    out[k] = [r.to_dict() for r in self.subrules]
            elif k == "kind" or v not in (None, "", False) or (k == "days" and v == 0):
                out[k] = v
        return out

    @classmethod
    def from_dict(cls, data: dict | None) -> "DeadlineRule":
        data = dict(data or {"kind": "unparsed"})
        known = {f for f in cls.__dataclass_fields__}
        subrules = [cls.from_dict(r) for r in data.pop("subrules", None) or []]
        return cls(**{k: v for k, v in data.items() if k in known}, subrules=subrules)


@dataclass
class ItemSpec:
    """One disclosure item (事项) with everything the catalog says about it."""

    path: list[str]  # [一级, 二级] or [一级, 二级, 三级]
    elements: list[ElementSpec] = field(default_factory=list)
    basis: list[str] = field(default_factory=list)  # 公开依据, one document each
    deadline_text: str = ""
    deadline_rule: DeadlineRule = field(default_factory=lambda: DeadlineRule(kind="unparsed"))
    units: list[str] = field(default_factory=list)  # 公开主体
    channels: list[ChannelSpec] = field(default_factory=list)
    mode: list[str] = field(default_factory=list)  # 主动 / 依申请
    audience: list[str] = field(default_factory=list)
    scope_level: list[str] = field(default_factory=list)  # 公开层级 (the tree depth is len(path))
    five_types: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # 网站所属栏目 paths, " › " joined
    remarks: str = ""
    source_row: int | None = None  # row in the source file, for reports

    @property
    def category(self) -> str:
        return self.path[0]

    @property
    def name(self) -> str:
        return self.path[-1]

# A catalog's year must be one the database and the calendar can hold (the 条例 dates from 2008).
YEARS = range(2000, 2101)


def year_problem(year) -> str:
    """'' when `year` is a plausible catalog year, else the message naming the allowed range."""
    return "" if year in YEARS else f"年份 {year} 不合理：应在 {YEARS.start}–{YEARS.stop - 1} 之间"


@dataclass
class CatalogSpec:
    """A whole catalog: header facts plus items in document order."""

    title: str = ""
    year: int | None = None
    agency_name: str = ""
    responsible_unit: str = ""  # 责任单位
    filled_by: str = ""  # 填表人
    reviewed_by: str = ""  # 复核人
    signed_by: str = ""  # 审签人
    filled_on: str = ""  # 填表时间, ISO date
    declared: dict = field(default_factory=dict)  # counts the header declares, e.g. {"level2": 26}
    items: list[ItemSpec] = field(default_factory=list)
    # The table layout the file was written in (layouts.Layout.to_dict()); {} when the format has
    # none (JSON, CSV): the catalog then keeps the layout it has.
    layout: dict = field(default_factory=dict)


@dataclass
class Problem:
    """A warning or error tied to a place in the source file."""

    message: str
    row: int | None = None
    column: str | None = None
    severity: str = "warning"

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"第{self.row}行")
        if self.column:
            where.append(f"“{self.column}”列")
        return ("，".join(where) + "：" if where else "") + self.message


@dataclass
class ParseResult:
    catalog: CatalogSpec
    warnings: list[Problem] = field(default_factory=list)
    format: str = ""


class CatalogImportError(Exception):
    """An import that must write nothing: names the file, row and column."""

    def __init__(self, message: str, *, source: str = "", row: int | None = None, column: str | None = None):
        self.message, self.source, self.row, self.column = message, source, row, column
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.source}：{Problem(self.message, self.row, self.column)}" if self.source else str(
            Problem(self.message, self.row, self.column)
        )


# ---- Counting and comparing specs -----------------------------------------------------------------

def count_levels(spec: CatalogSpec) -> dict:
    """Counts in the same keys as `CatalogSpec.declared`: level1, level2, level3, on_request_level2."""
    level1 = {item.path[0] for item in spec.items if item.path}
    level2 = {tuple(item.path[:2]) for item in spec.items if len(item.path) >= 2}
    level3 = [item for item in spec.items if len(item.path) >= 3]
    on_request = {tuple(item.path[:2]) for item in spec.items if len(item.path) >= 2 and "依申请" in item.mode}
    counts = {"level1": len(level1), "level2": len(level2), "on_request_level2": len(on_request)}
    if level3:
        counts["level3"] = len(level3)
    return counts


_LEVEL_NAMES = {"level1": "主动公开一级事项", "level2": "主动公开二级事项", "level3": "三级事项",
                "on_request_level2": "依申请公开二级事项"}


def check_declared(spec: CatalogSpec) -> list[Problem]:
    """One warning per count the header declares that differs from what the table lists."""
    counts = count_levels(spec)
    problems = []
    for key, declared in (spec.declared or {}).items():
        if key in counts and counts[key] != declared:
            problems.append(Problem(
                f"表头声明{_LEVEL_NAMES.get(key, key)}{declared}项，表中实际列出{counts[key]}项（全部导入）",
                column="表头"))
    return problems


def item_to_comparable(item: ItemSpec) -> dict:
    """An item as a plain dict without `source_row`, for round-trip comparisons."""
    data = asdict(item)
    data.pop("source_row", None)
    data["deadline_rule"] = item.deadline_rule.to_dict()
    return data


def spec_to_comparable(spec: CatalogSpec) -> dict:
    """A catalog as a plain dict without source rows: two specs are the same catalog iff equal.

    The layout is how the catalog is printed, not what it says, and is compared on its own."""
    data = asdict(spec)
    data.pop("layout", None)
    data["items"] = [item_to_comparable(i) for i in spec.items]
    return data
