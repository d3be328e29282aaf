"""Every staff URL × role × agency: who gets 200, 403 (own agency, not allowed), 404 (other agency) or login."""
import pytest
from django.urls import reverse

ROLES = ["anonymous", "nobody", "editor_a", "editor_b", "reviewer", "admin", "platform", "other_admin", "other_editor"]

# url name → (state of the record it is tried on, expected status per role, in ROLES order)
GET_TABLE = {
    "detail": ("draft", [302, 404, 200, 200, 200, 200, 200, 404, 404]),
    "diff": ("draft", [302, 404, 200, 200, 200, 200, 200, 404, 404]),
    "edit": ("draft", [302, 404, 200, 403, 200, 200, 200, 404, 404]),
    "submit": ("draft", [302, 404, 200, 403, 200, 200, 200, 404, 404]),
    "delete": ("draft", [302, 404, 200, 403, 403, 200, 200, 404, 404]),
    "review": ("submitted", [302, 404, 403, 403, 200, 200, 200, 404, 404]),
    "publish": ("approved", [302, 404, 403, 403, 200, 200, 200, 404, 404]),
    "withdraw": ("published", [302, 404, 403, 403, 200, 200, 200, 404, 404]),
    "change": ("published", [302, 404, 403, 403, 200, 200, 200, 404, 404]),
    "edit@published": ("published", [302, 404, 403, 403, 302, 302, 302, 404, 404]),  # reviewers are sent to 变更
    "attachment": ("draft", [302, 404, 200, 200, 200, 200, 200, 404, 404]),
    "edit@unit_b": ("draft", [302, 404, 403, 200, 200, 200, 200, 404, 404]),  # item shared by two units: only unit B edits B’s draft
    "mask@get": ("draft", [302, 405, 405, 405, 405, 405, 405, 405, 405]),  # POST only, for everyone
    "attachment_add@get": ("draft", [302, 405, 405, 405, 405, 405, 405, 405, 405]),
    "review@draft": ("draft", [302, 404, 403, 403, 403, 403, 403, 404, 404]),
    "publish@submitted": ("submitted", [302, 404, 403, 403, 403, 403, 403, 404, 404]),
}

POST_TABLE = {
    # url name → (state, POST data, expected per role); a refused POST changes nothing.
    "publish": ("approved", {}, [302, 404, 403, 403, 302, 302, 302, 404, 404]),
    "withdraw": ("published", {"reason": "测试撤回"}, [302, 404, 403, 403, 302, 302, 302, 404, 404]),
    "mask": ("draft", {"source": "body", "kind": "mobile", "value": "13912345678"}, [302, 404, 302, 403, 302, 302, 302, 404, 404]),
    "delete": ("draft", {}, [302, 404, 302, 403, 403, 302, 302, 404, 404]),
    "submit": ("draft", {"confirm_reason": "法定公示的联系电话"}, [302, 404, 302, 403, 302, 302, 302, 404, 404]),
    "review": ("submitted", {"step": "decide", "d-decision": "主动公开"}, [302, 404, 403, 403, 302, 302, 302, 404, 404]),
    "edit": ("draft", "FORM", [302, 404, 302, 403, 302, 302, 302, 404, 404]),
    "change": ("published", "FORM", [302, 404, 403, 403, 302, 302, 302, 404, 404]),
    "attachment_add": ("draft", "FILE", [302, 404, 302, 403, 302, 302, 302, 404, 404]),
    "attachment_delete": ("draft", {}, [302, 404, 302, 403, 302, 302, 302, 404, 404]),
}
# Staff URLs whose rules are tested by their own tests below (they take an item, or no record).
TESTED_BELOW = {"list", "choose_item", "create"}
# Tested in test_body_views: the preview is its uploader's only; cleaning pasted HTML needs a membership.
TESTED_BELOW |= {"body_preview", "clean_body"}
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def test_the_tables_cover_every_staff_url_of_records():
    from zwgk.records.urls import urlpatterns

    names = {p.name for p in urlpatterns}
    covered = {n.split("@")[0] for n in list(GET_TABLE) + list(POST_TABLE)} | TESTED_BELOW
    assert names - covered == set()


def url_for(name, record, world, settings, tmp_path):
    """The URL of `name` for `record`; attachment URLs get a real attachment first."""
    from zwgk.records import services

    name = name.split("@")[0]
    if name in ("attachment", "attachment_delete"):
        settings.MEDIA_ROOT = tmp_path
        attachment = services.add_attachment(record, None, "照片.png", PNG)
        record.refresh_from_db()
        return reverse(f"records:{name}", args=[record.pk, attachment.pk])
    return reverse(f"records:{name}", args=[record.pk])


