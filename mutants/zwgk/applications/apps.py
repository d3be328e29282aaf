from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    name = "zwgk.applications"
