"""Importing a parsed catalog: find or create the agency, then save the catalog for its year,
updating an existing one in place. One transaction; a dry run rolls back and only reports."""
from __future__ import annotations

import datetime
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.db.models import Max, ProtectedError, Q
from django.utils import timezone

from zwgk.catalog import signals
from zwgk.catalog.editing import DEADLINE_KEYS, ItemWriter, insert_relations
from zwgk.catalog.formats.fields import FIELD_LABELS, display_value
from zwgk.catalog.formats.layouts import layout_summary
from zwgk.catalog.formats.structure import CatalogImportError, CatalogSpec, ItemSpec, ParseResult, Problem
from zwgk.catalog.models import Agency, Catalog, CatalogChange, Item
from zwgk.catalog.snapshot import change_dict, diff, load_rows, spec_snapshot
from zwgk.lib.dates import DateError, parse_date

# The bundled data: the demo agency's seed catalog, and the agencies we know how to set up
# properly (slug, short name, region) when an import names them first.
SEEDS_DIR = Path(__file__).resolve().parent / "seeds"
KNOWN_AGENCIES_FILE = SEEDS_DIR / "agencies.json"

LEVEL_NAMES = {1: "一级事项", 2: "二级事项", 3: "三级事项"}
HEADER_FIELDS = {
    "title": "目录名称",
    "responsible_unit": "责任单位",
    "filled_by": "填表人",
    "reviewed_by": "复核人",
    "signed_by": "审签人",
    "filled_on": "填表时间",
    "declared": "表头声明的事项数",
    "layout": "表格格式",
}
# Formats whose files state element types themselves (or annotate the exceptions): trusted as is.
TYPED_FORMATS = {"json", "xlsx", "docx", "csv"}


class AgencyError(ValueError):
    """The agency for an import cannot be determined."""


def _declared_target(key: str) -> tuple[int | None, bool]:
    """Map a declared-count key to (level, only 依申请)."""
    key_l = str(key).lower()
    apply = "依申请" in key_l or "apply" in key_l or "request" in key_l
    m = re.search(r"(?:level|l)_?(\d)", key_l)
    if m:
        return int(m.group(1)), apply
    for level, word in ((1, "一级"), (2, "二级"), (3, "三级")):
        if word in key_l:
            return level, apply
    return None, apply


def _declared_label(key: str) -> str:
    level, apply = _declared_target(key)
    if level is None:
        return str(key)
    return ("依申请公开" if apply else "") + LEVEL_NAMES.get(level, f"{level}级事项")


def _as_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@dataclass
class ImportReport:
    """What an import did (or would do, in a dry run)."""

    source: str = ""
    format: str = ""
    agency: str = ""
    agency_slug: str = ""
    agency_created: bool = False
    catalog_title: str = ""
    year: int | None = None
    catalog_created: bool = False
    dry_run: bool = False
    counts: dict = field(default_factory=dict)  # {"level1": 6, "level2": 27}
    declared: dict = field(default_factory=dict)
    mismatches: list[str] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    kept: int = 0
    header_changes: list[str] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)  # {"action", "path", "fields"}
    warnings: list[Problem] = field(default_factory=list)
    # Why the file looks cut short or headerless; the import needs allow_incomplete to go ahead.
    incomplete: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "format": self.format,
            "agency": {"name": self.agency, "slug": self.agency_slug, "created": self.agency_created},
            "catalog": {"title": self.catalog_title, "year": self.year, "created": self.catalog_created},
            "dry_run": self.dry_run,
            "counts": self.counts,
            "declared": self.declared,
            "mismatches": self.mismatches,
            "items": {
                "created": self.created,
                "updated": self.updated,
                "unchanged": self.unchanged,
                "deleted": self.deleted,
                "kept": self.kept,
            },
            "header_changes": self.header_changes,
            "incomplete": self.incomplete,
            "changes": self.changes,
            "warnings": [
                {"message": w.message, "row": w.row, "column": w.column, "severity": w.severity, "text": str(w)}
                for w in self.warnings
            ],
        }

    def as_text(self) -> str:
        lines = []
        head = "【试导入，未写入数据库】" if self.dry_run else "【导入完成】"
        lines.append(f"{head}{self.source or ''}（格式：{self.format or '未知'}）")
        lines.append(
            f"机关：{self.agency}（{self.agency_slug}）" + ("，新建机关" if self.agency_created else "")
        )
        lines.append(
            f"目录：{self.catalog_title}（{self.year}年度）" + ("，新建目录" if self.catalog_created else "，更新已有目录")
        )
        counts = "，".join(
            f"{LEVEL_NAMES.get(int(k[5:]), k)}{v}项" for k, v in sorted(self.counts.items()) if k.startswith("level")
        )
        lines.append(f"事项数：{counts or '无'}")
        if self.declared:
            lines.append("表头声明：" + "，".join(f"{_declared_label(k)}{v}项" for k, v in self.declared.items()))
        for m in self.mismatches:
            lines.append(f"数量不符：{m}")
        for reason in self.incomplete:
            lines.append(f"文件可能不完整：{reason}")
        lines.append(
            f"事项：新增{self.created}，修改{self.updated}，未变{self.unchanged}，删除{self.deleted}"
            + (f"，因有政府信息引用而保留{self.kept}" if self.kept else "")
        )
        for h in self.header_changes:
            lines.append(f"表头变更：{h}")
        for c in self.changes:
            if c["action"] == "update":
                lines.append(f"  修改 {' › '.join(c['path'])}：{'、'.join(c['fields'])}")
            elif c["action"] == "delete":
                lines.append(f"  删除 {' › '.join(c['path'])}")
        if self.warnings:
            lines.append(f"警告（{len(self.warnings)}条）：")
            lines.extend(f"  - {w}" for w in self.warnings)
        else:
            lines.append("警告：无")
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Agencies


