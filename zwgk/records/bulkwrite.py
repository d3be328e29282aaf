"""Insert-ready rows for bulk imports: every value converted for the database before the write
transaction, so that inside it only ids are filled in and executemany runs.

Django's bulk_create converts each field of each object (JSON, dates, time zones) while the
transaction holds the write lock; for 50,000 records with their revisions and audit events that
was most of the lock time. `Rows` does the same conversion (`get_db_prep_save`, the method
bulk_create uses) beforehand.
"""
from __future__ import annotations

from django.db import connection, models

# Field types whose conversion leaves a value of the right Python type as it is: such values are
# taken as they are (a 50,000-row import converts about two million values). Anything else, and
# any value of another type, goes through get_db_prep_save.
_PLAIN = {
    models.CharField: (str,), models.TextField: (str,), models.BooleanField: (bool,),
    models.IntegerField: (int,), models.PositiveIntegerField: (int,), models.BigAutoField: (int,),
    models.AutoField: (int,), models.ForeignKey: (int,),
}


class Rows:
    """The rows of `objs` (unsaved instances of `model`) as the INSERT will send them, primary key
    included (filled by `assign_ids` inside the transaction)."""

    def __init__(self, model, objs):
        self.model, self.objs = model, objs
        self.fields = list(model._meta.concrete_fields)
        self.position = {f.attname: i for i, f in enumerate(self.fields)}
        self.pk_position = self.position[model._meta.pk.attname]
        self.plain = [_PLAIN.get(type(f), ()) for f in self.fields]
        self.rows = [self.row(obj) for obj in objs]

    def row(self, obj) -> list:
        """The object's values as bulk_create would send them (auto_now fields: see `set`)."""
        row = []
        for f, plain in zip(self.fields, self.plain):
            value = getattr(obj, f.attname)
            if plain and (value is None or type(value) in plain):
                row.append(value)
            else:
                row.append(f.get_db_prep_save(value, connection))
        return row

    def refresh(self, index: int) -> None:
        """Convert object `index` again (after a value it holds changed)."""
        self.rows[index] = self.row(self.objs[index])
        self.rows[index][self.pk_position] = self.objs[index].pk

    def set(self, attname: str, value) -> None:
        """The same value in one column of every row (and on every object): e.g. the write's time."""
        field = self.fields[self.position[attname]]
        prepared = field.get_db_prep_save(value, connection)
        at = self.position[attname]
        for obj, row in zip(self.objs, self.rows):
            setattr(obj, attname, value)
            row[at] = prepared

    def set_each(self, attname: str, values) -> None:
        """One value per row in column `attname` (plain values that need no conversion: ids, hashes).

        Set in the instance's __dict__: for a foreign key's id that keeps the related object
        already cached on it (the one the id now points at), as bulk_create does."""
        at = self.position[attname]
        for obj, row, value in zip(self.objs, self.rows, values):
            obj.__dict__[attname] = value
            row[at] = value

    def assign_ids(self) -> None:
        """Reserve primary keys for every row (inside the transaction) and set them on objects and rows."""
        self.set_each(self.model._meta.pk.attname, reserve_ids(self.model, len(self.objs)))
        alias = connection.alias
        for obj in self.objs:
            obj._state.adding, obj._state.db = False, alias

    def insert(self, batch_size: int = 5000, progress=None) -> None:
        """INSERT every row (COPY on PostgreSQL), in batches, nothing else."""
        quote = connection.ops.quote_name
        table, columns = quote(self.model._meta.db_table), ", ".join(quote(f.column) for f in self.fields)
        sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(self.fields))})"
        with connection.cursor() as cursor:
            for start in range(0, len(self.rows), batch_size):
                chunk = self.rows[start:start + batch_size]
                if connection.vendor == "postgresql":
                    copy_rows(cursor, f"COPY {table} ({columns}) FROM STDIN", chunk)
                else:
                    cursor.executemany(sql, chunk)
                if progress is not None:
                    progress(len(chunk))


def copy_rows(cursor, sql: str, rows) -> None:
    """PostgreSQL: send rows with COPY … FROM STDIN (psycopg 3), many times faster than INSERTs."""
    with cursor.cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)


def reserve_ids(model, count: int) -> list[int]:
    """`count` unused primary keys of `model`, for rows inserted in the current transaction.

    SQLite: the transaction holds the write lock, so the next ids after the largest ever handed
    out (AUTOINCREMENT keeps it in sqlite_sequence) are ours. PostgreSQL: taken from the column's
    sequence, which never hands them out again.
    """
    if count <= 0:
        return []
    if not connection.in_atomic_block:  # the ids are ours only while the transaction lasts
        raise RuntimeError("reserve_ids 须在写事务中调用")
    table = model._meta.db_table
    pk = model._meta.pk.column
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"SELECT COALESCE(MAX({quote(pk)}), 0) FROM {quote(table)}")
            top = cursor.fetchone()[0]
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            row = cursor.fetchone()
            top = max(top, row[0] if row else 0)
            return list(range(top + 1, top + 1 + count))
        if connection.vendor == "postgresql":
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                           [quote(table), pk, count])
            return [row[0] for row in cursor.fetchall()]
    raise NotImplementedError(f"批量导入不支持数据库 {connection.vendor}")