def form_data(world, record, kind):
    """A complete, valid edit (or change) form for `record`."""
    if kind == "FILE":
        from django.core.files.uploadedfile import SimpleUploadedFile

        return {"file": SimpleUploadedFile("图片.png", PNG)}
    data = {"title": record.title + "（修改）", "formed_on": "2025-09-26", "disclosure_scope": "面向社会", "validity": "有效",
            "unit": world.unit_a.pk}
    for element in world.item_a.elements.all():
        if element.field_type == "date":
            data[f"el_{element.pk}"] = "2025-09-26"
        elif element.field_type in ("text", "list"):
            data[f"el_{element.pk}"] = "银人社罚〔2025〕3号"
    if kind == "FORM" and record.state == "published":
        data.update(change_date="2025-10-09", change_note="更正")
    return data


def client_for(client, world, role):
    if role != "anonymous":
        client.force_login(getattr(world, role))
    return client


def cases(table):
    for name, (state, *rest) in table.items():
        expected = rest[-1]
        for role, status in zip(ROLES, expected):
            yield pytest.param(name, state, *rest[:-1], role, status, id=f"{name}-{role}")


@pytest.mark.parametrize("name, state, role, status", list(cases(GET_TABLE)))
def test_get(client, world, new_record, settings, tmp_path, name, state, role, status):
    record = new_record(state)
    if name.endswith("@unit_b"):
        world.item_a.units.add(world.unit_b)
        record = new_record(state, user=world.editor_b, unit=world.unit_b)
    url = url_for(name, record, world, settings, tmp_path)
    response = client_for(client, world, role).get(url)
    assert response.status_code == status
    if role == "anonymous":
        assert response["Location"].startswith("/staff/login/")


@pytest.mark.parametrize("name, state, data, role, status", list(cases(POST_TABLE)))
def test_post(client, world, new_record, settings, tmp_path, name, state, data, role, status):
    from zwgk.records.models import AuditEvent, Record

    record = new_record(state, body="<p>电话13912345678</p>")
    url = url_for(name, record, world, settings, tmp_path)
    data = form_data(world, record, data) if isinstance(data, str) else data
    before = Record.objects.filter(pk=record.pk).values("state", "version").first()
    events = AuditEvent.objects.count()
    data = {**data, "version": record.version}
    response = client_for(client, world, role).post(url, data)
    assert response.status_code == status
    after = Record.objects.filter(pk=record.pk).values("state", "version").first()
    if status != 302 or role == "anonymous":
        assert after == before and AuditEvent.objects.count() == events
    else:  # the allowed action really happened (and was logged), not just a redirect back
        assert AuditEvent.objects.count() > events
        if name != "delete":
            assert after["version"] > before["version"]


@pytest.mark.parametrize("role, own_item, other_item", [
    ("anonymous", 302, 302), ("nobody", 404, 404), ("editor_a", 200, 404), ("editor_b", 403, 404), ("reviewer", 200, 404),
    ("admin", 200, 404), ("platform", 200, 200), ("other_admin", 404, 200), ("other_editor", 404, 200),
])
def test_create_under_an_item(client, world, role, own_item, other_item):
    c = client_for(client, world, role)
    assert c.get(reverse("records:create", args=[world.item_a.pk])).status_code == own_item
    assert c.get(reverse("records:create", args=[world.other_item.pk])).status_code == other_item


@pytest.mark.parametrize("role, sees_own, sees_other", [
    ("nobody", False, False), ("editor_a", True, False), ("editor_b", True, False), ("reviewer", True, False),
    ("admin", True, False), ("platform", True, True), ("other_admin", False, True),
])
def test_the_list_shows_only_the_users_agencies(client, world, new_record, role, sees_own, sees_other):
    new_record(title="本机关草稿")
    new_record(item=world.other_item, title="外机关草稿")
    content = client_for(client, world, role).get(reverse("records:list")).content.decode()
    assert ("本机关草稿" in content) == sees_own
    assert ("外机关草稿" in content) == sees_other


def test_an_editor_only_sees_items_of_their_unit_when_creating(client, world):
    client.force_login(world.editor_a)
    content = client.get(reverse("records:choose_item")).content.decode()
    assert "行政处罚结果公开" in content and "就业政策" not in content
