"""`zwgk validate-report FILE [--json]`: cross-check any published annual report's tables."""
import json
import sys

from django.core.management.base import BaseCommand

from zwgk.annualreport.validator import validate_file


class Command(BaseCommand):
    help = ("核对政府信息公开工作年度报告（HTML 或 DOCX，2021 或 2019 试行格式）表三、表四的勾稽关系。"
            "读出表格时退出码为 0（无论有无问题），读不出时为 2。")

    def add_arguments(self, parser):
        parser.add_argument("file", help="报告文件（HTML 或 DOCX）；- 表示标准输入")
        parser.add_argument("--json", action="store_true", dest="as_json", help="以 JSON 输出")

    def handle(self, *args, file, as_json: bool = False, **options):
        data = sys.stdin.buffer.read() if file == "-" else _read(file)
        result = validate_file(data)
        if as_json:
            self.stdout.write(_dumps({"file": file, **result.to_json()}))
        else:
            self.stdout.write(render_text(file, result))
        if not result.readable:
            sys.exit(2)


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        sys.stderr.write(f"无法打开文件 {path}：{exc.strerror}\n")
        sys.exit(2)


def render_text(file: str, result) -> str:
    lines = []
    if result.readable:
        lines.append(f"{file}：{result.format} 格式，{len(result.findings)} 个问题。")
    else:
        lines.append(f"{file}：无法读取表格。")
    lines += [f"- [{f.check}] {f.message}" for f in result.findings]
    return "\n".join(lines)
