"""`zwgk holidays parse-notice FILE | import-notice FILE [--region NAME] | list YEAR [--region NAME]`."""
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from zwgk.holidays import services
from zwgk.holidays.cli import chinese_parser
from zwgk.workdays import WEEKDAYS, UnknownRegionError, WorkdaysError
from zwgk.workdays.notice import NoticeError, parse_notice


def read_text(name: str) -> str:
    """Read FILE ('-' = stdin) as UTF-8, falling back to GB18030 (notices copied on Windows)."""
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(name)
        if not path.is_file():
            raise CommandError(f"找不到文件：{name}")
        data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CommandError(f"无法识别文件编码（应为 UTF-8 或 GB18030）：{name}")


class Command(BaseCommand):
    help = "节假日安排：解析、导入通知，列出某年的节假日与调休上班日"

    def create_parser(self, prog_name, subcommand, **kwargs):
        return chinese_parser(super().create_parser(prog_name, subcommand, **kwargs))

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", metavar="子命令", required=True)
        p = sub.add_parser("parse-notice", help="解析通知文本，输出 JSON")
        p.add_argument("file", help="通知文本文件（- 表示标准输入）")
        p.add_argument("--year", type=int, help="通知年份（标题中没有年份时必填）")
        p = sub.add_parser("import-notice", help="解析并保存通知中的放假、上班日期")
        p.add_argument("file", help="通知文本文件（- 表示标准输入）")
        p.add_argument("--region", default="", help="地区，如 宁夏回族自治区；不填为全国")
        p.add_argument("--year", type=int, help="通知年份（标题中没有年份时必填）")
        p.add_argument("--title", help="来源通知标题（默认取正文标题）")
        p = sub.add_parser("list", help="列出某年的节假日与调休上班日")
        p.add_argument("year", help="年份，如 2026")
        p.add_argument("--region", default="", help="地区，如 宁夏回族自治区/银川市")

    def handle(self, *args, **options):
        action = options["action"]
        try:
            if action == "parse-notice":
                return self.parse(options)
            if action == "import-notice":
                return self.import_(options)
            return self.list(options)
        except UnknownRegionError as exc:
            raise CommandError(str(exc), returncode=2) from None
        except (NoticeError, WorkdaysError, services.HolidayImportError) as exc:
            raise CommandError(str(exc)) from None

    def parse(self, options):
        notice = parse_notice(read_text(options["file"]), year=options.get("year"))
        self.stdout.write(json.dumps(notice.as_dict(), ensure_ascii=False, indent=2))

    def import_(self, options):
        text = read_text(options["file"])
        notice = parse_notice(text, year=options.get("year"))
        result = services.import_notice(notice, region=options["region"], text=text, title=options.get("title"))
        where = result.notice.region or "全国"
        self.stdout.write(
            f"已导入 {notice.year} 年（{where}）：放假 {result.days_off} 天，调休上班 {result.workdays} 天；"
            f"来源：{result.notice.title}"
        )
        if result.overwritten:
            self.stdout.write(f"覆盖了 {result.overwritten} 条其他来源的同日记录")
        self.stdout.write(f"已重新计算 {result.recomputed} 条记录的公开期限")

    def list(self, options):
        try:
            year = int(options["year"])
        except ValueError:
            raise CommandError(f"年份不正确：“{options['year']}”") from None
        cal = services.calendar_for_region(options["region"])
        if not cal.first_year <= year <= cal.last_year:
            raise CommandError(f"年份超出支持范围（{cal.first_year}–{cal.last_year}）：{year}")
        import datetime as dt

        notes = cal.missing_data(dt.date(year, 1, 1), dt.date(year, 12, 31))
        for note in notes:
            self.stderr.write(f"注意：{note}")
        for sp in cal.special_days(year):
            kind = "上班" if sp.workday else "放假"
            self.stdout.write(f"{sp.date.isoformat()}\t{WEEKDAYS[sp.date.weekday()]}\t{kind}\t{sp.name}\t{sp.layer}")
