"""Keeping the search index in step with records.

Only `Record.objects.visible_listing()` is indexed: a record that is not (yet) visible, or no
longer is, is removed. Records code calls update_record on publish, change and withdrawal, and
index_records on bulk paths; rebuild() starts over.
"""
import re
from collections import deque
from datetime import datetime
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone

from zwgk.search.backends import backend_for, doc_id, meta_tokens
from zwgk.lib.text import html_to_text
from zwgk.search.tokenize import compact

BATCH_SIZE = 500
# rebuild() reads and writes in bigger batches: fewer round trips, fewer FTS5 segment flushes.
REBUILD_BATCH_SIZE = 5000
# Compact body text kept per record: big attachments are indexed up to here (a PostgreSQL
# tsvector is limited to 1 MB, and a snippet never needs more).
BODY_MAX_CHARS = 50_000
RECORD_FIELDS = (
    "id", "title", "doc_number", "index_number", "keywords", "summary", "body", "elements",
    "agency__name", "agency__short_name", "publisher",
)
# Shorter names are left alone: masking 人社 everywhere would hide real matches.
MIN_MASKED_NAME = 4


def _element_values(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _element_values(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _element_values(item)
    elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
        yield str(value)


def record_text(record, attachment_texts=()) -> tuple[str, str, str]:
    """(title, tags, body) compact text of a record as the index weighs it (see _compact_text)."""
    return _compact_text(
        record.title, record.doc_number, record.index_number, record.keywords, record.summary, record.body,
        record.elements, (record.agency.name, record.agency.short_name, record.publisher), attachment_texts,
    )


@lru_cache(maxsize=4096)
def _masked_names(names: tuple) -> tuple:
    # The same few agency names come with every record: compacted once.
    return tuple(name for name in sorted({compact(n) for n in names if n}, key=len, reverse=True)
                 if len(name) >= MIN_MASKED_NAME)


def _mask(text: str, names) -> str:
    for name in _masked_names(tuple(names)):
        if name in text:
            text = text.replace(name, " ")
    return text


# Bodies that are plain paragraphs (what importers and simple editors write): <p>…</p> one after
# the other, without attributes, around text with no markup characters but <br>. Their text is the
# tags replaced by line breaks, exactly what html_to_text gives once compacted, without parsing the
# HTML twice. (Anything else, even a stray end tag, which a parser drops, goes through html_to_text.)
_PLAIN_TEXT = r"(?:[^<>&\x00-\x08\x0b-\x1f\x7f]++|<br ?/?>)*+"
_SIMPLE_HTML = re.compile(rf"\s*+(?:<p>{_PLAIN_TEXT}</p>\s*+)*+")
_SIMPLE_TAG = re.compile(r"</?p>|<br ?/?>")


def _body_text(markup: str) -> str:
    """Plain text of a record body, for compacting: html_to_text, with a fast path for plain paragraphs."""
    if markup and _SIMPLE_HTML.fullmatch(markup):
        return _SIMPLE_TAG.sub("\n", markup)
    return html_to_text(markup or "")


def _compact_tags(doc_number, index_number, keywords) -> str:
    return compact("\n".join([doc_number or "", index_number or "", keywords or ""]))


def _compact_body(summary, body, elements, names, attachment_texts) -> str:
    parts = [summary or "", _body_text(body)]
    parts += _element_values(elements or {})
    parts += [text for text in attachment_texts if text]
    return " ".join(_mask(compact("\n".join(parts)), names).split())[:BODY_MAX_CHARS]


def _compact_text(title, doc_number, index_number, keywords, summary, body, elements, names, attachment_texts):
    """Three weighted fields: the title; 文号, 索引号 and 主题词; the body (summary, body, element
    values, attachment text) without the publishing agency's own names, which are a filter and a
    facet, not words that make every record of the agency match."""
    return (compact(title or ""), _compact_tags(doc_number, index_number, keywords),
            _compact_body(summary, body, elements, names, attachment_texts))


PREPARED = "_search_prepared"


class Prepared(NamedTuple):
    """A new record's index entry worked out before the import's write transaction: everything
    but its id. `index_number` is the one the tags were made with (the planned one)."""

    index_number: str | None
    title: str
    tags: str
    body: str
    year: int  # of publication, in the site's time zone (Doc.year)
    tokens: object  # Backend.tokenise of the three texts and the filter tokens


def prepare_texts(records) -> None:
    """Tokenise new records (unsaved, no attachments) ahead of index_records: their whole index
    entry but the id is kept on each instance, so the write transaction only inserts it."""
    backend = backend_for(connection)
    for record in records:
        setattr(record, PREPARED, _prepared(backend, record))


def _prepared(backend, record) -> Prepared:
    names = (record.agency.name, record.agency.short_name, record.publisher)
    title, tags, body = _compact_text(record.title, record.doc_number, record.index_number, record.keywords,
                                      record.summary, record.body, backend.as_stored(record.elements), names, ())
    year = timezone.localtime(record.published_at, timezone.get_default_timezone()).year if record.published_at else 0
    meta = meta_tokens(record.agency_id, record.item_id, year, record.genre or "")
    return Prepared(record.index_number, title, tags, body, year, backend.tokenise(title, tags, body, meta))


def _index_prepared(backend, cursor, records) -> int:
    """Index new records (no index entry yet) from their Prepared entries: no query, no tokenising,
    unless a record's index number changed since (then its entry is made again)."""
    now = timezone.now()
    rows = []
    for record in records:
        prepared = getattr(record, PREPARED)
        if record.state != "published" or record.published_at is None or record.published_at > now:
            continue  # not visible_listing(): not indexed (as _visible_docs would decide)
        if prepared.index_number != record.index_number:
            prepared = _prepared(backend, record)
        pk = record.pk
        # _doc_values of the Doc, with the year worked out beforehand.
        rows.append(((pk, doc_id(pk, record.published_at), record.agency_id, record.item_id, prepared.year,
                      record.genre or "", prepared.title, prepared.tags, prepared.body), prepared.tokens))
    backend.insert_tokenised(cursor, rows)
    return len(rows)


class Doc(NamedTuple):
    """What the index stores for one record: compact text plus the fields search filters on."""

    pk: int
    title: str
    tags: str
    body: str
    agency_id: int
    item_id: int
    published_at: datetime
    genre: str

    @property
    def year(self) -> int:
        """Publication year in the site's time zone (as the year filter counts it)."""
        return timezone.localtime(self.published_at, timezone.get_default_timezone()).year


def _visible_docs(ids, prepared=None) -> list[Doc]:
    """Docs of the visible records among ids: two queries, no model instances. `prepared` maps
    ids to (title, body) from prepare_texts: those records' text is not read or tokenised again."""
    from zwgk.records.models import Record

    prepared = prepared or {}
    docs = []
    if prepared:
        ready = [pk for pk in ids if pk in prepared]
        ids = [pk for pk in ids if pk not in prepared]
        for pk, doc_number, index_number, keywords, agency_id, item_id, published_at, genre in (
            Record.objects.visible_listing().filter(pk__in=ready).order_by().values_list(
                "id", "doc_number", "index_number", "keywords", "agency_id", "item_id", "published_at", "genre")):
            title, body_text = prepared[pk]
            docs.append(Doc(pk, title, _compact_tags(doc_number, index_number, keywords), body_text, agency_id,
                            item_id, published_at, genre or ""))
        if not ids:
            return docs
    rows = list(Record.objects.visible_listing().filter(pk__in=ids).order_by().values_list(*DOC_FIELDS))
    return docs + _docs(rows, _attachment_texts([row[0] for row in rows]))


DOC_FIELDS = (*RECORD_FIELDS, "agency_id", "item_id", "published_at", "genre")


def _attachment_texts(ids) -> dict:
    from zwgk.records.models import Attachment

    texts = {}
    for record_id, text in Attachment.objects.filter(record_id__in=ids).exclude(
        text=""
    ).order_by("pk").values_list("record_id", "text"):
        texts.setdefault(record_id, []).append(text)
    return texts


def _docs(rows, texts) -> list[Doc]:
    """Docs of DOC_FIELDS rows; texts: record id -> its attachments' text."""
    docs = []
    for (pk, title, doc_number, index_number, keywords, summary, body, elements, agency_name, short_name, publisher,
         agency_id, item_id, published_at, genre) in rows:
        title, tags, body_text = _compact_text(
            title, doc_number, index_number, keywords, summary, body, elements, (agency_name, short_name, publisher),
            texts.get(pk, ()),
        )
        docs.append(Doc(pk, title, tags, body_text, agency_id, item_id, published_at, genre or ""))
    return docs


def _ids(records_or_ids) -> list[int]:
    if isinstance(records_or_ids, QuerySet):
        return list(records_or_ids.order_by().values_list("pk", flat=True))
    return [getattr(item, "pk", item) for item in records_or_ids]


def _index_batch(backend, cursor, ids, fresh=False, prepared=None) -> int:
    docs = _visible_docs(ids, prepared)
    if not fresh:
        backend.delete(cursor, ids)
    backend.insert(cursor, docs)
    return len(docs)


def index_records(records_or_ids, *, progress=None, new=False) -> int:
    """(Re)index the given records (a queryset, Records or ids); those not visible are removed. Returns the number indexed.

    new=True: Records just created (a bulk import), each with its prepare_texts entry: inserted
    as prepared, without reading them back or looking for old entries."""
    backend = backend_for(connection)
    if new:
        records = list(records_or_ids)
        with transaction.atomic(), connection.cursor() as cursor:
            done = _index_prepared(backend, cursor, records)
        for record in records:
            record.__dict__.pop(PREPARED, None)  # used once: a later edit of the instance is read afresh
        if progress:
            progress(len(records))
        return done
    ids = _ids(records_or_ids)
    prepared = {} if isinstance(records_or_ids, QuerySet) else {
        r.pk: getattr(r, PREPARED)[1:4:2] for r in records_or_ids if hasattr(r, PREPARED)}
    done = 0
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(ids), BATCH_SIZE):
            batch = ids[start : start + BATCH_SIZE]
            done += _index_batch(backend, cursor, batch, prepared=prepared)
            if progress:
                progress(len(batch))
    for record in records_or_ids if prepared else ():
        record.__dict__.pop(PREPARED, None)
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
    from zwgk.records.models import Attachment, Record
    from zwgk.search.models import SearchDocument

    backend = backend_for(connection)
    visible = Record.objects.visible_listing()
    if agency is not None:
        visible = visible.filter(agency=agency)
    total = visible.count()
    if total_callback:
        total_callback(total)
    # Few records have attachment text: knowing which saves a query per batch for the others.
    with_attachments = set(
        Attachment.objects.filter(record__in=visible).exclude(text="").values_list("record_id", flat=True).distinct())
    done = 0
    # Forked before the transaction starts; the workers never touch the database.
    pool = _pool() if total >= PARALLEL_MIN_RECORDS and hasattr(backend, "prepare") else None
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            backend.begin_bulk(cursor)
            if agency is None:
                backend.clear(cursor)
            else:
                stale = SearchDocument.objects.filter(record__agency=agency).values_list("record_id", flat=True)
                backend.delete(cursor, list(stale))
            # One streamed query in publication order: the SQLite index's slots follow it (appending
            # in row-id order is what FTS5 does fastest), and no batch needs a list of ids.
            rows = visible.order_by("published_at", "pk").values_list(*DOC_FIELDS).iterator(
                chunk_size=REBUILD_BATCH_SIZE)
            pending = deque()

            def write_oldest():
                nonlocal done
                size, result = pending.popleft()
                if pool is None:
                    backend.insert(cursor, result)
                    done += len(result)
                else:
                    prepared = result.get()
                    backend.insert_prepared(cursor, prepared)
                    done += len(prepared[0])
                if progress:
                    progress(size)

            while batch := list(islice(rows, REBUILD_BATCH_SIZE)):
                ids = [row[0] for row in batch if row[0] in with_attachments]
                texts = _attachment_texts(ids) if ids else {}
                if pool is None:
                    pending.append((len(batch), _docs(batch, texts)))
                else:
                    # Workers tokenise and pack the next batches while this process writes one.
                    pending.append((len(batch), pool.apply_async(_prepare_batch, (type(backend), batch, texts))))
                if len(pending) > (PARALLEL_AHEAD if pool else 0):
                    write_oldest()
            while pending:
                write_oldest()
            backend.optimize(cursor)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    return done


# A rebuild this big prepares its batches in worker processes (one per idle CPU, at most 4),
# this many batches ahead of the one being written.
PARALLEL_MIN_RECORDS = 20_000
PARALLEL_AHEAD = 3


def _pool():
    import multiprocessing

    # Only idle CPUs: on a machine already busy, workers add the cost of passing batches around
    # (a quarter more CPU time) and gain nothing.
    processes = min(round(idle_cpus()), 4)
    if processes < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    return multiprocessing.get_context("fork").Pool(processes)


def idle_cpus(sample_seconds=0.2, stat_path="/proc/stat") -> float:
    """How many CPUs are idle now: from two readings of /proc/stat, else the load average.

    Not the load average where /proc/stat exists: it trails by a minute and counts this process's
    own work just before (a bench that generated its corpus saw 1.0 of 2 CPUs busy and rebuilt
    1,000,000 records in one process, 4,142 records/s, where two workers give over 6,000).
    """
    import os
    import time

    def reading():
        with open(stat_path) as stat:
            lines = stat.read().splitlines()
        fields = [int(v) for v in lines[0].split()[1:]]
        cpus = sum(1 for line in lines if line.startswith("cpu") and line[3:4].isdigit())
        return sum(fields[:8]), fields[3] + fields[4], cpus  # user … steal; idle + iowait

    try:
        total, idle, cpus = reading()
        time.sleep(sample_seconds)
        total_after, idle_after, _ = reading()
    except (OSError, ValueError, IndexError):
        return (os.cpu_count() or 1) - os.getloadavg()[0]
    if total_after <= total:
        return (os.cpu_count() or 1) - os.getloadavg()[0]
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cpus
    return min(usable, cpus * (idle_after - idle) / (total_after - total))


def _prepare_batch(backend_class, batch, texts):
    return backend_class.prepare(_docs(batch, texts))


class Problem(NamedTuple):
    record_id: int
    kind: str  # "missing" (visible, not indexed), "stale" (indexed text or fields differ), "extra" (not visible)


def check(*, batch_size=REBUILD_BATCH_SIZE) -> list[Problem]:
    """Compare the index with what it would hold if rebuilt now: every visible record exactly once, as it is."""
    from zwgk.records.models import Record
    from zwgk.search.backends import doc_id
    from zwgk.search.models import SearchDocument

    backend = backend_for(connection)
    visible = list(Record.objects.visible_listing().order_by("pk").values_list("pk", flat=True))
    problems = []
    with connection.cursor() as cursor:
        for start in range(0, len(visible), batch_size):
            ids = visible[start : start + batch_size]
            stored = {row[0]: row[1:] for row in backend.doc_rows(cursor, ids)}
            for doc in _visible_docs(ids):
                expected = (doc_id(doc.pk, doc.published_at), doc.agency_id, doc.item_id, doc.year, doc.genre,
                            doc.title, doc.tags, doc.body)
                row = stored.get(doc.pk)
                if row is None:
                    problems.append(Problem(doc.pk, "missing"))
                elif tuple(row) != expected:
                    problems.append(Problem(doc.pk, "stale"))
    visible_set = set(visible)
    extra = SearchDocument.objects.order_by("pk").values_list("pk", flat=True)
    problems += [Problem(pk, "extra") for pk in extra.iterator(chunk_size=10_000) if pk not in visible_set]
    return sorted(problems)
