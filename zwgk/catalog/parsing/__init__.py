"""Catalog parsers: bytes in, a neutral `CatalogSpec` out. Plain Python, no Django.

Each format module exposes `parse(data: bytes, source: str) -> ParseResult`; `detect_and_parse`
picks the format from the content.
"""
