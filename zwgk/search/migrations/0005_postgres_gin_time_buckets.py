from django.db import migrations


def upgrade(apps, schema_editor):
    # PostgreSQL only: the RUM index gives way to GIN with time-bucket tokens, and the compact body
    # moves into the document row. Converted in place (no rebuild needed); SQLite is untouched.
    from zwgk.search.backends import backend_for

    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection).upgrade_schema(cursor)


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0004_sqlite_compact_index'),
    ]

    operations = [
        migrations.RunPython(upgrade, migrations.RunPython.noop),
    ]
