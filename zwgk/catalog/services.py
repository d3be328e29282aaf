"""Catalog business rules: save a parsed catalog, turn the database back into a spec, edit items,
copy a catalog to a new year. Every change is written to CatalogChange; nothing is half-written.
"""
from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Max, ProtectedError, Q
from django.utils import timezone

from zwgk.catalog import signals
from zwgk.catalog.formats import dump
from zwgk.catalog.formats.cells import guess_field_type
from zwgk.catalog.formats.deadline import parse_deadline
from zwgk.catalog.formats.structure import (
    CatalogImportError,
    CatalogSpec,
    ChannelSpec,
    DeadlineRule,
    ElementSpec,
    ItemSpec,
    ParseResult,
    Problem,
)
from zwgk.catalog.models import (
    Agency,
    Catalog,
    CatalogChange,
    Element,
    Item,
    ItemBasis,
    ItemUnit,
    LegalBasis,
    Unit,
)

# Snapshot keys that feed records' due dates (signals.deadline_inputs_changed).
DEADLINE_KEYS = {"deadline_text", "deadline_rule"}

# Agencies we know how to set up properly when an import names them for the first time.
KNOWN_AGENCIES = {
    "银川市人力资源和社会保障局": {
        "slug": "yinchuan-rsj",
        "short_name": "银川市人社局",
        "region": "宁夏回族自治区/银川市",
    },
}

LEVEL_NAMES = {1: "一级事项", 2: "二级事项", 3: "三级事项"}
# The item fields compared on import and edit, in the order a change is shown.
FIELD_LABELS = {
    "name": "事项名称",
    "elements": "公开内容（要素）",
    "basis": "公开依据",
    "deadline_text": "公开时限",
    "deadline_rule": "公开时限规则",
    "units": "公开主体",
    "channels": "公开渠道和载体",
    "mode": "公开方式",
    "audience": "公开对象",
    "level": "公开层级",
    "five_types": "“五公开”类型",
    "columns": "网站所属栏目",
    "remarks": "备注",
}
HEADER_FIELDS = {
    "title": "目录名称",
    "responsible_unit": "责任单位",
    "filled_by": "填表人",
    "reviewed_by": "复核人",
    "signed_by": "审签人",
    "filled_on": "填表时间",
    "declared": "表头声明的事项数",
}


class AgencyError(ValueError):
    """The agency for an import cannot be determined."""


# ---------------------------------------------------------------------------------------------
# Small pure helpers


# Formats whose files state element types themselves (or annotate the exceptions): trusted as is.
TYPED_FORMATS = {"json", "xlsx", "docx", "csv"}


_DOC_NUMBER = re.compile(
    r"[（(]?\s*("
    r"[^\s（()）《》、，,；;]{1,20}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d+\s*号"
    r"|[^\s（()）《》、，,；;]{1,12}令第?\s*\d+\s*号"
    r")\s*[）)]?$"
)


@functools.lru_cache(maxsize=4096)
def split_basis(text: str) -> tuple[str, str]:
    """Split one 公开依据 into (title, 文号): "《…通知》（宁政办发〔2019〕12号）" → ("《…通知》", "宁政办发〔2019〕12号")."""
    text = text.strip()
    match = _DOC_NUMBER.search(text)
    if match and match.start() > 0 and "《" in text[: match.start()]:
        title = text[: match.start()].strip()
        if title:
            return title, re.sub(r"\s+", "", match.group(1))
    return text, ""


def join_basis(title: str, doc_number: str) -> str:
    return f"{title}（{doc_number}）" if doc_number else title


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


# ---------------------------------------------------------------------------------------------
# Snapshots: the comparable content of an item, from the database or from a spec


def spec_snapshot(spec: ItemSpec | None, *, guess_types: bool) -> dict:
    """The normalised content an ItemSpec would give an item (intermediate nodes have none)."""
    if spec is None:
        return _empty_snapshot()
    elements = []
    for el in spec.elements:
        ftype = el.field_type or "text"
        if guess_types and ftype == "text":
            ftype = guess_field_type(el.name)
        elements.append({"name": el.name, "type": ftype, "required": bool(el.required)})
    rule = spec.deadline_rule or DeadlineRule(kind="unparsed")
    return {
        "name": spec.path[-1],
        "elements": elements,
        "basis": [join_basis(*split_basis(b)) for b in spec.basis if b.strip()],
        "deadline_text": spec.deadline_text or "",
        "deadline_rule": rule.to_dict() if (spec.deadline_text or rule.kind != "unparsed") else {},
        "units": _dedupe([u.strip() for u in spec.units if u.strip()]),
        "channels": [{"name": c.name, "note": c.note or ""} for c in spec.channels],
        "mode": list(spec.mode),
        "audience": list(spec.audience),
        "level": list(spec.level),
        "five_types": list(spec.five_types),
        "columns": list(spec.columns),
        "remarks": spec.remarks or "",
    }


