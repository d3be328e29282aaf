"""`zwgk send-reminders [--dry-run] [--today YYYY-MM-DD]`: e-mail reminders, each only once (safe from cron)."""
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from zwgk.applications import reminders
from zwgk.holidays.cli import chinese_parser
from zwgk.workdays import WorkdaysError, parse_date


class Command(BaseCommand):
    help = "发送提醒邮件（依申请公开到期、超期、待确认等）；同一事项同一状态只发一次"

    def create_parser(self, prog_name, subcommand, **kwargs):
        return chinese_parser(super().create_parser(prog_name, subcommand, **kwargs))

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只列出将要发送的提醒，不发送、不记录")
        parser.add_argument("--today", help="以该日为“今天”（默认当天）")

    def handle(self, *args, **options):
        try:
            today = parse_date(options["today"]) if options.get("today") else timezone.localdate()
        except WorkdaysError as exc:
            raise CommandError(str(exc)) from None
        stats = reminders.send_all(today, dry_run=options["dry_run"], stdout=self.stdout)
        verb = "将发送" if options["dry_run"] else "已发送"
        for producer, (sent, skipped) in sorted(stats.items()):
            self.stdout.write(f"{producer}：{verb} {sent} 封，跳过 {skipped} 封（此前已发送或无邮箱）")
        if not stats:
            self.stdout.write("没有需要发送的提醒。")
