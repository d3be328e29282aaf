"""The shared query set: runs on whichever database the suite runs on (SQLite FTS5 or PostgreSQL)."""
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from zwgk.records.models import Attachment, Record
from zwgk.search.backends import backend_for
from zwgk.search.index import index_records, rebuild, remove_records, update_record
from zwgk.search.models import SearchDocument
from zwgk.search.query import search

from .conftest import aware

pytestmark = pytest.mark.django_db


def titles(q, **filters):
    return {hit.record.title for hit in search(q, page_size=100, **filters).hits}


@pytest.fixture
def corpus(make_record):
    make_record("关于2020年度职称评审工作的通知", doc_number="银人社发〔2020〕12号", body="<p>申报职称评审的人员请于月底前提交材料。</p>")
    make_record("社保卡办理指南", body="<p>持<strong>社保卡</strong>可在定点医院就医结算。</p>")
    make_record("个人所得税专项附加扣除说明", body="<p>依法缴纳个人所得税。</p>")
    make_record("职称与评审分开说明", body="<p>职称。称评。评审。</p>")  # every bigram of 职称评审, none adjacent
    make_record("COVID-19疫情防控期间就业服务", doc_number="银人社函〔2021〕3号", body="<p>线上办理 covid19 相关业务。</p>")
    make_record("银川市就业困难人员认定", body="<p>就业困难人员可申请社保补贴。</p>")


def test_a_one_character_query_finds_the_character_anywhere_in_a_word(corpus):
    assert titles("税") == {"个人所得税专项附加扣除说明"}
    assert titles("卡") == {"社保卡办理指南"}


def test_two_character_queries(corpus):
    assert titles("社保") == {"社保卡办理指南", "银川市就业困难人员认定"}
    assert titles("职称") == {"关于2020年度职称评审工作的通知", "职称与评审分开说明"}


def test_a_three_character_query(corpus):
    assert titles("社保卡") == {"社保卡办理指南"}


def test_a_four_character_query_has_no_false_positive_from_scattered_bigrams(corpus):
    assert titles("职称评审") == {"关于2020年度职称评审工作的通知"}


def test_a_long_query_must_occur_whole(corpus):
    assert titles("就业困难人员认定") == {"银川市就业困难人员认定"}
    assert titles("就业困难人员补贴") == set()


def test_a_document_number_with_brackets_in_any_style(corpus):
    expected = {"关于2020年度职称评审工作的通知"}
    assert titles("银人社发〔2020〕12号") == expected
    assert titles("银人社发[2020]12号") == expected
    assert titles("银人社发【２０２０】１２号") == expected
    assert titles("银人社发〔2020〕13号") == set()
    assert titles("〔2021〕3号") == {"COVID-19疫情防控期间就业服务"}


def test_an_index_number_finds_its_record(make_record):
    record = make_record("某条信息")
    make_record("另一条信息")
    assert titles(record.index_number) == {"某条信息"}


def test_mixed_latin_digits_and_chinese(corpus):
    assert titles("covid") == {"COVID-19疫情防控期间就业服务"}
    assert titles("COVID19") == {"COVID-19疫情防控期间就业服务"}
    assert titles("2020年度") == {"关于2020年度职称评审工作的通知"}
    assert titles("19疫情") == {"COVID-19疫情防控期间就业服务"}
    assert titles("2019") == set()


def test_spaces_mean_every_term_must_match(corpus):
    assert titles("就业 社保") == {"银川市就业困难人员认定"}
    assert titles("就业 职称") == set()
    assert titles("就业") == {"COVID-19疫情防控期间就业服务", "银川市就业困难人员认定"}


def test_html_markup_is_not_searchable_but_its_text_is(corpus):
    assert titles("strong") == set()
    assert titles("定点医院") == {"社保卡办理指南"}