@functools.cache
def known_agencies() -> dict[str, dict]:
    """The bundled agencies (seeds/agencies.json) by full name."""
    return {a["name"]: a for a in json.loads(KNOWN_AGENCIES_FILE.read_text(encoding="utf-8"))}


def find_agency(name: str) -> Agency | None:
    """Look an agency up by full name, short name or slug."""
    matches = list(Agency.objects.filter(Q(name=name) | Q(short_name=name) | Q(slug=name))[:2])
    exact = [a for a in matches if a.name == name]
    if exact:
        return exact[0]
    if len(matches) > 1:
        raise AgencyError(f"“{name}”对应多个机关，请使用机关全称")
    return matches[0] if matches else None


def create_agency(name: str) -> Agency:
    """Create an agency named in an import: known agencies get their real slug, others agency-<n>."""
    known = known_agencies().get(name, {})
    slug = known.get("slug")
    if not slug or Agency.objects.filter(slug=slug).exists():
        n = Agency.objects.count() + 1
        while Agency.objects.filter(slug=f"agency-{n}").exists():
            n += 1
        slug = f"agency-{n}"
    return Agency.objects.create(
        name=name, slug=slug, short_name=known.get("short_name", ""), region=known.get("region", "")
    )


def resolve_agency(name: str | None, *, spec_agency_name: str = "", create: bool = True) -> tuple[Agency, bool]:
    """The agency an import goes to, and whether it was created. `--agency` may be omitted
    when the installation has exactly one agency, or none and the file names one."""
    if name:
        agency = find_agency(name)
        if agency:
            return agency, False
        if not create:
            raise AgencyError(f"找不到机关“{name}”")
        return create_agency(name), True
    agencies = list(Agency.objects.all()[:2])
    if len(agencies) == 1:
        return agencies[0], False
    if spec_agency_name:
        agency = find_agency(spec_agency_name)
        if agency:
            return agency, False
        if not agencies and create:
            return create_agency(spec_agency_name), True
    if not agencies:
        raise AgencyError("数据库中还没有机关，文件也未写明机关名称：请用 --agency 指定机关全称")
    names = "、".join(Agency.objects.values_list("name", flat=True))
    raise AgencyError(f"有多个机关（{names}），请用 --agency 指定")


# ---------------------------------------------------------------------------------------------
# Import


def _catalog_year(spec: CatalogSpec, warnings: list[Problem]) -> int:
    if spec.year:
        return int(spec.year)
    if spec.filled_on:
        m = re.match(r"(\d{4})", str(spec.filled_on))
        if m:
            return int(m.group(1))
    m = re.search(r"(19|20)\d{2}", spec.title or "")
    if m:
        return int(m.group(0))
    year = timezone.localdate().year
    warnings.append(Problem(f"文件未写明年度，按当前年度 {year} 导入", column="年度"))
    return year


def _filled_on(value: str, warnings: list[Problem]) -> datetime.date | None:
    if not value:
        return None
    text = str(value).strip()
    try:
        return parse_date(text[:10] if re.match(r"\d{4}-\d{2}-\d{2}[T ]", text) else text)  # an ISO timestamp's day
    except DateError:
        warnings.append(Problem(f"填表时间“{value}”无法识别，已留空", column="填表时间"))
        return None


