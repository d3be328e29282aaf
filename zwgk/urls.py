from django.contrib import admin
from django.urls import include, path

from zwgk.holidays import urls as holiday_urls
from zwgk.records import dashboard

urlpatterns = [
    path("admin/", admin.site.urls),
    path("staff/", dashboard.staff_home, name="staff-home"),
    path("staff/", include("zwgk.accounts.urls")),
    path("staff/catalog/", include("zwgk.catalog.urls")),
    path("staff/calendar/", include((holiday_urls.staff_urlpatterns, "holidays_staff"))),
    path("staff/records/", include("zwgk.records.urls")),
    path("staff/applications/", include("zwgk.applications.urls")),
    path("staff/annualreport/", include("zwgk.annualreport.urls")),
    path("staff/oversight/", include("zwgk.oversight.urls")),
    path("staff/search/", include("zwgk.search.staff_urls")),
    path("calendar/", include((holiday_urls.public_urlpatterns, "holidays"))),
    path("api/v1/", include("zwgk.api.urls")),
    path("search/", include("zwgk.search.urls")),
    path("", include("zwgk.portal.urls")),
]

handler404 = "zwgk.portal.views.not_found"
