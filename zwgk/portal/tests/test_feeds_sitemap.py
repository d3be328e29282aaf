"""Atom feeds, sitemap.xml (single and paginated) and robots.txt."""
import xml.etree.ElementTree as ET

import pytest

from zwgk.portal import sitemap

pytestmark = pytest.mark.django_db
A = "/yinchuan-rsj"
ATOM = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_agency_feed_is_atom_with_visible_records_newest_first(site, client):
    response = client.get(f"{A}/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    titles = [e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")]
    assert titles[0] == site["records"][0].title
    assert site["draft"].title not in titles and site["withdrawn"].title not in titles
    assert site["future"].title not in titles
    link = root.find(f"{ATOM}entry/{ATOM}link").get("href")
    assert link == f"http://testserver{A}/record/{site['records'][0].index_number}/"


def test_item_feed_covers_the_item_and_its_sub_items_only(site, client):
    root = ET.fromstring(client.get(f"{A}/xxgk/2-1-1/feed/").content)
    titles = [e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")]
    assert titles == [site["norm"].title]
    assert client.get(f"{A}/xxgk/none/feed/").status_code == 404
    assert client.get("/nobody/feed/").status_code == 404


def test_sitemap_lists_agencies_items_and_public_records(site, client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locs = {u.find(f"{SM}loc").text for u in root.findall(f"{SM}url")}
    base = "http://testserver"
    assert f"{base}{A}/" in locs and f"{base}{A}/xxgk/2-1-1/" in locs and f"{base}{A}/guide/" in locs
    assert f"{base}{A}/record/{site['records'][0].index_number}/" in locs
    assert not any("None" in loc for loc in locs)
    assert f"{base}{A}/record/{site['future'].index_number}/" not in locs
    pages = {f"{base}/calendar/", f"{base}{A}/apply/", f"{base}{A}/reports/"}
    assert pages <= locs
    assert all(client.get(loc.removeprefix(base)).status_code == 200 for loc in pages)


def test_large_sitemaps_become_an_index_of_id_range_chunks(site, client, monkeypatch):
    monkeypatch.setattr(sitemap, "CHUNK", 10)
    root = ET.fromstring(client.get("/sitemap.xml").content)
    assert root.tag == f"{SM}sitemapindex"
    parts = [s.find(f"{SM}loc").text for s in root.findall(f"{SM}sitemap")]
    assert parts[0] == "http://testserver/sitemap-pages.xml" and len(parts) >= 4
    seen = set()
    for part in parts[1:]:
        sub = ET.fromstring(client.get(part.replace("http://testserver", "")).content)
        seen |= {u.find(f"{SM}loc").text for u in sub.findall(f"{SM}url")}
    expected = {f"http://testserver{A}/record/{r.index_number}/" for r in site["records"]}
    assert expected <= seen
    assert client.get("/sitemap-records-99999.xml").status_code == 404


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_back_office(client, db):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /staff/" in text and "Disallow: /api/" in text