def _tree_nodes(spec: CatalogSpec, warnings: list[Problem]) -> list[tuple[tuple[str, ...], ItemSpec | None]]:
    """Every node of the item tree in document order, with intermediate levels that have no row.

    An item is identified by its path, so a second row with the same path cannot be stored: the
    first row is kept and the later one is reported, never dropped silently."""
    order: dict[tuple[str, ...], ItemSpec | None] = {}
    for item in spec.items:
        path = tuple(p.strip() for p in item.path if p and p.strip())
        if not path:
            continue
        for depth in range(1, len(path)):
            order.setdefault(path[:depth], None)
        first = order.get(path)
        if first is not None:
            where = f"（与第{first.source_row}行重复）" if first.source_row else ""
            warnings.append(Problem(f"事项“{' › '.join(path)}”重复出现{where}，本行未导入，请核对", item.source_row, "公开事项"))
            continue
        order[path] = item
    return list(order.items())


def _header_values(catalog: Catalog) -> dict:
    return {
        "title": catalog.title,
        "responsible_unit": catalog.responsible_unit,
        "filled_by": catalog.filled_by,
        "reviewed_by": catalog.reviewed_by,
        "signed_by": catalog.signed_by,
        "filled_on": catalog.filled_on.isoformat() if catalog.filled_on else "",
        "declared": dict(catalog.declared or {}),
        "layout": dict(catalog.layout or {}),
    }


def _header_text(key: str, value) -> str:
    if key == "layout":
        return layout_summary(value) if value else "（空）"
    return str(value or "（空）")


def _free_slug(parent_slug: str, index: int, taken: set[str]) -> str:
    prefix = f"{parent_slug}-" if parent_slug else ""
    n = index
    while f"{prefix}{n}" in taken:
        n += 1
    slug = f"{prefix}{n}"
    taken.add(slug)
    return slug


