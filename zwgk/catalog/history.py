"""Catalog history entries in words: field labels and readable values instead of stored keys."""
from __future__ import annotations

from zwgk.catalog.formats.fields import FIELD_LABELS, display_value
from zwgk.catalog.formats.layouts import layout_summary

HEADER_LABELS = {
    "title": "目录名称", "responsible_unit": "责任单位", "filled_by": "填表人", "reviewed_by": "复核人",
    "signed_by": "审签人", "filled_on": "填表时间", "declared": "表头声明的事项数", "layout": "表格格式",
}
LEVEL_LABELS = {"level1": "一级事项", "level2": "二级事项", "level3": "三级事项", "on_request_level2": "依申请公开二级事项"}
_IMPORT_LABELS = {"source": "来源文件", "format": "格式", "created": "新增", "updated": "修改", "unchanged": "未变",
                  "deleted": "删除", "kept": "保留"}


def counts_text(counts: dict | None) -> str:
    """{"level1": 6, "level2": 26} → 一级事项6项，二级事项26项."""
    return "，".join(f"{LEVEL_LABELS.get(k, k)}{v}项" for k, v in (counts or {}).items())


def _value(key: str, value) -> str:
    if key == "layout":
        return layout_summary(value) if value else ""
    if key == "declared":
        return counts_text(value)
    if key in FIELD_LABELS:
        return display_value(key, value)
    return "" if value in (None, "", [], {}) else str(value)


def field_rows(values: dict | None) -> list[tuple[str, str]]:
    """(label, text) for each stored key of a before/after dict."""
    rows = []
    for key, value in (values or {}).items():
        label = FIELD_LABELS.get(key) or HEADER_LABELS.get(key) or key
        rows.append((label, _value(key, value) or "（空）"))
    return rows


def describe(change) -> dict:
    """What the history page shows for one CatalogChange: before/after rows and any warnings."""
    if change.action == "import":
        after = change.after or {}
        rows = [(label, str(after[key])) for key, label in _IMPORT_LABELS.items() if key in after and after[key] != ""]
        if after.get("counts"):
            rows.append(("事项数", counts_text(after["counts"])))
        if after.get("declared"):
            rows.append(("表头声明", counts_text(after["declared"])))
        return {"before": [], "after": rows, "warnings": list(after.get("mismatches") or [])}
    if change.action == "new_version":
        after = change.after or {}
        return {"before": [], "after": [("复制自", f"{after.get('from_year', '')}年度"), ("事项数", str(after.get("items", "")))],
                "warnings": []}
    return {"before": field_rows(change.before), "after": field_rows(change.after), "warnings": []}
