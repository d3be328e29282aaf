"""`zwgk verify-audit`: check the audit log's hash chain and report the first broken link."""
import sys

from django.core.management.base import BaseCommand
from django.utils import timezone

from zwgk.records import audit
from zwgk.records.models import AuditChainHead, AuditEvent


class Command(BaseCommand):
    help = "校验审计日志的哈希链；发现断裂时报告第一处并以退出码 1 结束。"

    def handle(self, *args, **options):
        events = AuditEvent.objects.order_by("id").only("id", "refs", "action", "detail", "ip", "at", "prev_hash", "hash")
        count = events.count()
        broken = audit.first_break(events.iterator(chunk_size=2000))
        if broken is None:
            head = AuditChainHead.objects.filter(pk=1).values_list("hash", flat=True).first() or audit.GENESIS
            last = events.last()
            if (last.hash if last else audit.GENESIS) != head:
                self._fail("最后一条之后的事件被删除：链尾哈希与记录的链头不符", None)
            self.stdout.write(f"审计日志完整：共 {count} 条事件，哈希链无断裂。")
            return
        event, reason = broken
        self._fail(reason, event)

    def _fail(self, reason, event):
        where = ""
        if event is not None:
            when = timezone.localtime(event.at).strftime("%Y-%m-%d %H:%M:%S")
            where = f"事件 #{event.pk}（{when}，{event.action}）："
        self.stderr.write(f"审计日志被篡改：{where}{reason}")
        sys.exit(1)
