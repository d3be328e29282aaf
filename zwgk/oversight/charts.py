"""Server-drawn charts (matplotlib): SVG for the dashboard, PNG for DOCX reports.

Text is drawn with the Debian Noto CJK font and, in SVG, converted to paths, so a chart needs
no font or other resource from the viewer and prints as drawn.
"""
from __future__ import annotations

import io
import re
import threading
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator, PercentFormatter  # noqa: E402

FONT_FILES = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
]
_lock = threading.Lock()
_font_family = None


def font_family() -> str:
    """Register the CJK font once; the family name matplotlib knows it by."""
    global _font_family
    with _lock:
        if _font_family is None:
            _font_family = "DejaVu Sans"
            for path in FONT_FILES:
                if Path(path).exists():
                    font_manager.fontManager.addfont(path)  # every face of the collection
                    names = {f.name for f in font_manager.fontManager.ttflist}
                    _font_family = next((n for n in ("Noto Sans CJK SC", "Noto Serif CJK SC") if n in names),
                                        font_manager.FontProperties(fname=path).get_name())
                    break
    return _font_family


def _figure(width=7.5, height=3.4) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100)
    figure.set_layout_engine("constrained")
    return figure


def _render(figure: Figure, fmt: str) -> bytes:
    out = io.BytesIO()
    params = {"svg.fonttype": "path", "font.family": [font_family(), "DejaVu Sans"], "svg.hashsalt": "zwgk"}
    with matplotlib.rc_context(params):
        figure.savefig(out, format=fmt, dpi=150 if fmt == "png" else 100, metadata={"Date": None} if fmt == "svg" else None)
    return without_inline_styles(out.getvalue()) if fmt == "svg" else out.getvalue()


_TAG = re.compile(r"<[a-zA-Z][^<>]*>")
_STYLE_ATTR = re.compile(r'\sstyle="([^"]*)"')
_ATTR_NAME = re.compile(r'\s([a-zA-Z:-]+)="')
_STYLE_BLOCK = re.compile(r"<style[^>]*>(.*?)</style>", re.S)


def _declarations(css: str) -> list[tuple[str, str]]:
    return [(name.strip(), value.strip()) for name, _, value in (d.partition(":") for d in css.split(";")) if value.strip()]


def without_inline_styles(svg: bytes) -> bytes:
    """Matplotlib's style="" attributes as SVG presentation attributes, its `*{…}` <style> rule as
    attributes of the root: the Content-Security-Policy forbids inline styles, in charts too."""
    text = svg.decode("utf-8")
    root = []
    for css in _STYLE_BLOCK.findall(text):
        root += _declarations(css.strip().removeprefix("*").strip("{} \n"))
    text = _STYLE_BLOCK.sub("", text)

    def fix(match):
        tag = match.group(0)
        extra = root if tag.startswith("<svg") else []
        style = _STYLE_ATTR.search(tag)
        if style is None and not extra:
            return tag
        present = set(_ATTR_NAME.findall(tag))
        declarations = extra + (_declarations(style.group(1)) if style else [])
        attrs = "".join(f' {name}="{value}"' for name, value in declarations if name not in present)
        tag = _STYLE_ATTR.sub("", tag)
        end = -2 if tag.endswith("/>") else -1
        return tag[:end] + attrs + tag[end:]

    return _TAG.sub(fix, text).encode("utf-8")


def _style(axes, title: str) -> None:
    axes.set_title(title, fontsize=12, fontfamily=font_family())
    axes.grid(axis="y" if axes.name == "rectilinear" else "both", color="#ddd", linewidth=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for label in axes.get_xticklabels() + axes.get_yticklabels():
        label.set_fontfamily(font_family())


def timeliness_chart(months: list[tuple[str, float | None, int]], fmt: str = "svg", title: str = "按时发布率（按发布月份）") -> bytes:
    """On-time rate per month as a line over bars of records published; months = (YYYY-MM, rate, n)."""
    figure = _figure()
    axes = figure.add_subplot()
    labels = [m for m, _, _ in months] or ["—"]
    counts = [n for _, _, n in months] or [0]
    bars = axes.twinx()
    bars.bar(range(len(labels)), counts, color="#c9d7ea", width=0.6, label="发布数量")
    bars.set_ylabel("发布数量（条）", fontfamily=font_family())
    bars.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_zorder(bars.get_zorder() + 1)
    axes.patch.set_visible(False)
    points = [(i, r) for i, (_, r, _) in enumerate(months) if r is not None]
    if points:
        axes.plot([i for i, _ in points], [r for _, r in points], marker="o", color="#1f5fa8", linewidth=2, label="按时发布率")
    axes.set_ylim(0, 1.05)
    axes.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    axes.set_ylabel("按时发布率", fontfamily=font_family())
    axes.set_xticks(range(len(labels)), labels, rotation=45 if len(labels) > 8 else 0, fontsize=8)
    axes.set_xlabel("发布月份", fontfamily=font_family())
    _style(axes, title)
    for label in bars.get_yticklabels():
        label.set_fontfamily(font_family())
    return _render(figure, fmt)


def horizontal_bars(rows: list[tuple[str, float]], *, title: str, xlabel: str, fmt: str = "svg",
                    as_percent: bool = False) -> bytes:
    """One bar per named row (by unit, by outcome), largest first as given."""
    rows = rows or [("（无数据）", 0)]
    figure = _figure(height=max(2.4, 0.38 * len(rows) + 1.2))
    axes = figure.add_subplot()
    names = [name if len(name) <= 18 else name[:17] + "…" for name, _ in rows][::-1]
    values = [value for _, value in rows][::-1]
    drawn = axes.barh(range(len(rows)), values, color="#1f5fa8", height=0.6)
    axes.set_yticks(range(len(rows)), names, fontsize=9)
    if as_percent:
        axes.set_xlim(0, 1.0)
        axes.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        texts = [f"{v * 100:.0f}%" for v in values]
    else:
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        texts = [f"{v:g}" for v in values]
    axes.bar_label(drawn, labels=texts, padding=3, fontsize=8)
    axes.set_xlabel(xlabel, fontfamily=font_family())
    axes.grid(axis="x", color="#ddd", linewidth=0.6)
    _style(axes, title)
    axes.grid(axis="y", visible=False)
    return _render(figure, fmt)
