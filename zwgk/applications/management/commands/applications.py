"""`zwgk applications clock FILE [--today YYYY-MM-DD]`: due dates of timelines, nothing written."""
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from zwgk.applications import clock
from zwgk.holidays.cli import chinese_parser
from zwgk.holidays.services import calendar_for_region
from zwgk.workdays import WorkdaysError


def timeline_result(data, where: str, today=None) -> dict:
    """One input object → {"due_on", "provisional", "state", "paused_workdays", "explanation"}."""
    if not isinstance(data, dict):
        raise clock.ClockError(f"{where}：应为对象")
    if "received_on" not in data:
        raise clock.ClockError(f"{where}：缺少 received_on")
    received = clock.parse_day(data["received_on"], f"{where}：received_on")
    events = data.get("events") or []
    if not isinstance(events, list):
        raise clock.ClockError(f"{where}：events 应为列表")
    parsed = [clock.event_from_dict(e, f"{where}第{i}个事件") for i, e in enumerate(events, 1)]
    region = data.get("region") or ""
    if not isinstance(region, str):
        raise clock.ClockError(f"{where}：region 应为字符串")
    try:
        result = clock.compute(received, parsed, calendar_for_region(region), today=today)
    except clock.ClockError as exc:
        raise clock.ClockError(f"{where}：{exc}") from None
    return {
        "due_on": result.due_on.isoformat() if result.due_on else None,
        "provisional": result.provisional,
        "state": result.state,
        "paused_workdays": result.paused_workdays,
        "explanation": result.explanation,
    }


class Command(BaseCommand):
    help = "依申请公开：计算答复期限（不写入任何数据）"

    def create_parser(self, prog_name, subcommand, **kwargs):
        return chinese_parser(super().create_parser(prog_name, subcommand, **kwargs))

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", metavar="子命令", required=True)
        p = sub.add_parser("clock", help="按事件计算答复期限，输出 JSON 列表")
        p.add_argument("file", help="JSON 文件（- 表示标准输入）：一个对象或对象列表")
        p.add_argument("--today", help="以该日为“今天”（判断缴费期限是否届满），默认为当天")

    def handle(self, *args, **options):
        name = options["file"]
        if name == "-":
            text = sys.stdin.read()
        else:
            path = Path(name)
            if not path.is_file():
                raise CommandError(f"找不到文件：{name}")
            text = path.read_text(encoding="utf-8-sig")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CommandError(f"JSON 格式错误：第{exc.lineno}行第{exc.colno}列：{exc.msg}") from None
        items = data if isinstance(data, list) else [data]
        today = None
        if options.get("today"):
            today = clock.parse_day(options["today"], "--today")
        else:
            from django.utils import timezone

            today = timezone.localdate()
        try:
            results = [timeline_result(item, f"第{i}个时间线", today) for i, item in enumerate(items, 1)]
        except (clock.ClockError, WorkdaysError) as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(json.dumps(results, ensure_ascii=False, indent=2))
