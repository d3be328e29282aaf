"""Staff URLs of the annualreport app (mounted under /staff/annualreport/)."""
from django.urls import path

from zwgk.annualreport import views

app_name = "annualreport"
urlpatterns = [
    path("", views.report_list, name="list"),
    path("validate/", views.validate, name="validate"),
    path("<int:pk>/", views.report_edit, name="edit"),
    path("<int:pk>/redraft/", views.report_redraft, name="redraft"),
    path("<int:pk>/finalise/", views.report_finalise, name="finalise"),
    path("<int:pk>/download.<str:fmt>", views.report_download, name="download"),
]
