"""`zwgk recompute-deadlines [--agency NAME]`: store every record's due date again (idempotent).

Run it after an upgrade that bundles a new year's holidays (or anything else the calendar data
depends on); a second run changes nothing.
"""
import time

from django.core.management.base import BaseCommand
from django.db import transaction

from zwgk.records import deadlines
from zwgk.records.management.commands.import_records import find_agency
from zwgk.records.models import Record


class Command(BaseCommand):
    help = "按现行目录和工作日历重新计算并保存全部政府信息的应公开日期（可重复执行，结果不变）。"

    def add_arguments(self, parser):
        parser.add_argument("--agency", help="只计算该机关（名称、简称或网址标识）")

    def handle(self, *args, agency=None, **options):
        queryset = Record.objects.all()
        if agency:
            queryset = queryset.filter(agency=find_agency(agency))
        started = time.perf_counter()
        with transaction.atomic():
            total = queryset.count()
            changed = deadlines.recompute(queryset)
        seconds = time.perf_counter() - started
        self.stdout.write(f"已检查 {total} 条信息，更新 {changed} 条的应公开日期，用时 {seconds:.1f} 秒。")
