"""`zwgk serve [--bind 127.0.0.1:8000] [--workers N]`: collect static files, then run gunicorn in the foreground."""
import os
import shutil
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "收集静态文件后用 gunicorn 在前台运行门户网站和后台（Ctrl+C 停止）。"

    def add_arguments(self, parser):
        parser.add_argument("--bind", default="127.0.0.1:8000", help="监听地址，默认 127.0.0.1:8000")
        parser.add_argument("--workers", type=int, default=min(4, (os.cpu_count() or 1) * 2 + 1),
                            help="工作进程数（默认按 CPU 核数，最多 4）")
        parser.add_argument("--timeout", type=int, default=60, help="请求超时秒数")

    def _warn_insecure(self, bind):
        """Loud, not fatal: `make run` serves 127.0.0.1 with the development key on purpose."""
        from django.conf import settings

        if not getattr(settings, "SECRET_KEY_IS_DEFAULT", False):
            return
        host = bind.rpartition(":")[0].strip("[]")
        local = host in ("127.0.0.1", "localhost", "::1") or bind.startswith("unix:")
        lines = [
            "!" * 72,
            "警告：正在使用公开的开发用 SECRET_KEY，任何人都能伪造登录会话。",
            "生产环境请设置环境变量 SECRET_KEY 或 SECRET_KEY_FILE（例如 python -c \"import secrets; print(secrets.token_urlsafe(50))\"）。",
        ]
        if not local:
            lines.append(f"当前监听 {bind}，其他机器可以访问：请立即更换密钥！")
        lines.append("!" * 72)
        self.stderr.write("\n".join(lines))
        self.stderr.flush()

    def handle(self, *args, bind, workers, timeout, **opts):
        if workers < 1:
            raise CommandError("--workers 至少为 1")
        if ":" not in bind and not bind.startswith("unix:"):
            raise CommandError(f"--bind 应为 主机:端口，例如 127.0.0.1:8000（收到 {bind!r}）")
        self._warn_insecure(bind)
        call_command("collectstatic", interactive=False, verbosity=0)
        host, _, port = bind.rpartition(":")
        shown = "127.0.0.1" if host in ("0.0.0.0", "") else host.strip("[]")
        base = f"http://{shown}:{port}" if not bind.startswith("unix:") else bind
        self.stdout.write(f"门户网站：{base}/")
        self.stdout.write(f"管理后台：{base}/staff/")
        self.stdout.flush()
        argv = [sys.executable, "-m", "gunicorn", "zwgk.wsgi:application", "--bind", bind, "--workers", str(workers),
                "--timeout", str(timeout), "--access-logfile", "-", "--preload"]
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zwgk.settings")
        if shutil.which(sys.executable) is None:
            raise CommandError(f"找不到 Python 解释器 {sys.executable}")
        sys.stdout.flush()
        sys.stderr.flush()
        os.execv(sys.executable, argv)  # gunicorn replaces this process: signals reach it directly
