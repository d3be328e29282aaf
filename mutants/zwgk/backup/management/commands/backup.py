"""`zwgk backup DIR`: the database and the attachments, with a checksummed manifest."""
import sys

from django.core.management.base import BaseCommand
from tqdm import tqdm

from zwgk.backup.services import BackupError, create_backup


class Command(BaseCommand):
    help = "备份数据库和附件到一个新的（或空的）目录，并写入带校验和的清单 manifest.json。"

    def add_arguments(self, parser):
        parser.add_argument("directory", help="备份目录（不存在或为空）")

    def handle(self, *args, directory, **options):
        bar = tqdm(desc="复制附件", unit="个", file=sys.stderr, disable=None)
        try:
            manifest = create_backup(directory, progress=bar.update)
        except BackupError as exc:
            self.stderr.write(f"备份失败：{exc}")
            sys.exit(2)
        finally:
            bar.close()
        records = manifest["counts"].get("records.Record", 0)
        self.stdout.write(f"已备份到 {directory}：{manifest['database']} 数据库，{records} 条信息，"
                          f"{len(manifest['files']) - 1} 个附件文件。")
