"""zwgk export-catalog [--agency NAME] [--year Y] --format json|xlsx|docx|csv [-o FILE]"""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from zwgk.catalog.exporting import EXPORT_FORMATS, export_catalog
from zwgk.catalog.importing import AgencyError, resolve_agency
from zwgk.catalog.models import Catalog


class Command(BaseCommand):
    help = "导出政务公开目录（JSON 交换格式、CSV，或可直接发布的 XLSX/DOCX 标准表格）"

    def add_arguments(self, parser):
        parser.add_argument("--agency", help="机关全称、简称或网址标识；只有一个机关时可省略")
        parser.add_argument("--year", type=int, help="年度；省略时导出现行目录")
        parser.add_argument("--format", default="json", choices=list(EXPORT_FORMATS), help="导出格式（默认 json）")
        parser.add_argument("-o", "--output", help="输出文件；json/csv 省略时写到标准输出")

    def handle(self, *args, **options):
        fmt = options["format"]
        try:
            agency, _ = resolve_agency(options["agency"], create=False)
        except AgencyError as exc:
            raise CommandError(str(exc))
        catalog = Catalog.objects.current_for(agency, options["year"])
        if catalog is None:
            year = f"{options['year']}年度的" if options["year"] else ""
            raise CommandError(f"{agency.name}没有{year}公开目录")
        if not options["output"] and fmt in ("xlsx", "docx"):
            raise CommandError(f"{fmt} 是二进制格式，请用 -o 指定输出文件")
        data = export_catalog(catalog, fmt)
        if options["output"]:
            out = Path(options["output"])
            try:
                out.write_bytes(data)
            except OSError as exc:
                raise CommandError(f"{out}：无法写入（{exc.strerror or exc}）")
            self.stderr.write(f"已导出 {catalog.title}（{catalog.year}年度，{len(data)} 字节）到 {out}")
        else:
            text = data.decode("utf-8-sig" if fmt == "csv" else "utf-8")
            self.stdout.write(text, ending="" if text.endswith("\n") else "\n")
