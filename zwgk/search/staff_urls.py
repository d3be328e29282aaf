from django.urls import path

from zwgk.search import staff

app_name = "search_staff"
urlpatterns = [
    path("synonyms/", staff.synonym_list, name="synonyms"),
    path("synonyms/<int:pk>/delete/", staff.synonym_delete, name="synonym_delete"),
]
