"""What the oversight app stores: the reminders already sent (so each state is mailed once)."""
from django.db import models


class SentReminder(models.Model):
    """One reminder mail sent; `key` names the state it reported, so the same state is never re-sent."""

    key = models.CharField("提醒标识", max_length=200, unique=True)
    recipients = models.TextField("收件人", blank=True)
    subject = models.CharField("主题", max_length=300)
    sent_at = models.DateTimeField("发送时间", auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "已发送的提醒"
        ordering = ["-sent_at"]

    def __str__(self):
        return self.subject
