"""依申请公开 (applications under the statutory clock)."""
from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    name = "zwgk.applications"

    def ready(self):
        from zwgk.applications import receivers
        from zwgk.catalog.signals import deadline_inputs_changed
        from zwgk.holidays.signals import calendar_changed

        calendar_changed.connect(receivers.on_calendar_changed, dispatch_uid="applications-calendar-changed")
        deadline_inputs_changed.connect(receivers.on_deadline_inputs_changed, dispatch_uid="applications-region-changed")
