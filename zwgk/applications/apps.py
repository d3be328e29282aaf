"""依申请公开 (applications under the statutory clock)."""
from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    name = "zwgk.applications"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from zwgk.applications.signals import calendar_changed
        from zwgk.holidays.models import CalendarDay, HolidayNotice

        for model in (CalendarDay, HolidayNotice):
            post_save.connect(calendar_changed, sender=model, dispatch_uid=f"applications-{model.__name__}-save")
            post_delete.connect(calendar_changed, sender=model, dispatch_uid=f"applications-{model.__name__}-delete")
