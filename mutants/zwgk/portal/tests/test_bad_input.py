"""Hostile query strings and paths: always a normal page or a 404, never a server error."""
import pytest

pytestmark = pytest.mark.django_db
A = "/yinchuan-rsj"
NASTY = [
    "x" * 5000, "职称" * 2000, "\x00\x01\x1f\x7f", "' OR 1=1 --", '"; DROP TABLE records_record; --',
    'NEAR(a b) "x* AND OR NOT', "<script>alert(1)</script>", "%00%ff", "\ud800".encode("utf-8", "surrogatepass").decode(
        "utf-8", "replace"), "１２３", "-1", "0", "1e9", "99999999999999999999999", "[]", "{}",
]


@pytest.mark.parametrize("value", NASTY)
def test_every_parameter_of_every_listing_tolerates_garbage(site, client, value):
    for url in ("/", f"{A}/", f"{A}/xxgk/", f"{A}/xxgk/2-1/", f"{A}/xxgk/2/", f"{A}/guide/", f"{A}/feed/"):
        params = {k: value for k in ("q", "page", "year", "unit", "genre", "validity", "five", "agency")}
        response = client.get(url, params)
        assert response.status_code == 200, (url, value[:20])
        assert b"<script>alert(1)</script>" not in response.content


@pytest.mark.parametrize("page", ["0", "-3", "abc", "2.5", "", "999999999", "99999999999999999999"])
def test_invalid_page_numbers_fall_back_to_a_real_page(site, client, page):
    response = client.get(f"{A}/xxgk/2-1/", {"page": page})
    assert response.status_code == 200
    assert "已公开信息" in response.content.decode()


@pytest.mark.parametrize("path", [
    f"{A}/record/%00/", f"{A}/record/' OR 1=1/", f"{A}/record/<b>/x/", f"{A}/xxgk/%3Cscript%3E/", f"{A}/file/0/",
    "/%E4%B8%AD%E6%96%87/", "/" + "a" * 3000 + "/", f"{A}/r/99999999999999999999/",
])
def test_garbage_paths_are_plain_404s(site, client, path):
    assert client.get(path).status_code == 404


def test_very_long_query_strings_are_served(site, client):
    response = client.get(f"{A}/xxgk/2-1/?" + "&".join(f"k{i}=v" for i in range(500)))
    assert response.status_code == 200


@pytest.mark.parametrize("value", NASTY)
def test_the_public_calendar_tolerates_garbage_in_every_parameter(site, client, value):
    params = {k: value for k in ("agency", "year", "region", "date", "n", "start")}
    response = client.get("/calendar/", params)
    assert response.status_code == 200, value[:20]
    assert b"<script>alert(1)</script>" not in response.content
