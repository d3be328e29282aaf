from django.apps import AppConfig


class AnnualReportConfig(AppConfig):
    name = "zwgk.annualreport"
