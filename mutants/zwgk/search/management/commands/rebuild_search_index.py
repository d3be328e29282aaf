"""zwgk rebuild-search-index [--agency SLUG]: re-create the full-text index from visible records."""
import sys
import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from zwgk.search.index import rebuild


class Command(BaseCommand):
    help = "重建全文检索索引（全部或某一机关的已发布信息）"

    def add_arguments(self, parser):
        parser.add_argument("--agency", help="只重建这个机关（网址标识）的信息")

    def handle(self, *args, agency=None, **options):
        from zwgk.catalog.models import Agency

        target = None
        if agency:
            target = Agency.objects.filter(slug=agency).first()
            if target is None:
                raise CommandError(f"没有网址标识为 {agency!r} 的机关")
        bar = tqdm(total=0, unit="条", desc="建立索引", file=sys.stderr, disable=not sys.stderr.isatty())

        def set_total(total):
            bar.total = total
            bar.refresh()

        started = time.perf_counter()
        try:
            done = rebuild(target, progress=bar.update, total_callback=set_total)
        finally:
            bar.close()
        self.stdout.write(f"已索引 {done} 条信息，用时 {time.perf_counter() - started:.1f} 秒")
