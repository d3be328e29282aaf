from django.db import migrations

from zwgk.search.backends import upgrade_postgres_schema


# PostgreSQL only: the RUM index gave way to GIN with time-bucket tokens. The step brings the
# index to today's layout in place (see 0006); SQLite is untouched.
class Migration(migrations.Migration):

    dependencies = [
        ('search', '0004_sqlite_compact_index'),
    ]

    operations = [
        migrations.RunPython(upgrade_postgres_schema, migrations.RunPython.noop),
    ]
