"""`zwgk import-applications FILE --agency NAME [--dry-run]`: bring an existing register in, all or nothing."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from zwgk.applications import importing
from zwgk.catalog.models import Agency
from zwgk.holidays.cli import chinese_parser
from zwgk.holidays.services import calendar_for


class Command(BaseCommand):
    help = "导入依申请公开台账（XLSX、CSV 中文表头，或 JSON 代码），逐行校验，全部正确才写入"

    def create_parser(self, prog_name, subcommand, **kwargs):
        return chinese_parser(super().create_parser(prog_name, subcommand, **kwargs))

    def add_arguments(self, parser):
        parser.add_argument("file", help="台账文件：.xlsx、.csv 或 .json")
        parser.add_argument("--agency", required=True, help="机关全称、简称或网址标识")
        parser.add_argument("--dry-run", action="store_true", help="只校验，不写入")

    def handle(self, *args, **options):
        name = options["agency"].strip()
        agency = Agency.objects.filter(Q(name=name) | Q(slug=name) | Q(short_name=name)).first()
        if agency is None:
            raise CommandError(f"没有找到机关：{name}")
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"找不到文件：{path}")
        try:
            rows, _ = importing.read_rows(path)
        except importing.RegisterError as exc:
            raise CommandError("\n".join(exc.errors)) from None
        plans, errors = importing.validate(rows, agency, calendar_for(agency))
        if errors:
            shown = errors[:50]
            more = f"\n……另有 {len(errors) - 50} 处错误" if len(errors) > 50 else ""
            raise CommandError(f"发现 {len(errors)} 处错误，未导入任何申请：\n" + "\n".join(shown) + more)
        if options["dry_run"]:
            self.stdout.write(f"校验通过：{len(plans)} 件申请可以导入（--dry-run，未写入）。")
            return
        count = importing.write(plans, agency)
        closed = sum(1 for p in plans if p["closed_on"])
        self.stdout.write(f"已导入 {count} 件申请（已办结 {closed} 件，办理中 {count - closed} 件）到 {agency.name}。")
