"""Database-specific halves of the index: SQLite FTS5 and a PostgreSQL GIN expression index.

Both answer the same query from the same stored compact text: for every term group, one of its
forms occurs (as a substring; a form starting with a Latin letter or digit at the start of a
word). SQLite indexes tokenize.compact_tokens (bigrams, words) with positions, so a CJK-only form
is a phrase of consecutive bigrams; PostgreSQL indexes four-character grams (tokenize.gram_query),
exact for forms of up to four characters. Either checks the rest as substrings. The index holds
visible records only, with their filter fields, so counting and filtering never touch the records
table.

Ranking is the same SQL on both, so both databases return the same order (see RANK_SQL):
a match in the title first, then in 文号/索引号/主题词, then in the body; newer first within each.
User text never reaches MATCH or tsquery: only tokens this module quotes itself, as parameters.
"""
import heapq
import json
import math

from django.db import DatabaseError, connection

from zwgk.search.packing import pack, unpack
from zwgk.search.tokenize import _CJK_RANGES, GRAM_CHARS, gram_query, index_texts

DOC_TABLE = "search_searchdocument"
BODY_TABLE = "search_searchbody"
FTS_TABLE = "search_fts"
SLOT_TABLE = "search_slot"  # SQLite only: FTS5 row id -> docid (see SQLiteBackend)

# Ranking every match of a frequent word costs time in proportion to the corpus. Past this many
# matches, relevance order counts and ranks only the newest COUNT_CAP (SearchPage.total_capped;
# the page says "10000+"); date order counts exactly (it never ranks). Facet counts cover the
# newest COUNT_CAP matches.
COUNT_CAP = 10_000
# Relevance tiers (bigger first): any form in the title 2, in 文号/索引号/主题词 1, else 0.
TITLE_TIER, TAGS_TIER = 2, 1

DOCID_ID_BITS = 30
DOCID_MAX_SECONDS = 2**33 - 1
ID_MASK = 2**DOCID_ID_BITS - 1


def doc_id(record_id: int, published_at) -> int:
    """Index row id ordered like (published_at, id): "newest first" is then id order in the index.

    Seconds since 1970 in the high bits, the record id in the low 30 bits (ids up to ~10^9).
    """
    if not 0 < record_id < 2**DOCID_ID_BITS:
        raise ValueError(f"全文检索：记录编号 {record_id} 超出索引范围（须小于 {2**DOCID_ID_BITS}）")
    seconds = min(max(int(published_at.timestamp()), 0), DOCID_MAX_SECONDS) if published_at else 0
    return (seconds << DOCID_ID_BITS) | record_id


def meta_tokens(agency_id, item_id, year, genre) -> list[str]:
    """Filter tokens of a document: agency, item, publication year, genre (hex: one token)."""
    return [f"a{agency_id}", f"i{item_id}", f"y{year}", "g" + (genre or "").encode().hex()]


def _form_verifies(group) -> bool:
    return any(form.needs_verify and not form.exact_phrase for form in group.forms)


def _contains_any(column, forms, fn):
    """SQL: some form's compact text occurs in column (fn: instr / strpos)."""
    sql = " OR ".join(f"{fn}({column}, %s) > 0" for _ in forms)
    return f"({sql})", [f.compact for f in forms]


def rank_sql(groups, fn):
    """(sql, params): the relevance tier of a matching row of the doc table d (same on both backends)."""
    forms = [form for group in groups for form in group.forms]
    title, title_params = _contains_any("d.title", forms, fn)
    tags, tags_params = _contains_any("d.tags", forms, fn)
    sql = f"(CASE WHEN {title} THEN {TITLE_TIER} ELSE 0 END + CASE WHEN {tags} THEN {TAGS_TIER} ELSE 0 END)"
    return sql, title_params + tags_params


class Backend:
    vendor = ""
    fn = "instr"

    def __init__(self, conn):
        self.conn = conn

    # --- schema (called from the migrations)
    def create_schema(self, cursor):
        raise NotImplementedError

    def drop_schema(self, cursor):
        raise NotImplementedError

    # --- writing
    def delete(self, cursor, ids):
        raise NotImplementedError

    def insert(self, cursor, docs):
        """docs: [index.Doc] for records not in the index."""
        raise NotImplementedError

    def tokenise(self, title, tags, body, meta):
        """What `insert_tokenised` needs besides the doc values: done before a bulk import's transaction."""
        raise NotImplementedError

    @staticmethod
    def as_stored(value):
        """A JSON value as the database gives it back (element values are indexed in that order)."""
        return value

    def insert_tokenised(self, cursor, rows):
        """rows: (_doc_values tuple, tokenise result) for records not in the index."""
        raise NotImplementedError

    def clear(self, cursor):
        raise NotImplementedError

    def begin_bulk(self, cursor):
        """Settings for a long run of inserts (rebuild)."""

    def optimize(self, cursor):
        pass

    def index_size_bytes(self, cursor) -> int:
        raise NotImplementedError

    # --- reading: `matches` is (sql, params) selecting column docid of every match
    def matches(self, groups, filters):
        raise NotImplementedError

    def count(self, groups, filters, cap=None) -> int:
        sql, params = self.matches(groups, filters)
        if cap is not None:
            sql += f" LIMIT {int(cap)}"
        with self.conn.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM ({sql}) m", params)
            return cursor.fetchone()[0]

    def newest(self, groups, filters, limit, offset=0):
        """(sql, params) of the newest matches, docid descending."""
        sql, params = self.matches(groups, filters)
        return f"{sql} ORDER BY docid DESC LIMIT {int(limit)} OFFSET {int(offset)}", params

    def page(self, groups, filters, sort, limit, offset) -> list[tuple[int, int]]:
        """[(record_id, tier)] of one page: by date, or by tier within the newest COUNT_CAP."""
        with self.conn.cursor() as cursor:
            if sort == "date":
                sql, params = self.newest(groups, filters, limit, offset)
                cursor.execute(sql, params)
                return [(docid & ID_MASK, 0) for (docid,) in cursor.fetchall()]
            window, params = self.newest(groups, filters, COUNT_CAP)
            rank, rank_params = rank_sql(groups, self.fn)
            cursor.execute(
                f"SELECT w.docid, {rank} AS tier FROM ({window}) w JOIN {DOC_TABLE} d ON d.record_id = (w.docid & {ID_MASK}) "
                f"ORDER BY tier DESC, w.docid DESC LIMIT %s OFFSET %s",
                [*rank_params, *params, limit, offset],
            )
            return [(docid & ID_MASK, tier) for docid, tier in cursor.fetchall()]

    def facet_rows(self, groups, filters) -> list[tuple]:
        """[(agency_id, item_id, year, genre, count)] over the newest COUNT_CAP matches."""
        window, params = self.newest(groups, filters, COUNT_CAP)
        with self.conn.cursor() as cursor:
            cursor.execute(
                f"SELECT d.agency_id, d.item_id, d.year, d.genre, COUNT(*) FROM ({window}) w "
                f"JOIN {DOC_TABLE} d ON d.record_id = (w.docid & {ID_MASK}) GROUP BY d.agency_id, d.item_id, d.year, d.genre",
                params,
            )
            return cursor.fetchall()

    def doc_rows(self, cursor, ids):
        """(record_id, docid, agency_id, item_id, year, genre, title, tags, body) of indexed records."""
        rows = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            cursor.execute(
                f"SELECT d.record_id, d.docid, d.agency_id, d.item_id, d.year, d.genre, d.title, d.tags, "
                f"COALESCE(b.body, '') FROM {DOC_TABLE} d LEFT JOIN {BODY_TABLE} b ON b.record_id = d.record_id "
                f"WHERE d.record_id IN ({','.join(['%s'] * len(chunk))})",
                chunk,
            )
            rows += cursor.fetchall()
        return rows


