"""The public search page at /search/."""
import pytest

pytestmark = pytest.mark.django_db


def test_the_empty_page_shows_a_labelled_search_form(client):
    response = client.get("/search/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<label for="search-q">' in html and 'id="search-q"' in html
    assert 'role="search"' in html
    assert "找到" not in html


def test_results_show_count_highlighted_title_and_snippet(client, make_record):
    record = make_record("关于职称评审的通知", body="<p>今年的职称评审将于十月开始。</p>")
    make_record("无关的信息")
    response = client.get("/search/", {"q": "职称评审"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "找到 <strong>1</strong> 条结果" in html
    assert "关于<mark>职称评审</mark>的通知" in html
    assert "今年的<mark>职称评审</mark>将于十月开始" in html
    assert record.index_number in html
    assert 'value="职称评审"' in html


def test_the_agency_filter_uses_the_slug_and_offers_the_agencys_items(client, make_record, items, other_agency, other_item):
    make_record("养老保险甲")
    make_record("养老保险乙", agency=other_agency, item=other_item)
    html = client.get("/search/", {"q": "养老保险", "agency": "szs-rsj"}).content.decode()
    assert "养老保险乙" in html.replace("<mark>", "").replace("</mark>", "")
    assert "养老保险甲" not in html.replace("<mark>", "").replace("</mark>", "")
    html = client.get("/search/", {"q": "养老保险", "agency": "yinchuan-rsj"}).content.decode()
    assert f'<option value="{items[1].pk}">' in html


def test_an_unknown_agency_gives_a_notice_not_an_error(client, make_record):
    make_record("养老保险甲")
    response = client.get("/search/", {"q": "养老保险", "agency": "nope"})
    assert response.status_code == 200
    assert "没有找到这个机关" in response.content.decode()


def test_pagination_links_keep_the_query_and_filters(client, make_record):
    for n in range(45):
        make_record(f"公示第{n}批", genre="公示")
    html = client.get("/search/", {"q": "公示", "genre": "公示", "page": "2"}).content.decode()
    assert "第 2/3 页" in html
    assert 'aria-current="page" href="?q=%E5%85%AC%E7%A4%BA&amp;genre=%E5%85%AC%E7%A4%BA&amp;page=2"' in html
    assert 'rel="next"' in html and 'rel="prev"' in html
    assert html.count('class="search-hit"') == 20


@pytest.mark.parametrize(
    "params",
    [
        {"q": '"*" NEAR( ^ :'},
        {"q": "' OR 1=1 --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "\x00\x01职称"},
        {"q": "职" * 10000},
        {"q": "职称", "page": "-1"},
        {"q": "职称", "page": "99999999999999999999"},
        {"q": "职称", "year": "abcd"},
        {"q": "职称", "item": "1 OR 1=1"},
        {"q": "职称", "item": "999999"},
        {"q": "职称", "genre": "x" * 1000},
    ],
)
def test_hostile_parameters_give_a_normal_page(client, make_record, params):
    make_record("职称评审通知")
    response = client.get("/search/", params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_a_capped_count_is_shown_as_at_least(client, make_record, monkeypatch):
    from zwgk.search import backends

    monkeypatch.setattr(backends, "COUNT_CAP", 2)
    for n in range(3):
        make_record(f"养老保险第{n}批")
    html = client.get("/search/", {"q": "养老保险"}).content.decode()
    assert "找到 <strong>2+</strong> 条结果" in html
    make_record("职称评审通知")
    html = client.get("/search/", {"q": "职称评审"}).content.decode()
    assert "找到 <strong>1</strong> 条结果" in html


def test_the_page_says_what_it_also_searched_and_offers_sort_and_facets(client, make_record, other_agency, other_item):
    make_record("社保缴费通知", genre="通知", days_ago=2)
    make_record("社会保险待遇调整", genre="公告", agency=other_agency, item=other_item, days_ago=1)
    html = client.get("/search/", {"q": "社保"}).content.decode()
    assert "同时搜索：社会保险" in html
    assert 'href="?q=%E7%A4%BE%E4%BF%9D&amp;sort=date"' in html
    assert "发布机关" in html and "石嘴山市人社局</a> <span class=\"count\">(1)</span>" in html
    assert "?q=%E7%A4%BE%E4%BF%9D&amp;genre=%E5%85%AC%E5%91%8A" in html
    dated = client.get("/search/", {"q": "社保", "sort": "date"}).content.decode().replace("<mark>", "").replace("</mark>", "")
    assert dated.index("社会保险待遇调整") < dated.index("社保缴费通知")
    assert '<strong aria-current="true">按日期</strong>' in dated
    quoted = client.get("/search/", {"q": '"社保"'}).content.decode().replace("<mark>", "").replace("</mark>", "")
    assert "同时搜索" not in quoted and "社会保险待遇调整" not in quoted


def test_agency_admins_keep_their_agencys_synonyms(client, make_record, agency, other_agency):
    from django.contrib.auth import get_user_model

    from zwgk.accounts.models import Membership, Role
    from zwgk.search.models import SynonymGroup

    user = get_user_model().objects.create_user("admin1", password="x")
    Membership.objects.create(user=user, agency=agency, role=Role.AGENCY_ADMIN)
    client.force_login(user)
    page = client.get("/staff/search/synonyms/")
    assert page.status_code == 200 and "社保 / " not in page.content.decode() and "社会保险 / 社保" in page.content.decode()
    bad = client.post("/staff/search/synonyms/", {"agency": agency.pk, "forms": "一网通办"})
    assert "至少填写两种说法" in bad.content.decode()
    assert client.post("/staff/search/synonyms/", {"agency": other_agency.pk, "forms": "甲 乙"}).status_code == 200
    assert not SynonymGroup.objects.exists()  # not their agency
    client.post("/staff/search/synonyms/", {"agency": agency.pk, "forms": "一网通办，一网办"})
    group = SynonymGroup.objects.get()
    assert (group.agency, group.forms) == (agency, "一网通办 一网办")
    make_record("政务服务一网办")
    assert "同时搜索：一网办" in client.get("/search/", {"q": "一网通办"}).content.decode()
    other = SynonymGroup.objects.create(agency=other_agency, forms="丙 丁")
    assert client.post(f"/staff/search/synonyms/{other.pk}/delete/").status_code == 403
    client.post(f"/staff/search/synonyms/{group.pk}/delete/")
    assert list(SynonymGroup.objects.all()) == [other]


def test_staff_without_an_admin_role_cannot_edit_synonyms(client, agency):
    from django.contrib.auth import get_user_model

    from zwgk.accounts.models import Membership, Role

    user = get_user_model().objects.create_user("editor1", password="x")
    Membership.objects.create(user=user, agency=agency, role=Role.EDITOR)
    client.force_login(user)
    assert client.get("/staff/search/synonyms/").status_code == 403