def test_element_values_and_attachment_text_are_searched(make_record):
    record = make_record("一条信息", elements={"评审结果": "通过人员名单", "人数": 12, "附表": ["高级工程师"]}, index=False)
    Attachment.objects.create(record=record, name="a.pdf", content_type="application/pdf", text="附件里的养老保险待遇")
    update_record(record)
    assert titles("人员名单") == {"一条信息"}
    assert titles("高级工程师") == {"一条信息"}
    assert titles("养老保险待遇") == {"一条信息"}


def test_a_title_match_ranks_above_a_body_match(make_record):
    make_record("工作动态", body="<p>本市开展职称评审。</p>" + "<p>其他内容。</p>" * 3, days_ago=1)
    make_record("职称评审结果公示", body="<p>名单见附件。</p>", days_ago=30)
    hits = search("职称评审").hits
    assert [h.record.title for h in hits] == ["职称评审结果公示", "工作动态"]
    assert hits[0].score > hits[1].score


def test_equal_relevance_is_broken_by_date_newest_first(make_record):
    make_record("养老金调整通知", body="<p>内容</p>", days_ago=10)
    make_record("养老金调整通知", body="<p>内容</p>", days_ago=1)
    make_record("养老金调整通知", body="<p>内容</p>", days_ago=5)
    hits = search("养老金").hits
    assert hits[0].score == hits[1].score == hits[2].score
    dates = [h.record.published_at for h in hits]
    assert dates == sorted(dates, reverse=True)


def test_filters_by_agency_item_year_and_genre(make_record, items, other_agency, other_item):
    parent, first, second = items
    make_record("养老保险甲", item=first, published_at=aware(2021), genre="通知")
    make_record("养老保险乙", item=second, published_at=aware(2022), genre="公告")
    make_record("养老保险丙", agency=other_agency, item=other_item, published_at=aware(2022), genre="通知")
    assert titles("养老保险", agency=other_agency) == {"养老保险丙"}
    assert titles("养老保险", agency="szs-rsj") == {"养老保险丙"}
    assert titles("养老保险", agency="no-such-agency") == set()
    assert titles("养老保险", item=first) == {"养老保险甲"}
    assert titles("养老保险", item=parent.pk) == {"养老保险甲", "养老保险乙"}
    assert titles("养老保险", year=2022) == {"养老保险乙", "养老保险丙"}
    assert titles("养老保险", year="2021") == {"养老保险甲"}
    assert titles("养老保险", genre="通知") == {"养老保险甲", "养老保险丙"}
    assert titles("养老保险", year=2022, genre="通知", agency=other_agency) == {"养老保险丙"}


def test_pagination_covers_every_hit_once(make_record):
    for n in range(25):
        make_record(f"公示第{n}批", days_ago=n + 1)
    pages = [search("公示", page=p, page_size=10) for p in (1, 2, 3, 4)]
    assert [p.total for p in pages] == [25] * 4
    assert pages[0].num_pages == 3
    assert [len(p.hits) for p in pages] == [10, 10, 5, 0]
    ids = [h.record.pk for p in pages for h in p.hits]
    assert len(set(ids)) == 25


def test_unpublished_withdrawn_and_future_records_never_appear(make_record):
    make_record("养老政策草稿", state=Record.State.DRAFT)
    make_record("养老政策待审", state=Record.State.SUBMITTED)
    make_record("养老政策撤回", state=Record.State.WITHDRAWN)
    make_record("养老政策定时", published_at=timezone.now() + timedelta(days=3))
    make_record("养老政策公开")
    assert titles("养老政策") == {"养老政策公开"}
    assert SearchDocument.objects.count() == 1


def test_the_query_itself_guards_visibility_even_if_the_index_is_stale(make_record):
    record = make_record("养老政策公开")
    Record.objects.filter(pk=record.pk).update(state=Record.State.WITHDRAWN)  # no update_record call
    assert SearchDocument.objects.filter(pk=record.pk).exists()
    assert titles("养老政策") == set()


