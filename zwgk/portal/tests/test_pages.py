"""Every public page through the Django test client, against a small hand-built site."""
import re

import pytest
from django.urls import resolve

from zwgk.catalog.models import Agency
from zwgk.portal import views
from zwgk.portal.tests.htmlcheck import Page

pytestmark = pytest.mark.django_db
A = "/yinchuan-rsj"


def page_urls(site):
    rec = site["records"][0]
    return [
        "/", f"{A}/", f"{A}/xxgk/", f"{A}/xxgk/2-1/", f"{A}/xxgk/2/", f"{A}/xxgk/2-1/?page=2",
        f"{A}/record/{rec.index_number}/", f"{A}/record/{site['withdrawn'].index_number}/",
        f"{A}/guide/", f"{A}/apply/", f"{A}/reports/",
    ]


def test_home_lists_agencies_and_only_visible_latest_records(site, client):
    html = client.get("/").content.decode()
    assert "银川市人力资源和社会保障局" in html and 'href="/yinchuan-rsj/"' in html
    assert site["records"][0].title in html
    for hidden in ("draft", "future", "withdrawn"):
        assert site[hidden].title not in html
    assert 'action="/search/"' in html


def test_agency_home_has_tree_latest_records_prefiltered_search_and_service_links(site, client):
    html = client.get(f"{A}/").content.decode()
    assert '<input type="hidden" name="agency" value="yinchuan-rsj">' in html
    assert site["records"][0].title in html and site["draft"].title not in html
    for link in (f"{A}/guide/", f"{A}/apply/", f"{A}/reports/", "/calendar/?agency=yinchuan-rsj", f"{A}/xxgk/2-1-1/",
                 f"{A}/feed/"):
        assert f'href="{link}"' in html


def test_catalog_page_nests_three_levels_with_record_counts(site, client):
    html = client.get(f"{A}/xxgk/").content.decode()
    top, docs, norms = html.index(">政策文件<"), html.index(">部门文件<"), html.index(">规范性文件<")
    assert top < docs < norms
    assert html.count('<ul class="tree">') >= 2  # nested lists, not a flat one
    assert 'aria-label="信息公开目录（一级、二级、三级事项）"' in html
    # 部门文件 holds 25 visible records itself plus 1 in its 三级 item; the withdrawn one is not counted.
    assert "（26 条）" in html


def test_item_page_describes_the_item_and_lists_newest_records_first(site, client):
    html = client.get(f"{A}/xxgk/2-1/").content.decode()
    for text in ("文件印发后5个工作日内公开", "文件印发之日起 5 个工作日内公开", "《中华人民共和国政府信息公开条例》",
                 "市人社局办公室", "其他（宁夏政务服务网）", "文件名称", "共 26 条"):
        assert text in html, text
    titles = [r.title for r in site["records"]]  # records[0] is the newest
    assert html.index(titles[0]) < html.index(titles[1]) < html.index(titles[5])
    assert titles[24] not in html  # beyond the first page of 20
    second = client.get(f"{A}/xxgk/2-1/?page=2").content.decode()
    assert titles[24] in second and titles[0] not in second


def test_item_filters_narrow_by_year_unit_genre_and_validity(site, client):
    norm = site["norm"]
    html = client.get(f"{A}/xxgk/2-1/", {"genre": "办法"}).content.decode()
    assert norm.title in html and site["records"][0].title not in html
    html = client.get(f"{A}/xxgk/2-1/", {"unit": site["office"].pk}).content.decode()
    assert norm.title not in html and site["records"][0].title in html
    html = client.get(f"{A}/xxgk/2-1/", {"year": norm.published_at.year, "genre": "办法"}).content.decode()
    assert norm.title in html
    html = client.get(f"{A}/xxgk/2-1/", {"year": 1990}).content.decode()
    assert "暂无信息" in html
    norm.validity = "废止"
    norm.save()
    html = client.get(f"{A}/xxgk/2-1/", {"validity": "废止"}).content.decode()
    assert norm.title in html and site["records"][0].title not in html


