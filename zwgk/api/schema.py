"""OpenAPI 3.0 description of the read-only JSON API under /api/v1.

Kept by hand next to the views; zwgk/api/tests check it against real responses, so a key added
to a response without being documented here fails the build.
"""
from copy import deepcopy

from zwgk.api.records import DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE, VALIDITIES

TIMELINESS = ["pending", "on_time", "late", "overdue"]


def _string(description, **extra):
    return {"type": "string", "description": description, **extra}


def _nullable(schema):
    return {**schema, "nullable": True}


def _date(description):
    return _nullable(_string(description, format="date"))


ERROR = {
    "type": "object",
    "additionalProperties": False,
    "required": ["error", "status"],
    "properties": {
        "error": _string("错误说明（中文）"),
        "status": {"type": "integer", "description": "HTTP 状态码"},
        "parameter": _string("出错的查询参数"),
    },
}

ATTACHMENT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "url", "size", "content_type"],
    "properties": {
        "name": _string("文件名"),
        "url": _string("下载地址", format="uri"),
        "size": {"type": "integer", "description": "字节数"},
        "content_type": _string("MIME 类型，如 application/pdf"),
    },
}

RECORD = {
    "type": "object",
    "additionalProperties": False,
    "required": [
        "index_number", "title", "summary", "publisher", "doc_number", "formed_on", "published_on", "topic",
        "genre", "validity", "valid_from", "valid_until", "keywords", "agency", "item", "unit", "elements",
        "attachments", "url", "period", "due_on", "timeliness", "timeliness_label", "provisional", "withdrawn",
        "withdrawn_reason",
    ],
    "properties": {
        "index_number": _string("索引号，如 11640100MB1234567X/2020-00012（含“/”）"),
        "title": _string("名称"),
        "summary": _string("内容概述"),
        "publisher": _string("发布机构"),
        "doc_number": _string("文号"),
        "formed_on": _date("生成日期：信息形成或变更的日期，公开时限从这一天起算"),
        "published_on": _date("发布日期"),
        "topic": _string("主题分类"),
        "genre": _string("体裁，如 通知、公告、解读"),
        "validity": _string("有效性", enum=list(VALIDITIES)),
        "valid_from": _date("生效日期"),
        "valid_until": _date("废止/失效日期"),
        "keywords": {"type": "array", "items": {"type": "string"}, "description": "主题词"},
        "agency": {
            "type": "object",
            "additionalProperties": False,
            "required": ["name", "slug"],
            "properties": {"name": _string("机关名称"), "slug": _string("网址标识")},
        },
        "item": {
            "type": "object",
            "additionalProperties": False,
            "required": ["name", "path", "slug"],
            "properties": {
                "name": _string("事项名称"),
                "path": {"type": "array", "items": {"type": "string"}, "description": "一级事项到本事项的名称"},
                "slug": _string("事项在目录内的标识，如 2-3"),
            },
        },
        "unit": _nullable(_string("公开主体")),
        "elements": {
            "type": "object",
            "additionalProperties": {},
            "description": "公开要素：要素名称 → 值（按目录中该事项的要素定义）；已撤回的信息为空",
        },
        "attachments": {"type": "array", "items": ATTACHMENT, "description": "附件（下载地址在门户网站上）；已撤回的信息为空"},
        "url": _string("门户网站上的页面地址", format="uri"),
        "period": _nullable(_string("报告期（按年度、季度或月份公开的事项）：2024、2024H1、2024Q1 或 2024-03；其他事项为 null")),
        "due_on": _date("应公开日期（按事项的公开时限、报告期和机关的工作日历计算）"),
        "timeliness": _nullable(
            _string("时效：pending 待发布、on_time 按时发布、late 逾期发布、overdue 已逾期未发布；无法计算时为 null", enum=TIMELINESS)
        ),
        "timeliness_label": _string("时效的中文说明，如 按时发布、逾期 2 个工作日发布"),
        "provisional": {"type": "boolean", "description": "应公开日期为暂定（涉及尚未公布节假日安排的年份）"},
        "withdrawn": {"type": "boolean", "description": "已撤回"},
        "withdrawn_reason": _nullable(_string("撤回原因")),
    },
}

RECORD_DETAIL = deepcopy(RECORD)
RECORD_DETAIL["properties"]["body"] = _string("正文（已净化的 HTML）；已撤回的信息为空")
RECORD_DETAIL["required"] = RECORD["required"] + ["body"]

