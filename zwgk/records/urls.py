from django.urls import path

from zwgk.records import views

app_name = "records"
urlpatterns = [
    path("", views.record_list, name="list"),
    path("new/", views.choose_item, name="choose_item"),
    path("new/<int:item_id>/", views.record_create, name="create"),
    path("body/clean/", views.clean_body, name="clean_body"),
    path("body/docx/<str:token>/", views.body_preview, name="body_preview"),
    path("<int:pk>/", views.record_detail, name="detail"),
    path("<int:pk>/edit/", views.record_edit, name="edit"),
    path("<int:pk>/change/", views.record_change, name="change"),
    path("<int:pk>/diff/", views.record_diff, name="diff"),
    path("<int:pk>/submit/", views.record_submit, name="submit"),
    path("<int:pk>/mask/", views.record_mask, name="mask"),
    path("<int:pk>/review/", views.record_review, name="review"),
    path("<int:pk>/publish/", views.record_publish, name="publish"),
    path("<int:pk>/withdraw/", views.record_withdraw, name="withdraw"),
    path("<int:pk>/delete/", views.record_delete, name="delete"),
    path("<int:pk>/attachments/", views.attachment_add, name="attachment_add"),
    path("<int:pk>/attachments/<int:attachment_id>/", views.attachment_download, name="attachment"),
    path("<int:pk>/attachments/<int:attachment_id>/delete/", views.attachment_delete, name="attachment_delete"),
]
