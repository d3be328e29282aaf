from django.urls import path

from zwgk.catalog import views

app_name = "catalog"
urlpatterns = [
    path("", views.catalog_list, name="list"),
    path("import/", views.catalog_import, name="import"),
    path("new/", views.catalog_create, name="create"),
    path("<int:pk>/add-item/", views.catalog_add_item, name="add_item"),
    path("<int:pk>/", views.catalog_detail, name="detail"),
    path("<int:pk>/history/", views.catalog_history, name="history"),
    path("<int:pk>/export/<str:fmt>/", views.catalog_export, name="export"),
    path("<int:pk>/new-version/", views.catalog_new_version, name="new_version"),
    path("item/<int:pk>/", views.item_detail, name="item"),
    path("item/<int:pk>/history/", views.item_history, name="item_history"),
]
