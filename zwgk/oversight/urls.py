"""Staff URLs of the oversight app (mounted under /staff/oversight/)."""
from django.urls import path, re_path

from zwgk.oversight import views

app_name = "oversight"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("agencies/", views.agencies, name="agencies"),
    re_path(r"^tables/(?P<name>[a-z-]+)\.(?P<fmt>csv|xlsx)$", views.table_download, name="table"),
    re_path(r"^charts/(?P<name>[a-z]+)\.svg$", views.chart, name="chart"),
    path("selfcheck/", views.selfcheck_report, name="selfcheck"),
    re_path(r"^selfcheck\.(?P<fmt>docx|pdf)$", views.selfcheck_report, name="selfcheck_file"),
]
