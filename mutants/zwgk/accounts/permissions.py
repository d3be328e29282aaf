"""The one place that decides what a staff member may see and do.

Every staff query goes through these helpers, so the agency boundary is enforced once. A
user's memberships are read once per user object (that is, once per request) and reused by
every check on the page; saving or deleting a Membership in this process drops the copies.
"""
from django.db.models.signals import post_delete, post_save

from zwgk.accounts.models import Membership, Role

_generation = [0]  # bumped on every Membership change, so cached role sets go stale


def _membership_changed(**kwargs):
    _generation[0] += 1


post_save.connect(_membership_changed, sender=Membership, dispatch_uid="zwgk_roles_cache")
post_delete.connect(_membership_changed, sender=Membership, dispatch_uid="zwgk_roles_cache")


def memberships(user):
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(user=user).select_related("agency", "unit")


def user_roles(user) -> tuple:
    """(agency_id, role, unit_id) of each of the user's memberships, loaded once per user object."""
    if not getattr(user, "is_authenticated", False):
        return ()
    cached = getattr(user, "_zwgk_roles", None)
    if cached is not None and cached[0] == _generation[0]:
        return cached[1]
    rows = tuple(Membership.objects.filter(user=user).values_list("agency_id", "role", "unit_id"))
    user._zwgk_roles = (_generation[0], rows)
    return rows


def is_platform_admin(user) -> bool:
    return user.is_authenticated and (user.is_superuser or any(role == Role.PLATFORM_ADMIN for _, role, _ in user_roles(user)))


def agency_ids(user, roles=None) -> set[int] | None:
    """Agencies the user works in (None means every agency: platform administrators)."""
    if is_platform_admin(user):
        return None
    return {agency for agency, role, _ in user_roles(user) if not roles or role in roles}


def _agency_id(agency):
    return getattr(agency, "pk", agency)


def has_role(user, agency, *roles) -> bool:
    """True if the user holds one of `roles` in `agency` (platform admins hold every role)."""
    if is_platform_admin(user):
        return True
    agency_id = _agency_id(agency)
    return any(a == agency_id and role in roles for a, role, _ in user_roles(user))


def editor_unit_ids(user, agency) -> set[int] | None:
    """Units an editor may draft for; None when the user is not limited to units."""
    if has_role(user, agency, Role.REVIEWER, Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN):
        return None
    agency_id = _agency_id(agency)
    return {unit for a, role, unit in user_roles(user) if a == agency_id and role == Role.EDITOR}


def filter_by_agency(queryset, user, field="agency"):
    """Limit a queryset to the agencies the user works in."""
    ids = agency_ids(user)
    if ids is None:
        return queryset
    return queryset.filter(**{f"{field}__in": ids})
