"""Security review of the public side: feed escaping, redirects, the attachment rules, settings."""
import datetime as dt
import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from zwgk.records.models import Record

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def _summaries(client):
    root = ET.fromstring(client.get("/yinchuan-rsj/feed/").content)
    return {e.find(f"{ATOM}title").text: e.find(f"{ATOM}summary") for e in root.findall(f"{ATOM}entry")}


def test_a_plain_text_summary_cannot_become_markup_in_feed_readers(site, client):
    record = site["records"][0]
    Record.objects.filter(pk=record.pk).update(summary='警告<img src=x onerror="alert(1)">结束')
    summary = _summaries(client)[record.title]
    assert summary.get("type") == "html"
    # The feed reader decodes the XML once and renders the result as HTML: no tag may appear there.
    assert "<img" not in summary.text and "&lt;img" in summary.text


def test_escaped_text_in_a_body_stays_text_in_the_feed(site, client):
    record = site["records"][0]
    Record.objects.filter(pk=record.pk).update(summary="", body="<p>比较 a &lt;script&gt; b</p>")
    summary = _summaries(client)[record.title]
    assert "<script" not in summary.text and "&lt;script&gt;" in summary.text


@pytest.mark.parametrize("target", ["//evil.example/", "/\\evil.example/", "https://evil.example/",
                                    "javascript:alert(1)", "\\\\evil.example", "/%2F%2Fevil.example"])
def test_the_elder_switch_never_redirects_off_site(client, target):
    response = client.get("/elder/", {"next": target})
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith("/") and not location.startswith(("//", "/\\"))
    parts = urlsplit(location.replace("\\", "/"))
    assert parts.scheme == "" and parts.netloc == ""


def test_the_elder_switch_keeps_a_local_next(client):
    response = client.get("/elder/", {"next": "/yinchuan-rsj/?page=2", "on": "1"})
    assert response["Location"] == "/yinchuan-rsj/?page=2" and response.cookies["zwgk_elder"].value == "1"


def test_login_ignores_an_off_site_next(client, django_user_model):
    django_user_model.objects.create_user("u1", password="pw-123456")
    response = client.post("/staff/login/?next=https://evil.example/", {"username": "u1", "password": "pw-123456"})
    assert response.status_code == 302 and response["Location"] == "/staff/"


def test_a_withdrawn_or_unpublished_records_attachment_is_not_public(site, client):
    from zwgk.records.models import Attachment

    attachment = Attachment.objects.get(record=site["records"][0])
    assert client.get(f"/yinchuan-rsj/file/{attachment.pk}/").status_code == 200
    for state in (Record.State.WITHDRAWN, Record.State.DRAFT):
        Record.objects.filter(pk=site["records"][0].pk).update(state=state)
        assert client.get(f"/yinchuan-rsj/file/{attachment.pk}/").status_code == 404


def test_serve_warns_loudly_about_the_development_key(settings):
    from zwgk.portal.management.commands.serve import Command

    settings.SECRET_KEY_IS_DEFAULT = True
    err = io.StringIO()
    Command(stderr=err)._warn_insecure("0.0.0.0:8000")
    assert "SECRET_KEY" in err.getvalue() and "0.0.0.0:8000" in err.getvalue()
    settings.SECRET_KEY_IS_DEFAULT = False
    quiet = io.StringIO()
    Command(stderr=quiet)._warn_insecure("0.0.0.0:8000")
    assert quiet.getvalue() == ""


def _settings_in_subprocess(tmp_path, **env):
    code = ("import json; from django.conf import settings as s; print(json.dumps([s.SESSION_COOKIE_SECURE, "
            "s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, s.SECRET_KEY_IS_DEFAULT]))")
    environ = {**os.environ, "DJANGO_SETTINGS_MODULE": "zwgk.settings", "ZWGK_DATA_DIR": str(tmp_path), **env}
    environ.pop("SECRET_KEY", None)
    environ.pop("SECRET_KEY_FILE", None)
    environ.update(env)
    out = subprocess.run([sys.executable, "-c", code], env=environ, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_https_switch_makes_cookies_secure_and_sends_hsts(tmp_path):
    assert _settings_in_subprocess(tmp_path) == "[false, false, 0, true]"
    assert _settings_in_subprocess(tmp_path, ZWGK_HTTPS="1", SECRET_KEY="x" * 60) == "[true, true, 31536000, false]"


def test_the_search_page_offers_the_current_year_in_china(client, monkeypatch):
    # 2024-12-31 17:00 UTC is already 2025-01-01 in Asia/Shanghai.
    monkeypatch.setattr(timezone, "now", lambda: dt.datetime(2024, 12, 31, 17, 0, tzinfo=dt.timezone.utc))
    response = client.get("/search/")
    assert response.context["years"][0] == 2025
