"""The figures of one agency's annual report, counted in the database (a few aggregate queries).

Each table is one grouped query whose groups are the flows of `tables`; nothing is counted
row by row in Python, so a year with a million records stays fast.
"""
import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Case, CharField, Count, Exists, F, OuterRef, Q, Sum, Value, When
from django.utils import timezone

from zwgk.annualreport import tables
from zwgk.applications.models import Application, ReviewCase
from zwgk.catalog.models import Item
from zwgk.records.models import Record

# 体裁 of the two rows of 第二十条第（一）项 (the second also under its pre-2021 name).
RULE_GENRES = ["规章"]
NORMATIVE_GENRES = ["行政规范性文件", "规范性文件"]
# Items whose records are the 处理决定 of 第二十条第（五）（六）项, by a word of the item's name.
DECISION_ITEM_WORDS = {"licensing": "行政许可", "penalty": "行政处罚", "enforcement": "行政强制"}
REPEALED = [Record.Validity.REPEALED, Record.Validity.EXPIRED]


@dataclass
class Figures:
    """Everything the tables and the drafted sections need for one agency and year."""

    year: int
    table2: tables.Table2
    table3: tables.Table3
    table4: dict
    records_published: int = 0
    items_without_records: int = 0
    fee_yuan: Decimal = Decimal("0")
    fee_applications: int = 0
    closed_without_outcome: int = 0
    decision_items: dict = field(default_factory=dict)  # key → names of the matched items


