"""Shared pieces of the `zwgk holidays` and `zwgk workdays` commands: Chinese argparse errors."""
import re

from django.core.management.base import CommandParser

_TRANSLATIONS = [
    (re.compile(r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)"),
     lambda m: f"未知的子命令“{m.group(2)}”，可用：{m.group(3).replace(chr(39), '')}"),
    (re.compile(r"the following arguments are required: (.*)"), lambda m: f"缺少参数：{m.group(1)}"),
    (re.compile(r"unrecognized arguments: (.*)"), lambda m: f"无法识别的参数：{m.group(1)}"),
    (re.compile(r"argument (\S+): invalid int value: '(.*)'"), lambda m: f"参数 {m.group(1)} 应为整数：“{m.group(2)}”"),
    (re.compile(r"argument (\S+): expected one argument"), lambda m: f"参数 {m.group(1)} 需要一个值"),
]


def translate(message: str) -> str:
    for pattern, render in _TRANSLATIONS:
        match = pattern.search(message)
        if match:
            return render(match)
    return message


class ZhCommandParser(CommandParser):
    """CommandParser whose usage errors are in Chinese (subparsers inherit the class)."""

    def error(self, message):
        super().error(translate(message))


def chinese_parser(parser):
    parser.__class__ = ZhCommandParser
    return parser