def _doc_values(d):
    return (d.pk, doc_id(d.pk, d.published_at), d.agency_id, d.item_id, d.year, d.genre, d.title, d.tags, d.body)


INSERT_DOC = (
    f"INSERT INTO {DOC_TABLE}(record_id, docid, agency_id, item_id, year, genre, title, tags) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
)
INSERT_BODY = f"INSERT INTO {BODY_TABLE}(record_id, body) VALUES (%s, %s)"


def _delete_rows(cursor, ids, chunk_size=500):
    for start in range(0, len(ids), chunk_size):
        chunk = ids[start : start + chunk_size]
        marks = ",".join(["%s"] * len(chunk))
        cursor.execute(f"DELETE FROM {BODY_TABLE} WHERE record_id IN ({marks})", chunk)
        cursor.execute(f"DELETE FROM {DOC_TABLE} WHERE record_id IN ({marks})", chunk)


def _insert_rows(cursor, rows, doc_sql=INSERT_DOC, extra=None):
    """rows: _doc_values tuples; extra(row) → more values for doc_sql (PostgreSQL's vector)."""
    cursor.executemany(doc_sql, [row[:8] + (extra(row) if extra else ()) for row in rows])
    cursor.executemany(INSERT_BODY, [(row[0], row[8]) for row in rows])


