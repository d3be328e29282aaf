"""Database-specific halves of the index: SQLite FTS5 and PostgreSQL tsvector/GIN.

Both store the same tokens (tokenize.compact_tokens of the stored compact text) and answer the same
query: every term's tokens present (AND), multi-token terms also found as a substring of the
compact text (on SQLite a CJK-only term as a phrase of consecutive bigrams, which is the same
thing). Both count up to COUNT_CAP matches and rank the newest COUNT_CAP. Only the relevance
formula differs (bm25 vs ts_rank); the head (title, 文号, 索引号) weighs ten times the body on
both. User text never reaches MATCH or tsquery: only tokens this module quotes itself, passed as
parameters.
"""
from django.db import connection

from zwgk.search.tokenize import compact_tokens

DOC_TABLE = "search_searchdocument"
FTS_TABLE = "search_fts"
RECORD_TABLE = "records_record"
HEAD_WEIGHT = 10.0


# Ranking every match of a frequent word costs time in proportion to the corpus. Past this many
# matches only the newest COUNT_CAP are counted and ranked (SearchPage.total_capped; the page says
# "10000+"), on both databases: a citizen never pages that far, and recent information is what
# such broad queries want.
COUNT_CAP = 10_000


class Backend:
    vendor = ""

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

    def clear(self, cursor):
        raise NotImplementedError

    def begin_bulk(self, cursor):
        """Settings for a long run of inserts (rebuild)."""

    def optimize(self, cursor):
        pass

    def index_size_bytes(self, cursor) -> int:
        raise NotImplementedError

    # --- reading
    def search(self, terms, filters, conditions, params, limit, offset):
        """(ranked [(record_id, score)], total, total_capped) for one page of visible records.

        filters: query.Filters; conditions/params: the same filters plus visibility as SQL on the
        records table r.
        """
        raise NotImplementedError


def _doc_meta(doc) -> str:
    """Filter tokens of a document (SQLite): agency, item, publication year, genre (hex: one token)."""
    return f"a{doc.agency_id} i{doc.item_id} y{doc.year} g{doc.genre.encode().hex()}"


DOCID_ID_BITS = 30
DOCID_MAX_SECONDS = 2**33 - 1


def doc_id(record_id: int, published_at) -> int:
    """FTS rowid ordered like (published_at, id): the date tie-break then costs nothing in SQL.

    Seconds since 1970 in the high bits, the record id in the low 30 bits (ids up to ~10^9).
    """
    if not 0 < record_id < 2**DOCID_ID_BITS:
        raise ValueError(f"全文检索：记录编号 {record_id} 超出索引范围（须小于 {2**DOCID_ID_BITS}）")
    seconds = min(max(int(published_at.timestamp()), 0), DOCID_MAX_SECONDS) if published_at else 0
    return (seconds << DOCID_ID_BITS) | record_id


