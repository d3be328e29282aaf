"""The read API of published records: /api/v1/records and /api/v1/records/{索引号}."""
import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from zwgk.api.tests.fixtures import make_catalog, make_record
from zwgk.records.models import Attachment, Record

CODE = "11640100MB1234567X"


@pytest.fixture
def items(agency):
    return make_catalog(agency)[1]


@pytest.fixture
def records(agency, other_agency, items):
    """Published, withdrawn, draft and other-agency records."""
    from zwgk.catalog.models import Unit

    other_items = make_catalog(other_agency)[1]
    legal = Unit.objects.get(agency=agency, name="市人社局政策法规和信访科")
    made = {
        "notice": make_record(
            agency, items["2-1"], title="关于调整最低工资标准的通知", serial=1, published_on=dt.date(2024, 3, 4),
            formed_on=dt.date(2024, 3, 1), genre="通知", doc_number="银人社发〔2024〕3号", unit=legal,
            keywords="最低工资；标准", body='<p onclick="x()">最低工资标准调整为每月 2050 元。</p>',
        ),
        "penalty": make_record(
            agency, items["3-1"], title="某公司行政处罚决定", serial=1, published_on=dt.date(2023, 12, 25),
            formed_on=dt.date(2023, 12, 20), genre="公告", validity="失效", unit=legal,
            elements={"行政处罚决定书文号": "银人社监罚〔2023〕9号", "罚款金额": 5000},
        ),
        "news": make_record(agency, items["1-2"], title="工作动态一则", serial=2, published_on=dt.date(2024, 5, 6), genre="动态"),
        "withdrawn": make_record(
            agency, items["2-1"], title="已撤回的文件", serial=3, published_on=dt.date(2024, 4, 1), state="withdrawn",
            withdrawn_reason="文件已被新文件替代",
        ),
        "draft": make_record(agency, items["2-1"], title="尚未发布的草稿", published_on=None, state="draft"),
        "approved": make_record(agency, items["2-1"], title="已审核未发布", published_on=None, state="approved"),
        "other": make_record(
            other_agency, other_items["2-1"], title="石嘴山的通知", published_on=dt.date(2024, 3, 5), genre="通知",
            index_number="11640200MB7654321Y/2024-00001",
        ),
    }
    Attachment.objects.create(
        record=made["notice"], file="attachments/2024/03/notice.pdf", name="通知全文.pdf", content_type="application/pdf", size=1234
    )
    return made


def titles(response):
    return [r["title"] for r in response.json()["results"]]


def test_the_list_shows_published_records_newest_first(client, records):
    response = client.get("/api/v1/records")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert titles(response) == ["工作动态一则", "石嘴山的通知", "关于调整最低工资标准的通知", "某公司行政处罚决定"]
    assert response.json()["count"] == 4


def test_unpublished_and_withdrawn_records_are_not_listed(client, records):
    listed = set(titles(client.get("/api/v1/records?page_size=200")))

    assert not listed & {"尚未发布的草稿", "已审核未发布", "已撤回的文件"}


def test_a_record_scheduled_for_later_is_not_listed(client, agency, items, records):
    from django.utils import timezone

    Record.objects.filter(pk=records["news"].pk).update(published_at=timezone.now() + dt.timedelta(days=1))

    assert "工作动态一则" not in titles(client.get("/api/v1/records"))


def test_json_is_utf8_not_escaped(client, records):
    assert "关于调整".encode() in client.get("/api/v1/records").content


@pytest.mark.parametrize(
    "query, expected",
    [
        ("agency=yinchuan-rsj", {"工作动态一则", "关于调整最低工资标准的通知", "某公司行政处罚决定"}),
        ("agency=石嘴山市人力资源和社会保障局", {"石嘴山的通知"}),
        ("agency=no-such-agency", set()),
        ("item=政策法规", {"关于调整最低工资标准的通知", "石嘴山的通知"}),
        ("agency=yinchuan-rsj&item=2-1", {"关于调整最低工资标准的通知"}),
        ("year=2023", {"某公司行政处罚决定"}),
        ("year=2024&agency=yinchuan-rsj", {"工作动态一则", "关于调整最低工资标准的通知"}),
        ("unit=市人社局政策法规和信访科", {"关于调整最低工资标准的通知", "某公司行政处罚决定"}),
        ("genre=通知", {"关于调整最低工资标准的通知", "石嘴山的通知"}),
        ("validity=失效", {"某公司行政处罚决定"}),
        ("validity=有效&genre=公告", set()),
        ("体裁=通知", {"关于调整最低工资标准的通知", "石嘴山的通知"}),
        ("有效性=失效", {"某公司行政处罚决定"}),
    ],
)
def test_the_list_filters(client, records, query, expected):
    response = client.get(f"/api/v1/records?{query}")

    assert response.status_code == 200
    assert set(titles(response)) == expected
    assert response.json()["count"] == len(expected)


