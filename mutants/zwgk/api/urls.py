from django.urls import path

from zwgk.api import catalog, records, views

app_name = "api"
urlpatterns = [
    path("openapi.json", views.openapi, name="openapi"),
    path("catalog", catalog.catalog_json, name="catalog"),
    path("records", records.record_list, name="records"),
    path("records/<path:index_number>", records.record_detail, name="record"),
]
