"""Atom feeds of the newest visible records, per agency and per catalog item."""
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.text import Truncator

from zwgk.lib.text import html_to_text
from zwgk.links import agency_url, item_url, record_url
from zwgk.portal import queries as q
from zwgk.records.models import Record

FEED_SIZE = 30


class _RecordFeed(Feed):
    feed_type = Atom1Feed

    def item_title(self, record):
        return record.title

    def item_description(self, record):
        # Atom marks the summary type="html": plain text must be escaped or a summary such as
        # "<img onerror=…>" runs in feed readers (and "&lt;" in a body would turn into markup).
        text = record.summary or html_to_text(record.body)
        return escape(Truncator(" ".join(text.split())).chars(200))

    def item_link(self, record):
        return record_url(record)

    def item_pubdate(self, record):
        return record.published_at

    def item_updateddate(self, record):
        return record.updated_at

    def item_author_name(self, record):
        return record.publisher or record.agency.name

    def item_categories(self, record):
        return [c for c in (record.genre, record.topic) if c]

    def _records(self, **filters):
        return list(Record.objects.visible_listing().select_related("agency").defer("elements")
                    .filter(**filters).order_by("-published_at", "-id")[:FEED_SIZE])


class AgencyFeed(_RecordFeed):
    def get_object(self, request, agency):
        obj = q.agency_by_slug(agency)
        if obj is None:
            raise Http404("no such agency")
        return obj

    def title(self, agency):
        return f"{agency.name} · 最新政府信息"

    def link(self, agency):
        return agency_url(agency)

    def subtitle(self, agency):
        return f"{agency.name}主动公开的政府信息"

    def items(self, agency):
        return self._records(agency=agency)


class ItemFeed(_RecordFeed):
    def get_object(self, request, agency, item):
        obj = q.agency_by_slug(agency)
        node = q.find_node(q.catalog_tree(q.current_catalog(obj)), item) if obj else None
        if node is None:
            raise Http404("no such item")
        node.agency = obj
        return node

    def title(self, node):
        return f"{node.agency.name} · {node.item.name}"

    def link(self, node):
        return item_url(node.agency, node.item)

    def subtitle(self, node):
        return f"{node.agency.name}信息公开目录“{' › '.join(node.item.path)}”的最新信息"

    def items(self, node):
        return self._records(item_id__in=[it.id for it in node.descendants])