def import_catalog(
    result: ParseResult, *, agency: Agency, user=None, dry_run: bool = False, source: str = "",
    allow_delete: bool = False, allow_incomplete: bool = False,
) -> ImportReport:
    """Save a parsed catalog as the agency's catalog for its year, updating it in place if it exists.

    One transaction; a dry run rolls back and only reports what would change. An import that would
    delete items, or of a file that looks truncated or has no header, is refused unless allowed.
    """
    spec = result.catalog
    warnings = list(result.warnings)
    guess = (result.format or "").lower() not in TYPED_FORMATS
    report = ImportReport(
        source=source, format=result.format, agency=agency.name, agency_slug=agency.slug, dry_run=dry_run
    )
    if not spec.items:
        raise CatalogImportError("文件中没有任何公开事项", source=source)
    user = user if getattr(user, "is_authenticated", False) else None

    with transaction.atomic():
        year = _catalog_year(spec, warnings)
        catalog, created = Catalog.objects.select_for_update().get_or_create(
            agency=agency, year=year, defaults={"title": spec.title or f"{agency.name}政务公开基本目录"}
        )
        report.catalog_created = created
        before_header = None if created else _header_values(catalog)
        catalog.title = spec.title or catalog.title
        catalog.responsible_unit = spec.responsible_unit
        catalog.filled_by = spec.filled_by
        catalog.reviewed_by = spec.reviewed_by
        catalog.signed_by = spec.signed_by
        catalog.filled_on = _filled_on(spec.filled_on, warnings)
        catalog.declared = dict(spec.declared or {})
        if spec.layout:  # JSON and CSV say nothing about the printed table: the catalog keeps its own
            catalog.layout = dict(spec.layout)
        latest = Catalog.objects.filter(agency=agency).exclude(pk=catalog.pk).aggregate(y=Max("year"))["y"]
        if latest is None or year >= latest:
            catalog.is_current = True
        catalog.save()
        if catalog.is_current:
            Catalog.objects.filter(agency=agency).exclude(pk=catalog.pk).update(is_current=False)
        if before_header is not None:
            after_header = _header_values(catalog)
            changed = [k for k in HEADER_FIELDS if before_header[k] != after_header[k]]
            if changed:
                report.header_changes = [
                    f"{HEADER_FIELDS[k]}：{_header_text(k, before_header[k])} → {_header_text(k, after_header[k])}"
                    for k in changed
                ]
                CatalogChange.objects.create(
                    catalog=catalog, action="update", user=user, note="导入时更新目录表头",
                    before={k: before_header[k] for k in changed}, after={k: after_header[k] for k in changed},
                )
        report.catalog_title, report.year = catalog.title, catalog.year

        nodes = _tree_nodes(spec, warnings)
        snapshots = {path: spec_snapshot(s, guess_types=guess) for path, s in nodes}
        for path, snap in snapshots.items():
            snap["name"] = path[-1]
        rows = {path: s.source_row for path, s in nodes if s is not None}

        existing_rows = load_rows(catalog)
        existing = {r["path"]: r for r in existing_rows}
        taken = {r["slug"] for r in existing_rows}
        changes: list[CatalogChange] = []
        # A brand-new catalog gets one "import" entry; item-level entries are for changes to an existing one.
        log_items = not created

        # Items no longer in the file: delete deepest first, unless records point at them.
        removed = sorted((p for p in existing if p not in snapshots), key=len, reverse=True)
        # Usually no record points at any of them: one delete for all. Otherwise one by one, to keep those that are.
        all_deleted = False
        if removed:
            try:
                with transaction.atomic():
                    Item.objects.filter(pk__in=[existing[p]["id"] for p in removed]).delete()
                all_deleted = True
            except ProtectedError:
                pass
        kept_paths = set()
        for path in removed:
            row = existing.pop(path)
            if any(k[: len(path)] == path for k in kept_paths):
                kept_paths.add(path)
                continue
            try:
                if not all_deleted:
                    with transaction.atomic():
                        Item.objects.get(pk=row["id"]).delete()
            except ProtectedError:
                kept_paths.add(path)
                report.kept += 1
                warnings.append(
                    Problem(f"事项“{' › '.join(path)}”已不在文件中，但已有政府信息引用，予以保留；请在后台处理", column="公开事项")
                )
                continue
            taken.discard(row["slug"])
            report.deleted += 1
            report.changes.append({"action": "delete", "path": list(path), "fields": []})
            changes.append(
                CatalogChange(catalog=catalog, item_name=" › ".join(path), action="delete", user=user,
                              note="导入时删除", before=change_dict(row["snap"]))
            )

        writer = ItemWriter(agency)
        writer.prepare(snapshots.values())
        ids: dict[tuple[str, ...], int] = {}
        slugs: dict[tuple[str, ...], str] = {}
        sibling_index: dict[tuple[str, ...], int] = {}
        new_rows, updates, moves = [], [], []
        max_depth = max(len(p) for p in snapshots)
        position = {path: i for i, path in enumerate(snapshots)}
        for depth in range(1, max_depth + 1):
            to_create = []
            for path, snap in snapshots.items():
                if len(path) != depth:
                    continue
                parent_path = path[:-1]
                sibling_index[parent_path] = sibling_index.get(parent_path, 0) + 1
                row = existing.get(path)
                if row is None:
                    item = Item(
                        catalog=catalog, parent_id=ids.get(parent_path), level=depth, position=position[path],
                        slug=_free_slug(slugs.get(parent_path, ""), sibling_index[parent_path], taken),
                        source_row=rows.get(path),
                    )
                    writer.set_scalars(item, snap)
                    to_create.append((item, snap, path))
                    continue
                ids[path], slugs[path] = row["id"], row["slug"]
                old, new = diff(row["snap"], snap)
                if old:
                    report.updated += 1
                    report.changes.append({
                        "action": "update", "path": list(path), "fields": [FIELD_LABELS[k] for k in new],
                        "values": [{"field": FIELD_LABELS[k], "before": display_value(k, old[k]),
                                    "after": display_value(k, new[k])} for k in new],
                    })
                    changes.append(
                        CatalogChange(catalog=catalog, item_id=row["id"], item_name=" › ".join(path), action="update",
                                      user=user, note="导入时更新", before=old, after=new)
                    )
                    updates.append((row["id"], path, snap, set(new)))
                else:
                    report.unchanged += 1
                    if row["position"] != position[path] or row["source_row"] != rows.get(path):
                        moves.append((row["id"], position[path], rows.get(path)))
            if to_create:
                Item.objects.bulk_create([i for i, _, _ in to_create], batch_size=500)
                for item, snap, path in to_create:
                    ids[path], slugs[path] = item.pk, item.slug
                    new_rows.append(writer.relations(item.pk, snap))
                    if log_items:
                        changes.append(
                            CatalogChange(catalog=catalog, item_id=item.pk, item_name=" › ".join(path),
                                          action="create", user=user, note="导入时新增", after=change_dict(snap))
                        )
                report.created += len(to_create)
        if updates:
            items = Item.objects.in_bulk([u[0] for u in updates])
            for item_id, path, snap, fields in updates:
                item = items[item_id]
                item.position, item.source_row = position[path], rows.get(path)
                new_rows.append(writer.save_changed(item, snap, fields))
        for item_id, pos, source_row in moves:
            Item.objects.filter(pk=item_id).update(position=pos, source_row=source_row)
        insert_relations(new_rows)
        signals.send_items_changed(Item, [items[u[0]] for u in updates if u[3] & DEADLINE_KEYS] if updates else [])

        report.counts = {f"level{d}": sum(1 for p in snapshots if len(p) == d) for d in range(1, max_depth + 1)}
        report.declared = dict(spec.declared or {})
        report.mismatches = _mismatches(report.declared, snapshots)
        if report.mismatches:
            # Parsers may flag the same count mismatch; the report states it once, under mismatches.
            warnings = [w for w in warnings if not (w.column == "表头" and w.message.startswith("表头声明"))]
        report.warnings = warnings
        report.incomplete = _incompleteness(spec, report.declared, snapshots)
        if not dry_run:
            _refuse_unconfirmed(report, source, allow_delete=allow_delete, allow_incomplete=allow_incomplete)
        CatalogChange.objects.bulk_create(changes, batch_size=500)
        CatalogChange.objects.create(
            catalog=catalog, action="import", user=user,
            note=f"导入{source or '文件'}：新增{report.created}，修改{report.updated}，删除{report.deleted}",
            after={"source": source, "format": result.format, "counts": report.counts,
                   "created": report.created, "updated": report.updated, "unchanged": report.unchanged,
                   "deleted": report.deleted, "kept": report.kept,
                   # The source's own miscount: the export recounts, so this is where it stays on record.
                   "declared": report.declared, "mismatches": report.mismatches},
        )
        if dry_run:
            transaction.set_rollback(True)
    return report


