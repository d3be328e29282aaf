"""The zip-bomb guard every XLSX, DOCX and OFD goes through before a parser opens it.

Entries are inflated in chunks and counted as they stream, so a hostile archive is refused after
reading at most the limit, whatever its headers claim; no parser sees a file that fails.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

_CHUNK = 1 << 20


@dataclass(frozen=True)
class ZipLimits:
    entries: int = 2000
    inflated_bytes: int = 128 * 1024 * 1024  # all entries together, declared and actual
    # Office XML compresses about 5-30:1; bombs reach 1000:1. Small entries may be any ratio.
    ratio: int = 200
    ratio_from_bytes: int = 1024 * 1024


LIMITS = ZipLimits()


class ZipRefused(ValueError):
    """The archive is refused; the message (in Chinese) says why."""


class CorruptZip(ZipRefused):
    """Not a readable zip archive."""


class ZipBomb(ZipRefused):
    """Too many entries, or inflates too far or too steeply."""


def check_zip(data: bytes, limits: ZipLimits | None = None) -> list[str]:
    """The entry names of a zip that is safe to open; CorruptZip or ZipBomb otherwise."""
    limits = limits or LIMITS
    mb = 1024 * 1024
    count = _declared_entries(data)
    if count is not None and count > limits.entries:  # before zipfile reads the whole directory
        raise ZipBomb(f"压缩包内文件过多（{count} 个，上限 {limits.entries}），疑似压缩炸弹，已拒绝")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    # NotImplementedError: a central directory claiming a zip version this Python cannot read.
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise CorruptZip(f"压缩包已损坏：{exc}") from None
    if len(infos) > limits.entries:
        raise ZipBomb(f"压缩包内文件过多（{len(infos)} 个，上限 {limits.entries}），疑似压缩炸弹，已拒绝")
    declared = sum(info.file_size for info in infos)
    if declared > limits.inflated_bytes:
        raise ZipBomb(f"文件解压后达 {declared / mb:.0f} MB（上限 {limits.inflated_bytes // mb} MB），疑似压缩炸弹，已拒绝")
    total = 0
    for info in infos:
        inflated = 0
        try:
            with archive.open(info) as entry:
                while chunk := entry.read(_CHUNK):
                    inflated += len(chunk)
                    total += len(chunk)
                    if total > limits.inflated_bytes:
                        raise ZipBomb(
                            f"文件解压后超过 {limits.inflated_bytes // mb} MB（上限），疑似压缩炸弹，已拒绝")
                    if inflated > limits.ratio_from_bytes and inflated > limits.ratio * max(info.compress_size, 1):
                        raise ZipBomb(
                            f"压缩包内“{info.filename[:60]}”的压缩比超过 {limits.ratio}:1，疑似压缩炸弹，已拒绝")
        except ZipBomb:
            raise
        # zlib.error: a damaged deflate stream inside an intact directory.
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError, zlib.error) as exc:
            raise CorruptZip(f"压缩包已损坏：{exc}") from None
    return [info.filename for info in infos]


def _declared_entries(data: bytes) -> int | None:
    """The entry count the end-of-central-directory record states (0xFFFF for a zip64 archive)."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 0xFFFF))
    if end < 0 or end + 22 > len(data):
        return None
    return struct.unpack_from("<H", data, end + 10)[0]
