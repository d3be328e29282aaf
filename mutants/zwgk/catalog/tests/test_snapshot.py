"""The item-field table and the snapshots built from it."""
import importlib
import json

import pytest

from zwgk.catalog.formats import jsonfmt
from zwgk.catalog.formats.fields import FIELD_LABELS, ITEM_FIELDS
from zwgk.catalog.formats.structure import ItemSpec
from zwgk.catalog.forms import ItemForm, snapshot_initial
from zwgk.catalog.models import Item
from zwgk.catalog.snapshot import diff, empty_snapshot, item_snapshot, spec_snapshot

rename = importlib.import_module("zwgk.catalog.migrations.0002_change_scope_level_key")


def test_every_field_is_an_itemspec_attribute_and_stored_ones_are_item_columns():
    spec_fields = set(ItemSpec.__dataclass_fields__) | {"name"}
    columns = {f.name for f in Item._meta.concrete_fields}
    for f in ITEM_FIELDS:
        assert f.key in spec_fields
        assert (f.key in columns) == f.stored_on_item, f.key


def test_the_scope_level_is_not_the_tree_depth_but_keeps_its_published_json_key():
    field = next(f for f in ITEM_FIELDS if f.label == "公开层级")
    assert field.key == "scope_level" and field.json_key == "level"
    item = ItemSpec(path=["概况", "机构"], scope_level=["乡级"])
    assert jsonfmt.item_to_json(item)["level"] == ["乡级"]
    assert "scope_level" not in jsonfmt.item_to_json(item)
    back = jsonfmt.parse(json.dumps([jsonfmt.item_to_json(item)])).catalog.items[0]
    assert back.scope_level == ["乡级"]


def test_snapshots_have_every_field_in_table_order():
    spec = ItemSpec(path=["概况", "机构"], mode=["主动"], scope_level=["县级"], remarks="备")
    snap = spec_snapshot(spec, guess_types=False)
    assert list(snap) == list(FIELD_LABELS)
    assert snap["scope_level"] == ["县级"] and snap["name"] == "机构" and snap["remarks"] == "备"
    assert list(empty_snapshot()) == list(FIELD_LABELS)


def test_diff_names_only_changed_fields_in_table_order():
    before = empty_snapshot("机构")
    after = dict(before, remarks="新", scope_level=["乡级"])
    old, new = diff(before, after)
    assert list(new) == ["scope_level", "remarks"] and old == {"scope_level": [], "remarks": ""}


@pytest.mark.django_db
def test_item_snapshot_and_form_read_the_same_keys(catalog_with_item):
    item = catalog_with_item
    snap = item_snapshot(item)
    assert list(snap) == list(FIELD_LABELS)
    form = ItemForm(snapshot=snap)
    assert set(snapshot_initial(snap)) <= set(form.fields)
    assert [v for v, _ in form.fields["scope_level"].choices][:2] == ["县级", "乡级"]


def test_the_migration_renames_the_recorded_key_and_back():
    assert rename.rename_key({"level": ["县级"], "remarks": ""}, "level", "scope_level") == {
        "scope_level": ["县级"], "remarks": ""}
    assert rename.rename_key(None, "level", "scope_level") is None
    assert rename.rename_key({"title": "x"}, "level", "scope_level") == {"title": "x"}


@pytest.fixture
def catalog_with_item(db):
    from zwgk.catalog.models import Agency, Catalog

    agency = Agency.objects.create(name="测试局", slug="t")
    catalog = Catalog.objects.create(agency=agency, year=2024, title="目录")
    return Item.objects.create(catalog=catalog, name="机构", slug="1", scope_level=["乡级"], mode=["主动"])
