"""Calendar pages: one for staff (edit data) and one public (linked from the 公开指南)."""
from django.urls import path

from zwgk.holidays import views

staff_urlpatterns = [
    path("", views.staff_calendar, name="index"),
    path("day/add/", views.day_edit, name="day_add"),
    path("day/<int:pk>/", views.day_edit, name="day_edit"),
    path("day/<int:pk>/delete/", views.day_delete, name="day_delete"),
    path("notice/", views.notice_import, name="notice"),
]
public_urlpatterns = [
    path("", views.public_calendar, name="index"),
]
