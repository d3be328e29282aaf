"""The audit log in words staff read: 事件, 字段, 原值, 新值 instead of raw keys (pure, no Django).

Events store compact keys (`pi_hits: 0`, `kind: mobile`); this module is the one place that turns
them into Chinese, so the log, exports and any later report say the same thing.
"""
from __future__ import annotations

import datetime as dt

from zwgk.records.pi import KIND_LABELS

EVENT_LABELS = {
    "create": "创建草稿", "update": "保存", "submit": "提交审核", "pi_confirm": "确认个人信息可公开",
    "pi_mask": "遮盖个人信息", "decide": "公开属性认定", "approve": "审核通过", "reject": "退回修改",
    "publish": "发布", "schedule": "定时发布", "unschedule": "取消定时发布", "schedule_failed": "定时发布失败",
    "withdraw": "撤回", "change": "变更", "attach": "上传附件", "detach": "删除附件", "delete": "删除草稿",
    "import": "批量导入", "docx_body": "导入 DOCX 正文",
}
STATE_LABELS = {"draft": "草稿", "submitted": "待审核", "approved": "已审核", "published": "已发布", "withdrawn": "已撤回"}
# The state change each action makes: (原值, 新值).
STATE_CHANGES = {
    "submit": ("draft", "submitted"), "approve": ("submitted", "approved"), "reject": ("submitted", "draft"),
    "publish": ("approved", "published"), "withdraw": ("published", "withdrawn"),
}
FIELD_LABELS = {
    "pi_hits": "疑似个人信息", "reason": "理由", "hits": "确认公开的个人信息", "source": "位置", "kind": "类型",
    "value": "遮盖后", "count": "遮盖处数", "revisions": "改写的历史版本数", "decision": "认定结果",
    "comment": "审核意见", "index_number": "索引号", "at": "定时发布时间", "note": "变更说明",
    "formed_on": "生成日期", "name": "文件名", "size": "大小", "version": "版本", "error": "错误",
    "record_id": "信息编号", "title": "名称", "state": "状态", "item": "公开事项", "source_file": "来源文件",
    "role": "用途", "pictures": "正文图片",
}
SOURCE_LABELS = {"title": "名称", "summary": "内容概述", "body": "正文"}


def source_label(source: str) -> str:
    """“正文”, “要素“案件名称””, “附件” for a PI finding's source key."""
    if source.startswith("element:"):
        return f"要素“{source.split(':', 1)[1]}”"
    if source.startswith("attachment:"):
        return "附件"
    return SOURCE_LABELS.get(source, source)


def _size(value) -> str:
    n = int(value)
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def value_text(key: str, value) -> str:
    """One detail value as staff read it."""
    if value is None or value == "":
        return "—"
    if key == "kind":
        return KIND_LABELS.get(value, value)
    if key == "source":
        return source_label(str(value))
    if key == "state":
        return STATE_LABELS.get(value, value)
    if key == "pi_hits":
        return "未发现" if not value else f"{value} 处"
    if key in ("count", "revisions"):
        return f"{value} 处" if key == "count" else f"{value} 个"
    if key == "size":
        return _size(value)
    if key == "pictures":
        return f"{value} 张"
    if key == "version":
        return f"第 {value} 版"
    if key == "at":
        try:
            return dt.datetime.fromisoformat(str(value)).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return str(value)
    if key == "hits" and isinstance(value, list):
        return "；".join(f"{source_label(h.get('source', ''))}{KIND_LABELS.get(h.get('kind'), h.get('kind', ''))}"
                        f" {h.get('value', '')}".strip() for h in value if isinstance(h, dict)) or "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def describe(action: str, detail: dict | None) -> tuple[str, list[tuple[str, str, str]]]:
    """(事件, [(字段, 原值, 新值)…]) for one audit event."""
    rows: list[tuple[str, str, str]] = []
    if action in STATE_CHANGES:
        old, new = STATE_CHANGES[action]
        rows.append(("状态", STATE_LABELS[old], STATE_LABELS[new]))
    # The per-field changes come last whatever order the database keeps the keys in (jsonb sorts them).
    for key, value in sorted((detail or {}).items(), key=lambda item: item[0] == "changes"):
        if key == "changes" and isinstance(value, list):  # [字段, 原值, 新值] written by the save itself
            rows.extend((str(f), str(o) or "—", str(n) or "—") for f, o, n in value)
            continue
        if action == "attach" and key == "kind":  # a file kind (pdf, docx), not a kind of personal data
            rows.append(("文件类型", "", str(value).upper()))
            continue
        rows.append((FIELD_LABELS.get(key, key), "", value_text(key, value)))
    return EVENT_LABELS.get(action, action), rows
