"""The Atom feeds parse cleanly with feedparser, and the sitemap is valid and every URL in it answers 200.

Everything is fetched from one demo site (`setup-demo` + `demo-data`), so the feeds and the
sitemap carry real generated content, not a hand-made record or two.
"""
import datetime as dt
import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import feedparser
import pytest
from django.test import Client

from tests.htmlpages import tags
from tests.standards_site import AGENCY, demo_site

pytestmark = pytest.mark.django_db
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
BASE = "http://testserver"


def local(url):
    parts = urlparse(url)
    assert f"{parts.scheme}://{parts.netloc}" == BASE, url
    return parts.path + (f"?{parts.query}" if parts.query else "")


def fetch_site(site, monkeypatch):
    client = Client()
    out = {"feeds": {}, "status": {}}
    agency_page = client.get(f"/{AGENCY}/").content.decode()
    out["advertised"] = [a["href"] for t, a in tags(agency_page)
                         if t == "link" and a.get("rel") == "alternate" and "atom" in a.get("type", "")]
    leaves = site["agency"].catalogs.get(is_current=True).items.filter(records__isnull=False).distinct()[:3]
    for url in [f"/{AGENCY}/feed/"] + [f"/{AGENCY}/xxgk/{item.slug}/feed/" for item in leaves]:
        response = client.get(url)
        out["feeds"][url] = (response.status_code, response["Content-Type"], response.content)
    single = client.get("/sitemap.xml")
    out["sitemap"] = single.content
    out["sitemap_type"] = single["Content-Type"]
    # The same site split the way a large one is: an index of small sitemaps.
    from django.core.cache import caches

    from zwgk.portal import sitemap

    monkeypatch.setattr(sitemap, "CHUNK", 16)
    caches["portal"].clear()  # the anonymous page cache still holds the unsplit sitemap
    index = client.get("/sitemap.xml").content
    out["index"] = index
    out["parts"] = {loc: client.get(local(loc)).content for loc in locs(index, "sitemap")}
    monkeypatch.undo()
    for loc in locs(single.content, "url"):
        out["status"][loc] = client.get(local(loc)).status_code
    for _, _, body in out["feeds"].values():
        for entry in feedparser.parse(body).entries:
            out["status"].setdefault(entry.link, client.get(local(entry.link)).status_code)
    return out


def locs(xml, kind):
    return [node.find(f"{SM}loc").text for node in ET.fromstring(xml).findall(f"{SM}{kind}")]


@pytest.fixture(scope="module")
def fetched(django_db_setup, django_db_blocker, tmp_path_factory):
    with pytest.MonkeyPatch.context() as monkeypatch, \
            demo_site(django_db_blocker, tmp_path_factory.mktemp("media")) as site:
        return fetch_site(site, monkeypatch)


def test_the_agency_page_advertises_its_feed(fetched):
    assert fetched["advertised"] and all(url.endswith(f"/{AGENCY}/feed/") for url in fetched["advertised"])


def test_every_feed_is_well_formed_atom_without_feedparser_complaints(fetched):
    assert len(fetched["feeds"]) >= 2
    for url, (status, content_type, body) in fetched["feeds"].items():
        assert status == 200 and content_type.startswith("application/atom+xml"), url
        parsed = feedparser.parse(body)
        assert parsed.bozo == 0, (url, parsed.get("bozo_exception"))
        assert parsed.version == "atom10", url
        assert parsed.feed.title and parsed.feed.link and parsed.feed.updated
        assert parsed.entries, url
        for entry in parsed.entries:
            assert entry.title and entry.id and entry.link.startswith(f"{BASE}/{AGENCY}/record/"), entry
            assert entry.published_parsed and entry.updated_parsed and entry.author
            assert "<" not in entry.summary or entry.summary_detail.type == "text/html"


def test_feedparser_does_flag_a_broken_feed(fetched):
    """Guards the check above: a feed cut short is reported as bozo."""
    body = next(iter(fetched["feeds"].values()))[2]
    assert feedparser.parse(body[: len(body) // 2]).bozo == 1


def test_every_feed_entry_links_to_a_page_that_answers(fetched):
    links = {entry.link for _, _, body in fetched["feeds"].values() for entry in feedparser.parse(body).entries}
    assert links and all(fetched["status"][link] == 200 for link in links)


def test_the_sitemap_is_a_valid_urlset(fetched):
    assert fetched["sitemap_type"].startswith("application/xml")
    root = ET.fromstring(fetched["sitemap"])
    assert root.tag == f"{SM}urlset"
    entries = root.findall(f"{SM}url")
    assert len(entries) >= 60  # every generated record plus the pages
    seen = set()
    for node in entries:
        assert {child.tag for child in node} <= {f"{SM}loc", f"{SM}lastmod", f"{SM}changefreq", f"{SM}priority"}
        loc = node.find(f"{SM}loc").text
        assert loc.startswith(f"{BASE}/") and len(loc) < 2048 and loc not in seen
        seen.add(loc)
        lastmod = node.find(f"{SM}lastmod")
        if lastmod is not None:
            dt.datetime.fromisoformat(lastmod.text)  # W3C datetime / ISO 8601
    pages = {f"{BASE}/calendar/", f"{BASE}/{AGENCY}/apply/", f"{BASE}/{AGENCY}/reports/", f"{BASE}/{AGENCY}/guide/"}
    assert pages <= seen


def test_every_sitemap_url_answers_200(fetched):
    bad = {loc: status for loc, status in fetched["status"].items() if status != 200}
    assert not bad, bad


def test_the_split_sitemap_is_an_index_covering_the_same_urls(fetched):
    root = ET.fromstring(fetched["index"])
    assert root.tag == f"{SM}sitemapindex" and len(fetched["parts"]) >= 3
    covered = set()
    for loc, body in fetched["parts"].items():
        part = ET.fromstring(body)
        assert part.tag == f"{SM}urlset", loc
        covered |= set(locs(body, "url"))
    assert covered == set(locs(fetched["sitemap"], "url"))
