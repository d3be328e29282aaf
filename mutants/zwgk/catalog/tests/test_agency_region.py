"""An agency's region is stored resolved; an unknown one is refused; a change is signalled."""
import pytest
from django.core.exceptions import ValidationError

from zwgk.catalog.models import Agency
from zwgk.catalog.signals import deadline_inputs_changed


@pytest.fixture
def signals():
    sent = []

    def receiver(sender, agency, **kwargs):
        sent.append((sender, agency.pk, agency.region))

    deadline_inputs_changed.connect(receiver)
    yield sent
    deadline_inputs_changed.disconnect(receiver)


@pytest.mark.parametrize("typed, stored", [
    ("宁夏", "宁夏回族自治区"),
    ("银川市", "宁夏回族自治区/银川市"),
    ("宁夏回族自治区/灵武市", "宁夏回族自治区/银川市/灵武市"),
    ("", ""),
])
def test_the_region_is_stored_resolved(db, typed, stored):
    agency = Agency.objects.create(name="某局", slug="mj", region=typed)
    agency.refresh_from_db()
    assert agency.region == stored


def test_an_unknown_region_is_refused_on_save_and_in_the_form(db):
    with pytest.raises(ValidationError) as info:
        Agency.objects.create(name="某局", slug="mj", region="火星")
    assert "未知地区“火星”" in str(info.value) and "宁夏回族自治区" in str(info.value)
    assert not Agency.objects.exists()

    from django.contrib.admin.sites import site

    form_class = site._registry[Agency].get_form(request=None)
    form = form_class(data={"name": "某局", "slug": "mj", "region": "火星",
                            "index_format": "{code}/{year}-{serial:05d}"})
    assert not form.is_valid()
    assert "未知地区“火星”" in form.errors["region"][0]
    form = form_class(data={"name": "某局", "slug": "mj", "region": "银川",
                            "index_format": "{code}/{year}-{serial:05d}"})
    assert form.is_valid(), form.errors
    assert form.save().region == "宁夏回族自治区/银川市"


def test_changing_the_region_sends_deadline_inputs_changed(db, signals):
    agency = Agency.objects.create(name="某局", slug="mj", region="宁夏回族自治区/银川市")
    assert signals == []  # a new agency has no deadlines yet
    agency.name = "某局（更名）"
    agency.save()
    assert signals == []
    agency.region = "石嘴山市"
    agency.save()
    assert signals == [(Agency, agency.pk, "宁夏回族自治区/石嘴山市")]
    fetched = Agency.objects.get(pk=agency.pk)
    fetched.region = "宁夏回族自治区/石嘴山市"  # the same place, written in full
    fetched.save()
    assert len(signals) == 1
    fetched.region = ""
    fetched.save()
    assert signals[-1] == (Agency, agency.pk, "")