def year_bounds(year: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def _document_counts(prefix: str, genres: list[str], start, end) -> dict:
    # Counting the NOT NULL formed_on (not id) keeps every column in the covering index.
    of_genre = Q(genre__in=genres)
    repealed_by_end = Q(validity__in=REPEALED) & (Q(valid_until__isnull=True) | Q(valid_until__lte=end))
    return {
        f"{prefix}_made": Count("formed_on", filter=of_genre & Q(formed_on__gte=start, formed_on__lte=end)),
        f"{prefix}_repealed": Count(
            "formed_on", filter=of_genre & Q(validity__in=REPEALED, valid_until__gte=start, valid_until__lte=end)
        ),
        f"{prefix}_in_force": Count("formed_on", filter=of_genre & Q(formed_on__lte=end) & ~repealed_by_end),
    }


def decision_items(agency) -> dict[str, list[Item]]:
    """The agency's catalog items (every year's catalog) whose records count as 处理决定."""
    return {
        key: list(Item.objects.filter(catalog__agency=agency, name__contains=word).order_by("catalog__year", "position"))
        for key, word in DECISION_ITEM_WORDS.items()
    }


def record_figures(agency, year: int) -> dict:
    """Table 二's record counts and the year's publications, each from an index-backed query."""
    start, end = year_bounds(year)
    items = decision_items(agency)
    published = Record.objects.filter(agency=agency, state=Record.State.PUBLISHED)
    # Only the two 体裁 of 第二十条第（一）项 are aggregated; the filter comes first so the
    # conditional counts run over a few rows, not over every record of the agency.
    counts = published.filter(genre__in=RULE_GENRES + NORMATIVE_GENRES).aggregate(
        **_document_counts("rules", RULE_GENRES, start, end),
        **_document_counts("normative", NORMATIVE_GENRES, start, end),
    )
    # 发布日期 is a moment: the year runs from local midnight of 1 January.
    t0 = timezone.make_aware(datetime.datetime(year, 1, 1))
    t1 = timezone.make_aware(datetime.datetime(year + 1, 1, 1))
    counts["published"] = published.filter(published_at__gte=t0, published_at__lt=t1).count()
    key_of = {item.pk: key for key, matched in items.items() for item in matched}
    for key in items:
        counts[key] = 0
    if key_of:
        # The items are the agency's own, so no agency filter: the (item, state, formed_on) index covers it.
        by_item = (Record.objects.filter(item_id__in=list(key_of), state=Record.State.PUBLISHED,
                                         formed_on__gte=start, formed_on__lte=end)
                   .values("item_id").annotate(n=Count("*")).order_by())
        for row in by_item:
            counts[key_of[row["item_id"]]] += row["n"]
    counts["decision_items"] = {key: [i.name for i in matched] for key, matched in items.items()}
    return counts


def items_without_records(agency, year: int) -> int:
    """Leaf items of the current catalog with no record formed in the year (a 五 figure).

    One index probe per item (EXISTS), never a pass over the year's records.
    """
    start, end = year_bounds(year)
    has_record = Record.objects.filter(
        item=OuterRef("pk"), state=Record.State.PUBLISHED, formed_on__gte=start, formed_on__lte=end
    )
    return Item.objects.current().leaves().filter(catalog__agency=agency).filter(~Exists(has_record)).count()


def table3_flows(agency, year: int) -> tuple[dict, int]:
    """flows[(entry, exit, applicant_type)] for table 三, and the closed applications without an outcome.

    The same rule as `tables.classify`, as one grouped query.
    """
    start, end = year_bounds(year)
    rows = (
        Application.objects.filter(agency=agency, received_on__lte=end)
        .exclude(closed_on__lt=start)
        .annotate(
            entry=Case(When(received_on__lt=start, then=Value("carried_in")), default=Value("new"), output_field=CharField()),
            exit=Case(When(closed_on__lte=end, then=F("outcome")), default=Value("carried_out"), output_field=CharField()),
        )
        .values("entry", "exit", "applicant_type")
        .annotate(n=Count("*"))
        .order_by()
    )
    flows, without_outcome = {}, 0
    for row in rows:
        exit_ = row["exit"]
        if not exit_:
            # Closed with no outcome recorded: it still has to leave the year somewhere.
            without_outcome += row["n"]
            exit_ = "other.other"
        key = (row["entry"], exit_, row["applicant_type"])
        flows[key] = flows.get(key, 0) + row["n"]
    return flows, without_outcome


def table4_counts(agency, year: int) -> dict:
    """counts[(kind, result)] for table 四 (the rule of `tables.review_column`, in SQL)."""
    start, end = year_bounds(year)
    rows = (
        ReviewCase.objects.filter(agency=agency, filed_on__lte=end)
        .exclude(decided_on__lt=start)
        .annotate(column=Case(
            When(decided_on__isnull=True, then=Value("pending")),
            When(decided_on__gt=end, then=Value("pending")),
            default=F("result"), output_field=CharField(),
        ))
        .values("kind", "column")
        .annotate(n=Count("*"))
        .order_by()
    )
    return {(row["kind"], row["column"]): row["n"] for row in rows}


def fees(agency, year: int) -> tuple[Decimal, int]:
    """信息处理费 collected in the year (元) and from how many applications."""
    start, end = year_bounds(year)
    agg = Application.objects.filter(
        agency=agency, fee_paid_on__gte=start, fee_paid_on__lte=end, fee_amount__gt=0
    ).aggregate(total=Sum("fee_amount"), n=Count("id"))
    return agg["total"] or Decimal("0"), agg["n"]


def collect(agency, year: int, *, overrides: dict | None = None, fees_10k_yuan=Decimal("0")) -> Figures:
    """Every figure of the report; overrides = {licensing|penalty|enforcement: int or None}."""
    overrides = overrides or {}
    rec = record_figures(agency, year)
    table2 = tables.Table2(
        rules=tables.DocumentCounts(rec["rules_made"], rec["rules_repealed"], rec["rules_in_force"]),
        normative_documents=tables.DocumentCounts(
            rec["normative_made"], rec["normative_repealed"], rec["normative_in_force"]
        ),
        licensing=tables.DecisionCount(rec["licensing"], overrides.get("licensing")),
        penalty=tables.DecisionCount(rec["penalty"], overrides.get("penalty")),
        enforcement=tables.DecisionCount(rec["enforcement"], overrides.get("enforcement")),
        fees_10k_yuan=Decimal(fees_10k_yuan or 0),
    )
    flows, without_outcome = table3_flows(agency, year)
    fee_yuan, fee_n = fees(agency, year)
    return Figures(
        year=year,
        table2=table2,
        table3=tables.table3_from_flows(flows),
        table4=tables.table4_from_counts(table4_counts(agency, year)),
        records_published=rec["published"],
        items_without_records=items_without_records(agency, year),
        fee_yuan=fee_yuan,
        fee_applications=fee_n,
        closed_without_outcome=without_outcome,
        decision_items=rec["decision_items"],
    )
