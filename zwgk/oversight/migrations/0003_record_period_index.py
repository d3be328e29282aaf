"""Stale obligations look records up by item, state and 报告期 (stale.covered_items).

(item, state, period, formed_on, published_at) answers both of its questions from the index alone:
records with a stored period, and records without one dated into the period's window. It
replaces 0001's (item, state, formed_on, published_at), which it makes redundant.
"""
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("oversight", "0002_application_dashboard_indexes"), ("records", "0004_period_and_due_explanation")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS oversight_record_period ON records_record (item_id, state, period, formed_on, published_at)",
            reverse_sql="DROP INDEX IF EXISTS oversight_record_period"),
        migrations.RunSQL(
            "DROP INDEX IF EXISTS oversight_record_formed",
            reverse_sql="CREATE INDEX IF NOT EXISTS oversight_record_formed ON records_record (item_id, state, formed_on, published_at)"),
    ]
