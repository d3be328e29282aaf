"""Project-wide request hygiene."""


def test_a_nul_byte_in_the_path_is_a_styled_404(client, db):
    response = client.get("/yinchuan-rsj/record/%00/")
    assert response.status_code == 404
    assert "页面未找到" in response.content.decode()


def test_nul_bytes_in_query_parameters_are_dropped(client, db):
    response = client.get("/search/", {"q": "社\x00保", "page": "1\x00"})
    assert response.status_code == 200
    assert "社保" in response.content.decode()
