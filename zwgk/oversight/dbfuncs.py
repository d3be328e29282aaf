"""Local calendar dates of stored timestamps, computed inside the database.

Django's TruncDate/Extract with a time zone call a Python function per row on SQLite, which is
too slow for a million records; these use the database's own date functions instead. On SQLite
the zone's fixed UTC offset is applied (Asia/Shanghai has had no daylight saving since 1991);
PostgreSQL converts with the zone's name.
"""
import datetime
import zoneinfo

from django.conf import settings
from django.db.models import CharField, DateField, Func


def _sqlite_offset() -> str:
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    seconds = int(datetime.datetime.now(zone).utcoffset().total_seconds())
    return f"{'+' if seconds >= 0 else '-'}{abs(seconds)} seconds"


class LocalDate(Func):
    """The local date of a DateTimeField expression."""

    output_field = DateField()

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template=f"date(%(expressions)s, '{_sqlite_offset()}')", **extra)

    def as_postgresql(self, compiler, connection, **extra):
        zone = settings.TIME_ZONE.replace("'", "")
        return self.as_sql(compiler, connection, template=f"(%(expressions)s AT TIME ZONE '{zone}')::date", **extra)


class MonthOf(Func):
    """'YYYY-MM' of a DateField expression (a date, so no time zone is involved)."""

    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="strftime('%%Y-%%m', %(expressions)s)", **extra)

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="to_char(%(expressions)s, 'YYYY-MM')", **extra)
