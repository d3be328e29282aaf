"""`zwgk restore DIR [--force]`: restore a backup made by `zwgk backup`, after checking it whole."""
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand

from zwgk.backup.services import BackupError, restore_backup


class Command(BaseCommand):
    help = "从 zwgk backup 的备份恢复：先校验每个文件、数据库类型和版本，只恢复到空安装（--force 覆盖）。"

    def add_arguments(self, parser):
        parser.add_argument("directory", help="备份目录")
        parser.add_argument("--force", action="store_true", help="当前安装已有数据时也覆盖")

    def handle(self, *args, directory, force=False, **options):
        try:
            counts = restore_backup(directory, force=force)
        except BackupError as exc:
            self.stderr.write(f"恢复失败，未写入任何数据：{exc}")
            sys.exit(2)
        # An older backup is brought up to this version's schema.
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(f"已从 {directory} 恢复：{counts.get('records.Record', 0)} 条信息，"
                          f"{counts.get('records.Attachment', 0)} 个附件，{counts.get('records.AuditEvent', 0)} 条审计事件。")
