"""records 0005: typed-text bodies already stored become paragraphs; HTML bodies stay; a rerun changes nothing."""
import datetime
import importlib

from django.apps import apps

from zwgk.records.models import Record

migration = importlib.import_module("zwgk.records.migrations.0005_typed_body_paragraphs")


def test_stored_typed_bodies_become_paragraphs_once(world):
    def make(body):
        return Record.objects.create(agency=world.agency, item=world.item_a, title="通知", body=body,
                                     formed_on=datetime.date(2025, 3, 3))

    typed = make("第一段 A &amp; B\n\n第二段\n\n1. 甲\n2. 乙\n\n第四段")
    html = make("<p>已是HTML</p>\n<p>第二段</p>")
    single = make("单行正文")
    migration.upgrade(apps, None)
    for record in (typed, html, single):
        record.refresh_from_db()
    assert typed.body == ('<p>第一段 A &amp; B</p>\n<p>第二段</p>\n<ol class="marked"><li>1. 甲</li><li>2. 乙</li></ol>\n'
                          "<p>第四段</p>")
    assert html.body == "<p>已是HTML</p>\n<p>第二段</p>" and single.body == "单行正文"
    before = list(Record.objects.order_by("pk").values_list("body", flat=True))
    migration.upgrade(apps, None)
    assert list(Record.objects.order_by("pk").values_list("body", flat=True)) == before
