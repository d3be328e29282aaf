"""PostgreSQL derives its index tokens in SQL: they must be what the query side asks for."""
import pytest
from django.db import connection
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from zwgk.search.backends import VECTOR_SQL, bucket_tokens, doc_id, meta_tokens
from zwgk.search.tokenize import GRAM_CHARS, compact

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's own index expression")


def sql_grams(text):
    with connection.cursor() as cursor:
        cursor.execute("SELECT zwgk_grams(%s)", [text])
        return set(cursor.fetchone()[0])


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="就业创业银川市 2020号abc𠀀〇の", max_size=30))
def test_sql_grams_are_every_four_characters_from_every_character(text):
    text = compact(text)
    assert sql_grams(text) == {text[i : i + GRAM_CHARS] for i in range(len(text))}


def test_the_vector_carries_the_filter_and_time_bucket_tokens(make_record):
    record = make_record("关于社保卡申领的通知", days_ago=40, genre="通知")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT tsvector_to_array({VECTOR_SQL}) FROM search_searchdocument d WHERE record_id = %s",
                       [record.pk])
        lexemes = set(cursor.fetchone()[0])
    docid = doc_id(record.pk, record.published_at)
    year = timezone.localtime(record.published_at).year
    expected = ["_" + t for t in meta_tokens(record.agency_id, record.item_id, year, "通知")]
    assert set(expected + bucket_tokens(docid)) <= lexemes
    assert {"关于社保", "社保卡申", "领的通知"} <= lexemes and "社保卡" not in lexemes  # 社保卡 is a prefix of 社保卡申


def test_searches_use_the_index_not_a_scan(make_record):
    make_record("关于社保卡申领的通知")
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute(f"EXPLAIN SELECT docid FROM search_searchdocument d WHERE {VECTOR_SQL} @@ '''社保'':*'::tsquery")
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_seqscan")
    assert "search_doc_vector" in plan


def test_a_short_body_is_kept_out_of_line_so_rows_stay_narrow(make_record):
    # About 1 KB of text: under the 2 KB from which PostgreSQL would move it by itself.
    make_record("关于社保卡申领的通知", body="<p>" + "".join(f"第{n}条，按规定办理社保卡。" for n in range(25)) + "</p>")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_relation_size(reltoastrelid) FROM pg_class WHERE relname = 'search_searchdocument'")
        assert cursor.fetchone()[0] > 0
