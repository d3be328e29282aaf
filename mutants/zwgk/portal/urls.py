"""Public URLs. Included last in zwgk/urls.py: /<agency-slug>/… catches what nothing else claimed,
and the agency converter refuses reserved prefixes (staff, admin, api, static, media, search, calendar)."""
from django.urls import path, register_converter

from zwgk.portal import feeds, sitemap, views
from zwgk.portal.converters import AgencySlugConverter, IndexNumberConverter

register_converter(AgencySlugConverter, "agency")
register_converter(IndexNumberConverter, "index")

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("robots.txt", views.robots, name="robots"),
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("sitemap-pages.xml", sitemap.sitemap_pages, name="sitemap-pages"),
    path("sitemap-records-<int:chunk>.xml", sitemap.sitemap_records, name="sitemap-records"),
    path("elder/", views.elder, name="elder"),
    path("<agency:agency>/", views.agency_home, name="agency"),
    path("<agency:agency>/feed/", feeds.AgencyFeed(), name="agency-feed"),
    path("<agency:agency>/guide/", views.guide, name="guide"),
    path("<agency:agency>/apply/", views.apply, name="apply"),
    path("<agency:agency>/reports/", views.reports, name="reports"),
    path("<agency:agency>/xxgk/", views.catalog, name="catalog"),
    path("<agency:agency>/xxgk/<str:item>/", views.item, name="item"),
    path("<agency:agency>/xxgk/<str:item>/feed/", feeds.ItemFeed(), name="item-feed"),
    path("<agency:agency>/record/<index:index_number>/", views.record, name="record"),
    path("<agency:agency>/r/<int:pk>/", views.record_by_id, name="record-by-id"),
    path("<agency:agency>/file/<int:pk>/", views.attachment, name="attachment"),
]