RECORD_PAGE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["count", "count_capped", "page", "page_size", "num_pages", "next", "previous", "results"],
    "properties": {
        "count": {"type": "integer", "description": "符合条件的记录总数"},
        "count_capped": {
            "type": "boolean",
            "description": "检索词极常见、命中超过 10000 条时为 true：count 为下限，仅在最新的 10000 条中按相关度排序",
        },
        "page": {"type": "integer"},
        "page_size": {"type": "integer"},
        "num_pages": {"type": "integer"},
        "next": _nullable(_string("下一页地址", format="uri")),
        "previous": _nullable(_string("上一页地址", format="uri")),
        "results": {"type": "array", "items": {"$ref": "#/components/schemas/Record"}},
    },
}


def _query(name, description, schema=None, example=None):
    parameter = {"name": name, "in": "query", "required": False, "description": description, "schema": schema or {"type": "string"}}
    if example is not None:
        parameter["example"] = example
    return parameter


RECORD_LIST_PARAMETERS = [
    _query("agency", "机关：网址标识、名称或简称", example="yinchuan-rsj"),
    _query("item", "事项：标识（如 2-3）、编号或名称", example="政策法规"),
    _query("year", "发布日期所在年份", {"type": "integer", "minimum": 1900, "maximum": 2999}, 2024),
    _query("unit", "公开主体：名称或编号"),
    _query("genre", "体裁，如 通知（也可写作参数 体裁）", example="通知"),
    _query("validity", "有效性（也可写作参数 有效性）", {"type": "string", "enum": list(VALIDITIES)}),
    _query("q", "全文检索关键词；给出时默认按相关度排序（同义词、简称一并检索，英文引号内的词只搜原词）"),
    _query("sort", "有 q 时的排序：relevance（相关度，默认）或 date（发布日期，最新在前，精确计数）",
           {"type": "string", "enum": ["relevance", "date"]}),
    _query("page", "页码，从 1 开始", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1}),
    _query(
        "page_size",
        f"每页条数，默认 {DEFAULT_PAGE_SIZE}，最多 {MAX_PAGE_SIZE}",
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE},
    ),
]

CATALOG_PARAMETERS = [
    _query("agency", "机关：网址标识或名称（只有一个机关时可省略）", example="yinchuan-rsj"),
    _query("year", "目录年度（省略时为现行目录）", {"type": "integer"}, 2020),
]

CATALOG_ITEM = {
    "type": "object",
    "description": "一个公开事项（交换格式，与 zwgk export-catalog --format json 相同）",
    "additionalProperties": False,
    "properties": {
        "category": _string("一级事项"),
        "name": _string("事项名称"),
        "path": {"type": "array", "items": {"type": "string"}, "description": "一级/二级(/三级) 事项名称"},
        "elements": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": True,
                "properties": {
                    "name": _string("要素名称"),
                    "type": _string("类型", enum=["text", "date", "number", "file", "list"]),
                    "required": {"type": "boolean"},
                },
            },
            "description": "公开内容（要素）",
        },
        "basis": {"type": "array", "items": {"type": "string"}, "description": "公开依据"},
        "deadline": {
            "type": "object",
            "additionalProperties": True,
            "description": "公开时限：原文 text 与可计算的规则 rule {kind, days, day_type, event, …}",
            "properties": {"text": _string("公开时限原文"), "rule": {"type": "object", "additionalProperties": True}},
        },
        "units": {"type": "array", "items": {"type": "string"}, "description": "公开主体"},
        "channels": {
            "type": "array",
            "items": {"type": "object", "additionalProperties": True, "properties": {"name": _string("渠道"), "note": _string("注明")}},
            "description": "公开渠道和载体",
        },
        "mode": {"type": "array", "items": {"type": "string"}, "description": "公开方式：主动 / 依申请"},
        "audience": {"type": "array", "items": {"type": "string"}, "description": "公开对象"},
        "level": {"type": "array", "items": {"type": "string"}, "description": "公开层级"},
        "five_types": {"type": "array", "items": {"type": "string"}, "description": "“五公开”类型"},
        "columns": {"type": "array", "items": {"type": "string"}, "description": "网站所属栏目"},
        "remarks": _string("备注"),
    },
}

