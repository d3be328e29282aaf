"""Writing item content: the shared bulk writer (imports and edits), back-office edits of one
item, and copying a catalog to a new year. Every change is written to CatalogChange."""
from __future__ import annotations

from django.db import connection, transaction

from zwgk.catalog import signals
from zwgk.catalog.formats.deadline import parse_deadline
from zwgk.catalog.formats.fields import FIELD_LABELS, PLAIN_ITEM_COLUMNS
from zwgk.catalog.formats.structure import DeadlineRule
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
