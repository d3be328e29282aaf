"""The one place that decides what a staff member may see and do.

Every staff query goes through these helpers, so the agency boundary is enforced once.
"""
from zwgk.accounts.models import Membership, Role


def memberships(user):
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(user=user).select_related("agency", "unit")


def is_platform_admin(user) -> bool:
    return user.is_authenticated and (user.is_superuser or memberships(user).filter(role=Role.PLATFORM_ADMIN).exists())


def agency_ids(user, roles=None) -> set[int] | None:
    """Agencies the user works in (None means every agency: platform administrators)."""
    if is_platform_admin(user):
        return None
    qs = memberships(user)
    if roles:
        qs = qs.filter(role__in=roles)
    return set(qs.values_list("agency_id", flat=True))


def has_role(user, agency, *roles) -> bool:
    """True if the user holds one of `roles` in `agency` (platform admins hold every role)."""
    if is_platform_admin(user):
        return True
    return memberships(user).filter(agency=agency, role__in=roles).exists()


def editor_unit_ids(user, agency) -> set[int] | None:
    """Units an editor may draft for; None when the user is not limited to units."""
    if has_role(user, agency, Role.REVIEWER, Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN):
        return None
    return set(memberships(user).filter(agency=agency, role=Role.EDITOR).values_list("unit_id", flat=True))


def filter_by_agency(queryset, user, field="agency"):
    """Limit a queryset to the agencies the user works in."""
    ids = agency_ids(user)
    if ids is None:
        return queryset
    return queryset.filter(**{f"{field}__in": ids})