def _incompleteness(spec: CatalogSpec, declared: dict, snapshots: dict) -> list[str]:
    """Signs that a file is cut short or is only a fragment: no header at all, or fewer items than it declares."""
    reasons = []
    if spec.year is None and not spec.title and not declared:
        reasons.append("文件没有目录表头（标题、年度、事项数量声明）")
    for label, expected, actual, apply_only in _declared_counts(declared, snapshots):
        if not apply_only and actual < expected:
            reasons.append(f"表头声明{label}{expected}项，文件中只有{actual}项：文件可能被截断")
    return reasons


def _refuse_unconfirmed(report: ImportReport, source: str, *, allow_delete: bool, allow_incomplete: bool):
    if report.incomplete and not allow_incomplete:
        raise CatalogImportError(
            "；".join(report.incomplete) + "。请核对文件；确认无误后使用 --allow-incomplete（后台：勾选“文件不完整也导入”）",
            source=source)
    if report.deleted and not allow_delete:
        paths = [" › ".join(c["path"]) for c in report.changes if c["action"] == "delete"]
        raise CatalogImportError(
            f"此次导入将删除{report.deleted}个事项（{'、'.join(paths[:5])}{'等' if len(paths) > 5 else ''}）。"
            "请先试导入核对；确认删除后使用 --allow-delete（后台：勾选“确认删除”）", source=source)


def _declared_counts(declared: dict, snapshots: dict):
    """(label, declared, listed, apply_only) for each count the header declares that we can check."""
    for key, value in declared.items():
        level, apply_only = _declared_target(key)
        expected = _as_int(value)
        if level is None or expected is None:
            continue
        label = LEVEL_NAMES.get(level, f"{level}级事项")
        if apply_only:
            # A level counts as 依申请 when it or any item under it is disclosed on request.
            actual = len(
                {p[:level] for p, snap in snapshots.items() if len(p) >= level and any("依申请" in m for m in snap["mode"])}
            )
            yield f"依申请公开{label}", expected, actual, True
        else:
            yield label, expected, sum(1 for p in snapshots if len(p) == level), False


def _mismatches(declared: dict, snapshots: dict) -> list[str]:
    return [f"表头声明{label}{expected}项，实际列出{actual}项（全部导入）"
            for label, expected, actual, _ in _declared_counts(declared, snapshots) if actual != expected]


def import_parsed(
    result: ParseResult, *, agency_name: str | None = None, user=None, dry_run: bool = False, source: str = "",
    allow_delete: bool = False, allow_incomplete: bool = False,
) -> ImportReport:
    """Find (or create) the agency and import, all in one transaction."""
    with transaction.atomic():
        agency, created = resolve_agency(agency_name, spec_agency_name=result.catalog.agency_name)
        report = import_catalog(result, agency=agency, user=user, source=source, dry_run=dry_run,
                                allow_delete=allow_delete, allow_incomplete=allow_incomplete)
        report.agency_created = created
        report.dry_run = dry_run
        if dry_run:
            transaction.set_rollback(True)
    return report


