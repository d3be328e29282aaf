"""An agency's annual report for one year: drafted from the data, edited, then finalised (published)."""
from django.conf import settings
from django.db import models


class AnnualReport(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", "草稿"
        FINAL = "final", "已定稿发布"

    agency = models.ForeignKey("catalog.Agency", on_delete=models.PROTECT, related_name="annual_reports")
    year = models.PositiveIntegerField("报告年度")
    state = models.CharField("状态", max_length=10, choices=State.choices, default=State.DRAFT)
    # Table 二: figures counted from records unless a person enters another one (shown as 人工填报).
    licensing_override = models.PositiveIntegerField("行政许可处理决定数量（人工填报）", null=True, blank=True)
    penalty_override = models.PositiveIntegerField("行政处罚处理决定数量（人工填报）", null=True, blank=True)
    enforcement_override = models.PositiveIntegerField("行政强制处理决定数量（人工填报）", null=True, blank=True)
    fees_10k_yuan = models.DecimalField("行政事业性收费（万元）", max_digits=14, decimal_places=4, default=0)
    # Sections 一, 五 and 六: drafted from the figures, editable until finalised.
    overall = models.TextField("一、总体情况", blank=True)
    problems = models.TextField("五、存在的主要问题及改进情况", blank=True)
    other_matters = models.TextField("六、其他需要报告的事项", blank=True)
    # What was published, frozen at finalisation (the figures never move afterwards).
    snapshot = models.JSONField("定稿数据", null=True, blank=True)
    record = models.OneToOneField(
        "records.Record", null=True, blank=True, on_delete=models.PROTECT, related_name="annual_report",
        verbose_name="发布的信息",
    )
    finalised_at = models.DateTimeField("定稿时间", null=True, blank=True)
    finalised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    version = models.PositiveIntegerField(default=1)  # optimistic locking of the edit form
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "政府信息公开工作年度报告"
        ordering = ["-year", "agency"]
        constraints = [models.UniqueConstraint(fields=["agency", "year"], name="annualreport_one_per_year")]

    def __str__(self):
        return f"{self.agency.name}{self.year}年政府信息公开工作年度报告"

    @property
    def title(self) -> str:
        return str(self)

    @property
    def is_final(self) -> bool:
        return self.state == self.State.FINAL
