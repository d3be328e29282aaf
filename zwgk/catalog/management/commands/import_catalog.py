"""zwgk import-catalog PATH [--agency NAME] [--dry-run] [--json] [--allow-delete] [--allow-incomplete]"""
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from zwgk.catalog.importing import AgencyError, import_parsed
from zwgk.catalog.formats.structure import CatalogImportError


class Command(BaseCommand):
    help = "导入政务公开目录文件（PDF提取文本、XLSX、DOCX、CSV、JSON），按机关和年度就地更新，一个事务内完成"

    def add_arguments(self, parser):
        parser.add_argument("path", help="目录文件路径")
        parser.add_argument("--agency", help="机关全称、简称或网址标识；只有一个机关时可省略；不存在时自动建立")
        parser.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入数据库")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出导入报告")
        parser.add_argument("--allow-delete", action="store_true",
                            help="允许删除文件中已没有的事项（先用 --dry-run 核对将删除哪些）")
        parser.add_argument("--allow-incomplete", action="store_true",
                            help="文件没有表头或事项少于表头声明（可能被截断）时也导入")

    def handle(self, *args, **options):
        from zwgk.catalog.formats import parse_file

        path = Path(options["path"])
        if not path.exists():
            raise CommandError(f"{path}：文件不存在")
        if path.is_dir():
            raise CommandError(f"{path}：是目录，不是文件")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"{path}：无法读取文件（{exc.strerror or exc}）")
        if not data.strip():
            raise CommandError(f"{path}：文件为空")
        try:
            result = parse_file(str(path), data)
            report = import_parsed(
                result, agency_name=options["agency"], dry_run=options["dry_run"], source=path.name,
                allow_delete=options["allow_delete"], allow_incomplete=options["allow_incomplete"],
            )
        except CatalogImportError as exc:
            if not exc.source:
                exc.source = str(path)
            raise CommandError(f"导入失败，未写入任何数据：{exc}")
        except AgencyError as exc:
            raise CommandError(f"导入失败，未写入任何数据：{exc}")
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(report.as_text())
