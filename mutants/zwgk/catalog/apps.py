from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "zwgk.catalog"
    verbose_name = "政务公开目录"

    def ready(self):
        from django.db.models.signals import post_save, pre_save

        from zwgk.catalog import signals
        from zwgk.catalog.models import Agency

        pre_save.connect(signals.remember_region, sender=Agency, dispatch_uid="catalog-agency-region-before")
        post_save.connect(signals.region_saved, sender=Agency, dispatch_uid="catalog-agency-region-changed")
