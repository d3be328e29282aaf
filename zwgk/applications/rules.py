"""Who may see and work which application (applicant data is visible only to its handlers)."""
from __future__ import annotations

from django.db.models import Q

from zwgk.accounts.models import Role
from zwgk.accounts.permissions import memberships
from zwgk.applications.models import Application


def _roles(user):
    """{agency_id: {roles}} for the application roles of `user`."""
    result: dict = {}
    for agency_id, role in memberships(user).filter(role__in=[Role.HANDLER, Role.OFFICE_HEAD]).values_list("agency_id", "role"):
        result.setdefault(agency_id, set()).add(role)
    return result


def head_agency_ids(user) -> set:
    return {a for a, roles in _roles(user).items() if Role.OFFICE_HEAD in roles}


def handler_agency_ids(user) -> set:
    """Agencies where the user handles or heads applications."""
    return set(_roles(user))


def visible_applications(user, queryset=None):
    """Office heads see their agency's applications; handlers see theirs and the unassigned ones."""
    qs = Application.objects.all() if queryset is None else queryset
    if not user.is_authenticated:
        return qs.none()
    if user.is_superuser:
        return qs
    roles = _roles(user)
    heads = [a for a, r in roles.items() if Role.OFFICE_HEAD in r]
    handles = [a for a, r in roles.items() if Role.OFFICE_HEAD not in r]
    cond = Q(agency_id__in=heads) | Q(agency_id__in=handles) & (Q(handler=user) | Q(handler__isnull=True))
    return qs.filter(cond)


def can_see(user, application) -> bool:
    return visible_applications(user, Application.objects.filter(pk=application.pk)).exists()


def is_head(user, agency) -> bool:
    return user.is_superuser or agency.pk in head_agency_ids(user)


def can_work(user, application) -> bool:
    """Record events, reply, deliver: the assigned handler, or the office head (also for unassigned)."""
    if not user.is_authenticated:
        return False
    if is_head(user, application.agency):
        return True
    return application.agency_id in handler_agency_ids(user) and application.handler_id in (None, user.pk)


def can_approve_extension(user, agency) -> bool:
    """条例第三十三条: only the head of the disclosure office approves an extension."""
    return user.is_authenticated and agency.pk in head_agency_ids(user)