class SQLiteBackend(Backend):
    """A contentless FTS5 table of pre-tokenised text whose row ids ("slots") follow date order.

    Columns: text (a document's filter tokens "_a3 _i12 _y2024 _g…", which compact text never
    has, then its body tokens), title, tags (文号/索引号/主题词); see tokenize.index_text. The body
    comes first because FTS5 marks every token list outside column 0 with its column number. The
    'ascii' tokenizer only splits on ASCII spaces and punctuation, so CJK bigrams pass through.

    Row ids are small numbers ordered like docid (search_slot maps them, with the facet fields):
    FTS5 stores each row id as the difference from the previous one in a token's list, so close
    numbers take one or two bytes where docids take six, and "newest first" is the index's own
    order (no sort). Rebuilds leave SLOT_GAP between neighbours for records published out of
    order; when a gap is used up, the neighbours' slots are spread again (see _make_room).

    Contentless tables (SQLite 3.40 has no contentless_delete) are updated with the 'delete'
    command, which needs the text that was indexed: it is re-derived from the compact text and the
    filter fields kept in search_searchdocument and (packed, see packing.py) search_searchbody.
    """

    vendor = "sqlite"
    SLOT_GAP = 16
    SLOT_BASE = 2**32  # room below the first slot for records older than all others
    SLOT_COLUMNS = "slot, docid, agency_id, item_id, year, genre"

    def __init__(self, conn):
        super().__init__(conn)
        self._windows = {}

    # --- schema
    def create_schema(self, cursor):
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(text, title, tags, "
            "tokenize = \"ascii tokenchars '_'\", content = '', columnsize = 0)"
        )
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {SLOT_TABLE} (slot INTEGER PRIMARY KEY, docid INTEGER NOT NULL UNIQUE, "
            "agency_id INTEGER NOT NULL, item_id INTEGER NOT NULL, year INTEGER NOT NULL, genre TEXT NOT NULL)"
        )

    def drop_schema(self, cursor):
        cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
        cursor.execute(f"DROP TABLE IF EXISTS {SLOT_TABLE}")

    # --- writing
    @staticmethod
    def fts_rows(docs) -> list[tuple[str, str, str]]:
        """The FTS5 columns (text, title, tags) of docs [(agency_id, item_id, year, genre, title, tags, body)]."""
        docs = list(docs)
        n = len(docs)
        tokens = index_texts([doc[6] for doc in docs] + [doc[4] for doc in docs] + [doc[5] for doc in docs])
        meta = [" ".join("_" + token for token in meta_tokens(*doc[:4])) for doc in docs]
        return [(meta[i] + " " + tokens[i], tokens[n + i], tokens[2 * n + i]) for i in range(n)]

    def doc_rows(self, cursor, ids):
        return [row[:8] + (unpack(row[8]),) for row in super().doc_rows(cursor, ids)]

    def _slots_of(self, cursor, docids) -> dict:
        found = {}
        for start in range(0, len(docids), 500):
            chunk = docids[start : start + 500]
            cursor.execute(f"SELECT docid, slot FROM {SLOT_TABLE} WHERE docid IN ({','.join(['%s'] * len(chunk))})", chunk)
            found.update(cursor.fetchall())
        return found

    def _fts_delete(self, cursor, entries):
        """entries: [(slot, (text, title, tags))] as they were inserted."""
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text, title, tags) VALUES ('delete', %s, %s, %s, %s)",
            [(slot, *columns) for slot, columns in entries],
        )

    def _fts_insert(self, cursor, entries):
        # In slot order: FTS5 flushes its pending terms whenever a row id is not above the last one.
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE}(rowid, text, title, tags) VALUES (%s, %s, %s, %s)",
            [(slot, *columns) for slot, columns in sorted(entries)],
        )

    def delete(self, cursor, ids):
        ids = list(ids)
        old = self.doc_rows(cursor, ids)
        if old:
            slots = self._slots_of(cursor, [row[1] for row in old])
            self._fts_delete(cursor, [(slots[row[1]], columns) for row, columns in
                                      zip(old, self.fts_rows(row[2:] for row in old)) if row[1] in slots])
            cursor.executemany(f"DELETE FROM {SLOT_TABLE} WHERE docid = %s", [(row[1],) for row in old])
        _delete_rows(cursor, ids)

    @classmethod
    def prepare(cls, docs):
        """What insert() writes for docs, computed without the database (so a rebuild can do it
        in other processes): the doc rows in docid order, their packed bodies, their FTS5 rows."""
        rows = sorted((_doc_values(d) for d in docs), key=lambda r: r[1])
        return [row[:8] for row in rows], [pack(row[8]) for row in rows], cls.fts_rows(row[2:] for row in rows)

    def insert(self, cursor, docs):
        self.insert_prepared(cursor, self.prepare(docs))

    def insert_prepared(self, cursor, prepared):
        rows, bodies, fts_rows = prepared
        if not rows:
            return
        slots = self._new_slots(cursor, [row[1:6] for row in rows])
        cursor.executemany(INSERT_DOC, rows)
        cursor.executemany(INSERT_BODY, [(row[0], body) for row, body in zip(rows, bodies)])
        self._fts_insert(cursor, list(zip(slots, fts_rows)))

    @staticmethod
    def tokenise(title, tags, body, meta):
        tokens = index_texts([body, title, tags])
        return pack(body), (" ".join("_" + token for token in meta) + " " + tokens[0], tokens[1], tokens[2])

    def insert_tokenised(self, cursor, rows):
        rows = sorted(rows, key=lambda row: row[0][1])  # docid order, as prepare() gives
        self.insert_prepared(cursor, ([values[:8] for values, _ in rows], [tokens[0] for _, tokens in rows],
                                      [tokens[1] for _, tokens in rows]))

    def _new_slots(self, cursor, docs) -> list[int]:
        """Slots for new docs [(docid, agency_id, item_id, year, genre)] (docid ascending, none
        indexed), recorded in search_slot: above the newest when all are newer (the rebuild, and
        records published now), else between their neighbours."""
        insert = f"INSERT INTO {SLOT_TABLE}({self.SLOT_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s)"
        cursor.execute(f"SELECT slot, docid FROM {SLOT_TABLE} ORDER BY slot DESC LIMIT 1")
        last = cursor.fetchone()
        if last is None or docs[0][0] > last[1]:
            top = last[0] if last else self.SLOT_BASE
            slots = [top + self.SLOT_GAP * (n + 1) for n in range(len(docs))]
            cursor.executemany(insert, [(slot, *doc) for slot, doc in zip(slots, docs)])
            return slots
        for doc in docs:
            # Taken at once: the next doc's neighbours include this one.
            cursor.execute(insert, [self._slot_between(cursor, doc[0]), *doc])
        # Read back: making room for a later one may have moved an earlier one (not in FTS5 yet).
        found = self._slots_of(cursor, [doc[0] for doc in docs])
        return [found[doc[0]] for doc in docs]

    def _neighbours(self, cursor, docid):
        cursor.execute(f"SELECT slot FROM {SLOT_TABLE} WHERE docid < %s ORDER BY docid DESC LIMIT 1", [docid])
        below = cursor.fetchone()
        cursor.execute(f"SELECT slot FROM {SLOT_TABLE} WHERE docid > %s ORDER BY docid LIMIT 1", [docid])
        above = cursor.fetchone()
        return (below[0] if below else None), (above[0] if above else None)

    def _slot_between(self, cursor, docid) -> int:
        below, above = self._neighbours(cursor, docid)
        if above is None:
            return (below if below is not None else self.SLOT_BASE) + self.SLOT_GAP
        if below is None:
            return above - self.SLOT_GAP
        if above - below >= 2:
            return (below + above) // 2
        self._make_room(cursor, below)
        below, above = self._neighbours(cursor, docid)
        return (below + above) // 2

    def _make_room(self, cursor, slot):
        """Spread the slots of the smallest aligned block around `slot` that is at most half full
        over the whole block, moving those documents' FTS rows (a list-labelling step: rare, and
        its cost shared by the inserts that filled the block)."""
        size = self.SLOT_GAP * 2
        while True:
            low = slot - slot % size
            cursor.execute(f"SELECT {self.SLOT_COLUMNS} FROM {SLOT_TABLE} WHERE slot BETWEEN %s AND %s ORDER BY slot",
                           [low, low + size - 1])
            block = cursor.fetchall()
            if (len(block) + 1) * 2 <= size:
                break
            size *= 2
        step = size // (len(block) + 1)
        moves = [(row[0], low + step * (n + 1) - step // 2, row) for n, row in enumerate(block)]
        moves = [move for move in moves if move[0] != move[1]]
        if not moves:
            return
        docids = [row[1] for _, _, row in moves]
        cursor.execute(
            f"SELECT d.docid, d.agency_id, d.item_id, d.year, d.genre, d.title, d.tags, b.body FROM {DOC_TABLE} d "
            f"JOIN {BODY_TABLE} b ON b.record_id = d.record_id WHERE d.docid IN ({','.join(['%s'] * len(docids))})",
            docids,
        )
        # Docs of the batch being inserted have a slot but no FTS5 row yet: only their slot moves.
        found = [row[:7] + (unpack(row[7]),) for row in cursor.fetchall()]
        columns = dict(zip((row[0] for row in found), self.fts_rows(row[1:] for row in found)))
        self._fts_delete(cursor, [(old, columns[row[1]]) for old, _, row in moves if row[1] in columns])
        cursor.executemany(f"DELETE FROM {SLOT_TABLE} WHERE slot = %s", [(old,) for old, _, _ in moves])
        cursor.executemany(f"INSERT INTO {SLOT_TABLE}({self.SLOT_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s)",
                           [(new, *row[1:]) for _, new, row in moves])
        self._fts_insert(cursor, [(new, columns[row[1]]) for _, new, row in moves if row[1] in columns])

    def clear(self, cursor):
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')")
        cursor.execute(f"DELETE FROM {SLOT_TABLE}")
        cursor.execute(f"DELETE FROM {BODY_TABLE}")
        cursor.execute(f"DELETE FROM {DOC_TABLE}")

    def begin_bulk(self, cursor):
        # A bigger page cache (this connection only); FTS5 keeps up to 128 MB of pending terms
        # before writing a segment and merges nothing while loading: optimize() merges once.
        cursor.execute("PRAGMA cache_size = -262144")
        for option, value in (("automerge", 0), ("crisismerge", 10_000), ("hashsize", 128 * 2**20)):
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES (%s, %s)", [option, value])

    def optimize(self, cursor):
        # FTS5's defaults again for later updates, then one merged segment: each query then
        # reads one b-tree per token.
        for option, value in (("automerge", 4), ("crisismerge", 16), ("hashsize", 2**20)):
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES (%s, %s)", [option, value])
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")

    def index_size_bytes(self, cursor):
        try:
            cursor.execute(
                "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE %s OR name LIKE %s OR name LIKE %s",
                [f"{FTS_TABLE}%", "%search_search%", f"%{SLOT_TABLE}%"],
            )
            return cursor.fetchone()[0] or 0
        except Exception:  # dbstat is a compile-time option
            return 0

    # --- reading
    @staticmethod
    def _quoted(text):
        return '"' + text.replace('"', '""') + '"'

    @classmethod
    def _form_expression(cls, term) -> str:
        phrase = term.phrase()
        if phrase:
            # Tokens at consecutive positions (FTS5 phrase; '*' makes its last token a prefix).
            tokens, prefix = phrase
            if prefix and len(tokens[-1]) == 1 and len(tokens) > 2 and not term.exact_phrase:
                # A one-character prefix (号*) expands to many tokens; the substring check
                # that mixed terms get anyway covers it.
                tokens, prefix = tokens[:-1], False
            return cls._quoted(" ".join(tokens)) + (" *" if prefix else "")
        return "(" + " AND ".join(cls._quoted(t.text) + ("*" if t.prefix else "") for t in term.tokens) + ")"

    @classmethod
    def match_expression(cls, groups, filters=None) -> str:
        """The MATCH string: only tokens quoted here, never user syntax."""
        parts = ["(" + " OR ".join(cls._form_expression(form) for form in group.forms) + ")" for group in groups]
        if filters is not None:
            for tokens in filters.meta_tokens():
                parts.append("(text : (" + " OR ".join(cls._quoted("_" + t) for t in tokens) + "))")
        return " AND ".join(parts)

    def matches(self, groups, filters):
        verify = [g for g in groups if _form_verifies(g)]
        select = f"SELECT {FTS_TABLE}.rowid AS docid FROM {FTS_TABLE}"
        where = f"{FTS_TABLE} MATCH %s"
        params = [self.match_expression(groups, filters)]
        if verify:
            # Mixed terms (文号, Latin and digits): the substring check on the compact text, only for
            # the documents that have the term's phrase (few besides the true matches).
            select += (f" CROSS JOIN {SLOT_TABLE} vs ON vs.slot = {FTS_TABLE}.rowid"
                       f" CROSS JOIN {DOC_TABLE} v ON v.record_id = (vs.docid & {ID_MASK})"
                       f" CROSS JOIN {BODY_TABLE} vb ON vb.record_id = v.record_id")
            for group in verify:
                title, title_params = _contains_any("v.title", group.forms, "instr")
                tags, tags_params = _contains_any("v.tags", group.forms, "instr")
                body = f"zwgk_contains(vb.body{', %s' * len(group.forms)})"
                where += f" AND ({title} OR {tags} OR {body})"
                params += title_params + tags_params + [f.compact for f in group.forms]
        return f"{select} WHERE {where}", params

    def newest(self, groups, filters, limit, offset=0):
        sql, params = self.matches(groups, filters)
        return f"{sql} ORDER BY {FTS_TABLE}.rowid DESC LIMIT {int(limit)} OFFSET {int(offset)}", params

    def _docids(self, cursor, slots) -> list[int]:
        """Docids of slots, in the same order."""
        if not slots:
            return []
        cursor.execute(f"SELECT slot, docid FROM {SLOT_TABLE} WHERE slot IN ({','.join(['%s'] * len(slots))})", slots)
        found = dict(cursor.fetchall())
        return [found[slot] for slot in slots if slot in found]

    def _window(self, groups, filters) -> list[int]:
        """Slots of the newest COUNT_CAP + 1 matches, newest first: one FTS5 evaluation of the query
        per search, which the capped count, the ranking and the facets share (each of them
        evaluating it again cost a frequent phrase 20-30 ms at 1,000,000 records)."""
        sql, params = self.newest(groups, filters, COUNT_CAP + 1)
        key = (sql, tuple(params))
        if key not in self._windows:
            with self.conn.cursor() as cursor:
                # As one JSON array, a third cheaper than 10,000 rows turned into Python tuples
                # (sorted here: an aggregate keeps no order before SQLite 3.44).
                cursor.execute(f"SELECT json_group_array(docid) FROM ({sql})", params)
                self._windows[key] = sorted(json.loads(cursor.fetchone()[0]), reverse=True)
        return self._windows[key]

    def count(self, groups, filters, cap=None) -> int:
        if cap is not None and cap <= COUNT_CAP + 1:
            return min(len(self._window(groups, filters)), cap)
        return super().count(groups, filters, cap)

    def page(self, groups, filters, sort, limit, offset) -> list[tuple[int, int]]:
        with self.conn.cursor() as cursor:
            if sort == "date":
                sql, params = self.newest(groups, filters, limit, offset)
                cursor.execute(sql, params)
                return [(docid & ID_MASK, 0) for docid in self._docids(cursor, [slot for (slot,) in cursor.fetchall()])]
            window = self._window(groups, filters)[:COUNT_CAP]
            if not window:
                return []
            if all(form.cjk_only for group in groups for form in group.forms):
                return self._ranked_by_columns(cursor, groups, filters, window, limit, offset)
            rank, rank_params = rank_sql(groups, self.fn)
            cursor.execute(
                f"SELECT s.docid, {rank} AS tier FROM json_each(%s) w JOIN {SLOT_TABLE} s ON s.slot = w.value "
                f"JOIN {DOC_TABLE} d ON d.record_id = (s.docid & {ID_MASK}) "
                f"ORDER BY tier DESC, s.slot DESC LIMIT %s OFFSET %s",
                [*rank_params, json.dumps(window), limit, offset],
            )
            return [(docid & ID_MASK, tier) for docid, tier in cursor.fetchall()]

    def _ranked_by_columns(self, cursor, groups, filters, window, limit, offset):
        """rank_sql's order from FTS5 alone, for CJK-only forms: such a form occurs in the compact
        title exactly when the title column has its token or phrase (see Term.phrase), so the
        tiers are the window's matches in column title and in column tags, and no row is read."""
        # The column queries ask only for the forms (and the filters' tokens, cheap to evaluate),
        # not the whole query again: the window is the newest matches at or above its last slot,
        # so a column match there is a window member when the window has it.
        forms = " OR ".join(self._form_expression(form) for group in groups for form in group.forms)
        narrowing = self.match_expression([], filters)
        members = set(window)
        found = {}
        for column in ("title", "tags"):
            expression = f"{column} : ({forms})" + (f" AND {narrowing}" if narrowing else "")
            cursor.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s AND rowid >= %s",
                           [expression, window[-1]])
            found[column] = {slot for (slot,) in cursor.fetchall() if slot in members}
        title, tags = found["title"], found["tags"]
        tiers = [(TITLE_TIER + TAGS_TIER, title & tags), (TITLE_TIER, title - tags), (TAGS_TIER, tags - title)]
        wanted = offset + limit
        ranked = []
        for tier, slots in tiers:
            if len(ranked) < wanted:
                ranked += [(slot, tier) for slot in heapq.nlargest(wanted - len(ranked), slots)]
            else:
                ranked += [(None, tier)] * len(slots)  # only counted: the page lies before them
        if wanted > len(ranked):
            # Then the body-only matches, newest first: those among the first offset + limit of the window.
            ranked += [(slot, 0) for slot in window[:wanted] if slot not in title and slot not in tags]
        chosen = ranked[offset:wanted]
        docids = dict(zip([slot for slot, _ in chosen], self._docids(cursor, [slot for slot, _ in chosen])))
        return [(docids[slot] & ID_MASK, tier) for slot, tier in chosen if slot in docids]

    def facet_rows(self, groups, filters) -> list[tuple]:
        with self.conn.cursor() as cursor:
            cursor.execute(
                f"SELECT s.agency_id, s.item_id, s.year, s.genre, COUNT(*) FROM json_each(%s) w "
                f"JOIN {SLOT_TABLE} s ON s.slot = w.value GROUP BY s.agency_id, s.item_id, s.year, s.genre",
                [json.dumps(self._window(groups, filters)[:COUNT_CAP])],
            )
            return cursor.fetchall()


def _sqlite_contains(blob, *needles) -> int:
    text = unpack(blob)
    return int(any(needle in text for needle in needles))


def register_sqlite_functions(raw_connection) -> None:
    """SQL functions the SQLite index uses: zwgk_unpack(body) and zwgk_contains(body, needle, …)."""
    raw_connection.create_function("zwgk_unpack", 1, unpack, deterministic=True)
    raw_connection.create_function("zwgk_contains", -1, _sqlite_contains, deterministic=True)


# PostgreSQL: a bucket is 2^21 s (≈ 24 days) of publication time, i.e. a docid range. Each document
# also carries the bucket's enclosing blocks of 4, 16, 64 and 256 buckets, so any range of buckets
# is a handful of tokens (bucket_cover) and GIN skips the rest of a frequent term's postings.
BUCKET_SHIFT = DOCID_ID_BITS + 21
BUCKET_LEVELS = 5
BUCKET_FANOUT_BITS = 2


def bucket_tokens(docid) -> list[str]:
    """The time-bucket tokens of a document: its bucket at every level (what zwgk_search_vector
    computes in SQL; test_postgres_grams holds the two together)."""
    bucket = docid >> BUCKET_SHIFT
    return [f"_t{k}_{bucket >> (BUCKET_FANOUT_BITS * k)}" for k in range(BUCKET_LEVELS)]


def bucket_cover(low, high) -> list[str]:
    """Fewest bucket tokens whose documents are exactly those of buckets low..high."""
    tokens, level, fanout = [], 0, 1 << BUCKET_FANOUT_BITS
    while low <= high:
        if level == BUCKET_LEVELS - 1:
            tokens += [f"_t{level}_{b}" for b in range(low, high + 1)]
            break
        while low <= high and low % fanout:
            tokens.append(f"_t{level}_{low}")
            low += 1
        while low <= high and (high + 1) % fanout:
            tokens.append(f"_t{level}_{high}")
            high -= 1
        low, high, level = low // fanout, (high + 1) // fanout - 1, level + 1
    return tokens


# tokenize's CJK ranges as the body of a PostgreSQL regular-expression bracket (\\u escapes).
PG_CJK_CLASS = "".join(c if c == "-" else (f"\\U{ord(c):08x}" if ord(c) > 0xFFFF else f"\\u{ord(c):04x}")
                       for c in _CJK_RANGES)


# The SQL function behind the index, zwgk_search_vector: the grams of the compact text, the filter
# tokens and the time-bucket tokens. The grams (tokenize.gram_query asks for them) are every
# GRAM_CHARS-character substring and the text's tail: each regexp_replace cuts the text, from one of
# its first GRAM_CHARS characters on, into GRAM_CHARS-character pieces, so the passes together start
# a gram at every character. It calls built-in functions only: a restore runs it with an empty
# search_path. zwgk_grams gives the grams alone (for tests and inspection).
def _grams_sql(text):
    return "array_remove(" + " || ".join(
        f"string_to_array(regexp_replace(substr({text}, {k + 1}), '{'.' * GRAM_CHARS}', E'\\\\&\\x1f', 'g'), E'\\x1f')"
        for k in range(GRAM_CHARS)
    ) + ", '')"


BODY_TEXT = "(title || ' ' || tags || ' ' || body)"
_BUCKETS_SQL = ", ".join(f"'_t{k}_' || (docid >> {BUCKET_SHIFT + BUCKET_FANOUT_BITS * k})" for k in range(BUCKET_LEVELS))
SQL_FUNCTIONS = (
    "CREATE OR REPLACE FUNCTION zwgk_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
    f"AS $$ SELECT {_grams_sql('t')} $$",
    "CREATE OR REPLACE FUNCTION zwgk_search_vector(title text, tags text, body text, agency_id integer, "
    "item_id integer, year integer, genre text, docid bigint) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT "
    f"PARALLEL SAFE AS $$ SELECT array_to_tsvector({_grams_sql(BODY_TEXT)} || ARRAY["
    "'_a' || agency_id, '_i' || item_id, '_y' || year, '_g' || encode(convert_to(genre, 'UTF8'), 'hex'), "
    f"{_BUCKETS_SQL}]) $$",
)
SPILL_CHARS = 2100  # over PostgreSQL's TOAST_TUPLE_THRESHOLD (2032 bytes with the default 8 KB pages)
# The indexed expression; a query's condition must spell it the same way for the index to answer.
VECTOR_SQL = "zwgk_search_vector(d.title, d.tags, d.body, d.agency_id, d.item_id, d.year, d.genre, d.docid)"


class PostgresBackend(Backend):
    """A GIN index over an expression of the document row: nothing but the compact text is stored.

    The expression (zwgk_search_vector) gives a tsvector without positions of the text's grams
    (tokenize.GRAM_CHARS characters from every character on), the filter tokens prefixed with "_"
    (compact text never contains one) and the document's time-bucket tokens (bucket_tokens). A term
    of up to four characters is then exact in the index: counting its matches reads no text (the
    other terms, and Latin words, are checked on the few documents that have all their grams). GIN
    has no order, so "the newest n matches" asks for the newest buckets first and widens the range
    until it has n (_newest): each step is a selective bitmap scan, never a pass over every row.
    The compact body lives in this table (column body, PostgreSQL only; search_searchbody stays
    empty), out of line, so rows stay narrow. A search's window of up to COUNT_CAP + 1 matches is
    read once and gives the count, the facets and the ranked page; by date, one pass over every
    match gives the exact count and the first pages (_counted).
    """

    vendor = "postgresql"
    fn = "strpos"
    BUILD_MEMORY = "512MB"  # maintenance_work_mem while the GIN index is built over all rows
    # The exact count by date sorts the docids of every match in memory (~24 bytes each; the default
    # 4 MB would spill a million-record corpus's frequent terms to disk).
    SORT_MEMORY = "64MB"
    DATE_PREFETCH = 200  # newest docids the exact count keeps: the first pages by date need no other read
    STEP_MARGIN = 1.25  # a bucket step sized from a match rate reads this much more, so one step usually does

    def __init__(self, conn):
        super().__init__(conn)
        self._windows = {}
        self._counts = {}

    # --- schema
    def create_schema(self, cursor):
        self._columns(cursor)
        for sql in SQL_FUNCTIONS:
            cursor.execute(sql)
        self._create_index(cursor)
        cursor.execute(f"CREATE INDEX IF NOT EXISTS search_doc_docid ON {DOC_TABLE} (docid)")

    def _columns(self, cursor):
        # Narrow heap rows (docid, filter fields, title, tags: what windows, counts and ranking
        # read, ~35 to a page) with the body out of line, compressed with lz4 where the server has
        # it. PostgreSQL moves values out of line only from rows over ~2 KB (toast_tuple_target
        # cannot lower that): column spill, a constant that compresses to ~35 bytes, makes every
        # row that long, so a short body goes out of line too (at 200,000 records the table pages
        # a count visits went from 210 MB to 45 MB).
        cursor.execute(f"ALTER TABLE {DOC_TABLE} ADD COLUMN IF NOT EXISTS body text NOT NULL DEFAULT '', "
                       f"ADD COLUMN IF NOT EXISTS spill text NOT NULL DEFAULT repeat(' ', {SPILL_CHARS})")
        cursor.execute(f"ALTER TABLE {DOC_TABLE} SET (toast_tuple_target = 256)")
        cursor.execute(f"ALTER TABLE {DOC_TABLE} ALTER COLUMN title SET STORAGE MAIN, ALTER COLUMN tags SET STORAGE MAIN, "
                       "ALTER COLUMN spill SET STORAGE MAIN")
        cursor.execute("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
        if (cursor.fetchone() or [False])[0]:
            cursor.execute(f"ALTER TABLE {DOC_TABLE} ALTER COLUMN body SET COMPRESSION lz4")

    def upgrade_schema(self, cursor):
        """From an earlier layout (a stored vector column; before that, bodies in search_searchbody) to
        this one, in place: the compact text stays and the index is built from it."""
        # ALTER TABLE refuses to run while deferred foreign-key checks are pending: run them first.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("DROP INDEX IF EXISTS search_doc_vector")
        self._columns(cursor)
        cursor.execute(f"UPDATE {DOC_TABLE} d SET body = b.body FROM {BODY_TABLE} b WHERE b.record_id = d.record_id")
        cursor.execute(f"DELETE FROM {BODY_TABLE}")
        cursor.execute(f"ALTER TABLE {DOC_TABLE} DROP COLUMN IF EXISTS vector")
        cursor.execute(f"SET LOCAL maintenance_work_mem = '{self.BUILD_MEMORY}'")
        self.create_schema(cursor)
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")

    def _create_index(self, cursor):
        cursor.execute(f"CREATE INDEX IF NOT EXISTS search_doc_vector ON {DOC_TABLE} USING GIN "
                       f"(({VECTOR_SQL.replace('d.', '')}))")

    def drop_schema(self, cursor):
        cursor.execute("DROP INDEX IF EXISTS search_doc_vector")
        cursor.execute("DROP INDEX IF EXISTS search_doc_docid")
        cursor.execute("DROP FUNCTION IF EXISTS zwgk_search_vector(text, text, text, integer, integer, integer, text, bigint)")
        cursor.execute("DROP FUNCTION IF EXISTS zwgk_grams(text)")
        cursor.execute(f"ALTER TABLE {DOC_TABLE} DROP COLUMN IF EXISTS vector, DROP COLUMN IF EXISTS body, "
                       "DROP COLUMN IF EXISTS spill")

    # --- writing
    @staticmethod
    def quote(text: str) -> str:
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"

    def delete(self, cursor, ids):
        ids = list(ids)
        for start in range(0, len(ids), 5000):
            cursor.execute(f"DELETE FROM {DOC_TABLE} WHERE record_id = ANY(%s)", [ids[start : start + 5000]])

    COLUMNS = "record_id, docid, agency_id, item_id, year, genre, title, tags, body"

    def insert(self, cursor, docs):
        # COPY: one stream per batch instead of a statement per row.
        rows = [_doc_values(d) for d in docs]
        if rows:
            with cursor.cursor.copy(f"COPY {DOC_TABLE} ({self.COLUMNS}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    def tokenise(self, title, tags, body, meta):
        return None  # the index derives its tokens from the stored text

    @classmethod
    def as_stored(cls, value):
        # jsonb keeps an object's keys shorter first, then in byte order.
        if isinstance(value, dict):
            return {k: cls.as_stored(value[k]) for k in sorted(value, key=lambda k: (len(k.encode()), k.encode()))}
        if isinstance(value, list):
            return [cls.as_stored(v) for v in value]
        return value

    # A bulk insert of at least this many documents, and at least a quarter of the index, builds the
    # vector index afresh: inserting 45,000 documents into a RUM index one by one took 88 s, building
    # it over all of them 5 s. Searches wait for the import's commit meanwhile (DROP INDEX locks the table).
    REBUILD_AT = 5000

    def insert_tokenised(self, cursor, rows):
        from zwgk.records.bulkwrite import copy_rows

        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE relname = %s", [DOC_TABLE])
        existing = max((cursor.fetchone() or [0])[0], 0)
        rebuild = len(rows) >= self.REBUILD_AT and len(rows) * 4 >= existing
        if rebuild:
            self.begin_bulk(cursor)
        copy_rows(cursor, f"COPY {DOC_TABLE} ({self.COLUMNS}) FROM STDIN", (values for values, _ in rows))
        if rebuild:
            self.optimize(cursor)

    def clear(self, cursor):
        cursor.execute(f"DELETE FROM {BODY_TABLE}")
        cursor.execute(f"DELETE FROM {DOC_TABLE}")

    def begin_bulk(self, cursor):
        # Building the index once over the loaded rows is many times faster than row by row.
        cursor.execute(f"SET LOCAL maintenance_work_mem = '{self.BUILD_MEMORY}'")
        cursor.execute("DROP INDEX IF EXISTS search_doc_vector")

    def optimize(self, cursor):
        # The deferred foreign-key checks of the inserts run now: CREATE INDEX refuses to wait for them.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        self._create_index(cursor)
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        cursor.execute(f"ANALYZE {DOC_TABLE}")

    def index_size_bytes(self, cursor):
        cursor.execute("SELECT pg_total_relation_size(%s) + pg_total_relation_size(%s)", [DOC_TABLE, BODY_TABLE])
        return cursor.fetchone()[0] or 0

    def doc_rows(self, cursor, ids):
        rows = []
        for start in range(0, len(ids), 5000):
            cursor.execute(
                f"SELECT record_id, docid, agency_id, item_id, year, genre, title, tags, body FROM {DOC_TABLE} "
                "WHERE record_id = ANY(%s)", [list(ids[start : start + 5000])],
            )
            rows += cursor.fetchall()
        return rows

    # --- reading
    def tsquery(self, groups, filters, buckets=None) -> str:
        """The tsquery of the terms and filters; buckets: (low, high), only documents of those buckets."""
        parts = []
        for group in groups:
            forms = [
                "(" + " & ".join(self.quote(text) + (":*" if prefix else "") for text, prefix in gram_query(form.compact).grams) + ")"
                for form in group.forms
            ]
            parts.append("(" + " | ".join(forms) + ")")
        for tokens in filters.meta_tokens():
            parts.append("(" + " | ".join(self.quote("_" + t) for t in tokens) + ")")
        if buckets is not None:
            parts.append("(" + " | ".join(f"'{t}'" for t in bucket_cover(*buckets)) + ")")
        return " & ".join(parts)

    def _where(self, groups, filters, buckets=None):
        where, params = [f"{VECTOR_SQL} @@ %s::tsquery"], [self.tsquery(groups, filters, buckets)]
        for group in groups:
            queries = [gram_query(form.compact) for form in group.forms]
            if not any(q.check or q.word_start for q in queries):
                continue  # its grams are exact: the index alone decides
            # Some form occurs (at a word's start, for one beginning with a Latin letter or digit).
            checks = []
            for column in ("d.title", "d.tags", "d.body"):
                for form, q in zip(group.forms, queries):
                    if q.word_start:
                        checks.append(f"{column} ~ %s")
                        params.append(f"(^|[ {PG_CJK_CLASS}]){form.compact}")
                    else:
                        checks.append(f"strpos({column}, %s) > 0")
                        params.append(form.compact)
            where.append("(" + " OR ".join(checks) + ")")
        return " AND ".join(where), params

    def matches(self, groups, filters):
        where, params = self._where(groups, filters)
        return f"SELECT d.docid FROM {DOC_TABLE} d WHERE {where}", params

    def _execute(self, cursor, sql, params):
        # @@ on a row outside the index means computing its vector from the text: for a frequent
        # term the planner might still prefer a scan of every row. Only the GIN index may answer.
        cursor.execute(f"SET enable_seqscan = off; SET work_mem = '{self.SORT_MEMORY}'")
        try:
            cursor.execute(sql, params)
            return cursor.fetchall()
        finally:
            try:
                cursor.execute("RESET enable_seqscan; RESET work_mem")
            except DatabaseError:  # an aborted transaction: its rollback undoes the SET anyway
                pass

    def _newest(self, groups, filters, n, columns, matches=None):
        """Rows (docid, *columns) of the newest n matches, docid descending.

        Newest buckets first: the first step takes as many buckets as n documents need if every
        document matched (or, given the number of matches, at their average rate, with a margin);
        each further step as many as the match rate so far says are missing (with a margin); the
        last one everything older. Every step reads whole buckets, so the rows read are the
        complete newest part of the matches.
        """
        # Each step's rows come back as one row of arrays: psycopg turns 10,000 rows into Python
        # tuples in ~10 ms, an array of them in a fraction of that.
        select = ", ".join(f"array_agg({column})" for column in ("d.docid",) + tuple(columns))
        rank_params = list(getattr(columns, "params", ()))
        rows = []

        def arrays(result):
            return list(zip(*result[0])) if result and result[0][0] is not None else []

        with self.conn.cursor() as cursor:
            cursor.execute(f"SELECT min(docid), max(docid), (SELECT reltuples FROM pg_class WHERE relname = %s) "
                           f"FROM {DOC_TABLE}", [DOC_TABLE])
            low_doc, high_doc, estimate = cursor.fetchone()
            if high_doc is None:
                return []
            bottom, top = low_doc >> BUCKET_SHIFT, high_doc >> BUCKET_SHIFT
            per_bucket = max(float(matches or estimate or 0), 1.0) / (top - bottom + 1)
            upper, span = top, max(1, math.ceil(n / per_bucket * (self.STEP_MARGIN if matches else 1)))
            while True:
                low = upper - span + 1
                if low <= bottom:
                    where, params = self._where(groups, filters)
                    rows += arrays(self._execute(
                        cursor, f"SELECT {select} FROM {DOC_TABLE} d WHERE {where} AND d.docid < %s",
                        rank_params + params + [(upper + 1) << BUCKET_SHIFT]))
                    break
                where, params = self._where(groups, filters, (low, upper))
                rows += arrays(self._execute(cursor, f"SELECT {select} FROM {DOC_TABLE} d WHERE {where}", rank_params + params))
                if len(rows) >= n:
                    break
                rate = len(rows) / (top - low + 1)
                missing = n - len(rows)
                upper = low - 1
                span = math.ceil(missing / rate * self.STEP_MARGIN) + 1 if rate else upper - bottom + 1
        rows.sort(key=lambda row: row[0], reverse=True)
        return rows[:n]

    def _window(self, groups, filters):
        """(docid, tier) of the newest COUNT_CAP + 1 matches (one read per search; two narrow
        columns, since turning rows into Python objects is much of its cost)."""
        key = self._key(groups, filters)
        if key not in self._windows:
            rank, rank_params = rank_sql(groups, self.fn)
            self._windows[key] = self._newest(groups, filters, COUNT_CAP + 1, _Columns((rank,), rank_params))
        return self._windows[key]

    def _key(self, groups, filters):
        """What a search's reads depend on: its tsquery and the forms its substring checks test."""
        return self.tsquery(groups, filters), tuple(form.compact for g in groups for form in g.forms)

    def _counted(self, groups, filters):
        """(exact number of matches, docids of the newest DATE_PREFETCH) in one pass over the matches:
        a count reads every match's row anyway, and another query would scan the index again."""
        key = self._key(groups, filters)
        if key not in self._counts:
            where, params = self._where(groups, filters)
            with self.conn.cursor() as cursor:
                total, newest = self._execute(
                    cursor, f"SELECT COUNT(*), (array_agg(d.docid ORDER BY d.docid DESC))[1:{self.DATE_PREFETCH}] "
                    f"FROM {DOC_TABLE} d WHERE {where}", params)[0]
            self._counts[key] = total, newest or []
        return self._counts[key]

    def count(self, groups, filters, cap=None) -> int:
        if cap is not None and cap <= COUNT_CAP + 1:
            return min(len(self._window(groups, filters)), cap)
        return self._counted(groups, filters)[0]

    def newest(self, groups, filters, limit, offset=0):
        sql, params = self.matches(groups, filters)
        return f"{sql} ORDER BY d.docid DESC LIMIT {int(limit)} OFFSET {int(offset)}", params

    def page(self, groups, filters, sort, limit, offset) -> list[tuple[int, int]]:
        if sort == "date":
            total, newest = self._counted(groups, filters)
            if offset + limit > len(newest) and len(newest) < total:
                newest = [docid for docid, in self._newest(groups, filters, offset + limit, _Columns(), total)]
            return [(docid & ID_MASK, 0) for docid in newest[offset : offset + limit]]
        window = self._window(groups, filters)[:COUNT_CAP]
        ranked = sorted(window, key=lambda row: (-row[1], -row[0]))[offset : offset + limit]
        return [(docid & ID_MASK, tier) for docid, tier in ranked]

    def facet_rows(self, groups, filters) -> list[tuple]:
        docids = [docid for docid, _ in self._window(groups, filters)[:COUNT_CAP]]
        with self.conn.cursor() as cursor:
            cursor.execute(f"SELECT agency_id, item_id, year, genre, COUNT(*) FROM {DOC_TABLE} "
                           "WHERE docid = ANY(%s) GROUP BY agency_id, item_id, year, genre", [docids])
            return cursor.fetchall()


class _Columns(tuple):
    """Extra select columns for _newest, with the parameters their SQL needs (before the WHERE's)."""

    def __new__(cls, columns=(), params=()):
        self = super().__new__(cls, columns)
        self.params = list(params)
        return self


def backend_for(conn=None) -> Backend:
    conn = conn or connection
    if conn.vendor == "sqlite":
        return SQLiteBackend(conn)
    if conn.vendor == "postgresql":
        return PostgresBackend(conn)
    raise RuntimeError(f"全文检索不支持数据库 {conn.vendor}")


def upgrade_postgres_schema(apps, schema_editor):
    """Migration step: bring PostgreSQL's index to today's layout in place (SQLite is untouched)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        PostgresBackend(schema_editor.connection).upgrade_schema(cursor)
