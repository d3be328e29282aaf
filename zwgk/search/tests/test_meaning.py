"""Synonyms, quoting, field weights, sort orders and facets: the shared set for both databases."""
import pytest

from zwgk.search.models import SynonymGroup
from zwgk.search.query import search
from zwgk.search.synonyms import expand, parse_forms
from zwgk.search.tokenize import parse_query

pytestmark = pytest.mark.django_db


def titles(q, **kwargs):
    return [hit.record.title for hit in search(q, page_size=100, **kwargs).hits]


def test_an_abbreviation_also_finds_its_full_form_and_the_page_says_so(make_record):
    make_record("社保缴费通知")
    make_record("社会保险待遇调整")
    make_record("个人所得税说明")
    result = search("社保")
    assert {h.record.title for h in result.hits} == {"社保缴费通知", "社会保险待遇调整"}
    assert result.expansions == ["社会保险"]
    assert {h.record.title for h in search("社会保险").hits} == {"社保缴费通知", "社会保险待遇调整"}


def test_a_quoted_term_is_searched_literally(make_record):
    make_record("社保缴费通知")
    make_record("社会保险待遇调整")
    for q in ('"社保"', "“社保”"):
        result = search(q)
        assert [h.record.title for h in result.hits] == ["社保缴费通知"]
        assert result.expansions == []


def test_every_term_must_match_one_of_its_forms(make_record):
    make_record("医疗保险 报销")
    make_record("医保 报销")
    make_record("医保 缴费")
    assert set(titles("医保 报销")) == {"医疗保险 报销", "医保 报销"}


def test_expanded_forms_are_highlighted(make_record):
    make_record("住房公积金提取", body="<p>缴存住房公积金满一年。</p>")
    hit = search("公积金").hits[0]
    assert "<mark>住房公积金</mark>" in hit.title_html
    assert "<mark>住房公积金</mark>" in hit.snippet_html


def test_staff_groups_of_an_agency_expand_its_searches(make_record, agency, other_agency, other_item):
    make_record("一网通办指南")
    make_record("政务服务一网办", agency=other_agency, item=other_item)
    assert titles("一网通办") == ["一网通办指南"]
    SynonymGroup.objects.create(agency=agency, forms="一网通办、一网办")
    assert set(titles("一网通办")) == {"一网通办指南", "政务服务一网办"}
    # Restricted to the other agency, this agency's group does not apply.
    assert titles("一网通办", agency=other_agency) == []


def test_forms_are_parsed_like_staff_type_them():
    assert parse_forms("社保，社会保险、 社保卡/ 社保") == ("社保", "社会保险", "社保卡")
    assert parse_forms("！！ 。") == ()
    groups = expand(parse_query('低保 "人社"'), [("最低生活保障", "低保"), ("人力资源和社会保障", "人社")])
    assert [g.added for g in groups] == [("最低生活保障",), ()]


def test_a_title_match_ranks_above_a_tags_match_above_a_body_match(make_record):
    make_record("通知甲", body="<p>关于养老保险的说明。</p>", days_ago=1)
    make_record("通知乙", keywords="养老保险", days_ago=2)
    make_record("养老保险通知丙", days_ago=3)
    make_record("通知丁", doc_number="养老保险〔2024〕1号", days_ago=4)
    assert titles("养老保险") == ["养老保险通知丙", "通知乙", "通知丁", "通知甲"]
    assert titles("养老保险", sort="date") == ["通知甲", "通知乙", "养老保险通知丙", "通知丁"]


def test_the_agencys_own_name_does_not_make_its_records_match(make_record, agency):
    make_record("通知一", body=f"<p>{agency.name}负责解释。</p>")
    make_record("关于社会保障卡的通知")
    assert titles("社会保障") == ["关于社会保障卡的通知"]
    assert titles("负责解释") == ["通知一"]


def test_date_order_counts_exactly_past_the_cap(make_record, monkeypatch):
    from zwgk.search import backends

    monkeypatch.setattr(backends, "COUNT_CAP", 3)
    for n in range(5):
        make_record(f"公示第{n}批", days_ago=n + 1)
    by_date = search("公示", sort="date", page_size=2)
    assert (by_date.total, by_date.total_capped) == (5, False)
    assert [h.record.title for h in by_date.hits] == ["公示第0批", "公示第1批"]
    assert [h.record.title for h in search("公示", sort="date", page_size=2, page=3).hits] == ["公示第4批"]
    ranked = search("公示")
    assert (ranked.total, ranked.total_capped) == (3, True)


def test_facets_count_matches_per_agency_item_year_and_genre(make_record, items, other_agency, other_item):
    from .conftest import aware

    make_record("就业补贴甲", genre="通知", published_at=aware(2023))
    make_record("就业补贴乙", genre="公告", item=items[2], published_at=aware(2024))
    make_record("就业补贴丙", genre="通知", agency=other_agency, item=other_item, published_at=aware(2024))
    make_record("无关")
    result = search("就业补贴", facets=True)
    facets = result.facets
    assert sorted((a.slug, n) for a, n in facets["agency"]) == [("szs-rsj", 1), ("yinchuan-rsj", 2)]
    assert sorted((i.pk, n) for i, n in facets["item"]) == sorted([(items[1].pk, 1), (items[2].pk, 1), (other_item.pk, 1)])
    assert facets["year"] == [(2024, 2), (2023, 1)]
    assert facets["genre"] == [("通知", 2), ("公告", 1)]
    assert not result.facets_partial
    assert search("就业补贴", year=2024, facets=True).facets["genre"] == [("公告", 1), ("通知", 1)]


def test_a_term_starting_with_digits_matches_only_at_a_word_start(make_record):
    # The same on both databases: FTS5 indexes whole words, PostgreSQL grams check the word start.
    doc = make_record("银人社发12号文件")
    make_record("银人社发112号文件")
    year = make_record("关于2020年度的通知")
    make_record("编号12020的通知")
    assert [h.record.pk for h in search("12号").hits] == [doc.pk]
    assert [h.record.pk for h in search("2020").hits] == [year.pk]


def test_a_long_term_needs_its_characters_together(make_record):
    together = make_record("人力资源和社会保障工作")
    make_record("人力资源市场和社会保障工作")  # every gram but one, apart
    assert [h.record.pk for h in search("人力资源和社会").hits] == [together.pk]
    assert search("人力资源和社会", sort="date").total == 1
