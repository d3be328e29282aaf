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


def test_a_save_and_a_change_list_each_changed_field_with_its_old_and_new_value(client, world, new_record):
    import datetime

    from zwgk.records import services
    from zwgk.records.models import AuditEvent

    record = new_record(title="旧名称", body="<p>旧正文</p>")
    services.update_record(record, world.editor_a, {"title": "新名称", "body": "<p>新正文</p>", "summary": ""},
                           version=record.version)
    event = AuditEvent.objects.filter(record=record, action="update").latest("pk")
    assert auditlog.describe(event.action, event.detail)[1] == [
        ("版本", "", "第 2 版"), ("名称", "旧名称", "新名称"), ("正文", "—", "已修改")]
    published = new_record("published")
    formed = published.formed_on
    services.change(published, world.reviewer, {"doc_number": "银人社发〔2025〕9号"}, version=published.version,
                    formed_on=datetime.date(2025, 11, 3), note="更正文号")
    event = AuditEvent.objects.get(record=published, action="change")
    rows = auditlog.describe(event.action, event.detail)[1]
    assert ("生成日期", formed.isoformat(), "2025-11-03") in rows and ("变更说明", "", "更正文号") in rows
    assert any(r[0] == "文号" and r[2] == "银人社发〔2025〕9号" for r in rows)
    client.force_login(world.reviewer)
    page = client.get(reverse("records:detail", args=[published.pk])).content.decode()
    assert "<td>2025-11-03</td>" in page and "changes" not in page
