"""Catalog file formats: bytes in, a neutral `CatalogSpec` out, and back. Plain Python, no Django.

Each format module exposes `parse(data: bytes, source: str) -> ParseResult` and
`dump(spec: CatalogSpec) -> bytes`; `parse_file` picks the format from the content.
"""
from __future__ import annotations

import importlib
import os

from zwgk.lib.zipguard import CorruptZip, ZipBomb, check_zip

from .structure import (
    CatalogImportError,
    CatalogSpec,
    ChannelSpec,
    DeadlineRule,
    ElementSpec,
    ItemSpec,
    ParseResult,
    Problem,
    check_declared,
    count_levels,
    spec_to_comparable,
)

__all__ = [
    "parse_file", "parse_bytes", "detect_format", "dump", "DUMP_FORMATS", "check_rules",
    "CatalogImportError", "CatalogSpec", "ChannelSpec", "DeadlineRule", "ElementSpec", "ItemSpec",
    "ParseResult", "Problem", "check_declared", "count_levels", "spec_to_comparable",
]

DUMP_FORMATS = ("json", "xlsx", "docx", "csv")


def _module(name: str):
    # Imported lazily: xlsx/docx pull in openpyxl/python-docx, which text-only imports never need.
    return importlib.import_module(f".{name}", __name__)


def detect_format(data: bytes, source: str = "") -> tuple[str, bytes | str]:
    """(format name, payload) where payload is the raw bytes for zip formats, decoded text otherwise."""
    from .cells import decode_text
    from .seedtext import looks_like_seed

    if not data or not data.strip():
        raise CatalogImportError("文件为空", source=source)
    if data.startswith(b"PK\x03\x04"):
        try:  # refused before openpyxl/python-docx, which inflate every part into memory, see it
            names = check_zip(data)
        except CorruptZip:
            raise CatalogImportError("压缩包已损坏，无法作为 XLSX/DOCX 读取", source=source) from None
        except ZipBomb as exc:
            raise CatalogImportError(str(exc), source=source) from None
        if any(n.startswith("xl/") for n in names):
            return "xlsx", data
        if any(n.startswith("word/") for n in names):
            return "docx", data
        raise CatalogImportError("这是一个压缩包，但不是 XLSX 或 DOCX 文件", source=source)
    if data.startswith(b"%PDF"):
        raise CatalogImportError("不支持直接导入 PDF：请先把表格导出为文本、XLSX 或 DOCX", source=source)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise CatalogImportError("不支持旧版 .xls/.doc 文件：请另存为 .xlsx 或 .docx 后导入", source=source)
    text = decode_text(data, source)
    head = text.lstrip("\ufeff \t\r\n")
    if head[:1] in ("{", "["):
        return "json", text
    if looks_like_seed(text):
        return "seed", text
    return "csv", text


def parse_bytes(data: bytes, source: str = "") -> ParseResult:
    """Parse catalog bytes of any supported format (detected from the content)."""
    fmt, payload = detect_format(data, source)
    module = _module({"seed": "seedtext", "json": "jsonfmt", "csv": "csvfmt"}.get(fmt, fmt))
    try:
        result = module.parse(payload, source)
    except CatalogImportError:
        raise
    except RecursionError:
        raise CatalogImportError("文件结构嵌套过深，无法读取", source=source) from None
    result.format = result.format or fmt
    check_rules(result.catalog, source)
    return result


def check_rules(spec: CatalogSpec, source: str = "") -> None:
    """Refuse the whole import when an item's deadline has an absurd number (天数 > 366)."""
    from .deadline import rule_problems

    for number, item in enumerate(spec.items, start=1):
        problems = rule_problems(item.deadline_rule, f"公开时限“{item.deadline_text}”" if item.deadline_text else "公开时限")
        if problems:
            raise CatalogImportError(problems[0], source=source, row=item.source_row or number, column="公开时限")


def parse_file(path_or_name, data: bytes | None = None) -> ParseResult:
    """Parse a catalog file; `data` given means `path_or_name` is only used as its name."""
    source = os.fspath(path_or_name) if path_or_name is not None else ""
    if data is None:
        try:
            with open(source, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise CatalogImportError(f"无法读取文件：{exc.strerror or exc}", source=source) from None
    return parse_bytes(bytes(data), source)


def dump(spec: CatalogSpec, fmt: str) -> bytes:
    """Serialise a catalog as json | xlsx | docx | csv."""
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in DUMP_FORMATS:
        raise ValueError(f"不支持的导出格式“{fmt}”，可选：{'、'.join(DUMP_FORMATS)}")
    return _module({"json": "jsonfmt", "csv": "csvfmt"}.get(fmt, fmt)).dump(spec)
