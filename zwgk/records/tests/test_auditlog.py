from django.urls import reverse

from zwgk.records import auditlog


def test_events_read_in_chinese_with_old_and_new_values():
    assert auditlog.describe("submit", {"pi_hits": 0}) == (
        "提交审核", [("状态", "草稿", "待审核"), ("疑似个人信息", "", "未发现")])
    label, rows = auditlog.describe("pi_mask", {"source": "element:案件名称", "kind": "mobile",
                                                "value": "139****5678", "count": 2, "revisions": 1})
    assert label == "遮盖个人信息"
    assert rows == [("位置", "", "要素“案件名称”"), ("类型", "", "手机号码"), ("遮盖后", "", "139****5678"),
                    ("遮盖处数", "", "2 处"), ("改写的历史版本数", "", "1 个")]
    _, rows = auditlog.describe("pi_confirm", {"reason": "单位公开电话", "hits": [
        {"source": "body", "kind": "mobile", "value": "139****5678"}]})
    assert rows[1] == ("确认公开的个人信息", "", "正文手机号码 139****5678")
    assert auditlog.describe("attach", {"size": 2048})[1] == [("大小", "", "2 KB")]
    assert auditlog.describe("attach", {"name": "通知.pdf", "kind": "pdf"})[1] == [
        ("文件名", "", "通知.pdf"), ("文件类型", "", "PDF")]


def test_an_unknown_key_is_shown_rather_than_dropped():
    assert auditlog.describe("new_action", {"extra": "x"}) == ("new_action", [("extra", "", "x")])


def test_the_record_page_shows_no_raw_keys(client, world, new_record):
    record = new_record("submitted", body="<p>无个人信息</p>")
    client.force_login(world.editor_a)
    page = client.get(reverse("records:detail", args=[record.pk])).content.decode()
    assert "疑似个人信息" in page and "提交审核" in page and "待审核" in page
    assert "pi_hits" not in page and "kind:" not in page
