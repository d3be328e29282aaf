"""`zwgk publish-scheduled [--loop]`: publish approved records whose 定时发布 time has come."""
import time

from django.core.management.base import BaseCommand

from zwgk.records.services import publish_due


class Command(BaseCommand):
    help = "发布已到定时发布时间的信息；--loop 持续运行（例如作为一个单独的服务）。"

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="持续运行，每隔 --interval 秒检查一次")
        parser.add_argument("--interval", type=int, default=60, help="检查间隔（秒），默认 60")

    def handle(self, *args, loop=False, interval=60, **options):
        if interval < 1:
            raise ValueError("--interval 必须至少为 1 秒")
        while True:
            done = publish_due()
            for record in done:
                self.stdout.write(f"已发布 {record.index_number} {record.title}")
            if not loop:
                self.stdout.write(f"共发布 {len(done)} 条定时信息。")
                return
            try:
                time.sleep(interval)
            except KeyboardInterrupt:
                return
