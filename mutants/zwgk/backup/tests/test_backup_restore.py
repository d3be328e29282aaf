"""`zwgk backup` and `zwgk restore` round-trip a whole installation, and refuse bad backups.

These run the real commands in subprocesses against two installations (each its own database and
data folder) on the database kind the suite runs on.
"""
import hashlib
import json
import os
import subprocess
import sys
from urllib.parse import urlparse

import pytest

MAKE_HISTORY = """
from zwgk.records.models import AuditEvent, Record, Revision
for record in Record.objects.order_by("id")[:10]:
    Revision.objects.create(record=record, number=2, data={"title": record.title + "（修订）"}, note="变更")
    AuditEvent.objects.create(record=record, agency=record.agency, action="change", detail={"字段": "标题"}, ip="10.0.0.7")
"""
DUMPED = ["auth.user", "accounts", "catalog", "holidays", "records"]


def _database_urls(tmp_path):
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return [f"sqlite:///{tmp_path / name / 'zwgk.sqlite3'}" for name in ("a", "b", "c")]
    import psycopg

    parts = urlparse(url)
    admin = psycopg.connect(url, autocommit=True)
    urls = []
    for name in ("zwgk_backup_a", "zwgk_backup_b", "zwgk_backup_c"):
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
        urls.append(parts._replace(path=f"/{name}").geturl())
    admin.close()
    return urls


class Installation:
    def __init__(self, data_dir, database_url):
        data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir = data_dir
        self.env = dict(os.environ, ZWGK_DATA_DIR=str(data_dir), DATABASE_URL=database_url)

    def run(self, *args, check=True):
        done = subprocess.run([sys.executable, "-m", "zwgk", *args], env=self.env, capture_output=True, text=True, timeout=300)
        if check and done.returncode != 0:
            raise AssertionError(f"zwgk {' '.join(args)} exited {done.returncode}: {done.stderr[-3000:]}")
        return done

    def dump(self):
        out = self.run("dumpdata", *DUMPED, "--indent", "0").stdout
        return sorted(json.loads(out), key=lambda o: (o["model"], str(o["pk"])))

    def media(self):
        root = self.data_dir / "media"
        return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in root.rglob("*") if p.is_file()} if root.exists() else {}


@pytest.fixture(scope="module")
def installations(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("backup")
    a, b, c = (Installation(tmp / name, url) for name, url in zip("abc", _database_urls(tmp)))
    a.run("migrate", "--noinput", "-v0")
    a.run("setup-demo")
    a.run("demo-data", "--agencies", "1", "--records", "40")
    a.run("shell", "-c", MAKE_HISTORY)
    backup = tmp / "backup"
    a.run("backup", str(backup))
    return a, b, c, backup


def test_a_restore_into_an_empty_installation_gives_back_every_row_and_file(installations):
    a, b, _, backup = installations
    done = b.run("restore", str(backup))
    assert "40 条信息" in done.stdout
    dumped = a.dump()
    assert {o["model"] for o in dumped} >= {"records.record", "records.revision", "records.attachment", "records.auditevent"}
    assert b.dump() == dumped
    assert b.media() == a.media() and a.media()
    assert b.run("verify-audit").returncode == 0


def test_a_restore_over_an_installation_with_data_is_refused(installations):
    a, _, _, backup = installations
    done = a.run("restore", str(backup), check=False)
    assert done.returncode == 2
    assert "不是空的" in done.stderr


def _copy(backup, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(backup, copy)
    return copy


def test_a_damaged_backup_is_refused_and_nothing_is_written(installations, tmp_path):
    _, _, c, backup = installations
    copy = _copy(backup, tmp_path)
    attachment = next(p for p in (copy / "media").rglob("*") if p.is_file())
    attachment.write_bytes(attachment.read_bytes() + b"x")
    done = c.run("restore", str(copy), check=False)
    assert done.returncode == 2
    assert "校验和不符" in done.stderr
    assert not c.media()
    c.run("migrate", "--noinput", "-v0")
    assert c.run("shell", "-v0", "-c", "from zwgk.records.models import Record; print(Record.objects.count())").stdout.strip().splitlines()[-1] == "0"


def test_a_backup_of_another_database_kind_is_refused(installations, tmp_path):
    _, _, c, backup = installations
    copy = _copy(backup, tmp_path)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["database"] = "postgresql" if manifest["database"] == "sqlite" else "sqlite"
    (copy / "manifest.json").write_text(json.dumps(manifest))
    done = c.run("restore", str(copy), check=False)
    assert done.returncode == 2 and "相同类型的数据库" in done.stderr


def test_files_missing_from_or_unknown_to_the_manifest_are_refused(installations, tmp_path):
    _, _, c, backup = installations
    copy = _copy(backup, tmp_path)
    (copy / "media" / "stray.txt").write_text("?")
    assert "不匹配" in c.run("restore", str(copy), check=False).stderr
    (copy / "media" / "stray.txt").unlink()
    next(p for p in (copy / "media").rglob("*") if p.is_file()).unlink()
    assert "缺少文件" in c.run("restore", str(copy), check=False).stderr


def test_a_backup_goes_into_a_new_or_empty_folder_only(installations):
    a, _, _, backup = installations
    done = a.run("backup", str(backup), check=False)
    assert done.returncode == 2 and "不为空" in done.stderr