def _empty_snapshot(name: str = "") -> dict:
    return {
        "name": name, "elements": [], "basis": [], "deadline_text": "", "deadline_rule": {}, "units": [],
        "channels": [], "mode": [], "audience": [], "level": [], "five_types": [], "columns": [], "remarks": "",
    }


def item_snapshot(item: Item) -> dict:
    """The comparable content of a saved item (uses prefetched relations when present)."""
    return {
        "name": item.name,
        "elements": [
            {"name": e.name, "type": e.field_type, "required": e.required}
            for e in sorted(item.elements.all(), key=lambda e: (e.position, e.id))
        ],
        "basis": [
            join_basis(link.basis.title, link.basis.doc_number)
            for link in sorted(item.basis_links.all(), key=lambda link: link.position)
        ],
        "deadline_text": item.deadline_text,
        "deadline_rule": dict(item.deadline_rule or {}),
        "units": [link.unit.name for link in sorted(item.unit_links.all(), key=lambda link: link.position)],
        "channels": [{"name": c.get("name", ""), "note": c.get("note", "")} for c in item.channels or []],
        "mode": list(item.mode or []),
        "audience": list(item.audience or []),
        "level": list(item.scope_level or []),
        "five_types": list(item.five_types or []),
        "columns": list(item.columns or []),
        "remarks": item.remarks,
    }


def _has_content(snap: dict) -> bool:
    return any(snap[k] for k in FIELD_LABELS if k != "name")


