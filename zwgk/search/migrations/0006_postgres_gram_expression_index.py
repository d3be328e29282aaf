from django.db import migrations


def upgrade(apps, schema_editor):
    # PostgreSQL only: the stored tsvector column gives way to a GIN index over an expression of
    # the compact text (grams; see PostgresBackend). Converted in place; SQLite is untouched.
    from zwgk.search.backends import backend_for

    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection).upgrade_schema(cursor)


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0005_postgres_gin_time_buckets'),
    ]

    operations = [
        migrations.RunPython(upgrade, migrations.RunPython.noop),
    ]
