"""`zwgk annual-report YEAR --agency NAME --format json|html|docx|pdf -o FILE`."""
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from zwgk.annualreport import render, services
from zwgk.annualreport.models import AnnualReport
from zwgk.catalog.models import Agency

FORMATS = ("json", "html", "docx", "pdf")


class Command(BaseCommand):
    help = ("生成机关某年度的政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）。"
            "已定稿的报告输出定稿内容；未定稿时按当前数据统计，并使用后台已编辑的文字（如有）。")

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="报告年度，如 2025")
        parser.add_argument("--agency", required=True, help="机关名称、简称或网址标识")
        parser.add_argument("--format", choices=FORMATS, default="json", help="输出格式（默认 json）")
        parser.add_argument("-o", "--output", default="-", help="输出文件（默认标准输出；docx/pdf 必须指定文件）")

    def handle(self, *args, year, agency, format, output, **options):
        found = find_agency(agency)
        try:
            services.check_year(year)
        except services.ReportError as exc:
            raise CommandError(str(exc))
        report = AnnualReport.objects.filter(agency=found, year=year).first()
        data = services.report_json(found, year, report)
        if format == "json":
            payload = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
        elif format == "html":
            payload = render.html_document(data).encode()
        elif format == "docx":
            payload = render.docx_bytes(data)
        else:
            payload = render.pdf_bytes(data)
        if output == "-":
            if format in ("docx", "pdf"):
                raise CommandError(f"{format} 是二进制格式，请用 -o 指定输出文件。")
            sys.stdout.buffer.write(payload)
            sys.stdout.flush()
            return
        with open(output, "wb") as fh:
            fh.write(payload)
        self.stderr.write(f"已写入 {output}（{len(payload)} 字节）")


def find_agency(name: str) -> Agency:
    for field in ("name", "short_name", "slug"):
        match = Agency.objects.filter(**{field: name}).first()
        if match:
            return match
    known = "、".join(Agency.objects.order_by("name").values_list("name", flat=True)[:10]) or "（尚无机关）"
    raise CommandError(f"找不到机关“{name}”。已有机关：{known}")
