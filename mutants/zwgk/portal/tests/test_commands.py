"""`zwgk demo-data` and `zwgk serve`."""
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from zwgk.catalog.models import Agency, Catalog, Item
from zwgk.records.models import Attachment, Record


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.mark.django_db
def test_demo_data_builds_agencies_catalogs_and_published_records(media, client):
    call_command("demo_data", agencies=3, records=300, seed=7, attachments=0.3, stdout=open("/dev/null", "w"))
    assert Agency.objects.count() == 3 and Catalog.objects.count() == 3
    assert Item.objects.filter(level=2).count() >= 3 * 20
    records = Record.objects.all()
    assert records.count() == 300 == Record.objects.visible_listing().count()
    assert set(records.values_list("agency__slug", flat=True)) == {"yinchuan-rsj", "shizuishan-rsj", "wuzhong-rsj"}
    years = {r.published_at.year for r in records}
    assert max(years) - min(years) >= 7  # spread over ten years
    for rec in records[:50]:
        agency = rec.agency
        assert rec.index_number == f"{agency.credit_code}/{rec.published_at.year}-{rec.serial:05d}"
        assert rec.item.catalog.agency_id == agency.id and len(re.findall(r"[\u4e00-\u9fff]", rec.body)) >= 60
    assert all(re.fullmatch(r".+〔\d{4}〕\d+号", d) for d in records.exclude(doc_number="")
               .values_list("doc_number", flat=True))
    assert Attachment.objects.count() > 30
    # The generated site is browsable: an item listing and a record page both render.
    rec = records.first()
    assert client.get(f"/{rec.agency.slug}/xxgk/{rec.item.slug}/").status_code == 200
    assert client.get(f"/{rec.agency.slug}/record/{rec.index_number}/").status_code == 200


@pytest.mark.django_db
def test_demo_data_is_reproducible_and_continues_index_serials(media):
    call_command("demo_data", agencies=1, records=40, seed=3, stdout=open("/dev/null", "w"))
    first = sorted(Record.objects.values_list("body", flat=True))
    call_command("demo_data", agencies=1, records=40, seed=3, stdout=open("/dev/null", "w"))
    assert Record.objects.count() == 80
    assert Record.objects.values("index_number").distinct().count() == 80  # no serial reused
    bodies = sorted(Record.objects.order_by("id").values_list("body", flat=True)[40:])
    assert bodies == first  # same seed, same text (serial-dependent titles aside)


@pytest.mark.django_db
def test_demo_data_refuses_nonsense_sizes(media):
    with pytest.raises(CommandError):
        call_command("demo_data", agencies=0, records=10)
    with pytest.raises(CommandError):
        call_command("demo_data", agencies=10_000, records=10)


def test_serve_collects_static_then_execs_gunicorn_and_prints_urls(monkeypatch, capsys):
    from zwgk.portal.management.commands import serve

    calls = []
    monkeypatch.setattr(serve, "call_command", lambda *a, **k: calls.append(a))
    monkeypatch.setattr(serve.os, "execv", lambda exe, argv: calls.append(tuple(argv)))
    call_command("serve", bind="127.0.0.1:8123", workers=2)
    assert calls[0] == ("collectstatic",)
    argv = calls[1]
    assert argv[1:4] == ("-m", "gunicorn", "zwgk.wsgi:application")
    assert "127.0.0.1:8123" in argv and argv[argv.index("--workers") + 1] == "2"
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8123/" in out and "http://127.0.0.1:8123/staff/" in out


def test_serve_rejects_a_bind_without_port():
    with pytest.raises(CommandError):
        call_command("serve", bind="localhost")
