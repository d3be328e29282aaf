"""Word lists and generators for `zwgk demo-data`: plausible agencies, titles, 文号 and bodies.

Everything is drawn from a seeded random.Random, keyed on the catalog item a record belongs to,
so a corpus is reproducible and each item's records read like that item's subject.
"""
from __future__ import annotations

import datetime as dt
import random
import re

# (城市, 拼音, 行政区划代码, 简称) in 宁夏, then a few other provinces' cities for larger corpora.
CITIES = [
    ("银川市", "yinchuan", "640100", "银"), ("石嘴山市", "shizuishan", "640200", "石"), ("吴忠市", "wuzhong", "640300", "吴"),
    ("固原市", "guyuan", "640400", "固"), ("中卫市", "zhongwei", "640500", "卫"), ("灵武市", "lingwu", "640181", "灵"),
    ("永宁县", "yongning", "640121", "永"), ("贺兰县", "helan", "640122", "贺"), ("平罗县", "pingluo", "640221", "平"),
    ("青铜峡市", "qingtongxia", "640381", "青"), ("盐池县", "yanchi", "640323", "盐"), ("同心县", "tongxin", "640324", "同"),
    ("西吉县", "xiji", "640422", "西"), ("隆德县", "longde", "640423", "隆"), ("泾源县", "jingyuan", "640424", "泾"),
    ("彭阳县", "pengyang", "640425", "彭"), ("中宁县", "zhongning", "640521", "宁"), ("海原县", "haiyuan", "640522", "海"),
    ("兰州市", "lanzhou", "620100", "兰"), ("西宁市", "xining", "630100", "宁"), ("呼和浩特市", "huhehaote", "150100", "呼"),
]
PROVINCES = {"64": "宁夏回族自治区", "62": "甘肃省", "63": "青海省", "15": "内蒙古自治区"}
# (部门全称, 网址后缀, 文号简称, 主题分类)
DEPARTMENTS = [
    ("人力资源和社会保障局", "rsj", "人社", "劳动、人事、监察"), ("教育局", "jyj", "教", "科技、教育"),
    ("财政局", "czj", "财", "财政、金融、审计"), ("民政局", "mzj", "民", "民政、扶贫、救灾"),
    ("卫生健康委员会", "wjw", "卫健", "卫生、体育"), ("住房和城乡建设局", "zjj", "建", "城乡建设、环境保护"),
    ("自然资源局", "zrzyj", "自然资源", "国土资源、能源"), ("交通运输局", "jtysj", "交", "交通"),
    ("农业农村局", "nyncj", "农", "农业、林业、水利"), ("市场监督管理局", "scjgj", "市监", "市场监管、安全生产监管"),
]

