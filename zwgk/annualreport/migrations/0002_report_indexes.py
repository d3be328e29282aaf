"""Covering indexes for the annual report's counts (one agency's year over a million records).

They live here, beside the queries that need them (`zwgk.annualreport.figures`), as plain SQL
that SQLite and PostgreSQL both accept; the records and applications models stay as they are.
On SQLite a later migration that rebuilds one of those tables drops indexes the model does not
declare, so this migration depends on the latest migration of both apps (move it after any new
one that alters records_record or applications_application).
"""
from django.db import migrations

INDEXES = {
    # 第二十条第（一）项: 规章 / 行政规范性文件 by 体裁, 生成日期 and 有效性 dates.
    "annualreport_record_genre": "records_record (agency_id, genre, state, formed_on, validity, valid_until)",
    # 第二十条第（五）（六）项: records of the 许可/处罚/强制 items formed in the year.
    "annualreport_record_item_formed": "records_record (item_id, state, formed_on)",
    # Table 三: entry, exit and column of every application without reading the table.
    "annualreport_application_flow": "applications_application (agency_id, received_on, closed_on, applicant_type, outcome)",
    # Section 六: 信息处理费 paid in the year.
    "annualreport_application_fee": "applications_application (agency_id, fee_paid_on, fee_amount)",
}


class Migration(migrations.Migration):
    dependencies = [
        ("annualreport", "0001_initial"),
        ("records", "0004_period_and_due_explanation"),
        ("applications", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(f"CREATE INDEX {name} ON {target}", f"DROP INDEX IF EXISTS {name}")
        for name, target in INDEXES.items()
    ]
