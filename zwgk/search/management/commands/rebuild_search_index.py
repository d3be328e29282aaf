"""zwgk rebuild-search-index [--agency SLUG] [--check]: re-create the full-text index from visible records.

Applies the search app's pending migrations first, so an existing installation upgrades with this
one command. --check changes nothing: it lists records whose entry is missing, stale or extra and
exits 1 if there are any.
"""
import sys
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from tqdm import tqdm

from zwgk.search.index import check, rebuild

KIND_LABELS = {"missing": "缺少索引", "stale": "索引过期", "extra": "不应在索引中"}
MAX_LISTED = 50


def _pending_search_migrations() -> bool:
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return any(migration.app_label == "search" for migration, _ in plan)


class Command(BaseCommand):
    help = "重建全文检索索引（全部或某一机关的已发布信息）；--check 只检查不修改"

    def add_arguments(self, parser):
        parser.add_argument("--agency", help="只重建这个机关（网址标识）的信息")
        parser.add_argument("--check", action="store_true", help="只检查索引与信息是否一致，不修改；不一致时退出码为 1")

    def handle(self, *args, agency=None, check=False, **options):
        from zwgk.catalog.models import Agency

        if check:
            return self._check()
        if _pending_search_migrations():
            self.stdout.write("先升级全文检索的数据表……")
            call_command("migrate", "search", verbosity=0)
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

    def _check(self):
        if _pending_search_migrations():
            raise CommandError("全文检索的数据表尚未升级：请运行 zwgk rebuild-search-index")
        started = time.perf_counter()
        problems = check()
        for problem in problems[:MAX_LISTED]:
            self.stdout.write(f"信息 {problem.record_id}：{KIND_LABELS[problem.kind]}")
        if len(problems) > MAX_LISTED:
            self.stdout.write(f"……另有 {len(problems) - MAX_LISTED} 条")
        seconds = time.perf_counter() - started
        if problems:
            self.stdout.write(f"索引有 {len(problems)} 处不一致（{seconds:.1f} 秒），请运行 zwgk rebuild-search-index")
            sys.exit(1)
        self.stdout.write(f"索引与已发布信息一致（{seconds:.1f} 秒）")
