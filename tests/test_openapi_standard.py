"""/api/v1/openapi.json is a valid OpenAPI 3.0 document and real API answers conform to it.

Checked with openapi-spec-validator (the document) and openapi-core (requests and responses as
they really go through Django), not with the project's own schema reader.
"""
import datetime as dt
from urllib.parse import quote

import pytest
from django.test import Client
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse
from openapi_core.testing import MockRequest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate as validate_spec

from zwgk.api.tests.fixtures import make_catalog, make_record
from zwgk.records.models import Attachment

pytestmark = pytest.mark.django_db
CODE = "11640100MB1234567X"


@pytest.fixture
def document(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


@pytest.fixture
def api(document):
    return OpenAPI.from_dict(document)


@pytest.fixture
def published(agency):
    items = make_catalog(agency)[1]
    notice = make_record(
        agency, items["2-1"], title="关于调整最低工资标准的通知", serial=1, published_on=dt.date(2024, 3, 4),
        formed_on=dt.date(2024, 3, 1), genre="通知", keywords="最低工资", valid_from=dt.date(2024, 4, 1),
        unit=items["2-1"].units.first(), body="<p>正文</p>", doc_number="银人社发〔2024〕3号",
    )
    Attachment.objects.create(record=notice, file="attachments/a.pdf", name="a.pdf", content_type="application/pdf",
                              size=10)
    make_record(agency, items["3-1"], title="行政处罚决定", serial=2, published_on=dt.date(2024, 3, 5),
                elements={"罚款金额": 5000, "案件名称": "甲公司拖欠工资案"})
    make_record(agency, items["1-2"], title="工作动态", serial=3, published_on=dt.date(2024, 3, 6))
    return notice


def conforms(api, response):
    """Validate the request that was made and the response it got; raises on any mismatch."""
    request = DjangoOpenAPIRequest(response.wsgi_request)
    api.validate_request(request)
    api.validate_response(request, DjangoOpenAPIResponse(response))


def test_the_served_document_passes_the_openapi_spec_validator(document):
    validate_spec(document)  # raises OpenAPIValidationError with the offending path


def test_the_validator_rejects_a_broken_document(document):
    """Guards the test above: the same document with an operation that lacks its responses does not pass."""
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    operation = {k: v for k, v in document["paths"]["/records"]["get"].items() if k != "responses"}
    broken = {**document, "paths": {**document["paths"], "/records": {"get": operation}}}
    with pytest.raises(OpenAPIValidationError, match="responses"):
        validate_spec(broken)


@pytest.mark.parametrize("query", [{}, {"page_size": 1}, {"agency": "yinchuan-rsj", "year": 2024},
                                   {"genre": "通知", "validity": "有效"}, {"item": "2-1"}])
def test_record_lists_conform(api, client, published, query):
    response = client.get("/api/v1/records", query)
    assert response.status_code == 200 and response.json()["results"]
    conforms(api, response)


def test_a_record_detail_conforms(api, client, published):
    response = client.get(f"/api/v1/records/{published.index_number}")
    assert response.status_code == 200
    conforms(api, response)


def test_the_catalog_conforms(api, client, agency):
    make_catalog(agency)
    response = client.get("/api/v1/catalog", {"agency": "yinchuan-rsj"})
    assert response.status_code == 200
    conforms(api, response)


@pytest.mark.parametrize("url", ["/api/v1/records?page=50", "/api/v1/records/nobody/2024-00009",
                                 "/api/v1/catalog?agency=nobody"])
def test_documented_error_answers_conform(api, client, published, url):
    response = client.get(url)
    assert response.status_code == 404
    conforms(api, response)


def test_a_response_with_an_undocumented_type_is_caught(api, client, published):
    """Guards the checks above: openapi-core does notice a response that breaks the schema."""
    from django.http import JsonResponse

    response = client.get(f"/api/v1/records/{published.index_number}")
    bad = JsonResponse({**response.json(), "title": 12})
    request = DjangoOpenAPIRequest(response.wsgi_request)
    with pytest.raises(Exception, match="(?i)invalid|valid"):
        api.validate_response(request, DjangoOpenAPIResponse(bad))


def test_an_index_number_with_a_slash_is_matched_in_its_percent_encoded_form(api, client, published):
    """A generic OpenAPI client percent-encodes the path parameter; the path template then matches and the API answers."""
    encoded = quote(published.index_number, safe="")
    assert "%2F" in encoded
    mock = MockRequest("http://testserver", "get", f"/api/v1/records/{encoded}")
    result = api.unmarshal_request(mock)
    assert not result.errors
    assert result.parameters.path["index_number"] in (published.index_number, encoded)
    response = client.get(f"/api/v1/records/{encoded}")
    assert response.status_code == 200 and response.json()["index_number"] == published.index_number


@pytest.mark.parametrize("url", ["/api/v1/openapi.json", "/api/v1/catalog", "/api/v1/records",
                                 f"/api/v1/records/{CODE}/2024-00001"])
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_answer_the_documented_error_shape(document, url, method):
    """A write is 405 with the documented Error body, also when CSRF checks are on (no HTML 403 page)."""
    response = getattr(Client(enforce_csrf_checks=True), method)(url)
    assert response.status_code == 405 and response["Content-Type"].startswith("application/json")
    assert list(error_validator(document).iter_errors(response.json())) == []
    assert not list(error_validator(document).iter_errors({"detail": 1})) == []  # the check can fail


def error_validator(document):
    """A JSON Schema validator for components.schemas.Error with the document's own $refs resolvable."""
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    resource = Resource.from_contents(document, default_specification=DRAFT4)
    registry = Registry().with_resource("urn:zwgk-api", resource)
    return OAS30Validator({"$ref": "urn:zwgk-api#/components/schemas/Error"}, registry=registry)
