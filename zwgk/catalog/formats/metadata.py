"""The one table of catalog elements that repeat a record's standard metadata (文件名称 → 名称,
文号, 发文时间 → 发布日期 …). Records fill these from their own fields instead of asking again, the
staff and portal pages show those values, and the item editor shows the mapping. Plain Python.
"""
from __future__ import annotations

import re

# Element names (normalised: no spaces or brackets, no trailing 等) → the record field they mean.
METADATA_ELEMENTS = {
    "文件名称": "title", "名称": "title", "标题": "title", "信息名称": "title", "文件标题": "title",
    "文号": "doc_number", "发文字号": "doc_number", "文件编号": "doc_number", "发文文号": "doc_number",
    "正文": "body", "文件正文": "body", "全文": "body",
    "发布机构": "publisher", "发文机关": "publisher", "发文单位": "publisher", "发布单位": "publisher",
    "发布时间": "published_at", "发文时间": "published_at", "发布日期": "published_at", "发文日期": "published_at",
}
# How each record field is named on the record form and pages.
METADATA_LABELS = {"title": "名称", "doc_number": "文号", "body": "正文", "publisher": "发布机构", "published_at": "发布日期"}
CUSTOM_LABEL = "自定义字段"


def normalise(name: str) -> str:
    """An element name as METADATA_ELEMENTS keys it."""
    # "发文时间等": catalogs keep a list-trailing 等, the element still means 发文时间.
    return re.sub(r"等$", "", re.sub(r"[\s（）()【】\[\]:：]", "", name or ""))


def metadata_field(name: str) -> str | None:
    """The record field an element name stands for (title, doc_number, …), or None."""
    return METADATA_ELEMENTS.get(normalise(name))


def split_metadata_elements(names) -> tuple[dict[str, str], list[str]]:
    """Split element names into ({name: record field} for the ones that repeat metadata, [the rest])."""
    mapped, rest = {}, []
    for name in names:
        field = metadata_field(name)
        if field:
            mapped[name] = field
        else:
            rest.append(name)
    return mapped, rest


def element_mapping(names) -> list[tuple[str, str]]:
    """(element name, what it maps to: a standard field's label or 自定义字段) in element order."""
    return [(name, METADATA_LABELS[field] if (field := metadata_field(name)) else CUSTOM_LABEL) for name in names]
