"""Back-office forms for catalog items, uploads and new year's versions."""
from django import forms

from zwgk.catalog.formats.fields import CHOICE_FIELDS, FIELD_LABELS
from zwgk.catalog.formats.layouts import BASIC_LAYOUT, STANDARD_LAYOUTS
from zwgk.catalog.formats.structure import printed_channels
from zwgk.catalog.models import Element


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _ordered(selected: list[str], existing: list[str]) -> list[str]:
    """Keep the item's own order for values it already had; append new ones in choice order."""
    return [v for v in existing if v in selected] + [v for v in selected if v not in existing]


def _choices(standard, existing):
    values = list(standard) + [v for v in existing if v not in standard]
    return [(v, v) for v in values]


def snapshot_initial(snapshot: dict) -> dict:
    """ItemForm field values for an item snapshot (snapshot.item_snapshot): one value per line."""
    return {
        "name": snapshot["name"],
        "basis": "\n".join(snapshot["basis"]),
        "deadline_text": snapshot["deadline_text"],
        "units": "\n".join(snapshot["units"]),
        "channels": [c["name"] for c in snapshot["channels"]],
        "channel_notes": "\n".join(f"{c['name']}：{c['note']}" for c in snapshot["channels"] if c["note"]),
        **{f.key: snapshot[f.key] for f in CHOICE_FIELDS},
        "columns": "\n".join(snapshot["columns"]),
        "remarks": snapshot["remarks"],
    }


def _choice_field(key: str) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(label=FIELD_LABELS[key], required=False, widget=forms.CheckboxSelectMultiple)


class ItemForm(forms.Form):
    name = forms.CharField(label="事项名称", max_length=200)
    basis = forms.CharField(
        label="公开依据", required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text="每行一个文件，文号写在书名号后的括号内，如《……通知》（宁政办发〔2019〕12号）",
    )
    deadline_text = forms.CharField(
        label="公开时限", max_length=300, required=False,
        help_text="保存时重新解析为可校验的规则；无法解析的会标记为待人工确认",
    )
    units = forms.CharField(
        label="公开主体", required=False, widget=forms.Textarea(attrs={"rows": 3}), help_text="每行一个科室或直属单位"
    )
    channels = forms.MultipleChoiceField(label="公开渠道和载体", required=False, widget=forms.CheckboxSelectMultiple)
    channel_notes = forms.CharField(
        label="渠道备注", required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text="每行“渠道名称：备注”，如 其他：宁夏政务服务网",
    )
    mode = _choice_field("mode")
    audience = _choice_field("audience")
    scope_level = _choice_field("scope_level")
    five_types = _choice_field("five_types")
    columns = forms.CharField(
        label="网站所属栏目", required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="每行一个栏目路径，如 银川市人力资源和社会保障局网站 › 机构职能 › 机构职责",
    )
    remarks = forms.CharField(label="备注", required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, snapshot: dict, catalog_channels=(), **kwargs):
        self.snapshot = snapshot
        kwargs.setdefault("initial", snapshot_initial(snapshot))
        super().__init__(*args, **kwargs)
        # The same checkbox list as the exported table of this catalog, plus the item's own extras.
        own = [c["name"] for c in snapshot["channels"]]
        self.fields["channels"].choices = _choices(printed_channels([*catalog_channels, *own]), own)
        for f in CHOICE_FIELDS:
            self.fields[f.key].choices = _choices(f.choices, snapshot[f.key])

    def clean_deadline_text(self):
        from zwgk.catalog.formats.deadline import parse_deadline, rule_problems

        text = self.cleaned_data["deadline_text"]
        problems = rule_problems(parse_deadline(text)) if text.strip() else []
        if problems:
            raise forms.ValidationError(problems)
        return text

    def clean_channel_notes(self):
        notes = {}
        for i, line in enumerate(_lines(self.cleaned_data["channel_notes"]), start=1):
            name, sep, note = line.replace(":", "：").partition("：")
            if not sep or not name.strip():
                raise forms.ValidationError(f"第{i}行应写成“渠道名称：备注”")
            notes[name.strip()] = note.strip()
        return notes

    def clean(self):
        data = super().clean()
        notes = data.get("channel_notes") or {}
        unknown = [n for n in notes if n not in (data.get("channels") or [])]
        if unknown:
            self.add_error("channel_notes", f"备注对应的渠道未勾选：{'、'.join(unknown)}")
        return data

    def item_data(self, elements: list[dict]) -> dict:
        """The edited content in the snapshot shape that update_item takes."""
        d, snap = self.cleaned_data, self.snapshot
        old_channels = [c["name"] for c in snap["channels"]]
        return {
            "name": d["name"].strip(),
            "elements": elements,
            "basis": _lines(d["basis"]),
            "deadline_text": d["deadline_text"].strip(),
            "units": list(dict.fromkeys(_lines(d["units"]))),
            "channels": [
                {"name": n, "note": d["channel_notes"].get(n, "")} for n in _ordered(d["channels"], old_channels)
            ],
            **{f.key: _ordered(d[f.key], snap[f.key]) for f in CHOICE_FIELDS},
            "columns": _lines(d["columns"]),
            "remarks": d["remarks"].strip(),
        }


class ElementForm(forms.Form):
    name = forms.CharField(label="要素名称", max_length=200, required=False)
    type = forms.ChoiceField(label="类型", choices=Element.FIELD_TYPES)
    required = forms.BooleanField(label="必填", required=False)


ElementFormSet = forms.formset_factory(ElementForm, extra=2, can_delete=True)


def formset_elements(formset) -> list[dict]:
    out = []
    for form in formset.forms:
        if not form.is_valid() or not form.cleaned_data:
            continue
        if form.cleaned_data.get("DELETE") or not form.cleaned_data.get("name", "").strip():
            continue
        d = form.cleaned_data
        out.append({"name": d["name"].strip(), "type": d["type"], "required": bool(d["required"])})
    return out


class UploadForm(forms.Form):
    agency = forms.ModelChoiceField(label="机关", queryset=None, empty_label=None)
    file = forms.FileField(label="目录文件", help_text="支持原始PDF文本（.txt）、XLSX、DOCX、CSV、JSON")

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies


class NewVersionForm(forms.Form):
    year = forms.IntegerField(label="新年度", min_value=2000, max_value=2100)


class NewCatalogForm(forms.Form):
    """A catalog created from scratch: the agency, the year and one of the standard table layouts."""

    agency = forms.ModelChoiceField(label="机关", queryset=None, empty_label=None)
    year = forms.IntegerField(label="年度", min_value=2000, max_value=2100)
    title = forms.CharField(label="目录名称", max_length=200, required=False,
                            help_text="留空则为“机关名称政务公开基本目录”")
    layout = forms.ChoiceField(label="表格格式", widget=forms.RadioSelect,
                               choices=[(key, label) for key, (label, _) in STANDARD_LAYOUTS.items()],
                               initial=BASIC_LAYOUT.name,
                               help_text="导出 XLSX/DOCX 时按此格式排列各列、编排序号")

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies


class NewItemForm(forms.Form):
    level1 = forms.CharField(label="一级事项", max_length=200)
    level2 = forms.CharField(label="二级事项", max_length=200)
    level3 = forms.CharField(label="三级事项", max_length=200, required=False, help_text="可选")