def test_the_index_follows_publish_change_and_withdrawal(make_record):
    record = make_record("失业保险金申领", state=Record.State.DRAFT)
    assert titles("失业保险") == set()
    record.state = Record.State.PUBLISHED
    record.save()
    assert update_record(record) is True
    assert titles("失业保险") == {"失业保险金申领"}
    record.title = "稳岗返还政策"
    record.save()
    update_record(record)
    assert titles("失业保险") == set()
    assert titles("稳岗返还") == {"稳岗返还政策"}
    record.state = Record.State.WITHDRAWN
    record.save()
    assert update_record(record) is False
    assert titles("稳岗返还") == set()
    assert not SearchDocument.objects.filter(pk=record.pk).exists()


def test_repeated_updates_leave_one_clean_entry(make_record):
    record = make_record("工伤认定办法")
    for _ in range(3):
        update_record(record)
    assert titles("工伤认定") == {"工伤认定办法"}
    assert search("工伤认定").total == 1


def test_index_records_takes_ids_or_querysets(make_record):
    first = make_record("人才引进公告", index=False)
    second = make_record("人才引进名单", index=False)
    assert titles("人才引进") == set()
    assert index_records([first.pk]) == 1
    assert titles("人才引进") == {"人才引进公告"}
    assert index_records(Record.objects.filter(pk__in=[first.pk, second.pk])) == 2
    assert titles("人才引进") == {"人才引进公告", "人才引进名单"}


def test_remove_records_takes_a_record_out(make_record):
    record = make_record("人才引进公告")
    remove_records([record])
    assert titles("人才引进") == set()


def test_rebuild_restores_the_index_and_can_be_limited_to_an_agency(make_record, other_agency, other_item):
    make_record("劳动仲裁指南", index=False)
    make_record("劳动仲裁公告", agency=other_agency, item=other_item, index=False)
    assert rebuild(other_agency) == 1
    assert titles("劳动仲裁") == {"劳动仲裁公告"}
    assert rebuild() == 2
    assert titles("劳动仲裁") == {"劳动仲裁指南", "劳动仲裁公告"}
    assert rebuild(other_agency) == 1
    assert search("劳动仲裁").total == 2


def test_the_rebuild_command_indexes_everything(make_record, capsys):
    make_record("劳动仲裁指南", index=False)
    call_command("rebuild_search_index")
    assert "1" in capsys.readouterr().out
    assert titles("劳动仲裁") == {"劳动仲裁指南"}


def test_snippets_highlight_the_match_and_escape_the_rest(make_record):
    record = make_record("工作通知", body="<p>第一段。</p><p>申报职称评审须提交 a&lt;b 材料。</p>", index=False)
    Attachment.objects.create(record=record, name="x.txt", content_type="text/plain", text="<script>alert(1)</script>社保")
    update_record(record)
    (hit,) = search("职称评审").hits
    assert "<mark>职称评审</mark>" in hit.snippet_html
    assert "a&lt;b" in hit.snippet_html
    (hit,) = search("社保").hits
    assert "<mark>社保</mark>" in hit.snippet_html
    assert "<script>" not in hit.snippet_html and "&lt;script&gt;" in hit.snippet_html
    (hit,) = search("工作").hits
    assert hit.title_html == "<mark>工作</mark>通知"


def test_a_snippet_keeps_the_original_form_of_a_document_number(make_record):
    make_record("通知", body="<p>根据银人社发〔２０２０〕12号文件执行。</p>")
    (hit,) = search("银人社发[2020]12号").hits
    assert "<mark>银人社发〔２０２０〕12号</mark>" in hit.snippet_html


HOSTILE = [
    '"', '""', "*", "职称*", "NEAR(职称 评审)", "AND", "OR", "NOT", "(", ")", "^职称", "head:职称", "body : x",
    "' OR 1=1 --", "'; DROP TABLE records_record; --", "%", "_", "\\", "<script>alert(1)</script>",
    "\x00职称\x1f", "\u202e职称", "职称" * 500, "a" * 10000, " ", "", "\ud800", "NEAR/3", "{head}: 职称", "-职称",
]


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_return_normally(corpus, q):
    result = search(q)
    assert result.total >= 0
    assert isinstance(result.hits, list)


