"""The search index's document table (one row per visible record) and the staff synonym groups.

The token index lives beside the documents, per database: a contentless FTS5 table keyed by
date-ordered slots on SQLite (search_fts, search_slot), a tsvector column with time-bucket tokens
and a GIN index on PostgreSQL (see backends.py and search migrations 0004 and 0005).
"""
from django.db import models


class SearchDocument(models.Model):
    record = models.OneToOneField(
        "records.Record", primary_key=True, on_delete=models.CASCADE, related_name="search_document"
    )
    # backends.doc_id: the index's row id, ordered like (published_at, id).
    docid = models.BigIntegerField()
    # The filter and facet fields as indexed (small columns first: facets read them for 10,000 rows).
    agency_id = models.IntegerField()
    item_id = models.IntegerField()
    year = models.SmallIntegerField()
    genre = models.CharField(max_length=40, blank=True)
    # Compact text (see tokenize.compact) of the three weighted fields: the substring check and the
    # ranking read it; on SQLite it also re-derives the tokens to delete.
    title = models.TextField(blank=True)
    tags = models.TextField(blank=True)  # 文号, 索引号, 主题词

    class Meta:
        verbose_name = verbose_name_plural = "检索文档"


class SearchBody(models.Model):
    """The compact body text (summary, body, element values, attachment text) of an indexed record.

    Apart from SearchDocument so that ranking and facets, which read 10,000 documents' small
    fields, never page through bodies. On SQLite the column holds the text packed (packing.py).
    """

    record = models.OneToOneField("records.Record", primary_key=True, on_delete=models.CASCADE, related_name="+")
    body = models.TextField(blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "检索正文"


class SynonymGroup(models.Model):
    """Staff-made equivalent forms (简称、同义词) searched together; the shipped ones are in synonyms.py."""

    agency = models.ForeignKey(
        "catalog.Agency", null=True, blank=True, on_delete=models.CASCADE, related_name="synonym_groups",
        verbose_name="机关", help_text="留空则对全平台生效（仅平台管理员）",
    )
    forms = models.CharField(
        "同义词", max_length=300, help_text="同一含义的几种说法，用空格、逗号或顿号分隔，如：社保 社会保险",
    )
    note = models.CharField("说明", max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "检索同义词"
        ordering = ["agency_id", "forms"]

    def __str__(self):
        return self.forms
