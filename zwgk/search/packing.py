"""Compact body text stored small: raw deflate of the GB18030 bytes with a preset dictionary.

SQLite keeps each indexed record's compact body (search_searchbody.body) to re-derive the tokens a
contentless FTS5 table needs for a delete, for the substring check of mixed terms and for
`rebuild-search-index --check`. Chinese text is 3 bytes a character in UTF-8 and 2 in GB18030
(which encodes every Unicode character); the dictionary of common words of government documents
lets even a short body start with back-references. The first byte says how the rest is stored, so
a later dictionary can be added without reading old rows wrongly.
"""
import zlib

# Words and phrases common in government information disclosure, most frequent last (deflate
# finds nearer matches with shorter codes). Changing this text needs a new FORMAT byte.
_DICTIONARY_TEXT = (
    "附件 联系人 联系电话 邮政编码 传真 电子邮箱 网址 地址 咨询电话 监督电话 办公室 "
    "特此公告 特此通知 特此批复 此复 现予公布 现予公示 公示期 公示时间 如有异议 请于 以书面形式 "
    "反映 受理 投诉 举报 行政复议 行政诉讼 依法 申请人 被申请人 当事人 法定代表人 统一社会信用代码 "
    "行政许可 行政处罚 行政强制 行政检查 行政确认 行政奖励 行政给付 行政裁决 权责清单 事项清单 "
    "财政预算 财政决算 部门预算 部门决算 三公经费 政府采购 招标 中标 成交 公告 采购项目 预算金额 "
    "万元 亿元 元 人次 户 个 项 件 家 名 % 同比增长 同比下降 环比 累计 完成 达到 "
    "年度 第一季度 第二季度 第三季度 第四季度 上半年 下半年 全年 月 日 年 "
    "各县（市、区） 各乡镇人民政府 各街道办事处 各有关单位 各部门 市直各部门 区直各部门 "
    "人民政府 人民政府办公室 办公厅 委员会 管理局 人力资源和社会保障局 人力资源和社会保障厅 "
    "财政局 教育局 卫生健康委员会 民政局 住房和城乡建设局 自然资源局 生态环境局 交通运输局 "
    "农业农村局 市场监督管理局 应急管理局 退役军人事务局 医疗保障局 税务局 公安局 司法局 "
    "社会保险 养老保险 医疗保险 失业保险 工伤保险 生育保险 住房公积金 最低生活保障 社会救助 "
    "就业创业 职业技能 技能培训 职称评审 人才引进 高校毕业生 农民工 劳动合同 劳动关系 劳动仲裁 "
    "工资 补贴 补助 资金 发放 申报 审核 审批 备案 登记 核准 公示 公开 发布 印发 转发 "
    "贯彻落实 决策部署 党中央 国务院 省委 省政府 市委 市政府 区委 区政府 县委 县政府 "
    "高度重视 加强领导 明确责任 分工负责 落到实处 统筹推进 切实 确保 进一步 认真 严格 及时 "
    "组织实施 工作方案 实施方案 实施办法 管理办法 暂行办法 实施细则 指导意见 若干措施 "
    "有关规定 有关要求 有关事项 有关情况 有关部门 相关材料 相关规定 相关部门 "
    "按照 根据 依据 为了 为进一步 为深入贯彻落实 经研究 经审核 经审查 符合条件 不符合条件 "
    "自发布之日起施行 自印发之日起施行 负责解释 以本办法为准 原有关规定同时废止 "
    "政务公开 信息公开 政府信息公开 主动公开 依申请公开 不予公开 政府网站 政务新媒体 "
    "社会 群众 企业 单位 个人 服务 管理 工作 建设 发展 推进 加强 提高 保障 落实 开展 "
    "关于 的 通知 的 公告 的 公示 的 意见 的 决定 的 报告 的 批复 的 函 "
)
_DICTIONARY = _DICTIONARY_TEXT.encode("gb18030")

FORMAT_PLAIN = b"\x00"  # UTF-8 as is (text GB18030 cannot round-trip, never expected)
FORMAT_DEFLATE_1 = b"\x01"  # raw deflate of GB18030 with _DICTIONARY
# Level 1: several times faster than the default and within a few per cent of its size here.
LEVEL = 1
MEM_LEVEL = 5  # a smaller match table: bodies are short, and setting up the default one costs more than compressing


def pack(text: str) -> bytes:
    """The stored form of a compact body."""
    try:
        data = text.encode("gb18030")
    except UnicodeEncodeError:
        return FORMAT_PLAIN + text.encode("utf-8", "surrogatepass")
    packer = zlib.compressobj(LEVEL, zlib.DEFLATED, -15, MEM_LEVEL, zlib.Z_DEFAULT_STRATEGY, _DICTIONARY)
    return FORMAT_DEFLATE_1 + packer.compress(data) + packer.flush()


def unpack(blob) -> str:
    """The text pack() stored (a str passes through: rows written before packing)."""
    if blob is None:
        return ""
    if isinstance(blob, str):
        return blob
    blob = bytes(blob)
    if not blob:
        return ""
    kind, rest = blob[:1], blob[1:]
    if kind == FORMAT_DEFLATE_1:
        unpacker = zlib.decompressobj(-15, zdict=_DICTIONARY)
        return (unpacker.decompress(rest) + unpacker.flush()).decode("gb18030")
    if kind == FORMAT_PLAIN:
        return rest.decode("utf-8", "surrogatepass")
    raise ValueError("全文检索：无法识别的正文存储格式")