def test_the_item_filter_accepts_an_id(client, items, records):
    response = client.get(f"/api/v1/records?item={items['3-1'].pk}")

    assert titles(response) == ["某公司行政处罚决定"]


def test_the_year_filter_uses_the_local_publication_date(client, agency, items):
    # 2024-01-01 00:30 in Beijing is still 2023 in UTC.
    from zwgk.api.tests.fixtures import publish_time

    record = make_record(agency, items["1-2"], title="元旦零点半", serial=9, published_on=dt.date(2024, 1, 1))
    Record.objects.filter(pk=record.pk).update(published_at=publish_time(dt.date(2024, 1, 1)) - dt.timedelta(hours=8, minutes=30))

    assert titles(client.get("/api/v1/records?year=2024")) == ["元旦零点半"]
    assert titles(client.get("/api/v1/records?year=2023")) == []


def test_pagination_splits_the_list_and_links_the_pages(client, records):
    first = client.get("/api/v1/records?page_size=3").json()
    second = client.get("/api/v1/records?page_size=3&page=2").json()

    assert (first["count"], first["num_pages"], first["page"], first["page_size"]) == (4, 2, 1, 3)
    assert len(first["results"]) == 3 and len(second["results"]) == 1
    assert first["previous"] is None and second["next"] is None
    assert first["next"].startswith("http://testserver/api/v1/records?") and "page=2" in first["next"]
    assert "page_size=3" in first["next"]
    assert "page=1" in second["previous"]
    assert {r["title"] for r in first["results"] + second["results"]} == {
        "工作动态一则", "石嘴山的通知", "关于调整最低工资标准的通知", "某公司行政处罚决定",
    }


def test_the_default_page_size_is_20(client, agency, items):
    for serial in range(1, 26):
        make_record(agency, items["1-2"], title=f"动态{serial}", serial=serial, published_on=dt.date(2024, 1, 1) + dt.timedelta(days=serial))

    body = client.get("/api/v1/records").json()

    assert (body["page_size"], len(body["results"]), body["num_pages"]) == (20, 20, 2)


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("page=0", "page"),
        ("page=-1", "page"),
        ("page=abc", "page"),
        ("page_size=0", "page_size"),
        ("page_size=201", "page_size"),
        ("page=1000000000000000000", "page"),
        ("page=1000001", "page"),
        ("page=9999999999999999999999999999", "page"),
        ("page_size=x", "page_size"),
        ("year=twenty", "year"),
        ("validity=永久", "validity"),
    ],
)
def test_bad_parameters_answer_400_in_chinese(client, records, query, parameter):
    response = client.get(f"/api/v1/records?{query}")

    assert response.status_code == 400
    body = response.json()
    assert body["parameter"] == parameter and body["status"] == 400
    assert any("\u4e00" <= ch <= "\u9fff" for ch in body["error"])


def test_page_size_200_is_allowed(client, records):
    assert client.get("/api/v1/records?page_size=200").status_code == 200


@pytest.mark.parametrize("q", ["", "&q=通知"])
def test_a_page_past_the_end_answers_404(client, records, q):
    response = client.get(f"/api/v1/records?page=1000000&page_size=200{q}")
    assert response.status_code == 404
    response = client.get(f"/api/v1/records?page=3&page_size=2{q}")

    assert response.status_code == 404
    assert "页码超出范围" in response.json()["error"]


def test_an_empty_result_is_page_1_of_1(client, records):
    body = client.get("/api/v1/records?agency=nobody").json()

    assert (body["count"], body["num_pages"], body["results"], body["next"]) == (0, 1, [], None)


