"""SQLite only: the FTS5 table becomes one column keyed by date-ordered slots, bodies are stored packed.

The old entries cannot be converted (their row ids and text differ), so on SQLite the index is
emptied and `zwgk rebuild-search-index` fills it again (it applies this migration first if it has
not been). PostgreSQL is not touched.
"""
from django.db import migrations


def compact_sqlite_index(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    from zwgk.search.backends import BODY_TABLE, DOC_TABLE, backend_for

    backend = backend_for(connection)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {DOC_TABLE}")
        stale = cursor.fetchone()[0]
        backend.drop_schema(cursor)
        cursor.execute(f"DELETE FROM {BODY_TABLE}")
        cursor.execute(f"DELETE FROM {DOC_TABLE}")
        backend.create_schema(cursor)
    if stale:
        print(f"\n  全文检索索引已清空（{stale} 条），请运行 zwgk rebuild-search-index 重建。")


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0003_weighted_fields_and_synonyms'),
    ]

    operations = [
        migrations.RunPython(compact_sqlite_index, migrations.RunPython.noop),
    ]
