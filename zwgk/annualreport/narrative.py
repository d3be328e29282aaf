"""Drafts of sections 一, 五 and 六 in plain Chinese from the figures (no Django).

Only facts the data supports are stated; the office edits the drafts before finalising.
"""
from decimal import Decimal

from zwgk.annualreport.tables import format_amount

TITLES = {
    "overall": "一、总体情况",
    "table2": "二、主动公开政府信息情况",
    "table3": "三、收到和处理政府信息公开申请情况",
    "table4": "四、政府信息公开行政复议、行政诉讼情况",
    "problems": "五、存在的主要问题及改进情况",
    "other_matters": "六、其他需要报告的事项",
}


def preamble(agency_name: str, year: int) -> str:
    return (
        f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室"
        f"关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。"
        f"全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、"
        f"存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
        f"本报告电子版可在{agency_name}政府信息公开专栏查阅或下载。"
    )


def _t3(fig, code):
    return fig.table3.value(code)


def draft_overall(agency_name: str, fig) -> str:
    """一、总体情况: what was disclosed, requested and contested, from the counts."""
    t2 = fig.table2
    docs = []
    if t2.rules.made:
        docs.append(f"规章{t2.rules.made}件")
    if t2.normative_documents.made:
        docs.append(f"行政规范性文件{t2.normative_documents.made}件")
    made = f"，其中制发{'、'.join(docs)}" if docs else ""
    proactive = f"（一）主动公开。{fig.year}年，{agency_name}通过政府网站等渠道主动公开政府信息{fig.records_published}条{made}。"

    new, carried_in = _t3(fig, "new"), _t3(fig, "carried_in")
    closed, carried_out = _t3(fig, "total"), _t3(fig, "carried_out")
    if new or carried_in:
        disclosed, partly = _t3(fig, "disclosed"), _t3(fig, "partly_disclosed")
        requests = (
            f"（二）依申请公开。本年新收政府信息公开申请{new}件，上年结转{carried_in}件；"
            f"办结{closed}件，其中予以公开{disclosed}件、部分公开{partly}件、其他结果{closed - disclosed - partly}件；"
            f"结转下年度继续办理{carried_out}件。"
        )
    else:
        requests = "（二）依申请公开。本年度未收到政府信息公开申请，也无上年结转的申请。"

    recon = fig.table4["reconsideration"]["total"]
    direct = fig.table4["litigation_direct"]["total"]
    after = fig.table4["litigation_after_reconsideration"]["total"]
    if recon or direct or after:
        corrected = sum(fig.table4[k]["corrected"] for k in fig.table4)
        oversight = (
            f"（三）监督保障。本年度因政府信息公开工作被申请行政复议{recon}件，被提起行政诉讼{direct + after}件"
            f"（未经复议直接起诉{direct}件，复议后起诉{after}件），其中结果被纠正{corrected}件。"
        )
    else:
        oversight = "（三）监督保障。本年度未发生因政府信息公开工作引起的行政复议、行政诉讼。"
    return "\n".join([proactive, requests, oversight])


def draft_problems(fig) -> str:
    """五: the weak points the figures show, each with the improvement it calls for."""
    points = []
    if fig.items_without_records:
        points.append(
            f"公开目录中有{fig.items_without_records}个公开事项本年度没有发布信息，需逐项核实是否应当公开并及时补充更新。"
        )
    carried_out = _t3(fig, "carried_out")
    if carried_out:
        points.append(f"有{carried_out}件政府信息公开申请结转下年度继续办理，需加强办理进度跟踪，确保在法定期限内答复。")
    not_held = _t3(fig, "unavailable.not_held")
    if not_held:
        points.append(f"因本机关不掌握相关政府信息而无法提供的申请有{not_held}件，需在公开指南中进一步说明本机关职责和信息范围。")
    corrected = sum(fig.table4[k]["corrected"] for k in fig.table4)
    if corrected:
        points.append(f"有{corrected}件行政复议、行政诉讼案件结果被纠正，需逐案分析原因，规范答复文书和办理程序。")
    if not points:
        points.append("对照《条例》要求，主动公开的及时性和解读回应的针对性仍需进一步提升。")
    numbered = [f"{'一二三四五六'[i]}是{p}" for i, p in enumerate(points)]
    return "存在的主要问题：" + "；".join(numbered) + "。\n改进措施：下一步将针对上述问题，完善政务公开工作机制，加强业务培训和督促检查，持续提升政务公开工作质量。"


def draft_other(fig) -> str:
    """六: the 信息处理费 collected (国办函〔2020〕109号), always stated."""
    if fig.fee_yuan and Decimal(fig.fee_yuan) > 0:
        fee = (
            f"依据《政府信息公开信息处理费管理办法》规定，{fig.year}年本机关收取信息处理费共计"
            f"{format_amount(fig.fee_yuan)}元（涉及{fig.fee_applications}件申请）。"
        )
    else:
        fee = f"依据《政府信息公开信息处理费管理办法》规定，{fig.year}年本机关未收取信息处理费。"
    return fee + "\n本年度无其他需要报告的事项。"


def drafts(agency_name: str, fig) -> dict[str, str]:
    return {
        "overall": draft_overall(agency_name, fig),
        "problems": draft_problems(fig),
        "other_matters": draft_other(fig),
    }
