from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "zwgk.search"
    verbose_name = "全文检索"

    def ready(self):
        from django.db.backends.signals import connection_created
        from django.db.models.signals import pre_delete

        from zwgk.records.models import Record

        from zwgk.records.signals import records_changed, records_preparing

        connection_created.connect(_sqlite_functions, dispatch_uid="search-sqlite-functions")
        pre_delete.connect(_forget_record, sender=Record, dispatch_uid="search-forget-record")
        records_changed.connect(_index_records, sender=Record, dispatch_uid="search-index-records")
        records_preparing.connect(_prepare_records, sender=Record, dispatch_uid="search-prepare-records")


def _sqlite_functions(sender, connection, **kwargs):
    # The SQLite index stores bodies packed: its queries unpack them with these functions.
    if connection.vendor == "sqlite":
        from zwgk.search.backends import register_sqlite_functions

        register_sqlite_functions(connection.connection)


def _forget_record(sender, instance, **kwargs):
    # The FTS5 table has no foreign key: take the record out before its row goes.
    from zwgk.search.index import remove_records

    remove_records([instance.pk])


def _prepare_records(sender, records, **kwargs):
    # Tokenising 50,000 imported records takes seconds: done before the import's write lock.
    from zwgk.search.index import prepare_texts

    prepare_texts(records)


def _index_records(sender, records, created=False, **kwargs):
    from zwgk.search.index import PREPARED, index_records

    # A bulk import's new records come with their entries tokenised (records_preparing).
    if created and all(hasattr(r, PREPARED) for r in records):
        index_records(records, new=True)
    else:
        index_records(records)
