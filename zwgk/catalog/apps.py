from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "zwgk.catalog"
    verbose_name = "政务公开目录"
