"""Mangled seed text either imports or raises CatalogImportError, never anything else."""
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zwgk.catalog.formats import CatalogImportError, ParseResult, parse_file

SEED_LINES = (Path(__file__).resolve().parents[1] / "seeds" / "yinchuan-rsj-2020.txt").read_text(encoding="utf-8").split("\n")
NOISE = st.sampled_from(["\t", "\n", " ", "√", "■", "□", "《", "》", "、", "1、", "同上", "<input", "\x00", "ü", "\ufeff", "一级事项"])


@st.composite
def mangled_seed(draw):
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["drop_line", "dup_line", "swap_lines", "drop_cell", "swap_cells",
                                   "drop_chars", "insert", "truncate"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "drop_line":
            del lines[i]
        elif op == "dup_line":
            lines.insert(i, lines[i])
        elif op == "swap_lines":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op in ("drop_cell", "swap_cells"):
            cells = lines[i].split("\t")
            a = draw(st.integers(0, len(cells) - 1))
            if op == "drop_cell":
                del cells[a]
            else:
                b = draw(st.integers(0, len(cells) - 1))
                cells[a], cells[b] = cells[b], cells[a]
            lines[i] = "\t".join(cells)
        elif op == "drop_chars" and lines[i]:
            a = draw(st.integers(0, len(lines[i]) - 1))
            lines[i] = lines[i][:a] + lines[i][a + draw(st.integers(1, 20)):]
        elif op == "insert":
            a = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:a] + draw(NOISE) + lines[i][a:]
        elif op == "truncate":
            text = "\n".join(lines)
            lines = text[: draw(st.integers(0, len(text)))].split("\n")
    text = "\n".join(lines)
    return text.encode(draw(st.sampled_from(["utf-8", "gb18030"])), errors="ignore")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mangled_seed())
def test_mangled_seed_imports_or_raises_the_import_error(data):
    try:
        result = parse_file("mangled.txt", data)
    except CatalogImportError as exc:
        assert str(exc).startswith("mangled.txt")
    else:
        assert isinstance(result, ParseResult)
        for item in result.catalog.items:
            assert item.path and all(item.path)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_crash(data):
    try:
        parse_file("random.bin", data)
    except CatalogImportError:
        pass
