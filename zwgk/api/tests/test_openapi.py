"""/api/v1/openapi.json describes what the API really does: parameters accepted, keys documented."""
import datetime as dt

import pytest

from zwgk.api.tests.fixtures import make_catalog, make_record
from zwgk.records.models import Attachment

CODE = "11640100MB1234567X"


class SchemaMismatch(AssertionError):
    pass


def resolve(document, schema):
    while "$ref" in schema:
        node = document
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def check(document, schema, value, where="$"):
    """A small OpenAPI 3.0 schema check: types, nullable, enum, required and undocumented keys."""
    schema = resolve(document, schema)
    if value is None:
        if not schema.get("nullable"):
            raise SchemaMismatch(f"{where}: null but not nullable")
        return
    kind = schema.get("type")
    expected = {"object": dict, "array": list, "string": str, "boolean": bool, "integer": int, "number": (int, float)}
    if kind and not isinstance(value, expected[kind]) or (kind in ("integer", "number") and isinstance(value, bool)):
        raise SchemaMismatch(f"{where}: {value!r} is not {kind}")
    if "enum" in schema and value not in schema["enum"]:
        raise SchemaMismatch(f"{where}: {value!r} not in {schema['enum']}")
    if schema.get("format") == "date":
        dt.date.fromisoformat(value)
    if kind == "array":
        for index, entry in enumerate(value):
            check(document, schema.get("items", {}), entry, f"{where}[{index}]")
    if kind == "object":
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                raise SchemaMismatch(f"{where}: required key {name!r} missing")
        extra = schema.get("additionalProperties", True)
        for name, entry in value.items():
            if name in properties:
                check(document, properties[name], entry, f"{where}.{name}")
            elif extra is False:
                raise SchemaMismatch(f"{where}: key {name!r} is not documented")
            elif isinstance(extra, dict) and extra:
                check(document, extra, entry, f"{where}.{name}")


def response_schema(document, path, status):
    return document["paths"][path]["get"]["responses"][str(status)]["content"]["application/json"]["schema"]


