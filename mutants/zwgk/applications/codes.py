"""The codes of 依申请公开 shared by applications, the annual report and oversight (no Django).

Order matters: it is the order of the columns and rows of table 三 of the annual report
(国办公开办函〔2021〕30号 format), so the report and the validator read it from here.
"""

# Applicant type code → the column label of table 三.
APPLICANT_TYPES = [
    ("natural_person", "自然人"),
    ("enterprise", "商业企业"),
    ("research", "科研机构"),
    ("public_interest", "社会公益组织"),
    ("legal_services", "法律服务机构"),
    ("other_org", "其他"),
]

# Outcome code → the exact row label of table 三 (2021 format), in the table's order.
OUTCOMES = [
    ("disclosed", "（一）予以公开"),
    ("partly_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("withheld.state_secret", "1.属于国家秘密"),
    ("withheld.prohibited_by_law", "2.其他法律行政法规禁止公开"),
    ("withheld.security_stability", "3.危及“三安全一稳定”"),
    ("withheld.third_party", "4.保护第三方合法权益"),
    ("withheld.internal_affairs", "5.属于三类内部事务信息"),
    ("withheld.process_info", "6.属于四类过程性信息"),
    ("withheld.enforcement_file", "7.属于行政执法案卷"),
    ("withheld.inquiry", "8.属于行政查询事项"),
    ("unavailable.not_held", "1.本机关不掌握相关政府信息"),
    ("unavailable.needs_creation", "2.没有现成信息需要另行制作"),
    ("unavailable.still_unclear", "3.补正后申请内容仍不明确"),
    ("not_processed.petition", "1.信访举报投诉类申请"),
    ("not_processed.repeat", "2.重复申请"),
    ("not_processed.publication", "3.要求提供公开出版物"),
    ("not_processed.excessive", "4.无正当理由大量反复申请"),
    ("not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息"),
    ("other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other.other", "3.其他"),
]

# The group each outcome prefix belongs to: table 三's row-spanning labels.
OUTCOME_GROUPS = {
    "withheld": "（三）不予公开",
    "unavailable": "（四）无法提供",
    "not_processed": "（五）不予处理",
    "other": "（六）其他处理",
}

# 行政复议 / 行政诉讼 cases (table 四).
REVIEW_KINDS = [
    ("reconsideration", "行政复议"),
    ("litigation_direct", "未经复议直接起诉"),
    ("litigation_after_reconsideration", "复议后起诉"),
]
REVIEW_RESULTS = [
    ("upheld", "结果维持"),
    ("corrected", "结果纠正"),
    ("other", "其他结果"),
    ("pending", "尚未审结"),
]

APPLICANT_TYPE_LABELS = dict(APPLICANT_TYPES)
OUTCOME_LABELS = dict(OUTCOMES)


def outcome_group_label(code):
    """The table-三 group label of an outcome code ('' for 予以公开 and 部分公开)."""
    return OUTCOME_GROUPS.get(code.split(".", 1)[0], "") if "." in code else ""
