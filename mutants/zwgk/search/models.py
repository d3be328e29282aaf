"""The search index's document table: one row per visible record, holding its compact text.

The token index lives beside it, per database: an FTS5 table on SQLite (search_fts), a tsvector
column with a GIN index on PostgreSQL (see backends.py and migration 0001).
"""
from django.db import models


class SearchDocument(models.Model):
    record = models.OneToOneField(
        "records.Record", primary_key=True, on_delete=models.CASCADE, related_name="search_document"
    )
    # Compact text (see tokenize.compact): the phrase check runs on it and snippets don't need it.
    head = models.TextField(blank=True)  # title, 文号, 索引号 (weighted higher)
    body = models.TextField(blank=True)  # summary, keywords, body, element values, attachment text
    # SQLite only (backends.SQLiteBackend): the FTS5 rowid and filter tokens, needed to delete the entry.
    docid = models.BigIntegerField(null=True, blank=True)
    meta = models.TextField(blank=True, db_default="")

    class Meta:
        verbose_name = verbose_name_plural = "检索文档"