class SQLiteBackend(Backend):
    """A contentless FTS5 table over pre-tokenised text; the index holds visible records only.

    Columns head and body are the tokens (see tokenize.compact_tokens), meta the filter tokens
    (agency, item, year, genre), so filters are intersected inside FTS5 instead of joining each
    match to records_record. The rowid is doc_id(), so "the newest matches" and the date
    tie-break are rowid order, and the record id is the rowid's low bits. The 'ascii'
    tokenizer only splits on ASCII spaces and punctuation, so CJK bigrams pass through untouched.
    Contentless tables (SQLite 3.40 has no contentless_delete) are updated with the 'delete'
    command, which needs the tokens that were indexed: they are re-derived from the compact text
    and meta kept in search_searchdocument.
    """

    vendor = "sqlite"
    ID_MASK = 2**DOCID_ID_BITS - 1
    # head, body, meta: meta never counts towards relevance.
    BM25 = f"bm25({FTS_TABLE}, {HEAD_WEIGHT}, 1.0, 0.0)"
    MAX_GUARD_ROUNDS = 5

    def create_schema(self, cursor):
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} "
            "USING fts5(head, body, meta, tokenize='ascii', content='')"
        )

    def drop_schema(self, cursor):
        cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")

    @staticmethod
    def _fts_row(docid, head, body, meta):
        return (docid, " ".join(compact_tokens(head)), " ".join(compact_tokens(body)), meta)

    def delete(self, cursor, ids):
        ids = list(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join(["%s"] * len(chunk))
            cursor.execute(
                f"SELECT docid, head, body, meta FROM {DOC_TABLE} WHERE record_id IN ({marks}) AND docid IS NOT NULL",
                chunk,
            )
            old = cursor.fetchall()
            if old:
                cursor.executemany(
                    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, head, body, meta) VALUES ('delete', %s, %s, %s, %s)",
                    [self._fts_row(*row) for row in old],
                )
            cursor.execute(f"DELETE FROM {DOC_TABLE} WHERE record_id IN ({marks})", chunk)

    def insert(self, cursor, docs):
        # FTS5 flushes its pending terms to a new segment whenever a rowid is not above the last
        # one written: inserting in rowid order is several times faster.
        rows = sorted(
            ((d.pk, doc_id(d.pk, d.published_at), d.head, d.body, _doc_meta(d)) for d in docs), key=lambda r: r[1]
        )
        cursor.executemany(
            f"INSERT INTO {DOC_TABLE}(record_id, docid, head, body, meta) VALUES (%s, %s, %s, %s, %s)", rows
        )
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE}(rowid, head, body, meta) VALUES (%s, %s, %s, %s)",
            [self._fts_row(docid, head, body, meta) for _, docid, head, body, meta in rows],
        )

    def clear(self, cursor):
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')")
        cursor.execute(f"DELETE FROM {DOC_TABLE}")

    def begin_bulk(self, cursor):
        # A bigger page cache (this connection only), and no incremental merging while loading:
        # optimize() merges once at the end (both settings are inside the rebuild's transaction).
        cursor.execute("PRAGMA cache_size = -262144")
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', 0)")
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('crisismerge', 64)")

    def optimize(self, cursor):
        # FTS5's defaults again for later updates, then one merged segment: each query then
        # reads one b-tree per token.
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', 4)")
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('crisismerge', 16)")
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")

    def index_size_bytes(self, cursor):
        try:
            cursor.execute(
                "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE %s OR name = %s OR name LIKE %s",
                [f"{FTS_TABLE}%", DOC_TABLE, f"sqlite_autoindex_{DOC_TABLE}%"],
            )
            return cursor.fetchone()[0] or 0
        except Exception:  # dbstat is a compile-time option
            return 0

    @staticmethod
    def _quoted(text):
        return '"' + text.replace('"', '""') + '"'

    @classmethod
    def match_expression(cls, terms, filters=None) -> str:
        """The MATCH string: only tokens quoted here, never user syntax."""
        parts = []
        for term in terms:
            phrase = term.phrase()
            if phrase:
                # Tokens at consecutive positions (FTS5 phrase; '*' makes its last token a prefix).
                tokens, prefix = phrase
                if prefix and len(tokens[-1]) == 1 and len(tokens) > 2 and not term.exact_phrase:
                    # A one-character prefix (号*) expands to many tokens; the substring check
                    # that mixed terms get anyway covers it.
                    tokens, prefix = tokens[:-1], False
                parts.append(cls._quoted(" ".join(tokens)) + (" *" if prefix else ""))
            else:
                parts.append(
                    "(" + " AND ".join(cls._quoted(t.text) + ("*" if t.prefix else "") for t in term.tokens) + ")"
                )
        expression = "{head body} : (" + " AND ".join(parts) + ")"
        if filters is not None:
            for tokens in filters.meta_tokens():
                expression += " AND (meta : (" + " OR ".join(cls._quoted(t) for t in tokens) + "))"
        return expression

    def _matches_sql(self, terms, filters, columns):
        """(sql, params) selecting columns of the matches, phrase-checked where needed."""
        verify = [t for t in terms if t.needs_verify and not t.exact_phrase]
        select = f"SELECT {columns} FROM {FTS_TABLE}"
        where = f"{FTS_TABLE} MATCH %s"
        params = [self.match_expression(terms, filters)]
        if verify:
            # Mixed terms (文号, Latin and digits): the substring check on the compact text, only for
            # the documents that have the term's phrase (few besides the true matches).
            select += f" CROSS JOIN {DOC_TABLE} d ON d.record_id = ({FTS_TABLE}.rowid & {self.ID_MASK})"
            for term in verify:
                where += " AND (instr(d.head, %s) > 0 OR instr(d.body, %s) > 0)"
                params += [term.compact, term.compact]
        return f"{select} WHERE {where}", params

    def search(self, terms, filters, conditions, params, limit, offset):
        if filters.impossible:
            return [], 0, False
        counted, count_params = self._matches_sql(terms, filters, "1")
        # The newest COUNT_CAP matches (rowid order is date order), ranked: bm25 is computed for
        # at most that many rows however frequent the words are.
        window, window_params = self._matches_sql(
            terms, filters, f"{FTS_TABLE}.rowid AS docid, -{self.BM25} AS score"
        )
        window += f" ORDER BY docid DESC LIMIT {COUNT_CAP}"
        ranked = []
        with self.conn.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM ({counted} LIMIT {COUNT_CAP + 1})", count_params)
            total = cursor.fetchone()[0]
            capped = total > COUNT_CAP
            total = min(total, COUNT_CAP)
            at = offset
            for _ in range(self.MAX_GUARD_ROUNDS):
                cursor.execute(
                    f"SELECT docid, score FROM ({window}) ORDER BY score DESC, docid DESC LIMIT %s OFFSET %s",
                    [*window_params, limit, at],
                )
                rows = [(docid & self.ID_MASK, score) for docid, score in cursor.fetchall()]
                if not rows:
                    break
                at += len(rows)
                # The guard: the index should hold visible records only, but a record changed
                # without update_record must still not show (only the page's rows are checked).
                ok = self._still_visible(cursor, [pk for pk, _ in rows], conditions, params)
                ranked += [(pk, score) for pk, score in rows if pk in ok]
                if len(rows) < limit or len(ranked) >= limit:
                    break
        return ranked[:limit], total, capped

    @staticmethod
    def _still_visible(cursor, ids, conditions, params) -> set:
        marks = ",".join(["%s"] * len(ids))
        cursor.execute(
            f"SELECT r.id FROM {RECORD_TABLE} r WHERE r.id IN ({marks}) AND " + " AND ".join(conditions),
            [*ids, *params],
        )
        return {pk for (pk,) in cursor.fetchall()}


