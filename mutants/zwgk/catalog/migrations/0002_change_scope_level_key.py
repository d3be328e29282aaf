"""The snapshot key for 公开层级 is now `scope_level` (the tree depth is Item.level): rename it in
the item changes already recorded, so the history reads one key for one field."""
from django.db import migrations

OLD, NEW = "level", "scope_level"


def rename_key(values: dict | None, old: str, new: str) -> dict | None:
    if not isinstance(values, dict) or old not in values:
        return values
    return {new if k == old else k: v for k, v in values.items()}


def _rename(apps, old, new):
    CatalogChange = apps.get_model("catalog", "CatalogChange")
    changed = []
    for change in CatalogChange.objects.filter(action__in=["create", "update", "delete"]).iterator():
        before, after = rename_key(change.before, old, new), rename_key(change.after, old, new)
        if (before, after) != (change.before, change.after):
            change.before, change.after = before, after
            changed.append(change)
    CatalogChange.objects.bulk_update(changed, ["before", "after"], batch_size=500)


def forwards(apps, schema_editor):
    _rename(apps, OLD, NEW)


def backwards(apps, schema_editor):
    _rename(apps, NEW, OLD)


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
