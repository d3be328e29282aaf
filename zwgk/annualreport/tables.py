"""The tables of the annual report (2021 format) as plain data, and their calculators (no Django).

Counts go in, tables come out. Table 三 is built from *flows*: how each application entered the
year (new or carried in) and how it left it (one outcome row or carried out). Every row is a sum
of flows, so 一 + 二 = 三(七) + 四 per column and 总计 = the six columns hold by construction.
"""
import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from zwgk.applications.codes import APPLICANT_TYPES, OUTCOMES, REVIEW_KINDS, REVIEW_RESULTS

COLUMNS = [label for _, label in APPLICANT_TYPES] + ["总计"]
APPLICANT_CODES = [code for code, _ in APPLICANT_TYPES]
OUTCOME_CODES = [code for code, _ in OUTCOMES]

ENTRY_LABELS = {"new": "一、本年新收政府信息公开申请数量", "carried_in": "二、上年结转政府信息公开申请数量"}
TOTAL_LABEL = "（七）总计"
CARRIED_OUT_LABEL = "四、结转下年度继续办理"
RESULTS_LABEL = "三、本年度办理结果"
HEADER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

ROW_CODES = ["new", "carried_in", *OUTCOME_CODES, "total", "carried_out"]
ROW_LABELS = {**ENTRY_LABELS, **dict(OUTCOMES), "total": TOTAL_LABEL, "carried_out": CARRIED_OUT_LABEL}

REVIEW_KIND_CODES = [code for code, _ in REVIEW_KINDS]
REVIEW_RESULT_CODES = [code for code, _ in REVIEW_RESULTS]
TABLE4_KEYS = [*REVIEW_RESULT_CODES, "total"]


class TableInputError(ValueError):
    """A count that cannot go into a table (unknown code, negative number)."""


# --------------------------------------------------------------------------- table 三

def classify(received_on: datetime.date | None, closed_on: datetime.date | None, year: int):
    """(entry, closed_in_year) of one application for `year`, or None when it is not in that year's table.

    entry is "new" (received in the year) or "carried_in" (received earlier, not closed before
    1 January); closed_in_year says whether it takes an outcome row (else it is carried out).
    An application not yet confirmed as received (received_on None) is in no table.
    """
    if received_on is None or received_on.year > year:
        return None
    start = datetime.date(year, 1, 1)
    if received_on < start:
        if closed_on is not None and closed_on < start:
            return None
        entry = "carried_in"
    else:
        entry = "new"
    return entry, closed_on is not None and closed_on.year == year


@dataclass(frozen=True)
class Row:
    code: str
    label: str
    values: tuple[int, ...]  # the six applicant columns, then 总计

    def to_json(self) -> dict:
        return {"code": self.code, "label": self.label, "values": list(self.values)}


@dataclass(frozen=True)
class Table3:
    rows: tuple[Row, ...]

    def row(self, code: str) -> Row:
        for row in self.rows:
            if row.code == code:
                return row
        raise KeyError(code)

    def value(self, code: str, column: str = "总计") -> int:
        return self.row(code).values[COLUMNS.index(column)]

    def to_json(self) -> dict:
        return {"columns": list(COLUMNS), "rows": [row.to_json() for row in self.rows]}


def _with_total(counts: list[int]) -> tuple[int, ...]:
    return (*counts, sum(counts))


def table3_from_flows(flows: Mapping[tuple[str, str, str], int]) -> Table3:
    """Table 三 from flows[(entry, exit, applicant_type)] = count.

    entry: "new" or "carried_in"; exit: an outcome code or "carried_out".
    """
    grid = {code: [0] * len(APPLICANT_CODES) for code in ROW_CODES}
    for key, count in flows.items():
        entry, exit_, applicant = key
        if entry not in ENTRY_LABELS:
            raise TableInputError(f"未知的来源“{entry}”（应为 new 或 carried_in）")
        if exit_ != "carried_out" and exit_ not in OUTCOME_CODES:
            raise TableInputError(f"未知的办理结果代码“{exit_}”")
        if applicant not in APPLICANT_CODES:
            raise TableInputError(f"未知的申请人类型“{applicant}”")
        if count < 0:
            raise TableInputError(f"申请数量不能为负数：{key} = {count}")
        col = APPLICANT_CODES.index(applicant)
        grid[entry][col] += count
        grid[exit_][col] += count
        if exit_ != "carried_out":
            grid["total"][col] += count
    return Table3(tuple(Row(code, ROW_LABELS[code], _with_total(grid[code])) for code in ROW_CODES))


# --------------------------------------------------------------------------- table 四

def review_column(filed_on: datetime.date, decided_on: datetime.date | None, result: str, year: int):
    """The table-四 result column of a case for `year`, or None when the case is not in that year.

    A case belongs to the year it was filed in and to every later year it is still pending on
    1 January; it shows its result when decided by 31 December, else 尚未审结.
    """
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if filed_on > end or (decided_on is not None and decided_on < start):
        return None
    if decided_on is None or decided_on > end or result == "pending":
        return "pending"
    return result


def table4_from_counts(counts: Mapping[tuple[str, str], int]) -> dict:
    """Table 四 from counts[(kind, result)] = n: {kind: {upheld, corrected, other, pending, total}}."""
    table = {kind: dict.fromkeys(TABLE4_KEYS, 0) for kind in REVIEW_KIND_CODES}
    for (kind, result), count in counts.items():
        if kind not in table:
            raise TableInputError(f"未知的案件类型“{kind}”")
        if result not in REVIEW_RESULT_CODES:
            raise TableInputError(f"未知的案件结果“{result}”")
        if count < 0:
            raise TableInputError(f"案件数量不能为负数：{kind}/{result} = {count}")
        table[kind][result] += count
        table[kind]["total"] += count
    return table


# --------------------------------------------------------------------------- table 二

@dataclass(frozen=True)
class DocumentCounts:
    """第二十条第（一）项: one row (规章 or 行政规范性文件)."""

    made: int = 0
    repealed: int = 0
    in_force: int = 0

    def to_json(self) -> dict:
        return {"made": self.made, "repealed": self.repealed, "in_force": self.in_force}


@dataclass(frozen=True)
class DecisionCount:
    """本年处理决定数量 counted from records, unless a person entered another figure (shown as such)."""

    computed: int = 0
    override: int | None = None

    @property
    def value(self) -> int:
        return self.computed if self.override is None else self.override

    @property
    def overridden(self) -> bool:
        return self.override is not None

    def to_json(self) -> dict:
        return {"value": self.value, "computed": self.computed, "source": "manual" if self.overridden else "records"}


@dataclass(frozen=True)
class Table2:
    rules: DocumentCounts = field(default_factory=DocumentCounts)
    normative_documents: DocumentCounts = field(default_factory=DocumentCounts)
    licensing: DecisionCount = field(default_factory=DecisionCount)
    penalty: DecisionCount = field(default_factory=DecisionCount)
    enforcement: DecisionCount = field(default_factory=DecisionCount)
    fees_10k_yuan: Decimal = Decimal("0")  # 行政事业性收费, entered by staff, in 万元

    def to_json(self) -> dict:
        return {
            "rules": self.rules.to_json(),
            "normative_documents": self.normative_documents.to_json(),
            "licensing": self.licensing.to_json(),
            "penalty": self.penalty.to_json(),
            "enforcement": self.enforcement.to_json(),
            "fees_10k_yuan": format_amount(self.fees_10k_yuan),
        }


def format_amount(amount: Decimal) -> str:
    """A money figure as written in a report: no trailing zeros (0.57, 12, 0)."""
    text = f"{Decimal(amount):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"