def test_a_record_in_the_list_has_metadata_but_no_body(client, records):
    record = next(r for r in client.get("/api/v1/records").json()["results"] if r["title"] == "关于调整最低工资标准的通知")

    assert "body" not in record
    assert record["index_number"] == f"{CODE}/2024-00001"
    assert record["published_on"] == "2024-03-04" and record["formed_on"] == "2024-03-01"
    assert record["doc_number"] == "银人社发〔2024〕3号"
    assert record["keywords"] == ["最低工资", "标准"]
    assert record["agency"] == {"name": "银川市人力资源和社会保障局", "slug": "yinchuan-rsj"}
    assert record["item"] == {"name": "政策法规", "path": ["基本信息", "政策法规"], "slug": "2-1"}
    assert record["unit"] == "市人社局政策法规和信访科"
    assert record["url"] == f"http://testserver/yinchuan-rsj/record/{CODE}/2024-00001/"
    assert record["attachments"] == [
        {"name": "通知全文.pdf", "url": f"http://testserver/yinchuan-rsj/file/{records['notice'].attachments.get().pk}/",
         "size": 1234, "content_type": "application/pdf"}
    ]
    assert record["withdrawn"] is False and record["withdrawn_reason"] is None


def test_timeliness_is_computed_from_the_item_deadline(client, records):
    results = {r["title"]: r for r in client.get("/api/v1/records").json()["results"]}

    notice = results["关于调整最低工资标准的通知"]
    # 政策法规: 5 working days from Friday 2024-03-01 → Friday 2024-03-08; published on the 4th.
    assert (notice["due_on"], notice["timeliness"]) == ("2024-03-08", "on_time")
    assert isinstance(notice["provisional"], bool)
    news = results["工作动态一则"]
    # 工作动态: 20 working days from 2024-05-06 → 2024-06-03; published the same day.
    assert news["timeliness"] == "on_time"


def test_a_late_record_is_flagged_late(client, agency, items):
    make_record(agency, items["2-1"], title="迟发", serial=7, formed_on=dt.date(2024, 3, 1), published_on=dt.date(2024, 3, 20))

    record = client.get("/api/v1/records").json()["results"][0]

    assert (record["due_on"], record["timeliness"]) == ("2024-03-08", "late")
    assert "逾期" in record["timeliness_label"]


def test_the_list_uses_a_fixed_number_of_queries(client, agency, items, records):
    client.get("/api/v1/records")  # warm caches (calendar, content types)
    with CaptureQueriesContext(connection) as few:
        client.get("/api/v1/records?page_size=200")
    for serial in range(10, 40):
        make_record(agency, items["3-1"], title=f"处罚{serial}", serial=serial, published_on=dt.date(2024, 2, 1))
    with CaptureQueriesContext(connection) as many:
        response = client.get("/api/v1/records?page_size=200")

    assert response.json()["count"] == 34
    assert len(many.captured_queries) == len(few.captured_queries)


def test_the_detail_is_found_by_an_index_number_containing_a_slash(client, records):
    response = client.get(f"/api/v1/records/{CODE}/2024-00001")

    assert response.status_code == 200
    body = response.json()
    assert body["title"] == "关于调整最低工资标准的通知"
    assert body["body"] == "<p>最低工资标准调整为每月 2050 元。</p>"


def test_the_detail_accepts_the_slash_encoded_as_2f_as_openapi_tools_send_it(client, records):
    response = client.get(f"/api/v1/records/{CODE}%2F2024-00001")

    assert response.status_code == 200
    assert response.json()["index_number"] == f"{CODE}/2024-00001"


def test_the_detail_has_element_values(client, records):
    body = client.get(f"/api/v1/records/{CODE}/2023-00001").json()

    assert body["elements"] == {"行政处罚决定书文号": "银人社监罚〔2023〕9号", "罚款金额": 5000}
    assert body["validity"] == "失效"


def test_a_withdrawn_record_keeps_its_detail_flagged_withdrawn(client, records):
    body = client.get(f"/api/v1/records/{CODE}/2024-00003").json()

    assert body["withdrawn"] is True
    assert body["withdrawn_reason"] == "文件已被新文件替代"
    assert body["title"] == "已撤回的文件"


