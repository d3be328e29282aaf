from django.urls import path

from zwgk.catalog import views

app_name = "catalog"
urlpatterns = []
