from django.db import migrations

from zwgk.search.backends import upgrade_postgres_schema


# PostgreSQL only: the stored tsvector column gives way to a GIN index over an expression of
# the compact text (grams; see PostgresBackend). Converted in place; SQLite is untouched.
class Migration(migrations.Migration):

    dependencies = [
        ('search', '0005_postgres_gin_time_buckets'),
    ]

    operations = [
        migrations.RunPython(upgrade_postgres_schema, migrations.RunPython.noop),
    ]
