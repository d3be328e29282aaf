"""依申请公开 over JSON, for provincial platforms that forward applications.

POST /api/v1/applications creates one (201 {number, code, state}; the same body again answers 200
with the same application); GET /api/v1/applications/status?number=…&code=… tracks it. Errors are
always JSON: 400 {"errors": {field: [messages]}}, 404/405/413/429 {"error", "status"}.
"""
from __future__ import annotations

import json

from django.core.exceptions import RequestDataTooBig, ValidationError
from django.db.models import Q
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from zwgk.applications import services
from zwgk.applications.forms import ApplicationForm
from zwgk.applications.models import Channel
from zwgk.catalog.models import Agency

MAX_BODY_BYTES = 64 * 1024
STATUS_KEYS = ("number", "state", "received_on", "due_on", "provisional", "paused", "events", "state_label",
               "closed_on", "outcome")


def _json(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def _error(status, message):
    return _json({"error": message, "status": status}, status)


def _errors(errors: dict, status=400):
    return _json({"errors": {field: [str(m) for m in messages] for field, messages in errors.items()}}, status)


def find_agency(value):
    value = str(value or "").strip()
    if not value:
        return None
    return Agency.objects.filter(Q(slug=value) | Q(name=value)).first()


@csrf_exempt
def submit(request):
    """POST /api/v1/applications."""
    if request.method != "POST":
        response = _error(405, f"不支持 {request.method} 方法，请用 POST 提交申请")
        response["Allow"] = "POST"
        return response
    try:
        raw = request.body
    except RequestDataTooBig:
        return _error(413, "请求体过大")
    if len(raw) > MAX_BODY_BYTES:
        return _error(413, f"请求体过大（最多 {MAX_BODY_BYTES // 1024} KB）")
    try:
        body = json.loads(raw.decode("utf-8") or "null")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return _errors({"__all__": [f"请求体不是有效的 UTF-8 JSON：{exc}"]})
    if not isinstance(body, dict):
        return _errors({"__all__": ["请求体应为 JSON 对象"]})
    agency = find_agency(body.get("agency"))
    form = ApplicationForm({k: ("" if v is None else str(v)) for k, v in body.items() if k in ApplicationForm.base_fields})
    errors = {}
    if agency is None:
        errors["agency"] = ["没有找到该机关：请填写机关的网址标识或全称" if body.get("agency") else "请填写受理机关（网址标识或全称）"]
    if not form.is_valid():
        errors.update({field: list(messages) for field, messages in form.errors.items()})
    unknown = sorted(set(body) - set(ApplicationForm.base_fields) - {"agency"})
    if unknown:
        errors["__all__"] = [f"未知的字段：{', '.join(unknown)}"]
    if errors:
        return _errors(errors)
    ip = services.client_ip(request)
    idempotency = request.headers.get("Idempotency-Key", "").strip()[:60]
    key = f"k:{agency.pk}:{idempotency}" if idempotency else services.content_key(agency, form.cleaned_data)
    from zwgk.applications.models import Application

    if not Application.objects.filter(submission_key=key).exists():
        reason = services.submission_throttled(ip, form.cleaned_data["id_number"])
        if reason:
            return _error(429, reason)
    try:
        app, code, created = services.submit(agency, form.cleaned_data, channel=Channel.PLATFORM, submission_key=key, ip=ip)
    except ValidationError as exc:
        return _errors(exc.message_dict)
    return _json({"number": app.number, "code": services.format_code(code), "state": app.state}, 201 if created else 200)


def status(request):
    """GET /api/v1/applications/status?number=…&code=…."""
    if request.method not in ("GET", "HEAD"):
        response = _error(405, f"不支持 {request.method} 方法，本接口只读（GET、HEAD）")
        response["Allow"] = "GET, HEAD"
        return response
    number, code = request.GET.get("number", ""), request.GET.get("code", "")
    missing = {name: ["必填"] for name, value in (("number", number), ("code", code)) if not value.strip()}
    if missing:
        return _errors(missing)
    try:
        app = services.find_for_tracking(number, code, ip=services.client_ip(request))
    except services.Throttled:
        return _error(429, "查询失败次数过多，请15分钟后再试")
    if app is None:
        return _error(404, "申请编号或查询码不正确")
    services.audit(app, None, "track_api", ip=services.client_ip(request))
    data = services.public_status(app)
    return _json({key: data[key] for key in STATUS_KEYS})


# --------------------------------------------------------------------------- OpenAPI

def _s(description, **extra):
    return {"type": "string", "description": description, **extra}


def _nullable_date(description):
    return {"type": "string", "format": "date", "nullable": True, "description": description}


def openapi_paths(error_ref="#/components/schemas/Error") -> dict:
    from zwgk.applications import codes
    from zwgk.applications.models import Delivery, IdType, Medium, State

    def resp(ref, description):
        return {"description": description, "content": {"application/json": {"schema": {"$ref": ref}}}}

    err = lambda d: resp(error_ref, d)  # noqa: E731
    return {
        "/applications": {
            "post": {
                "operationId": "submitApplication",
                "summary": "提交政府信息公开申请（省级平台转来）",
                "description": "同一请求体（或同一 Idempotency-Key）再次提交不会重复登记，答复 200 和原申请。"
                               "按 IP 和申请人限制频率。申请以双方确认之日为收到日期，提交后状态为 pending（待确认）。",
                "parameters": [{"name": "Idempotency-Key", "in": "header", "required": False,
                                "description": "调用方的请求标识，相同标识视为同一申请", "schema": {"type": "string"}}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "additionalProperties": False,
                    "required": ["agency", "applicant_type", "name", "id_type", "id_number", "phone", "description",
                                 "medium", "delivery"],
                    "properties": {
                        "agency": _s("受理机关：网址标识或全称"),
                        "applicant_type": _s("申请人类型", enum=[c for c, _ in codes.APPLICANT_TYPES]),
                        "name": _s("姓名或名称"),
                        "id_type": _s("身份证明类型", enum=list(IdType.values)),
                        "id_number": _s("证件号码（居民身份证校验 GB 11643，统一社会信用代码校验 GB 32100）"),
                        "contact_person": _s("联系人"),
                        "phone": _s("联系电话"),
                        "email": _s("电子邮箱", format="email"),
                        "address": _s("通信地址（邮寄时必填）"),
                        "postal_code": _s("邮政编码"),
                        "description": _s("所需政府信息的名称或特征描述"),
                        "doc_number": _s("文号"),
                        "purpose": _s("用途"),
                        "medium": _s("获取方式", enum=list(Medium.values)),
                        "delivery": _s("获取途径", enum=list(Delivery.values)),
                    }}}}},
                "responses": {
                    "201": resp("#/components/schemas/ApplicationCreated", "已登记"),
                    "200": resp("#/components/schemas/ApplicationCreated", "此前已登记的同一申请"),
                    "400": resp("#/components/schemas/ApplicationErrors", "字段错误：每个字段的错误说明"),
                    "405": err("只支持 POST"),
                    "413": err("请求体过大"),
                    "429": err("提交过于频繁"),
                },
            }
        },
        "/applications/status": {
            "get": {
                "operationId": "applicationStatus",
                "summary": "凭申请编号和查询码查询办理进度",
                "parameters": [
                    {"name": "number", "in": "query", "required": True, "description": "申请编号", "schema": {"type": "string"}},
                    {"name": "code", "in": "query", "required": True, "description": "查询码（可含连字符）", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": resp("#/components/schemas/ApplicationStatus", "办理进度"),
                    "400": resp("#/components/schemas/ApplicationErrors", "缺少参数"),
                    "404": err("申请编号或查询码不正确（不说明是哪一项）"),
                    "405": err("只支持 GET、HEAD"),
                    "429": err("查询失败次数过多"),
                },
            }
        },
    }, {
        "ApplicationCreated": {
            "type": "object", "additionalProperties": False, "required": ["number", "code", "state"],
            "properties": {"number": _s("申请编号"), "code": _s("查询码，只在此返回一次"),
                           "state": _s("状态", enum=list(State.values))},
        },
        "ApplicationErrors": {
            "type": "object", "additionalProperties": False, "required": ["errors"],
            "properties": {"errors": {"type": "object", "description": "字段名 → 错误说明列表（__all__ 为整体错误）",
                                      "additionalProperties": {"type": "array", "items": {"type": "string"}}}},
        },
        "ApplicationStatus": {
            "type": "object", "additionalProperties": False, "required": list(STATUS_KEYS),
            "properties": {
                "number": _s("申请编号"),
                "state": _s("状态", enum=list(State.values)),
                "state_label": _s("状态（中文）"),
                "received_on": _nullable_date("收到日期（待确认时为 null）"),
                "due_on": _nullable_date("答复期限（待补正时为 null）"),
                "provisional": {"type": "boolean", "description": "期限暂定（有年份的节假日安排尚未公布）"},
                "paused": {"type": "boolean", "description": "计时暂停（征求意见、待缴费）"},
                "closed_on": _nullable_date("办结日期"),
                "outcome": {**_s("办理结果代码（年度报告表三）", enum=[c for c, _ in codes.OUTCOMES]), "nullable": True},
                "events": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["on", "type", "text"],
                    "properties": {"on": _s("日期", format="date"), "type": _s("事件类型"), "text": _s("说明（中文）")}}},
            },
        },
    }
