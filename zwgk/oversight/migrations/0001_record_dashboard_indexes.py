"""Covering indexes for the dashboard's GROUP BY queries over records.

Kept here, with the queries they serve (zwgk.oversight.figures), as plain SQL: the records model
stays as the records app defines it. With every column a query reads in the index, a year of a
large agency is aggregated from the index alone instead of tens of thousands of row lookups.
"""
from django.db import migrations

INDEXES = {
    "oversight_record_published": "agency_id, state, published_at, due_on, changed_at, unit_id, item_id, due_provisional",
    "oversight_record_open": "agency_id, state, due_on, unit_id",
    # stale.covering: does an item have a public record formed in a period's window?
    "oversight_record_formed": "item_id, state, formed_on, published_at",
}


class Migration(migrations.Migration):
    dependencies = [("records", "0001_initial")]

    operations = [
        migrations.RunSQL(f"CREATE INDEX IF NOT EXISTS {name} ON records_record ({columns})",
                          reverse_sql=f"DROP INDEX IF EXISTS {name}")
        for name, columns in INDEXES.items()
    ]
