"""The one table of an item's fields: the snapshot, the change diff, the back-office form and the
exporters all read it, so adding a field is one row here plus its storage.

`key` is the snapshot key, the `ItemSpec` attribute and the `Item` model attribute alike;
`json_key` is the key in the published JSON interchange format (docs/catalog.schema.json), which
keeps `level` for 公开层级 even though the tree depth is `Item.level`.
"""
from __future__ import annotations

from dataclasses import dataclass

from .structure import AUDIENCES, FIVE_TYPES, LEVELS, MODES


@dataclass(frozen=True)
class ItemField:
    key: str
    label: str  # how the field is named in change lists and reports
    # text: one string; choices: a list from `choices` (plus the item's own extras); lines: a
    # list of free strings, one per line in the form; elements/basis/units/channels/rule: structured.
    kind: str
    json_key: str = ""
    choices: tuple[str, ...] = ()
    stored_on_item: bool = True  # a column of Item (otherwise related rows: elements, units, bases)

    def __post_init__(self):
        if not self.json_key:
            object.__setattr__(self, "json_key", self.key)


ITEM_FIELDS: tuple[ItemField, ...] = (
    ItemField("name", "事项名称", "text"),
    ItemField("elements", "公开内容（要素）", "elements", stored_on_item=False),
    ItemField("basis", "公开依据", "basis", stored_on_item=False),
    ItemField("deadline_text", "公开时限", "text"),
    ItemField("deadline_rule", "公开时限规则", "rule"),
    ItemField("units", "公开主体", "units", stored_on_item=False),
    ItemField("channels", "公开渠道和载体", "channels"),
    ItemField("mode", "公开方式", "choices", choices=tuple(MODES)),
    ItemField("audience", "公开对象", "choices", choices=tuple(AUDIENCES)),
    ItemField("scope_level", "公开层级", "choices", json_key="level", choices=tuple(LEVELS)),
    ItemField("five_types", "“五公开”类型", "choices", choices=tuple(FIVE_TYPES)),
    ItemField("columns", "网站所属栏目", "lines"),
    ItemField("remarks", "备注", "text"),
)

FIELDS_BY_KEY = {f.key: f for f in ITEM_FIELDS}
# The item fields compared on import and edit, in the order a change is shown.
FIELD_LABELS = {f.key: f.label for f in ITEM_FIELDS}
CHOICE_FIELDS = tuple(f for f in ITEM_FIELDS if f.kind == "choices")
# Plain-valued Item columns: copied as they are (lists copied) between a row and a snapshot.
PLAIN_ITEM_COLUMNS = tuple(f.key for f in ITEM_FIELDS if f.stored_on_item and f.kind in ("text", "choices", "lines"))


def plain_value(field_key: str, value):
    """A plain column's value in snapshot form: lists copied, empty values normalised."""
    if FIELDS_BY_KEY[field_key].kind == "text":
        return value or ""
    return list(value or [])


_TYPE_NAMES = {"text": "文本", "date": "日期", "number": "数字", "file": "文件", "list": "列表"}
_DAY_TYPES = {"calendar": "自然日", "working": "工作日"}
_PERIODS = {"month": "每月", "quarter": "每季度", "half_year": "每半年", "year": "每年"}


def rule_text(rule: dict | None) -> str:
    """A 公开时限 rule in words, as staff pages show it (20个工作日内, 每年1月31日前…)."""
    rule = rule or {}
    kind = rule.get("kind")
    days = f"{rule.get('days')}个{_DAY_TYPES.get(rule.get('day_type'), '工作日')}内" if rule.get("days") is not None else ""
    if kind == "after_event":
        text = (f"{rule['event']}后" if rule.get("event") else "") + days
    elif kind == "yearly":
        text = f"每年{rule.get('month')}月{rule.get('day')}日前"
    elif kind == "periodic":
        text = _PERIODS.get(rule.get("period"), "定期") + (f"{rule['day']}日前" if rule.get("day") else "") + (f"，期后{days}" if days else "")
    elif kind == "immediate":
        text = f"及时公开（按{rule.get('days') or 20}个工作日校验）"
    elif kind == "same_as_above":
        text = "同上（上方无可沿用的规则）"
    elif kind:
        text = "未能解析"
    else:
        return "无规则"
    if rule.get("subrules"):
        text += "；" + "；".join(f"其中{r.get('scope') or '部分事项'}：{rule_text(r)}" for r in rule["subrules"])
    return text + ("（待人工确认）" if rule.get("flagged") else "")


def display_value(field_key: str, value) -> str:
    """A snapshot value as one line of text for change tables (原值/新值); "" for empty."""
    if value in (None, "", [], {}):
        return ""
    kind = FIELDS_BY_KEY[field_key].kind if field_key in FIELDS_BY_KEY else "text"
    if kind == "elements":
        return "；".join(
            e.get("name", "") + f"〔{_TYPE_NAMES.get(e.get('type'), e.get('type'))}{'，必填' if e.get('required') else ''}〕"
            for e in value)
    if kind == "channels":
        return "、".join(c.get("name", "") + (f"（{c['note']}）" if c.get("note") else "") for c in value)
    if kind == "rule":
        return rule_text(value)
    if kind in ("basis", "lines"):
        return "；".join(str(v) for v in value)
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return str(value)