class PostgresBackend(Backend):
    """search_searchdocument.vector (tsvector, GIN index) built from our own tokens, not a parser.

    The vector is written as a tsvector literal: head tokens weight A, body tokens weight D, a few
    positions per lexeme (enough for ts_rank's frequency; PostgreSQL caps positions anyway).
    """

    vendor = "postgresql"
    MAX_POSITIONS = 4

    def create_schema(self, cursor):
        cursor.execute(f"ALTER TABLE {DOC_TABLE} ADD COLUMN IF NOT EXISTS vector tsvector NOT NULL DEFAULT ''")
        cursor.execute(f"CREATE INDEX IF NOT EXISTS search_doc_vector ON {DOC_TABLE} USING GIN (vector)")

    def drop_schema(self, cursor):
        cursor.execute("DROP INDEX IF EXISTS search_doc_vector")
        cursor.execute(f"ALTER TABLE {DOC_TABLE} DROP COLUMN IF EXISTS vector")

    @staticmethod
    def quote(text: str) -> str:
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"

    @classmethod
    def vector_literal(cls, head: str, body: str) -> str:
        positions = {}
        position = 0
        for weight, text in (("A", head), ("", body)):
            for token in compact_tokens(text):
                position += 1
                seen = positions.setdefault(token, [])
                if len(seen) < cls.MAX_POSITIONS:
                    seen.append(f"{min(position, 16383)}{weight}")
        return " ".join(f"{cls.quote(token)}:{','.join(pos)}" for token, pos in positions.items())

    def delete(self, cursor, ids):
        ids = list(ids)
        for start in range(0, len(ids), 1000):
            cursor.execute(f"DELETE FROM {DOC_TABLE} WHERE record_id = ANY(%s)", [ids[start : start + 1000]])

    def insert(self, cursor, docs):
        cursor.executemany(
            f"INSERT INTO {DOC_TABLE}(record_id, head, body, meta, vector) VALUES (%s, %s, %s, '', %s::tsvector) "
            "ON CONFLICT (record_id) DO UPDATE SET head = EXCLUDED.head, body = EXCLUDED.body, vector = EXCLUDED.vector",
            [(d.pk, d.head, d.body, self.vector_literal(d.head, d.body)) for d in docs],
        )

    def clear(self, cursor):
        cursor.execute(f"DELETE FROM {DOC_TABLE}")

    def optimize(self, cursor):
        cursor.execute(f"ANALYZE {DOC_TABLE}")

    def index_size_bytes(self, cursor):
        cursor.execute(f"SELECT pg_total_relation_size(%s)", [DOC_TABLE])
        return cursor.fetchone()[0] or 0

    def search(self, terms, filters, conditions, params, limit, offset):
        if filters.impossible:
            return [], 0, False
        query = " & ".join(
            self.quote(token.text) + (":*" if token.prefix else "") for term in terms for token in term.tokens
        )
        where = ["d.vector @@ %s::tsquery", *conditions]
        all_params = [query, *params]
        for term in terms:
            if term.needs_verify:
                where.append("(strpos(d.head, %s) > 0 OR strpos(d.body, %s) > 0)")
                all_params += [term.compact, term.compact]
        base = f"FROM {DOC_TABLE} d JOIN {RECORD_TABLE} r ON r.id = d.record_id WHERE " + " AND ".join(where)
        # As on SQLite: count up to COUNT_CAP, rank the newest COUNT_CAP matches.
        # Normalisation 1 divides by 1 + log(length): long bodies don't win by size alone.
        window = (
            f"SELECT r.id, r.published_at, ts_rank(d.vector, %s::tsquery, 1) AS score {base} "
            f"ORDER BY r.published_at DESC, r.id DESC LIMIT {COUNT_CAP}"
        )
        with self.conn.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM (SELECT 1 {base} LIMIT {COUNT_CAP + 1}) t", all_params)
            total = cursor.fetchone()[0]
            cursor.execute(
                f"SELECT id, score FROM ({window}) w ORDER BY score DESC, published_at DESC, id DESC LIMIT %s OFFSET %s",
                [query, *all_params, limit, offset],
            )
            return cursor.fetchall(), min(total, COUNT_CAP), total > COUNT_CAP


def backend_for(conn=None) -> Backend:
    conn = conn or connection
    if conn.vendor == "sqlite":
        return SQLiteBackend(conn)
    if conn.vendor == "postgresql":
        return PostgresBackend(conn)
    raise RuntimeError(f"全文检索不支持数据库 {conn.vendor}")
