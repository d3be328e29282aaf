"""The index commits with the record, and `rebuild-search-index --check` finds any drift."""
import pytest
from django.core.management import call_command
from django.db import transaction

from zwgk.records import services
from zwgk.records.models import Record
from zwgk.search.index import check
from zwgk.search.models import SearchDocument
from zwgk.search.query import search

pytestmark = pytest.mark.django_db


def test_publishing_indexes_inside_the_same_transaction(make_record, django_capture_on_commit_callbacks):
    record = make_record("待发布的养老保险通知", index=False, state=Record.State.APPROVED, published_at=None,
                         review_decision="主动公开")
    # Callbacks captured and never run: what a kill -9 right after the commit does to on_commit work.
    with django_capture_on_commit_callbacks(execute=False):
        with transaction.atomic():
            services.publish(record, None)
            # Inside the record's own transaction the entry is already there.
            assert SearchDocument.objects.filter(pk=record.pk).exists()
    assert [h.record.pk for h in search("养老保险").hits] == [record.pk]


def test_a_rolled_back_publication_leaves_no_entry(make_record):
    record = make_record("回滚的养老保险通知", index=False, state=Record.State.APPROVED, published_at=None,
                         review_decision="主动公开")
    with pytest.raises(RuntimeError), transaction.atomic():
        services.publish(record, None)
        raise RuntimeError("crash before commit")
    assert not SearchDocument.objects.filter(pk=record.pk).exists()
    assert search("养老保险").total == 0


def test_withdrawal_takes_the_entry_out_in_its_transaction(make_record, django_capture_on_commit_callbacks):
    record = make_record("撤回的就业通知")
    with django_capture_on_commit_callbacks(execute=False):
        with transaction.atomic():
            services.withdraw(record, None, "内容有误")
    assert not SearchDocument.objects.filter(pk=record.pk).exists()


def test_check_reports_missing_stale_and_extra_entries(make_record, capsys):
    fine = make_record("正常的通知")
    missing = make_record("未索引的通知", index=False)
    stale = make_record("旧标题")
    Record.objects.filter(pk=stale.pk).update(title="新标题")
    extra = make_record("已撤回的通知")
    Record.objects.filter(pk=extra.pk).update(state=Record.State.WITHDRAWN)
    assert [(p.record_id, p.kind) for p in check()] == [(missing.pk, "missing"), (stale.pk, "stale"), (extra.pk, "extra")]
    with pytest.raises(SystemExit) as exit_:
        call_command("rebuild_search_index", check=True)
    assert exit_.value.code == 1
    out = capsys.readouterr().out
    assert f"信息 {missing.pk}：缺少索引" in out and f"信息 {stale.pk}：索引过期" in out and "3 处不一致" in out
    assert fine.pk not in [p.record_id for p in check()]
    call_command("rebuild_search_index")
    call_command("rebuild_search_index", check=True)
    assert "索引与已发布信息一致" in capsys.readouterr().out