def test_category_page_lists_sub_item_records_and_filters_by_five_types(site, client):
    html = client.get(f"{A}/xxgk/2/").content.decode()
    assert "共 26 条" in html and site["records"][0].title in html
    assert site["norm"].title in client.get(f"{A}/xxgk/2/?page=2").content.decode()
    assert 'name="five"' in html
    html = client.get(f"{A}/xxgk/2/", {"five": "决策"}).content.decode()
    assert site["norm"].title in html and site["records"][0].title not in html


def test_record_page_shows_metadata_body_elements_attachments_and_history(site, client):
    rec = site["records"][0]
    html = client.get(f"{A}/record/{rec.index_number}/").content.decode()
    for label in ("索引号", "名称", "发布机构", "文号", "生成日期", "发布日期", "有效性", "主题分类", "体裁", "主题词"):
        assert f'<th scope="row">{label}</th>' in html, label
    assert rec.index_number in html and rec.doc_number in html
    assert "<p>各有关单位：现就职称评审工作通知如下（第1号）。</p>" in html  # body rendered as HTML
    assert "职称评审通知1" in html  # element value
    assert "附件1：评审申报表.txt" in html and "（文本，27 B）" in html
    assert "变更记录" in html and "修改了名称、正文" in html and "更正标题" in html


