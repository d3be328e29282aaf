"""Staff URLs of the applications app (mounted under /staff/applications/)."""
from django.urls import path

from zwgk.applications import views

app_name = "applications"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("all/", views.application_list, name="list"),
    path("new/", views.intake, name="intake"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/confirm/", views.confirm, name="confirm"),
    path("<int:pk>/event/", views.add_event, name="event"),
    path("<int:pk>/assign/", views.assign, name="assign"),
    path("<int:pk>/reply/", views.reply, name="reply"),
    path("<int:pk>/deliver/", views.deliver, name="deliver"),
    path("<int:pk>/documents/<int:doc>/", views.document, name="document"),
    path("<int:pk>/attachments/<int:att>/", views.attachment, name="attachment"),
    path("reviews/", views.reviews, name="reviews"),
    path("reviews/new/", views.review_new, name="review_new"),
    path("reviews/<int:pk>/", views.review_edit, name="review_edit"),
    path("templates/", views.templates, name="templates"),
    path("templates/<str:outcome>/", views.template_edit, name="template_edit"),
]