# Subjects keyed on words in item names; the first match wins, the item name itself is the fallback.
TOPICS = [
    ("机构", ["内设机构职责调整", "机构职能", "直属单位设置"]),
    ("领导", ["领导班子分工", "领导成员调整"]),
    ("指南", ["政府信息公开指南"]),
    ("年报", ["政府信息公开工作年度报告"]),
    ("政策法规", ["劳动用工管理", "社会保险费征缴", "工资支付保障", "人才引进"]),
    ("部门文件", ["职称评审", "社会保险费征缴", "就业补贴发放", "技能人才培养", "工伤认定"]),
    ("解读", ["就业创业扶持政策", "养老保险待遇调整", "职称制度改革"]),
    ("发布会", ["稳就业保民生", "根治欠薪冬季专项行动"]),
    ("动态", ["春风行动", "民营企业招聘月", "职业技能大赛", "社保经办服务提升"]),
    ("权责", ["权责清单动态调整", "行政职权事项"]),
    ("监管", ["事中事后监管", "年度监管计划"]),
    ("责任", ["责任清单", "追责情形"]),
    ("处罚", ["劳动保障监察行政处罚", "拖欠工资案件"]),
    ("财务", ["部门预算", "部门决算", "三公经费", "政府采购"]),
    ("就业", ["高校毕业生就业", "创业担保贷款", "公益性岗位开发", "三支一扶计划", "就业见习"]),
    ("社会保障", ["城乡居民养老保险", "工伤保险", "社会保险基金运行", "退休审批"]),
    ("人事人才", ["事业单位公开招聘", "职称评审", "职业资格考试", "高层次人才项目"]),
    ("劳动监察", ["农民工工资清欠", "劳动关系和谐企业评选", "劳动人事争议仲裁"]),
    ("脱贫", ["建档立卡劳动力转移就业", "就业帮扶车间", "劳务品牌建设"]),
    ("法治", ["普法依法治理", "法治政府建设"]),
    ("双随机", ["随机抽查事项清单", "双随机抽查结果"]),
    ("规划", ["年度工作计划", "重点任务推进", "工作总结"]),
    ("建议提案", ["人大代表建议办理", "政协委员提案办理"]),
    ("回应", ["热点问题回应", "网民留言办理", "领导信箱办理"]),
    ("服务", ["公共服务事项清单", "办事指南", "不见面办理"]),
]
GENRES_BY_WORD = [
    ("文件", ["通知", "通知", "意见", "办法", "决定"]), ("政策法规", ["通知", "办法", "规定", "意见"]),
    ("解读", ["解读"]), ("年报", ["报告"]), ("处罚", ["决定书"]), ("动态", ["工作动态", "工作动态", "公示", "公告"]),
    ("财务", ["报告", "公告"]), ("发布会", ["新闻发布"]), ("清单", ["清单", "通知"]), ("规划", ["计划", "总结"]),
]
GENRES_DEFAULT = ["通知", "公告", "公示", "报告", "工作动态"]
TITLES = {
    "通知": ["关于做好{year}年{topic}工作的通知", "关于开展{topic}专项行动的通知", "关于印发《{city}{topic}实施方案》的通知",
             "关于调整{topic}有关事项的通知"],
    "意见": ["关于进一步加强{topic}工作的实施意见", "关于推进{topic}高质量发展的意见"],
    "办法": ["{city}{topic}管理办法", "{city}{topic}实施细则（试行）"],
    "规定": ["{city}{topic}若干规定"],
    "决定": ["关于表彰{year}年度{topic}先进集体和个人的决定"],
    "公告": ["{year}年{topic}公告（第{n}号）", "关于{topic}有关事项的公告"],
    "公示": ["{year}年{topic}拟认定名单公示", "关于{topic}结果的公示"],
    "报告": ["{agency}{year}年{topic}报告", "{year}年度{topic}情况报告"],
    "工作动态": ["{city}召开{topic}工作推进会", "{short}扎实推进{topic}工作", "{topic}工作取得阶段性成效",
                 "{short}开展{topic}宣传活动"],
    "解读": ["《关于{topic}的实施意见》政策解读", "图解：{year}年{topic}政策"],
    "决定书": ["{short}行政处罚决定书（{topic}）"],
    "新闻发布": ["{city}{topic}新闻发布会实录"],
    "清单": ["{agency}{topic}（{year}年版）"],
    "计划": ["{agency}{year}年{topic}"],
    "总结": ["{agency}{year}年{topic}工作总结"],
}
OPENINGS = [
    "为深入贯彻落实党中央、国务院关于{topic}的决策部署，进一步做好我{area}{topic}工作，现就有关事项通知如下。",
    "根据《中华人民共和国政府信息公开条例》和上级部门有关要求，结合我{area}实际，制定本{genre}。",
    "{year}年以来，{agency}坚持以人民为中心的发展思想，围绕{topic}持续用力，取得了积极成效。",
    "为规范{topic}工作程序，保障群众合法权益，经研究决定，现将有关事项{genre_verb}如下。",
]
MIDDLES = [
    "一是加强组织领导，各单位要把{topic}列入重要议事日程，明确责任分工，确保各项任务落到实处。",
    "二是强化政策落实，对符合条件的对象做到应享尽享，简化办理流程，推行“一窗受理、一次办结”。",
    "三是做好宣传引导，通过政府网站、政务新媒体和基层服务平台广泛宣传{topic}政策，提高群众知晓率。",
    "四是严格监督管理，建立工作台账，定期调度进展情况，对工作不力的单位进行通报。",
    "截至{year}年{month}月底，全{area}累计办理{topic}相关业务{count}件，惠及群众{people}人次。",
    "各县（市、区）人力资源和社会保障部门要结合本地实际，认真组织实施，及时研究解决工作中遇到的问题。",
    "申请人可通过宁夏政务服务网、“我的宁夏”政务APP或到各级政务服务中心窗口办理，办理时限为{days}个工作日。",
    "对在{topic}工作中弄虚作假、骗取资金的，依法依规严肃处理，并纳入失信记录。",
    "本{genre}所称{topic}，是指依照国家和自治区有关规定开展的相关工作及其服务事项。",
]
CLOSINGS = [
    "本{genre}自印发之日起施行，由{agency}负责解释。",
    "联系人：{person}，联系电话：0951-{phone}。",
    "特此{genre_verb}。",
    "如对公示内容有异议，请于公示期内以书面形式向{agency}反映，公示期为 5 个工作日。",
]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅建国海燕晓东志刚丽华文博宁婷"
ATTACHMENT_NAMES = ["{topic}申报表", "{year}年{topic}名单", "{topic}办事指南", "{topic}统计表"]


def topics_for(item_name: str) -> list[str]:
    for word, topics in TOPICS:
        if word in item_name:
            return topics
    return [item_name]