def test_record_fields_other_than_body_are_escaped(site, client):
    rec = site["records"][1]
    rec.title = "<script>alert(1)</script>标题"
    rec.elements = {"文件名称": "<b>x</b>"}
    rec.save()
    html = client.get(f"{A}/record/{rec.index_number}/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "<b>x</b>" not in html


def test_withdrawn_record_shows_a_notice_with_its_reason_instead_of_vanishing(site, client):
    rec = site["withdrawn"]
    response = client.get(f"{A}/record/{rec.index_number}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "本信息已撤回" in html and "公告内容有误，已重新发布" in html
    assert rec.body not in html and 'name="robots" content="noindex"' in html


def test_drafts_future_records_and_other_agencies_records_are_not_found(site, client, other_agency):
    assert client.get(f"{A}/r/{site['draft'].pk}/").status_code == 404
    assert client.get(f"{A}/record/{site['future'].index_number}/").status_code == 404
    assert client.get(f"/szs-rsj/record/{site['records'][0].index_number}/").status_code == 404


def test_record_by_id_redirects_to_the_index_number_url(site, client):
    rec = site["records"][3]
    response = client.get(f"{A}/r/{rec.pk}/")
    assert response.status_code == 302 and response["Location"] == f"{A}/record/{rec.index_number}/"


def test_attachment_downloads_with_its_name_and_type(site, client):
    att = site["attachment"]
    response = client.get(f"{A}/file/{att.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).decode() == "职称评审申报表\n姓名：\n"
    assert response["Content-Type"] == "text/plain" and "attachment" in response["Content-Disposition"]


def test_attachments_of_withdrawn_records_are_not_served(site, client):
    att = site["attachment"]
    att.record.state = "withdrawn"
    att.record.save()
    assert client.get(f"{A}/file/{att.pk}/").status_code == 404


def test_guide_is_generated_from_the_agency_data(site, client):
    html = client.get(f"{A}/guide/").content.decode()
    for text in ("银川市人社局办公室", "银川市金凤区人社大厦", "工作日 9:00-17:00", "0951-1234567", "0951-7654321",
                 "gk@example.org", "本指南每年更新一次。", 'href="/calendar/?agency=yinchuan-rsj"', "依申请公开"):
        assert text in html, text
    # The catalog structure: categories with their number of sub-items (政策文件 has 2, 机构信息 has 1).
    assert "<td>2</td>" in html and "<td>1</td>" in html


def test_the_guide_carries_every_part_of_article_12_and_a_flowchart(site, client):
    html = client.get(f"{A}/guide/").content.decode()
    for part in ("主动公开", "分类和编排体系", "公开方式和渠道", "部门网站", "依申请公开", "申请内容", "20 个工作日",
                 "7 个工作日内一次性告知补正", "15 个工作日", "信息处理费", "每件 100 元", "不予公开的范围",
                 "监督和救济", "行政复议", "行政诉讼", "举报"):
        assert part in html, part
    assert f'href="{A}/apply/"' in html  # the online application form
    assert '<svg role="img" aria-labelledby="flow-title flow-desc"' in html and "依申请公开办理流程图" in html


def test_demo_contact_data_is_not_wrapped_in_a_second_parenthesis(site, client):
    from zwgk.portal.management.commands.setup_demo import DEMO_AGENCY

    agency = site["agency"]
    for key in ("address", "office_hours", "phone", "disclosure_office"):
        setattr(agency, key, DEMO_AGENCY[key])  # every contact as setup-demo writes it: "（演示数据）…"
    agency.save()
    html = client.get(f"{A}/guide/").content.decode()
    text = re.sub(r"<[^>]+>", "", html)
    assert not re.search(r"（[^）]*（演示数据）", text), re.findall(r"（[^）]*（演示数据）.{0,10}", text)
    assert "办公时间：（演示数据）工作日" in html and "电话：（演示数据）0951-0000000" in html


def test_the_guide_names_the_review_body_from_the_agency_region(site, client):
    html = client.get(f"{A}/guide/").content.decode()
    assert "依法向银川市人民政府申请行政复议" in html


def test_apply_and_reports_pages_are_real_pages(site, client):
    assert "政府信息公开申请" in client.get(f"{A}/apply/").content.decode()
    html = client.get(f"{A}/reports/").content.decode()
    assert site["annual"].title in html


def test_unknown_urls_get_the_styled_404_page(site, client):
    for url in ("/no-such-agency/", f"{A}/xxgk/9-9/", f"{A}/record/NOPE/2020-1/", "/a/b/c/d/e/", f"{A}/file/999/"):
        response = client.get(url)
        assert response.status_code == 404, url
        html = response.content.decode()
        assert "页面未找到" in html and "/static/zwgk/site.css" in html and 'lang="zh-CN"' in html


@pytest.mark.parametrize("slug", ["staff", "admin", "api", "static", "media", "search", "calendar"])
def test_reserved_prefixes_never_resolve_as_agencies(db, slug, client):
    Agency.objects.create(name=f"占用{slug}的机关", slug=slug)
    for path in (f"/{slug}/", f"/{slug}/xxgk/", f"/{slug}/guide/", f"/{slug}/feed/"):
        try:
            match = resolve(path)
        except Exception:
            continue
        assert match.func not in (views.agency_home, views.catalog, views.guide), path
        assert match.url_name not in ("agency", "catalog", "guide", "agency-feed"), path


def test_elder_mode_sets_a_cookie_and_marks_the_html_element(site, client):
    html = client.get(f"{A}/").content.decode()
    assert '<html lang="zh-CN">' in html and "/elder/?next=%2Fyinchuan-rsj%2F" in html
    response = client.get("/elder/", {"next": f"{A}/"})
    assert response.status_code == 302 and response["Location"] == f"{A}/"
    assert client.cookies["zwgk_elder"].value == "1"
    html = client.get(f"{A}/").content.decode()
    assert '<html lang="zh-CN" class="elder">' in html and "退出适老化模式" in html
    client.get("/elder/", {"next": f"{A}/"})
    assert '<html lang="zh-CN">' in client.get(f"{A}/").content.decode()


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)", ""])
def test_elder_mode_never_redirects_off_site(client, target, db):
    response = client.get("/elder/", {"next": target})
    assert response["Location"] == "/"


def test_pages_are_small_accessible_and_reference_only_local_urls(site, client):
    for url in page_urls(site):
        response = client.get(url)
        assert response.status_code == 200, url
        assert len(response.content) < 150 * 1024, url
        page = Page(response.content.decode())
        assert page.external_urls() == [], url
        assert page.html_attrs.get("lang") == "zh-CN"
        assert [h for h in page.headings if h[0] == 1].__len__() == 1, url
        levels = [h[0] for h in page.headings]
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), (url, levels)
        assert page.count("header", role="banner") == 1 and page.count("main") == 1
        assert page.count("footer", role="contentinfo") == 1
        assert page.first_focusable.get("href") == "#main" and "main" in page.ids
        unlabelled = [c for c in page.controls if c.get("id") not in page.labels_for and not c.get("aria-label")]
        assert unlabelled == [], url
        assert all(a.get("alt") is not None for t, a in page.tags if t == "img"), url
        canon = [a for t, a in page.tags if t == "link" and a.get("rel") == "canonical"]
        assert len(canon) == 1 and canon[0]["href"].startswith("http://testserver/"), url


def test_breadcrumbs_lead_from_home_to_the_record(site, client):
    rec = site["norm"]
    html = client.get(f"{A}/record/{rec.index_number}/").content.decode()
    crumb = html[html.index('aria-label="面包屑"'):]
    crumb = crumb[:crumb.index("</nav>")]
    order = ['href="/"', f'href="{A}/"', f'href="{A}/xxgk/"', f'href="{A}/xxgk/2/"', f'href="{A}/xxgk/2-1/"',
             f'href="{A}/xxgk/2-1-1/"', 'aria-current="page"']
    positions = [crumb.index(o) for o in order]
    assert positions == sorted(positions)


def test_canonical_url_of_a_paginated_listing_keeps_the_page(site, client):
    html = client.get(f"{A}/xxgk/2-1/?page=2&utm=x").content.decode()
    assert '<link rel="canonical" href="http://testserver/yinchuan-rsj/xxgk/2-1/?page=2">' in html


def test_print_stylesheet_and_narrow_screen_rules_exist(client, db):
    from django.contrib.staticfiles import finders

    css = open(finders.find("zwgk/site.css"), encoding="utf-8").read()
    assert "@media print" in css and "max-width: 40rem" in css and "html.elder" in css
    assert "http://" not in css and "https://" not in css and "@import" not in css


def test_an_agency_without_a_catalog_still_has_working_pages(agency, client):
    for url in (f"{A}/", f"{A}/xxgk/", f"{A}/guide/", f"{A}/apply/", f"{A}/reports/", f"{A}/feed/"):
        assert client.get(url).status_code == 200, url
    assert "尚未发布公开目录" in client.get(f"{A}/xxgk/").content.decode()
    assert client.get(f"{A}/xxgk/1/").status_code == 404


def test_item_page_search_box_is_limited_to_the_item(site, client):
    html = client.get(f"{A}/xxgk/2-1/").content.decode()
    assert f'<input type="hidden" name="item" value="{site["docs"].pk}">' in html
    assert "在“部门文件”中搜索" in html


def test_records_of_an_older_catalog_year_do_not_link_to_an_unrelated_item(site, client):
    from zwgk.catalog.models import Catalog, Item

    old = Catalog.objects.create(agency=site["agency"], title="旧目录", year=2019, is_current=False)
    stale = Item.objects.create(catalog=old, level=2, name="旧事项", slug="2-1", position=0)
    rec = site["records"][2]
    rec.item = stale
    rec.save()
    html = client.get(f"{A}/record/{rec.index_number}/").content.decode()
    assert "旧事项" in html and f'href="{A}/xxgk/2-1/">部门文件' not in html


def test_an_item_page_keeps_the_records_of_its_earlier_catalog_versions(site, client):
    from zwgk.catalog.models import Catalog, Item

    old = Catalog.objects.create(agency=site["agency"], title="旧目录", year=2019, is_current=False)
    previous = Item.objects.create(catalog=old, level=2, name="部门文件", slug="9-9", position=0)
    Item.objects.filter(pk=site["docs"].pk).update(copied_from=previous)
    rec = site["records"][0]
    rec.item = previous
    rec.save()
    assert rec.title in client.get(f"{A}/xxgk/2-1/").content.decode()
    html = client.get(f"{A}/record/{rec.index_number}/").content.decode()
    assert f'<a href="{A}/xxgk/2-1/">部门文件</a>' in html  # the breadcrumb follows the item into the current year


def test_platform_home_merges_the_newest_records_of_all_agencies(site, client, other_agency):
    from zwgk.portal.tests.conftest import make_record

    other_item = site["docs"]
    newest = make_record(other_agency, other_item, 77, days_ago=0, title="石嘴山最新通知",
                         index_number=f"{other_agency.credit_code}/2026-00077")
    html = client.get("/").content.decode()
    assert html.index(newest.title) < html.index(site["records"][0].title)
    assert f'href="/szs-rsj/record/{newest.index_number}/"' in html


def test_the_record_page_puts_the_title_first_and_offers_print_and_close(site, client):
    html = client.get(f"{A}/record/{site['records'][0].index_number}/").content.decode()
    assert html.index('id="record-title"') < html.index('class="meta-table record-meta"')  # phone order
    assert 'data-action="print">打印</button>' in html
    # 关闭 in a tab that script cannot close goes to the item page (an existing page: the 索引号 has a "/").
    back = re.search(r'data-action="close" data-return="([^"]+)">关闭</button>', html).group(1)
    assert back == f"{A}/xxgk/2-1/" and client.get(back).status_code == 200
    assert "第2版，" in html and "变更" in html


def test_elements_that_repeat_standard_fields_show_the_records_values(site, client):
    record = site["records"][0]
    html = client.get(f"{A}/record/{record.index_number}/").content.decode()
    elements = html[html.index('id="elements-h"'):]
    assert '<th scope="row">文件名称</th><td>职称评审通知1</td>' in elements  # a value typed in is kept
    assert f'<th scope="row">发布机构</th><td>{record.publisher}</td>' in elements  # empty: the record's own field


def test_a_masking_note_on_a_revision_stays_on_the_staff_side(site, client, django_user_model):
    from django.utils import timezone

    from zwgk.records.history import mask_in_revisions
    from zwgk.records.models import Revision

    record = site["records"][0]
    rev3 = Revision.objects.create(record=record, number=3, note="更正正文",
                                   data={"title": record.title, "body": "<p>身份证号64010419900101123X</p>"})
    Revision.objects.filter(pk=rev3.pk).update(at=timezone.now())
    officer = django_user_model.objects.create_user("wang.fang", first_name="王芳")
    assert mask_in_revisions(record, officer, value="64010419900101123X", kind="id_card") == 1
    assert "王芳遮盖了此版本中的居民身份证号" in Revision.objects.get(pk=rev3.pk).note  # kept for staff
    html = client.get(f"{A}/record/{record.index_number}/").content.decode()
    history = html[html.index('id="history-h"'):]
    assert "（更正正文）" in history and "王芳" not in html and "遮盖了" not in html


def test_a_change_is_listed_under_its_own_change_date_without_repeating_the_word(site, client):
    from django.utils import timezone

    from zwgk.records.models import Revision

    record = site["records"][1]
    published = {"title": record.title, "body": record.body, "state": "published"}
    Revision.objects.create(record=record, number=1, data=published, note="发布")
    changed = {**published, "title": "更正后的名称", "formed_on": "2026-03-20"}
    for number, note in ((2, "变更：更正名称"), (3, "变更")):
        rev = Revision.objects.create(record=record, number=number, data=changed, note=note)
        Revision.objects.filter(pk=rev.pk).update(at=timezone.now())
        changed = {**changed, "title": "再次更正", "formed_on": "2026-04-01"}
    Revision.objects.filter(record=record, number=1).update(at=record.published_at)
    html = client.get(f"{A}/record/{record.index_number}/").content.decode()
    assert '第2版，<time datetime="2026-03-20">2026-03-20</time> 变更：修改了名称、生成日期（更正名称）</li>' in html
    assert '第3版，<time datetime="2026-04-01">2026-04-01</time> 变更：修改了名称、生成日期</li>' in html
