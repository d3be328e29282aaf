from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "zwgk.portal"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from zwgk.catalog.signals import deadline_inputs_changed
        from zwgk.holidays.signals import calendar_changed
        from zwgk.portal import pagecache
        from zwgk.records.signals import records_changed

        # Anything a public page shows changed: cached pages are stale (zwgk.portal.pagecache).
        for signal in (deadline_inputs_changed, calendar_changed):
            signal.connect(pagecache.content_changed, dispatch_uid=f"portal-pagecache-{id(signal)}")
        records_changed.connect(pagecache.records_changed, dispatch_uid="portal-pagecache-records")
        post_save.connect(pagecache.model_changed, dispatch_uid="portal-pagecache-save")
        post_delete.connect(pagecache.model_changed, dispatch_uid="portal-pagecache-delete")