def test_a_withdrawn_record_no_longer_gives_out_its_content(client, records):
    record = records["withdrawn"]
    Record.objects.filter(pk=record.pk).update(body="<p>身份证 110101199003078515</p>", elements={"案件名称": "张三案"})
    Attachment.objects.create(record=record, file="attachments/2024/04/w.pdf", name="w.pdf", content_type="application/pdf", size=1)

    body = client.get(f"/api/v1/records/{CODE}/2024-00003").json()

    assert body["body"] == "" and body["elements"] == {} and body["attachments"] == []


def test_attachment_links_of_the_api_can_be_downloaded(client, records, settings, tmp_path):
    from django.core.files.base import ContentFile

    settings.MEDIA_ROOT = tmp_path
    attachment = records["notice"].attachments.get()
    attachment.file.save("notice.pdf", ContentFile(b"%PDF-1.4 test"), save=True)

    url = client.get(f"/api/v1/records/{CODE}/2024-00001").json()["attachments"][0]["url"]
    response = client.get(url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 test"


@pytest.mark.parametrize("key", ["draft", "approved"])
def test_unpublished_records_are_404_even_with_an_index_number(client, records, key):
    Record.objects.filter(pk=records[key].pk).update(index_number=f"{CODE}/2024-0009{len(key)}")

    response = client.get(f"/api/v1/records/{CODE}/2024-0009{len(key)}")

    assert response.status_code == 404
    assert "没有索引号" in response.json()["error"]


def test_an_unknown_index_number_is_404_json(client, records):
    response = client.get("/api/v1/records/nope/2024-99999")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize("url", ["/api/v1/records", f"/api/v1/records/{CODE}/2024-00001", "/api/v1/openapi.json"])
def test_the_api_is_read_only(client, records, url):
    response = client.post(url, {})

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.json()["status"] == 405


def test_head_is_answered(client, records):
    response = client.head("/api/v1/records")

    assert response.status_code == 200
    assert response.content == b""


def test_full_text_search_orders_by_relevance_and_keeps_filters(client, agency, items, records):
    from zwgk.search import index, query

    make_record(agency, items["2-2"], title="最低工资最低工资最低工资", serial=20, published_on=dt.date(2022, 1, 1), body="最低工资")
    index.rebuild()

    expected = [hit.record.title for hit in query.search("最低工资").hits]
    response = client.get("/api/v1/records?q=最低工资")

    assert response.status_code == 200
    assert titles(response) == expected
    assert set(expected) == {"关于调整最低工资标准的通知", "最低工资最低工资最低工资"}
    assert titles(client.get("/api/v1/records?q=最低工资&year=2022")) == ["最低工资最低工资最低工资"]
    assert titles(client.get("/api/v1/records?q=最低工资&unit=市人社局政策法规和信访科")) == ["关于调整最低工资标准的通知"]
    assert titles(client.get("/api/v1/records?q=已撤回")) == []


def test_a_capped_search_total_is_flagged(client, records, monkeypatch):
    from zwgk.search import backends, index

    index.rebuild()
    body = client.get("/api/v1/records?q=通知").json()
    assert (body["count"], body["count_capped"]) == (2, False)
    monkeypatch.setattr(backends, "COUNT_CAP", 1)
    body = client.get("/api/v1/records?q=通知").json()
    assert (body["count"], body["count_capped"]) == (1, True)


def test_search_sorts_by_date_with_an_exact_count(client, records, monkeypatch):
    from zwgk.search import backends, index

    index.rebuild()
    monkeypatch.setattr(backends, "COUNT_CAP", 1)
    body = client.get("/api/v1/records?q=通知&sort=date").json()
    assert (body["count"], body["count_capped"]) == (2, False)
    published = [r["published_on"] for r in body["results"]]
    assert published == sorted(published, reverse=True) and len(published) == 2
    assert "sort=date" in client.get("/api/v1/records?q=通知&sort=date&page_size=1").json()["next"]
    bad = client.get("/api/v1/records?q=通知&sort=newest")
    assert bad.status_code == 400 and bad.json()["parameter"] == "sort"
