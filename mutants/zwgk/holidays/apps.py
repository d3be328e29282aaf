from django.apps import AppConfig


class HolidaysConfig(AppConfig):
    name = "zwgk.holidays"
    verbose_name = "节假日与工作日"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from zwgk.holidays import services
        from zwgk.holidays.models import CalendarDay, HolidayNotice

        for model in (CalendarDay, HolidayNotice):
            post_save.connect(services.invalidate, sender=model, dispatch_uid=f"holidays-invalidate-save-{model.__name__}")
            post_delete.connect(services.invalidate, sender=model, dispatch_uid=f"holidays-invalidate-delete-{model.__name__}")
