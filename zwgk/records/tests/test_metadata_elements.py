"""Elements that repeat standard metadata (文件名称, 文号, 发布时间 …) show the record's own values
on the staff page's 公开要素 table and on the portal; the mapping is one table in catalog.formats."""
from django.urls import reverse
from django.utils import timezone

from zwgk.catalog.formats import metadata
from zwgk.portal.queries import element_rows
from zwgk.records import services


def test_records_use_the_catalogs_one_mapping_table():
    assert services.split_metadata_elements is metadata.split_metadata_elements
    assert services.METADATA_ELEMENTS is metadata.METADATA_ELEMENTS
    assert metadata.metadata_field("发文时间等") == "published_at"  # a list-trailing 等 kept in the catalog
    assert metadata.element_mapping(["文件名称", "（文号）", "决定书文号"]) == [
        ("文件名称", "名称"), ("（文号）", "文号"), ("决定书文号", "自定义字段")]


def test_mapped_elements_show_the_records_values_on_the_staff_page_and_the_portal(client, world, new_record):
    record = new_record("published")
    published = timezone.localtime(record.published_at).strftime("%Y-%m-%d")
    client.force_login(world.reviewer)
    rows = {e.name: v for e, v in client.get(reverse("records:detail", args=[record.pk])).context["element_rows"]}
    assert rows["文件名称"] == record.title and rows["文号"] == "银人社罚〔2025〕3号" and rows["发布时间"] == published
    portal = dict(element_rows(record))
    assert (portal["文件名称"], portal["文号"], portal["发布时间"]) == (record.title, "银人社罚〔2025〕3号", published)
    assert portal["决定书文号"] == "银人社罚〔2025〕3号"  # an element of its own, stored on the record
