from django.urls import path

from zwgk.api import applications, views
from zwgk.catalog import api as catalog_api
from zwgk.records import api as records_api

app_name = "api"
urlpatterns = [
    path("openapi.json", views.openapi, name="openapi"),
    path("applications", applications.submit, name="applications"),
    path("applications/status", applications.status, name="application-status"),
    path("catalog", catalog_api.catalog_json, name="catalog"),
    path("records", records_api.record_list, name="records"),
    path("records/<path:index_number>", records_api.record_detail, name="record"),
]
