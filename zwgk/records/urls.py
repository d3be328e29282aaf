from django.urls import path

from zwgk.records import views

app_name = "records"
urlpatterns = []
