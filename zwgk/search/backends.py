"""Database-specific halves of the index: SQLite FTS5 and PostgreSQL tsvector/GIN.

Both store the same tokens (tokenize.compact_tokens of the stored compact text) and answer the same
query: every term's tokens present (AND), multi-token terms also found as a substring of the
compact text. Only the relevance formula differs (bm25 vs ts_rank); the head (title, 文号, 索引号)
weighs ten times the body on both. User text never reaches MATCH or tsquery: only tokens this
module quotes itself, passed as parameters.
"""
from django.db import connection

from zwgk.search.tokenize import compact_tokens

DOC_TABLE = "search_searchdocument"
FTS_TABLE = "search_fts"
RECORD_TABLE = "records_record"
HEAD_WEIGHT = 10.0


class Backend:
    vendor = ""
    with_sql = ""  # a WITH clause set by match_sql, placed before SELECT

    def __init__(self, conn):
        self.conn = conn

    # --- schema (called from migration 0001)
    def create_schema(self, cursor):
        raise NotImplementedError

    def drop_schema(self, cursor):
        raise NotImplementedError

    # --- writing
    def delete(self, cursor, ids):
        raise NotImplementedError

    def insert(self, cursor, rows):
        """rows: [(record_id, head_compact, body_compact)] for records not in the index."""
        raise NotImplementedError

    def clear(self, cursor):
        raise NotImplementedError

    def optimize(self, cursor):
        pass

    def index_size_bytes(self, cursor) -> int:
        raise NotImplementedError

    # --- reading
    def match_sql(self, terms):
        """(from_sql, where_sql, where_params, score_sql, score_params): the token part of a query."""
        raise NotImplementedError

    def verify_sql(self, alias):
        """A condition that the compact text contains a %s parameter."""
        raise NotImplementedError

    def search(self, terms, conditions, params, limit, offset):
        """[(record_id, score, total)] ranked; conditions/params filter the records table r."""
        from_sql, where_sql, match_params, score_sql, score_params = self.match_sql(terms)
        verify = [t for t in terms if t.needs_verify]
        joins = ""
        if verify and self.needs_doc_join:
            joins = f" CROSS JOIN {DOC_TABLE} d ON d.record_id = r.id"
        where = [where_sql, *conditions]
        verify_params = []
        for term in verify:
            where.append(self.verify_sql("d"))
            verify_params += [term.compact, term.compact]
        base = f"FROM {from_sql}{joins} WHERE " + " AND ".join(where)
        all_params = [*match_params, *params, *verify_params]
        with self.conn.cursor() as cursor:
            cursor.execute(
                f"{self.with_sql}SELECT r.id, {score_sql} AS score, COUNT(*) OVER () {base} "
                f"ORDER BY score DESC, r.published_at DESC, r.id DESC LIMIT %s OFFSET %s",
                [*score_params, *all_params, limit, offset],
            )
            rows = cursor.fetchall()
            if rows or offset == 0:
                return [(pk, score) for pk, score, _ in rows], (rows[0][2] if rows else 0)
            cursor.execute(f"{self.with_sql}SELECT COUNT(*) {base}", all_params)
            return [], cursor.fetchone()[0]


