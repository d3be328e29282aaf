"""A saved catalog in one of the interchange formats, as the export command, the back office and
the API serve it."""
from zwgk.catalog.formats import dump
from zwgk.catalog.models import Catalog
from zwgk.catalog.snapshot import catalog_to_spec

EXPORT_FORMATS = {
    "json": ("application/json; charset=utf-8", "json"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
}


def export_catalog(catalog: Catalog, fmt: str) -> bytes:
    """The catalog in one of the interchange formats (json|xlsx|docx|csv)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"不支持的格式：{fmt}（可选 {'、'.join(EXPORT_FORMATS)}）")
    return dump(catalog_to_spec(catalog), fmt)


def export_filename(catalog: Catalog, fmt: str) -> str:
    return f"{catalog.agency.slug}-catalog-{catalog.year}.{EXPORT_FORMATS[fmt][1]}"