CATALOG = {
    "type": "object",
    "description": "机关的公开目录，目录交换格式（与 zwgk export-catalog --format json 逐字节相同）",
    "additionalProperties": False,
    "required": ["format", "version", "catalog", "items"],
    "properties": {
        "format": _string("固定为 zwgk-catalog", enum=["zwgk-catalog"]),
        "version": {"type": "integer", "description": "交换格式版本"},
        "catalog": {
            "type": "object",
            "description": "目录表头",
            "additionalProperties": False,
            "properties": {
                "title": _string("目录名称"),
                "year": _nullable({"type": "integer", "description": "年度"}),
                "agency": _string("机关名称"),
                "responsible_unit": _string("责任单位"),
                "filled_by": _string("填表人"),
                "reviewed_by": _string("复核人"),
                "signed_by": _string("审签人"),
                "filled_on": _nullable(_string("填表时间")),
                "declared": {
                    "type": "object",
                    "additionalProperties": {"type": "integer"},
                    "description": "表头声明的事项数，如 {level1: 6, level2: 26}",
                },
            },
        },
        "items": {"type": "array", "items": {"$ref": "#/components/schemas/CatalogItem"}},
    },
}

CATALOG_ERROR = {
    "type": "object",
    "additionalProperties": False,
    "required": ["detail"],
    "properties": {
        "detail": _string("错误说明（中文）"),
        "agencies": {
            "type": "array",
            "description": "有多个机关时可选的机关",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"slug": _string("网址标识"), "name": _string("机关名称")},
            },
        },
    },
}


def _json(schema, description):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _error(description):
    return _json({"$ref": "#/components/schemas/Error"}, description)


def build_schema(request=None) -> dict:
    """The OpenAPI 3.0 document served at /api/v1/openapi.json."""
    from zwgk.api.applications import openapi_paths

    application_paths, application_schemas = openapi_paths()
    server = request.build_absolute_uri("/api/v1") if request is not None else "/api/v1"
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "政务公开平台开放接口",
            "version": "1",
            "description": "JSON 接口：公开目录与已发布的政府信息（只读，只返回已发布的信息；已撤回的信息在详情中标明撤回），以及依申请公开的提交和进度查询。",
        },
        "servers": [{"url": server}],
        "paths": {
            "/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "本接口说明（OpenAPI 3.0）",
                    "responses": {
                        "200": _json({"type": "object", "additionalProperties": True}, "OpenAPI 文档"),
                        "405": _error("只支持 GET、HEAD"),
                    },
                }
            },
            "/catalog": {
                "get": {
                    "operationId": "catalog",
                    "summary": "公开目录",
                    "parameters": CATALOG_PARAMETERS,
                    "responses": {
                        "200": _json({"$ref": "#/components/schemas/Catalog"}, "公开目录"),
                        "400": _json({"$ref": "#/components/schemas/CatalogError"}, "有多个机关而未指定，或年度无效"),
                        "404": _json({"$ref": "#/components/schemas/CatalogError"}, "机关或目录不存在"),
                        "405": _error("只支持 GET、HEAD"),
                    },
                }
            },
            "/records": {
                "get": {
                    "operationId": "listRecords",
                    "summary": "已发布的政府信息列表",
                    "description": "默认按发布日期从新到旧；给出 q 时按相关度排序。已撤回的信息不在列表中。",
                    "parameters": RECORD_LIST_PARAMETERS,
                    "responses": {
                        "200": _json({"$ref": "#/components/schemas/RecordPage"}, "一页记录"),
                        "400": _error("参数无效（如 page_size 超过 200）"),
                        "404": _error("页码超出范围"),
                        "405": _error("只支持 GET、HEAD"),
                        "503": _error("全文检索尚未启用（仅 q 参数）"),
                    },
                }
            },
            "/records/{index_number}": {
                "get": {
                    "operationId": "getRecord",
                    "summary": "按索引号取一条政府信息",
                    "parameters": [
                        {
                            "name": "index_number",
                            "in": "path",
                            "required": True,
                            "description": "索引号。其中的“/”按 URL 编码写作 %2F（OpenAPI 工具生成的就是这种），"
                                           "如 /api/v1/records/11640100MB1234567X%2F2020-00012；"
                                           "原样的“/”（…/11640100MB1234567X/2020-00012）也可以",
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": _json({"$ref": "#/components/schemas/RecordDetail"}, "记录详情（含正文）"),
                        "404": _error("没有这条公开信息（不存在或尚未发布）"),
                        "405": _error("只支持 GET、HEAD"),
                    },
                }
            },
            **application_paths,
        },
        "components": {
            "schemas": {
                "Record": RECORD,
                "RecordDetail": RECORD_DETAIL,
                "RecordPage": RECORD_PAGE,
                "Attachment": ATTACHMENT,
                "Catalog": CATALOG,
                "CatalogItem": CATALOG_ITEM,
                "CatalogError": CATALOG_ERROR,
                "Error": ERROR,
                **application_schemas,
            }
        },
    }
