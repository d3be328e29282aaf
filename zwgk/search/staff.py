"""Back office: the synonym groups search expands queries with (机关管理员 for their agency; 平台管理员 for all)."""
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from zwgk.accounts.models import Role
from zwgk.accounts.permissions import agency_ids, is_platform_admin
from zwgk.search.models import SynonymGroup
from zwgk.search.synonyms import DEFAULT_GROUPS, MAX_FORMS, parse_forms


def _agencies(user):
    """Agencies whose groups the user may edit (None: every agency and the platform-wide groups)."""
    return agency_ids(user, roles=[Role.AGENCY_ADMIN])


class SynonymForm(forms.ModelForm):
    class Meta:
        model = SynonymGroup
        fields = ["agency", "forms", "note"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = _agencies(user)
        if allowed is not None:
            self.fields["agency"].queryset = self.fields["agency"].queryset.filter(pk__in=allowed)
            self.fields["agency"].required = True
            self.fields["agency"].help_text = ""
        self.user = user

    def clean_forms(self):
        forms_ = parse_forms(self.cleaned_data["forms"])
        if len(forms_) < 2:
            raise forms.ValidationError("至少填写两种说法（用空格、逗号或顿号分隔），且每种说法须含文字或数字。")
        if len(forms_) > MAX_FORMS:
            raise forms.ValidationError(f"一组最多 {MAX_FORMS} 种说法。")
        return " ".join(forms_)


@login_required
def synonym_list(request):
    allowed = _agencies(request.user)
    if allowed is not None and not allowed:
        raise PermissionDenied("只有机关管理员或平台管理员可以维护检索同义词")
    form = SynonymForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        group = form.save()
        messages.success(request, f"已添加同义词：{group.forms}")
        return redirect("search_staff:synonyms")
    groups = SynonymGroup.objects.select_related("agency")
    if allowed is not None:
        groups = groups.filter(agency_id__in=allowed)
    return render(request, "search/staff_synonyms.html", {
        "form": form, "groups": groups, "defaults": [" / ".join(g) for g in DEFAULT_GROUPS],
        "platform_admin": is_platform_admin(request.user),
    })


@login_required
@require_POST
def synonym_delete(request, pk):
    group = get_object_or_404(SynonymGroup, pk=pk)
    allowed = _agencies(request.user)
    if allowed is not None and group.agency_id not in allowed:
        raise PermissionDenied("无权删除这组同义词")
    group.delete()
    messages.success(request, f"已删除同义词：{group.forms}")
    return redirect("search_staff:synonyms")
