"""Holiday data as data: staff-edited days that override the bundled national calendar."""
from django.db import models


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
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "节假日与调休"
        ordering = ["date", "region"]
        constraints = [models.UniqueConstraint(fields=["date", "region"], name="calendarday_unique")]

    def __str__(self):
        return f"{self.date} {self.region or '全国'} {self.name} {self.get_kind_display()}"
