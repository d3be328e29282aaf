"""Bodies saved as typed text (no tags, newlines) become the HTML paragraphs, lists and tables
the form now stores (zwgk.records.body); HTML bodies are left alone, so running it again changes
nothing."""
from django.db import migrations


def upgrade(apps, schema_editor):
    from zwgk.records.body import plain_text_body, upgrade_stored_text

    Record = apps.get_model("records", "Record")
    batch = []
    for record in Record.objects.filter(body__contains="\n").only("pk", "body").iterator(chunk_size=500):
        if plain_text_body(record.body):
            record.body = upgrade_stored_text(record.body)
            batch.append(record)
        if len(batch) >= 500:
            Record.objects.bulk_update(batch, ["body"])
            batch = []
    if batch:
        Record.objects.bulk_update(batch, ["body"])


class Migration(migrations.Migration):

    dependencies = [
        ("records", "0004_period_and_due_explanation"),
    ]

    operations = [
        migrations.RunPython(upgrade, migrations.RunPython.noop, elidable=True),
    ]
