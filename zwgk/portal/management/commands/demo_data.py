"""`zwgk demo-data --agencies N --records N [--seed S]`: a realistic published corpus for demos and benchmarks.

Agencies get the seed catalog (through the same parser and importer as `zwgk import-catalog`), then
records are generated per batch and bulk-inserted, so a million records fit in modest memory.
"""
import datetime as dt
import io
import random
import sys
import time
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from tqdm import tqdm

from zwgk.catalog.formats import parse_file
from zwgk.catalog.models import Agency, Catalog, Item
from zwgk.catalog.importing import import_catalog
from zwgk.portal import demo
from zwgk.records import deadlines
from zwgk.records.models import Attachment, IndexCounter, Record
from zwgk.search import index

SEED = Path(__file__).resolve().parents[3] / "catalog" / "seeds" / "yinchuan-rsj-2020.txt"
YEARS = 10


class Command(BaseCommand):
    help = "生成演示数据：机关、公开目录（由种子目录导入）和已发布的政府信息，并建立搜索索引。"

    def add_arguments(self, parser):
        parser.add_argument("--agencies", type=int, default=5, help="机关数量（默认 5）")
        parser.add_argument("--records", type=int, default=2000, help="政府信息总条数（默认 2000）")
        parser.add_argument("--seed", type=int, default=2020, help="随机种子，相同种子生成相同内容")
        parser.add_argument("--batch", type=int, default=5000, help="每批写入条数")
        parser.add_argument("--attachments", type=float, default=0.15, help="带附件的比例（0–1）")
        parser.add_argument("--no-index", action="store_true", help="不建立搜索索引")

    def handle(self, *args, **opts):
        n_agencies, n_records = opts["agencies"], opts["records"]
        if n_agencies < 1 or n_records < 0 or opts["batch"] < 1:
            raise CommandError("--agencies 至少为 1，--records 不能为负数，--batch 至少为 1")
        rng = random.Random(opts["seed"])
        started = time.monotonic()
        try:
            rows = demo.agency_rows(n_agencies, rng)
        except ValueError as exc:
            raise CommandError(str(exc))
        agencies = [self._agency(row) for row in rows]
        self.stdout.write(f"机关 {len(agencies)} 个，公开目录已导入（{time.monotonic() - started:.1f} 秒）")
        files = self._shared_files()
        created = self._records(agencies, rows, n_records, rng, opts, files)
        self.stdout.write(f"政府信息 {created} 条已发布（累计 {time.monotonic() - started:.1f} 秒）")
        if not opts["no_index"] and created:
            self._index()
        self.stdout.write(self.style.SUCCESS(f"完成，用时 {time.monotonic() - started:.1f} 秒"))

    # ------------------------------------------------------------------ agencies and catalogs
    def _agency(self, row):
        agency = Agency.objects.filter(slug=row["slug"]).first() or Agency.objects.filter(name=row["name"]).first()
        if agency is None:
            agency = Agency.objects.create(
                name=row["name"], short_name=row["short_name"][:60], slug=row["slug"], credit_code=row["credit_code"],
                region=row["region"], address=f"{row['city']}政务服务中心{row['dept_index'] + 3}楼",
                office_hours="法定工作日 上午 9:00–12:00，下午 13:30–17:00", phone="0951-5000000",
                disclosure_office=f"{row['name']}办公室", email=f"{row['slug'].replace('-', '')}@example.gov.cn",
            )
        if not Catalog.objects.filter(agency=agency).exists():
            self._import_catalog(agency, row)
        return agency

    def _import_catalog(self, agency, row):
        text = SEED.read_text(encoding="utf-8").replace("银川市人力资源和社会保障局", row["name"])
        text = text.replace("银川市", row["city"]).replace("人社局", row["dept"] if row["dept_index"] else "人社局")
        result = parse_file(f"{row['slug']}.txt", text.encode("utf-8"))
        import_catalog(result, agency=agency, source=SEED.name)

    # ------------------------------------------------------------------ attachments on disk
    def _shared_files(self):
        """A few real files on disk, shared by all attachment rows (each row has its own text)."""
        made = {}
        specs = [("申报表.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", self._docx),
                 ("名单.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", self._xlsx),
                 ("说明.txt", "text/plain", lambda: "附件说明\n本附件为演示数据。\n".encode("utf-8"))]
        for name, ctype, build in specs:
            path = f"demo/{name}"
            if not default_storage.exists(path):
                default_storage.save(path, ContentFile(build()))
            made[name] = (path, ctype, default_storage.size(path))
        return made

    def _docx(self):
        import docx

        document = docx.Document()
        document.add_heading("申报表", level=1)
        table = document.add_table(rows=3, cols=2)
        for i, label in enumerate(("单位名称", "联系人", "联系电话")):
            table.cell(i, 0).text = label
        buf = io.BytesIO()
        document.save(buf)
        return buf.getvalue()

    def _xlsx(self):
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["序号", "姓名", "单位", "备注"])
        for i in range(1, 21):
            sheet.append([i, f"人员{i}", "演示单位", ""])
        buf = io.BytesIO()
        book.save(buf)
        return buf.getvalue()

    # ------------------------------------------------------------------ records
    def _records(self, agencies, rows, total, rng, opts, files):
        now = timezone.now()
        tz = timezone.get_current_timezone()
        plans = []
        for agency, row in zip(agencies, rows):
            items = list(Item.objects.filter(catalog__agency=agency, catalog__is_current=True, level__gte=2)
                         .select_related("catalog").prefetch_related("units", "elements"))
            items = [it for it in items if not any(c.parent_id == it.id for c in items)] or items
            if not items:
                continue
            # The 年报 item gets one report a year (below), never a random share of the corpus.
            reports = [it for it in items if demo.is_annual_report_item(it.name)]
            items = [it for it in items if it not in reports] or items
            weights = [rng.choice((1, 1, 2, 3, 5, 8)) for _ in items]
            # Nothing is dated before the year of the catalog its items come from.
            first_year = min(it.catalog.year for it in items + reports)
            start = max(dt.datetime(first_year, 1, 1, tzinfo=tz), now - dt.timedelta(days=365 * YEARS))
            plans.append({"agency": agency, "row": row, "items": items, "weights": weights, "reports": reports,
                          "start": start,
                          "elements": {it.id: list(it.elements.all())[:8] for it in items + reports},
                          "units": {it.id: list(it.units.all()) for it in items + reports}})
        if not plans:
            raise CommandError("没有可用的公开事项：公开目录导入失败")
        counters = self._counters([p["agency"] for p in plans])
        doc_counters = {}
        per_agency = [total // len(plans) + (1 if i < total % len(plans) else 0) for i in range(len(plans))]
        bar = tqdm(total=total, desc="生成政府信息", unit="条", file=sys.stderr, disable=None)
        created = 0
        batch_size = opts["batch"]
        share = max(0.0, min(1.0, opts["attachments"]))
        file_list = list(files.items())
        queue = []
        for plan, count in zip(plans, per_agency):
            reports = self._annual_reports(plan, rng, now, tz)[-count:] if count else []
            for item, published in reports:
                year = published.year - 1
                queue.append(self._one(plan, rng, now, counters, doc_counters, item=item, published=published,
                                       genre="报告", title=demo.annual_report_title(plan["agency"].name, year),
                                       report_year=year))
            for _ in range(count - len(reports)):
                queue.append(self._one(plan, rng, now, counters, doc_counters))
                if len(queue) >= batch_size:
                    created += self._flush(queue, rng, share, file_list)
                    bar.update(len(queue))
                    queue = []
        if queue:
            created += self._flush(queue, rng, share, file_list)
            bar.update(len(queue))
        bar.close()
        self._save_counters(counters)
        return created

    def _counters(self, agencies):
        counters = {}
        rows = (Record.objects.filter(agency__in=agencies).exclude(serial=None).order_by()
                .values("agency_id", "published_at__year").annotate(m=Max("serial")))
        for row in rows:
            counters[(row["agency_id"], row["published_at__year"])] = row["m"] or 0
        for c in IndexCounter.objects.filter(agency__in=agencies):
            key = (c.agency_id, c.year)
            counters[key] = max(counters.get(key, 0), c.last_serial)
        return counters

    def _save_counters(self, counters):
        with transaction.atomic():
            for (agency_id, year), last in counters.items():
                IndexCounter.objects.update_or_create(agency_id=agency_id, year=year, defaults={"last_serial": last})

    def _annual_reports(self, plan, rng, now, tz):
        """(item, published) for each year's 年报 since the catalog's year: out in January of the next year."""
        if not plan["reports"]:
            return []
        out = []
        for year in range(plan["start"].year, now.year):
            published = dt.datetime(year + 1, 1, rng.randint(6, 28), rng.randint(8, 17), rng.randint(0, 59), tzinfo=tz)
            if published < now:
                out.append((rng.choice(plan["reports"]), published))
        return out

    def _one(self, plan, rng, now, counters, doc_counters, *, item=None, published=None, genre=None, title=None,
             report_year=None):
        agency, row = plan["agency"], plan["row"]
        start = plan["start"]
        if item is None:
            item = rng.choices(plan["items"], weights=plan["weights"])[0]
        if published is None:
            span = max(0.0, (now - start).total_seconds() - 86400)
            published = (start + dt.timedelta(seconds=rng.uniform(0, span))).replace(
                hour=rng.randint(8, 17), minute=rng.randint(0, 59))
            if published > now:
                published -= dt.timedelta(days=1)
        year = published.year
        key = (agency.id, year)
        counters[key] = serial = counters.get(key, 0) + 1
        fmt = agency.index_format or "{code}/{year}-{serial:05d}"
        index_number = fmt.format(code=agency.credit_code or f"{agency.pk:09d}", year=year, month=published.month,
                                  serial=serial)
        genre = genre or rng.choice(demo.genres_for(item.name))
        topic = rng.choice(demo.topics_for(item.name))
        ctx = {"year": report_year or year, "topic": topic, "city": row["city"], "agency": agency.name, "short": agency.short_name or agency.name,
               "area": "市" if row["city"].endswith("市") else "县", "genre": genre if len(genre) <= 2 else "文件",
               "genre_verb": "公告" if genre == "公告" else ("公示" if genre == "公示" else "通知"), "n": serial % 50 + 1}
        title = title or demo.title_for(rng, genre, ctx)
        doc_number = ""
        if genre in ("通知", "意见", "办法", "规定", "决定", "决定书") or rng.random() < 0.2:
            dkey = (agency.id, year, genre == "决定书")
            doc_counters[dkey] = doc_counters.get(dkey, 0) + 1
            kind = "罚字" if genre == "决定书" else rng.choice(("发", "发", "函", "办发"))
            doc_number = f"{row['abbr']}{kind}〔{year}〕{doc_counters[dkey]}号"
        paras = demo.body_paragraphs(rng, ctx)
        earliest = start.date()
        elements = {el.name: demo.element_value(rng, el.name, el.field_type, ctx, published.date(), earliest)
                    for el in plan["elements"][item.id]}
        units = plan["units"][item.id]
        age_years = (now - published).days / 365
        validity = Record.Validity.VALID
        if genre in ("办法", "规定", "意见", "通知") and age_years > 5 and rng.random() < 0.3:
            validity = rng.choice((Record.Validity.REPEALED, Record.Validity.EXPIRED))
        return Record(
            agency=agency, item=item, unit=rng.choice(units) if units else None, index_number=index_number,
            serial=serial, title=title, summary=paras[0][:200], publisher=agency.name, doc_number=doc_number,
            formed_on=max(earliest, published.date() - dt.timedelta(days=rng.randint(0, 12))), published_at=published,
            topic=row["topic"], genre=genre, validity=validity, keywords=" ".join(rng.sample(demo.topics_for(item.name), 1) + [genre]),
            body="".join(f"<p>{p}</p>" for p in paras), elements=elements, state=Record.State.PUBLISHED,
            review_decision="主动公开",
        )

    def _flush(self, records, rng, share, file_list):
        with transaction.atomic():
            saved = Record.objects.bulk_create(records)
            deadlines.recompute(Record.objects.filter(pk__in=[r.pk for r in saved]))
            attachments = []
            for rec in saved:
                if rec.pk and rng.random() < share:
                    name, (path, ctype, size) = rng.choice(file_list)
                    label = demo.fill(rng.choice(demo.ATTACHMENT_NAMES), {"topic": rec.keywords.split()[0],
                                                                          "year": rec.published_at.year})
                    ext = name.rsplit(".", 1)[-1]
                    attachments.append(Attachment(
                        record=rec, file=path, name=f"附件：{label}.{ext}", content_type=ctype, size=size,
                        text=f"{label} {rec.title} 单位名称 联系人 联系电话",
                    ))
            Attachment.objects.bulk_create(attachments)
        return len(saved)

    # ------------------------------------------------------------------ search
    def _index(self):
        started = time.monotonic()
        bar = tqdm(desc="建立搜索索引", unit="条", file=sys.stderr, disable=None)

        def total(n):
            bar.total = n
            bar.refresh()

        index.rebuild(progress=bar.update, total_callback=total)
        bar.close()
        self.stdout.write(f"搜索索引已重建（{time.monotonic() - started:.1f} 秒）")