class SQLiteBackend(Backend):
    """A contentless FTS5 table (rowid = record id, columns head and body) over pre-tokenised text.

    The 'ascii' tokenizer only splits on ASCII spaces and punctuation, so our CJK bigrams pass
    through untouched. Contentless tables (SQLite 3.40 has no contentless_delete) are updated with
    the 'delete' command, which needs the tokens that were indexed: they are re-derived from the
    compact text kept in search_searchdocument.
    """

    vendor = "sqlite"
    needs_doc_join = True

    def create_schema(self, cursor):
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(head, body, tokenize='ascii', content='')"
        )

    def drop_schema(self, cursor):
        cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")

    def delete(self, cursor, ids):
        ids = list(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join(["%s"] * len(chunk))
            cursor.execute(f"SELECT record_id, head, body FROM {DOC_TABLE} WHERE record_id IN ({marks})", chunk)
            old = cursor.fetchall()
            if not old:
                continue
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, head, body) VALUES ('delete', %s, %s, %s)",
                [(pk, " ".join(compact_tokens(head)), " ".join(compact_tokens(body))) for pk, head, body in old],
            )
            cursor.execute(f"DELETE FROM {DOC_TABLE} WHERE record_id IN ({marks})", chunk)

    def insert(self, cursor, rows):
        cursor.executemany(f"INSERT INTO {DOC_TABLE}(record_id, head, body) VALUES (%s, %s, %s)", rows)
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE}(rowid, head, body) VALUES (%s, %s, %s)",
            [(pk, " ".join(compact_tokens(head)), " ".join(compact_tokens(body))) for pk, head, body in rows],
        )

    def clear(self, cursor):
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')")
        cursor.execute(f"DELETE FROM {DOC_TABLE}")

    def optimize(self, cursor):
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
    def match_expression(terms) -> str:
        def quoted(token):
            return '"' + token.text.replace('"', '""') + '"' + ("*" if token.prefix else "")

        return " AND ".join("(" + " AND ".join(quoted(t) for t in term.tokens) + ")" for term in terms)

    def match_sql(self, terms):
        # bm25() only works next to its MATCH, so rank in a MATERIALIZED CTE (never flattened into
        # the join); CROSS JOIN keeps it the outer loop: one MATCH, then lookups by primary key.
        self.with_sql = (
            f"WITH m AS MATERIALIZED (SELECT rowid AS id, -bm25({FTS_TABLE}, {HEAD_WEIGHT}, 1.0) AS score "
            f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s) "
        )
        return (
            f"m CROSS JOIN {RECORD_TABLE} r ON r.id = m.id",
            "1 = 1",
            [self.match_expression(terms)],
            "m.score",
            [],
        )

    def verify_sql(self, alias):
        return f"(instr({alias}.head, %s) > 0 OR instr({alias}.body, %s) > 0)"


class PostgresBackend(Backend):
    """search_searchdocument.vector (tsvector, GIN index) built from our own tokens, not a parser.

    The vector is written as a tsvector literal: head tokens weight A, body tokens weight D, a few
    positions per lexeme (enough for ts_rank's frequency; PostgreSQL caps positions anyway).
    """

    vendor = "postgresql"
    needs_doc_join = False
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

    def insert(self, cursor, rows):
        cursor.executemany(
            f"INSERT INTO {DOC_TABLE}(record_id, head, body, vector) VALUES (%s, %s, %s, %s::tsvector) "
            "ON CONFLICT (record_id) DO UPDATE SET head = EXCLUDED.head, body = EXCLUDED.body, vector = EXCLUDED.vector",
            [(pk, head, body, self.vector_literal(head, body)) for pk, head, body in rows],
        )

    def clear(self, cursor):
        cursor.execute(f"DELETE FROM {DOC_TABLE}")

    def optimize(self, cursor):
        cursor.execute(f"ANALYZE {DOC_TABLE}")

    def index_size_bytes(self, cursor):
        cursor.execute(f"SELECT pg_total_relation_size(%s)", [DOC_TABLE])
        return cursor.fetchone()[0] or 0

    def match_sql(self, terms):
        query = " & ".join(
            self.quote(token.text) + (":*" if token.prefix else "") for term in terms for token in term.tokens
        )
        return (
            f"{DOC_TABLE} d JOIN {RECORD_TABLE} r ON r.id = d.record_id",
            "d.vector @@ %s::tsquery",
            [query],
            # Normalisation 1 divides by 1 + log(length): long bodies don't win by size alone.
            "ts_rank(d.vector, %s::tsquery, 1)",
            [query],
        )

    def verify_sql(self, alias):
        return f"(strpos({alias}.head, %s) > 0 OR strpos({alias}.body, %s) > 0)"


def backend_for(conn=None) -> Backend:
    conn = conn or connection
    if conn.vendor == "sqlite":
        return SQLiteBackend(conn)
    if conn.vendor == "postgresql":
        return PostgresBackend(conn)
    raise RuntimeError(f"全文检索不支持数据库 {conn.vendor}")
