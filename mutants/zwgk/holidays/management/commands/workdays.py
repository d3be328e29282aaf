"""`zwgk workdays add DATE N [--region NAME]`, `zwgk workdays add -` (DATE N lines on stdin),
`zwgk workdays explain DATE N [--region NAME]`.

--region takes a full name, a short name (宁夏) or a city/county (银川市); an unknown region is
an error (exit code 2) naming the known ones. explain prints the resolved name.

stdout carries only the ISO dates (for scripts); provisional warnings go to stderr.
"""
import sys

from django.core.management.base import BaseCommand, CommandError

from zwgk.holidays import services
from zwgk.holidays.cli import chinese_parser
from zwgk.workdays import UnknownRegionError, WorkdaysError, parse_count, parse_date


class Command(BaseCommand):
    help = "工作日计算：第 N 个工作日、计算过程"

    def create_parser(self, prog_name, subcommand, **kwargs):
        return chinese_parser(super().create_parser(prog_name, subcommand, **kwargs))

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", metavar="子命令", required=True)
        for name, help_text in (("add", "起算日之后第 N 个工作日"), ("explain", "显示计算过程")):
            p = sub.add_parser(name, help=help_text)
            p.add_argument("date", help="起算日 YYYY-MM-DD；add 可用 - 从标准输入逐行读取“DATE N”")
            p.add_argument("n", nargs="?", help="工作日数（非负整数）")
            p.add_argument("--region", default="", help="地区，如 宁夏回族自治区/银川市、宁夏、银川市；不填为全国")
            p.add_argument("--count-start-day", action="store_true", help="起算日当日计入（默认不计入）")

    def handle(self, *args, **options):
        try:
            cal = services.calendar_for_region(options["region"])
        except UnknownRegionError as exc:
            raise CommandError(str(exc), returncode=2) from None
        try:
            count_start = options["count_start_day"]
            if options["date"] == "-":
                if options["action"] != "add":
                    raise CommandError("只有 add 支持从标准输入读取（-）")
                if options["n"] is not None:
                    raise CommandError("使用 - 时不要再给出 N：每行写“DATE N”")
                return self.add_many(cal, count_start)
            if options["n"] is None:
                raise CommandError("缺少参数：N（工作日数）")
            day, n = parse_date(options["date"]), parse_count(options["n"])
            if options["action"] == "add":
                due = cal.add_workdays(day, n, count_start)
                self.stdout.write(due.isoformat())
                for note in cal.missing_data(day, due):
                    self.stderr.write(f"（暂定）{note}")
            else:
                self.stdout.write(cal.explain(day, n, count_start).as_text())
        except WorkdaysError as exc:
            raise CommandError(str(exc)) from None

    def add_many(self, cal, count_start):
        jobs = []
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split()
            if len(parts) != 2:
                raise CommandError(f"第{number}行：应为“DATE N”两项，如 2025-09-26 5：{line.strip()}")
            try:
                jobs.append((number, parse_date(parts[0]), parse_count(parts[1])))
            except WorkdaysError as exc:
                raise CommandError(f"第{number}行：{exc}") from None
        results = []
        for number, day, n in jobs:  # compute all first so a bad line writes nothing half-done
            try:
                due = cal.add_workdays(day, n, count_start)
            except WorkdaysError as exc:
                raise CommandError(f"第{number}行：{exc}") from None
            results.append((number, day, due))
        for number, day, due in results:
            self.stdout.write(due.isoformat())
            if cal.is_provisional(day, due):
                self.stderr.write(f"第{number}行：{due.isoformat()}（暂定）" + "；".join(cal.missing_data(day, due)))
