"""zwgk send-reminders: e-mail each reminder the producers yield, once per state (cron-safe)."""
import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from zwgk.oversight.models import SentReminder

# Producers: `producer(today, **options)` yielding reminders with key, recipients, subject, body.
# Other apps add theirs here (dotted paths), e.g. the handlers' application deadlines.
PRODUCERS = [
    "zwgk.oversight.reminders.unit_deadlines",
    "zwgk.oversight.reminders.agency_obligations",
]


class Command(BaseCommand):
    help = "发送政务公开提醒邮件（各单位即将到期与逾期的信息、未履行的公开义务、年度报告期限）；同一状态只发一次，可由 cron 每日运行。"

    def add_arguments(self, parser):
        parser.add_argument("--today", help="按此日期计算（YYYY-MM-DD），默认今天")
        parser.add_argument("--soon-days", type=int, default=getattr(settings, "ZWGK_REMINDER_SOON_DAYS", 5),
                            help="多少个工作日内到期算即将到期（默认 5）")
        parser.add_argument("--annual-report-days", type=int, default=15, help="年度报告截止日前多少天开始提醒（默认 15）")
        parser.add_argument("--dry-run", action="store_true", help="只列出将发送的提醒，不发送也不记录")

    def handle(self, *args, **options):
        try:
            today = datetime.date.fromisoformat(options["today"]) if options["today"] else timezone.localdate()
        except ValueError:
            raise CommandError(f"--today 应为 YYYY-MM-DD 格式的日期，而不是“{options['today']}”")
        if options["soon_days"] < 0:
            raise CommandError("--soon-days 不能为负数")
        sent = skipped = unaddressed = 0
        for path in PRODUCERS:
            producer = import_string(path)
            for reminder in producer(today, soon_days=options["soon_days"], annual_report_days=options["annual_report_days"]):
                if not reminder.recipients:
                    unaddressed += 1
                    self.stderr.write(f"没有收件人（请为相关人员填写电子邮箱）：{reminder.subject}")
                    continue
                if options["dry_run"]:
                    self.stdout.write(f"将发送：{reminder.subject} → {', '.join(reminder.recipients)}")
                    continue
                if self._send_once(reminder):
                    sent += 1
                else:
                    skipped += 1
        self.stdout.write(f"已发送 {sent} 封，已发送过而跳过 {skipped} 封，无收件人 {unaddressed} 封。")

    def _send_once(self, reminder) -> bool:
        """Claim the key first, so two overlapping runs never send the same mail; release it on failure."""
        try:
            with transaction.atomic():
                claim = SentReminder.objects.create(key=reminder.key[:200], subject=reminder.subject[:300],
                                                    recipients=", ".join(reminder.recipients))
        except IntegrityError:
            return False
        try:
            send_mail(reminder.subject, reminder.body, None, reminder.recipients)
        except Exception:
            claim.delete()
            raise
        return True
