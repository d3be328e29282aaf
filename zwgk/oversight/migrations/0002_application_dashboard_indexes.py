"""Covering indexes for the dashboard's grouped queries over applications (see 0001's note)."""
from django.db import migrations

INDEXES = {
    "oversight_application_received": "agency_id, received_on, applicant_type",
    "oversight_application_closed": "agency_id, closed_on, outcome, due_on, paused, received_on",
}


class Migration(migrations.Migration):
    dependencies = [("oversight", "0001_record_dashboard_indexes"), ("applications", "0001_initial")]

    operations = [
        migrations.RunSQL(f"CREATE INDEX IF NOT EXISTS {name} ON applications_application ({columns})",
                          reverse_sql=f"DROP INDEX IF EXISTS {name}")
        for name, columns in INDEXES.items()
    ]
