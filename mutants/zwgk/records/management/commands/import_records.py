"""`zwgk import-records FILE [--agency NAME] [--dry-run]`: migrate an old website's records."""
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from zwgk.records.importing import RecordImportError, import_records


def find_agency(name):
    """The agency by name, short name or slug; the only agency when no name is given."""
    from zwgk.catalog.models import Agency

    if not name:
        agencies = list(Agency.objects.all()[:2])
        if len(agencies) == 1:
            return agencies[0]
        raise CommandError("请用 --agency 指定机关（名称、简称或网址标识）" if agencies else "还没有任何机关，请先导入目录")
    for field in ("name", "short_name", "slug"):
        found = list(Agency.objects.filter(**{field: name})[:2])
        if len(found) == 1:
            return found[0]
    raise CommandError(f"找不到机关“{name}”")


class Command(BaseCommand):
    help = "批量导入政府信息（JSON、CSV 或 XLSX）：先校验每一行，全部通过才导入，任何一行有错都不写入。"

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON、CSV（UTF-8 或 GB18030）或 XLSX 文件")
        parser.add_argument("--agency", help="机关名称、简称或网址标识；只有一个机关时可省略")
        parser.add_argument("--dry-run", action="store_true", help="只校验，不写入")

    def handle(self, *args, file, agency=None, dry_run=False, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"文件不存在：{file}")
        target = find_agency(agency)
        started = time.perf_counter()
        bar = tqdm(total=0, unit="条", desc="导入", file=sys.stderr, disable=None, leave=False)

        def progress(n, total):
            if bar.total != total:
                bar.reset(total=total)
            bar.update(n)

        try:
            result = import_records(path, target, dry_run=dry_run, progress=progress)
        except RecordImportError as exc:
            for problem in exc.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{path.name}：发现 {len(exc.problems)} 处错误，未导入任何记录") from None
        finally:
            bar.close()
        seconds = time.perf_counter() - started
        years = "，".join(f"{year} 年 {n} 条" for year, n in sorted(result.by_year.items()))
        detail = f"已发布 {result.published} 条" + (f"（{years}）" if years else "") + f"，草稿 {result.drafts} 条"
        if result.dry_run:
            self.stdout.write(f"校验通过：{result.rows} 条可以导入（{detail}）。未写入（--dry-run）。")
        else:
            self.stdout.write(f"已导入 {result.rows} 条（{detail}），用时 {seconds:.1f} 秒。")
