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
