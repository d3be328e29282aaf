"""Stable public URLs of agencies, items and records (one place, shared by pages, feeds and sitemap)."""
from django.urls import reverse


def agency_url(agency) -> str:
    return reverse("portal:agency", args=[agency.slug])


def item_url(agency, item) -> str:
    return reverse("portal:item", args=[agency.slug, item.slug])


def record_url(record, agency_slug: str | None = None) -> str:
    """/<agency>/record/<索引号>/; records still without an index number fall back to their id."""
    slug = agency_slug or record.agency.slug
    if record.index_number:
        return reverse("portal:record", args=[slug, record.index_number])
    return reverse("portal:record-by-id", args=[slug, record.pk])
