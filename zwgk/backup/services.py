"""Back up and restore an installation: database + attachments + a checksummed manifest.

SQLite is copied with its online backup API (a consistent snapshot while the site runs);
PostgreSQL with pg_dump/pg_restore. A restore checks every checksum, the database kind and the
migrations before it writes anything, and only writes into an empty installation unless forced.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "zwgk-backup"
VERSION = 1
MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite3"
PG_FILE = "database.pgdump"
MEDIA_DIR = "media"
CHUNK = 1024 * 1024
# Rows that `zwgk migrate` itself writes: an installation holding only these is empty.
SCAFFOLDING = {"auth.Permission", "records.AuditChainHead"}


class BackupError(Exception):
    """A backup that cannot be made or must not be restored, with the reason in Chinese."""


def engine() -> str:
    vendor = connection.vendor
    if vendor not in {"sqlite", "postgresql"}:
        raise BackupError(f"不支持备份此类数据库：{vendor}")
    return vendor


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def model_counts() -> dict[str, int]:
    """Rows per model of zwgk and of Django's auth, to compare an installation before and after."""
    tables = set(connection.introspection.table_names())
    counts = {}
    for model in apps.get_models():
        if (model.__module__.startswith("zwgk.") or model._meta.app_label == "auth") and model._meta.db_table in tables:
            counts[model._meta.label] = model._default_manager.count()
    return dict(sorted(counts.items()))


def applied_migrations() -> list[str]:
    if MigrationRecorder.Migration._meta.db_table not in connection.introspection.table_names():
        return []
    return sorted(f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations())


def _pg_command(name: str) -> str:
    for candidate in (f"/usr/lib/postgresql/15/bin/{name}", shutil.which(name)):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise BackupError(f"找不到 {name}：请安装 PostgreSQL 客户端（Debian 包 postgresql-client-15）")


def _pg_env_and_name():
    db = settings.DATABASES["default"]
    env = dict(os.environ, PGHOST=db.get("HOST") or "", PGPORT=str(db.get("PORT") or ""), PGUSER=db.get("USER") or "",
               PGPASSWORD=db.get("PASSWORD") or "")
    return env, db["NAME"]


def _run(cmd, env):
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError(f"{Path(cmd[0]).name} 失败：{done.stderr.strip()[:2000]}")


def _dump_database(target: Path) -> Path:
    if engine() == "sqlite":
        path = target / SQLITE_FILE
        connection.ensure_connection()
        destination = sqlite3.connect(path)
        try:
            connection.connection.backup(destination)
            # One self-contained file: no -wal/-shm companions beside it in the backup.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
        return path
    env, name = _pg_env_and_name()
    path = target / PG_FILE
    _run([_pg_command("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file", str(path), name], env)
    return path


def create_backup(target, progress=None) -> dict:
    """Write the database, the attachments and manifest.json into the empty or new folder TARGET."""
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"备份目录不为空：{target}")
    target.mkdir(parents=True, exist_ok=True)
    files = [_dump_database(target)]
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.is_dir():
        for source in sorted(p for p in media_root.rglob("*") if p.is_file()):
            copy = target / MEDIA_DIR / source.relative_to(media_root)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
            files.append(copy)
            if progress:
                progress(1)
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "database": engine(),
        "migrations": applied_migrations(),
        "counts": model_counts(),
        "files": [{"path": f.relative_to(target).as_posix(), "size": f.stat().st_size, "sha256": _sha256(f)} for f in files],
    }
    (target / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def read_manifest(source) -> dict:
    """The manifest of the backup in SOURCE after checking every file against it; BackupError if damaged."""
    source = Path(source)
    try:
        manifest = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"{source} 中没有 {MANIFEST}：不是 zwgk 备份") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise BackupError(f"{MANIFEST} 已损坏：{exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise BackupError(f"{MANIFEST} 不是 zwgk 第 {VERSION} 版备份清单")
    listed = {}
    for entry in manifest.get("files", []):
        path = source / entry["path"]
        if ".." in Path(entry["path"]).parts or Path(entry["path"]).is_absolute():
            raise BackupError(f"清单中的路径不合法：{entry['path']}")
        if not path.is_file():
            raise BackupError(f"备份缺少文件：{entry['path']}")
        if path.stat().st_size != entry["size"] or _sha256(path) != entry["sha256"]:
            raise BackupError(f"文件校验和不符，备份已损坏：{entry['path']}")
        listed[entry["path"]] = entry
    present = {p.relative_to(source).as_posix() for p in source.rglob("*") if p.is_file()} - {MANIFEST}
    extra = sorted(present - set(listed))
    if extra:
        raise BackupError(f"备份中有清单未列出的文件（备份与清单不匹配）：{', '.join(extra[:5])}")
    return manifest


def _check_compatible(manifest: dict, force: bool):
    if manifest["database"] != engine():
        names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
        raise BackupError(f"备份来自 {names.get(manifest['database'], manifest['database'])}，"
                          f"当前数据库是 {names[engine()]}：请在相同类型的数据库上恢复")
    known = {f"{app}.{name}" for app, name in MigrationLoader(None, ignore_no_migrations=True).disk_migrations}
    unknown = sorted(set(manifest["migrations"]) - known)
    if unknown:
        raise BackupError(f"备份来自较新版本的 zwgk（本版本没有迁移 {', '.join(unknown[:3])}）：请先升级 zwgk")
    if not force:
        counts = model_counts()
        filled = [label for label, n in counts.items() if n and label not in SCAFFOLDING]
        if filled:
            raise BackupError(f"当前安装不是空的（{', '.join(filled[:4])} 已有数据）：只能恢复到空安装，或使用 --force 覆盖")


def _restore_database(source: Path, manifest: dict):
    if engine() == "sqlite":
        backup = sqlite3.connect(f"file:{source / SQLITE_FILE}?mode=ro&immutable=1", uri=True)
        try:
            connection.ensure_connection()
            backup.backup(connection.connection)
        finally:
            backup.close()
        return
    env, name = _pg_env_and_name()
    _run([_pg_command("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
          "--dbname", name, str(source / PG_FILE)], env)


def restore_backup(source, *, force=False) -> dict:
    """Restore the backup in SOURCE into this installation; returns the model counts after restoring."""
    source = Path(source)
    manifest = read_manifest(source)
    _check_compatible(manifest, force)
    media_root = Path(settings.MEDIA_ROOT)
    media = {e["path"]: e["sha256"] for e in manifest["files"] if e["path"].startswith(MEDIA_DIR + "/")}
    for rel, checksum in media.items():
        existing = media_root / Path(rel).relative_to(MEDIA_DIR)
        # read_manifest has just checked the backup's copy against its checksum.
        if existing.exists() and not force and _sha256(existing) != checksum:
            raise BackupError(f"附件目录中已有不同的同名文件：{existing}（使用 --force 覆盖）")
    _restore_database(source, manifest)
    for rel in media:
        destination = media_root / Path(rel).relative_to(MEDIA_DIR)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / rel, destination)
    connection.close()
    counts = model_counts()
    differing = {label: (n, counts.get(label)) for label, n in manifest["counts"].items() if counts.get(label) != n}
    if differing:
        raise BackupError(f"恢复后的数据与备份清单不符：{differing}")
    return counts
