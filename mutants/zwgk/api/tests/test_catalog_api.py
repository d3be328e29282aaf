"""/api/v1/catalog: the interchange JSON of an agency's current catalog, read-only."""
import json
from io import StringIO

import pytest
from django.core.management import call_command

from zwgk.catalog.editing import new_year_version
from zwgk.catalog.importing import import_catalog
from zwgk.catalog.models import Catalog
from zwgk.catalog.tests.appfactories import result, small_spec

URL = "/api/v1/catalog"
ITEM_KEYS = {"category", "name", "path", "elements", "basis", "deadline", "units", "channels", "mode", "audience",
             "level", "five_types", "columns", "remarks"}


@pytest.fixture
def catalog(agency):
    import_catalog(result(small_spec(year=2020)), agency=agency)
    return Catalog.objects.get(agency=agency)


def test_it_serves_the_interchange_document_with_every_item_key(client, catalog):
    response = client.get(URL)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    doc = response.json()
    assert doc["catalog"]["year"] == 2020 and doc["catalog"]["agency"] == "银川市人力资源和社会保障局"
    assert len(doc["items"]) == 4
    for item in doc["items"]:
        assert ITEM_KEYS <= set(item)
        assert {"text", "rule"} <= set(item["deadline"]) and "kind" in item["deadline"]["rule"]
        assert all(set(e) == {"name", "type", "required"} for e in item["elements"])
        assert all(set(c) == {"name", "note"} for c in item["channels"])
    first = doc["items"][0]
    assert first["path"] == ["概况信息", "机构信息"] and first["category"] == "概况信息"
    assert first["deadline"]["rule"] == {"kind": "after_event", "days": 20, "day_type": "working", "event": "形成或变更"}


def test_it_is_the_same_document_as_the_json_export(client, catalog):
    out = StringIO()
    call_command("export_catalog", "--format", "json", stdout=out)
    assert json.loads(out.getvalue()) == client.get(URL).json()


def test_agencies_are_chosen_by_slug_or_name(client, catalog, other_agency):
    import_catalog(result(small_spec(year=2021, title="石嘴山目录")), agency=other_agency)
    assert client.get(URL, {"agency": "szs-rsj"}).json()["catalog"]["title"] == "石嘴山目录"
    assert client.get(URL, {"agency": "银川市人力资源和社会保障局"}).json()["catalog"]["year"] == 2020
    ambiguous = client.get(URL)
    assert ambiguous.status_code == 400 and {"slug": "szs-rsj", "name": other_agency.name} in ambiguous.json()["agencies"]


def test_an_unknown_agency_is_a_json_404_in_chinese(client, catalog):
    response = client.get(URL, {"agency": "no-such-agency"})
    assert response.status_code == 404
    assert response.json()["detail"] == "找不到机关“no-such-agency”"


def test_an_agency_without_a_catalog_is_a_404(client, agency):
    response = client.get(URL, {"agency": agency.slug})
    assert response.status_code == 404 and "尚无" in response.json()["detail"]


def test_the_current_catalog_is_served_unless_a_year_is_asked_for(client, catalog):
    new_year_version(catalog, 2021)
    assert client.get(URL).json()["catalog"]["year"] == 2021
    assert client.get(URL, {"year": "2020"}).json()["catalog"]["year"] == 2020
    assert client.get(URL, {"year": "1999"}).status_code == 404
    assert client.get(URL, {"year": "abc"}).status_code == 400


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_it_is_read_only(client, catalog, method):
    response = getattr(client, method)(URL)
    assert response.status_code == 405
    assert "GET" in response["Allow"]
    assert Catalog.objects.count() == 1


def test_head_is_allowed(client, catalog):
    assert client.head(URL).status_code == 200
