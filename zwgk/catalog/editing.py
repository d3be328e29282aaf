"""Writing item content: the shared bulk writer (imports and edits), back-office edits of one
item, and copying a catalog to a new year. Every change is written to CatalogChange."""
from __future__ import annotations

from django.db import connection, transaction
from django.db.models import F

from zwgk.catalog import signals
from zwgk.catalog.formats.deadline import parse_deadline
from zwgk.catalog.formats.fields import FIELD_LABELS, PLAIN_ITEM_COLUMNS
from zwgk.catalog.formats.layouts import STANDARD_LAYOUTS, standard_layout
from zwgk.catalog.formats.structure import DeadlineRule, year_problem
from zwgk.catalog.models import Agency, Catalog, CatalogChange, Element, Item, ItemBasis, ItemUnit, LegalBasis, Unit
from zwgk.catalog.snapshot import dedupe, diff, item_snapshot, prefetched_items, split_basis

# Snapshot keys that feed records' due dates (signals.deadline_inputs_changed).
DEADLINE_KEYS = {"deadline_text", "deadline_rule"}


class ItemWriter:
    """Applies snapshots to items in bulk: units and legal bases are created once and shared."""

    def __init__(self, agency: Agency):
        self.agency = agency
        self.units = {u.name: u for u in Unit.objects.filter(agency=agency)}
        self.bases: dict[str, LegalBasis] = {}

    def prepare(self, snapshots):
        unit_names = dedupe(n for s in snapshots for n in s["units"])
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
        for key in PLAIN_ITEM_COLUMNS:
            setattr(item, key, snap[key])
        item.deadline_rule = snap["deadline_rule"]
        rule = DeadlineRule.from_dict(snap["deadline_rule"]) if snap["deadline_rule"] else None
        item.deadline_flagged = bool(snap["deadline_text"]) and (rule is None or rule.flagged or rule.kind == "unparsed")
        item.channels = snap["channels"]

    def relations(self, item_id: int, snap: dict, *, elements=True, units=True, basis=True) -> dict:
        """Related rows for one item as tuples, for insert_relations."""
        out = {"elements": [], "units": [], "basis": []}
        if elements:
            out["elements"] = [
                (item_id, e["name"], e["type"], bool(e["required"]), i) for i, e in enumerate(snap["elements"])
            ]
        if units:
            out["units"] = [(item_id, self.units[n].pk, i) for i, n in enumerate(dedupe(snap["units"]))]
        if basis:
            seen, links = set(), []
            for text in snap["basis"]:
                title = split_basis(text)[0]
                if title not in seen:
                    seen.add(title)
                    links.append((item_id, self.bases[title].pk, len(links)))
            out["basis"] = links
        return out

    def save_changed(self, item: Item, snap: dict, changed) -> dict:
        """Save one item's columns, drop the relations that `changed` names and return their new rows."""
        self.set_scalars(item, snap)
        item.save()
        if "elements" in changed:
            item.elements.all().delete()
        if "units" in changed:
            item.unit_links.all().delete()
        if "basis" in changed:
            item.basis_links.all().delete()
        return self.relations(
            item.pk, snap, elements="elements" in changed, units="units" in changed, basis="basis" in changed
        )


def _insert(model, columns: list[str], rows: list[tuple]):
    """A plain multi-row INSERT: bulk_create's per-object work dominates large imports."""
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    cols = ", ".join(connection.ops.quote_name(c) for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)


def insert_relations(rows):
    """Insert the related rows ItemWriter.relations returned, for many items at once."""
    _insert(Element, ["item_id", "name", "field_type", "required", "position"], [e for r in rows for e in r["elements"]])
    _insert(ItemUnit, ["item_id", "unit_id", "position"], [u for r in rows for u in r["units"]])
    _insert(ItemBasis, ["item_id", "basis_id", "position"], [b for r in rows for b in r["basis"]])


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


def _staff(user):
    return user if getattr(user, "is_authenticated", False) else None


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
        old, new = diff(before, after)
        if not old:
            return None
        writer = ItemWriter(item.catalog.agency)
        writer.prepare([after])
        insert_relations([writer.save_changed(item, after, new)])
        if DEADLINE_KEYS & set(new):
            signals.send_items_changed(Item, [item])
        return CatalogChange.objects.create(
            catalog=item.catalog, item=item, item_name=" › ".join(item.path), action="update",
            user=_staff(user), note=note, before=old, after=new,
        )


