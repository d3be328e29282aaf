"""`zwgk demo-data` and `zwgk serve`."""
import datetime as dt
import re

import pytest
from django.utils import timezone
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
    assert years == set(range(2020, timezone.localdate().year + 1))  # every year from the 2020 catalog's on
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


# Words a real title says once; the generator's own list is not reused, so this check stands apart.
ONCE = ("报告", "年度", "情况", "工作", "通知", "公告", "公示", "清单", "总结", "计划", "专项行动", "推进", "办法", "意见")


def doubled(title):
    words = [w for w in ONCE if title.count(w) > 1]
    words += re.findall(r"([\u4e00-\u9fff]{2,})\1", title)  # a run said twice in a row
    if re.search(r"\d{4}年年(?!报)", title):
        words.append("年年")
    return words


def test_the_doubled_word_check_catches_the_titles_the_issue_names():
    assert doubled("2020年度政府信息公开工作年度报告情况报告") == ["报告", "年度"]
    assert doubled("银川市人社局2021年年度工作计划") == ["年年"]
    assert doubled("关于开展根治欠薪冬季专项行动专项行动的通知") == ["专项行动", "专项行动"]
    assert doubled("银川市人力资源和社会保障局2023年政府信息公开工作年度报告") == []


@pytest.mark.django_db
def test_demo_records_are_plausible_in_every_row(media):
    """All generated records, not a sample: yearly 年报 in January, nothing before the catalog's year, clean titles."""
    call_command("demo_data", agencies=2, records=400, seed=11, attachments=0, no_index=True,
                 stdout=open("/dev/null", "w"))
    today = timezone.localdate()
    records = list(Record.objects.select_related("item__catalog", "agency"))
    assert len(records) == 400
    for rec in records:
        catalog_year = rec.item.catalog.year
        local = timezone.localtime(rec.published_at)
        first_day = dt.date(catalog_year, 1, 1)
        assert local.date() >= first_day and rec.formed_on >= first_day, (rec.title, local, rec.formed_on)
        for name, value in rec.elements.items():
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
                assert dt.date.fromisoformat(value) >= first_day, (rec.title, name, value)
        assert not doubled(rec.title), (rec.title, doubled(rec.title))
    for agency in Agency.objects.all():
        reports = [r for r in records if r.agency_id == agency.id and "年报" in r.item.name]
        catalog_year = Catalog.objects.get(agency=agency).year
        years = sorted(timezone.localtime(r.published_at).year - 1 for r in reports)
        assert len(years) == len(set(years))  # one a year, none twice
        # Every finished year has its report; last year's only once its January date has passed.
        assert set(range(catalog_year, today.year - 1)) <= set(years) <= set(range(catalog_year, today.year))
        for rec in reports:
            year = timezone.localtime(rec.published_at).year - 1
            assert timezone.localtime(rec.published_at).month == 1
            assert rec.title == f"{agency.name}{year}年政府信息公开工作年度报告"
        others = [r for r in records if r.agency_id == agency.id and "年报" not in r.item.name]
        assert not any("政府信息公开工作年度报告" in r.title for r in others)


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
    assert "--preload" in argv  # the warm-up of zwgk.wsgi runs once, in the master
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8123/" in out and "http://127.0.0.1:8123/staff/" in out


def test_the_wsgi_module_builds_the_agencies_calendars_before_any_request(agency, monkeypatch):
    from django.db import connections

    from zwgk.holidays import services

    closed = []
    monkeypatch.setattr(connections, "close_all", lambda: closed.append(True))  # keep the test's transaction
    import zwgk.wsgi

    services.invalidate()
    zwgk.wsgi.warm_up()
    assert services.resolve(agency.region) in services._cache and "" in services._cache
    assert closed  # the workers forked from the warmed process open their own connections


def test_serve_rejects_a_bind_without_port():
    with pytest.raises(CommandError):
        call_command("serve", bind="localhost")