def test_fts_operators_are_searched_as_words_not_syntax(make_record):
    make_record("Near field communication", body="<p>NFC</p>")
    make_record("职称评审")
    assert titles("NEAR") == {"Near field communication"}
    assert titles("职称 OR 社保") == set()  # OR is a word to find, not an operator


def test_bad_page_numbers_and_sizes_are_clamped(corpus):
    assert search("职称", page=-3, page_size=0).page == 1
    assert search("职称", page="x").page == 1
    assert search("职称", page_size=10**9).page_size == 1000


def test_both_backends_store_the_same_compact_text(make_record):
    record = make_record("关于职称评审的通知", doc_number="银人社发〔2020〕12号")
    doc = SearchDocument.objects.get(pk=record.pk)
    assert doc.title == "关于职称评审的通知"
    assert doc.tags.startswith("银人社发 2020 12号")
    assert backend_for(connection).vendor == connection.vendor


def test_a_repeated_character_term_needs_the_characters_adjacent(make_record):
    make_record("哈哈哈大笑")
    make_record("哈哈，哈哈")  # the bigram 哈哈 twice, never 哈哈哈
    assert titles("哈哈哈") == {"哈哈哈大笑"}


def test_a_document_number_needs_its_parts_in_order_and_adjacent(make_record):
    make_record("通知一", doc_number="银人社发〔2020〕12号")
    make_record("通知二", doc_number="银人社函〔2020〕12号", body="<p>银人社发 2019 年 12 号楼</p>")
    make_record("通知三", doc_number="银人社发〔2012〕20号")
    assert titles("银人社发〔2020〕12号") == {"通知一"}
    assert titles("〔2020〕12号") == {"通知一", "通知二"}
    assert titles("2020年") == set()


def test_more_matches_than_the_cap_give_a_capped_total_and_the_newest_ranked(make_record, monkeypatch):
    from zwgk.search import backends

    monkeypatch.setattr(backends, "COUNT_CAP", 4)
    make_record("养老保险待遇调整 养老保险", days_ago=30)  # the most relevant, but older than the cap's window
    for n in range(5):
        make_record(f"养老保险第{n}批", days_ago=n + 1)
    result = search("养老保险", page_size=10)
    assert (result.total, result.total_capped) == (4, True)
    assert [h.record.title for h in result.hits] == ["养老保险第0批", "养老保险第1批", "养老保险第2批", "养老保险第3批"]
    assert result.num_pages == 1 and not result.has_next
    few = search("待遇调整")
    assert (few.total, few.total_capped) == (1, False)


def test_filters_still_apply_when_a_record_changed_without_reindexing(make_record, other_agency, other_item):
    record = make_record("养老保险甲")
    Record.objects.filter(pk=record.pk).update(agency=other_agency, item=other_item)  # no update_record call
    assert titles("养老保险", agency=record.agency) == set()
    update_record(record)
    assert titles("养老保险", agency=other_agency) == {"养老保险甲"}


def test_a_page_stays_full_when_stale_entries_are_dropped(make_record):
    records = [make_record(f"公示第{n}批", days_ago=n + 1) for n in range(15)]
    Record.objects.filter(pk__in=[r.pk for r in records[:3]]).update(state=Record.State.WITHDRAWN)
    hits = search("公示", page_size=10).hits
    assert len(hits) == 10
    assert {h.record.pk for h in hits} == {r.pk for r in records[3:13]}


def test_a_record_published_in_the_same_second_as_another_ties_by_id(make_record):
    moment = timezone.now() - timedelta(days=2)
    first = make_record("养老金调整通知", published_at=moment)
    second = make_record("养老金调整通知", published_at=moment)
    assert [h.record.pk for h in search("养老金").hits] == [second.pk, first.pk]
