from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "zwgk.records"

    def ready(self):
        from zwgk.catalog.signals import deadline_inputs_changed
        from zwgk.holidays.signals import calendar_changed
        from zwgk.records import receivers

        deadline_inputs_changed.connect(receivers.on_deadline_inputs_changed, dispatch_uid="records-deadline-inputs")
        calendar_changed.connect(receivers.on_calendar_changed, dispatch_uid="records-calendar-changed")
