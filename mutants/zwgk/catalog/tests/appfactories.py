"""Hand-built catalogs for the catalog service, view and API tests (no parser involved)."""
import copy

from zwgk.catalog.formats.structure import (
    CatalogSpec,
    ChannelSpec,
    DeadlineRule,
    ElementSpec,
    ItemSpec,
    ParseResult,
    Problem,
)

AFTER_20 = DeadlineRule(kind="after_event", days=20, day_type="working", event="形成或变更")
AFTER_5 = DeadlineRule(kind="after_event", days=5, day_type="working", event="文件印发")
YEARLY = DeadlineRule(kind="yearly", month=1, day=31)


def small_spec(**header) -> CatalogSpec:
    """Two categories, four items, one three-level path, shared units and bases."""
    basis = ["《中华人民共和国政府信息公开条例》（国务院令第711号）", "国务院《2020年政务公开工作要点》"]
    spec = CatalogSpec(
        title="测试局政务公开基本目录",
        year=None,
        agency_name="银川市人力资源和社会保障局",
        responsible_unit="测试局",
        filled_by="张三",
        filled_on="2020-12-04",
        declared={"level1": 2, "level2": 2},
        items=[
            ItemSpec(
                path=["概况信息", "机构信息"],
                elements=[ElementSpec("内设机构及职责分工"), ElementSpec("直属机构及主要职责")],
                basis=basis,
                deadline_text="形成或变更之日起20个工作日内",
                deadline_rule=AFTER_20,
                units=["市人社局办公室"],
                channels=[ChannelSpec("部门网站"), ChannelSpec("其他", "宁夏政务服务网")],
                mode=["主动"],
                five_types=["管理"],
                columns=["银川市人力资源和社会保障局网站 › 机构职能 › 机构职责"],
                source_row=12,
            ),
            ItemSpec(
                path=["概况信息", "领导信息"],
                elements=[ElementSpec("姓名"), ElementSpec("发布时间")],
                basis=basis[:1],
                deadline_text="每年1月31日前公开",
                deadline_rule=YEARLY,
                units=["市人社局办公室", "市人社局政策法规和信访科"],
                channels=[ChannelSpec("部门网站")],
                mode=["主动"],
                source_row=13,
            ),
            ItemSpec(
                path=["基本信息", "政策文件", "部门文件"],
                elements=[ElementSpec("文件名称", "text", True), ElementSpec("印发日期", "date")],
                basis=["《银川市2020年政务公开工作要点》（银政办发〔2020〕12号）"],
                deadline_text="文件印发后5个工作日内公开",
                deadline_rule=AFTER_5,
                units=["市人社局政策法规和信访科"],
                channels=[ChannelSpec("部门网站")],
                mode=["主动", "依申请"],
                remarks="示例备注",
                source_row=14,
            ),
            ItemSpec(
                path=["基本信息", "工作动态"],
                elements=[ElementSpec("动态")],
                deadline_text="及时公开",
                deadline_rule=DeadlineRule(kind="immediate", days=20, day_type="working", flagged=True),
                units=["市人社局办公室"],
                source_row=15,
            ),
        ],
    )
    for key, value in header.items():
        setattr(spec, key, value)
    return spec


def result(spec=None, fmt="json", warnings=None) -> ParseResult:
    return ParseResult(
        catalog=copy.deepcopy(spec or small_spec()),
        warnings=list(warnings or [Problem("“√”所在列不明确", row=14, column="公开方式")]),
        format=fmt,
    )
