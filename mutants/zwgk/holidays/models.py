"""Holiday data as data: staff-edited days that override the bundled national calendar.

A `HolidayNotice` records that a year's official notice (national or regional) has been
imported, which is what makes that year's deadlines final rather than provisional.
"""
from django.conf import settings
from django.db import models


class HolidayNotice(models.Model):
    """An imported 《关于YYYY年部分节假日安排的通知》, national (region blank) or regional."""

    region = models.CharField("地区", max_length=100, blank=True, help_text="空为全国；如 宁夏回族自治区")
    year = models.PositiveIntegerField("年度")
    title = models.CharField("通知标题", max_length=300)
    text = models.TextField("通知原文", blank=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, verbose_name="导入人"
    )
    imported_at = models.DateTimeField("导入时间", auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "节假日安排通知"
        ordering = ["-year", "region"]
        constraints = [models.UniqueConstraint(fields=["region", "year", "title"], name="holidaynotice_unique")]

    def __str__(self):
        return f"{self.year} {self.region or '全国'} {self.title}"


class CalendarDay(models.Model):
    """One day off or make-up workday (调休上班), national (region blank) or for one region."""

    KIND_OFF = "off"
    KIND_WORKDAY = "workday"
    KINDS = [(KIND_OFF, "放假"), (KIND_WORKDAY, "调休上班")]

    date = models.DateField("日期")
    region = models.CharField("地区", max_length=100, blank=True, help_text="空为全国；如 宁夏回族自治区")
    kind = models.CharField("类型", max_length=10, choices=KINDS)
    name = models.CharField("名称", max_length=60, help_text="如 春节、开斋节")
    source = models.CharField("来源通知", max_length=300, blank=True)
    notice = models.ForeignKey(
        HolidayNotice, null=True, blank=True, on_delete=models.CASCADE, related_name="days", verbose_name="所属通知"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "节假日与调休"
        ordering = ["date", "region"]
        constraints = [models.UniqueConstraint(fields=["date", "region"], name="calendarday_unique")]

    def __str__(self):
        return f"{self.date} {self.region or '全国'} {self.name} {self.get_kind_display()}"
