"""Project-wide request hygiene."""


def test_a_nul_byte_in_the_path_is_a_styled_404(client, db):
    response = client.get("/yinchuan-rsj/record/%00/")
    assert response.status_code == 404
    assert "页面未找到" in response.content.decode()


def test_nul_bytes_in_query_parameters_are_dropped(client, db):
    response = client.get("/search/", {"q": "社\x00保", "page": "1\x00"})
    assert response.status_code == 200
    assert "社保" in response.content.decode()


def test_staff_pages_are_never_stored_by_browsers_or_proxies(client, db):
    response = client.get("/staff/login/")
    assert "no-store" in response["Cache-Control"]
    assert "no-store" in client.get("/admin/login/")["Cache-Control"]


def test_public_pages_may_be_cached(client, db):
    assert "no-store" not in client.get("/calendar/").get("Cache-Control", "")


def test_a_database_still_locked_after_the_busy_timeout_is_a_styled_503():
    from django.db import OperationalError
    from django.test import RequestFactory

    from zwgk.middleware import DatabaseBusyMiddleware

    middleware = DatabaseBusyMiddleware(lambda request: None)
    request = RequestFactory().post("/staff/records/new/")
    response = middleware.process_exception(request, OperationalError("database is locked"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "请稍后重试" in response.content.decode()
    assert middleware.process_exception(request, OperationalError("no such table: x")) is None
    assert middleware.process_exception(request, ValueError("database is locked")) is None