def new_year_version(catalog: Catalog, year: int, *, user=None) -> Catalog:
    """Copy a catalog to a new year and make the copy current; records keep their old items."""
    with transaction.atomic():
        if Catalog.objects.filter(agency=catalog.agency, year=year).exists():
            raise ValueError(f"{year}年度的目录已存在")
        new = Catalog.objects.create(
            agency=catalog.agency, year=year, title=catalog.title, responsible_unit=catalog.responsible_unit,
            filled_by=catalog.filled_by, reviewed_by=catalog.reviewed_by, signed_by=catalog.signed_by,
            filled_on=None, declared=dict(catalog.declared or {}), layout=dict(catalog.layout or {}),
            is_current=True,
        )
        Catalog.objects.filter(agency=catalog.agency).exclude(pk=new.pk).update(is_current=False)
        items = prefetched_items(catalog)
        copied_columns = [*PLAIN_ITEM_COLUMNS, "deadline_rule", "channels", "deadline_flagged", "level", "slug",
                          "position", "source_row"]
        copies: dict[int, Item] = {}
        for depth in sorted({i.level for i in items}):
            batch = []
            for old in (i for i in items if i.level == depth):
                copy = Item(catalog=new, parent=copies.get(old.parent_id), copied_from=old,
                            **{key: getattr(old, key) for key in copied_columns})
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
        CatalogChange.objects.create(
            catalog=new, action="new_version", user=_staff(user), note=f"由{catalog.year}年度目录复制（{len(items)}个事项）",
            after={"from_year": catalog.year, "items": len(items)},
        )
        return new


def create_catalog(agency: Agency, year: int, *, layout: str, title: str = "", user=None) -> Catalog:
    """A new, empty catalog of `agency` for `year` in one of the standard layouts, made current
    when it is the latest year."""
    chosen = standard_layout(layout)  # KeyError naming the choices
    problem = year_problem(year)
    if problem:
        raise ValueError(problem)
    with transaction.atomic():
        if Catalog.objects.filter(agency=agency, year=year).exists():
            raise ValueError(f"{year}年度的目录已存在")
        latest = Catalog.objects.filter(agency=agency).order_by("-year").values_list("year", flat=True).first()
        current = latest is None or year >= latest
        catalog = Catalog.objects.create(
            agency=agency, year=year, title=title.strip() or f"{agency.name}政务公开基本目录",
            layout=chosen.to_dict(), is_current=current,
        )
        if current:
            Catalog.objects.filter(agency=agency).exclude(pk=catalog.pk).update(is_current=False)
        CatalogChange.objects.create(
            catalog=catalog, action="create", user=_staff(user), note=f"新建目录（{STANDARD_LAYOUTS[layout][0]}）",
            after={"title": catalog.title, "layout": catalog.layout},
        )
        return catalog


def add_item(catalog: Catalog, path: list[str], *, user=None) -> Item:
    """Add an empty item at `path` ([一级, 二级] or [一级, 二级, 三级]) after the catalog's last item,
    creating the levels above it that do not exist yet; refuses a path already in the catalog."""
    path = [name.strip() for name in path if name and name.strip()]
    if not 2 <= len(path) <= 3:
        raise ValueError("请填写一级事项和二级事项名称（三级事项可选）")
    too_long = next((name for name in path if len(name) > Item._meta.get_field("name").max_length), None)
    if too_long:
        raise ValueError(f"事项名称“{too_long[:20]}…”过长（最多200字）")
    with transaction.atomic():
        Catalog.objects.select_for_update().get(pk=catalog.pk)
        items = list(catalog.items.order_by("position", "id"))
        by_id = {i.pk: i for i in items}

        def path_of(item):  # in memory: Item.path would query each parent
            names = []
            while item is not None:
                names.append(item.name)
                item = by_id.get(item.parent_id)
            return tuple(reversed(names))

        by_path = {path_of(i): i for i in items}
        if tuple(path) in by_path:
            raise ValueError(f"事项“{' › '.join(path)}”已在目录中")
        taken = {i.slug for i in items}
        # Placed after the last item under its deepest existing level, so its 一级 run stays whole.
        anchor = next((by_path[tuple(path[:d])] for d in range(len(path) - 1, 0, -1) if tuple(path[:d]) in by_path), None)
        if anchor is None:
            position = max((i.position for i in items), default=-1) + 1
        else:
            prefix = path_of(anchor)
            position = max(i.position for p, i in by_path.items() if p[: len(prefix)] == prefix) + 1
            missing = sum(1 for d in range(1, len(path) + 1) if tuple(path[:d]) not in by_path)
            Item.objects.filter(catalog=catalog, position__gte=position).update(position=F("position") + missing)
        parent = None
        for depth in range(1, len(path) + 1):
            node = by_path.get(tuple(path[:depth]))
            if node is None:
                siblings = [i for i in items if i.parent_id == (parent.pk if parent else None)]
                prefix = f"{parent.slug}-" if parent else ""
                n = len(siblings) + 1
                while f"{prefix}{n}" in taken:
                    n += 1
                node = Item.objects.create(catalog=catalog, parent=parent, level=depth, name=path[depth - 1],
                                           slug=f"{prefix}{n}", position=position)
                taken.add(node.slug)
                items.append(node)
                by_path[tuple(path[:depth])] = node
                position += 1
            parent = node
        CatalogChange.objects.create(
            catalog=catalog, item=parent, item_name=" › ".join(path), action="create", user=_staff(user),
            note="后台新增事项",
        )
        return parent
