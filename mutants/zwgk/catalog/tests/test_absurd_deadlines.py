"""A deadline with an absurd number (> 366 days) is refused at import and at save, naming the field."""
import json

import pytest
from django.urls import reverse

from zwgk.catalog.formats import CatalogImportError, dump, parse_file
from zwgk.catalog.formats.deadline import parse_deadline
from zwgk.catalog.models import Item
from zwgk.catalog.tests.appfactories import small_spec
from zwgk.catalog.tests.test_catalog_views import _item_post_data, admin_user, catalog  # noqa: F401 (fixtures)


def _json_with(deadline) -> bytes:
    doc = json.loads(dump(small_spec(), "json"))
    doc["items"][1]["deadline"] = deadline
    return json.dumps(doc, ensure_ascii=False).encode()


def test_a_json_rule_with_days_10_to_the_12_is_refused_naming_the_field():
    data = _json_with({"text": "形成之日起20个工作日内", "rule": {"kind": "after_event", "days": 10**12, "day_type": "working"}})
    with pytest.raises(CatalogImportError) as info:
        parse_file("big.json", data)
    assert "第2个事项的“deadline”：rule的天数 1000000000000 超出范围：最多 366 个工作日或自然日" in str(info.value)
    assert info.value.row == 2


def test_deadline_text_with_3000000_calendar_days_is_refused_at_import():
    assert parse_deadline("3000000个自然日").days == 3000000
    data = _json_with("形成之日起3000000个自然日内")
    with pytest.raises(CatalogImportError) as info:
        parse_file("big.json", data)
    assert "公开时限“形成之日起3000000个自然日内”的天数 3000000 超出范围" in str(info.value)
    assert (info.value.row, info.value.column) == (2, "公开时限")


def test_the_same_text_in_the_seed_table_is_refused_too(seed_path):
    text = seed_path.read_text(encoding="utf-8").replace("20个工作日", "400个工作日", 1)
    with pytest.raises(CatalogImportError, match="天数 400 超出范围") as info:
        parse_file("big.txt", text.encode("utf-8"))
    assert info.value.row is not None and info.value.column == "公开时限"


def test_366_days_still_imports():
    result = parse_file("ok.json", _json_with("形成之日起366个自然日内"))
    assert result.catalog.items[1].deadline_rule.days == 366


def test_the_item_form_refuses_an_absurd_deadline_and_saves_nothing(client, admin_user, catalog):  # noqa: F811
    client.force_login(admin_user)
    item = Item.objects.get(name="机构信息")
    before = dict(item.deadline_rule)
    response = client.post(reverse("catalog:item", args=[item.pk]), _item_post_data(item, deadline_text="3000000个自然日"))
    assert response.status_code == 200
    assert "公开时限的天数 3000000 超出范围：最多 366 个工作日或自然日" in response.content.decode()
    item.refresh_from_db()
    assert item.deadline_rule == before and item.deadline_text != "3000000个自然日"
