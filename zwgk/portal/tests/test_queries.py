"""The portal's read rules as plain functions."""
import pytest

from zwgk.catalog.formats.structure import DeadlineRule
from zwgk.portal import queries as q


def test_clean_param_drops_control_characters_and_bounds_length():
    assert q.clean_param("  职称\x00评审\x1f  ") == "职称评审"
    assert len(q.clean_param("长" * 1000)) == q.MAX_PARAM_LEN
    assert q.clean_param(None) == ""


def test_rule_text_describes_each_kind_of_deadline():
    assert q.rule_text(DeadlineRule("after_event", days=5, day_type="working", event="文件印发")) == \
        "文件印发之日起 5 个工作日内公开"
    assert q.rule_text(DeadlineRule("yearly", month=1, day=31)) == "每年 1 月 31 日前公开"
    assert q.rule_text(DeadlineRule("periodic", period="quarter")) == "按季度公开"
    assert "待人工确认" in q.rule_text(DeadlineRule("immediate", flagged=True))
    assert q.rule_text(DeadlineRule("unparsed")) == "未能自动识别，以时限原文为准"


def test_human_size_and_file_type_labels():
    assert q.human_size(27) == "27 B" and q.human_size(2048) == "2.0 KB" and q.human_size(5 * 1024**2) == "5.0 MB"
    assert q.file_type_label("application/pdf") == "PDF"
    assert q.file_type_label("application/x-unknown", "名单.ODS") == "ODS"


@pytest.mark.django_db
def test_catalog_tree_counts_only_visible_records(site):
    roots = q.catalog_tree(site["catalog"], with_counts=True)
    assert [n.item.name for n in roots] == ["机构信息", "政策文件"]
    docs = q.find_node(roots, "2-1")
    assert docs.count == 26 and q.find_node(roots, "2").count == 26 and q.find_node(roots, "1").count == 1


@pytest.mark.django_db
def test_public_history_lists_only_changes_after_publication(site):
    history = q.public_history(site["records"][0])
    assert [(h.number, h.changed, h.note) for h in history] == [(2, ["名称", "正文"], "更正标题")]
    assert q.public_history(site["records"][1]) == []


@pytest.mark.django_db
def test_element_rows_follow_the_item_order_and_keep_unknown_keys(site):
    rec = site["records"][0]
    rec.elements = {"发布机构": "市人社局", "文件名称": ["甲", "乙"], "额外": "值", "空": ""}
    assert q.element_rows(rec) == [("文件名称", "甲、乙"), ("发布机构", "市人社局"), ("额外", "值")]


@pytest.mark.django_db
def test_listing_years_are_the_years_that_have_visible_records(site):
    from zwgk.portal.tests.conftest import make_record

    docs = site["docs"]
    make_record(site["agency"], docs, 90, days_ago=3 * 365)
    make_record(site["agency"], docs, 91, days_ago=5 * 365, state="draft")
    years = q.listing_years([docs.id])
    from django.utils import timezone

    expected = sorted({timezone.localtime(r.published_at).year for r in docs.records.all()
                       if r.state == "published" and r.published_at <= timezone.now()}, reverse=True)
    assert years == expected and len(years) >= 2
    assert q.listing_years([]) == []


@pytest.mark.django_db
def test_workflow_saves_and_the_publishing_save_are_not_public_changes(site):
    from zwgk.records.models import Revision

    record = site["records"][2]
    at = record.published_at
    for number, state in enumerate(["draft", "submitted", "approved", "published"], start=1):
        Revision.objects.create(record=record, number=number, data={"title": record.title, "state": state}, note=state)
    Revision.objects.filter(record=record).update(at=at)
    assert q.public_history(record) == []  # a first publication today shows no 变更
    Revision.objects.create(record=record, number=5, data={"title": "更正后的标题", "state": "published"}, note="更正标题")
    Revision.objects.create(record=record, number=6, data={"title": "再次更正", "state": "published"}, note="")
    assert [(h.version, h.changed, h.note) for h in q.public_history(record)] == [
        (2, ["名称"], "更正标题"), (3, ["名称"], "")]