@pytest.fixture
def document(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


@pytest.fixture
def published(agency, other_agency):
    items = make_catalog(agency)[1]
    notice = make_record(
        agency, items["2-1"], title="关于调整最低工资标准的通知", serial=1, published_on=dt.date(2024, 3, 4),
        formed_on=dt.date(2024, 3, 1), genre="通知", keywords="最低工资", valid_from=dt.date(2024, 4, 1),
        unit=items["2-1"].units.first(), body="<p>正文</p>",
    )
    Attachment.objects.create(record=notice, file="attachments/a.pdf", name="a.pdf", content_type="application/pdf", size=10)
    make_record(
        agency, items["3-1"], title="处罚", serial=2, published_on=dt.date(2024, 3, 5), state="withdrawn",
        withdrawn_reason="错误", elements={"罚款金额": 5000, "案件名称": "甲"},
    )
    make_record(agency, items["1-2"], title="动态", serial=3, published_on=dt.date(2024, 3, 6))
    return notice


def test_the_document_is_openapi_3_with_every_endpoint(document):
    assert document["openapi"].startswith("3.0")
    assert set(document["paths"]) == {"/openapi.json", "/catalog", "/records", "/records/{index_number}",
                                      "/applications", "/applications/status"}
    assert document["servers"][0]["url"] == "http://testserver/api/v1"
    for path, operations in document["paths"].items():
        for operation in operations.values():
            assert operation["operationId"] and operation["summary"]
            assert "200" in operation["responses"]


def test_every_reference_resolves(document):
    def walk(node):
        if isinstance(node, dict):
            if "$ref" in node:
                assert resolve(document, node)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(document)


def test_path_parameters_match_the_templates(document):
    for path, operations in document["paths"].items():
        for operation in operations.values():
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            assert declared == {part[1:-1] for part in path.split("/") if part.startswith("{")}


def test_every_record_key_is_documented_and_required(document):
    record = document["components"]["schemas"]["Record"]

    assert set(record["required"]) == set(record["properties"])
    assert set(document["components"]["schemas"]["RecordDetail"]["properties"]) == set(record["properties"]) | {"body"}


def example_value(parameter):
    schema = parameter["schema"]
    if "example" in parameter:
        return parameter["example"]
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("type") == "integer":
        return schema.get("default", schema.get("minimum", 1))
    return "通知"


def test_every_documented_list_parameter_is_accepted(client, document, published):
    parameters = document["paths"]["/records"]["get"]["parameters"]
    assert {p["name"] for p in parameters} == {"agency", "item", "year", "unit", "genre", "validity", "q", "sort", "page", "page_size"}
    for parameter in parameters:
        value = example_value(parameter)
        response = client.get("/api/v1/records", {parameter["name"]: value})
        assert response.status_code == 200, (parameter["name"], value, response.content)
        check(document, response_schema(document, "/records", 200), response.json())


def test_every_documented_list_parameter_is_accepted_together(client, document, published):
    parameters = document["paths"]["/records"]["get"]["parameters"]
    query = {p["name"]: example_value(p) for p in parameters if p["name"] != "q"}

    response = client.get("/api/v1/records", query)

    assert response.status_code == 200


def test_documented_integer_bounds_are_the_enforced_ones(client, document, published):
    page_size = next(p for p in document["paths"]["/records"]["get"]["parameters"] if p["name"] == "page_size")["schema"]

    assert client.get("/api/v1/records", {"page_size": page_size["maximum"]}).status_code == 200
    assert client.get("/api/v1/records", {"page_size": page_size["maximum"] + 1}).status_code == 400
    assert client.get("/api/v1/records", {"page_size": page_size["minimum"] - 1}).status_code == 400


def test_a_real_list_response_matches_the_schema(client, document, published):
    response = client.get("/api/v1/records", {"page_size": 1})
    body = response.json()

    check(document, response_schema(document, "/records", 200), body)
    assert body["results"] and body["next"]


def test_a_real_detail_response_matches_the_schema(client, document, published):
    for index in (f"{CODE}/2024-00001", f"{CODE}/2024-00002"):
        response = client.get(f"/api/v1/records/{index}")
        assert response.status_code == 200
        check(document, response_schema(document, "/records/{index_number}", 200), response.json())


def test_the_checker_notices_an_undocumented_key(document, client, published):
    body = client.get(f"/api/v1/records/{CODE}/2024-00001").json()
    body["secret"] = 1

    with pytest.raises(SchemaMismatch, match="secret"):
        check(document, response_schema(document, "/records/{index_number}", 200), body)


@pytest.mark.parametrize(
    "url, path, status",
    [
        ("/api/v1/records?page_size=999", "/records", 400),
        ("/api/v1/records?page=50", "/records", 404),
        ("/api/v1/records/none/2024-00009", "/records/{index_number}", 404),
    ],
)
def test_error_responses_match_the_schema(client, document, published, url, path, status):
    response = client.get(url)

    assert response.status_code == status
    check(document, response_schema(document, path, status), response.json())


def test_the_catalog_endpoint_matches_its_schema(client, document, agency):
    make_catalog(agency)
    response = client.get("/api/v1/catalog", {"agency": "yinchuan-rsj"})

    assert response.status_code == 200
    body = response.json()
    check(document, response_schema(document, "/catalog", 200), body)
    names = {item["name"] for item in body["items"]}
    assert {"机构信息", "政策法规", "行政处罚结果公开"} <= names


def test_the_catalog_error_matches_its_schema(client, document, agency):
    response = client.get("/api/v1/catalog", {"agency": "nobody"})

    assert response.status_code == 404
    check(document, response_schema(document, "/catalog", 404), response.json())


def test_the_document_is_read_only(client, db):
    assert client.post("/api/v1/openapi.json").status_code == 405


@pytest.mark.parametrize("url, path", [("/api/v1/openapi.json", "/openapi.json"), ("/api/v1/catalog", "/catalog"),
                                       ("/api/v1/records", "/records"),
                                       ("/api/v1/records/X/2024-00001", "/records/{index_number}")])
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_get_the_documented_405_error_not_the_csrf_page(document, db, url, path, method):
    from django.test import Client

    response = getattr(Client(enforce_csrf_checks=True), method)(url)

    assert response.status_code == 405 and response["Content-Type"].startswith("application/json")
    assert response["Allow"] == "GET, HEAD"
    check(document, response_schema(document, path, 405), response.json())
