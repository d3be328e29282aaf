import datetime

import pytest
from django.core.exceptions import ValidationError

from zwgk.records import services
from zwgk.records.forms import RecordForm


def test_elements_that_repeat_standard_metadata_map_onto_record_fields():
    mapped, rest = services.split_metadata_elements(
        ["文件名称", "文号", "正文", "发布机构", "发布时间", "发文时间", "发布日期", " 名称 ", "决定书文号", "案件名称"])
    assert mapped == {"文件名称": "title", "文号": "doc_number", "正文": "body", "发布机构": "publisher",
                      "发布时间": "published_at", "发文时间": "published_at", "发布日期": "published_at", " 名称 ": "title"}
    assert rest == ["决定书文号", "案件名称"]


def test_element_values_are_cleaned_by_type(world):
    cleaned = services.validate_elements(world.item_a, {
        "决定书文号": " 银人社罚〔2025〕3号 ", "处罚日期": "2025年9月26日", "罚款金额": "12,000.50",
        "处罚类别": "警告\n罚款", "案件名称": "",
    })
    assert cleaned == {"决定书文号": "银人社罚〔2025〕3号", "处罚日期": "2025-09-26", "罚款金额": 12000.5,
                       "处罚类别": ["警告", "罚款"]}


def test_missing_required_and_badly_typed_values_are_reported_per_element(world):
    with pytest.raises(ValidationError) as info:
        services.validate_elements(world.item_a, {"处罚日期": "九月", "罚款金额": "很多", "不存在的要素": "x"})
    errors = info.value.message_dict
    assert set(errors) == {"决定书文号", "处罚日期", "罚款金额", "不存在的要素"}
    assert "必填" in errors["决定书文号"][0]
    assert "日期格式无法识别：“九月”" in errors["处罚日期"][0]


def test_the_form_asks_each_element_once_and_not_the_ones_mapped_to_metadata(world):
    form = RecordForm(item=world.item_a, user=world.editor_a)
    labels = [f.label for f in form.element_fields]
    assert labels == ["决定书文号", "案件名称", "处罚日期", "罚款金额", "处罚类别", "处罚决定书"]
    assert "文件名称" not in labels and "发布时间" not in labels
    assert form.fields["title"].required  # 文件名称 is a required element
    assert "文件名称" in form.fields["title"].help_text


def test_the_form_validates_elements_and_returns_record_data(world):
    element_ids = {e.name: f"el_{e.pk}" for e in world.item_a.elements.all()}
    post = {"title": "处罚决定", "formed_on": "2025-09-26", "validity": "有效", "disclosure_scope": "面向社会",
            "unit": world.unit_a.pk, element_ids["决定书文号"]: "银人社罚〔2025〕3号", element_ids["处罚日期"]: "2025-09-26",
            element_ids["处罚类别"]: "警告"}
    form = RecordForm(post, item=world.item_a, user=world.editor_a)
    assert form.is_valid(), form.errors
    data = form.record_data()
    assert data["elements"] == {"决定书文号": "银人社罚〔2025〕3号", "处罚日期": "2025-09-26", "处罚类别": ["警告"]}
    assert data["formed_on"] == datetime.date(2025, 9, 26)

    del post[element_ids["处罚日期"]]
    form = RecordForm(post, item=world.item_a, user=world.editor_a)
    assert not form.is_valid()
    assert element_ids["处罚日期"] in form.errors


def test_an_editor_can_only_pick_their_own_unit(world):
    world.item_a.units.add(world.unit_b)
    form = RecordForm(item=world.item_a, user=world.editor_a)
    assert list(form.fields["unit"].queryset) == [world.unit_a]
    assert set(RecordForm(item=world.item_a, user=world.reviewer).fields["unit"].queryset) == {world.unit_a, world.unit_b}


def test_short_identifier_elements_get_one_line_inputs_and_others_a_text_box(world):
    from django import forms as djforms

    from zwgk.catalog.models import Element
    from zwgk.records.forms import RecordForm

    Element.objects.create(item=world.item_a, name="处罚事由", position=20)
    form = RecordForm(item=world.item_a, user=world.editor_a)
    widget = {el.name: form.fields[f"el_{el.pk}"].widget for el in world.item_a.elements.all() if f"el_{el.pk}" in form.fields}
    assert isinstance(widget["决定书文号"], djforms.TextInput) and isinstance(widget["案件名称"], djforms.TextInput)
    assert isinstance(widget["处罚事由"], djforms.Textarea)
