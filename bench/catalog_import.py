"""Catalog import speed: the seed (target < 0.2 s) and a generated 2,000-item XLSX (target < 5 s).

Runs in-process against a throwaway SQLite database. Baseline for the ratios: parsing alone,
measured in the same run, so the figures show what saving to the database adds.

    .venv/bin/python bench/catalog_import.py [--repeat N]
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TMP = tempfile.TemporaryDirectory(prefix="zwgk-bench-catalog-")
os.environ["ZWGK_DATA_DIR"] = TMP.name
os.environ["DATABASE_URL"] = f"sqlite:///{TMP.name}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zwgk.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from zwgk.catalog import services  # noqa: E402
from zwgk.catalog.formats import dump, parse_file  # noqa: E402
from zwgk.catalog.formats.structure import (  # noqa: E402
    CatalogSpec,
    ChannelSpec,
    DeadlineRule,
    ElementSpec,
    ItemSpec,
)
from zwgk.catalog.models import Agency, Catalog  # noqa: E402

SEED = ROOT / "zwgk" / "catalog" / "seeds" / "yinchuan-rsj-2020.txt"
SEED_TARGET, BIG_TARGET = 0.2, 5.0

ELEMENT_POOL = [
    "文件名称", "文号", "发布机构", "发布时间", "正文", "解读材料", "事项名称", "办理依据", "办理条件",
    "办理流程", "办理时限", "收费标准", "咨询电话", "监督电话", "申请材料", "办理结果", "行政相对人名称",
    "处罚事由", "处罚依据", "处罚结果", "处罚决定日期", "公示期限", "项目名称", "资金金额", "受益对象",
    "实施单位", "完成情况", "年度计划", "工作总结", "联系方式",
]
UNIT_POOL = [f"市示范局{name}" for name in (
    "办公室", "政策法规科", "财务科", "人事科", "规划科", "执法支队", "信息中心", "审批科", "监督科", "宣传科",
    "统计科", "应急科", "法制科", "综合科", "督查室", "行政服务科", "项目科", "安全科", "技术科", "档案室",
)]
BASIS = [
    "《中华人民共和国政府信息公开条例》（国务院令第711号）",
    "国务院《2020年政务公开工作要点》",
    "《自治区2020年政务公开工作要点》",
    "《关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）",
]
DEADLINES = [
    ("信息形成或变更之日起20个工作日内公开", DeadlineRule("after_event", 20, "working", "形成或变更")),
    ("文件印发后5个工作日内公开", DeadlineRule("after_event", 5, "working", "文件印发")),
    ("政策发布后3个工作日内", DeadlineRule("after_event", 3, "working", "政策发布")),
    ("行政处罚作出后7个工作日内公开", DeadlineRule("after_event", 7, "working", "行政处罚作出")),
    ("每年1月31日前公开", DeadlineRule("yearly", month=1, day=31)),
]


def synthetic_spec(categories=50, per_category=40) -> CatalogSpec:
    """A 2,000-item catalog in the standard layout, with realistic element lists."""
    items = []
    for c in range(categories):
        for i in range(per_category):
            n = len(items)
            text, rule = DEADLINES[n % len(DEADLINES)]
            elements = [ElementSpec(ELEMENT_POOL[(n + k * 7) % len(ELEMENT_POOL)]) for k in range(4 + n % 11)]
            elements = list({e.name: e for e in elements}.values())
            items.append(ItemSpec(
                path=[f"示范类别{c + 1:02d}", f"示范事项{c + 1:02d}-{i + 1:02d}"],
                elements=elements,
                basis=BASIS[: 1 + n % len(BASIS)],
                deadline_text=text,
                deadline_rule=rule,
                units=[UNIT_POOL[n % len(UNIT_POOL)]] + ([UNIT_POOL[(n + 3) % len(UNIT_POOL)]] if n % 4 == 0 else []),
                channels=[ChannelSpec("政府网站"), ChannelSpec("部门网站")]
                + ([ChannelSpec("其他", "宁夏政务服务网")] if n % 9 == 0 else []),
                mode=["主动"],
                audience=["全社会"],
                level=["县级"],
                five_types=[["决策", "执行", "管理", "服务", "结果"][n % 5]],
                columns=[f"示范局网站 › 政务公开 › 示范类别{c + 1:02d}"],
            ))
    return CatalogSpec(title="示范局政务公开标准目录", year=2024, agency_name="示范局", items=items)


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def fresh_agency(n: int) -> Agency:
    return Agency.objects.create(name=f"基准测试机关{n}", slug=f"bench-{n}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="seed repetitions (default 15)")
    parser.add_argument("--big-repeat", type=int, default=3, help="2,000-item repetitions (default 3)")
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    counter = iter(range(1, 10_000))

    seed_bytes = SEED.read_bytes()
    parse_times, fresh_times, again_times = [], [], []
    for _ in range(args.repeat):
        t, _ = timed(lambda: parse_file(SEED.name, seed_bytes))
        parse_times.append(t)
        agency = fresh_agency(next(counter))
        t, report = timed(lambda: services.import_catalog(parse_file(SEED.name, seed_bytes), agency=agency))
        fresh_times.append(t)
        t, again = timed(lambda: services.import_catalog(parse_file(SEED.name, seed_bytes), agency=agency))
        again_times.append(t)
    assert report.counts.get("level2") == 27 and again.updated == 0 and again.created == 0

    spec = synthetic_spec()
    t_dump, xlsx = timed(lambda: dump(spec, "xlsx"))
    big_parse, big_fresh, big_again = [], [], []
    for _ in range(args.big_repeat):
        t, result = timed(lambda: parse_file("bench.xlsx", xlsx))
        big_parse.append(t)
        agency = fresh_agency(next(counter))
        t, report = timed(lambda: services.import_catalog(parse_file("bench.xlsx", xlsx), agency=agency))
        big_fresh.append(t)
        t, again = timed(lambda: services.import_catalog(parse_file("bench.xlsx", xlsx), agency=agency))
        big_again.append(t)
    items = Catalog.objects.filter(agency=agency).get().items.filter(level=2).count()
    assert items == 2000 and again.updated == 0, (items, again.as_text()[:500])

    def line(label, times, base=None, target=None):
        med = statistics.median(times)
        out = f"  {label:<34} median {med * 1000:8.1f} ms  (min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}, n={len(times)})"
        if base:
            out += f"  ×{med / base:.2f} of parse alone"
        if target:
            out += f"  target < {target:g} s: {'OK' if med < target else 'MISSED'}"
        print(out)
        return med

    print(f"zwgk catalog import benchmark (SQLite in {TMP.name})")
    print(f"seed: {SEED.name}, {len(seed_bytes)} bytes, 6 categories / 27 items")
    base = line("parse only (baseline)", parse_times)
    line("parse + import into new agency", fresh_times, base, SEED_TARGET)
    line("parse + re-import (no changes)", again_times, base, SEED_TARGET)
    print(f"generated XLSX: 50 categories × 40 items = 2,000 items, {len(xlsx) / 1024:.0f} KiB (dump took {t_dump:.2f} s)")
    base = line("parse only (baseline)", big_parse)
    line("parse + import into new agency", big_fresh, base, BIG_TARGET)
    line("parse + re-import (no changes)", big_again, base, BIG_TARGET)
    ok = statistics.median(fresh_times) < SEED_TARGET and statistics.median(big_fresh) < BIG_TARGET
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
