"""Public pages. Thin views: no business rules here."""
from django.shortcuts import render

from zwgk.catalog.models import Agency


def home(request):
    return render(request, "portal/home.html", {"agencies": Agency.objects.all()})


def not_found(request, exception=None):
    return render(request, "404.html", status=404)
