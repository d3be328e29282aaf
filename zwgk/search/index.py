"""Keeping the search index in step with records.

Only `Record.objects.visible_listing()` is indexed: a record that is not (yet) visible, or no
longer is, is removed. Records code calls update_record on publish, change and withdrawal, and
index_records on bulk paths; rebuild() starts over.
"""
from django.db import connection, transaction
from django.db.models import Prefetch, QuerySet

from zwgk.search.backends import backend_for
from zwgk.search.tokenize import compact, html_to_text

BATCH_SIZE = 500
# Compact body text kept per record: big attachments are indexed up to here (a PostgreSQL
# tsvector is limited to 1 MB, and a snippet never needs more).
BODY_MAX_CHARS = 50_000
RECORD_FIELDS = ("id", "title", "doc_number", "index_number", "summary", "keywords", "body", "elements")


def _element_values(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _element_values(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _element_values(item)
    elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
        yield str(value)


def record_text(record, attachment_texts=()) -> tuple[str, str]:
    """(head, body) compact text of a record: head is title, 文号 and 索引号; body the rest."""
    head = "\n".join([record.title or "", record.doc_number or "", record.index_number or ""])
    parts = [record.summary or "", record.keywords or "", html_to_text(record.body or "")]
    parts += _element_values(record.elements or {})
    parts += [text for text in attachment_texts if text]
    return compact(head), compact("\n".join(parts))[:BODY_MAX_CHARS]


def _visible(ids):
    from zwgk.records.models import Attachment, Record

    return (
        Record.objects.visible_listing()
        .filter(pk__in=ids)
        .only(*RECORD_FIELDS)
        .prefetch_related(Prefetch("attachments", queryset=Attachment.objects.only("id", "record_id", "text")))
        .order_by()
    )


def _ids(records_or_ids) -> list[int]:
    if isinstance(records_or_ids, QuerySet):
        return list(records_or_ids.order_by().values_list("pk", flat=True))
    return [getattr(item, "pk", item) for item in records_or_ids]


def _index_batch(backend, cursor, ids, fresh=False) -> int:
    rows = []
    for record in _visible(ids):
        head, body = record_text(record, [a.text for a in record.attachments.all()])
        rows.append((record.pk, head, body))
    if not fresh:
        backend.delete(cursor, ids)
    backend.insert(cursor, rows)
    return len(rows)


def index_records(records_or_ids, *, progress=None) -> int:
    """(Re)index the given records (a queryset, Records or ids); those not visible are removed. Returns the number indexed."""
    ids = _ids(records_or_ids)
    backend = backend_for(connection)
    done = 0
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(ids), BATCH_SIZE):
            batch = ids[start : start + BATCH_SIZE]
            done += _index_batch(backend, cursor, batch)
            if progress:
                progress(len(batch))
    return done


def update_record(record) -> bool:
    """Bring one record's index entry up to date (after publish, change or withdrawal). True if it is indexed."""
    return index_records([record]) == 1


def remove_records(records_or_ids) -> None:
    """Take records out of the index (a record being deleted)."""
    ids = _ids(records_or_ids)
    with transaction.atomic(), connection.cursor() as cursor:
        backend_for(connection).delete(cursor, ids)


def rebuild(agency=None, *, progress=None, total_callback=None) -> int:
    """Re-create the index from the visible records (all, or one agency's). Returns the number indexed.

    progress(n) is called after each batch; total_callback(total) once the number of records is known.
    """
    from zwgk.records.models import Record
    from zwgk.search.models import SearchDocument

    backend = backend_for(connection)
    visible = Record.objects.visible_listing()
    if agency is not None:
        visible = visible.filter(agency=agency)
    ids = list(visible.order_by("pk").values_list("pk", flat=True))
    if total_callback:
        total_callback(len(ids))
    done = 0
    with transaction.atomic(), connection.cursor() as cursor:
        if agency is None:
            backend.clear(cursor)
        else:
            stale = SearchDocument.objects.filter(record__agency=agency).values_list("record_id", flat=True)
            backend.delete(cursor, list(stale))
        for start in range(0, len(ids), BATCH_SIZE):
            batch = ids[start : start + BATCH_SIZE]
            done += _index_batch(backend, cursor, batch, fresh=True)
            if progress:
                progress(len(batch))
        backend.optimize(cursor)
    return done