def _diff(before: dict, after: dict) -> tuple[dict, dict]:
    keys = [k for k in FIELD_LABELS if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def _dedupe(values):
    return list(dict.fromkeys(values))  # keeps the first occurrence's position


def _prefetched_items(catalog: Catalog):
    return list(
        catalog.items.order_by("position", "id").prefetch_related(
            "elements", "unit_links__unit", "basis_links__basis"
        )
    )


_ITEM_VALUES = [
    "id", "parent_id", "level", "name", "slug", "position", "source_row", "deadline_text", "deadline_rule",
    "channels", "mode", "audience", "scope_level", "five_types", "columns", "remarks",
]


def _load_rows(catalog: Catalog) -> list[dict]:
    """Every item of a catalog as a plain row with its snapshot (`snap`), in position order.

    Plain values rather than model instances: a 2,000-item catalog loads in a fraction of the time.
    """
    rows = list(catalog.items.order_by("position", "id").values(*_ITEM_VALUES))
    elements: dict[int, list] = {}
    for item_id, name, ftype, required in (
        Element.objects.filter(item__catalog=catalog)
        .order_by("item_id", "position", "id")
        .values_list("item_id", "name", "field_type", "required")
    ):
        elements.setdefault(item_id, []).append({"name": name, "type": ftype, "required": required})
    units: dict[int, list] = {}
    for item_id, name in (
        ItemUnit.objects.filter(item__catalog=catalog).order_by("item_id", "position").values_list("item_id", "unit__name")
    ):
        units.setdefault(item_id, []).append(name)
    bases: dict[int, list] = {}
    for item_id, title, number in (
        ItemBasis.objects.filter(item__catalog=catalog)
        .order_by("item_id", "position")
        .values_list("item_id", "basis__title", "basis__doc_number")
    ):
        bases.setdefault(item_id, []).append(join_basis(title, number))
    for row in rows:
        row["snap"] = {
            "name": row["name"],
            "elements": elements.get(row["id"], []),
            "basis": bases.get(row["id"], []),
            "deadline_text": row["deadline_text"],
            "deadline_rule": dict(row["deadline_rule"] or {}),
            "units": units.get(row["id"], []),
            "channels": [{"name": c.get("name", ""), "note": c.get("note", "")} for c in row["channels"] or []],
            "mode": list(row["mode"] or []),
            "audience": list(row["audience"] or []),
            "level": list(row["scope_level"] or []),
            "five_types": list(row["five_types"] or []),
            "columns": list(row["columns"] or []),
            "remarks": row["remarks"],
        }
    by_id = {r["id"]: r for r in rows}
    for row in rows:
        names, node = [], row
        while node is not None:
            names.append(node["name"])
            node = by_id.get(node["parent_id"])
        row["path"] = tuple(reversed(names))
    return rows


# ---------------------------------------------------------------------------------------------
# The import report


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
    known = KNOWN_AGENCIES.get(name, {})
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


def _parse_date(value: str, warnings: list[Problem]) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
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


def _change_dict(snap: dict) -> dict:
    return {k: snap[k] for k in FIELD_LABELS}


def _header_values(catalog: Catalog) -> dict:
    return {
        "title": catalog.title,
        "responsible_unit": catalog.responsible_unit,
        "filled_by": catalog.filled_by,
        "reviewed_by": catalog.reviewed_by,
        "signed_by": catalog.signed_by,
        "filled_on": catalog.filled_on.isoformat() if catalog.filled_on else "",
        "declared": dict(catalog.declared or {}),
    }


class _Saver:
    """Applies snapshots to items in bulk: units and legal bases are created once and shared."""

    def __init__(self, agency: Agency):
        self.agency = agency
        self.units = {u.name: u for u in Unit.objects.filter(agency=agency)}
        self.bases: dict[str, LegalBasis] = {}

    def prepare(self, snapshots):
        unit_names = _dedupe(n for s in snapshots for n in s["units"])
        missing = [n for n in unit_names if n not in self.units]
        if missing:
            Unit.objects.bulk_create([Unit(agency=self.agency, name=n) for n in missing])
            self.units = {u.name: u for u in Unit.objects.filter(agency=self.agency)}
        wanted = {}
        for s in snapshots:
            for text in s["basis"]:
                title, number = split_basis(text)
                wanted.setdefault(title, number)
        titles = list(wanted)
        existing = {}
        for start in range(0, len(titles), 500):
            existing.update({b.title: b for b in LegalBasis.objects.filter(title__in=titles[start : start + 500])})
        new = [LegalBasis(title=t, doc_number=wanted[t]) for t in titles if t not in existing]
        if new:
            LegalBasis.objects.bulk_create(new)
            for start in range(0, len(titles), 500):
                existing.update(
                    {b.title: b for b in LegalBasis.objects.filter(title__in=titles[start : start + 500])}
                )
        for title, number in wanted.items():
            basis = existing[title]
            if number and basis.doc_number != number:
                basis.doc_number = number
                basis.save(update_fields=["doc_number"])
        self.bases.update(existing)

    @staticmethod
    def set_scalars(item: Item, snap: dict):
        item.name = snap["name"]
        item.deadline_text = snap["deadline_text"]
        item.deadline_rule = snap["deadline_rule"]
        rule = DeadlineRule.from_dict(snap["deadline_rule"]) if snap["deadline_rule"] else None
        item.deadline_flagged = bool(snap["deadline_text"]) and (rule is None or rule.flagged or rule.kind == "unparsed")
        item.channels = snap["channels"]
        item.mode = snap["mode"]
        item.audience = snap["audience"]
        item.scope_level = snap["level"]
        item.five_types = snap["five_types"]
        item.columns = snap["columns"]
        item.remarks = snap["remarks"]

    def relations(self, item_id: int, snap: dict, *, elements=True, units=True, basis=True) -> dict:
        """Related rows for one item as tuples, for _insert_relations."""
        out = {"elements": [], "units": [], "basis": []}
        if elements:
            out["elements"] = [
                (item_id, e["name"], e["type"], bool(e["required"]), i) for i, e in enumerate(snap["elements"])
            ]
        if units:
            out["units"] = [(item_id, self.units[n].pk, i) for i, n in enumerate(_dedupe(snap["units"]))]
        if basis:
            seen, links = set(), []
            for text in snap["basis"]:
                title = split_basis(text)[0]
                if title not in seen:
                    seen.add(title)
                    links.append((item_id, self.bases[title].pk, len(links)))
            out["basis"] = links
        return out


def _insert(model, columns: list[str], rows: list[tuple]):
    """A plain multi-row INSERT: bulk_create's per-object work dominates large imports."""
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    cols = ", ".join(connection.ops.quote_name(c) for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)


def _bulk_relations(rows):
    _insert(Element, ["item_id", "name", "field_type", "required", "position"], [e for r in rows for e in r["elements"]])
    _insert(ItemUnit, ["item_id", "unit_id", "position"], [u for r in rows for u in r["units"]])
    _insert(ItemBasis, ["item_id", "basis_id", "position"], [b for r in rows for b in r["basis"]])


def _free_slug(parent_slug: str, index: int, taken: set[str]) -> str:
    prefix = f"{parent_slug}-" if parent_slug else ""
    n = index
    while f"{prefix}{n}" in taken:
        n += 1
    slug = f"{prefix}{n}"
    taken.add(slug)
    return slug


def import_catalog(
    result: ParseResult, *, agency: Agency, user=None, dry_run: bool = False, source: str = ""
) -> ImportReport:
    """Save a parsed catalog as the agency's catalog for its year, updating it in place if it exists.

    One transaction; a dry run rolls back and only reports what would change.
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
        catalog.filled_on = _parse_date(spec.filled_on, warnings)
        catalog.declared = dict(spec.declared or {})
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
                    f"{HEADER_FIELDS[k]}：{before_header[k] or '（空）'} → {after_header[k] or '（空）'}" for k in changed
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

        existing_rows = _load_rows(catalog)
        existing = {r["path"]: r for r in existing_rows}
        taken = {r["slug"] for r in existing_rows}
        changes: list[CatalogChange] = []
        # A brand-new catalog gets one "import" entry; item-level entries are for changes to an existing one.
        log_items = not created

        # Items no longer in the file: delete deepest first, unless records point at them.
        removed = sorted((p for p in existing if p not in snapshots), key=len, reverse=True)
        kept_paths = set()
        for path in removed:
            row = existing.pop(path)
            if any(k[: len(path)] == path for k in kept_paths):
                kept_paths.add(path)
                continue
            try:
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
                              note="导入时删除", before=_change_dict(row["snap"]))
            )

        saver = _Saver(agency)
        saver.prepare(snapshots.values())
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
                    saver.set_scalars(item, snap)
                    to_create.append((item, snap, path))
                    continue
                ids[path], slugs[path] = row["id"], row["slug"]
                old, new = _diff(row["snap"], snap)
                if old:
                    report.updated += 1
                    report.changes.append(
                        {"action": "update", "path": list(path), "fields": [FIELD_LABELS[k] for k in new]}
                    )
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
                    new_rows.append(saver.relations(item.pk, snap))
                    if log_items:
                        changes.append(
                            CatalogChange(catalog=catalog, item_id=item.pk, item_name=" › ".join(path),
                                          action="create", user=user, note="导入时新增", after=_change_dict(snap))
                        )
                report.created += len(to_create)
        if updates:
            items = Item.objects.in_bulk([u[0] for u in updates])
            for item_id, path, snap, fields in updates:
                item = items[item_id]
                saver.set_scalars(item, snap)
                item.position, item.source_row = position[path], rows.get(path)
                item.save()
                if "elements" in fields:
                    item.elements.all().delete()
                if "units" in fields:
                    item.unit_links.all().delete()
                if "basis" in fields:
                    item.basis_links.all().delete()
                new_rows.append(
                    saver.relations(item_id, snap, elements="elements" in fields, units="units" in fields,
                                    basis="basis" in fields)
                )
        for item_id, pos, source_row in moves:
            Item.objects.filter(pk=item_id).update(position=pos, source_row=source_row)
        _bulk_relations(new_rows)
        signals.send_items_changed(Item, [items[u[0]] for u in updates if u[3] & DEADLINE_KEYS] if updates else [])

        report.counts = {f"level{d}": sum(1 for p in snapshots if len(p) == d) for d in range(1, max_depth + 1)}
        report.declared = dict(spec.declared or {})
        report.mismatches = _mismatches(report.declared, snapshots)
        if report.mismatches:
            # Parsers may flag the same count mismatch; the report states it once, under mismatches.
            warnings = [w for w in warnings if not (w.column == "表头" and w.message.startswith("表头声明"))]
        report.warnings = warnings
        CatalogChange.objects.bulk_create(changes, batch_size=500)
        CatalogChange.objects.create(
            catalog=catalog, action="import", user=user,
            note=f"导入{source or '文件'}：新增{report.created}，修改{report.updated}，删除{report.deleted}",
            after={"source": source, "format": result.format, "counts": report.counts,
                   "created": report.created, "updated": report.updated, "unchanged": report.unchanged,
                   "deleted": report.deleted, "kept": report.kept},
        )
        if dry_run:
            transaction.set_rollback(True)
    return report


def _mismatches(declared: dict, snapshots: dict) -> list[str]:
    out = []
    for key, value in declared.items():
        level, apply_only = _declared_target(key)
        expected = _as_int(value)
        if level is None or expected is None:
            continue
        paths = [p for p in snapshots if len(p) == level]
        if apply_only:
            # A level counts as 依申请 when it or any item under it is disclosed on request.
            actual = len(
                {p[:level] for p, snap in snapshots.items() if len(p) >= level and any("依申请" in m for m in snap["mode"])}
            )
            label = f"依申请公开{LEVEL_NAMES.get(level, f'{level}级事项')}"
        else:
            actual = len(paths)
            label = LEVEL_NAMES.get(level, f"{level}级事项")
        if actual != expected:
            out.append(f"表头声明{label}{expected}项，实际列出{actual}项（全部导入）")
    return out


def import_parsed(
    result: ParseResult, *, agency_name: str | None = None, user=None, dry_run: bool = False, source: str = ""
) -> ImportReport:
    """Find (or create) the agency and import, all in one transaction."""
    with transaction.atomic():
        agency, created = resolve_agency(agency_name, spec_agency_name=result.catalog.agency_name)
        report = import_catalog(result, agency=agency, user=user, source=source)
        report.agency_created = created
        report.dry_run = dry_run
        if dry_run:
            transaction.set_rollback(True)
    return report


# ---------------------------------------------------------------------------------------------
# Export


def current_catalog(agency: Agency, year: int | None = None) -> Catalog | None:
    """The agency's catalog for `year`, or its current one (the latest year if none is marked)."""
    qs = Catalog.objects.filter(agency=agency)
    if year:
        return qs.filter(year=year).first()
    return qs.filter(is_current=True).order_by("-year").first() or qs.order_by("-year").first()


def catalog_to_spec(catalog: Catalog) -> CatalogSpec:
    """The inverse of import: a CatalogSpec that, imported again, gives an identical catalog."""
    rows = _load_rows(catalog)
    parents_with_children = {r["parent_id"] for r in rows if r["parent_id"]}
    specs = []
    for row in rows:
        snap = row["snap"]
        if row["id"] in parents_with_children and not _has_content(snap):
            continue  # an intermediate level: re-created from its children's paths
        rule = DeadlineRule.from_dict(snap["deadline_rule"]) if snap["deadline_rule"] else DeadlineRule(kind="unparsed")
        specs.append(
            ItemSpec(
                path=list(row["path"]),
                elements=[ElementSpec(e["name"], e["type"], e["required"]) for e in snap["elements"]],
                basis=snap["basis"],
                deadline_text=snap["deadline_text"],
                deadline_rule=rule,
                units=snap["units"],
                channels=[ChannelSpec(c["name"], c["note"]) for c in snap["channels"]],
                mode=snap["mode"],
                audience=snap["audience"],
                level=snap["level"],
                five_types=snap["five_types"],
                columns=snap["columns"],
                remarks=snap["remarks"],
            )
        )
    return CatalogSpec(
        title=catalog.title,
        year=catalog.year,
        agency_name=catalog.agency.name,
        responsible_unit=catalog.responsible_unit,
        filled_by=catalog.filled_by,
        reviewed_by=catalog.reviewed_by,
        signed_by=catalog.signed_by,
        filled_on=catalog.filled_on.isoformat() if catalog.filled_on else "",
        declared=dict(catalog.declared or {}),
        items=specs,
    )


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


# ---------------------------------------------------------------------------------------------
# Back-office edits


def parse_deadline_text(text: str, previous: DeadlineRule | None = None) -> DeadlineRule:
    return parse_deadline(text, previous=previous) if text.strip() else DeadlineRule(kind="unparsed")


def previous_rule(item: Item) -> DeadlineRule | None:
    """The rule of the item listed just above (what 同上 refers to)."""
    prev = (
        Item.objects.filter(catalog=item.catalog, position__lt=item.position)
        .exclude(deadline_text="")
        .order_by("-position")
        .first()
    )
    return prev.rule if prev else None


def update_item(item: Item, data: dict, *, user=None, note: str = "后台编辑") -> CatalogChange | None:
    """Apply edited content (snapshot keys) to an item, re-parsing the deadline when its text
    changed, and record the change. Returns None when nothing changed."""
    with transaction.atomic():
        item = (
            Item.objects.select_for_update()
            .prefetch_related("elements", "unit_links__unit", "basis_links__basis")
            .get(pk=item.pk)
        )
        before = item_snapshot(item)
        after = dict(before)
        after.update({k: v for k, v in data.items() if k in FIELD_LABELS})
        if after["deadline_text"] != before["deadline_text"] and "deadline_rule" not in data:
            text = after["deadline_text"]
            after["deadline_rule"] = parse_deadline_text(text, previous_rule(item)).to_dict() if text else {}
        old, new = _diff(before, after)
        if not old:
            return None
        saver = _Saver(item.catalog.agency)
        saver.prepare([after])
        saver.set_scalars(item, after)
        item.save()
        if "elements" in new:
            item.elements.all().delete()
        if "units" in new:
            item.unit_links.all().delete()
        if "basis" in new:
            item.basis_links.all().delete()
        _bulk_relations(
            [saver.relations(item.pk, after, elements="elements" in new, units="units" in new, basis="basis" in new)]
        )
        if DEADLINE_KEYS & set(new):
            signals.send_items_changed(Item, [item])
        user = user if getattr(user, "is_authenticated", False) else None
        return CatalogChange.objects.create(
            catalog=item.catalog, item=item, item_name=" › ".join(item.path), action="update",
            user=user, note=note, before=old, after=new,
        )


def new_year_version(catalog: Catalog, year: int, *, user=None) -> Catalog:
    """Copy a catalog to a new year and make the copy current; records keep their old items."""
    with transaction.atomic():
        if Catalog.objects.filter(agency=catalog.agency, year=year).exists():
            raise ValueError(f"{year}年度的目录已存在")
        new = Catalog.objects.create(
            agency=catalog.agency, year=year, title=catalog.title, responsible_unit=catalog.responsible_unit,
            filled_by=catalog.filled_by, reviewed_by=catalog.reviewed_by, signed_by=catalog.signed_by,
            filled_on=None, declared=dict(catalog.declared or {}), is_current=True,
        )
        Catalog.objects.filter(agency=catalog.agency).exclude(pk=new.pk).update(is_current=False)
        items = _prefetched_items(catalog)
        copies: dict[int, Item] = {}
        for depth in sorted({i.level for i in items}):
            batch = []
            for old in (i for i in items if i.level == depth):
                copy = Item(
                    catalog=new, parent=copies.get(old.parent_id), level=old.level, name=old.name, slug=old.slug,
                    position=old.position, deadline_text=old.deadline_text, deadline_rule=old.deadline_rule,
                    deadline_flagged=old.deadline_flagged, channels=old.channels, mode=old.mode,
                    audience=old.audience, scope_level=old.scope_level, five_types=old.five_types,
                    columns=old.columns, remarks=old.remarks, source_row=old.source_row, copied_from=old,
                )
                copies[old.id] = copy
                batch.append(copy)
            Item.objects.bulk_create(batch, batch_size=500)
        signals.send_items_changed(Item, copies.values())
        Element.objects.bulk_create(
            [Element(item=copies[i.id], name=e.name, field_type=e.field_type, required=e.required, position=e.position)
             for i in items for e in i.elements.all()],
            batch_size=500,
        )
        ItemUnit.objects.bulk_create(
            [ItemUnit(item=copies[i.id], unit=link.unit, position=link.position) for i in items for link in i.unit_links.all()],
            batch_size=500,
        )
        ItemBasis.objects.bulk_create(
            [ItemBasis(item=copies[i.id], basis=link.basis, position=link.position) for i in items for link in i.basis_links.all()],
            batch_size=500,
        )
        user = user if getattr(user, "is_authenticated", False) else None
        CatalogChange.objects.create(
            catalog=new, action="new_version", user=user, note=f"由{catalog.year}年度目录复制（{len(items)}个事项）",
            after={"from_year": catalog.year, "items": len(items)},
        )
        return new