def genres_for(item_name: str) -> list[str]:
    for word, genres in GENRES_BY_WORD:
        if word in item_name:
            return genres
    return GENRES_DEFAULT


def agency_rows(n: int, rng: random.Random) -> list[dict]:
    """N distinct agencies: cities first (人社局 of every city, then other departments)."""
    rows = []
    for dept_index, (dept, suffix, abbr, topic) in enumerate(DEPARTMENTS):
        for city, pinyin, code, short in CITIES:
            if len(rows) >= n:
                return rows
            serial = rng.randrange(10**6, 10**7)
            rows.append({
                "name": f"{city}{dept}", "short_name": f"{city[:-1] if len(city) > 2 else city}{abbr}局"
                if not dept.endswith("委员会") else f"{city[:-1]}{abbr}委",
                "slug": f"{pinyin}-{suffix}", "city": city, "abbr": f"{short}{abbr}",
                "credit_code": f"11{code}MB{serial:07d}{'0123456789X'[serial % 11]}",
                "region": f"{PROVINCES[code[:2]]}/{city}" if city.endswith("市") else f"{PROVINCES[code[:2]]}",
                "topic": topic, "dept": dept, "dept_index": dept_index,
            })
    if len(rows) < n:
        raise ValueError(f"最多生成 {len(rows)} 个机关（请求 {n} 个）")
    return rows


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def fill(template: str, ctx: dict) -> str:
    # A topic that already ends in the genre ("年度报告" + "报告") must not read 报告报告.
    return re.sub(r"(报告|清单|公告|通知|总结|计划)\1", r"\1", template.format(**ctx))


# Words a title carries once: a template word that the topic already holds ("年度工作计划" in
# "{year}年{topic}", "专项行动" twice) reads as a generator's seam, not as an office's title.
TITLE_WORDS = ("报告", "年度", "情况", "工作", "通知", "公告", "公示", "清单", "总结", "计划", "推进", "专项行动",
               "实施", "办法", "意见", "决定", "名单", "政策", "管理", "结果", "有关事项")


def doubled_word(title: str) -> str | None:
    """The first word a title says twice ("…年度报告情况报告" → 报告), or None when it reads cleanly."""
    if re.search(r"年年(?![报底初中])", title):
        return "年年"
    for word in TITLE_WORDS:
        if title.count(word) > 1:
            return word
    return None


def title_for(rng: random.Random, genre: str, ctx: dict) -> str:
    """A title of the genre that names the topic without doubled words; the plain topic when no template fits."""
    templates = list(TITLES.get(genre, TITLES["通知"]))
    rng.shuffle(templates)
    plain = ctx["topic"].removeprefix("年度")
    candidates = [fill(t, ctx) for t in templates] + [f"{ctx['short']}{ctx['year']}年{plain}", f"{plain}（{ctx['year']}年）"]
    return next((t for t in candidates if doubled_word(t) is None), candidates[-1])[:300]


def is_annual_report_item(item_name: str) -> bool:
    """The item of the 政府信息公开工作年度报告 (one report a year, due by 31 January of the next year)."""
    return "年报" in item_name or "年度报告" in item_name


def annual_report_title(agency: str, year: int) -> str:
    return f"{agency}{year}年政府信息公开工作年度报告"


def body_paragraphs(rng: random.Random, ctx: dict) -> list[str]:
    paras = [fill(rng.choice(OPENINGS), ctx)]
    for sentence in rng.sample(MIDDLES, rng.randint(2, 4)):
        paras.append(fill(sentence, {**ctx, "month": rng.randint(1, 12), "count": rng.randint(120, 98000),
                                     "people": rng.randint(500, 300000), "days": rng.choice((3, 5, 7, 10, 15, 20))}))
    paras.append(fill(rng.choice(CLOSINGS), {**ctx, "person": person(rng), "phone": rng.randint(5000000, 6999999)}))
    return paras


def element_value(rng: random.Random, name: str, field_type: str, ctx: dict, day: dt.date,
                  earliest: dt.date = dt.date.min):
    """A plausible value of one 公开要素; dates fall shortly before `day`, never before `earliest`."""
    if field_type == "date" or "时间" in name or "日期" in name:
        return max(earliest, day - dt.timedelta(days=rng.randint(0, 30))).isoformat()
    if field_type == "number" or "数" in name[-2:]:
        return str(rng.randint(1, 5000))
    if "电话" in name or "联系方式" in name:
        return f"0951-{rng.randint(5000000, 6999999)}"
    if "姓名" in name or "人员" in name:
        return "、".join(person(rng) for _ in range(rng.randint(1, 3)))
    return f"{ctx['topic']}{name.strip('0123456789、.． ')}（{ctx['year']}年）"

