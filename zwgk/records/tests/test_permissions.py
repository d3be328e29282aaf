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
    "review@draft": ("draft", [302, 404, 403, 403, 403, 403, 403, 404, 404]),
    "publish@submitted": ("submitted", [302, 404, 403, 403, 403, 403, 403, 404, 404]),
}

POST_TABLE = {
    # url name → (state, POST data, expected per role); a refused POST changes nothing.
    "publish": ("approved", {}, [302, 404, 403, 403, 302, 302, 302, 404, 404]),
    "withdraw": ("published", {"reason": "测试撤回"}, [302, 404, 403, 403, 302, 302, 302, 404, 404]),
    "mask": ("draft", {"source": "body", "kind": "mobile", "value": "13912345678"}, [302, 404, 302, 403, 302, 302, 302, 404, 404]),
    "delete": ("draft", {}, [302, 404, 302, 403, 403, 302, 302, 404, 404]),
}


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
def test_get(client, world, new_record, name, state, role, status):
    record = new_record(state)
    url = reverse(f"records:{name.split('@')[0]}", args=[record.pk])
    response = client_for(client, world, role).get(url)
    assert response.status_code == status
    if role == "anonymous":
        assert response["Location"].startswith("/staff/login/")


@pytest.mark.parametrize("name, state, data, role, status", list(cases(POST_TABLE)))
def test_post(client, world, new_record, name, state, data, role, status):
    from zwgk.records.models import Record

    record = new_record(state, body="<p>电话13912345678</p>")
    before = Record.objects.filter(pk=record.pk).values("state", "version").first()
    data = {**data, "version": record.version}
    response = client_for(client, world, role).post(reverse(f"records:{name}", args=[record.pk]), data)
    assert response.status_code == status
    after = Record.objects.filter(pk=record.pk).values("state", "version").first()
    if status != 302 or role == "anonymous":
        assert after == before


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
